package bericht_test

import (
	"bytes"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/bericht"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// planFuer derives a plan with one goal and one overdue measure serving
// the Bewertung's first priority; titel is the goal's title.
func planFuer(t *testing.T, b *qualitaet.Bewertung, titel string) *qualitaet.Plan {
	t.Helper()
	require.NotEmpty(t, b.Prioritaeten)
	ids := func() (uuid.UUID, error) { return uuid.NewV7() }
	z, err := qualitaet.NeuesZiel(titel, stichtag.AddDate(-1, 0, 0), "Koordination", ids)
	require.NoError(t, err)
	z.Entwicklungsziele = []qualitaet.ID{b.Prioritaeten[0].Entwicklungsziel}
	m, err := qualitaet.NeueMassnahme(`Maßnahme "M" & <b>fett</b>`, []uuid.UUID{z.ID}, stichtag.AddDate(-1, 0, 0), "Koordination", ids)
	require.NoError(t, err)
	m.Faellig = qualitaet.KalenderdatumVon(2026, 6, 30)
	m.Verantwortlich = "AG <Qualität>"
	p, err := qualitaet.Planen(qualitaet.PlanEingabe{Bewertung: b, Ziele: []qualitaet.Ziel{z},
		Massnahmen: []qualitaet.Massnahme{m}, Stichtag: qualitaet.KalenderdatumAus(stichtag),
		Prozess: &qualitaet.Prozess{Verantwortlich: `Koordination & "Planung"`}})
	require.NoError(t, err)
	return p
}

// TestHTMLEscaping proves that user text renders as text: a Kommune named
// like a script, a goal title and a measure with quotes, ampersands and
// tags appear escaped, never as markup.
func TestHTMLEscaping(t *testing.T) {
	e := oderSpree(language.German)
	e.Kommune = `<script>alert(1)</script>`
	b := bewerte(t, e)
	plan := planFuer(t, b, `Ziel mit "Anführungszeichen" & Ampersand`)
	for name, f := range map[string]func(io.Writer, *qualitaet.Bewertung, bericht.Optionen) error{
		"HTML": bericht.HTML, "HTMLKurz": bericht.HTMLKurz,
	} {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, f(&buf, b, bericht.Optionen{Plan: plan}))
			out := buf.String()
			assert.NotContains(t, out, "<script", "no script element, not even from the Kommune's name")
			assert.Contains(t, out, "&lt;script&gt;alert(1)&lt;/script&gt;", "the name is shown as text")
			assert.NotContains(t, out, "<b>fett</b>")
			assert.Contains(t, out, "&lt;b&gt;fett&lt;/b&gt;")
			assert.NotContains(t, out, "AG <Qualität>")
			if name == "HTML" {
				assert.Contains(t, out, "Ziel mit &#34;Anführungszeichen&#34; &amp; Ampersand")
				assert.Contains(t, out, "Koordination &amp; &#34;Planung&#34;")
			}
		})
	}
}

// TestHTMLEigenstaendig checks that each report is one self-contained
// document: no scripts, no style sheets, images, fonts or frames loaded
// from elsewhere, the charts inline; and that the output is deterministic.
func TestHTMLEigenstaendig(t *testing.T) {
	extern := regexp.MustCompile(`(?i)<script|<link|<img|<iframe|<object|<embed|@import|url\(|@font-face|\ssrc=`)
	for _, tt := range []struct {
		name    string
		sprache language.Tag
		kurz    bool
		muss    []string
	}{
		{"voll deutsch", language.German, false, []string{`<html lang="de">`, "Qualitätsdimensionen", "Qualitätsentwicklungsplan", "Befunde", "Ziele und ihr Verlauf", "Ergebnisse je Dimension"}},
		{"voll englisch", language.English, false, []string{`<html lang="en">`, "Quality dimensions", "Quality development plan", "Goals and their history"}},
		{"kurz deutsch", language.German, true, []string{"Kurzbericht Frühe Hilfen: Landkreis Oder-Spree", "Überfällige Maßnahmen", "Fragen für das Gespräch mit der Politik", "Methode:"}},
		{"kurz englisch", language.English, true, []string{"Summary report Frühe Hilfen", "Overdue measures", "Method:"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b := bewerte(t, oderSpree(tt.sprache))
			opt := bericht.Optionen{Plan: planFuer(t, b, "Ziel")}
			schreibe := bericht.HTML
			if tt.kurz {
				schreibe = bericht.HTMLKurz
			}
			var buf, noch bytes.Buffer
			require.NoError(t, schreibe(&buf, b, opt))
			require.NoError(t, schreibe(&noch, b, opt))
			assert.Equal(t, buf.String(), noch.String(), "deterministic")
			out := buf.String()
			assert.True(t, strings.HasPrefix(out, "<!DOCTYPE html>"))
			assert.Empty(t, extern.FindAllString(out, -1), "nothing loaded from elsewhere")
			assert.Equal(t, 1, strings.Count(out, "<style>"), "CSS inline")
			assert.Contains(t, out, `<svg xmlns="http://www.w3.org/2000/svg"`, "radar chart inline")
			assert.NotContains(t, out, "<?xml", "no XML declaration inside HTML")
			assert.Contains(t, out, "@page", "print stylesheet")
			for _, m := range tt.muss {
				assert.Contains(t, out, m)
			}
		})
	}
}

// TestHTMLKurzReflexionsfragen checks that the Kurzbericht shows the
// Reflexionsfragen of exactly the focus dimensions (QD3 and QD5 in the
// example), from the catalogue.
func TestHTMLKurzReflexionsfragen(t *testing.T) {
	b := bewerte(t, oderSpree(language.German))
	var buf bytes.Buffer
	require.NoError(t, bericht.HTMLKurz(&buf, b, bericht.Optionen{}))
	out := buf.String()
	r := qualitaet.Standard()
	for _, d := range r.Dimensionen {
		for _, f := range d.Reflexionsfragen {
			frage := strings.ReplaceAll(f.Text, `"`, "&#34;")
			if d.ID == "QD3" || d.ID == "QD5" {
				assert.Contains(t, out, frage, "%s", d.ID)
			} else {
				assert.NotContains(t, out, frage, "%s", d.ID)
			}
		}
	}
	assert.Contains(t, out, "Zum Stichtag ist keine Maßnahme überfällig.", "without a plan nothing is overdue")
}

// FuzzHTML feeds arbitrary text into the Kommune's name and a dimension
// title: both reports render, and no text can open an element.
func FuzzHTML(f *testing.F) {
	for _, s := range []string{"Landkreis Oder-Spree", `<script>alert(1)</script>`, `"&<>'`, "<svg onload=x>", ""} {
		f.Add(s, s)
	}
	basis := bewerte(f, oderSpree(language.German))
	f.Fuzz(func(t *testing.T, kommune, titel string) {
		b := *basis
		b.Kommune = kommune
		b.Dimensionen = append([]qualitaet.DimensionErgebnis(nil), b.Dimensionen...)
		b.Dimensionen[0].Titel = titel
		for _, schreibe := range []func(io.Writer, *qualitaet.Bewertung, bericht.Optionen) error{bericht.HTML, bericht.HTMLKurz} {
			var buf bytes.Buffer
			require.NoError(t, schreibe(&buf, &b, bericht.Optionen{}))
			out := strings.ToLower(buf.String())
			require.NotContains(t, out, "<script")
			require.NotContains(t, out, "<svg onload")
		}
	})
}

// TestHTMLEscapingRunden proves the same for the texts the rounds and the
// profile bring: the data note, a round's title and the network's reason
// for a chosen priority render as text in both reports.
func TestHTMLEscapingRunden(t *testing.T) {
	e := runden(language.German)
	e.Datenhinweis = `<img src=x onerror=alert(1)> & "erfunden"`
	e.Runden[1].Titel = `<b>Treffen</b>`
	e.Runden[1].Priorisierung.Ziele[0].Begruendung = `<script>alert(2)</script>`
	b := bewerte(t, e)
	for name, f := range map[string]func(io.Writer, *qualitaet.Bewertung, bericht.Optionen) error{
		"HTML": bericht.HTML, "HTMLKurz": bericht.HTMLKurz,
	} {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, f(&buf, b, bericht.Optionen{}))
			out := buf.String()
			assert.NotContains(t, out, "<img")
			assert.NotContains(t, out, "<script")
			assert.NotContains(t, out, "<b>Treffen")
			assert.Contains(t, out, "&lt;img src=x onerror=alert(1)&gt; &amp; &#34;erfunden&#34;")
			assert.Contains(t, out, "&lt;b&gt;Treffen&lt;/b&gt;")
			assert.Contains(t, out, "&lt;script&gt;alert(2)&lt;/script&gt;")
		})
	}
}
