package main

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fruehehilfen/qualitaetsrahmen/examples/internal/programmtest"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

const testdata = "../../testdata"

// boeseEingaben writes the inputs an attacker or an accident might give to
// files and returns them with the text each error must contain, German and
// English. The server counts requests: a document must never make the
// library fetch anything.
func boeseEingaben(t *testing.T) (map[string]string, map[string][2]string, *atomic.Int64) {
	t.Helper()
	var abrufe atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		abrufe.Add(1)
		w.Write([]byte(`{"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object"}`))
	}))
	t.Cleanup(srv.Close)
	profil, err := os.ReadFile(filepath.Join(testdata, "profile", "oder-spree.json"))
	require.NoError(t, err)
	muell := make([]byte, 64<<10)
	for i := range muell {
		muell[i] = byte(i*7919 + i/13)
	}
	dir := t.TempDir()
	dateien := map[string]string{}
	schreibe := func(name string, data []byte) {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, data, 0o600))
		dateien[name] = p
	}
	schreibe("muell", muell)
	schreibe("abgeschnitten", profil[:len(profil)/2])
	schreibe("tief", []byte(strings.Repeat("[", 100_000)+strings.Repeat("]", 100_000)))
	schreibe("tief-im-profil", []byte(`{"$schema":"`+schema.ArtProfil.ID()+`","name":"A","x":`+strings.Repeat(`{"a":`, 100_000)))
	gross := bytes.Repeat([]byte("a"), 40<<20)
	copy(gross, `{"$schema":"`+schema.ArtProfil.ID()+`","name":"`)
	schreibe("gross", gross)
	schreibe("fremdes-schema", []byte(`{"$schema":"`+srv.URL+`/profil.schema.json","name":"A"}`))
	schreibe("datei-als-schema", []byte(`{"$schema":"file:///etc/passwd","name":"A"}`))
	dateien["endlos"] = "/dev/zero"
	texte := map[string][2]string{
		"muell":            {"kein gültiges JSON", "not valid JSON"},
		"abgeschnitten":    {"endet vorzeitig", "ends too early"},
		"tief":             {"tiefer als 64 Ebenen", "nested deeper than 64 levels"},
		"tief-im-profil":   {"tiefer als 64 Ebenen", "nested deeper than 64 levels"},
		"gross":            {"größer als die erlaubten", "larger than the allowed"},
		"fremdes-schema":   {"keines der eingebetteten Schemas", "not one of the embedded schemas"},
		"datei-als-schema": {"keines der eingebetteten Schemas", "not one of the embedded schemas"},
		"endlos":           {"größer als die erlaubten", "larger than the allowed"},
	}
	return dateien, texte, &abrufe
}

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
	dateien, texte, abrufe := boeseEingaben(t)
	delete(dateien, "muell") // no JSON: read as Steckbrief text, below
	// Not an object, so read as Steckbrief text: a text without heading.
	texte["tief"] = [2]string{"Name der Kommune fehlt", "name of the Kommune is missing"}
	for name, pfad := range dateien {
		for i, lang := range []string{"de", "en"} {
			t.Run(name+"/"+lang, func(t *testing.T) {
				code, out, alles := programmtest.Lauf(run, nil, "-lang", lang, pfad)
				require.Equal(t, 1, code)
				assert.Empty(t, out)
				assert.Contains(t, alles, texte[name][i])
				assert.Contains(t, alles, pfad, "the message names the file")
				if lang == "en" {
					assert.NotContains(t, alles, "ungültig")
				}
			})
		}
	}
	assert.Zero(t, abrufe.Load(), "a document made the library fetch a URL")
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
