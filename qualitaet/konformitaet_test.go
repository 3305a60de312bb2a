package qualitaet

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// konformitaetsOrdner holds the language-neutral conformance vectors. Their
// expected figures are worked out by hand from the rule in the doc comment
// of [Aggregation]; each vector's "beschreibung" shows the arithmetic.
const konformitaetsOrdner = "../testdata/konformitaet"

func konformitaetsDateien(t *testing.T) []string {
	t.Helper()
	dateien, err := filepath.Glob(filepath.Join(konformitaetsOrdner, "*.json"))
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(dateien), 14, "number of conformance vectors")
	return dateien
}

func liesVektor(t *testing.T, datei string) *Konformitaetsvektor {
	t.Helper()
	f, err := os.Open(datei)
	require.NoError(t, err)
	defer f.Close()
	k, err := LiesKonformitaetsvektor(f)
	require.NoError(t, err, "LiesKonformitaetsvektor(%s)", datei)
	return k
}

// TestKonformitaetsvektoren runs every vector through Pruefe: the engine must
// produce exactly the hand-computed figures.
func TestKonformitaetsvektoren(t *testing.T) {
	for _, datei := range konformitaetsDateien(t) {
		t.Run(filepath.Base(datei), func(t *testing.T) {
			k := liesVektor(t, datei)
			abw, err := k.Pruefe()
			require.NoError(t, err)
			assert.Empty(t, abw, "Pruefe(%s) reports differences", filepath.Base(datei))
		})
	}
}
