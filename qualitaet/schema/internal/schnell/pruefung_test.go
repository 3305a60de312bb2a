package schnell

import (
	"encoding/json"
	"math/big"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSchnellpruefungGrenzfaelle(t *testing.T) {
	ganz := func(s string) (bool, bool) { return istGanz(json.Number(s)) }
	for _, c := range []struct {
		n        string
		ganz, ok bool
	}{{"1", true, true}, {"-0", true, true}, {"1.0", true, true}, {"1e2", true, true}, {"1.5", false, true},
		{"1e-1", false, true}, {"abc", false, false}} {
		g, ok := ganz(c.n)
		assert.Equal(t, c.ganz, g, "istGanz(%s)", c.n)
		assert.Equal(t, c.ok, ok, "istGanz(%s) ok", c.n)
	}
	null := neueGrenze(mustRat("0"))
	zehntel := neueGrenze(mustRat("0.1"))
	for _, c := range []struct {
		n   string
		g   *grenze
		cmp int
	}{{"0", null, 0}, {"-0", null, 0}, {"0.0", null, 0}, {"1e-400", null, 1}, {"-1e-400", null, -1},
		{"0.1", zehntel, 0}, {"0.10000000000000000001", zehntel, 1}, {"0.09999999999999999999", zehntel, -1}} {
		got, ok := vergleicheZahl(json.Number(c.n), c.g)
		assert.True(t, ok)
		assert.Equal(t, c.cmp, got, "vergleicheZahl(%s)", c.n)
	}
	for _, c := range []struct {
		a, b   any
		gl, ok bool
	}{
		{json.Number("1"), json.Number("1.0"), true, true},
		{json.Number("1"), json.Number("2"), false, true},
		{json.Number("1"), "1", false, true},
		{[]any{"a", json.Number("1")}, []any{"a", json.Number("1e0")}, true, true},
		{map[string]any{"a": nil}, map[string]any{"b": nil}, false, true},
		{map[string]any{"a": 1}, map[string]any{"a": 1}, false, false},
	} {
		gl, ok := gleich(c.a, c.b)
		assert.Equal(t, c.ok, ok, "gleich(%v, %v) ok", c.a, c.b)
		assert.Equal(t, c.gl, gl, "gleich(%v, %v)", c.a, c.b)
	}
}

func mustRat(s string) *big.Rat {
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		panic(s)
	}
	return r
}

// The strict date-time check: what RFC 3339 allows passes (leap second at
// 23:59:60 UTC, lowercase t and z, fractions, offsets), a sign in a field
// does not, and neither does what the library refuses anyway.
func TestZeitpunkt(t *testing.T) {
	for _, c := range []struct {
		s  string
		ok bool
	}{
		{"2024-05-01T10:00:00Z", true}, {"2024-05-01t10:00:00z", true}, {"2024-05-01T10:00:00.123456789+02:00", true},
		{"2024-12-31T23:59:60Z", true}, {"2025-01-01T00:59:60+01:00", true}, {"2024-02-29T00:00:00-00:00", true},
		{"2024-01-01T+1:+2:+3Z", false}, {"2024-01-01T-0:00:00Z", false}, {"2024-01-01T10:00:00++1:00", false},
		{"2024-01-01T10:00:00+-1:00", false}, {"2024-01-01T10:00:00.+5Z", false}, {"2024-01-01T12:00:60Z", false},
		{"2024-01-01T10:00:00", false}, {"2024-01-01 10:00:00Z", false}, {"2024-02-30T10:00:00Z", false},
		{"2024-01-01T10:00:00+0100", false}, {"2024-01-01T24:00:00Z", false}, {"", false},
	} {
		assert.Equal(t, c.ok, Zeitpunkt(c.s), c.s)
	}
	assert.True(t, Zeitpunkt(json.Number("1")), "no string: not this format's business")
}
