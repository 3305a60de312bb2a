package kommune

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBeispielGleichTestdata keeps the embedded example equal to the one in
// testdata/profile; `go test ./kommune -update` copies testdata over it.
func TestBeispielGleichTestdata(t *testing.T) {
	want, err := os.ReadFile("../testdata/profile/oder-spree.json")
	require.NoError(t, err)
	if *update {
		require.NoError(t, os.WriteFile("beispiel/oder-spree.json", want, 0o644))
		return
	}
	assert.Equal(t, string(want), string(BeispielDokument()),
		"kommune/beispiel/oder-spree.json differs from testdata/profile/oder-spree.json; run go test ./kommune -update")
}

func TestBeispiel(t *testing.T) {
	p, err := Beispiel()
	require.NoError(t, err)
	assert.Equal(t, "Landkreis Oder-Spree", p.Name)
	assert.NotEmpty(t, p.Ziele)
	assert.NotEmpty(t, p.Einschaetzungen)
	q, err := Beispiel()
	require.NoError(t, err)
	q.Name = "geändert"
	assert.Equal(t, "Landkreis Oder-Spree", p.Name, "each call returns a profile of its own")
}
