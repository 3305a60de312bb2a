package schema

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// dekodiereSorgfaeltig is the careful way: encoding/json with UseNumber and
// the limits checked on their own.
func dekodiereSorgfaeltig(data []byte, maxTiefe int) (any, bool) {
	if pruefeTiefe(data, maxTiefe) != nil {
		return nil, false
	}
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		return nil, false
	}
	if len(bytes.TrimLeft(data[d.InputOffset():], " \t\r\n")) > 0 || !zahlenOK(v) {
		return nil, false
	}
	return v, true
}

var leserFaelle = []string{
	`{"a": [1, 2.5, "x", null, true, false, {}], "b": -0.5e3, "c": []}`,
	`"Grüße „Oder-Spree“ – ß"`, `"a\nb\t\"c\"\\\/ \u00e4 \ud83d\ude00 \ud83d \udc00x \ud83d\u0041"`,
	"\"\xff\xfe ok \xc3\"", `{"a":1,"a":2}`, `{"a\u0000b":1}`, `-0`, `0.0e-0`, `1E+2`,
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
		_, ok := dekodiereSchnell(data, StandardMaxTiefe)
		_, okS := dekodiereSorgfaeltig(data, StandardMaxTiefe)
		assert.Equal(t, okS, ok, pfad)
		pruefeLeser(t, data)
	}
}

func pruefeLeser(t *testing.T, data []byte) {
	t.Helper()
	schnell, ok := dekodiereSchnell(data, StandardMaxTiefe)
	sorgfaeltig, okS := dekodiereSorgfaeltig(data, StandardMaxTiefe)
	if ok != okS {
		t.Fatalf("dekodiereSchnell(%q) ok = %v, the careful way %v", data, ok, okS)
	}
	if ok && !reflect.DeepEqual(schnell, sorgfaeltig) {
		t.Fatalf("dekodiereSchnell(%q) = %#v, encoding/json %#v", data, schnell, sorgfaeltig)
	}
}

func FuzzLeser(f *testing.F) {
	for _, c := range leserFaelle {
		f.Add([]byte(c))
	}
	f.Fuzz(func(t *testing.T, data []byte) { pruefeLeser(t, data) })
}
