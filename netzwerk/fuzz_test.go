package netzwerk

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// FuzzParse: any input either parses into a network that writes a
// standalone document which reads back to the same document, or fails with
// a *schema.ValidierungsFehler; it never panics. Seeded from testdata.
func FuzzParse(f *testing.F) {
	for _, muster := range []string{"../testdata/netzwerk/*.json", "../testdata/ungueltig/netzwerk-*.json"} {
		dateien, err := filepath.Glob(muster)
		if err != nil {
			f.Fatal(err)
		}
		for _, d := range dateien {
			data, err := os.ReadFile(d)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"treffen": [{"datum": "2020-01-01", "art": "fachtag", "teilnehmende": []}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		n, err := Parse(data)
		if err != nil {
			var ve *schema.ValidierungsFehler
			if !errors.As(err, &ve) {
				t.Fatalf("Parse error %T is no *schema.ValidierungsFehler: %v", err, err)
			}
			return
		}
		doc, err := n.Dokument()
		if err != nil {
			t.Fatalf("Parse succeeded, Dokument failed: %v", err)
		}
		n2, err := Parse(doc)
		if err != nil {
			t.Fatalf("Parse(Dokument()) = %v", err)
		}
		doc2, err := n2.Dokument()
		if err != nil || string(doc) != string(doc2) {
			t.Fatalf("round trip differs (%v):\n%s\n%s", err, doc, doc2)
		}
		// The analyses accept every valid network.
		FaktenVon(n, FaktenOptionen{Referenzjahr: 2024})
	})
}
