package qualitaet

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// FuzzLiesZuschnitt: any bytes give a Zuschnitt or a
// *schema.ValidierungsFehler; an accepted Zuschnitt is resolved against the
// catalogue of its version without a panic, and either fits or is refused
// with violations.
func FuzzLiesZuschnitt(f *testing.F) {
	for _, muster := range []string{"../testdata/zuschnitt/*.json", "../testdata/ungueltig/zuschnitt-*.json"} {
		dateien, err := filepath.Glob(muster)
		require.NoError(f, err)
		for _, d := range dateien {
			b, err := os.ReadFile(d)
			require.NoError(f, err)
			f.Add(b)
		}
	}
	id := schema.ArtZuschnitt.ID()
	for _, s := range []string{
		`{"$schema":"` + id + `","rahmen":"2.0","schwerpunkte":["QD3"],"ausgelassen":["QD3"]}`,
		`{"$schema":"` + id + `","rahmen":"2016","lokaleZiele":[{"id":"QD1.T1.L1","ebene":"operativ","bereich":"angebot","text":"x"}]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		z, err := LiesZuschnitt(bytes.NewReader(data))
		var ve *schema.ValidierungsFehler
		if err != nil {
			if !errors.As(err, &ve) {
				t.Fatalf("LiesZuschnitt: %v is no *schema.ValidierungsFehler", err)
			}
			return
		}
		r, err := RahmenVersion(z.Rahmen)
		if err != nil {
			t.Fatalf("schema let version %q through: %v", z.Rahmen, err)
		}
		if _, err := r.Zuschneiden(z); err != nil && !errors.As(err, &ve) {
			t.Fatalf("Zuschneiden: %v", err)
		}
	})
}
