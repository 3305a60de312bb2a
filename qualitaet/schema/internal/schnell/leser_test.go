package schnell

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const standardTiefe = 64

// dekodiereSorgfaeltig is the careful way: encoding/json with UseNumber and
// the limits checked on their own; doppelt reports a key twice in an object.
func dekodiereSorgfaeltig(data []byte, maxTiefe int) (wert any, ok, doppelt bool) {
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		return nil, false, false
	}
	if len(bytes.TrimLeft(data[d.InputOffset():], " \t\r\n")) > 0 || !zahlenOK(v) || tiefe(v) > maxTiefe {
		return nil, false, false
	}
	if doppelteSchluessel(data) {
		return nil, false, true
	}
	return v, true, false
}

func zahlenOK(v any) bool {
	switch x := v.(type) {
	case json.Number:
		return ZahlOK(string(x))
	case map[string]any:
		for _, e := range x {
			if !zahlenOK(e) {
				return false
			}
		}
	case []any:
		for _, e := range x {
			if !zahlenOK(e) {
				return false
			}
		}
	}
	return true
}

func tiefe(v any) int {
	n := 0
	switch x := v.(type) {
	case map[string]any:
		for _, e := range x {
			n = max(n, tiefe(e))
		}
		return n + 1
	case []any:
		for _, e := range x {
			n = max(n, tiefe(e))
		}
		return n + 1
	}
	return 0
}

// doppelteSchluessel walks the tokens of valid JSON: true if one object
// has a key twice.
func doppelteSchluessel(data []byte) bool {
	d := json.NewDecoder(bytes.NewReader(data))
	type ebene struct {
		namen     map[string]bool
		wertFolgt bool
	}
	var stapel []*ebene
	for {
		tok, err := d.Token()
		if err != nil {
			return false
		}
		var oben *ebene
		if len(stapel) > 0 {
			oben = stapel[len(stapel)-1]
		}
		if name, ok := tok.(string); ok && oben != nil && oben.namen != nil && !oben.wertFolgt {
			if oben.namen[name] {
				return true
			}
			oben.namen[name], oben.wertFolgt = true, true
			continue
		}
		if oben != nil {
			oben.wertFolgt = false
		}
		switch tok {
		case json.Delim('{'):
			stapel = append(stapel, &ebene{namen: map[string]bool{}})
		case json.Delim('['):
			stapel = append(stapel, &ebene{})
		case json.Delim('}'), json.Delim(']'):
			stapel = stapel[:len(stapel)-1]
		}
	}
}

var leserFaelle = []string{
	`{"a": [1, 2.5, "x", null, true, false, {}], "b": -0.5e3, "c": []}`,
	`"Grüße „Oder-Spree“ – ß"`, `"a\nb\t\"c\"\\\/ \u00e4 \ud83d\ude00 \ud83d \udc00x \ud83d\u0041"`,
	"\"\xff\xfe ok \xc3\"", `{"a":1,"a":2}`, `{"a":{"b":1,"c":[{"b":2,"b":3}]},"b":1}`, `[{"a":1},{"a":1}]`, `{"a\u0000b":1}`, `-0`, `0.0e-0`, `1E+2`,
	`01`, `1.`, `.5`, `-`, `+1`, `1e`, `[1,]`, `{"a":1,}`, `{,}`, `[`, `{"a"`, `"\x"`, `"\u12"`, "\"a\tb\"",
	`tru`, `nul`, `true false`, ` [ ] `, "\ufeff{}", `{"a":[` + strings.Repeat("[", 70) + `]}`,
	`[1e400]`, `[1e401]`, `[` + strings.Repeat("9", 65) + `]`, `{"x":"\'"}`,
}

// The fast reader gives what encoding/json gives, for everything both
// accept, and accepts everything the careful way accepts.
func TestLeserWieEncodingJSON(t *testing.T) {
	for _, c := range leserFaelle {
		pruefeLeser(t, []byte(c))
	}
	for pfad, data := range testdokumente(t) {
		_, ok, _ := Dekodiere(data, standardTiefe)
		_, okS, _ := dekodiereSorgfaeltig(data, standardTiefe)
		assert.Equal(t, okS, ok, pfad)
		pruefeLeser(t, data)
	}
}

// testdokumente returns every JSON document under the repository's
// testdata, valid ones and those under testdata/ungueltig.
func testdokumente(t testing.TB) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(filepath.Join("..", "..", "..", "..", "testdata"), func(pfad string, d os.DirEntry, err error) error {
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

func pruefeLeser(t *testing.T, data []byte) {
	t.Helper()
	schnell, ok, doppelt := Dekodiere(data, standardTiefe)
	sorgfaeltig, okS, doppeltS := dekodiereSorgfaeltig(data, standardTiefe)
	// A key twice is found by both; the reader may also stop at one
	// before it meets an error the careful way reports first.
	if ok != okS || (doppeltS && !doppelt) || (doppelt && ok) {
		t.Fatalf("Dekodiere(%q) ok = %v, doppelt = %v; the careful way %v, %v", data, ok, doppelt, okS, doppeltS)
	}
	if ok && !reflect.DeepEqual(schnell, sorgfaeltig) {
		t.Fatalf("Dekodiere(%q) = %#v, encoding/json %#v", data, schnell, sorgfaeltig)
	}
}

func FuzzLeser(f *testing.F) {
	for _, c := range leserFaelle {
		f.Add([]byte(c))
	}
	f.Fuzz(func(t *testing.T, data []byte) { pruefeLeser(t, data) })
}
