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
	schema.Eintrag{Schluessel: "regel.stufeFehlt", DE: "Stufe fehlt: eine Einschätzung nennt eine Stufe (auch 0 ausdrücklich) oder ist „nicht beurteilbar“", EN: "level is missing: a rating names a level (0 too, explicitly) or is \"nicht beurteilbar\""},
	schema.Eintrag{Schluessel: "regel.operator", DE: "unbekannter Operator %q", EN: "unknown operator %q"},
	schema.Eintrag{Schluessel: "regel.schwelleUnnoetig", DE: "Operator %s braucht keine Schwelle", EN: "operator %s takes no threshold"},
	schema.Eintrag{Schluessel: "regel.schwelleWert", DE: "Operator %s braucht genau eine Zahl in „wert“", EN: "operator %s needs exactly one number in \"wert\""},
	schema.Eintrag{Schluessel: "regel.schwelleVonBis", DE: "Operator zwischen braucht „von“ und „bis“", EN: "operator zwischen needs \"von\" and \"bis\""},
	schema.Eintrag{Schluessel: "regel.vonBis", DE: "„bis“ ist kleiner als „von“", EN: "\"bis\" is less than \"von\""},
	schema.Eintrag{Schluessel: "regel.schwelleText", DE: "Operator enthaelt braucht einen „text“", EN: "operator enthaelt needs a \"text\""},
	schema.Eintrag{Schluessel: "regel.platzhalter", DE: "unbekannter Platzhalter %s (erlaubt: {wert}, {schwelle}, {fakt})", EN: "unknown placeholder %s (allowed: {wert}, {schwelle}, {fakt})"},
	schema.Eintrag{Schluessel: "aggregation.geradeAnzahl", DE: "unbekannte Regel für gerade Anzahl %q", EN: "unknown rule for an even count %q"},

	schema.Eintrag{Schluessel: "hinweis.nachStichtag", DE: "Einschätzung %s vom %s übergangen: sie liegt nach dem Stichtag %s der Bewertung", EN: "rating %s of %s skipped: it is dated after the evaluation's reference day %s"},
	schema.Eintrag{Schluessel: "hinweis.zielAusgelassen", DE: "Einschätzung %s zu %s übergangen: die Dimension %s ist laut Zuschnitt vorerst ausgelassen", EN: "rating %s of %s skipped: dimension %s is left out for now according to the Zuschnitt"},
	schema.Eintrag{Schluessel: "hinweis.zielUnbekannt", DE: "Einschätzung %s zu %s übergangen: das Entwicklungsziel gibt es im Rahmen %s nicht", EN: "rating %s of %s skipped: the catalogue %s has no such Entwicklungsziel"},
	schema.Eintrag{Schluessel: "grund.selbstEinzeln", DE: "Selbsteinschätzung: Stufe %s (%s)", EN: "Self-assessment: level %s (%s)"},
	schema.Eintrag{Schluessel: "grund.selbstMehrere", DE: "Selbsteinschätzung von %s Personen (Stufen %s); Ergebnis der Einschätzungen (%s): %s", EN: "Self-assessment by %s people (levels %s); result of the ratings (%s): %s"},
	schema.Eintrag{Schluessel: "grund.vorlaeufig", DE: "(vorläufig – im Dialog klären)", EN: "(provisional – clarify in dialogue)"},
	schema.Eintrag{Schluessel: "ergebnis.median", DE: "Median", EN: "median"},
	schema.Eintrag{Schluessel: "ergebnis.unterer", DE: "unterer Median", EN: "lower median"},
	schema.Eintrag{Schluessel: "ergebnis.oberer", DE: "oberer Median", EN: "upper median"},
	schema.Eintrag{Schluessel: "ergebnis.mittelwert", DE: "Mittelwert der beiden mittleren", EN: "mean of the two middle ratings"},
	schema.Eintrag{Schluessel: "grund.vorbewertungUeberstimmt", DE: "Vorbewertung aus Strukturdaten (Regel %s, Stufe %s) tritt hinter die Selbsteinschätzung zurück: %s", EN: "Pre-assessment from structural data (rule %s, level %s) gives way to the self-assessment: %s"},
	schema.Eintrag{Schluessel: "grund.nichtBeurteilbar", DE: "%s Einschätzungen „nicht beurteilbar“", EN: "%s ratings \"cannot judge\""},
	schema.Eintrag{Schluessel: "grund.nichtBeurteilbarEine", DE: "1 Einschätzung „nicht beurteilbar“", EN: "1 rating \"cannot judge\""},
	schema.Eintrag{Schluessel: "grund.regel", DE: "Aus Strukturdaten vorbewertet (Regel %s): %s", EN: "Pre-assessed from structural data (rule %s): %s"},
	schema.Eintrag{Schluessel: "dimension.abdeckung", DE: "%s von %s Entwicklungszielen eingeschätzt: %s durch Selbsteinschätzung, %s aus Strukturdaten vorbewertet", EN: "%s of %s Entwicklungsziele assessed: %s by self-assessment, %s pre-assessed from structural data"},
	schema.Eintrag{Schluessel: "dimension.nicht", DE: "Nicht eingeschätzt, weil weder eine Selbsteinschätzung noch eine zutreffende Regel vorliegt: %s", EN: "Not assessed, as there is neither a self-assessment nor an applicable rule: %s"},
	schema.Eintrag{Schluessel: "dimension.ohnePunkte", DE: "Keines der %s Entwicklungsziele ist eingeschätzt, weil weder eine Selbsteinschätzung noch eine zutreffende Regel vorliegt; daher gibt es keine Punkte (das ist nicht 0 Punkte).", EN: "None of the %s Entwicklungsziele is assessed, as there is neither a self-assessment nor an applicable rule; hence there are no points (which is not 0 points)."},
	schema.Eintrag{Schluessel: "dimension.schwerpunkt", DE: "Schwerpunktdimension laut Zuschnitt", EN: "Focus dimension according to the Zuschnitt"},
	schema.Eintrag{Schluessel: "prio.dialog", DE: "im Dialog klären: die Einschätzungen reichen von Stufe %s bis %s, das Ergebnis %s ist vorläufig", EN: "clarify in dialogue: the ratings range from level %s to %s, the result %s is provisional"},
	schema.Eintrag{Schluessel: "prio.niedrig", DE: "unter der höchsten Stufe: steht auf Stufe %s „%s“", EN: "below the top level: stands at level %s \"%s\""},
	schema.Eintrag{Schluessel: "prio.niedrigRegel", DE: "unter der höchsten Stufe: aus Strukturdaten vorbewertet mit Stufe %s „%s“, noch ohne Selbsteinschätzung", EN: "below the top level: pre-assessed from structural data at level %s \"%s\", no self-assessment yet"},
	schema.Eintrag{Schluessel: "streuung.sektoren", DE: "%s schätzt niedriger ein als %s", EN: "%s rates lower than %s"},

	schema.Eintrag{Schluessel: "runde.unbekannt", DE: "die Runde %q gibt es nicht (bekannt: %s)", EN: "there is no round %q (known: %s)"},
	schema.Eintrag{Schluessel: "runde.gleich", DE: "eine Runde lässt sich nicht mit sich selbst vergleichen", EN: "a round cannot be compared with itself"},
	schema.Eintrag{Schluessel: "runde.keine", DE: "keine", EN: "none"},
	schema.Eintrag{Schluessel: "grund.dialog", DE: "Im Dialog vereinbart: Stufe %s (%s)", EN: "Agreed in dialogue: level %s (%s)"},
	schema.Eintrag{Schluessel: "grund.dialogAnwesende", DE: "Im Dialog vereinbart: Stufe %s (%s, %s Anwesende)", EN: "Agreed in dialogue: level %s (%s, %s present)"},
	schema.Eintrag{Schluessel: "prio.bedarf", DE: "Entwicklungsbedarf %s (%s Angaben), Gewicht %s", EN: "development need %s (%s statements), weight %s"},
	schema.Eintrag{Schluessel: "bedarf.gering", DE: "gering", EN: "low"},
	schema.Eintrag{Schluessel: "bedarf.mittel", DE: "mittel", EN: "medium"},
	schema.Eintrag{Schluessel: "bedarf.hoch", DE: "hoch", EN: "high"},
	schema.Eintrag{Schluessel: "hinweis.gewaehltUnbekannt", DE: "gewähltes Ziel %s übergangen: das Entwicklungsziel gibt es im Rahmen %s nicht", EN: "chosen goal %s skipped: the catalogue %s has no such Entwicklungsziel"},
)
