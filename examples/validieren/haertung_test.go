package main

import (
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/fruehehilfen/qualitaetsrahmen/examples/internal/programm"
	"github.com/fruehehilfen/qualitaetsrahmen/examples/internal/programmtest"
)

// Garbage, truncated JSON, 100 000 levels of nesting, 40 MiB, a remote or
// local "$schema" and an endless file each give a clear error in the
// chosen language and a non-zero exit, never a panic, a hang or a fetch.
func TestBoeseEingaben(t *testing.T) {
	programmtest.Feindlich(t, run, programmtest.Feind{Bericht: true})
}

// The command's own texts exist in German and English and are used.
func TestKatalogVollstaendig(t *testing.T) {
	require.NoError(t, programm.PruefeTexte(texte, os.DirFS(".")))
}
