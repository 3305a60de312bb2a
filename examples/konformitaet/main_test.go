package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const vektoren = "../../testdata/konformitaet"

// kopiereVektoren copies every vector into a temporary directory.
func kopiereVektoren(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	dateien, err := filepath.Glob(filepath.Join(vektoren, "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, dateien)
	for _, d := range dateien {
		data, err := os.ReadFile(d)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, filepath.Base(d)), data, 0o644))
	}
	return dir
}

func TestRunAlleBestanden(t *testing.T) {
	dateien, err := filepath.Glob(filepath.Join(vektoren, "*.json"))
	require.NoError(t, err)
	var out, errOut bytes.Buffer
	require.NoError(t, run([]string{vektoren}, &out, &errOut), "run(%s); stdout:\n%s", vektoren, out.String())
	zeilen := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	require.Len(t, zeilen, len(dateien)+1)
	for i, d := range dateien {
		assert.Equal(t, "ok  "+filepath.Base(d), zeilen[i])
	}
	assert.Equal(t, strings.Join([]string{itoa(len(dateien)), "passed, 0 failed"}, " "), zeilen[len(zeilen)-1])
	assert.Empty(t, errOut.String())
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// TestRunGeaenderteZahl: with one expected figure changed, the run fails and
// names the figure.
func TestRunGeaenderteZahl(t *testing.T) {
	dir := kopiereVektoren(t)
	datei := filepath.Join(dir, "02-regeln-sektoren.json")
	data, err := os.ReadFile(datei)
	require.NoError(t, err)
	var doc map[string]any
	require.NoError(t, json.Unmarshal(data, &doc))
	dims := doc["erwartet"].(map[string]any)["dimensionen"].([]any)
	qd3 := dims[2].(map[string]any)
	require.Equal(t, "QD3", qd3["id"])
	qd3["punkte"] = 76
	data, err = json.MarshalIndent(doc, "", "  ")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(datei, data, 0o644))

	var out, errOut bytes.Buffer
	err = run([]string{dir}, &out, &errOut)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "1 von")
	assert.Contains(t, out.String(), "ok  01-leer.json\nFEHLER 02-regeln-sektoren.json\n    QD3 punkte: 50, erwartet 76\nok  03-selbst-vor-regel.json\n")
	n, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	assert.True(t, strings.HasSuffix(out.String(), "\n"+itoa(len(n)-1)+" passed, 1 failed\n"), "summary line in:\n%s", out.String())
}

// TestRunUnlesbar: an invalid vector fails the run; the error names the file
// and the schema violation, in the chosen language.
func TestRunUnlesbar(t *testing.T) {
	tests := []struct {
		name string
		lang string
		want string
	}{
		{"German", "de", "kaputt.json: ungültiges Dokument (1 Verstoß)\n  /eingabe: Pflichtfeld „einschaetzungen“ fehlt"},
		{"English", "en", "kaputt.json: invalid document (1 violation)\n  /eingabe: required property \"einschaetzungen\" is missing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := kopiereVektoren(t)
			kaputt := `{"$schema": "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/konformitaet.schema.json",
				"beschreibung": "ohne Einschätzungen", "eingabe": {"rahmen": "2.0", "fakten": {}},
				"erwartet": {"dimensionen": [], "gesamt": {"punkte": null, "abdeckung": 0}}}`
			require.NoError(t, os.WriteFile(filepath.Join(dir, "kaputt.json"), []byte(kaputt), 0o644))
			var out, errOut bytes.Buffer
			err := run([]string{"-lang", tt.lang, dir}, &out, &errOut)
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error())
			assert.Contains(t, out.String(), "FEHLER kaputt.json\n    ")
			assert.Contains(t, out.String(), " passed, 1 failed\n")
		})
	}
}

func TestRunAufruf(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no directory", nil, "genau ein Verzeichnis"},
		{"two directories", []string{vektoren, vektoren}, "genau ein Verzeichnis"},
		{"unknown language", []string{"-lang", "fr", vektoren}, `unbekannte Sprache "fr"`},
		{"unknown flag", []string{"-x", vektoren}, "flag provided but not defined"},
		{"empty directory", []string{"."}, "keine *.json-Datei"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			err := run(tt.args, &out, &errOut)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	var out, errOut bytes.Buffer
	assert.NoError(t, run([]string{"-h"}, &out, &errOut))
	assert.Contains(t, errOut.String(), "Aufruf: konformitaet")
}
