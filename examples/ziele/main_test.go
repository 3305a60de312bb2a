package main

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/examples/internal/programm"
	"github.com/fruehehilfen/qualitaetsrahmen/examples/internal/programmtest"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
)

func TestRun(t *testing.T) {
	code, s, errOut := programmtest.Lauf(run, nil)
	require.Equal(t, 0, code, errOut)
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
	assert.Empty(t, errOut)
}

func TestRunEnglisch(t *testing.T) {
	code, out, _ := programmtest.Lauf(run, nil, "-lang", "en")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "goal: change from \"active\" to \"proposed\" is not allowed")
	assert.Contains(t, out, "2023-07-01: active → on hold")
	assert.Contains(t, out, "50.0 %")
}

func TestRunJSON(t *testing.T) {
	code, out, _ := programmtest.Lauf(run, nil, "-json")
	require.Equal(t, 0, code)
	d, err := qualitaet.ParseZiele([]byte(out))
	require.NoError(t, err, out)
	require.Len(t, d.Ziele, 1)
	assert.Equal(t, qualitaet.ZielAbgeschlossen, d.Ziele[0].Status())
	assert.Len(t, d.Ziele[0].Verlauf(), 6)
	assert.Equal(t, d.Ziele[0].ID, d.Massnahmen[0].Ziele[0])
	assert.Len(t, d.Ziele[0].Indikatoren[0].Messungen, 3)
}

func TestRunDiagramm(t *testing.T) {
	code, out, _ := programmtest.Lauf(run, nil, "-diagramm")
	require.Equal(t, 0, code)
	assert.Equal(t, qualitaet.ZielLebenszyklus().Mermaid(language.German), out)
	code, out, _ = programmtest.Lauf(run, nil, "-diagramm", "-lang", "en")
	require.Equal(t, 0, code)
	assert.Equal(t, qualitaet.ZielLebenszyklus().Mermaid(language.English), out)
}

func TestRunFehler(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"zuviel"}, "ziele: das Programm nimmt keine Argumente, nur Optionen (Hilfe: ziele -h)\n"},
		{[]string{"-lang", "en", "zuviel"}, "ziele: the program takes no arguments, only options (help: ziele -h)\n"},
		{[]string{"-json=vielleicht"}, "ziele: „vielleicht“ für -json ist weder true noch false (Hilfe: ziele -h)\n"},
	} {
		code, out, errOut := programmtest.Lauf(run, nil, tc.args...)
		assert.Equal(t, 2, code, "run(%q)", tc.args)
		assert.Empty(t, out)
		assert.Equal(t, tc.want, errOut, "run(%q)", tc.args)
	}
	programmtest.Einheitlich(t, run, programmtest.Fall{Name: "ziele"})
}

func TestTexte(t *testing.T) {
	require.NoError(t, programm.PruefeTexte(texte, os.DirFS(".")))
}
