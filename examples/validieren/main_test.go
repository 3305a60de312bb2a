package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fruehehilfen/qualitaetsrahmen/examples/internal/programmtest"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

const testdata = "../../testdata"

// gueltigeDokumente returns every JSON document under testdata/ that names a
// "$schema", except the invalid ones.
func gueltigeDokumente(t *testing.T) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(testdata, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "ungueltig" {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(p, ".json") {
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			if bytes.Contains(data, []byte(`"$schema"`)) {
				out = append(out, p)
			}
		}
		return nil
	})
	require.NoError(t, err)
	return out
}

func TestGueltigeDokumente(t *testing.T) {
	docs := gueltigeDokumente(t)
	require.NotEmpty(t, docs)
	for _, p := range docs {
		t.Run(filepath.ToSlash(strings.TrimPrefix(p, testdata+"/")), func(t *testing.T) {
			code, out, errOut := programmtest.Lauf(run, nil, p)
			require.Equal(t, 0, code, "run(%s) output:\n%s%s", p, out, errOut)
			assert.Contains(t, out, p+": ok (")
		})
	}
}

// TestUngueltigeDokumente checks that every document under
// testdata/ungueltig/ is rejected and that the output lists exactly the
// violations of its golden file.
func TestUngueltigeDokumente(t *testing.T) {
	namen, err := filepath.Glob(filepath.Join(testdata, "ungueltig", "*.json"))
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(namen), 8, "testdata/ungueltig should hold at least eight invalid documents")
	for _, p := range namen {
		t.Run(filepath.Base(p), func(t *testing.T) {
			code, out, _ := programmtest.Lauf(run, nil, p)
			require.Equal(t, 1, code)
			golden := strings.TrimSuffix(p, ".json") + ".fehler.txt"
			want, gerr := os.ReadFile(golden)
			require.NoError(t, gerr, "golden file %s", golden)
			if alsArtGeprueft(t, p) {
				assert.Equal(t, p+": "+string(want), out)
			} else {
				// The document does not say it is of the kind its package
				// reads (no object, another "$schema"): validieren goes by
				// "$schema" and reports that instead of the package's view.
				assert.Contains(t, out, p+": ungültiges Dokument")
			}
		})
	}
}

func TestEnglisch(t *testing.T) {
	p := filepath.Join(t.TempDir(), "x.json")
	require.NoError(t, os.WriteFile(p, []byte(`{"$schema": "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/zuschnitt.schema.json", "rahmen": "3.0"}`), 0o600))
	code, out, _ := programmtest.Lauf(run, nil, "-lang", "en", p)
	require.Equal(t, 1, code)
	assert.Contains(t, out, "invalid document (1 violation)")
	assert.Contains(t, out, "/rahmen: value \"3.0\" is not allowed")
}

func TestFremdesSchemaWirdNichtGeladen(t *testing.T) {
	for _, s := range []string{"https://example.org/evil.schema.json", "file:///etc/passwd", ""} {
		p := filepath.Join(t.TempDir(), "x.json")
		require.NoError(t, os.WriteFile(p, []byte(`{"$schema": "`+s+`"}`), 0o600))
		code, out, _ := programmtest.Lauf(run, nil, p)
		require.Equal(t, 1, code, "$schema %q", s)
		assert.Contains(t, out, "/$schema", "$schema %q", s)
	}
}

func TestMehrereDateienUndFehler(t *testing.T) {
	dir := t.TempDir()
	ok := filepath.Join(dir, "ok.json")
	kaputt := filepath.Join(dir, "kaputt.json")
	require.NoError(t, os.WriteFile(ok, []byte(`{"$schema": "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/zuschnitt.schema.json", "rahmen": "2.0", "schwerpunkte": ["QD3"]}`), 0o600))
	require.NoError(t, os.WriteFile(kaputt, []byte("{\n  \"a\": [1, 2,\n"), 0o600))
	code, out, errOut := programmtest.Lauf(run, nil, ok, kaputt, filepath.Join(dir, "fehlt.json"))
	require.Equal(t, 1, code)
	assert.Contains(t, out, ok+": ok (zuschnitt)")
	assert.Contains(t, out, kaputt+": ungültiges Dokument (1 Verstoß)")
	assert.Contains(t, out, "kein gültiges JSON")
	assert.Contains(t, errOut, "fehlt.json: nicht gefunden")
}

func TestAufruf(t *testing.T) {
	code, out, errOut := programmtest.Lauf(run, nil)
	assert.Equal(t, 2, code)
	assert.Empty(t, out)
	assert.Equal(t, "validieren: keine Datei angegeben (Hilfe: validieren -h)\n", errOut)
	programmtest.Einheitlich(t, run, programmtest.Fall{Name: "validieren", Datei: func(name string) []string { return []string{name} }})
}

// TestStandardeingabe: "-" validates standard input.
func TestStandardeingabe(t *testing.T) {
	doc := `{"$schema": "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/zuschnitt.schema.json", "rahmen": "2.0", "schwerpunkte": ["QD3"]}`
	code, out, errOut := programmtest.Lauf(run, strings.NewReader(doc), "-")
	assert.Equal(t, 0, code, errOut)
	assert.Equal(t, "Standardeingabe: ok (zuschnitt)\n", out)
}

// alsArtGeprueft reports whether validieren checks the document as the kind
// its file name names (the prefix before the first "-", e.g. "ziele-…"):
// true when its "$schema" names that kind.
func alsArtGeprueft(t *testing.T, p string) bool {
	t.Helper()
	data, err := os.ReadFile(p)
	require.NoError(t, err)
	wert, err := schema.Standard().Dekodiere(data)
	if err != nil {
		return true // syntax and limit errors come before any kind
	}
	art, err := schema.ArtVon(wert)
	if err != nil {
		return false
	}
	praefix, _, _ := strings.Cut(filepath.Base(p), "-")
	return string(art) == praefix
}
