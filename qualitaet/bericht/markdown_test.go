package bericht_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/bericht"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func markdown(t *testing.T, b *qualitaet.Bewertung, opt bericht.Optionen) string {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, bericht.Markdown(&buf, b, opt))
	return buf.String()
}

func TestMarkdownZahlen(t *testing.T) {
	tests := []struct {
		name     string
		sprache  language.Tag
		enthaelt []string
		nicht    []string
		punkte   *regexp.Regexp // a points cell
	}{
		{"deutsch", language.German,
			[]string{"01.10.2026", "93.000 €", "21,63 €", "22,6 %", "| 4.299 |", "| 178.068 |", "| 14 Jahre |",
				"| 3 | QD3 Netzwerk | 55,0 | 55,6 % | ★ |", "| 4 | QD4 Planung | – | 0,0 % |  |",
				"**52,3 von 100 Punkten** bei einer Abdeckung von 19,1 %.", "Das ist nicht 0 Punkte.",
				"## Wo die Einschätzungen auseinandergehen", "| 1 | ★ QD5.T1.Z1 [NZFH] ",
				"| 1 – angestoßen (vorläufig – im Dialog klären) | im Dialog klären: die Einschätzungen reichen von Stufe 0 bis 3",
				"unter der höchsten Stufe: steht auf Stufe 1 „angestoßen“", "Selbsteinschätzung", "| Vorbewertung (Regel) |", "Nicht eingeschätzt",
				"Davon aus Selbsteinschätzung des Netzwerks: 7 von 64 Entwicklungszielen; aus Strukturdaten vorbewertet: 7.",
				"**Regelwerk:** Standard-Regelwerk Qualitätsrahmen Frühe Hilfen – ", "Herkunft der Entwicklungsziele: [NZFH] ",
				"| NZFH | 4 – verankert und überprüft |", "| ergänzt | – |", "| lokal | 2 – in Umsetzung |",
				"| 3 | 0 | 3 | 1 (vorläufig) | 3 | ja |", "dem unteren Median", "## Methode",
				"Gesundheitswesen schätzt niedriger ein als Kinder- und Jugendhilfe",
				"- **Sektoren ohne Kooperation**: Suchtberatung, Gewaltschutz",
				"vorerst ausgelassen: QD9 Dokumentation und Evaluation", "## Hinweise"},
			[]string{"€ 93", "93,000", "2026-10-01 ", "\u00a0", "Konsens", "niedrige Stufe", "Gewicht × Abstand"},
			regexp.MustCompile(`\| \d+,\d \| \d+,\d %`)},
		{"englisch", language.English,
			[]string{"1 October 2026", "€93,000", "€21.63", "22.6%", "| 4,299 |", "| 178,068 |", "| 14 years |",
				"| 3 | QD3 Network | 55.0 | 55.6% | ★ |", "| 4 | QD4 Planning | – | 0.0% |  |",
				"**52.3 out of 100 points** with a coverage of 19.1%.", "This is not 0 points.",
				"## Where ratings diverge", "clarify in dialogue", "below the top level", "self-assessment", "| pre-assessment (rule) |", "Not assessed",
				"[NZFH]", "| added | – |", "| local |", "Provenance of the Entwicklungsziele", "(provisional)", "the lower median", "## Method",
				"health care rates lower than child and youth welfare"},
			[]string{"93.000", "22,6", "01.10.2026", "Punkte", "consensus", "low level", "ergänzt"},
			regexp.MustCompile(`\| \d+\.\d \| \d+\.\d%`)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := bewerte(t, oderSpree(tt.sprache))
			md := markdown(t, b, bericht.Optionen{})
			for _, s := range tt.enthaelt {
				assert.Contains(t, md, s)
			}
			for _, s := range tt.nicht {
				assert.NotContains(t, md, s)
			}
			assert.Len(t, tt.punkte.FindAllString(md, -1), 5, "points with the language's decimal separator")
			for _, d := range b.Dimensionen {
				zeile := fmt.Sprintf("| %d | %s %s | ", d.Nummer, d.ID, d.Titel)
				assert.Contains(t, md, zeile, "dimension table row")
				if !d.Punkte.Gesetzt() {
					assert.Contains(t, md, zeile+"– |")
				}
			}
		})
	}
}

// TestMarkdownTabellen checks that every table row has as many cells as its
// header, whatever the text inside: "|" is escaped and line breaks are
// gone.
func TestMarkdownTabellen(t *testing.T) {
	e := oderSpree(language.German)
	e.Kennzahlen = append(e.Kennzahlen, qualitaet.Kennzahl{Name: "x", Bezeichnung: "A | B\nC", Wert: 1})
	e.Luecken = append(e.Luecken, qualitaet.Luecke{Art: "x", Bezeichnung: "<b>fett</b>\n# keine Überschrift"})
	e.Kommune = "Kreis | <script>\nX"
	md := markdown(t, bewerte(t, e), bericht.Optionen{})
	assert.Contains(t, md, `Bericht im Ausschuss 2025 \| Nachfrage zur Finanzierung`)
	assert.Contains(t, md, `| A \| B C | 1 |`)
	assert.Contains(t, md, "# Qualitätsbericht Frühe Hilfen: Kreis | &lt;script> X\n")
	assert.Contains(t, md, "- **&lt;b>fett&lt;/b> # keine Überschrift**")
	assert.NotContains(t, md, "<")
	zellen := func(zeile string) int {
		return len(regexp.MustCompile(`(^|[^\\])\|`).FindAllString(zeile, -1)) - 1
	}
	kopf := -1
	tabellen := 0
	for _, zeile := range strings.Split(md, "\n") {
		if !strings.HasPrefix(zeile, "|") {
			kopf = -1
			continue
		}
		if kopf < 0 {
			kopf = zellen(zeile)
			tabellen++
			continue
		}
		assert.Equal(t, kopf, zellen(zeile), "cells in %q", zeile)
	}
	assert.Equal(t, 4+9, tabellen, "tables found: dimensions, key figures, priorities, spread, 9 dimensions")
}

func TestMarkdownStreuungsabschnitt(t *testing.T) {
	einig := qualitaet.Eingabe{Kommune: "Einigstadt", Zeitpunkt: stichtag, Einschaetzungen: []qualitaet.Einschaetzung{
		{Entwicklungsziel: "QD3.T1.Z1", StufeGesetzt: true, Stufe: 2, Datum: stichtag, Person: "A"},
		{Entwicklungsziel: "QD3.T1.Z1", StufeGesetzt: true, Stufe: 2, Datum: stichtag, Person: "B"},
	}}
	knapp := einig
	knapp.Einschaetzungen = []qualitaet.Einschaetzung{
		{Entwicklungsziel: "QD3.T1.Z1", StufeGesetzt: true, Stufe: 2, Datum: stichtag, Person: "A"},
		{Entwicklungsziel: "QD3.T1.Z1", StufeGesetzt: true, Stufe: 3, Datum: stichtag, Person: "B"},
	}
	tests := []struct {
		name      string
		e         qualitaet.Eingabe
		abschnitt bool
		gelistet  []string // goals listed in the section, in order
	}{
		{"ohne Einschätzungen", qualitaet.Eingabe{Kommune: "Leerstadt", Zeitpunkt: stichtag}, false, nil},
		{"alle einig", einig, false, nil},
		{"Spannweite 1", knapp, true, []string{"QD3.T1.Z1"}},
		{"Oder-Spree", oderSpree(language.German), true, []string{"QD5.T1.Z1", "QD3.T1.Z2", "QD3.T2.Z1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			md := markdown(t, bewerte(t, tt.e), bericht.Optionen{})
			i := strings.Index(md, "## Wo die Einschätzungen auseinandergehen")
			assert.Equal(t, tt.abschnitt, i >= 0)
			if i < 0 {
				return
			}
			abschnitt := md[i:]
			if j := strings.Index(abschnitt[3:], "\n## "); j >= 0 {
				abschnitt = abschnitt[:j+3]
			}
			zeilen := regexp.MustCompile(`(?m)^\| (QD[0-9.TZL]+) `).FindAllStringSubmatch(abschnitt, -1)
			var ids []string
			for _, z := range zeilen {
				ids = append(ids, z[1])
			}
			assert.Equal(t, tt.gelistet, ids, "goals with spread ≥ 1, widest first; none without spread")
		})
	}
}

func TestMarkdownOptionen(t *testing.T) {
	de := bewerte(t, oderSpree(language.German))
	t.Run("Kurzfassung", func(t *testing.T) {
		md := markdown(t, de, bericht.Optionen{Kurzfassung: true})
		assert.NotContains(t, md, "## Ergebnisse je Dimension")
		assert.Contains(t, md, "## Qualitätsdimensionen")
		assert.Contains(t, md, "## Hinweise")
	})
	t.Run("Sprache übersteuert", func(t *testing.T) {
		md := markdown(t, de, bericht.Optionen{Sprache: language.MustParse("en-GB")})
		assert.Contains(t, md, "## Quality dimensions")
		assert.Contains(t, md, "| 3 | QD3 Network | 55.0 |")
		assert.Contains(t, md, "QD3.T1.Z1 The Frühe Hilfen network exists", "goal texts from the catalogue")
		assert.Contains(t, md, "| 4 – anchored and reviewed |", "level labels from the Regelwerk")
		assert.Contains(t, md, "im Dialog klären: die Einschätzungen reichen", "reasons stay in the Bewertung's language")
	})
	t.Run("eigenes Regelwerk", func(t *testing.T) {
		rw := qualitaet.StandardRegelwerk()
		rw.Skala[0].Bezeichnung = "noch offen"
		md := markdown(t, de, bericht.Optionen{Regelwerk: rw})
		assert.Contains(t, md, "Stufen: 0 noch offen · 1 angestoßen")
	})
	t.Run("unbekanntes Regelwerk", func(t *testing.T) {
		b := *de
		b.Regelwerk.ID = "eigenes"
		md := markdown(t, &b, bericht.Optionen{})
		assert.Contains(t, md, "Stufen: 1 angestoßen · 2 in Umsetzung · 3 weitgehend umgesetzt · 4 verankert und überprüft",
			"labels found in the goals; level 0 was never given")
	})
	t.Run("ohne Punkte", func(t *testing.T) {
		md := markdown(t, bewerte(t, qualitaet.Eingabe{Zeitpunkt: stichtag}), bericht.Optionen{})
		assert.True(t, strings.HasPrefix(md, "# Qualitätsbericht Frühe Hilfen\n"))
		assert.Contains(t, md, "**Noch keine Punkte:**")
		assert.Contains(t, md, "Keine Prioritäten")
		assert.NotContains(t, md, "## Kennzahlen")
		assert.NotContains(t, md, "## Lücken")
	})
	t.Run("keine Dimension", func(t *testing.T) {
		md := markdown(t, handBewertung("en"), bericht.Optionen{})
		assert.Contains(t, md, "The evaluation contains no quality dimension.")
		assert.NotContains(t, md, "## Results per dimension")
	})
}

// kaputt is a writer that always fails.
type kaputt struct{}

var errKaputt = errors.New("kaputt")

func (kaputt) Write([]byte) (int, error) { return 0, errKaputt }

func TestFehler(t *testing.T) {
	b := bewerte(t, oderSpree(language.German))
	for name, f := range map[string]func(io.Writer, *qualitaet.Bewertung, bericht.Optionen) error{
		"Markdown": bericht.Markdown, "SVG": bericht.SVG, "StreuungSVG": bericht.StreuungSVG,
	} {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			assert.ErrorIs(t, f(&buf, nil, bericht.Optionen{}), bericht.ErrKeineBewertung)
			assert.Zero(t, buf.Len(), "nothing written for a nil Bewertung")
			assert.ErrorIs(t, f(kaputt{}, b, bericht.Optionen{}), errKaputt)
		})
	}
}

// TestMarkdownWoherDieZahlen checks what a report says about where its
// numbers come from: the profile's note first, the Regelwerk's provenance
// under the totals, a pre-assessment headed as such, and a priority of the
// older shape (without Gruende) still readable.
func TestMarkdownWoherDieZahlen(t *testing.T) {
	e := oderSpree(language.German)
	e.Datenhinweis = "Erfundene Daten\nzur Veranschaulichung"
	b := bewerte(t, e)
	b.Regelwerk.Herkunft, b.Regelwerk.Hinweis = qualitaet.HerkunftErgaenzt, "Vorschlag dieser Bibliothek, kein Standard des NZFH"
	de := markdown(t, b, bericht.Optionen{})
	assert.True(t, strings.HasPrefix(de, "# Qualitätsbericht Frühe Hilfen: Landkreis Oder-Spree\n\n> **Hinweis zu den Daten:** Erfundene Daten zur Veranschaulichung\n\n"), de[:200])
	assert.Contains(t, de, "**Regelwerk:** Standard-Regelwerk Qualitätsrahmen Frühe Hilfen – Vorschlag dieser Bibliothek, kein Standard des NZFH")
	en := markdown(t, b, bericht.Optionen{Sprache: language.English})
	assert.Contains(t, en, "> **Note on the data (from the profile):** Erfundene Daten")
	assert.Contains(t, en, "**Rule set (Regelwerk):** Standard-Regelwerk Qualitätsrahmen Frühe Hilfen – a proposal of this library, not a standard of the NZFH")

	b.Regelwerk.Hinweis = ""
	assert.Contains(t, markdown(t, b, bericht.Optionen{}), "**Regelwerk:** Standard-Regelwerk Qualitätsrahmen Frühe Hilfen – Vorschlag dieser Bibliothek, kein Standard des NZFH\n",
		"without a note the provenance speaks")
	b.Regelwerk.Herkunft = ""
	assert.Contains(t, markdown(t, b, bericht.Optionen{}), "– Herkunft nicht angegeben; das NZFH selbst veröffentlicht keine Punkteskala\n")

	// Rules only: a pre-assessment from structural data, not a score.
	e = oderSpree(language.German)
	e.Einschaetzungen = nil
	b = bewerte(t, e)
	require.True(t, b.Quellen.NurVorbewertung())
	de = markdown(t, b, bericht.Optionen{})
	assert.True(t, strings.HasPrefix(de, "# Vorbewertung aus Strukturdaten: Landkreis Oder-Spree\n"), de[:80])
	assert.Contains(t, de, "## Vorbewertung aus Strukturdaten\n\n**Vorbewertung: ")
	assert.Contains(t, de, "Davon aus Selbsteinschätzung des Netzwerks: 0 von 64 Entwicklungszielen; aus Strukturdaten vorbewertet: 9.")
	assert.NotContains(t, de, "## Gesamtergebnis")

	// A Bewertung of the older shape: kind and reason of each priority.
	b.Prioritaeten = []qualitaet.Prioritaet{{Rang: 1, Entwicklungsziel: "QD3.T1.Z1", Dimension: "QD3", Art: qualitaet.NiedrigeStufe, Begruendung: "alt"}}
	assert.Contains(t, markdown(t, b, bericht.Optionen{}), "| unter der höchsten Stufe: alt |")
}
