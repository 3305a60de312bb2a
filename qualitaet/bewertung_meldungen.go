package qualitaet

import (
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// zahlText formats a figure for people in the language: German "4.299" and
// "22,6", English "4,299" and "22.6"; at most two decimal places.
func zahlText(tag language.Tag, f float64) string {
	return message.NewPrinter(schema.Sprache(tag)).Sprint(number.Decimal(f, number.MaxFractionDigits(2)))
}

// ZahlText formats a figure the way the language writes it (German 178.068
// and 22,6; English 178,068 and 22.6), with at most two decimal places.
func ZahlText(tag language.Tag, f float64) string { return zahlText(tag, f) }

// bewertungsMeldungen holds the messages of the Regelwerk and the engine.
var bewertungsMeldungen = schema.NeuerKatalog(
	schema.Eintrag{Schluessel: "skala.laenge", DE: "die Skala braucht genau %s Stufen (0 bis 4)", EN: "the scale needs exactly %s levels (0 to 4)"},
	schema.Eintrag{Schluessel: "skala.reihenfolge", DE: "an dieser Stelle muss Stufe %s stehen", EN: "level %s must be at this position"},
	schema.Eintrag{Schluessel: "gewicht.id", DE: "%q ist keine passende ID für ein Gewicht", EN: "%q is not a fitting ID for a weight"},
	schema.Eintrag{Schluessel: "gewicht.positiv", DE: "Gewichte müssen größer als 0 sein", EN: "weights must be greater than 0"},
	schema.Eintrag{Schluessel: "regel.doppelt", DE: "Regel-ID %q kommt doppelt vor (zuerst bei Regel %s)", EN: "rule ID %q occurs twice (first at rule %s)"},
	schema.Eintrag{Schluessel: "regel.ziel", DE: "%q ist kein Entwicklungsziel", EN: "%q is not an Entwicklungsziel"},
	schema.Eintrag{Schluessel: "regel.fakt", DE: "die Regel nennt keinen Fakt", EN: "the rule names no fact"},
	schema.Eintrag{Schluessel: "regel.stufe", DE: "Stufe %s liegt nicht auf der Skala 0–4", EN: "level %s is not on the scale 0–4"},
	schema.Eintrag{Schluessel: "regel.operator", DE: "unbekannter Operator %q", EN: "unknown operator %q"},
	schema.Eintrag{Schluessel: "regel.schwelleUnnoetig", DE: "Operator %s braucht keine Schwelle", EN: "operator %s takes no threshold"},
	schema.Eintrag{Schluessel: "regel.schwelleWert", DE: "Operator %s braucht genau eine Zahl in „wert“", EN: "operator %s needs exactly one number in \"wert\""},
	schema.Eintrag{Schluessel: "regel.schwelleVonBis", DE: "Operator zwischen braucht „von“ und „bis“", EN: "operator zwischen needs \"von\" and \"bis\""},
	schema.Eintrag{Schluessel: "regel.vonBis", DE: "„bis“ ist kleiner als „von“", EN: "\"bis\" is less than \"von\""},
	schema.Eintrag{Schluessel: "regel.schwelleText", DE: "Operator enthaelt braucht einen „text“", EN: "operator enthaelt needs a \"text\""},
	schema.Eintrag{Schluessel: "regel.platzhalter", DE: "unbekannter Platzhalter %s (erlaubt: {wert}, {schwelle}, {fakt})", EN: "unknown placeholder %s (allowed: {wert}, {schwelle}, {fakt})"},
	schema.Eintrag{Schluessel: "aggregation.geradeAnzahl", DE: "unbekannte Regel für gerade Anzahl %q", EN: "unknown rule for an even count %q"},

	schema.Eintrag{Schluessel: "hinweis.zielUnbekannt", DE: "Einschätzung %s zu %s übergangen: das Entwicklungsziel gibt es im Rahmen %s nicht", EN: "rating %s of %s skipped: the catalogue %s has no such Entwicklungsziel"},
	schema.Eintrag{Schluessel: "grund.selbstEinzeln", DE: "Selbsteinschätzung: Stufe %s (%s)", EN: "self-assessment: level %s (%s)"},
	schema.Eintrag{Schluessel: "grund.selbstMehrere", DE: "Selbsteinschätzung von %s Personen (Stufen %s), Konsens (Median): %s", EN: "self-assessment by %s people (levels %s), consensus (median): %s"},
	schema.Eintrag{Schluessel: "grund.vorbewertungUeberstimmt", DE: "Vorbewertung durch Regel %s (Stufe %s) tritt zurück: %s", EN: "pre-assessment by rule %s (level %s) gives way: %s"},
	schema.Eintrag{Schluessel: "grund.nichtBeurteilbar", DE: "%s Einschätzung(en) „nicht beurteilbar“", EN: "%s rating(s) \"cannot judge\""},
	schema.Eintrag{Schluessel: "grund.regel", DE: "Vorbewertung durch Regel %s: %s", EN: "pre-assessment by rule %s: %s"},
	schema.Eintrag{Schluessel: "grund.keine", DE: "nicht eingeschätzt: keine Selbsteinschätzung und keine zutreffende Regel", EN: "not assessed: no self-assessment and no rule applies"},
	schema.Eintrag{Schluessel: "dimension.abdeckung", DE: "%s von %s Entwicklungszielen eingeschätzt (%s durch Selbsteinschätzung, %s durch Regeln)", EN: "%s of %s Entwicklungsziele assessed (%s by self-assessment, %s by rules)"},
	schema.Eintrag{Schluessel: "dimension.ohnePunkte", DE: "keine Punkte: kein Entwicklungsziel eingeschätzt (das ist nicht 0)", EN: "no points: no Entwicklungsziel assessed (which is not 0)"},
	schema.Eintrag{Schluessel: "dimension.schwerpunkt", DE: "Schwerpunktdimension laut Zuschnitt", EN: "focus dimension according to the Zuschnitt"},
	schema.Eintrag{Schluessel: "prio.niedrig", DE: "%s steht auf „%s“; Gewicht × Abstand zur höchsten Stufe = %s", EN: "%s stands at \"%s\"; weight × distance to the top level = %s"},
	schema.Eintrag{Schluessel: "prio.dialog", DE: "%s: Einschätzungen gehen weit auseinander (Stufe %s bis %s) – im Netzwerk klären", EN: "%s: ratings diverge strongly (level %s to %s) – clarify in the network"},
	schema.Eintrag{Schluessel: "streuung.sektoren", DE: "%s schätzt niedriger ein als %s", EN: "%s rates lower than %s"},
)
