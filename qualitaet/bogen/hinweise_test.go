package bogen_test

import (
	"testing"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/bogen"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func TestGleicheNamen(t *testing.T) {
	e := func(person, kennung, runde string) qualitaet.Einschaetzung {
		return qualitaet.Einschaetzung{Entwicklungsziel: "QD3.T1.Z1", Person: person, Einschaetzende: kennung, Runde: runde}
	}
	boegen := []bogen.Gelesen{
		{Name: "a.csv", Einschaetzungen: []qualitaet.Einschaetzung{e("Hebamme", "e-1", ""), e("Hebamme", "e-1", ""), e("Kita", "e-3", "")}},
		{Name: "b.csv", Einschaetzungen: []qualitaet.Einschaetzung{e("Hebamme", "e-2", ""), e("Kita", "e-3", "")}},
		{Name: "c.csv", Einschaetzungen: []qualitaet.Einschaetzung{e("Hebamme", "e-4", "2027")}},
	}
	hs := bogen.GleicheNamen(boegen)
	// Hebamme on a.csv and b.csv with two keys: a notice. Kita with one key
	// (the caller made the name the key): none. c.csv is another round: none.
	require.Len(t, hs, 1)
	assert.Equal(t, "a.csv, b.csv tragen denselben Namen (oder dieselbe Rolle) in derselben Runde; gelesen als verschiedene Einschätzende (Kennungen e-1, e-2). Ist es dieselbe Person, beim Einlesen angeben, dass der Name die Person kennzeichnet, oder eine Spalte „kennung“ verwenden.", hs[0].Text(language.German))
	assert.Contains(t, hs[0].Text(language.English), "a.csv, b.csv carry the same name")
	assert.NotContains(t, hs[0].Meldung+hs[0].Message, "Hebamme")
	assert.Empty(t, bogen.GleicheNamen(boegen[:1]))
}
