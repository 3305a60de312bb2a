package qualitaet

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// TestGoldenRahmenUngueltig reads every testdata/ungueltig/rahmen-*.json as a
// catalogue and every zuschnitt-*.json as a Zuschnitt resolved against the
// embedded catalogue of its version, and compares the German error text
// with the .fehler.txt beside it (refresh with -update, declared in
// ziele_flags_test.go, and review the diff).
func TestGoldenRahmenUngueltig(t *testing.T) {
	rahmen, err := filepath.Glob("../testdata/ungueltig/rahmen-*.json")
	require.NoError(t, err)
	zuschnitte, err := filepath.Glob("../testdata/ungueltig/zuschnitt-*.json")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(rahmen), 3)
	require.GreaterOrEqual(t, len(zuschnitte), 2)

	for _, datei := range append(rahmen, zuschnitte...) {
		t.Run(filepath.Base(datei), func(t *testing.T) {
			f, err := os.Open(datei)
			require.NoError(t, err)
			defer f.Close()
			if strings.HasPrefix(filepath.Base(datei), "rahmen-") {
				r, e := LiesRahmen(f)
				assert.Nil(t, r)
				err = e
			} else {
				err = zuschnittAufloesen(t, f)
			}
			var ve *schema.ValidierungsFehler
			require.ErrorAs(t, err, &ve, "%s must be refused", datei)
			for _, v := range ve.Verletzungen {
				assert.NotEmpty(t, v.Message, "English text at %s", v.Zeiger)
				assert.NotEqual(t, v.Meldung, v.Message, "German and English at %s", v.Zeiger)
			}
			got := ve.Text(language.German) + "\n"
			golden := strings.TrimSuffix(datei, ".json") + ".fehler.txt"
			if *update {
				require.NoError(t, os.WriteFile(golden, []byte(got), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err)
			assert.Equal(t, string(want), got)
		})
	}
}

// zuschnittAufloesen reads a Zuschnitt and resolves it against the embedded
// catalogue of its version; it returns the first error on the way.
func zuschnittAufloesen(t *testing.T, f *os.File) error {
	t.Helper()
	z, err := LiesZuschnitt(f)
	if err != nil {
		return err
	}
	r, err := RahmenVersion(z.Rahmen)
	require.NoError(t, err)
	out, err := r.Zuschneiden(z)
	assert.Nil(t, out)
	return err
}
