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

	"github.com/fruehehilfen/qualitaetsrahmen/examples/internal/programm"
	"github.com/fruehehilfen/qualitaetsrahmen/examples/internal/programmtest"
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
	for _, tc := range []struct {
		lang    string
		schluss []string
	}{
		{"de", []string{itoa(len(dateien)) + " bestanden, 0 nicht bestanden", itoa(len(dateien)) + " passed, 0 failed"}},
		{"en", []string{itoa(len(dateien)) + " passed, 0 failed"}},
	} {
		code, out, errOut := programmtest.Lauf(run, nil, "-lang", tc.lang, vektoren)
		require.Equal(t, 0, code, "run(%s); stdout:\n%s", vektoren, out)
		zeilen := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		require.Len(t, zeilen, len(dateien)+len(tc.schluss))
		for i, d := range dateien {
			assert.Equal(t, "ok  "+filepath.Base(d), zeilen[i])
		}
		assert.Equal(t, tc.schluss, zeilen[len(dateien):])
		assert.Empty(t, errOut)
	}
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

	code, out, errOut := programmtest.Lauf(run, nil, dir)
	require.Equal(t, programm.CodeBefund, code)
	assert.Empty(t, errOut, "the differences are printed once, on stdout")
	assert.Contains(t, out, "ok  01-leer.json\nFEHLER 02-regeln-sektoren.json\n    dimensionen: QD3 punkte: 50, erwartet 76\nok  03-selbst-vor-regel.json\n")
	n, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	assert.True(t, strings.HasSuffix(out, "\n"+itoa(len(n)-1)+" bestanden, 1 nicht bestanden\n"+itoa(len(n)-1)+" passed, 1 failed\n"), "summary lines in:\n%s", out)

	code, out, _ = programmtest.Lauf(run, nil, "-lang", "en", dir)
	require.Equal(t, programm.CodeBefund, code)
	assert.Contains(t, out, "FAIL 02-regeln-sektoren.json\n    dimensionen: QD3 punkte: 50, expected 76\n")
}

// TestRunUnlesbar: an invalid vector fails the run; the output names the
// file and the schema violation, in the chosen language, once.
func TestRunUnlesbar(t *testing.T) {
	tests := []struct {
		name string
		lang string
		want string
	}{
		{"German", "de", "FEHLER kaputt.json\n    ungültiges Dokument (1 Verstoß)\n    /eingabe: Pflichtfeld „einschaetzungen“ fehlt\n"},
		{"English", "en", "FAIL kaputt.json\n    invalid document (1 violation)\n    /eingabe: required property \"einschaetzungen\" is missing\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := kopiereVektoren(t)
			kaputt := `{"$schema": "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/konformitaet.schema.json",
				"beschreibung": "ohne Einschätzungen", "eingabe": {"rahmen": "2.0", "fakten": {}},
				"erwartet": {"dimensionen": [], "gesamt": {"punkte": null, "abdeckung": 0}}}`
			require.NoError(t, os.WriteFile(filepath.Join(dir, "kaputt.json"), []byte(kaputt), 0o644))
			code, out, errOut := programmtest.Lauf(run, nil, "-lang", tt.lang, dir)
			require.Equal(t, programm.CodeBefund, code)
			assert.Contains(t, out, tt.want)
			assert.Equal(t, 1, strings.Count(out, "einschaetzungen"), "the violation is printed once:\n%s", out)
			assert.Empty(t, errOut)
			assert.Contains(t, out, " passed, 1 failed\n")
		})
	}
}

func TestRunAufruf(t *testing.T) {
	programmtest.Einheitlich(t, run, programmtest.Fall{Name: "konformitaet", Datei: func(name string) []string { return []string{name} }})
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no directory", nil, 2, "konformitaet: genau ein Verzeichnis angeben (Hilfe: konformitaet -h)\n"},
		{"two directories", []string{vektoren, vektoren}, 2, "konformitaet: genau ein Verzeichnis angeben (Hilfe: konformitaet -h)\n"},
		{"two directories, English", []string{"-lang", "en", vektoren, vektoren}, 2, "konformitaet: give exactly one directory (help: konformitaet -h)\n"},
		{"empty directory", []string{"."}, 1, "konformitaet: .: keine *.json-Datei im Verzeichnis\n"},
		{"a file", []string{"main.go"}, 1, "konformitaet: main.go: ist kein Verzeichnis\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := programmtest.Lauf(run, nil, tt.args...)
			assert.Equal(t, tt.code, code)
			assert.Empty(t, out)
			assert.Equal(t, tt.want, errOut)
		})
	}
}

func TestTexte(t *testing.T) {
	require.NoError(t, programm.PruefeTexte(texte, os.DirFS(".")))
}

// TestRunTeile: each part of "erwartet" that differs is named, in both
// languages: a spread, a pre-assessment and an expected refusal.
func TestRunTeile(t *testing.T) {
	dir := kopiereVektoren(t)
	aendere := func(name string, f func(erwartet map[string]any)) {
		datei := filepath.Join(dir, name)
		data, err := os.ReadFile(datei)
		require.NoError(t, err)
		var doc map[string]any
		d := json.NewDecoder(bytes.NewReader(data))
		d.UseNumber() // the vectors' decimals stay as written
		require.NoError(t, d.Decode(&doc))
		f(doc["erwartet"].(map[string]any))
		data, err = json.MarshalIndent(doc, "", "  ")
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(datei, data, 0o644))
	}
	aendere("24-stichtag.json", func(e map[string]any) {
		e["streuung"].([]any)[0].(map[string]any)["median"] = 3 // as if the late rating counted
	})
	aendere("28-exakte-vergleiche.json", func(e map[string]any) {
		e["vorbewertungen"] = append([]any{map[string]any{"entwicklungsziel": "QD4.T1.Z1", "regel": "g1", "stufe": 4}}, e["vorbewertungen"].([]any)...)
	})
	aendere("41-fehler-runde.json", func(e map[string]any) {
		e["fehler"].([]any)[0].(map[string]any)["zeiger"] = "/eingabe/runden"
	})
	code, out, _ := programmtest.Lauf(run, nil, dir)
	require.Equal(t, programm.CodeBefund, code)
	assert.Contains(t, out, "FEHLER 24-stichtag.json\n    streuung: 1: QD3.T1.Z1 anzahl 2, nichtBeurteilbar 0, median 1, spannweite 2, divergent true, erwartet QD3.T1.Z1 anzahl 2, nichtBeurteilbar 0, median 3, spannweite 2, divergent true\n")
	assert.Contains(t, out, "FEHLER 28-exakte-vergleiche.json\n    vorbewertungen: 1: QD4.T1.Z2 g2 1, erwartet QD4.T1.Z1 g1 4\n")
	assert.Contains(t, out, "FEHLER 41-fehler-runde.json\n    fehler: 1: /eingabe/runde verweis, erwartet /eingabe/runden verweis\n")
	code, out, _ = programmtest.Lauf(run, nil, "-lang", "en", dir)
	require.Equal(t, programm.CodeBefund, code)
	assert.Contains(t, out, "FAIL 28-exakte-vergleiche.json\n    vorbewertungen: 1: QD4.T1.Z2 g2 1, expected QD4.T1.Z1 g1 4\n")
	assert.True(t, strings.HasSuffix(out, " passed, 3 failed\n"), out)
}
