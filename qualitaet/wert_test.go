package qualitaet_test

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	q "github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

func TestWertVon(t *testing.T) {
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		w := q.WertVon(f)
		assert.False(t, w.Gesetzt(), "WertVon(%v) is absent", f)
		assert.True(t, w.IsZero())
		z, ok := w.Zahl()
		assert.False(t, ok)
		assert.Equal(t, 0.0, z)
		assert.Equal(t, 7.5, w.Oder(7.5))
		assert.Equal(t, "k. A.", w.String())
	}
	var leer q.Wert
	assert.False(t, leer.Gesetzt(), "the zero Wert is absent")
	assert.Equal(t, q.Wert{}, q.WertVon(math.NaN()))

	null := q.WertVon(0)
	assert.True(t, null.Gesetzt(), "0 is a figure, not an absence")
	assert.False(t, null.IsZero())
	assert.Equal(t, 0.0, null.Oder(7.5))
	assert.Equal(t, "0", null.String())

	w := q.WertVon(178068)
	z, ok := w.Zahl()
	assert.True(t, ok)
	assert.Equal(t, 178068.0, z)
	assert.Equal(t, "178068", w.String())
	assert.Equal(t, "-0.6", q.WertVon(-0.6).String())
}

type wertDok struct {
	A q.Wert `json:"a"`
	B q.Wert `json:"b,omitzero"`
}

func TestWertJSON(t *testing.T) {
	tests := []struct {
		name string
		in   wertDok
		json string
	}{
		{"absent", wertDok{}, `{"a":null}`},
		{"zero is written", wertDok{A: q.WertVon(0), B: q.WertVon(0)}, `{"a":0,"b":0}`},
		{"NaN is absent", wertDok{A: q.WertVon(math.NaN()), B: q.WertVon(math.Inf(1))}, `{"a":null}`},
		{"figures", wertDok{A: q.WertVon(3.9), B: q.WertVon(-0.6)}, `{"a":3.9,"b":-0.6}`},
		{"large", wertDok{A: q.WertVon(178068), B: q.WertVon(93000)}, `{"a":178068,"b":93000}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.json, string(b))
			var zurueck wertDok
			require.NoError(t, json.Unmarshal(b, &zurueck))
			assert.Equal(t, tt.in, zurueck)
		})
	}

	var d wertDok
	require.NoError(t, json.Unmarshal([]byte(`{"a": 22.6}`), &d))
	assert.Equal(t, wertDok{A: q.WertVon(22.6)}, d, "a missing field is absent")
	require.NoError(t, json.Unmarshal([]byte(`{"a": null, "b": 1e2}`), &d))
	assert.Equal(t, wertDok{B: q.WertVon(100)}, d, "null is absent")
	for _, falsch := range []string{`{"a":"3,9"}`, `{"a":"3.9"}`, `{"a":true}`, `{"a":[1]}`, `{"a":{}}`, `{"a":1e400}`} {
		var d wertDok
		assert.Error(t, json.Unmarshal([]byte(falsch), &d), "json.Unmarshal(%s)", falsch)
	}
}

// Every present figure is written as a JSON number that the library's own
// decoder accepts again (the guard refuses literals over 64 characters and
// exponents beyond ±400) and that reads back exactly.
func TestWertJSONRundreiseExtrem(t *testing.T) {
	for _, f := range []float64{1e21, 1e-7, 123456789.125, 1e100, -1e300, math.MaxFloat64, math.SmallestNonzeroFloat64, 0.1 + 0.2} {
		w := q.WertVon(f)
		b, err := json.Marshal(w)
		require.NoError(t, err)
		var zurueck q.Wert
		require.NoError(t, json.Unmarshal(b, &zurueck), "%s", b)
		assert.Equal(t, w, zurueck, "round trip of %v", f)
		_, err = schema.Standard().Dekodiere(b)
		assert.NoError(t, err, "WertVon(%v) marshals to %d characters: %.40s…", f, len(b), b)
	}
}
