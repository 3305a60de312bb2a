package netzwerk_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fruehehilfen/qualitaetsrahmen/netzwerk"
)

// TestKontakt: the contact fields of coordination and actors (personal
// data, marked in the schema) are read and written back.
func TestKontakt(t *testing.T) {
	doc := []byte(`{"$schema": "` + netzwerk.SchemaID + `",
		"koordination": {"traeger": "Landkreis Musterkreis", "ansprechperson": "Erika Mustermann", "kontakt": "0171 1234567"},
		"akteure": [{"id": "klinik", "organisation": "Kreiskrankenhaus", "sektor": "gesundheitswesen",
			"ansprechperson": "Dr. Anna Schulz", "kontakt": "anna.schulz@klinik.example"}]}`)
	n, err := netzwerk.Parse(doc)
	require.NoError(t, err)
	assert.Equal(t, "0171 1234567", n.Koordination.Kontakt)
	assert.Equal(t, "Dr. Anna Schulz", n.Akteure[0].Ansprechperson)
	assert.Equal(t, "anna.schulz@klinik.example", n.Akteure[0].Kontakt)
	out, err := n.Dokument()
	require.NoError(t, err)
	back, err := netzwerk.Parse(out)
	require.NoError(t, err)
	assert.Equal(t, n, back)
}
