package qualitaet_test

import (
	"errors"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// TestParsePlan: the stored golden plans read back to what they say, and
// write the same document again; a plan with a wrong field is refused with
// its pointer.
func TestParsePlan(t *testing.T) {
	for _, datei := range []string{"../testdata/plan/oder-spree.de.json", "../testdata/plan/oder-spree.en.json"} {
		data, err := os.ReadFile(datei)
		require.NoError(t, err)
		p, err := qualitaet.ParsePlan(data)
		require.NoError(t, err, datei)
		assert.Equal(t, "Landkreis Oder-Spree", p.Kommune)
		assert.NotEmpty(t, p.Prioritaeten)
		wieder, err := p.Dokument()
		require.NoError(t, err)
		assert.JSONEq(t, string(data), string(wieder), "round trip of %s", datei)
	}
	_, err := qualitaet.ParsePlan([]byte(`{"$schema": "` + schema.ArtPlan.ID() + `", "kommune": 3}`))
	var vf *schema.ValidierungsFehler
	require.True(t, errors.As(err, &vf), "%v", err)
	assert.NotEmpty(t, vf.Verletzungen)
}
