package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fruehehilfen/qualitaetsrahmen/examples/internal/programm"
	"github.com/fruehehilfen/qualitaetsrahmen/examples/internal/programmtest"
)

var update = flag.Bool("update", false, "rewrite golden files")

const profile = "../../testdata/profile/"

var dreiProfile = []string{profile + "oder-spree.json", profile + "musterkreis.json", profile + "beispielstadt.json"}

// personen are the names of persons in the three profiles.
var personen = []string{"Jeanett Kleinert", "Anna Beispielfrau", "Bernd Probemann", "Carla Testerin", "Dora Platzhalter", "Emil Mustergast"}

func fest() time.Time { return time.Date(2026, 11, 25, 9, 30, 0, 0, time.UTC) }

// ausfuehren runs the command with the fixed clock; the error is nil for
// exit status 0 and else names the status and standard error.
func ausfuehren(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := vergleiche(context.Background(), args, strings.NewReader(""), &out, &errOut, fest)
	if code != 0 {
		return out.String(), errOut.String(), fmt.Errorf("exit %d: %s", code, errOut.String())
	}
	return out.String(), errOut.String(), nil
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
	fehlt := filepath.Join(dir, "fehlt.json")
	require.NoError(t, os.WriteFile(kaputt, []byte(`{"$schema": "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/profil.schema.json", "einwohner": 1}`), 0o600))
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string // prefix of stderr
		auch   string // also in stderr
	}{
		{"no profile", nil, 2, "vergleich: mindestens zwei Profile angeben (Hilfe: vergleich -h)\n", ""},
		{"one profile", dreiProfile[:1], 2, "vergleich: mindestens zwei Profile angeben (Hilfe: vergleich -h)\n", ""},
		{"format", append([]string{"-format", "svg"}, dreiProfile...), 2, "vergleich: unbekannter Wert „svg“ für -format; erlaubt sind markdown, md, json (Hilfe: vergleich -h)\n", ""},
		{"k", append([]string{"-k", "0"}, dreiProfile...), 2, "vergleich: „0“ für -k ist keine ganze Zahl ab 1 (Hilfe: vergleich -h)\n", ""},
		{"date", append([]string{"-zeitpunkt", "25.11.2026"}, dreiProfile...), 2, "vergleich: „25.11.2026“ für -zeitpunkt ist kein Datum der Form JJJJ-MM-TT (Hilfe: vergleich -h)\n", ""},
		{"lang", append([]string{"-lang", "!!"}, dreiProfile...), 2, "vergleich: unbekannter Wert „!!“ für -lang; erlaubt sind de, en (Hilfe: vergleich -h)\n", ""},
		{"flag", []string{"-gibtsnicht"}, 2, "vergleich: unbekannte Option -gibtsnicht; erlaubt sind -anonym, -format, -k, -lang, -trend, -zeitpunkt, -h (Hilfe: vergleich -h)\n", ""},
		{"missing file", []string{dreiProfile[0], fehlt}, 1, "vergleich: " + fehlt + ": nicht gefunden\n", ""},
		{"invalid profile", []string{dreiProfile[0], kaputt}, 1, "vergleich: " + kaputt + ": ungültiges Dokument", ""},
		{"same profile twice", []string{dreiProfile[0], dreiProfile[0]}, 1, "vergleich: ", "Kommune „Landkreis Oder-Spree“ ist mehrfach angegeben\n"},
		{"same profile twice, English", []string{"-lang", "en", dreiProfile[0], dreiProfile[0]}, 1, "vergleich: ", "Kommune \"Landkreis Oder-Spree\" is given more than once\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := vergleiche(context.Background(), tt.args, strings.NewReader(""), &out, &errOut, fest)
			assert.Equal(t, tt.code, code)
			assert.Empty(t, out.String())
			assert.True(t, strings.HasPrefix(errOut.String(), tt.stderr), "stderr %q, want %q", errOut.String(), tt.stderr)
			assert.Contains(t, errOut.String(), tt.auch)
			assert.Equal(t, 1, strings.Count(errOut.String(), "vergleich: "), "one message")
		})
	}
}

func TestEinheitlich(t *testing.T) {
	programmtest.Einheitlich(t, run, programmtest.Fall{Name: "vergleich", Datei: func(name string) []string { return []string{dreiProfile[0], name} }})
}

func TestTexte(t *testing.T) {
	require.NoError(t, programm.PruefeTexte(texte, os.DirFS(".")))
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
			code, out, _ := programmtest.Lauf(run, nil, "-trend", "-format", f.format, basis+".2021.json", basis+".2022.json")
			require.Equal(t, programm.CodeOK, code)
			want, err := os.ReadFile(filepath.Join("..", "..", "testdata", "vergleich", f.golden))
			require.NoError(t, err)
			assert.Equal(t, string(want), out)
		})
	}
	alt, neu := bewertungen+"trend-oder-spree.de.2021.json", bewertungen+"trend-oder-spree.de.2022.json"
	for _, tt := range []struct {
		name   string
		args   []string
		code   int
		stderr []string
	}{
		{"swapped", []string{"-trend", neu, alt}, programm.CodeBefund, []string{"liegt nicht vor der neueren"}},
		{"one file", []string{"-trend", alt}, programm.CodeAufruf, []string{"genau zwei Bewertungen"}},
		{"profile instead", []string{"-trend", dreiProfile[0], neu}, programm.CodeBefund, []string{"oder-spree.json", "/$schema"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := programmtest.Lauf(run, nil, tt.args...)
			assert.Equal(t, tt.code, code)
			for _, s := range tt.stderr {
				assert.Contains(t, stderr, s)
			}
		})
	}
}
