package qualitaet

import (
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"golang.org/x/text/language"
)

// planMeldungen holds the texts of the Qualitätsentwicklungsplan in German
// and English: the findings' reasons, the labels of their kinds and of the
// achievement statuses.
var planMeldungen = schema.NeuerKatalog(
	schema.Eintrag{Schluessel: "befund.prozess-fehlt",
		DE: "Es ist kein Qualitätsentwicklungsprozess vereinbart: Wer verantwortlich ist, welche Gremien mitwirken und wann der Plan überprüft wird, steht nicht fest.",
		EN: "No quality development process is agreed: who is responsible, which bodies take part and when the plan is reviewed is not settled."},
	schema.Eintrag{Schluessel: "befund.ueberpruefung-ueberfaellig",
		DE: "Die nächste Überprüfung des Plans war für den %s vereinbart und steht noch aus.",
		EN: "The next review of the plan was agreed for %s and is still outstanding."},
	schema.Eintrag{Schluessel: "befund.prioritaet-ohne-ziel",
		DE: "Priorität %s „%s“ hat kein Projektziel: Es ist noch nicht vereinbart, was das Netzwerk dafür tun will.",
		EN: "Priority %s \"%s\" has no project goal: the network has not yet agreed what it will do about it."},
	schema.Eintrag{Schluessel: "befund.ziel-ohne-massnahme",
		DE: "Ziel „%s“ (%s) hat keine Maßnahme: Ohne Maßnahme bleibt offen, wie es erreicht werden soll.",
		EN: "Goal \"%s\" (%s) has no measure: without one it is open how it is to be reached."},
	schema.Eintrag{Schluessel: "befund.ziel-ueberfaellig",
		DE: "Ziel „%s“ sollte bis %s erreicht sein und ist noch %s: Abschließen, neu terminieren oder aufgeben.",
		EN: "Goal \"%s\" was due by %s and is still %s: close it, set a new date or give it up."},
	schema.Eintrag{Schluessel: "befund.massnahme-ueberfaellig",
		DE: "Maßnahme „%s“ war bis %s fällig und ist %s (verantwortlich: %s).",
		EN: "Measure \"%s\" was due by %s and is %s (responsible: %s)."},
	schema.Eintrag{Schluessel: "befund.niemand", DE: "niemand benannt", EN: "nobody named"},
	schema.Eintrag{Schluessel: "befund.massnahme-ziel-erledigt",
		DE: "Maßnahme „%s“ ist %s, obwohl ihr Ziel „%s“ %s ist: Beenden oder einem offenen Ziel zuordnen.",
		EN: "Measure \"%s\" is %s although its goal \"%s\" is %s: end it or link it to an open goal."},
	schema.Eintrag{Schluessel: "befund.keineMessung",
		DE: "Indikator „%s“ (Ziel „%s“) wurde noch nie gemessen.",
		EN: "Indicator \"%s\" (goal \"%s\") has never been measured."},
	schema.Eintrag{Schluessel: "befund.alteMessung",
		DE: "Indikator „%s“ (Ziel „%s“) wurde zuletzt am %s gemessen, vor mehr als zwölf Monaten.",
		EN: "Indicator \"%s\" (goal \"%s\") was last measured on %s, more than twelve months ago."},

	schema.Eintrag{Schluessel: "art.prozess-fehlt", DE: "Prozess fehlt", EN: "No process"},
	schema.Eintrag{Schluessel: "art.ueberpruefung-ueberfaellig", DE: "Überprüfung überfällig", EN: "Review overdue"},
	schema.Eintrag{Schluessel: "art.prioritaet-ohne-ziel", DE: "Priorität ohne Ziel", EN: "Priority without goal"},
	schema.Eintrag{Schluessel: "art.ziel-ohne-massnahme", DE: "Ziel ohne Maßnahme", EN: "Goal without measure"},
	schema.Eintrag{Schluessel: "art.ziel-ueberfaellig", DE: "Ziel überfällig", EN: "Goal overdue"},
	schema.Eintrag{Schluessel: "art.massnahme-ueberfaellig", DE: "Maßnahme überfällig", EN: "Measure overdue"},
	schema.Eintrag{Schluessel: "art.massnahme-ziel-erledigt", DE: "Maßnahme ohne offenes Ziel", EN: "Measure without open goal"},
	schema.Eintrag{Schluessel: "art.indikator-ohne-messung", DE: "Indikator ohne aktuelle Messung", EN: "Indicator without recent measurement"},

	schema.Eintrag{Schluessel: "schritt.problem-und-zielbestimmung", DE: "Problem- und Zielbestimmung", EN: "problem and goal definition"},
	schema.Eintrag{Schluessel: "schritt.strategieformulierung", DE: "Strategieformulierung", EN: "strategy"},
	schema.Eintrag{Schluessel: "schritt.umsetzung", DE: "Umsetzung", EN: "implementation"},
	schema.Eintrag{Schluessel: "schritt.bewertung", DE: "Bewertung", EN: "evaluation"},
	schema.Eintrag{Schluessel: "schritt.anpassung", DE: "Anpassung und Nachsteuerung", EN: "adjustment"},
)

// Beschriftung returns the step's name for people in the language tag
// (German unless English), or the step itself when unknown.
func (s Zyklusschritt) Beschriftung(tag language.Tag) string {
	if !s.Valid() {
		return string(s)
	}
	return planMeldungen.Sprintf(schema.Sprache(tag), "schritt."+string(s))
}
