package kommune

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

var benchZeitpunkt = time.Date(2025, 6, 30, 12, 0, 0, 0, time.UTC)

// BenchmarkPipeline is the whole way of the Oder-Spree profile from bytes to
// a Bewertung: bounded read, decode, schema validation, struct decoding,
// semantic checks and scoring. Compare it with BenchmarkBaselineUnmarshal in
// the same run.
func BenchmarkPipeline(b *testing.B) {
	data := BeispielDokument()
	opt := BewertungsOptionen{Zeitpunkt: benchZeitpunkt}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		p, err := LiesProfil(bytes.NewReader(data))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Bewerte(p, opt); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBaselineUnmarshal is plain encoding/json.Unmarshal of the same
// bytes into the same type, the yardstick of BenchmarkPipeline.
func BenchmarkBaselineUnmarshal(b *testing.B) {
	data := BeispielDokument()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var p Profil
		if err := json.Unmarshal(data, &p); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStufen measures the stages of BenchmarkPipeline one by one.
func BenchmarkStufen(b *testing.B) {
	data := BeispielDokument()
	v := schema.Standard()
	wert, err := v.Dekodiere(data)
	if err != nil {
		b.Fatal(err)
	}
	p, err := ParseProfil(data)
	if err != nil {
		b.Fatal(err)
	}
	opt := BewertungsOptionen{Zeitpunkt: benchZeitpunkt}
	b.Run("LesenDekodieren", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			d, err := v.Lies(bytes.NewReader(data))
			if err != nil {
				b.Fatal(err)
			}
			if _, err := v.Dekodiere(d); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Schema", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if err := v.Pruefe(schema.ArtProfil, wert); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Struktur", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var q Profil
			if err := json.Unmarshal(data, &q); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Semantik", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			p.normalisiere()
			if err := p.Validate(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Bewertung", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := Bewerte(p, opt); err != nil {
				b.Fatal(err)
			}
		}
	})
}
