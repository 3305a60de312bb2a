package qualitaet

import (
	"math"
	"math/big"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// zufallsDezimal returns decimal text that is hard for float64: long
// fractions, integers around 2^53, exponents, neighbours of shortest
// decimals and tiny offsets from them.
func zufallsDezimal(rng *rand.Rand) string {
	switch rng.IntN(7) {
	case 0: // an integer around 2^53
		return strconv.FormatInt(1<<53+rng.Int64N(9)-4, 10)
	case 1: // a float's shortest decimal
		f := math.Float64frombits(rng.Uint64())
		if math.IsNaN(f) || math.IsInf(f, 0) || math.Abs(f) > 1e300 || (f != 0 && math.Abs(f) < 1e-300) {
			f = rng.Float64()
		}
		return strconv.FormatFloat(f, 'g', -1, 64)
	case 2: // a short decimal with a long tail of zeros and a final digit
		return "0." + strconv.Itoa(rng.IntN(10)) + strings.Repeat("0", 15+rng.IntN(10)) + strconv.Itoa(1+rng.IntN(9))
	case 3: // with an exponent
		return strconv.Itoa(1+rng.IntN(99)) + "e" + strconv.Itoa(rng.IntN(40)-20)
	case 4: // a long fraction
		var b strings.Builder
		b.WriteString(strconv.Itoa(rng.IntN(10)) + ".")
		for range 17 + rng.IntN(30) {
			b.WriteByte(byte('0' + rng.IntN(10)))
		}
		return b.String()
	case 5: // a negative neighbour
		return "-" + strings.TrimPrefix(zufallsDezimal(rng), "-")
	}
	return []string{"0.3", "0.30000000000000000001", "0.29999999999999999999", "9007199254740992", "9007199254740993",
		"1e-7", "0.0000001", "-0", "0", "1E2", "100"}[rng.IntN(11)]
}

// TestVergleicheZahlen: the comparison the engine uses (floats as a
// shortcut) agrees with math/big on the decimals as written.
func TestVergleicheZahlen(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 53))
	for range 20000 {
		a, b := zufallsDezimal(rng), zufallsDezimal(rng)
		if rng.IntN(4) == 0 {
			b = a
		}
		za, errA := zahlAusText(a)
		zb, errB := zahlAusText(b)
		require.NoError(t, errA, a)
		require.NoError(t, errB, b)
		ra, _ := new(big.Rat).SetString(a)
		rb, _ := new(big.Rat).SetString(b)
		require.Equal(t, ra.Cmp(rb), vergleicheZahlen(za, zb), "%s vs %s", a, b)
	}
}

// TestVergleicheZahlenGrenzfaelle: the cases of the issue, decided exactly.
func TestVergleicheZahlenGrenzfaelle(t *testing.T) {
	z := func(s string) genaueZahl {
		x, err := zahlAusText(s)
		require.NoError(t, err)
		return x
	}
	assert.Equal(t, 1, vergleicheZahlen(z("0.30000000000000000001"), z("0.3")))
	assert.Equal(t, 1, vergleicheZahlen(z("9007199254740993"), z("9007199254740992")))
	assert.Equal(t, 0, vergleicheZahlen(z("1e2"), z("100.000")))
	assert.Equal(t, 0, vergleicheZahlen(z("-0"), z("0")))
	assert.Equal(t, -1, vergleicheZahlen(z("0.1"), genaueZahl{f: math.Nextafter(0.1, 1)}), "0.1 and its float neighbour differ")
	_, err := zahlAusText("1e400")
	assert.Error(t, err)
}

// TestRegelSchwellenRundreise: a rule's threshold keeps its decimal text
// through reading and writing.
func TestRegelSchwellenRundreise(t *testing.T) {
	var r Regel
	require.NoError(t, r.UnmarshalJSON([]byte(`{"id":"x","operator":"zwischen","von":0.30000000000000000001,"bis":9007199254740993,"stufe":1}`)))
	von, bis := new(big.Rat), new(big.Rat)
	von.SetString("0.30000000000000000001")
	bis.SetString("9007199254740993")
	_, gv, gb := r.Schwellen()
	assert.Equal(t, 0, von.Cmp(gv))
	assert.Equal(t, 0, bis.Cmp(gb))
	data, err := r.MarshalJSON()
	require.NoError(t, err)
	assert.Contains(t, string(data), `"von":0.30000000000000000001`)
	assert.Contains(t, string(data), `"bis":9007199254740993`)
	assert.Equal(t, "0.30000000000000000001", dezimalText(gv))
}

// TestStichtag: the day of Zeitpunkt counts whatever the times of day;
// later days do not and are named in the notes; the zero time cuts
// nothing.
func TestStichtag(t *testing.T) {
	tag := time.Date(2026, 10, 1, 9, 0, 0, 0, time.UTC)
	es := []Einschaetzung{
		{Entwicklungsziel: "QD3.T1.Z1", StufeGesetzt: true, Stufe: 1, Datum: tag.Add(14 * time.Hour), Einschaetzende: "a"}, // 23:00 the same day
		{Entwicklungsziel: "QD3.T1.Z1", StufeGesetzt: true, Stufe: 4, Datum: tag.Add(24 * time.Hour), Einschaetzende: "b"},
	}
	b, err := Bewerte(Eingabe{Einschaetzungen: es, Zeitpunkt: tag})
	require.NoError(t, err)
	require.Len(t, b.Streuung, 1)
	assert.Equal(t, []Stufe{1}, b.Streuung[0].Stufen)
	assert.Contains(t, b.Hinweise, "Einschätzung 1 vom 02.10.2026 übergangen: sie liegt nach dem Stichtag 01.10.2026 der Bewertung")
	b, err = Bewerte(Eingabe{Einschaetzungen: es})
	require.NoError(t, err)
	assert.Equal(t, []Stufe{1, 4}, b.Streuung[0].Stufen)
}
