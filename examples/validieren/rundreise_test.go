package main

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
	"github.com/fruehehilfen/qualitaetsrahmen/netzwerk"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// rundreise parses a document of each kind with its package's reader and
// writes it back with the package's writer.
var rundreise = map[schema.Art]struct {
	lies     func([]byte) (any, error)
	schreibe func(any) ([]byte, error)
}{
	schema.ArtRahmen: {
		func(b []byte) (any, error) { return qualitaet.ParseRahmen(b) },
		func(x any) ([]byte, error) { return json.Marshal(x.(*qualitaet.Rahmen)) },
	},
	schema.ArtZuschnitt: {
		func(b []byte) (any, error) { return qualitaet.LiesZuschnitt(bytes.NewReader(b)) },
		func(x any) ([]byte, error) { return x.(*qualitaet.Zuschnitt).Dokument() },
	},
	schema.ArtZiele: {
		func(b []byte) (any, error) { return qualitaet.ParseZiele(b) },
		func(x any) ([]byte, error) { return json.Marshal(x.(*qualitaet.ZieleDokument)) },
	},
	schema.ArtRegelwerk: {
		func(b []byte) (any, error) { return qualitaet.ParseRegelwerk(b) },
		func(x any) ([]byte, error) { return x.(*qualitaet.Regelwerk).Dokument() },
	},
	schema.ArtKonformitaet: {
		func(b []byte) (any, error) { return qualitaet.LiesKonformitaetsvektor(bytes.NewReader(b)) },
		func(x any) ([]byte, error) { return x.(*qualitaet.Konformitaetsvektor).Dokument() },
	},
	schema.ArtNetzwerk: {
		func(b []byte) (any, error) { return netzwerk.Parse(b) },
		func(x any) ([]byte, error) { return x.(*netzwerk.Netzwerk).Dokument() },
	},
	schema.ArtProfil: {
		func(b []byte) (any, error) { return kommune.ParseProfil(b) },
		func(x any) ([]byte, error) { return x.(*kommune.Profil).Dokument() },
	},
}

// Decode → encode → decode gives the same Go value for every valid testdata
// document, and the re-encoded bytes validate against their schema.
func TestRundreise(t *testing.T) {
	gesehen := map[schema.Art]int{}
	for _, p := range gueltigeDokumente(t) {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		wert, err := schema.Standard().Dekodiere(data)
		require.NoError(t, err, p)
		art, err := schema.ArtVon(wert)
		require.NoError(t, err, p)
		r, ok := rundreise[art]
		if !ok {
			continue // kinds without a reader of their own (Bewertung: output only)
		}
		t.Run(p, func(t *testing.T) {
			erst, err := r.lies(data)
			require.NoError(t, err)
			kodiert, err := r.schreibe(erst)
			require.NoError(t, err)
			art2, _, err := schema.Standard().Erkenne(kodiert)
			require.NoError(t, err, "re-encoded document does not validate")
			assert.Equal(t, art, art2)
			zweit, err := r.lies(kodiert)
			require.NoError(t, err)
			assert.Equal(t, erst, zweit)
			nochmal, err := r.schreibe(zweit)
			require.NoError(t, err)
			assert.JSONEq(t, string(kodiert), string(nochmal), "encoding is stable")
		})
		gesehen[art]++
	}
	for art := range rundreise {
		assert.Positive(t, gesehen[art], "no testdata document of kind %s", art)
	}
}
