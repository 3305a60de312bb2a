package kommune

import "github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"

// meldungen holds every message of the package in German and English.
var meldungen = schema.NeuerKatalog(
	schema.Eintrag{Schluessel: "zahl.fehler", DE: "„%s“ ist keine Zahl: %s", EN: "\"%s\" is no number: %s"},
	schema.Eintrag{Schluessel: "zahl.leer", DE: "kein Text", EN: "no text"},
	schema.Eintrag{Schluessel: "zahl.lang", DE: "zu lang für eine Zahl", EN: "too long for a number"},
	schema.Eintrag{Schluessel: "zahl.form", DE: "keine Zahl in deutscher Schreibweise", EN: "no number in German notation"},
	schema.Eintrag{Schluessel: "zahl.gruppe", DE: "Tausenderpunkte müssen Dreiergruppen trennen (1.234 oder 1,5)", EN: "thousands dots must separate groups of three digits (1.234 or 1,5)"},

	schema.Eintrag{Schluessel: "steckbrief.groesse", DE: "Steckbrief ist größer als die erlaubten %d Bytes", EN: "Steckbrief is larger than the allowed %d bytes"},
	schema.Eintrag{Schluessel: "warnung.zeile", DE: "Zeile %s: %s", EN: "line %s: %s"},
	schema.Eintrag{Schluessel: "warnung.kodierung", DE: "Text ist kein gültiges UTF-8; ungültige Bytes wurden durch „�“ ersetzt", EN: "text is not valid UTF-8; invalid bytes were replaced by \"�\""},
	schema.Eintrag{Schluessel: "warnung.titelFehlt", DE: "Überschrift „# Name, Land“ fehlt; das Profil hat keinen Namen", EN: "heading \"# Name, Land\" is missing; the profile has no name"},
	schema.Eintrag{Schluessel: "warnung.land", DE: "Überschrift „%s“ nennt kein Bundesland nach dem letzten Komma; sie ist ganz der Name", EN: "heading \"%s\" names no Land after the last comma; all of it is the name"},
	schema.Eintrag{Schluessel: "warnung.abschnitt", DE: "Abschnitt „%s“ ist unbekannt; er wird ohne Art übernommen", EN: "section \"%s\" is unknown; it is kept without a kind"},
	schema.Eintrag{Schluessel: "warnung.beschriftung", DE: "Beschriftung „%s“ ist unbekannt; die Zeile steht unter „weitere“", EN: "label \"%s\" is unknown; the line is kept under \"weitere\""},
	schema.Eintrag{Schluessel: "warnung.doppelt", DE: "Angabe „%s“ steht doppelt; die Wiederholung steht unter „weitere“", EN: "line \"%s\" is given twice; the repetition is kept under \"weitere\""},
	schema.Eintrag{Schluessel: "warnung.wert", DE: "Wert „%s“ zu „%s“ nicht verstanden; er bleibt als Hinweis erhalten", EN: "value \"%s\" of \"%s\" not understood; it is kept as a note"},
	schema.Eintrag{Schluessel: "warnung.tiefe", DE: "Liste ist tiefer als %d Ebenen verschachtelt; der Punkt wird auf der tiefsten Ebene angehängt", EN: "list is nested deeper than %d levels; the item is attached at the deepest level"},

	schema.Eintrag{Schluessel: "pruefen.name", DE: "Name der Kommune fehlt", EN: "name of the Kommune is missing"},
	schema.Eintrag{Schluessel: "pruefen.land", DE: "„%s“ ist kein Bundesland", EN: "\"%s\" is no Land of Germany"},
	schema.Eintrag{Schluessel: "pruefen.anzahl", DE: "Anzahl %s ist keine ganze Zahl ab 0", EN: "count %s is no whole number from 0"},
	schema.Eintrag{Schluessel: "pruefen.bereich", DE: "Wert %s liegt nicht zwischen %s und %s", EN: "value %s is not between %s and %s"},
	schema.Eintrag{Schluessel: "pruefen.jahr", DE: "Jahr %s liegt nicht zwischen 1900 und 2200", EN: "year %s is not between 1900 and 2200"},
	schema.Eintrag{Schluessel: "pruefen.zeitraum", DE: "Zeitraum beginnt %s und endet vorher (%s)", EN: "period starts in %s and ends before (%s)"},
	schema.Eintrag{Schluessel: "pruefen.hoechstens", DE: "Wert %s ist größer als „%s“ (%s), zu dem er gehört", EN: "value %s is larger than \"%s\" (%s), of which it is a part"},
	schema.Eintrag{Schluessel: "pruefen.quelle", DE: "Mittelquelle „%s“ beginnt nicht mit „aus“ oder „davon“ und würde im Steckbrief nicht als Anteil des Budgets gelesen", EN: "source \"%s\" does not begin with \"aus\" or \"davon\" and would not read back as a part of the budget"},
	schema.Eintrag{Schluessel: "pruefen.feld", DE: "„%s“ ist hier keine bekannte Zeile", EN: "\"%s\" is no known line here"},
	schema.Eintrag{Schluessel: "pruefen.beschriftung", DE: "Beschriftung „%s“ wird nicht als Zeile „%s“ erkannt und würde im Steckbrief nicht zurückgelesen", EN: "label \"%s\" is not recognised as line \"%s\" and would not read back from the Steckbrief"},
	schema.Eintrag{Schluessel: "pruefen.beschriftungZeitraum", DE: "Beschriftung „%s“ nennt einen anderen Zeitraum als „zeitraum“", EN: "label \"%s\" names another period than \"zeitraum\""},
	schema.Eintrag{Schluessel: "pruefen.titel", DE: "Titel des Abschnitts fehlt", EN: "title of the section is missing"},
	schema.Eintrag{Schluessel: "pruefen.ebene", DE: "Überschriftenebene %s liegt nicht zwischen 1 und 6", EN: "heading level %s is not between 1 and 6"},
	schema.Eintrag{Schluessel: "pruefen.art", DE: "Art „%s“ passt nicht zum Titel „%s“ (erkannt: „%s“)", EN: "kind \"%s\" does not fit the title \"%s\" (recognised: \"%s\")"},
	schema.Eintrag{Schluessel: "pruefen.tiefe", DE: "Punkte sind tiefer als %d Ebenen verschachtelt", EN: "items are nested deeper than %d levels"},
	schema.Eintrag{Schluessel: "pruefen.absatz", DE: "ein Absatz hat keine Unterpunkte", EN: "a paragraph has no nested items"},
	schema.Eintrag{Schluessel: "pruefen.rahmen", DE: "Version „%s“ des Qualitätsrahmens ist unbekannt", EN: "version \"%s\" of the Qualitätsrahmen is unknown"},
	schema.Eintrag{Schluessel: "pruefen.entwicklungsziel", DE: "Entwicklungsziel %s gibt es im (zugeschnittenen) Qualitätsrahmen nicht", EN: "Entwicklungsziel %s does not exist in the (tailored) Qualitätsrahmen"},
	schema.Eintrag{Schluessel: "pruefen.stufe", DE: "Stufe %s liegt nicht auf der Skala 0–4", EN: "level %s is not on the scale 0–4"},
	schema.Eintrag{Schluessel: "pruefen.datum", DE: "Datum der Einschätzung fehlt", EN: "date of the assessment is missing"},
	schema.Eintrag{Schluessel: "pruefen.sektor", DE: "Sektor „%s“ kennt das Netzwerk nicht", EN: "the network does not know the sector \"%s\""},
	schema.Eintrag{Schluessel: "pruefen.runde", DE: "die Runde %q ist im Profil nicht verzeichnet (runden)", EN: "the round %q is not listed in the profile (runden)"},
	schema.Eintrag{Schluessel: "pruefen.rundeDoppelt", DE: "die Runden-ID %q kommt doppelt vor", EN: "the round ID %q occurs twice"},
	schema.Eintrag{Schluessel: "pruefen.dialogDoppelt", DE: "für %s ist in dieser Runde schon ein Dialogergebnis verzeichnet", EN: "an agreed result for %s is already recorded in this round"},
	schema.Eintrag{Schluessel: "pruefen.einschaetzungDoppelt", DE: "Einschätzung von %s durch dieselbe Person am %s steht doppelt", EN: "assessment of %s by the same person on %s is given twice"},
)
