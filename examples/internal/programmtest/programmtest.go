// Package programmtest checks, through a program's run function, what every
// example program promises: -h prints the help in either language and exits
// 0; an unknown option or -lang fr is one message and exit 2; without a
// file argument standard input is not read; a missing file is exit 1 with a
// message naming the file in the chosen language. [Feindlich] feeds a
// program the hostile inputs every JSON-reading program must refuse cleanly.
package programmtest

import (
	"bytes"
	"context"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Run is the signature of every example program's run function.
type Run func(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int

// Lauf runs run with args and stdin and returns the exit code and both
// outputs.
func Lauf(run Run, stdin io.Reader, args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	code = run(context.Background(), args, stdin, &out, &errOut)
	return code, out.String(), errOut.String()
}

// Fall describes a program for [Einheitlich].
type Fall struct {
	// Name is the program's name as its messages begin ("bewertung",
	// "einschaetzung bogen").
	Name string
	// Vor are arguments before the options (a subcommand).
	Vor []string
	// Datei turns a file name into arguments that make the program read
	// it; nil for a program that reads no file.
	Datei func(name string) []string
}

// Einheitlich checks the behaviour every program shares.
func Einheitlich(t *testing.T, run Run, f Fall) {
	t.Helper()
	mit := func(args ...string) []string { return append(append([]string{}, f.Vor...), args...) }
	for _, tc := range []struct {
		args []string
		want string
	}{
		{mit("-h"), "Aufruf: " + f.Name + " [Optionen]"},
		{mit("-lang", "en", "-h"), "Usage: " + f.Name + " [options]"},
		{mit("-h", "-lang", "en"), "Usage: " + f.Name + " [options]"},
	} {
		code, out, errOut := Lauf(run, nil, tc.args...)
		assert.Equal(t, 0, code, "run(%q): exit code", tc.args)
		assert.Contains(t, out, tc.want, "run(%q): help", tc.args)
		assert.Contains(t, out, "-lang de|en", "run(%q): help", tc.args)
		assert.Empty(t, errOut, "run(%q): stderr", tc.args)
	}
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{mit("-gibtsnicht"), []string{f.Name + ": ", "-gibtsnicht", "-lang", "erlaubt sind"}},
		{mit("-lang", "en", "-gibtsnicht"), []string{f.Name + ": ", "-gibtsnicht", "allowed are"}},
		{mit("-lang", "fr"), []string{f.Name + ": ", "„fr“", "-lang", "de, en"}},
	} {
		code, out, errOut := Lauf(run, nil, tc.args...)
		assert.Equal(t, 2, code, "run(%q): exit code", tc.args)
		assert.Empty(t, out, "run(%q): stdout", tc.args)
		assert.Equal(t, 1, strings.Count(errOut, "\n"), "run(%q): one message, got %q", tc.args, errOut)
		for _, w := range tc.want {
			assert.Contains(t, errOut, w, "run(%q): stderr", tc.args)
		}
	}
	wache := &leseWache{}
	Lauf(run, wache, mit()...)
	assert.False(t, wache.gelesen, "run(%q) read standard input without being given \"-\"", mit())
	if f.Datei == nil {
		return
	}
	fehlt := filepath.Join(t.TempDir(), "fehlt.json")
	for _, tc := range []struct{ lang, want string }{
		{"de", fehlt + ": nicht gefunden"},
		{"en", fehlt + ": not found"},
	} {
		args := mit(append([]string{"-lang", tc.lang}, f.Datei(fehlt)...)...)
		code, _, errOut := Lauf(run, nil, args...)
		assert.Equal(t, 1, code, "run(%q): exit code", args)
		assert.Contains(t, errOut, tc.want, "run(%q): stderr", args)
		assert.Equal(t, 1, strings.Count(errOut, fehlt), "run(%q): the file named once in %q", args, errOut)
	}
}

// leseWache is a standard input that notes whether anyone reads it.
type leseWache struct{ gelesen bool }

func (w *leseWache) Read(p []byte) (int, error) {
	w.gelesen = true
	return 0, io.EOF
}
