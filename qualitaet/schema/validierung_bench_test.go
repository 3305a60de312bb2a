package schema

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkValidierung compares, on the Oder-Spree profile, the one-pass
// reader with the careful way (encoding/json and separate limit checks),
// and the fast check with the validator library's own validation.
func BenchmarkValidierung(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "profile", "oder-spree.json"))
	if err != nil {
		b.Fatal(err)
	}
	v := Standard()
	nurBibliothek := &Validator{k: v.k, ohneSchnell: true}
	wert, err := v.Dekodiere(data)
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		f    func() error
	}{
		{"Dekodieren/Leser", func() error { _, err := v.Dekodiere(data); return err }},
		{"Dekodieren/encoding-json", func() error { _, err := nurBibliothek.Dekodiere(data); return err }},
		{"Pruefen/Schnellpruefung", func() error { return v.Pruefe(ArtProfil, wert) }},
		{"Pruefen/Bibliothek", func() error { return nurBibliothek.Pruefe(ArtProfil, wert) }},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := c.f(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
