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

// FuzzKooperationenAusSteckbrief: the reader never panics, and whatever it
// accepts has a default sector and a label.
func FuzzKooperationenAusSteckbrief(f *testing.F) {
	for _, s := range []string{oderSpreeKooperationen, "Gesundheit: 1.200", "Kommunen, Gesundheit: 3", ":", "Sonstige:,,"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		ks, err := KooperationenAusSteckbrief(text)
		if err != nil {
			return
		}
		for _, k := range ks {
			if !k.Sektor.Standard() || k.Bezeichnung == "" {
				t.Fatalf("KooperationenAusSteckbrief(%q) gave %+v", text, k)
			}
			if v, ok := k.Anzahl.Zahl(); ok && v < 0 {
				t.Fatalf("negative count from %q", text)
			}
		}
	})
}

// FuzzGremienAusSteckbrief: never panics; accepted entries have a known kind,
// a title and a count that is not negative.
func FuzzGremienAusSteckbrief(f *testing.F) {
	for _, s := range []string{oderSpreeGremien, "Lenkungskreis, 4 AGs", "0 Arbeitsgruppen", "6", "1.000 Qualitätszirkel"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		gs, err := GremienAusSteckbrief(text)
		if err != nil {
			return
		}
		for _, g := range gs {
			if !g.Art.Valid() || g.Bezeichnung == "" || g.Anzahl < 0 {
				t.Fatalf("GremienAusSteckbrief(%q) gave %+v", text, g)
			}
		}
	})
}
