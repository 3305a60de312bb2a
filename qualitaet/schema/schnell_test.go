package schema

import (
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema/internal/erzeuger"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema/internal/schnell"

	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testdokumente returns every JSON document under the repository's
// testdata, valid ones and those under testdata/ungueltig.
func testdokumente(t testing.TB) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(filepath.Join("..", "..", "testdata"), func(pfad string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(pfad, ".json") {
			return err
		}
		b, err := os.ReadFile(pfad)
		out[filepath.ToSlash(pfad)] = b
		return err
	})
	require.NoError(t, err)
	require.NotEmpty(t, out)
	return out
}

// testwert is a testdata document decoded, with its path and kind.
type testwert struct {
	pfad string
	wert any
	art  Art
}

// testwerte returns the testdata documents that decode and name a kind.
func testwerte(t testing.TB, v *Validator) []testwert {
	t.Helper()
	var out []testwert
	for pfad, data := range testdokumente(t) {
		wert, err := v.Dekodiere(data)
		if err != nil {
			continue
		}
		if art, err := ArtVon(wert); err == nil {
			out = append(out, testwert{pfad, wert, art})
		}
	}
	return out
}

// vergleicheMitBibliothek checks the fast check's answer for wert against
// the library's validation: "gueltig" only for what the library accepts,
// "ungueltig" only for what it refuses.
func vergleicheMitBibliothek(t testing.TB, k *kompiliert, art Art, wert any, wo string) schnell.Urteil {
	t.Helper()
	u := k.schnell[art].Pruefe(wert)
	err := k.schemas[art].Validate(wert)
	switch {
	case u == schnell.Gueltig && err != nil:
		t.Fatalf("%s: fast check says valid, the library: %v", wo, err)
	case u == schnell.Ungueltig && err == nil:
		t.Fatalf("%s: fast check says invalid, the library accepts", wo)
	}
	return u
}

// Every valid testdata document passes the fast check (otherwise it gains
// nothing), and on every document, valid or not, it agrees with the library.
func TestSchnellpruefungTestdaten(t *testing.T) {
	v := Standard()
	for _, d := range testwerte(t, v) {
		u := vergleicheMitBibliothek(t, v.k, d.art, d.wert, d.pfad)
		if !strings.Contains(d.pfad, "/ungueltig/") && v.Pruefe(d.art, d.wert) == nil {
			assert.Equal(t, schnell.Gueltig, u, "%s: a valid document should pass the fast check", d.pfad)
		}
	}
}

// mutanten returns variants of a decoded document: at a spread of its
// nodes, the value replaced by values of other types and edge values, a key
// removed, an unknown key added, a list entry doubled.
func mutanten(wert any, anzahl int) []any {
	pfade := erzeuger.Pfade(wert)
	schritt := max(1, len(pfade)/anzahl)
	ersatz := []any{nil, true, "", "x", "2024-02-30", json.Number("-1"), json.Number("1.5"), json.Number("0"),
		json.Number("1e3"), json.Number("100.0"), map[string]any{}, []any{}, []any{"a", "a"}}
	var out []any
	for i := 0; i < len(pfade); i += schritt {
		pfad := pfade[i]
		for _, e := range ersatz {
			out = append(out, erzeuger.Ersetze(erzeuger.Kopie(wert), pfad, func(any) any { return e }))
		}
		out = append(out, erzeuger.Ersetze(erzeuger.Kopie(wert), pfad, func(x any) any {
			switch y := x.(type) {
			case map[string]any:
				for k := range y {
					delete(y, k)
					break
				}
				y["unbekanntesFeld"] = 1
			case []any:
				if len(y) > 0 {
					return append(y, y[0])
				}
			}
			return x
		}))
	}
	return out
}

// Mutated testdata documents: the fast check never contradicts the library.
func TestSchnellpruefungMutanten(t *testing.T) {
	if testing.Short() {
		t.Skip("validates thousands of documents")
	}
	v := Standard()
	zahl := map[schnell.Urteil]int{}
	for _, d := range testwerte(t, v) {
		if strings.Contains(d.pfad, "/ungueltig/") {
			continue
		}
		for i, m := range mutanten(d.wert, 12) {
			zahl[vergleicheMitBibliothek(t, v.k, d.art, m, d.pfad+" mutant "+string(rune('0'+i%10)))]++
		}
	}
	t.Logf("answers of the fast check: %d valid, %d invalid, %d open", zahl[schnell.Gueltig], zahl[schnell.Ungueltig], zahl[schnell.Unklar])
	assert.Positive(t, zahl[schnell.Ungueltig])
	assert.Positive(t, zahl[schnell.Gueltig])
}

// FuzzSchnellpruefung mutates testdata documents: the fast check must never
// contradict the library's validation.
func FuzzSchnellpruefung(f *testing.F) {
	for _, data := range testdokumente(f) {
		if len(data) < 16<<10 {
			f.Add(data)
		}
	}
	v := Standard()
	f.Fuzz(func(t *testing.T, data []byte) {
		wert, err := v.Dekodiere(data)
		if err != nil {
			return
		}
		if art, err := ArtVon(wert); err == nil {
			vergleicheMitBibliothek(t, v.k, art, wert, "fuzz")
		}
		for _, art := range []Art{ArtNetzwerk, ArtZuschnitt, ArtRegelwerk} {
			vergleicheMitBibliothek(t, v.k, art, wert, "fuzz "+string(art))
		}
	})
}

// dokumentArten are the kinds that have documents of their own.
func dokumentArten() []Art {
	var out []Art
	for _, a := range Arten() {
		if a != ArtGemeinsam {
			out = append(out, a)
		}
	}
	return out
}

// testTexte returns every string of the testdata documents, sorted, as
// candidates for the generator's patterns.
func testTexte(t testing.TB) []string {
	var out []string
	for _, data := range testdokumente(t) {
		if wert, err := Standard().Dekodiere(data); err == nil {
			out = erzeuger.Texte(wert, out)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// erzeugt returns the document the choices in quelle generate for a kind
// (the first byte picks the kind), and a mutant of it.
func erzeugt(quelle []byte, texte []string, k *kompiliert) (Art, any, any) {
	arten := dokumentArten()
	e := erzeuger.Neu(quelle, texte)
	art := arten[e.Zahl(len(arten))]
	doc := e.Dokument(k.schemas[art], art.ID())
	return art, doc, e.Mutiere(doc, 1+e.Zahl(3))
}

// FuzzSchnellGegenBibliothek generates documents of every schema from the
// fuzz input, valid ones and mutants: the fast check must never contradict
// the library's full validation.
func FuzzSchnellGegenBibliothek(f *testing.F) {
	for i := range dokumentArten() {
		f.Add([]byte{byte(i), 0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
		f.Add([]byte{byte(i), 200, 17, 3, 99, 1, 0, 0, 250, 7, 31, 64})
	}
	texte := testTexte(f)
	k := Standard().k
	f.Fuzz(func(t *testing.T, quelle []byte) {
		art, doc, mutant := erzeugt(quelle, texte, k)
		vergleicheMitBibliothek(t, k, art, doc, "generated")
		vergleicheMitBibliothek(t, k, art, mutant, "mutant")
	})
}

// The same on a fixed set of generated documents: every kind yields
// documents the library accepts and documents it refuses.
func TestSchnellGegenBibliothekErzeugt(t *testing.T) {
	texte := testTexte(t)
	k := Standard().k
	gueltig, ungueltig := map[Art]int{}, map[Art]int{}
	for i := range 600 {
		quelle := []byte{byte(i), byte(i >> 8), byte(i * 7), byte(i * 13), byte(i * 31), byte(i >> 3), byte(i * 5)}
		art, doc, mutant := erzeugt(quelle, texte, k)
		for _, d := range []any{doc, mutant} {
			if vergleicheMitBibliothek(t, k, art, d, "generated") == schnell.Gueltig {
				gueltig[art]++
			} else if k.schemas[art].Validate(d) != nil {
				ungueltig[art]++
			}
		}
	}
	t.Logf("valid %v\ninvalid %v", gueltig, ungueltig)
	for i := range 150 {
		quelle := []byte{byte(i), byte(i * 3), byte(i * 11), byte(i * 17), byte(i * 29)}
		art, doc, mutant := erzeugt(quelle, texte, k)
		vergleicheMeldungen(t, art, doc)
		vergleicheMeldungen(t, art, mutant)
	}
	for _, art := range dokumentArten() {
		assert.Positive(t, ungueltig[art], "%s: no invalid document generated", art)
	}
}

// vergleicheMeldungen checks that the fast way (narrowing an invalid
// document down to its invalid parts, which the library then validates)
// reports exactly what the library's validation of the whole reports.
func vergleicheMeldungen(t testing.TB, art Art, wert any) {
	t.Helper()
	v := Standard()
	nurBibliothek := &Validator{k: v.k, ohneSchnell: true}
	schnell, bibliothek := v.PruefeTeil(art, wert), nurBibliothek.PruefeTeil(art, wert)
	if (schnell == nil) != (bibliothek == nil) || (schnell != nil && schnell.Error() != bibliothek.Error()) {
		t.Fatalf("%s: the fast way reports\n%v\nthe library\n%v", art, schnell, bibliothek)
	}
}

// The invalid testdata documents and mutants of the valid ones: the
// violations read the same either way.
func TestEingrenzenWieBibliothek(t *testing.T) {
	v := Standard()
	n := 0
	for _, d := range testwerte(t, v) {
		vergleicheMeldungen(t, d.art, d.wert)
		if !strings.Contains(d.pfad, "/ungueltig/") {
			for _, m := range mutanten(d.wert, 4) {
				vergleicheMeldungen(t, d.art, m)
				n++
			}
		}
	}
	assert.Positive(t, n)
}
