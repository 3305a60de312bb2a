package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite golden files")

const profile = "../../testdata/profile/"

var dreiProfile = []string{profile + "oder-spree.json", profile + "musterkreis.json", profile + "beispielstadt.json"}

// personen are the names of persons in the three profiles.
var personen = []string{"Jeanett Kleinert", "Anna Beispielfrau", "Bernd Probemann", "Carla Testerin", "Dora Platzhalter", "Emil Mustergast"}

func fest() time.Time { return time.Date(2026, 11, 25, 9, 30, 0, 0, time.UTC) }

func ausfuehren(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := run(args, &out, &errOut, fest)
	return out.String(), errOut.String(), err
}

// TestGolden pins the output on the three test profiles. Refresh with
// go test ./examples/vergleich -update.
func TestGolden(t *testing.T) {
	faelle := []struct {
		datei string
		args  []string
	}{
		{"vergleich.de.md", nil},
		{"vergleich.en.md", []string{"-lang", "en"}},
		{"vergleich.de.json", []string{"-format", "json"}},
		{"vergleich.anonym.de.json", []string{"-format", "json", "-anonym"}},
	}
	for _, f := range faelle {
		t.Run(f.datei, func(t *testing.T) {
			out, _, err := ausfuehren(t, append(f.args, dreiProfile...)...)
			require.NoError(t, err)
			for _, p := range personen {
				assert.NotContains(t, out, p)
			}
			golden := filepath.Join("..", "..", "testdata", "vergleich", f.datei)
			if *update {
				require.NoError(t, os.WriteFile(golden, []byte(out), 0o644))
				return
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err)
			assert.Equal(t, string(want), out)
		})
	}
}

type aehnlichkeit struct {
	A    string   `json:"a"`
	B    string   `json:"b"`
	Wert *float64 `json:"wert"`
}

func TestJSONAehnlichkeiten(t *testing.T) {
	out, _, err := ausfuehren(t, append([]string{"-format", "json", "-zeitpunkt", "2026-01-01"}, dreiProfile...)...)
	require.NoError(t, err)
	var doc struct {
		Zeitpunkt      string         `json:"zeitpunkt"`
		Aehnlichkeiten []aehnlichkeit `json:"aehnlichkeiten"`
		Kommunen       []struct {
			Name  string `json:"name"`
			Peers []struct {
				Kommune string `json:"kommune"`
			} `json:"peers"`
		} `json:"kommunen"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	assert.Equal(t, "2026-01-01T00:00:00Z", doc.Zeitpunkt)
	require.Len(t, doc.Aehnlichkeiten, 3)
	namen := map[string]bool{"Landkreis Oder-Spree": true, "Landkreis Musterkreis": true, "Stadt Beispielstadt": true}
	paare := map[[2]string]float64{}
	for _, a := range doc.Aehnlichkeiten {
		assert.True(t, namen[a.A], a.A)
		assert.True(t, namen[a.B], a.B)
		assert.NotEqual(t, a.A, a.B)
		require.NotNil(t, a.Wert)
		assert.True(t, *a.Wert >= 0 && *a.Wert <= 1)
		paare[[2]string{a.A, a.B}] = *a.Wert
	}
	// Symmetric: each Kommune's peers carry the pair's value.
	out3, _, err := ausfuehren(t, append([]string{"-format", "json", "-k", "1"}, dreiProfile...)...)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal([]byte(out3), &doc))
	for _, k := range doc.Kommunen {
		assert.Len(t, k.Peers, 1, "-k 1")
	}
}

func TestAnonym(t *testing.T) {
	out, _, err := ausfuehren(t, append([]string{"-anonym"}, dreiProfile...)...)
	require.NoError(t, err)
	assert.Contains(t, out, "Die Profile wurden vor dem Vergleich anonymisiert.")
	out, _, err = ausfuehren(t, append([]string{"-anonym", "-format", "json"}, dreiProfile...)...)
	require.NoError(t, err)
	assert.Contains(t, out, `"anonymisiert": true`)
	for _, p := range personen {
		assert.NotContains(t, out, p)
	}
}

func TestFehler(t *testing.T) {
	dir := t.TempDir()
	kaputt := filepath.Join(dir, "kaputt.json")
	require.NoError(t, os.WriteFile(kaputt, []byte(`{"$schema": "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/profil.schema.json", "einwohner": 1}`), 0o600))
	tests := []struct {
		name   string
		args   []string
		fehler string
		stderr string
	}{
		{"no profile", nil, "mindestens zwei Profile", "Aufruf: vergleich"},
		{"one profile", dreiProfile[:1], "mindestens zwei Profile", "Aufruf: vergleich"},
		{"format", append([]string{"-format", "svg"}, dreiProfile...), `unbekanntes Format "svg"`, ""},
		{"k", append([]string{"-k", "0"}, dreiProfile...), "-k 0", ""},
		{"date", append([]string{"-zeitpunkt", "25.11.2026"}, dreiProfile...), `-zeitpunkt "25.11.2026"`, ""},
		{"lang", append([]string{"-lang", "!!"}, dreiProfile...), "ParseSprache", ""},
		{"flag", []string{"-gibtsnicht"}, "gibtsnicht", ""},
		{"missing file", []string{dreiProfile[0], filepath.Join(dir, "fehlt.json")}, "fehlt.json", ""},
		{"invalid profile", []string{dreiProfile[0], kaputt}, "kein gültiges Profil", "/einwohner"},
		{"same profile twice", []string{dreiProfile[0], dreiProfile[0]}, "„Landkreis Oder-Spree“ ist mehrfach angegeben", ""},
		{"same profile twice, English", []string{"-lang", "en", dreiProfile[0], dreiProfile[0]}, "Kommune \"Landkreis Oder-Spree\" is given more than once", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, err := ausfuehren(t, tt.args...)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.fehler)
			if tt.stderr != "" {
				assert.True(t, strings.Contains(stderr, tt.stderr), "stderr %q lacks %q", stderr, tt.stderr)
			}
		})
	}
}

const bewertungen = "../../testdata/bewertung/"

// TestTrend: -trend on two stored Bewertungen gives the trend that package
// vergleich computes from them in memory (its goldens), in both formats
// and languages; wrong order, a wrong kind of file or a wrong count of
// files are errors that name the file.
func TestTrend(t *testing.T) {
	for _, f := range []struct {
		sprache, format, golden string
	}{
		{"de", "markdown", "trend-oder-spree.de.md"},
		{"en", "markdown", "trend-oder-spree.en.md"},
		{"de", "json", "trend-oder-spree.de.json"},
		{"en", "json", "trend-oder-spree.en.json"},
	} {
		t.Run(f.golden, func(t *testing.T) {
			basis := bewertungen + "trend-oder-spree." + f.sprache
			out, _, err := ausfuehren(t, "-trend", "-format", f.format, basis+".2021.json", basis+".2022.json")
			require.NoError(t, err)
			want, err := os.ReadFile(filepath.Join("..", "..", "testdata", "vergleich", f.golden))
			require.NoError(t, err)
			assert.Equal(t, string(want), out)
		})
	}
	alt, neu := bewertungen+"trend-oder-spree.de.2021.json", bewertungen+"trend-oder-spree.de.2022.json"
	for _, tt := range []struct {
		name   string
		args   []string
		fehler string
		stderr string
	}{
		{"swapped", []string{"-trend", neu, alt}, "liegt nicht vor der neueren", ""},
		{"one file", []string{"-trend", alt}, "genau zwei Bewertungen", "Aufruf: vergleich"},
		{"profile instead", []string{"-trend", dreiProfile[0], neu}, "oder-spree.json ist keine gültige Bewertung", "/$schema"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, err := ausfuehren(t, tt.args...)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.fehler)
			assert.Contains(t, stderr, tt.stderr)
		})
	}
}
