package main

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
			var out, errOut bytes.Buffer
			err := run([]string{p}, &out, &errOut)
			require.NoError(t, err, "run(%s) output:\n%s", p, out.String())
			assert.Contains(t, out.String(), p+": ok (")
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
			var out, errOut bytes.Buffer
			err := run([]string{p}, &out, &errOut)
			require.ErrorIs(t, err, errUngueltig)
			golden := strings.TrimSuffix(p, ".json") + ".fehler.txt"
			want, gerr := os.ReadFile(golden)
			require.NoError(t, gerr, "golden file %s", golden)
			if alsArtGeprueft(t, p) {
				assert.Equal(t, p+": "+string(want), out.String())
			} else {
				// The document does not say it is of the kind its package
				// reads (no object, another "$schema"): validieren goes by
				// "$schema" and reports that instead of the package's view.
				assert.Contains(t, out.String(), p+": ungültiges Dokument")
			}
		})
	}
}

func TestEnglisch(t *testing.T) {
	p := filepath.Join(t.TempDir(), "x.json")
	require.NoError(t, os.WriteFile(p, []byte(`{"$schema": "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/zuschnitt.schema.json", "rahmen": "3.0"}`), 0o600))
	var out, errOut bytes.Buffer
	err := run([]string{"-lang", "en", p}, &out, &errOut)
	require.ErrorIs(t, err, errUngueltig)
	assert.Contains(t, out.String(), "invalid document (1 violation)")
	assert.Contains(t, out.String(), "/rahmen: value \"3.0\" is not allowed")
}

func TestFremdesSchemaWirdNichtGeladen(t *testing.T) {
	for _, s := range []string{"https://example.org/evil.schema.json", "file:///etc/passwd", ""} {
		p := filepath.Join(t.TempDir(), "x.json")
		require.NoError(t, os.WriteFile(p, []byte(`{"$schema": "`+s+`"}`), 0o600))
		var out, errOut bytes.Buffer
		err := run([]string{p}, &out, &errOut)
		require.ErrorIs(t, err, errUngueltig, "$schema %q", s)
		assert.Contains(t, out.String(), "/$schema", "$schema %q", s)
	}
}

func TestMehrereDateienUndFehler(t *testing.T) {
	dir := t.TempDir()
	ok := filepath.Join(dir, "ok.json")
	kaputt := filepath.Join(dir, "kaputt.json")
	require.NoError(t, os.WriteFile(ok, []byte(`{"$schema": "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/zuschnitt.schema.json", "rahmen": "2.0", "schwerpunkte": ["QD3"]}`), 0o600))
	require.NoError(t, os.WriteFile(kaputt, []byte("{\n  \"a\": [1, 2,\n"), 0o600))
	var out, errOut bytes.Buffer
	err := run([]string{ok, kaputt, filepath.Join(dir, "fehlt.json")}, &out, &errOut)
	require.ErrorIs(t, err, errUngueltig)
	assert.Contains(t, out.String(), ok+": ok (zuschnitt)")
	assert.Contains(t, out.String(), kaputt+": ungültiges Dokument (1 Verstoß)")
	assert.Contains(t, out.String(), "kein gültiges JSON")
	assert.Contains(t, out.String(), "fehlt.json: open")
}

func TestAufruf(t *testing.T) {
	var out, errOut bytes.Buffer
	err := run(nil, &out, &errOut)
	require.Error(t, err)
	assert.False(t, errors.Is(err, errUngueltig))
	assert.Contains(t, errOut.String(), "Aufruf: validieren")
	err = run([]string{"-lang", "xx-!!", "a.json"}, &out, &errOut)
	require.Error(t, err)
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
