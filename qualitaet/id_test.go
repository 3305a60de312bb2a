package qualitaet_test

import (
	"encoding/json"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	q "github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
)

// idFall is one row of the ID table; the fuzz target reuses the inputs.
type idFall struct {
	in        string
	art       q.IDArt // KeineID: invalid
	nummer    int
	dimension q.ID
	thema     q.ID
}

var idFaelle = []idFall{
	{"QD1", q.IDDimension, 1, "QD1", ""},
	{"QD3", q.IDDimension, 3, "QD3", ""},
	{"QD10", q.IDDimension, 10, "QD10", ""},
	{"QD99", q.IDDimension, 99, "QD99", ""},
	{"QD3.T1", q.IDThema, 3, "QD3", "QD3.T1"},
	{"QD10.T4", q.IDThema, 10, "QD10", "QD10.T4"},
	{"QD3.T12", q.IDThema, 3, "QD3", "QD3.T12"},
	{"QD3.T1.Z2", q.IDEntwicklungsziel, 3, "QD3", "QD3.T1"},
	{"QD10.T4.Z2", q.IDEntwicklungsziel, 10, "QD10", "QD10.T4"},
	{"QD99.T99.Z99", q.IDEntwicklungsziel, 99, "QD99", "QD99.T99"},
	{"QD3.T1.L1", q.IDLokalesZiel, 3, "QD3", "QD3.T1"},
	{"QD3.T12.L10", q.IDLokalesZiel, 3, "QD3", "QD3.T12"},

	{in: ""},
	{in: "QD"},
	{in: "QD0"},
	{in: "QD01"},
	{in: "QD100"},
	{in: "QD-1"},
	{in: "QD+3"},
	{in: "qd3"},
	{in: "Qd3"},
	{in: "QD3."},
	{in: ".QD3"},
	{in: "QD3..T1"},
	{in: "QD3.T0"},
	{in: "QD3.T01"},
	{in: "QD3.T100"},
	{in: "QD3.t1"},
	{in: "QD3.X1"},
	{in: "QD3.T"},
	{in: "QD3.T1."},
	{in: "QD3.T1.Z"},
	{in: "QD3.T1.Z0"},
	{in: "QD3.T1.z2"},
	{in: "QD3.T1.l1"},
	{in: "QD3.T1.X1"},
	{in: "QD3.T1.LZ1"},
	{in: "QD3.T1.Z2.Z3"},
	{in: "QD3.T1.Z2."},
	{in: " QD3"},
	{in: "QD3 "},
	{in: "QD3\x00"},
	{in: "QD\u0663"}, // ARABIC-INDIC DIGIT THREE
	{in: "QD３"},      // FULLWIDTH DIGIT THREE
	{in: "QD3/T1"},
}

func TestParseID(t *testing.T) {
	for _, tt := range idFaelle {
		t.Run(strconv.Quote(tt.in), func(t *testing.T) {
			id, err := q.ParseID(tt.in)
			if tt.art == q.KeineID {
				require.Error(t, err, "ParseID(%q) = %q, nil; want error", tt.in, id)
				assert.Equal(t, q.ID(""), id)
				assert.Contains(t, err.Error(), "ParseID("+strconv.Quote(tt.in)+")", "the error names the function and quotes the input")
				raw := q.ID(tt.in)
				assert.False(t, raw.IsValid(), "ID(%q).IsValid()", tt.in)
				assert.Equal(t, q.KeineID, raw.Art())
				assert.Equal(t, 0, raw.Nummer())
				assert.Equal(t, q.ID(""), raw.Dimension())
				assert.Equal(t, q.ID(""), raw.Thema())
				assert.False(t, raw.IsZiel())
				assert.Panics(t, func() { q.MustParseID(tt.in) }, "MustParseID(%q)", tt.in)
				var u q.ID
				if tt.in == "" {
					assert.NoError(t, u.UnmarshalText(nil), "the empty text is the zero ID")
					b, err := raw.MarshalText()
					assert.NoError(t, err)
					assert.Empty(t, b)
				} else {
					assert.Error(t, u.UnmarshalText([]byte(tt.in)), "UnmarshalText(%q)", tt.in)
					_, err := raw.MarshalText()
					assert.Error(t, err, "ID(%q).MarshalText()", tt.in)
				}
				return
			}
			require.NoError(t, err, "ParseID(%q)", tt.in)
			assert.Equal(t, q.ID(tt.in), id)
			assert.Equal(t, q.MustParseID(tt.in), id)
			assert.True(t, id.IsValid())
			assert.Equal(t, tt.art, id.Art(), "ParseID(%q).Art()", tt.in)
			assert.Equal(t, tt.nummer, id.Nummer(), "ParseID(%q).Nummer()", tt.in)
			assert.Equal(t, tt.dimension, id.Dimension(), "ParseID(%q).Dimension()", tt.in)
			assert.Equal(t, tt.thema, id.Thema(), "ParseID(%q).Thema()", tt.in)
			assert.Equal(t, tt.art == q.IDEntwicklungsziel || tt.art == q.IDLokalesZiel, id.IsZiel())

			// netip-style round trips: String, text, JSON.
			assert.Equal(t, tt.in, id.String())
			again, err := q.ParseID(id.String())
			require.NoError(t, err)
			assert.Equal(t, id, again, "ParseID(x.String()) == x")
			text, err := id.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, id.String(), string(text))
			var u q.ID
			require.NoError(t, u.UnmarshalText(text))
			assert.Equal(t, id, u)
			b, err := json.Marshal(struct{ ID q.ID }{id})
			require.NoError(t, err)
			assert.Equal(t, `{"ID":"`+tt.in+`"}`, string(b))
			var j struct{ ID q.ID }
			require.NoError(t, json.Unmarshal(b, &j))
			assert.Equal(t, id, j.ID)
		})
	}
}

func TestIDNullwert(t *testing.T) {
	var id q.ID
	assert.Equal(t, "", id.String())
	assert.False(t, id.IsValid())
	b, err := json.Marshal(map[string]q.ID{"id": id})
	require.NoError(t, err)
	assert.Equal(t, `{"id":""}`, string(b))
	var j struct{ ID q.ID }
	require.NoError(t, json.Unmarshal([]byte(`{"ID":""}`), &j))
	assert.Equal(t, q.ID(""), j.ID)
	assert.Error(t, json.Unmarshal([]byte(`{"ID":"QD0"}`), &j))
	assert.Error(t, json.Unmarshal([]byte(`{"ID":3}`), &j))
	_, err = json.Marshal(map[string]q.ID{"id": "QD0"})
	assert.Error(t, err, "an invalid ID does not marshal")
}

func TestIDArtString(t *testing.T) {
	tests := map[q.IDArt]string{
		q.KeineID:            "keine ID",
		q.IDDimension:        "Dimension",
		q.IDThema:            "Thema",
		q.IDEntwicklungsziel: "Entwicklungsziel",
		q.IDLokalesZiel:      "lokales Entwicklungsziel",
		q.IDArt(42):          "keine ID",
	}
	for a, want := range tests {
		assert.Equal(t, want, a.String(), "IDArt(%d).String()", int(a))
	}
}

func TestVergleicheIDs(t *testing.T) {
	tests := []struct {
		a, b q.ID
		want int
	}{
		{"QD2", "QD10", -1},
		{"QD9.T9.Z9", "QD10", -1},
		{"QD3", "QD3.T1", -1},
		{"QD3.T1", "QD3.T1.Z1", -1},
		{"QD3.T2", "QD3.T10", -1},
		{"QD3.T1.Z2", "QD3.T1.Z10", -1},
		{"QD3.T1.Z9", "QD3.T1.L1", -1},
		{"QD3.T1.Z10", "QD3.T1.L1", -1},
		{"QD3.T1.L2", "QD3.T1.L10", -1},
		{"QD3.T1.L1", "QD3.T2", -1},
		{"QD3.T1.Z1", "QD3.T1.Z1", 0},
		{"QD10", "QD10", 0},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, q.VergleicheIDs(tt.a, tt.b), "VergleicheIDs(%s, %s)", tt.a, tt.b)
		assert.Equal(t, -tt.want, q.VergleicheIDs(tt.b, tt.a), "VergleicheIDs(%s, %s)", tt.b, tt.a)
	}

	want := []q.ID{"QD2", "QD3", "QD3.T1", "QD3.T1.Z1", "QD3.T1.Z2", "QD3.T1.Z10", "QD3.T1.L1", "QD3.T1.L2",
		"QD3.T2", "QD3.T10", "QD3.T10.Z1", "QD10", "QD10.T1"}
	got := slices.Clone(want)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		rng.Shuffle(len(got), func(i, j int) { got[i], got[j] = got[j], got[i] })
		slices.SortFunc(got, q.VergleicheIDs)
		assert.Equal(t, want, got)
	}

	// The embedded catalogue is in natural order.
	alle := slices.Collect(q.Standard().IDs())
	assert.True(t, slices.IsSortedFunc(alle, q.VergleicheIDs), "Standard().IDs() is sorted by VergleicheIDs")
}

// TestIDFehlerText: the error of ParseID names the function for
// programmers and words input and reason for people, in both languages.
func TestIDFehlerText(t *testing.T) {
	for _, tc := range []struct{ in, de, en string }{
		{"QD3.T1.Z2.X", "„QD3.T1.Z2.X“ ist keine ID: zu viele Teile", "\"QD3.T1.Z2.X\" is no ID: too many parts"},
		{"D3", "„D3“ ist keine ID: Teil „D3“ muss mit QD beginnen", "\"D3\" is no ID: part \"D3\" must start with QD"},
		{"QD03", "„QD03“ ist keine ID: Teil „QD03“ braucht eine Nummer von 1 bis 99", "\"QD03\" is no ID: part \"QD03\" needs a number from 1 to 99"},
		{"QD3.T1.X1", "„QD3.T1.X1“ ist keine ID: Teil „X1“ muss mit Z oder L beginnen", "\"QD3.T1.X1\" is no ID: part \"X1\" must start with Z or L"},
	} {
		_, err := q.ParseID(tc.in)
		var f *q.IDFehler
		require.ErrorAs(t, err, &f, "ParseID(%q)", tc.in)
		assert.Equal(t, tc.in, f.Eingabe)
		assert.Equal(t, tc.de, f.Text(language.German), "ParseID(%q)", tc.in)
		assert.Equal(t, tc.en, f.Text(language.English), "ParseID(%q)", tc.in)
		assert.Contains(t, err.Error(), "qualitaet.ParseID("+strconv.Quote(tc.in)+")")
	}
}

// TestIDMethodenOhneFehler: the parts of an ID are read without building
// an error or allocating, valid or not; only ParseID and UnmarshalText
// word what is wrong.
func TestIDMethodenOhneFehler(t *testing.T) {
	for _, id := range []q.ID{"QD3.T1.Z2", "QD3.T1.L1", "QD10", "QD3.T1.X1", "a.b.c.d", ""} {
		n := testing.AllocsPerRun(100, func() {
			_ = id.Art()
			_ = id.Nummer()
			_ = id.Thema()
			_ = id.Dimension()
			_ = q.VergleicheIDs(id, "QD3.T2")
		})
		assert.Zero(t, n, "methods of %q allocate", id)
	}
}
