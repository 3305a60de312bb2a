package bericht_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/bericht"
	"golang.org/x/text/language"
)

// kleineBewertung evaluates two ratings of a small town, tailored to
// dimensions QD3 and QD5 only.
func kleineBewertung(sprache language.Tag) *qualitaet.Bewertung {
	tag := time.Date(2026, time.October, 1, 0, 0, 0, 0, time.UTC)
	alle := []qualitaet.ID{"QD1", "QD2", "QD4", "QD6", "QD7", "QD8", "QD9", "QD10"}
	b, err := qualitaet.Bewerte(qualitaet.Eingabe{
		Kommune:      "Musterstadt",
		Datenhinweis: "Erfundenes Beispiel.",
		Zuschnitt:    &qualitaet.Zuschnitt{Rahmen: qualitaet.Version20, Schwerpunkte: []qualitaet.ID{"QD3"}, Ausgelassen: alle},
		Einschaetzungen: []qualitaet.Einschaetzung{
			{Entwicklungsziel: "QD3.T1.Z1", StufeGesetzt: true, Stufe: 3, Datum: tag, Person: "Koordination"},
			{Entwicklungsziel: "QD3.T1.Z1", StufeGesetzt: true, Stufe: 1, Datum: tag, Person: "Kinderärztin"},
		},
		Kennzahlen: []qualitaet.Kennzahl{{Name: "budget", Bezeichnung: "Budget", Wert: 93000, Einheit: "€"}},
		Zeitpunkt:  tag,
		Sprache:    sprache,
	})
	if err != nil {
		panic(err)
	}
	return b
}

func ExampleMarkdown() {
	b := kleineBewertung(language.German)
	var buf bytes.Buffer
	if err := bericht.Markdown(&buf, b, bericht.Optionen{Kurzfassung: true}); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(buf.String())
	// Output:
	// # Qualitätsbericht Frühe Hilfen: Musterstadt
	//
	// > **Hinweis zu den Daten:** Erfundenes Beispiel.
	//
	// - **Stand:** 01.10.2026
	// - **Rahmen:** Qualitätsrahmen Frühe Hilfen, Version 2.0 (qualitaetsrahmen-2.0)
	// - **Zuschnitt:** Schwerpunkte QD3 Netzwerk; vorerst ausgelassen: QD1 Grundidee, QD2 Zielbestimmung, QD4 Planung, QD6 Qualifizierung und interprofessionelles Lernen, QD7 Zusammenarbeit mit der Familie, QD8 Qualität von Angeboten, QD9 Dokumentation und Evaluation, QD10 Wirkungsorientierung
	// - **Regelwerk:** Standard-Regelwerk Qualitätsrahmen Frühe Hilfen (standard, Version 1.0)
	//
	// ## Gesamtergebnis
	//
	// **25,0 von 100 Punkten** bei einer Abdeckung von 6,2 %.
	//
	// Davon aus Selbsteinschätzung des Netzwerks: 1 von 16 Entwicklungszielen; aus Strukturdaten vorbewertet: 0.
	//
	// **Regelwerk:** Standard-Regelwerk Qualitätsrahmen Frühe Hilfen – Skala, Gewichte und Regeln sind ein Vorschlag dieser Bibliothek, kein Standard des NZFH (das NZFH veröffentlicht keine Punkteskala).
	//
	// Die Punkte fassen die Stufen der eingeschätzten Entwicklungsziele zusammen: Stufe 4 bei allen Zielen ergibt 100 Punkte. Die Abdeckung zeigt, welcher Anteil der Entwicklungsziele eingeschätzt ist. Nicht eingeschätzte Ziele zählen nicht als 0, sie fließen gar nicht ein.
	//
	// Stufen: 0 nicht begonnen · 1 angestoßen · 2 in Umsetzung · 3 weitgehend umgesetzt · 4 verankert und überprüft
	//
	// Herkunft der Entwicklungsziele: [NZFH] vom NZFH veröffentlichtes Entwicklungsziel, in den Worten dieser Bibliothek wiedergegeben · [abgeleitet] von dieser Bibliothek formuliert nach dem, was das NZFH im Text beschreibt · [ergänzt] Ergänzung dieser Bibliothek, nicht vom NZFH
	//
	// ## Qualitätsdimensionen
	//
	// | Nr. | Dimension | Punkte | Abdeckung | Schwerpunkt |
	// |---:|---|---:|---:|:---:|
	// | 3 | QD3 Netzwerk | 25,0 | 12,5 % | ★ |
	// | 5 | QD5 Politisch-strukturelle Verankerung | – | 0,0 % |  |
	//
	// „–“ heißt nicht eingeschätzt: Für die Dimension liegt keine Einschätzung vor. Das ist nicht 0 Punkte. ★ markiert die Schwerpunkte laut Zuschnitt.
	//
	// ## Kennzahlen
	//
	// | Kennzahl | Wert |
	// |---|---:|
	// | Budget | 93.000 € |
	//
	// ## Prioritäten
	//
	// Jedes Entwicklungsziel steht einmal da, mit allen Gründen. Zuerst kommen die Schwerpunkte (★), darin zuerst Ziele, über die im Netzwerk gesprochen werden sollte, dann Ziele mit dem größeren Abstand zur höchsten Stufe und dem größeren Gewicht. Wie gerechnet wird, steht am Ende unter „Methode“.
	//
	// | Rang | Entwicklungsziel | Stufe | Gründe |
	// |---:|---|---|---|
	// | 1 | ★ QD3.T1.Z1 [NZFH] Das Netzwerk Frühe Hilfen besteht unter der Steuerungsverantwortung des Jugendamts. | 1 – angestoßen (vorläufig – im Dialog klären) | im Dialog klären: die Einschätzungen reichen von Stufe 1 bis 3, das Ergebnis 1 ist vorläufig; unter der höchsten Stufe: steht auf Stufe 1 „angestoßen“ |
	//
	// ## Wo die Einschätzungen auseinandergehen
	//
	// Entwicklungsziele, bei denen die Beteiligten verschiedene Stufen genannt haben, die größte Spannweite zuerst. Gerechnet wird mit dem Ergebnis der Einschätzungen: dem Median, bei einer geraden Anzahl dem unteren Median. Reichen die Einschätzungen 2 Stufen oder weiter auseinander, ist das Ergebnis vorläufig: Es sollte im Netzwerk besprochen werden, bevor es vertreten wird.
	//
	// | Entwicklungsziel | n | Min. | Max. | Ergebnis | Spannweite | Im Dialog klären | Hinweis |
	// |---|---:|---:|---:|---:|---:|:---:|---|
	// | QD3.T1.Z1 [NZFH] Das Netzwerk Frühe Hilfen besteht unter der Steuerungsverantwortung des Jugendamts. | 2 | 1 | 3 | 1 (vorläufig) | 2 | ja |  |
	//
	// ## Methode
	//
	// - Punkte einer Dimension: 100 × Σ(Gewicht × Stufe) / (4 × Σ Gewicht) über ihre eingeschätzten Entwicklungsziele. Gesamtpunkte: das nach den Dimensionsgewichten gewichtete Mittel der Dimensionen mit Punkten (Schwerpunkte mit dem Schwerpunktfaktor des Regelwerks). Abdeckung: Gewicht der eingeschätzten Ziele / Gewicht aller Ziele. Gewichte, Stufen und Regeln stammen aus dem Regelwerk.
	// - Ergebnis der Einschätzungen eines Entwicklungsziels: der Median der Stufen (je Person zählt die neueste Einschätzung, „nicht beurteilbar“ zählt nicht), bei einer geraden Anzahl der unteren Median. Ab einer Spannweite von 2 Stufen ist es vorläufig. Liegt keine Einschätzung vor, gilt die höchste Stufe, die eine zutreffende Regel vergibt (Vorbewertung aus Strukturdaten).
	// - Prioritäten: Gewicht der Dimension × Gewicht des Ziels × (4 − Stufe) / 4, größter Wert zuerst; davor Schwerpunkte, darin zuerst die im Dialog zu klärenden Ziele (größte Spannweite zuerst). Der Wert steht im JSON-Dokument der Bewertung.
}

func ExampleMarkdown_english() {
	b := kleineBewertung(language.English)
	var buf bytes.Buffer
	if err := bericht.Markdown(&buf, b, bericht.Optionen{Kurzfassung: true}); err != nil {
		fmt.Println(err)
		return
	}
	for _, zeile := range strings.Split(buf.String(), "\n") {
		if strings.HasPrefix(zeile, "| ") || strings.HasPrefix(zeile, "**") {
			fmt.Println(zeile)
		}
	}
	// Output:
	// **25.0 out of 100 points** with a coverage of 6.2%.
	// **Rule set (Regelwerk):** Standard-Regelwerk Qualitätsrahmen Frühe Hilfen – a proposal of this library, not a standard of the NZFH
	// | No. | Dimension | Points | Coverage | Focus |
	// | 3 | QD3 Network | 25.0 | 12.5% | ★ |
	// | 5 | QD5 Political and structural anchoring | – | 0.0% |  |
	// | Key figure | Value |
	// | Budget | €93,000 |
	// | Rank | Entwicklungsziel | Level | Reasons |
	// | 1 | ★ QD3.T1.Z1 [NZFH] The Frühe Hilfen network exists under the steering responsibility of the youth welfare office. | 1 – initiated (provisional – clarify in dialogue) | clarify in dialogue: the ratings range from level 1 to 3, the result 1 is provisional; below the top level: stands at level 1 "initiated" |
	// | Entwicklungsziel | n | Min. | Max. | Result | Spread | Clarify in dialogue | Note |
	// | QD3.T1.Z1 [NZFH] The Frühe Hilfen network exists under the steering responsibility of the youth welfare office. | 2 | 1 | 3 | 1 (provisional) | 2 | yes |  |
}

func ExampleSVG() {
	var buf bytes.Buffer
	if err := bericht.SVG(&buf, kleineBewertung(language.German), bericht.Optionen{}); err != nil {
		fmt.Println(err)
		return
	}
	zeilen := strings.Split(buf.String(), "\n")
	fmt.Println(zeilen[0])
	fmt.Println(zeilen[1])
	fmt.Println(zeilen[2])
	// Output:
	// <?xml version="1.0" encoding="UTF-8"?>
	// <svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="760" height="680" viewBox="0 0 760 680" font-family="sans-serif" font-size="12" fill="#222222" role="img">
	// <title>Qualitätsprofil: Musterstadt</title>
}

func ExampleStreuungSVG() {
	var buf bytes.Buffer
	if err := bericht.StreuungSVG(&buf, kleineBewertung(language.English), bericht.Optionen{}); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(strings.Split(buf.String(), "\n")[3])
	// Output:
	// <desc>Ratings per Entwicklungsziel: Musterstadt. As of 1 October 2026 · Entwicklungsziele rated: 1, of them diverging widely: 1. QD3.T1.Z1: n = 2, level 1 to 3, median 1 (diverging)</desc>
}

// A report needs a Bewertung: without one, every function says so and
// writes nothing.
func ExampleMarkdown_fehler() {
	var b *qualitaet.Bewertung // e.g. qualitaet.Bewerte failed
	err := bericht.Markdown(os.Stdout, b, bericht.Optionen{})
	if errors.Is(err, bericht.ErrKeineBewertung) {
		fmt.Println("kein Bericht:", err)
	}
	// Output:
	// kein Bericht: bericht: keine Bewertung angegeben (nil)
}
