package schema

import "testing"

// BenchmarkKompilieren measures what the first use of a validator costs:
// compiling every embedded schema (metaschema validation included), the
// index of locations and the fast check's graph. It happens once per
// process.
func BenchmarkKompilieren(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := kompiliere(dateien); err != nil {
			b.Fatal(err)
		}
	}
}
