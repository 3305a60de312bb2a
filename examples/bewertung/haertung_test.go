package main

import (
	"context"
	"io"
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/fruehehilfen/qualitaetsrahmen/examples/internal/programm"
	"github.com/fruehehilfen/qualitaetsrahmen/examples/internal/programmtest"
)

// Garbage, truncated JSON, 100 000 levels of nesting, 40 MiB, a remote or
// local "$schema" and an endless file as the profile each give a clear
// error in the chosen language and a non-zero exit, never a panic, a hang
// or a fetch.
func TestBoeseEingaben(t *testing.T) {
	bewerteFest := func(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
		return bewerte(ctx, args, stdin, stdout, stderr, fest)
	}
	programmtest.Feindlich(t, bewerteFest, programmtest.Feind{Args: []string{"-zeitpunkt", "2025-06-30"}})
}

// The command's own texts exist in German and English and are used.
func TestKatalogVollstaendig(t *testing.T) {
	require.NoError(t, programm.PruefeTexte(texte, os.DirFS(".")))
}
