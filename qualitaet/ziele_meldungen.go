package qualitaet

import "github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"

// zieleMeldungen holds the messages of goals, measures, indicators and
// lifecycles in German and English.
var zieleMeldungen = schema.NeuerKatalog(
	schema.Eintrag{Schluessel: "objekt.ziel", DE: "Ziel", EN: "goal"},
	schema.Eintrag{Schluessel: "objekt.massnahme", DE: "Maßnahme", EN: "measure"},

	schema.Eintrag{Schluessel: "uebergang.ungueltig", DE: "%s: Übergang von „%s“ nach „%s“ ist nicht erlaubt", EN: "%s: change from \"%s\" to \"%s\" is not allowed"},
	schema.Eintrag{Schluessel: "uebergang.grund", DE: "%s: Übergang von „%s“ nach „%s“ braucht eine Begründung", EN: "%s: change from \"%s\" to \"%s\" needs a reason"},
	schema.Eintrag{Schluessel: "uebergang.durch", DE: "%s: Übergang von „%s“ nach „%s“ nennt niemanden, der ihn vornimmt („durch“)", EN: "%s: change from \"%s\" to \"%s\" names nobody who makes it (\"durch\")"},
	schema.Eintrag{Schluessel: "uebergang.zeit", DE: "%s: Übergang von „%s“ nach „%s“ hat keinen Zeitpunkt oder liegt vor dem letzten Eintrag des Verlaufs", EN: "%s: change from \"%s\" to \"%s\" has no time or lies before the last entry of the history"},

	schema.Eintrag{Schluessel: "verlauf.leer", DE: "Verlauf ist leer; er beginnt mit dem Anlegen", EN: "history is empty; it starts with the creation"},
	schema.Eintrag{Schluessel: "verlauf.status", DE: "unbekannter Status „%s“; erlaubt: %s", EN: "unknown status \"%s\"; allowed: %s"},
	schema.Eintrag{Schluessel: "verlauf.anfangVon", DE: "der erste Eintrag ist das Anlegen und hat kein „von“ (gefunden: „%s“)", EN: "the first entry is the creation and has no \"von\" (found: \"%s\")"},
	schema.Eintrag{Schluessel: "verlauf.anfangNach", DE: "der erste Eintrag führt nach „%s“, angelegt wird aber mit „%s“", EN: "the first entry leads to \"%s\", but creation is with \"%s\""},
	schema.Eintrag{Schluessel: "verlauf.vonFehlt", DE: "„von“ fehlt; nur das Anlegen (erster Eintrag) hat keins", EN: "\"von\" is missing; only the creation (first entry) has none"},
	schema.Eintrag{Schluessel: "verlauf.kette", DE: "Verlauf ist unterbrochen: „von“ ist „%s“, der vorige Eintrag endet aber mit „%s“", EN: "history is broken: \"von\" is \"%s\", but the previous entry ends with \"%s\""},
	schema.Eintrag{Schluessel: "verlauf.uebergang", DE: "Übergang von „%s“ nach „%s“ ist nicht erlaubt; erlaubt: %s", EN: "change from \"%s\" to \"%s\" is not allowed; allowed: %s"},
	schema.Eintrag{Schluessel: "verlauf.grund", DE: "Übergang von „%s“ nach „%s“ braucht eine Begründung („grund“)", EN: "change from \"%s\" to \"%s\" needs a reason (\"grund\")"},
	schema.Eintrag{Schluessel: "verlauf.zeit", DE: "Zeitpunkt %s liegt vor dem des vorigen Eintrags (%s); ein Verlauf geht nie zurück", EN: "time %s lies before that of the previous entry (%s); a history never goes back"},
	schema.Eintrag{Schluessel: "verlauf.zeitFehlt", DE: "Zeitpunkt fehlt", EN: "time is missing"},
	schema.Eintrag{Schluessel: "verlauf.durch", DE: "niemand ist genannt, der den Übergang vornimmt („durch“)", EN: "nobody is named who makes the change (\"durch\")"},
	schema.Eintrag{Schluessel: "verlauf.ende", DE: "Status „%s“ passt nicht zum Verlauf, der mit „%s“ endet", EN: "status \"%s\" does not match the history, which ends with \"%s\""},

	schema.Eintrag{Schluessel: "tabelle.kopf", DE: "| Status | Bedeutung | erlaubte Übergänge |", EN: "| status | meaning | allowed changes |"},
	schema.Eintrag{Schluessel: "diagramm.grund", DE: "Grund nötig", EN: "reason required"},
	schema.Eintrag{Schluessel: "tabelle.final", DE: "– (final)", EN: "– (final)"},
	schema.Eintrag{Schluessel: "tabelle.fuss", DE: "\nAngelegt wird mit `%s`. * = nur mit Begründung.", EN: "\nCreated as `%s`. * = only with a reason."},

	schema.Eintrag{Schluessel: "wirkung.1", DE: "Aktivitäten finden wie geplant statt", EN: "activities take place as planned"},
	schema.Eintrag{Schluessel: "wirkung.2", DE: "Zielgruppen werden erreicht", EN: "target groups are reached"},
	schema.Eintrag{Schluessel: "wirkung.3", DE: "Zielgruppen akzeptieren das Angebot", EN: "target groups accept the offer"},
	schema.Eintrag{Schluessel: "wirkung.4", DE: "Bewusstsein oder Fähigkeiten ändern sich", EN: "awareness or skills change"},
	schema.Eintrag{Schluessel: "wirkung.5", DE: "Verhalten ändert sich", EN: "behaviour changes"},
	schema.Eintrag{Schluessel: "wirkung.6", DE: "Lebenslage ändert sich", EN: "life situation changes"},
	schema.Eintrag{Schluessel: "wirkung.7", DE: "Gesellschaft ändert sich", EN: "society changes"},

	schema.Eintrag{Schluessel: "messung.datum", DE: "Messung ohne Datum", EN: "measurement without a date"},
	schema.Eintrag{Schluessel: "messung.beides", DE: "Messung nennt „wert“ und zugleich „zaehler“/„nenner“; erlaubt ist nur eine Form", EN: "measurement gives \"wert\" and also \"zaehler\"/\"nenner\"; only one form is allowed"},
	schema.Eintrag{Schluessel: "messung.leer", DE: "Messung ohne Wert: „wert“ oder „zaehler“ und „nenner“ fehlen", EN: "measurement without a figure: \"wert\" or \"zaehler\" and \"nenner\" are missing"},
	schema.Eintrag{Schluessel: "messung.bruchHalb", DE: "„zaehler“ und „nenner“ gehören zusammen", EN: "\"zaehler\" and \"nenner\" go together"},
	schema.Eintrag{Schluessel: "messung.bruchArt", DE: "„zaehler“/„nenner“ gibt es nur für Anteile und Verhältnisse", EN: "\"zaehler\"/\"nenner\" exist only for shares and ratios"},
	schema.Eintrag{Schluessel: "messung.nenner", DE: "Nenner muss größer als 0 sein", EN: "denominator must be greater than 0"},
	schema.Eintrag{Schluessel: "messung.zaehler", DE: "Zähler darf nicht negativ sein", EN: "numerator must not be negative"},
	schema.Eintrag{Schluessel: "messung.zaehlerGroesser", DE: "bei einem Anteil darf der Zähler nicht größer als der Nenner sein", EN: "for a share the numerator must not exceed the denominator"},
	schema.Eintrag{Schluessel: "messung.reihenfolge", DE: "Messung vom %s liegt vor der vorigen vom %s; Messungen stehen in zeitlicher Reihenfolge", EN: "measurement of %s lies before the previous one of %s; measurements are in date order"},
	schema.Eintrag{Schluessel: "messung.vorBasis", DE: "Messung vom %s liegt vor dem Ausgangswert vom %s", EN: "measurement of %s lies before the baseline of %s"},
	schema.Eintrag{Schluessel: "wert.anteil", DE: "ein Anteil liegt zwischen 0 und 100 (Prozent)", EN: "a share lies between 0 and 100 (percent)"},
	schema.Eintrag{Schluessel: "wert.anzahl", DE: "eine Anzahl ist eine ganze Zahl ab 0", EN: "a count is a whole number from 0"},
	schema.Eintrag{Schluessel: "wert.verhaeltnis", DE: "ein Verhältnis ist nicht negativ", EN: "a ratio is not negative"},
	schema.Eintrag{Schluessel: "wert.unbekannt", DE: "unbekannter Wert „%s“", EN: "unknown value \"%s\""},

	schema.Eintrag{Schluessel: "id.nil", DE: "ID fehlt (Null-UUID)", EN: "ID is missing (nil UUID)"},
	schema.Eintrag{Schluessel: "id.doppelt", DE: "ID %s kommt doppelt vor (zuerst bei %s)", EN: "ID %s occurs twice (first at %s)"},
	schema.Eintrag{Schluessel: "text.leer", DE: "Text fehlt", EN: "text is missing"},
	schema.Eintrag{Schluessel: "verweis.dimension", DE: "„%s“ ist keine ID einer Qualitätsdimension (z. B. QD5)", EN: "\"%s\" is not the ID of a quality dimension (e.g. QD5)"},
	schema.Eintrag{Schluessel: "verweis.entwicklungsziel", DE: "„%s“ ist keine ID eines Entwicklungsziels (z. B. QD5.T2.Z1 oder lokal QD3.T1.L1)", EN: "\"%s\" is not the ID of an Entwicklungsziel (e.g. QD5.T2.Z1 or local QD3.T1.L1)"},
	schema.Eintrag{Schluessel: "verweis.katalog", DE: "%s gibt es im Qualitätsrahmen (mit Zuschnitt) nicht", EN: "%s does not exist in the Qualitätsrahmen (with Zuschnitt)"},
	schema.Eintrag{Schluessel: "zielerreichung.grund", DE: "Zielerreichung „%s“ ist von Hand gesetzt und braucht eine Begründung", EN: "achievement status \"%s\" is set by hand and needs a reason"},
	schema.Eintrag{Schluessel: "zielerreichung.durch", DE: "niemand ist genannt, der die Zielerreichung gesetzt hat („durch“)", EN: "nobody is named who set the achievement status (\"durch\")"},
	schema.Eintrag{Schluessel: "zielerreichung.zeitpunkt", DE: "Zeitpunkt der Zielerreichung fehlt", EN: "time of the achievement status is missing"},
	schema.Eintrag{Schluessel: "indikator.zieldatum", DE: "Zielwert ohne Datum, bis zu dem er erreicht sein soll", EN: "target without the date by which it is due"},
	schema.Eintrag{Schluessel: "indikator.zeitraum", DE: "Zielwert ist fällig am %s, aber nicht nach dem Ausgangswert vom %s", EN: "target is due on %s, which is not after the baseline of %s"},
	schema.Eintrag{Schluessel: "massnahme.keineZiele", DE: "Maßnahme dient keinem Ziel", EN: "measure serves no goal"},
	schema.Eintrag{Schluessel: "massnahme.zielFehlt", DE: "Ziel %s gibt es nicht", EN: "goal %s does not exist"},
	schema.Eintrag{Schluessel: "massnahme.zeitraum", DE: "fällig am %s, also vor dem Beginn am %s", EN: "due on %s, which is before the start on %s"},
)
