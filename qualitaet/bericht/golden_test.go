package bericht_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/bericht"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

var update = flag.Bool("update", false, "rewrite golden files")

// goldenVerzeichnis holds the golden reports, at the top of the module.
var goldenVerzeichnis = filepath.Join("..", "..", "testdata", "berichte")

// vergleicheGolden compares got with the golden file name, or rewrites the
// file with -update.
func vergleicheGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	pfad := filepath.Join(goldenVerzeichnis, name)
	if *update {
		require.NoError(t, os.MkdirAll(goldenVerzeichnis, 0o755))
		require.NoError(t, os.WriteFile(pfad, got, 0o644))
		return
	}
	want, err := os.ReadFile(pfad)
	require.NoError(t, err, "golden file missing; run go test ./qualitaet/bericht/ -update")
	assert.Equal(t, string(want), string(got), "%s differs from the output; review the diff and run with -update", pfad)
}

func TestGolden(t *testing.T) {
	type erzeuger func(w *bytes.Buffer, b *qualitaet.Bewertung) error
	md := func(opt bericht.Optionen) erzeuger {
		return func(w *bytes.Buffer, b *qualitaet.Bewertung) error { return bericht.Markdown(w, b, opt) }
	}
	tests := []struct {
		name    string
		sprache language.Tag
		datei   string
		gen     erzeuger
	}{
		{"Markdown deutsch", language.German, "oder-spree-beispiel.de.md", md(bericht.Optionen{})},
		{"Markdown englisch", language.English, "oder-spree-beispiel.en.md", md(bericht.Optionen{})},
		{"Markdown Kurzfassung", language.German, "oder-spree-kurz.de.md", md(bericht.Optionen{Kurzfassung: true})},
		{"Radar deutsch", language.German, "oder-spree-beispiel.de.svg", func(w *bytes.Buffer, b *qualitaet.Bewertung) error {
			return bericht.SVG(w, b, bericht.Optionen{})
		}},
		{"Radar englisch", language.English, "oder-spree-beispiel.en.svg", func(w *bytes.Buffer, b *qualitaet.Bewertung) error {
			return bericht.SVG(w, b, bericht.Optionen{})
		}},
		{"Streuung deutsch", language.German, "oder-spree-streuung.de.svg", func(w *bytes.Buffer, b *qualitaet.Bewertung) error {
			return bericht.StreuungSVG(w, b, bericht.Optionen{})
		}},
		{"Streuung englisch", language.English, "oder-spree-streuung.en.svg", func(w *bytes.Buffer, b *qualitaet.Bewertung) error {
			return bericht.StreuungSVG(w, b, bericht.Optionen{})
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := bewerte(t, oderSpree(tt.sprache))
			var buf bytes.Buffer
			require.NoError(t, tt.gen(&buf, b))
			vergleicheGolden(t, tt.datei, buf.Bytes())
			// Deterministic: a second run gives the same bytes.
			var noch bytes.Buffer
			require.NoError(t, tt.gen(&noch, bewerte(t, oderSpree(tt.sprache))))
			assert.Equal(t, buf.String(), noch.String())
		})
	}
}
