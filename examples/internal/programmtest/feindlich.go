package programmtest

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// Feind describes a program for [Feindlich].
type Feind struct {
	// Args stand between "-lang de|en" and the file name.
	Args []string
	// Ohne names inputs of [FeindlicheEingaben] the program reads in a way
	// of its own and that its test checks elsewhere.
	Ohne []string
	// Texte replaces the expected message (German, English) of single
	// inputs where the program says something else than a JSON reader.
	Texte map[string][2]string
	// Bericht is set for a program that writes its report to standard
	// output: the message may stand there as well as on standard error.
	Bericht bool
}

// FeindlicheEingaben writes the inputs an attacker or an accident might give
// to files and returns their paths by name, the text each error must contain
// (German, English), and the number of requests the server their "$schema"
// points to received: a document must never make the library fetch
// anything. The profile cut in half is read from ../../testdata, where the
// test of an example program runs.
func FeindlicheEingaben(t *testing.T) (map[string]string, map[string][2]string, *atomic.Int64) {
	t.Helper()
	var abrufe atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		abrufe.Add(1)
		w.Write([]byte(`{"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object"}`))
	}))
	t.Cleanup(srv.Close)
	profil, err := os.ReadFile(filepath.Join("..", "..", "testdata", "profile", "oder-spree.json"))
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

// Feindlich runs the program on each of [FeindlicheEingaben] as a file, in
// German and English: each gives exit 1 and a message naming the file with
// the expected text (no German in the English one), never a panic, a hang
// or a fetch.
func Feindlich(t *testing.T, run Run, f Feind) {
	t.Helper()
	dateien, texte, abrufe := FeindlicheEingaben(t)
	for _, name := range f.Ohne {
		delete(dateien, name)
	}
	for name, text := range f.Texte {
		texte[name] = text
	}
	for name, pfad := range dateien {
		for i, lang := range []string{"de", "en"} {
			t.Run(name+"/"+lang, func(t *testing.T) {
				args := append(append([]string{"-lang", lang}, f.Args...), pfad)
				code, out, alles := Lauf(run, nil, args...)
				require.Equal(t, 1, code)
				if f.Bericht {
					alles = out + alles
				} else {
					assert.Empty(t, out)
				}
				assert.Contains(t, alles, pfad, "the message names the file")
				assert.Contains(t, alles, texte[name][i])
				if lang == "en" {
					assert.NotContains(t, alles, "ungültig")
				}
			})
		}
	}
	assert.Zero(t, abrufe.Load(), "a document made the library fetch a URL")
}
