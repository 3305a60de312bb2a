package schnell

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func testKnoten(t *testing.T, schema string) *Knoten {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	c.AssertFormat = true
	require.NoError(t, c.AddResource("https://example.org/test.json", strings.NewReader(schema)))
	s, err := c.Compile("https://example.org/test.json")
	require.NoError(t, err)
	return NeuerBaumeister(nil).Baue(s)
}

// Normalisiere writes integers as integers and date-times as time.Time
// parses them, only where the schema says integer or date-time.
func TestNormalisiere(t *testing.T) {
	k := testKnoten(t, `{"type": "object", "properties": {
		"n": {"type": "integer"}, "z": {"type": "number"}, "t": {"type": "string", "format": "date-time"},
		"s": {"type": "string"}, "l": {"type": "array", "items": {"$ref": "#/properties/n"}},
		"o": {"oneOf": [{"type": "integer"}, {"type": "string", "format": "date-time"}]}}}`)
	var wert any
	d := json.NewDecoder(strings.NewReader(`{"n": 2.0, "z": 2.0, "t": "2016-12-31t23:59:60.5z", "s": "2016-12-31t23:59:60z",
		"l": [1e2, -0.0, 3, 2.5], "o": "2024-05-01t10:00:00+02:00"}`))
	d.UseNumber()
	require.NoError(t, d.Decode(&wert))
	neu, geaendert := k.Normalisiere(wert)
	assert.True(t, geaendert)
	assert.Equal(t, map[string]any{"n": json.Number("2"), "z": json.Number("2.0"), "t": "2016-12-31T23:59:59.999999999Z",
		"s": "2016-12-31t23:59:60z", "l": []any{json.Number("100"), json.Number("0"), json.Number("3"), json.Number("2.5")},
		"o": "2024-05-01T10:00:00+02:00"}, neu)

	_, geaendert = k.Normalisiere(map[string]any{"n": json.Number("2"), "t": "2024-05-01T10:00:00Z"})
	assert.False(t, geaendert, "nothing to do")
}
