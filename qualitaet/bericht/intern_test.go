package bericht

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func kontextIn(tag language.Tag) *kontext {
	return neuerKontext(&qualitaet.Bewertung{Sprache: "de"}, Optionen{Sprache: tag})
}

func TestFormate(t *testing.T) {
	de, en := kontextIn(language.German), kontextIn(language.English)
	tests := []struct {
		name   string
		f      func(k *kontext) string
		de, en string
	}{
		{"Euro ganz", func(k *kontext) string { return k.euro(93000) }, "93.000 €", "€93,000"},
		{"Euro mit Cent", func(k *kontext) string { return k.euro(21.63) }, "21,63 €", "€21.63"},
		{"Euro halbe Cent gerundet", func(k *kontext) string { return k.euro(0.5) }, "0,50 €", "€0.50"},
		{"Euro negativ", func(k *kontext) string { return k.euro(-1500) }, "-1.500 €", "-€1,500"},
		{"Euro NaN", func(k *kontext) string { return k.euro(math.NaN()) }, "–", "–"},
		{"Anteil", func(k *kontext) string { return k.anteil(0.6667) }, "66,7 %", "66.7%"},
		{"Anteil null", func(k *kontext) string { return k.anteil(0) }, "0,0 %", "0.0%"},
		{"Punkte", func(k *kontext) string { return k.punkte(qualitaet.WertVon(62.5)) }, "62,5", "62.5"},
		{"Punkte glatt", func(k *kontext) string { return k.punkte(qualitaet.WertVon(100)) }, "100,0", "100.0"},
		{"Punkte fehlen", func(k *kontext) string { return k.punkte(qualitaet.Wert{}) }, "–", "–"},
		{"Stufe halb", func(k *kontext) string { return k.stufe(qualitaet.WertVon(2.5)) }, "2,5", "2.5"},
		{"Stufe fehlt", func(k *kontext) string { return k.stufe(qualitaet.Wert{}) }, "–", "–"},
		{"Kennzahl Anzahl", func(k *kontext) string { return k.kennzahl(qualitaet.Kennzahl{Wert: 4299}) }, "4.299", "4,299"},
		{"Kennzahl Prozent", func(k *kontext) string { return k.kennzahl(qualitaet.Kennzahl{Wert: 22.6, Einheit: "%"}) }, "22,6 %", "22.6%"},
		{"Kennzahl Euro", func(k *kontext) string { return k.kennzahl(qualitaet.Kennzahl{Wert: 93000, Einheit: "€"}) }, "93.000 €", "€93,000"},
		{"Kennzahl Jahre", func(k *kontext) string { return k.kennzahl(qualitaet.Kennzahl{Wert: 14, Einheit: "Jahre"}) }, "14 Jahre", "14 years"},
		{"Kennzahl ein Jahr", func(k *kontext) string { return k.kennzahl(qualitaet.Kennzahl{Wert: 1, Einheit: "Jahre"}) }, "1 Jahr", "1 year"},
		{"Kennzahl andere Einheit", func(k *kontext) string { return k.kennzahl(qualitaet.Kennzahl{Wert: 1234.5, Einheit: "km"}) }, "1.234,5 km", "1,234.5 km"},
		{"Kennzahl unendlich", func(k *kontext) string { return k.kennzahl(qualitaet.Kennzahl{Wert: math.Inf(1), Einheit: "%"}) }, "–", "–"},
		{"Datum", func(k *kontext) string { return k.datum(time.Date(2026, 10, 1, 23, 0, 0, 0, time.UTC)) }, "01.10.2026", "1 October 2026"},
		{"Quelle", func(k *kontext) string { return k.quelle(qualitaet.QuelleRegel) }, "Vorbewertung (Regel)", "pre-assessment (rule)"},
		{"Quelle unbekannt", func(k *kontext) string { return k.quelle("x") }, "x", "x"},
		{"Priorität", func(k *kontext) string { return k.prioArt(qualitaet.KlaerenImDialog) }, "im Dialog klären", "clarify in dialogue"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.de, tt.f(de), "German")
			assert.Equal(t, tt.en, tt.f(en), "English")
		})
	}
}

func TestUmbrechen(t *testing.T) {
	tests := []struct {
		text   string
		breite int
		max    int
		want   []string
	}{
		{"QD3 Netzwerk", 22, 3, []string{"QD3 Netzwerk"}},
		{"QD6 Qualifizierung und interprofessionelles Lernen", 22, 3, []string{"QD6 Qualifizierung und", "interprofessionelles", "Lernen"}},
		{"QD5 Politisch-strukturelle Verankerung", 22, 3, []string{"QD5 Politisch-", "strukturelle", "Verankerung"}},
		{"Kinder- und Jugendhilfe", 30, 3, []string{"Kinder- und Jugendhilfe"}},
		{"Kinder- und Jugendhilfe", 10, 3, []string{"Kinder-", "und", "Jugendhil…"}},
		{"a b c d e f", 3, 2, []string{"a b", "c…"}},
		{"Donaudampfschifffahrt", 8, 0, []string{"Donauda-", "mpfschi-", "fffahrt"}},
		{"Wirkungsorientierung und mehr", 10, 2, []string{"Wirkungso-", "rientieru…"}},
		{"", 10, 2, nil},
		{"   ", 10, 2, nil},
		{"ä ö ü ß", 3, 0, []string{"ä ö", "ü ß"}},
	}
	for _, tt := range tests {
		got := umbrechen(tt.text, tt.breite, tt.max)
		assert.Equal(t, tt.want, got, "umbrechen(%q, %d, %d)", tt.text, tt.breite, tt.max)
		for _, z := range got {
			assert.LessOrEqual(t, len([]rune(z)), tt.breite, "line %q too long", z)
		}
	}
}

func TestKuerzenUndMaskieren(t *testing.T) {
	assert.Equal(t, "abc", kuerzen("abc", 3))
	assert.Equal(t, "ab…", kuerzen("abcd", 3))
	assert.Equal(t, "Größ…", kuerzen("Größenordnung", 5))
	assert.Equal(t, `a \| b c`, zelle("a | b\n c"))
	assert.Equal(t, "&lt;b> &amp;", text("<b>\r\n&amp;"))
	assert.Equal(t, "a &lt;b&gt; &amp; &#34;c&#34; \uFFFD", esc("a <b> & \"c\" \x01"))
	assert.Equal(t, "0.0", zahlSVG(-0.04))
	assert.Equal(t, "12.3", zahlSVG(12.34))
	assert.Equal(t, "-12.4", zahlSVG(-12.36))
}

// schluesselImCode finds the message keys the package's source uses.
func schluesselImCode(t *testing.T) map[string]bool {
	t.Helper()
	dateien, err := filepath.Glob("*.go")
	require.NoError(t, err)
	re := regexp.MustCompile(`(?:k\.t|kopfTitel)\("([a-zA-Z.]+)"`)
	keys := map[string]bool{}
	for _, d := range dateien {
		if strings.HasSuffix(d, "_test.go") {
			continue
		}
		src, err := os.ReadFile(d)
		require.NoError(t, err)
		for _, m := range re.FindAllStringSubmatch(string(src), -1) {
			keys[m[1]] = true
			if strings.Contains(m[0], "kopfTitel") {
				keys[m[1]+"Ohne"] = true
			}
		}
	}
	return keys
}

func TestMeldungen(t *testing.T) {
	benutzt := schluesselImCode(t)
	require.NotEmpty(t, benutzt)
	for key := range benutzt {
		assert.True(t, meldungen.Hat(key), "key %q used in code but missing in the catalogue", key)
	}
	for _, key := range meldungen.Schluessel() {
		assert.True(t, benutzt[key], "key %q in the catalogue but never used", key)
		de, en := meldungen.Sprintf(language.German, key), meldungen.Sprintf(language.English, key)
		assert.NotEqual(t, key, de)
		assert.NotEqual(t, key, en)
	}
}

// TestKeineRohenSchluessel renders every report in both languages, with
// and without a Kommune, and checks that no message key shows up: a key
// missing from the catalogue would be printed raw.
func TestKeineRohenSchluessel(t *testing.T) {
	b := &qualitaet.Bewertung{Kommune: "X", Sprache: "de", Streuung: []qualitaet.Streuung{
		{Entwicklungsziel: "QD3.T1.Z1", Anzahl: 2, NichtBeurteilbar: 1, Minimum: 1, Maximum: 3, Median: 1, Spannweite: 2,
			Divergent: true, EntlangSektoren: true, Hinweis: "h", Stufen: []qualitaet.Stufe{1, 3}}},
		Kennzahlen:   []qualitaet.Kennzahl{{Bezeichnung: "j", Wert: 2, Einheit: "Jahre"}, {Bezeichnung: "j1", Wert: 1, Einheit: "Jahre"}},
		Luecken:      []qualitaet.Luecke{{Bezeichnung: "l"}},
		Prioritaeten: []qualitaet.Prioritaet{{Rang: 1, Art: qualitaet.KlaerenImDialog}, {Rang: 2, Art: qualitaet.NiedrigeStufe}},
		Hinweise:     []string{"h"},
		Rahmen:       qualitaet.RahmenAngabe{Schwerpunkte: []qualitaet.ID{"QD3"}, Ausgelassen: []qualitaet.ID{"QD9"}, LokaleZiele: 1},
		Dimensionen: []qualitaet.DimensionErgebnis{{ID: "QD3", Titel: "Netzwerk", Schwerpunkt: true, Punkte: qualitaet.WertVon(50),
			Entwicklungsziele: []qualitaet.ZielErgebnis{
				{ID: "QD3.T1.Z1", Quelle: qualitaet.QuelleSelbst, Stufe: qualitaet.WertVon(1)},
				{ID: "QD3.T1.Z2", Quelle: qualitaet.QuelleRegel, Stufe: qualitaet.WertVon(2)},
				{ID: "QD3.T1.Z3", Quelle: qualitaet.QuelleKeine}}},
			{ID: "QD4", Titel: "Planung"}},
	}
	ohne := *b
	ohne.Kommune, ohne.Dimensionen, ohne.Streuung, ohne.Prioritaeten = "", nil, nil, nil
	var ausgaben []string
	for _, bw := range []*qualitaet.Bewertung{b, &ohne} {
		for _, tag := range []language.Tag{language.German, language.English} {
			for _, f := range []func(*bytes.Buffer, *qualitaet.Bewertung, Optionen) error{
				func(w *bytes.Buffer, b *qualitaet.Bewertung, o Optionen) error { return Markdown(w, b, o) },
				func(w *bytes.Buffer, b *qualitaet.Bewertung, o Optionen) error { return SVG(w, b, o) },
				func(w *bytes.Buffer, b *qualitaet.Bewertung, o Optionen) error { return StreuungSVG(w, b, o) },
			} {
				var buf bytes.Buffer
				require.NoError(t, f(&buf, bw, Optionen{Sprache: tag}))
				ausgaben = append(ausgaben, buf.String())
			}
		}
	}
	for _, key := range meldungen.Schluessel() {
		for _, a := range ausgaben {
			assert.NotContains(t, a, key)
		}
	}
}

func FuzzUmbrechen(f *testing.F) {
	for _, s := range []string{"QD6 Qualifizierung und interprofessionelles Lernen", "Politisch-strukturelle", "a--b - c-", "ä\u0301 ß\tx\n", ""} {
		f.Add(s, 22, 3)
	}
	f.Fuzz(func(t *testing.T, text string, breite, maxZeilen int) {
		if breite < 2 || breite > 200 || maxZeilen < 0 || maxZeilen > 10 {
			t.Skip()
		}
		zeilen := umbrechen(text, breite, maxZeilen)
		if maxZeilen > 0 && len(zeilen) > maxZeilen {
			t.Fatalf("umbrechen(%q, %d, %d) = %d lines", text, breite, maxZeilen, len(zeilen))
		}
		for _, z := range zeilen {
			if n := len([]rune(z)); n > breite || z == "" {
				t.Fatalf("umbrechen(%q, %d, %d): line %q", text, breite, maxZeilen, z)
			}
		}
	})
}
