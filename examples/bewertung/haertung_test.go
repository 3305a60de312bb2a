package main

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fruehehilfen/qualitaetsrahmen/examples/internal/programm"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

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

// Garbage, truncated JSON, 100 000 levels of nesting, 40 MiB, a remote or
// local "$schema" and an endless file as the profile each give a clear
// error in the chosen language and a non-zero exit, never a panic, a hang
// or a fetch.
func TestBoeseEingaben(t *testing.T) {
	dateien, texte, abrufe := boeseEingaben(t)
	for name, pfad := range dateien {
		for i, lang := range []string{"de", "en"} {
			t.Run(name+"/"+lang, func(t *testing.T) {
				var out, errOut bytes.Buffer
				code := bewerte(context.Background(), []string{"-lang", lang, "-zeitpunkt", "2025-06-30", pfad}, strings.NewReader(""), &out, &errOut, fest)
				require.Equal(t, 1, code)
				assert.Empty(t, out.String())
				alles := errOut.String()
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

// The command's own texts exist in German and English and are used.
func TestKatalogVollstaendig(t *testing.T) {
	require.NoError(t, programm.PruefeTexte(texte, os.DirFS(".")))
}
