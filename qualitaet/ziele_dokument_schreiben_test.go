package qualitaet

import (
	"bytes"
	"errors"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// TestZieleDokumentRundreise: Dokument writes "$schema" first, reads back
// to the same value, and refuses a document that Validate rejects.
func TestZieleDokumentRundreise(t *testing.T) {
	data, err := os.ReadFile(oderSpree)
	require.NoError(t, err)
	d, err := ParseZiele(data)
	require.NoError(t, err)
	doc, err := d.Dokument()
	require.NoError(t, err)
	assert.True(t, bytes.HasPrefix(doc, []byte("{\n  \"$schema\": \""+schema.ArtZiele.ID()+"\"")), "%.80s", doc)
	assert.True(t, bytes.HasSuffix(doc, []byte("}\n")))
	zurueck, err := ParseZiele(doc)
	require.NoError(t, err)
	assert.Equal(t, d, zurueck)

	kaputt := *d
	kaputt.Ziele = append([]Ziel(nil), d.Ziele...)
	kaputt.Ziele = append(kaputt.Ziele, d.Ziele[0]) // the same ID twice
	_, err = kaputt.Dokument()
	var vf *schema.ValidierungsFehler
	assert.True(t, errors.As(err, &vf), "%v", err)
}
