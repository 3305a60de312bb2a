package schema

import (
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
	for pfad, data := range testdokumente(t) {
		wert, err := v.Dekodiere(data)
		if err != nil {
			continue
		}
		art, err := ArtVon(wert)
		if err != nil {
			continue
		}
		u := vergleicheMitBibliothek(t, v.k, art, wert, pfad)
		if !strings.Contains(pfad, "/ungueltig/") && v.Pruefe(art, wert) == nil {
			assert.Equal(t, schnell.Gueltig, u, "%s: a valid document should pass the fast check", pfad)
		}
	}
}

// mutanten returns variants of a decoded document: at a spread of its
// nodes, the value replaced by values of other types and edge values, a key
// removed, an unknown key added, a list entry doubled.
func mutanten(wert any, anzahl int) []any {
	var pfade [][]any
	var sammle func(x any, pfad []any)
	sammle = func(x any, pfad []any) {
		pfade = append(pfade, slices.Clone(pfad))
		switch y := x.(type) {
		case map[string]any:
			keys := make([]string, 0, len(y))
			for k := range y {
				keys = append(keys, k)
			}
			slices.Sort(keys)
			for _, k := range keys {
				sammle(y[k], append(pfad, k))
			}
		case []any:
			for i, e := range y {
				sammle(e, append(pfad, i))
			}
		}
	}
	sammle(wert, nil)
	schritt := max(1, len(pfade)/anzahl)
	ersatz := []any{nil, true, "", "x", "2024-02-30", json.Number("-1"), json.Number("1.5"), json.Number("0"),
		json.Number("1e3"), json.Number("100.0"), map[string]any{}, []any{}, []any{"a", "a"}}
	var out []any
	for i := 0; i < len(pfade); i += schritt {
		pfad := pfade[i]
		for _, e := range ersatz {
			out = append(out, ersetze(kopie(wert), pfad, func(any) any { return e }))
		}
		out = append(out, ersetze(kopie(wert), pfad, func(x any) any {
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

func kopie(x any) any {
	switch y := x.(type) {
	case map[string]any:
		m := make(map[string]any, len(y))
		for k, e := range y {
			m[k] = kopie(e)
		}
		return m
	case []any:
		l := make([]any, len(y))
		for i, e := range y {
			l[i] = kopie(e)
		}
		return l
	}
	return x
}

func ersetze(wurzel any, pfad []any, f func(any) any) any {
	if len(pfad) == 0 {
		return f(wurzel)
	}
	switch y := wurzel.(type) {
	case map[string]any:
		k := pfad[0].(string)
		y[k] = ersetze(y[k], pfad[1:], f)
	case []any:
		i := pfad[0].(int)
		y[i] = ersetze(y[i], pfad[1:], f)
	}
	return wurzel
}

// Mutated testdata documents: the fast check never contradicts the library.
func TestSchnellpruefungMutanten(t *testing.T) {
	if testing.Short() {
		t.Skip("validates thousands of documents")
	}
	v := Standard()
	zahl := map[schnell.Urteil]int{}
	for pfad, data := range testdokumente(t) {
		if strings.Contains(pfad, "/ungueltig/") {
			continue
		}
		wert, err := v.Dekodiere(data)
		if err != nil {
			continue
		}
		art, err := ArtVon(wert)
		if err != nil {
			continue
		}
		for i, m := range mutanten(wert, 12) {
			zahl[vergleicheMitBibliothek(t, v.k, art, m, pfad+" mutant "+string(rune('0'+i%10)))]++
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
