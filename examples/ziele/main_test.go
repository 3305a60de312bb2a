package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRun(t *testing.T) {
	var out, errOut bytes.Buffer
	require.NoError(t, run(nil, strings.NewReader(""), &out, &errOut))
	s := out.String()
	for _, want := range []string{
		"Wirkungsstufe 2 (output): Zielgruppen werden erreicht\n",
		"abgelehnt: Ziel: Übergang von „aktiv“ nach „vorgeschlagen“ ist nicht erlaubt\n",
		"2023-07-01: aktiv → pausiert\n",
		"  2023-06-30   50,0 %  → Zielerreichung am Tag: verbessert\n",
		"  2023-12-31  nicht erfasst: ungültige Messung: Nenner muss größer als 0 sein\n",
		"  2024-06-30  100,0 %  → Zielerreichung am Tag: erreicht\n",
		"  2023-09-01  pausiert      → aktiv          Jugendamtsleitung: Stelle wieder besetzt\n",
		"Zielerreichung (abgeleitet, Stichtag 2024-07-10): erreicht\n",
		"(umgesetzt, 3 Einträge im Verlauf)\n",
	} {
		assert.Contains(t, s, want)
	}
	_, verlauf, ok := strings.Cut(s, "Verlauf des Ziels (abgeschlossen):\n")
	require.True(t, ok, s)
	verlauf, _, _ = strings.Cut(verlauf, "\n\n")
	assert.Len(t, strings.Split(verlauf, "\n"), 6, "the creation and five changes:\n%s", verlauf)
	assert.Empty(t, errOut.String())
}

func TestRunEnglisch(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run([]string{"-sprache", "en"}, nil, &out, &bytes.Buffer{}))
	assert.Contains(t, out.String(), "goal: change from \"active\" to \"proposed\" is not allowed")
	assert.Contains(t, out.String(), "2023-07-01: active → on hold")
	assert.Contains(t, out.String(), "50.0 %")
}

func TestRunJSON(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run([]string{"-json"}, nil, &out, &bytes.Buffer{}))
	d, err := qualitaet.ParseZiele(out.Bytes())
	require.NoError(t, err, out.String())
	require.Len(t, d.Ziele, 1)
	assert.Equal(t, qualitaet.ZielAbgeschlossen, d.Ziele[0].Status())
	assert.Len(t, d.Ziele[0].Verlauf(), 6)
	assert.Equal(t, d.Ziele[0].ID, d.Massnahmen[0].Ziele[0])
	assert.Len(t, d.Ziele[0].Indikatoren[0].Messungen, 3)
}

func TestRunDiagramm(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run([]string{"-diagramm"}, nil, &out, &bytes.Buffer{}))
	assert.Equal(t, qualitaet.ZielLebenszyklus().Mermaid(), out.String())
}

func TestRunFehler(t *testing.T) {
	for _, args := range [][]string{{"-unbekannt"}, {"zuviel"}, {"-sprache", "!!"}} {
		assert.Error(t, run(args, nil, &bytes.Buffer{}, &bytes.Buffer{}), "%v", args)
	}
}
