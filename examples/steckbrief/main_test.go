package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
)

func TestRun(t *testing.T) {
	seed := "../../testdata/steckbriefe/oder-spree.md"
	for _, tc := range []struct {
		name     string
		args     []string
		stdin    string
		wantOut  string // substring of stdout
		wantErr  string // substring of the error, "" for none
		wantWarn string // substring of stderr
	}{
		{name: "Steckbrief zu JSON", args: []string{seed}, wantOut: `"$schema": "` + kommune.SchemaID + `"`},
		{name: "Steckbrief zu Markdown", args: []string{"-format", "markdown", seed}, wantOut: "FH-Gremien\t1 Strategie- und Lenkungsgruppe, 6 Steuerungsgruppen\n"},
		{name: "Profil zu Markdown", args: []string{"-format", "markdown", "../../testdata/profile/oder-spree.json"}, wantOut: "# Landkreis Oder-Spree, Brandenburg\n"},
		{name: "Profil zu JSON", args: []string{"../../testdata/profile/oder-spree.json"}, wantOut: `"einschaetzungen": [`},
		{name: "Standardeingabe mit Warnung", stdin: "# A, Bayern\n## KOMMUNALSTRUKTUR\nFläche\t3\n", wantOut: `"weitere"`,
			wantWarn: "-:3: Beschriftung „Fläche“ ist unbekannt"},
		{name: "Warnung englisch", args: []string{"-sprache", "en", "-"}, stdin: "# A, Bayern\n## KOMMUNALSTRUKTUR\nFläche\t3\n",
			wantWarn: "-:3: label \"Fläche\" is unknown"},
		{name: "ungültiges Profil", args: []string{"../../testdata/ungueltig/profil-ohne-name.json"}, wantErr: "Pflichtfeld „name“ fehlt"},
		{name: "Steckbrief ohne Namen", stdin: "## Unsere Projektziele\n- x\n", wantErr: "Name der Kommune fehlt"},
		{name: "Steckbrief ohne Namen als Markdown", args: []string{"-format", "markdown"}, stdin: "## Unsere Projektziele\n- x\n", wantOut: "- x\n"},
		{name: "falsches Format", args: []string{"-format", "pdf", seed}, wantErr: `-format "pdf"`},
		{name: "zwei Dateien", args: []string{seed, seed}, wantErr: "höchstens eine Datei"},
		{name: "Datei fehlt", args: []string{"gibt-es-nicht.md"}, wantErr: "gibt-es-nicht.md"},
		{name: "unbekannte Flagge", args: []string{"-x"}, wantErr: "flag provided but not defined"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			err := run(tc.args, strings.NewReader(tc.stdin), &out, &errOut)
			if tc.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tc.wantErr)
				return
			}
			require.NoError(t, err, "stderr: %s", errOut.String())
			assert.Contains(t, out.String(), tc.wantOut)
			if tc.wantWarn != "" {
				assert.Contains(t, errOut.String(), tc.wantWarn)
			}
		})
	}
}

// TestRunRundreise converts the seed to JSON, the JSON back to Markdown, and
// compares with the golden import and the seed text.
func TestRunRundreise(t *testing.T) {
	seed := "../../testdata/steckbriefe/oder-spree.md"
	var doc, md, errOut bytes.Buffer
	require.NoError(t, run([]string{seed}, nil, &doc, &errOut))
	assert.Empty(t, errOut.String())
	want, err := os.ReadFile("../../testdata/steckbriefe/oder-spree.profil.json")
	require.NoError(t, err)
	assert.Equal(t, string(want), doc.String())

	datei := filepath.Join(t.TempDir(), "profil.json")
	require.NoError(t, os.WriteFile(datei, doc.Bytes(), 0o644))
	require.NoError(t, run([]string{"-format", "markdown", datei}, nil, &md, &errOut))
	text, err := os.ReadFile(seed)
	require.NoError(t, err)
	assert.Equal(t, strings.TrimRight(strings.ReplaceAll(string(text), "\n\n\n\n", "\n\n"), "\n"), strings.TrimRight(md.String(), "\n"))
}
