package kommune

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// FuzzParseProfil: any bytes give a profile or a *schema.ValidierungsFehler,
// never a panic; an accepted profile writes a document that reads back
// equal, and it can be evaluated.
func FuzzParseProfil(f *testing.F) {
	for _, muster := range []string{"../testdata/profile/*.json", "../testdata/ungueltig/profil-*.json"} {
		dateien, err := filepath.Glob(muster)
		require.NoError(f, err)
		for _, d := range dateien {
			b, err := os.ReadFile(d)
			require.NoError(f, err)
			f.Add(b)
		}
	}
	f.Add([]byte(`{"$schema":"` + SchemaID + `","name":"A"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := ParseProfil(data)
		if err != nil {
			var ve *schema.ValidierungsFehler
			if !errors.As(err, &ve) || len(ve.Verletzungen) == 0 {
				t.Fatalf("ParseProfil: %v is no *schema.ValidierungsFehler with violations", err)
			}
			return
		}
		doc, err := p.Dokument()
		if err != nil {
			t.Fatalf("Dokument of an accepted profile: %v", err)
		}
		q, err := ParseProfil(doc)
		if err != nil {
			t.Fatalf("ParseProfil(Dokument()): %v", err)
		}
		require.Equal(t, p, q, "round trip")
		if _, err := Bewerte(p, BewertungsOptionen{Zeitpunkt: benchZeitpunkt}); err != nil {
			var ve *schema.ValidierungsFehler
			if !errors.As(err, &ve) {
				t.Fatalf("Bewerte: %v", err)
			}
		}
	})
}
