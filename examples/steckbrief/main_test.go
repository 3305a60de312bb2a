package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fruehehilfen/qualitaetsrahmen/examples/internal/programm"
	"github.com/fruehehilfen/qualitaetsrahmen/examples/internal/programmtest"
	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
)

func TestRun(t *testing.T) {
	seed := "../../testdata/steckbriefe/oder-spree.md"
	for _, tc := range []struct {
		name     string
		args     []string
		stdin    string
		wantOut  string // substring of stdout
		wantCode int    // exit status
		wantErr  string // substring of stderr on failure
		wantWarn string // substring of stderr
	}{
		{name: "Steckbrief zu JSON", args: []string{seed}, wantOut: `"$schema": "` + kommune.SchemaID + `"`},
		{name: "Steckbrief zu Markdown", args: []string{"-format", "markdown", seed}, wantOut: "FH-Gremien\t1 Strategie- und Lenkungsgruppe, 6 Steuerungsgruppen\n"},
		{name: "Profil zu Markdown", args: []string{"-format", "markdown", "../../testdata/profile/oder-spree.json"}, wantOut: "# Landkreis Oder-Spree, Brandenburg\n"},
		{name: "Profil zu JSON", args: []string{"../../testdata/profile/oder-spree.json"}, wantOut: `"einschaetzungen": [`},
		{name: "Standardeingabe mit Warnung", args: []string{"-"}, stdin: "# A, Bayern\n## KOMMUNALSTRUKTUR\nFläche\t3\n", wantOut: `"weitere"`,
			wantWarn: "-:3: Beschriftung „Fläche“ ist unbekannt"},
		{name: "Warnung englisch", args: []string{"-lang", "en", "-"}, stdin: "# A, Bayern\n## KOMMUNALSTRUKTUR\nFläche\t3\n",
			wantWarn: "-:3: label \"Fläche\" is unknown"},
		{name: "ungültiges Profil", args: []string{"../../testdata/ungueltig/profil-ohne-name.json"}, wantCode: 1, wantErr: "steckbrief: ../../testdata/ungueltig/profil-ohne-name.json: ungültiges Dokument"},
		{name: "Steckbrief ohne Namen", args: []string{"-"}, stdin: "## Unsere Projektziele\n- x\n", wantCode: 1, wantErr: "steckbrief: Standardeingabe: ungültiges Dokument (1 Verstoß)\n  /name: Name der Kommune fehlt"},
		{name: "Steckbrief ohne Namen als Markdown", args: []string{"-format", "markdown", "-"}, stdin: "## Unsere Projektziele\n- x\n", wantOut: "- x\n"},
		{name: "ohne Datei keine Standardeingabe", stdin: "# A, Bayern\n", wantCode: 2, wantErr: "steckbrief: genau eine Datei angeben (- für die Standardeingabe) (Hilfe: steckbrief -h)\n"},
		{name: "ohne Datei englisch", args: []string{"-lang", "en"}, wantCode: 2, wantErr: "steckbrief: give exactly one file (- for standard input) (help: steckbrief -h)\n"},
		{name: "falsches Format", args: []string{"-format", "pdf", seed}, wantCode: 2, wantErr: "unbekannter Wert „pdf“ für -format; erlaubt sind json, markdown"},
		{name: "zwei Dateien", args: []string{seed, seed}, wantCode: 2, wantErr: "genau eine Datei"},
		{name: "Datei fehlt", args: []string{"gibt-es-nicht.md"}, wantCode: 1, wantErr: "steckbrief: gibt-es-nicht.md: nicht gefunden\n"},
		{name: "Datei fehlt englisch", args: []string{"-lang", "en", "gibt-es-nicht.md"}, wantCode: 1, wantErr: "steckbrief: gibt-es-nicht.md: not found\n"},
		{name: "unbekannte Flagge", args: []string{"-x"}, wantCode: 2, wantErr: "unbekannte Option -x"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := programmtest.Lauf(run, strings.NewReader(tc.stdin), tc.args...)
			require.Equal(t, tc.wantCode, code, "stderr: %s", errOut)
			if tc.wantErr != "" {
				assert.Contains(t, errOut, tc.wantErr)
				assert.Empty(t, out)
				return
			}
			assert.Contains(t, out, tc.wantOut)
			if tc.wantWarn != "" {
				assert.Contains(t, errOut, tc.wantWarn)
			}
		})
	}
}

// TestRunRundreise converts the seed to JSON, the JSON back to Markdown, and
// compares with the golden import and the seed text.
func TestRunRundreise(t *testing.T) {
	seed := "../../testdata/steckbriefe/oder-spree.md"
	code, doc, errOut := programmtest.Lauf(run, nil, seed)
	require.Equal(t, 0, code, errOut)
	assert.Empty(t, errOut)
	want, err := os.ReadFile("../../testdata/steckbriefe/oder-spree.profil.json")
	require.NoError(t, err)
	assert.Equal(t, string(want), doc)

	datei := filepath.Join(t.TempDir(), "profil.json")
	require.NoError(t, os.WriteFile(datei, []byte(doc), 0o644))
	code, md, errOut := programmtest.Lauf(run, nil, "-format", "markdown", datei)
	require.Equal(t, 0, code, errOut)
	text, err := os.ReadFile(seed)
	require.NoError(t, err)
	assert.Equal(t, strings.TrimRight(strings.ReplaceAll(string(text), "\n\n\n\n", "\n\n"), "\n"), strings.TrimRight(md, "\n"))
}

func TestEinheitlich(t *testing.T) {
	programmtest.Einheitlich(t, run, programmtest.Fall{Name: "steckbrief", Datei: func(name string) []string { return []string{name} }})
}

func TestTexte(t *testing.T) {
	require.NoError(t, programm.PruefeTexte(texte, os.DirFS(".")))
}
