package bogen

import "github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"

// meldungen holds the package's messages and the fixed texts of the printed
// sheet in German and English. Line numbers are passed as strings so the
// German printer does not group their digits.
var meldungen = schema.NeuerKatalog(
	// Where a violation is: file, line, column name.
	schema.Eintrag{Schluessel: "ort.feld", DE: "%s, Zeile %s, Spalte „%s“: %s", EN: "%s, line %s, column \"%s\": %s"},
	schema.Eintrag{Schluessel: "ort.zeile", DE: "%s, Zeile %s: %s", EN: "%s, line %s: %s"},
	schema.Eintrag{Schluessel: "ort.datei", DE: "%s: %s", EN: "%s: %s"},

	// Reading a sheet.
	schema.Eintrag{Schluessel: "lies.groesse", DE: "die Datei ist größer als %s Bytes", EN: "the file is larger than %s bytes"},
	schema.Eintrag{Schluessel: "lies.leer", DE: "die Datei ist leer; erwartet wird eine Kopfzeile mit den Spalten %s", EN: "the file is empty; a header line with the columns %s is expected"},
	schema.Eintrag{Schluessel: "lies.utf8", DE: "der Text ist nicht UTF-8-kodiert; bitte als „CSV (UTF-8)“ speichern", EN: "the text is not UTF-8 encoded; please save as \"CSV (UTF-8)\""},
	schema.Eintrag{Schluessel: "lies.syntax", DE: "kein gültiges CSV: %s", EN: "not valid CSV: %s"},
	schema.Eintrag{Schluessel: "spalte.fehlt", DE: "Pflichtspalte „%s“ fehlt in der Kopfzeile", EN: "required column \"%s\" is missing from the header line"},
	schema.Eintrag{Schluessel: "spalte.unbekannt", DE: "unbekannte Spalte „%s“; erlaubt sind %s", EN: "unknown column \"%s\"; allowed are %s"},
	schema.Eintrag{Schluessel: "spalte.doppelt", DE: "Spalte „%s“ kommt doppelt vor", EN: "column \"%s\" occurs twice"},
	schema.Eintrag{Schluessel: "zeile.zuLang", DE: "die Zeile hat %s Felder, die Kopfzeile nur %s; steht ein Trennzeichen in einem Feld ohne Anführungszeichen?", EN: "the line has %s fields but the header only %s; is there a separator in a field without quotes?"},
	schema.Eintrag{Schluessel: "ziel.fehlt", DE: "Entwicklungsziel fehlt", EN: "Entwicklungsziel is missing"},
	schema.Eintrag{Schluessel: "ziel.ungueltig", DE: "„%s“ ist keine ID eines Entwicklungsziels (etwa QD3.T1.Z2)", EN: "\"%s\" is not the ID of an Entwicklungsziel (such as QD3.T1.Z2)"},
	schema.Eintrag{Schluessel: "ziel.unbekannt", DE: "Entwicklungsziel %s gibt es im %s nicht", EN: "Entwicklungsziel %s does not exist in the %s"},
	schema.Eintrag{Schluessel: "ziel.doppelt", DE: "%s ist von derselben einschätzenden Person in dieser Runde schon in Zeile %s eingeschätzt (hier Zeile %s)", EN: "%s has already been rated by the same rater in this round in line %s (here line %s)"},
	schema.Eintrag{Schluessel: "ziel.widerspricht", DE: "%s hat dieselbe einschätzende Person am %s in dieser Runde schon anders eingeschätzt (siehe %s); je Person, Ziel, Tag und Runde nimmt das Profil nur eine Einschätzung", EN: "%s has already been rated differently by the same rater on %s in this round (see %s); the profile takes one rating per rater, goal, day and round"},
	schema.Eintrag{Schluessel: "hinweis.gleicherName", DE: "%s tragen denselben Namen (oder dieselbe Rolle) in derselben Runde; gelesen als verschiedene Einschätzende (Kennungen %s). Ist es dieselbe Person, beim Einlesen angeben, dass der Name die Person kennzeichnet, oder eine Spalte „kennung“ verwenden.", EN: "%s carry the same name (or role) in the same round; read as different raters (keys %s). If it is the same person, say when reading that the name identifies the person, or use a \"kennung\" column."},
	schema.Eintrag{Schluessel: "kennung.ungueltig", DE: "die Kennung ist kein kurzer Code aus Buchstaben, Ziffern, . _ - (ohne Leerzeichen)", EN: "the key is no short code of letters, digits, . _ - (without spaces)"},
	schema.Eintrag{Schluessel: "ebene.ungueltig", DE: "„%s“ ist keine Ebene; erwartet wird strategisch oder operativ", EN: "\"%s\" is no level; expected strategisch (strategic) or operativ (operational)"},
	schema.Eintrag{Schluessel: "bedarf.ungueltig", DE: "„%s“ ist kein Entwicklungsbedarf; erwartet wird gering, mittel oder hoch", EN: "\"%s\" is no development need; expected gering (low), mittel (medium) or hoch (high)"},
	schema.Eintrag{Schluessel: "person.fehlt", DE: "Name oder Rolle der einschätzenden Person fehlt", EN: "the rater's name or role is missing"},
	schema.Eintrag{Schluessel: "text.zuLang", DE: "der Text ist länger als %s Zeichen", EN: "the text is longer than %s characters"},
	schema.Eintrag{Schluessel: "sektor.ungueltig", DE: "„%s“ ist weder eine Sektor-Kennung (Buchstaben, Ziffern, . _ -) noch der Name eines Standardsektors", EN: "\"%s\" is neither a sector ID (letters, digits, . _ -) nor the name of a default sector"},
	schema.Eintrag{Schluessel: "sektor.unbekannt", DE: "Sektor „%s“ kennt das Netzwerk des Profils nicht; erlaubt sind die Standardsektoren und die Sektoren, die das Netzwerk erklärt", EN: "the network of the profile does not know the sector \"%s\"; allowed are the default sectors and the sectors the network declares"},
	schema.Eintrag{Schluessel: "stufe.keineZahl", DE: "„%s“ ist keine Stufe; erwartet wird eine ganze Zahl von %s bis %s oder „k. A.“", EN: "\"%s\" is no level; expected a whole number from %s to %s or \"k. A.\""},
	schema.Eintrag{Schluessel: "stufe.skala", DE: "Stufe %s liegt außerhalb der Skala %s–%s", EN: "level %s is outside the scale %s–%s"},
	schema.Eintrag{Schluessel: "datum.fehlt", DE: "Datum fehlt", EN: "date is missing"},
	schema.Eintrag{Schluessel: "datum.ungueltig", DE: "„%s“ ist kein Datum; erwartet wird TT.MM.JJJJ oder JJJJ-MM-TT", EN: "\"%s\" is no date; expected DD.MM.YYYY or YYYY-MM-DD"},

	// Options.
	schema.Eintrag{Schluessel: "dimension.unbekannt", DE: "Dimension %s gibt es im %s nicht", EN: "dimension %s does not exist in the %s"},
	schema.Eintrag{Schluessel: "format.unbekannt", DE: "unbekanntes Format %q (erlaubt: markdown, csv)", EN: "unknown format %q (allowed: markdown, csv)"},

	// The printed sheet.
	schema.Eintrag{Schluessel: "blatt.titel", DE: "Gesamteinschätzung: %s", EN: "Overall assessment: %s"},
	schema.Eintrag{Schluessel: "blatt.einleitung", DE: "Bitte schätzen Sie für jedes Entwicklungsziel ein, wie weit es in unserem Netzwerk erreicht ist. Es gibt keine richtigen oder falschen Antworten: Gerade wo Einschätzungen auseinandergehen, lohnt sich das Gespräch im Netzwerk.", EN: "For each Entwicklungsziel, please rate how far our network has reached it. There are no right or wrong answers: where ratings diverge is exactly where a talk in the network pays off."},
	schema.Eintrag{Schluessel: "blatt.person", DE: "Name oder Rolle", EN: "Name or role"},
	schema.Eintrag{Schluessel: "blatt.sektor", DE: "Sektor", EN: "Sector"},
	schema.Eintrag{Schluessel: "blatt.kennung", DE: "Kennung (falls vergeben)", EN: "Key (if given)"},
	schema.Eintrag{Schluessel: "blatt.ebene", DE: "Ebene (strategisch/operativ)", EN: "Level (strategisch/operativ)"},
	schema.Eintrag{Schluessel: "blatt.runde", DE: "Runde", EN: "Round"},
	schema.Eintrag{Schluessel: "blatt.bedarf", DE: "Entwicklungsbedarf (gering/mittel/hoch)", EN: "Development need (gering/mittel/hoch)"},
	schema.Eintrag{Schluessel: "blatt.datum", DE: "Datum", EN: "Date"},
	schema.Eintrag{Schluessel: "blatt.skala", DE: "Skala", EN: "Scale"},
	schema.Eintrag{Schluessel: "blatt.stufe", DE: "Stufe", EN: "Level"},
	schema.Eintrag{Schluessel: "blatt.bezeichnung", DE: "Bezeichnung", EN: "Label"},
	schema.Eintrag{Schluessel: "blatt.beschreibung", DE: "Beschreibung", EN: "Description"},
	schema.Eintrag{Schluessel: "blatt.ka", DE: "nicht beurteilbar", EN: "cannot judge"},
	schema.Eintrag{Schluessel: "blatt.kaBeschreibung", DE: "Sie können das Ziel aus Ihrer Sicht nicht beurteilen. Das zählt nicht als Stufe 0.", EN: "You cannot judge the goal from where you stand. This does not count as level 0."},
	schema.Eintrag{Schluessel: "blatt.id", DE: "ID", EN: "ID"},
	schema.Eintrag{Schluessel: "blatt.ziel", DE: "Entwicklungsziel", EN: "Entwicklungsziel (development goal)"},
	schema.Eintrag{Schluessel: "blatt.kommentar", DE: "Kommentar", EN: "Comment"},
	schema.Eintrag{Schluessel: "blatt.dimension", DE: "QD %s %s", EN: "QD %s %s"},
	schema.Eintrag{Schluessel: "blatt.herkunft", DE: "Herkunft", EN: "Provenance"},
	schema.Eintrag{Schluessel: "blatt.bedeutung", DE: "Bedeutung", EN: "Meaning"},
	schema.Eintrag{Schluessel: "blatt.herkunftTitel", DE: "Herkunft der Themen und Entwicklungsziele", EN: "Provenance of the Themen and Entwicklungsziele"},
	schema.Eintrag{Schluessel: "blatt.herkunftText", DE: "Jedes Thema und jedes Entwicklungsziel trägt eine Marke, die sagt, woher es stammt: vom NZFH, von dieser Bibliothek oder aus dem Zuschnitt der Kommune.", EN: "Every Thema and every Entwicklungsziel carries a mark saying where it comes from: the NZFH, this library, or the Kommune's Zuschnitt."},
	schema.Eintrag{Schluessel: "herkunft.nzfhLang", DE: "vom NZFH veröffentlicht, in den Worten dieser Bibliothek wiedergegeben", EN: "published by the NZFH, in this library's words"},
	schema.Eintrag{Schluessel: "herkunft.abgeleitetLang", DE: "von dieser Bibliothek formuliert nach dem, was das NZFH im Text beschreibt", EN: "formulated by this library from what the NZFH describes in prose"},
	schema.Eintrag{Schluessel: "herkunft.ergaenztLang", DE: "Ergänzung dieser Bibliothek, nicht vom NZFH", EN: "added by this library, not by the NZFH"},
	schema.Eintrag{Schluessel: "herkunft.lokalLang", DE: "eigenes Entwicklungsziel der Kommune", EN: "the Kommune's own Entwicklungsziel"},
)
