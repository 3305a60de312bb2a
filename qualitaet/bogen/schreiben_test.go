package bogen_test

import (
	"bytes"
	"encoding/csv"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/bogen"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// golden compares got with the file name under testdata/boegen, or rewrites
// it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	p := filepath.Join(testdata, name)
	if *update {
		require.NoError(t, os.WriteFile(p, got, 0o644))
		return
	}
	want, err := os.ReadFile(p)
	require.NoError(t, err, "golden file missing; run with -update")
	assert.Equal(t, string(want), string(got), "output differs from %s (refresh with -update)", p)
}

func rahmen(t *testing.T, v qualitaet.Version) *qualitaet.Rahmen {
	t.Helper()
	r, err := qualitaet.RahmenVersion(v)
	require.NoError(t, err)
	return r
}

func TestSchreibeGolden(t *testing.T) {
	tests := []struct {
		datei  string
		rahmen qualitaet.Version
		opt    bogen.Optionen
	}{
		{"vorlage-qd3.md", qualitaet.Version20, bogen.Optionen{Dimensionen: []int{3}}},
		{"vorlage-qd3.csv", qualitaet.Version20, bogen.Optionen{Format: bogen.CSV, Dimensionen: []int{3}}},
		{"vorlage-qd3-qd7-en.md", qualitaet.Version20, bogen.Optionen{Dimensionen: []int{7, 3}, Sprache: language.English}},
		{"vorlage-2016.csv", qualitaet.Version2016, bogen.Optionen{Format: bogen.CSV}},
	}
	for _, tt := range tests {
		t.Run(tt.datei, func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, bogen.Schreibe(&b, rahmen(t, tt.rahmen), tt.opt))
			golden(t, tt.datei, b.Bytes())
		})
	}
}

// TestSchreibeInhalt checks what every sheet must hold, independent of the
// golden files: every selected goal once, in catalogue order, and nothing
// else.
func TestSchreibeInhalt(t *testing.T) {
	r := qualitaet.Standard()
	tests := []struct {
		name        string
		dimensionen []int
		want        []int
	}{
		{"alle", nil, []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}},
		{"leer heißt alle", []int{}, []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}},
		{"eine", []int{3}, []int{3}},
		{"Reihenfolge des Katalogs", []int{10, 3, 7}, []int{3, 7, 10}},
		{"doppelt", []int{3, 3}, []int{3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want []string
			for _, n := range tt.want {
				for _, th := range r.Dimensionen[n-1].Themen {
					for _, z := range th.Entwicklungsziele {
						want = append(want, string(z.ID))
					}
				}
			}

			var csvOut, md bytes.Buffer
			require.NoError(t, bogen.Schreibe(&csvOut, r, bogen.Optionen{Format: bogen.CSV, Dimensionen: tt.dimensionen}))
			require.NoError(t, bogen.Schreibe(&md, r, bogen.Optionen{Dimensionen: tt.dimensionen}))

			cr := csv.NewReader(bytes.NewReader(csvOut.Bytes()))
			cr.Comma = ';'
			zeilen, err := cr.ReadAll()
			require.NoError(t, err, "the CSV sheet reads back as CSV (texts with ';' are quoted)")
			assert.Equal(t, "entwicklungsziel;ziel;herkunft;person;kennung;sektor;ebene;runde;stufe;entwicklungsbedarf;datum;kommentar", strings.Join(zeilen[0], ";"))
			var got []string
			for _, felder := range zeilen[1:] {
				got = append(got, felder[0])
				id := qualitaet.ID(felder[0])
				ez, ok := r.Entwicklungsziel(id)
				require.True(t, ok, id)
				assert.Equal(t, string(ez.Herkunft), felder[2], "herkunft of %s", id)
			}
			assert.Equal(t, want, got, "CSV rows")

			var mdIDs []string
			for _, z := range strings.Split(md.String(), "\n") {
				if f := strings.Split(z, "|"); len(f) == 8 && strings.Contains(f[1], ".Z") {
					mdIDs = append(mdIDs, strings.TrimSpace(f[1]))
				}
			}
			assert.Equal(t, want, mdIDs, "Markdown rows")
		})
	}
}

func TestSchreibeMarkdownSkala(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, bogen.Schreibe(&b, nil, bogen.Optionen{Dimensionen: []int{3}}))
	for _, s := range qualitaet.StandardRegelwerk().Skala {
		assert.Contains(t, b.String(), "| "+s.Stufe.String()[len("Stufe "):]+" | "+s.Bezeichnung+" | "+s.Beschreibung+" |")
	}
	assert.Contains(t, b.String(), "| k. A. | nicht beurteilbar |")
	assert.Contains(t, b.String(), "| Name oder Rolle | Kennung (falls vergeben) | Sektor | Ebene (strategisch/operativ) | Runde | Datum |")
	assert.Contains(t, b.String(), "## QD 3 Netzwerk")
	assert.Contains(t, b.String(), "### QD3.T2 Verständnis der Frühen Hilfen und der Netzwerkarbeit [")
	// Provenance: a legend, and a mark at every goal.
	assert.Contains(t, b.String(), "## Herkunft der Themen und Entwicklungsziele")
	assert.Contains(t, b.String(), "| NZFH | vom NZFH veröffentlicht, in den Worten dieser Bibliothek wiedergegeben |")
	assert.Contains(t, b.String(), "| QD3.T1.Z1 | NZFH | Das Netzwerk Frühe Hilfen besteht")
}

func TestSchreibeEigenerRegelwerkUndEscaping(t *testing.T) {
	rw := qualitaet.StandardRegelwerk()
	rw.Skala[2].Bezeichnung = "halb | halb"
	r := qualitaet.Standard()
	r.Dimensionen[2].Themen[0].Entwicklungsziele[0].Text = "Text mit | Strich\nund Umbruch"
	var b bytes.Buffer
	require.NoError(t, bogen.Schreibe(&b, r, bogen.Optionen{Dimensionen: []int{3}, Regelwerk: rw}))
	assert.Contains(t, b.String(), `| 2 | halb \| halb |`)
	assert.Contains(t, b.String(), `| QD3.T1.Z1 | NZFH | Text mit \| Strich und Umbruch | | |`)

	b.Reset()
	require.NoError(t, bogen.Schreibe(&b, r, bogen.Optionen{Format: bogen.CSV, Dimensionen: []int{3}, BOM: true}))
	assert.True(t, strings.HasPrefix(b.String(), "\uFEFFentwicklungsziel;"), "BOM first")
	assert.Contains(t, b.String(), "QD3.T1.Z1;\"Text mit | Strich\nund Umbruch\";nzfh;;;;;;;;;\n", "line breaks are quoted")
}

func TestSchreibeFehler(t *testing.T) {
	tests := []struct {
		name   string
		rahmen qualitaet.Version
		opt    bogen.Optionen
		nummer int
	}{
		{"QD 10 im Rahmen 2016", qualitaet.Version2016, bogen.Optionen{Dimensionen: []int{3, 10}}, 10},
		{"QD 0", qualitaet.Version20, bogen.Optionen{Format: bogen.CSV, Dimensionen: []int{0}}, 0},
		{"QD 11", qualitaet.Version20, bogen.Optionen{Dimensionen: []int{11}}, 11},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			err := bogen.Schreibe(&b, rahmen(t, tt.rahmen), tt.opt)
			var df *bogen.DimensionFehler
			require.True(t, errors.As(err, &df), "Schreibe error = %v, want *DimensionFehler", err)
			assert.Equal(t, tt.nummer, df.Nummer)
			assert.Contains(t, df.Error(), "gibt es im Qualitätsrahmen")
			assert.Contains(t, df.Text(language.English), "does not exist in the")
			assert.Empty(t, b.String(), "nothing written on error")
		})
	}

	var b bytes.Buffer
	err := bogen.Schreibe(&b, nil, bogen.Optionen{Format: "pdf"})
	require.Error(t, err)
	assert.Contains(t, err.Error(), `"pdf"`)
	assert.Empty(t, b.String())
}

type kaputt struct{}

func (kaputt) Write([]byte) (int, error) { return 0, errors.New("Platte voll") }

func TestSchreibeSchreibfehler(t *testing.T) {
	err := bogen.Schreibe(kaputt{}, nil, bogen.Optionen{Dimensionen: []int{3}})
	assert.EqualError(t, err, "Platte voll")
}
