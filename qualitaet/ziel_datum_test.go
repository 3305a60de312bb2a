package qualitaet

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// kalenderdaten are the rows of TestKalenderdatumTextform and the seeds of
// FuzzParseKalenderdatum.
var kalenderdaten = []struct {
	text string
	want Kalenderdatum
	jahr int
}{
	{"2024-03-01", KalenderdatumVon(2024, time.March, 1), 2024},
	{"2024-02-29", KalenderdatumVon(2024, time.February, 29), 2024},
	{"2019-08-21", KalenderdatumVon(2019, time.August, 21), 2019},
	{"1989-12-31", KalenderdatumVon(1989, time.December, 31), 1989},
	{"0001-01-01", KalenderdatumVon(1, time.January, 1), 1},
	{"0000-01-01", KalenderdatumVon(0, time.January, 1), 0},
	{"9999-12-31", KalenderdatumVon(9999, time.December, 31), 9999},
}

// keineKalenderdaten are texts ParseKalenderdatum refuses; also fuzz seeds.
var keineKalenderdaten = []string{
	"", "2019-02-29", "2023-02-30", "2019-13-01", "2019-00-10", "2019-8-21", "2019-08-1", "2019-08-021",
	"21.08.2019", "2019-08-21T10:00:00Z", " 2019-08-21", "2019-08-21 ", "+201-08-21", "-001-01-01",
	"10000-01-01", "２019-08-21", "k. A.",
}

func TestKalenderdatumTextform(t *testing.T) {
	for _, tt := range kalenderdaten {
		t.Run(tt.text, func(t *testing.T) {
			d, err := ParseKalenderdatum(tt.text)
			require.NoError(t, err)
			assert.Equal(t, tt.want, d, "ParseKalenderdatum(%q)", tt.text)
			assert.Equal(t, tt.want, MussKalenderdatum(tt.text))
			assert.Equal(t, tt.text, d.String())
			assert.Equal(t, tt.jahr, d.Jahr())
			assert.True(t, d.Valid(), "%v.Valid()", d)
			assert.False(t, d.IsZero())

			b, err := d.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tt.text, string(b))
			var zurueck Kalenderdatum
			require.NoError(t, zurueck.UnmarshalText(b))
			assert.Equal(t, d, zurueck)

			j, err := json.Marshal(d)
			require.NoError(t, err)
			assert.Equal(t, `"`+tt.text+`"`, string(j))
			zurueck = Kalenderdatum{}
			require.NoError(t, json.Unmarshal(j, &zurueck))
			assert.Equal(t, d, zurueck)
		})
	}
}

func TestKeinKalenderdatum(t *testing.T) {
	for _, s := range keineKalenderdaten {
		t.Run(s, func(t *testing.T) {
			d, err := ParseKalenderdatum(s)
			require.Error(t, err)
			assert.ErrorContains(t, err, "ParseKalenderdatum(")
			assert.ErrorContains(t, err, `"`+s+`"`, "the error quotes the input")
			assert.True(t, d.IsZero())
			assert.PanicsWithError(t, err.Error(), func() { MussKalenderdatum(s) })
			if s != "" {
				var x Kalenderdatum
				assert.Error(t, x.UnmarshalText([]byte(s)))
			}
		})
	}
}

func TestKalenderdatumAbwesend(t *testing.T) {
	var leer Kalenderdatum
	assert.True(t, leer.IsZero())
	assert.False(t, leer.Valid(), "the absent date is no day")
	assert.Equal(t, 0, leer.Jahr())
	assert.Equal(t, "k. A.", leer.String())
	assert.True(t, leer.Zeit().IsZero())
	b, err := leer.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "", string(b))

	// 0001-01-01 is a day although its midnight is the zero time.
	erster := MussKalenderdatum("0001-01-01")
	assert.False(t, erster.IsZero())
	assert.NotEqual(t, leer, erster)
	assert.Equal(t, erster, KalenderdatumVon(1, time.January, 1))
	assert.True(t, leer.Vor(erster), "the absent date comes before every day")
	assert.True(t, leer.Vor(MussKalenderdatum("0000-01-01")), "the absent date comes before every day")
	assert.True(t, KalenderdatumAus(time.Time{}).IsZero(), "the zero time gives the absent date")
	assert.Equal(t, erster, KalenderdatumAus(time.Date(1, 1, 1, 12, 0, 0, 0, time.UTC)))

	x := MussKalenderdatum("2024-03-01")
	require.NoError(t, x.UnmarshalText(nil))
	assert.True(t, x.IsZero(), `"" gives the absent date`)

	var doc struct {
		D Kalenderdatum `json:"datum,omitzero"`
		P Kalenderdatum `json:"pflicht"`
	}
	j, err := json.Marshal(doc)
	require.NoError(t, err)
	assert.Equal(t, `{"pflicht":""}`, string(j), "omitzero leaves the absent date out; without it, it is \"\"")
}

func TestKalenderdatumValid(t *testing.T) {
	tests := []struct {
		name string
		d    Kalenderdatum
		want bool
	}{
		{"Tag", KalenderdatumVon(2023, time.June, 20), true},
		{"30. Februar wird normalisiert", KalenderdatumVon(2023, time.February, 30), true},
		{"Jahr 0000", KalenderdatumVon(0, time.January, 1), true},
		{"Jahr 9999", KalenderdatumVon(9999, time.December, 31), true},
		{"fünfstelliges Jahr", KalenderdatumVon(10000, time.January, 1), false},
		{"negatives Jahr", KalenderdatumVon(-1, time.December, 31), false},
		{"über 9999 hinaus normalisiert", KalenderdatumVon(9999, time.December, 32), false},
		{"abwesend", Kalenderdatum{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.d.Valid(), "%v.Valid()", tt.d)
			if tt.d.IsZero() {
				return
			}
			// Valid means exactly: the text form reads back.
			b, err := tt.d.MarshalText()
			require.NoError(t, err)
			zurueck, err := ParseKalenderdatum(string(b))
			assert.Equal(t, tt.want, err == nil && zurueck == tt.d, "ParseKalenderdatum(%q) = %v, %v", b, zurueck, err)
		})
	}
	assert.Equal(t, KalenderdatumVon(2023, time.March, 2), KalenderdatumVon(2023, time.February, 30))
}

func TestKalenderdatumJahr(t *testing.T) {
	assert.Equal(t, 2023, KalenderdatumVon(2023, time.December, 31).Jahr())
	assert.Equal(t, 2024, KalenderdatumVon(2023, time.December, 32).Jahr(), "normalised into the next year")
	assert.Equal(t, 2019, KalenderdatumAus(time.Date(2019, 12, 31, 23, 30, 0, 0, time.FixedZone("X", 3600))).Jahr(),
		"the day in t's own location")
	assert.Equal(t, 0, Kalenderdatum{}.Jahr())
}

func TestKalenderdatumVergleich(t *testing.T) {
	a, b := MussKalenderdatum("2023-03-15"), MussKalenderdatum("2023-06-20")
	tests := []struct {
		d, e      Kalenderdatum
		compare   int
		vor, nach bool
	}{
		{a, b, -1, true, false},
		{b, a, 1, false, true},
		{a, a, 0, false, false},
		{MussKalenderdatum("2023-03-14"), a, -1, true, false},
		{MussKalenderdatum("2022-12-31"), MussKalenderdatum("2023-01-01"), -1, true, false},
		{Kalenderdatum{}, MussKalenderdatum("0000-01-01"), -1, true, false},
		{Kalenderdatum{}, Kalenderdatum{}, 0, false, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.compare, tt.d.Compare(tt.e), "%v.Compare(%v)", tt.d, tt.e)
		assert.Equal(t, tt.vor, tt.d.Vor(tt.e), "%v.Vor(%v)", tt.d, tt.e)
		assert.Equal(t, tt.nach, tt.d.Nach(tt.e), "%v.Nach(%v)", tt.d, tt.e)
	}
}

// FuzzParseKalenderdatum: ParseKalenderdatum never panics; what it accepts is
// a valid day whose text form is the input and reads back to the same day.
func FuzzParseKalenderdatum(f *testing.F) {
	for _, tt := range kalenderdaten {
		f.Add(tt.text)
	}
	for _, s := range keineKalenderdaten {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseKalenderdatum(s)
		if err != nil {
			if !d.IsZero() {
				t.Fatalf("ParseKalenderdatum(%q) = %v, %v; want the absent date with the error", s, d, err)
			}
			return
		}
		if !d.Valid() || d.String() != s {
			t.Fatalf("ParseKalenderdatum(%q) = %v (valid %v)", s, d, d.Valid())
		}
		b, err := d.MarshalText()
		if err != nil || string(b) != s {
			t.Fatalf("%v.MarshalText() = %q, %v; want %q", d, b, err, s)
		}
		if d.Jahr() != d.Zeit().Year() {
			t.Fatalf("%v.Jahr() = %d, want %d", d, d.Jahr(), d.Zeit().Year())
		}
	})
}
