package main

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fruehehilfen/qualitaetsrahmen/examples/internal/programmtest"
)

// endlos is a reader that never ends.
type endlos struct{ b byte }

func (e endlos) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = e.b
	}
	return len(p), nil
}

// The JSON inputs of the other examples, as a file and on stdin, and odd or
// endless Steckbrief text: a clear error in the chosen language and a
// non-zero exit, never a panic, a hang or a fetch.
func TestBoeseEingaben(t *testing.T) {
	programmtest.Feindlich(t, run, programmtest.Feind{
		Ohne: []string{"muell"}, // no JSON: read as Steckbrief text, below
		// Not an object, so read as Steckbrief text: a text without heading.
		Texte: map[string][2]string{"tief": {"Name der Kommune fehlt", "name of the Kommune is missing"}},
	})
}

func TestSeltsamerSteckbrief(t *testing.T) {
	for name, c := range map[string]struct {
		stdin  func() *strings.Reader
		leser  bool
		de, en string
	}{
		"endlos": {leser: true, de: "größer als die erlaubten", en: "larger than the allowed"},
		"Müll": {stdin: func() *strings.Reader {
			return strings.NewReader(string(bytes.Repeat([]byte{0xff, 0, '\n', '-', '\t'}, 1<<14)))
		}, de: "Name der Kommune fehlt", en: "name of the Kommune is missing"},
		"lange Zeile": {stdin: func() *strings.Reader { return strings.NewReader("Ansprechperson\t" + strings.Repeat("x", 2<<20)) }, de: "Name der Kommune fehlt", en: "name of the Kommune is missing"},
		"nur Titel":   {stdin: func() *strings.Reader { return strings.NewReader(strings.Repeat("## X\n", 50_000)) }, de: "Name der Kommune fehlt", en: "name of the Kommune is missing"},
	} {
		for i, lang := range []string{"de", "en"} {
			t.Run(name+"/"+lang, func(t *testing.T) {
				var stdin io.Reader = endlos{'x'}
				if !c.leser {
					stdin = c.stdin()
				}
				code, _, errOut := programmtest.Lauf(run, stdin, "-lang", lang, "-")
				require.Equal(t, 1, code)
				assert.Contains(t, errOut, []string{c.de, c.en}[i])
			})
		}
	}
}
