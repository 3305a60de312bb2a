package schema

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// grossesProfil returns the Oder-Spree profile grown to about groesse
// bytes by repeating one self-assessment; with stufe 7 every repetition is
// a violation (the scale ends at 4).
func grossesProfil(tb testing.TB, groesse int, stufe string) []byte {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "profile", "oder-spree.json"))
	if err != nil {
		tb.Fatal(err)
	}
	eintrag := `{"entwicklungsziel": "QD3.T1.Z1", "stufe": ` + stufe + `, "datum": "2020-02-12"}, `
	n := (groesse - len(data)) / len(eintrag)
	i := bytes.Index(data, []byte(`"einschaetzungen": [`))
	if i < 0 {
		tb.Fatal("no einschaetzungen")
	}
	i += len(`"einschaetzungen": [`)
	var b bytes.Buffer
	b.Grow(groesse)
	b.Write(data[:i])
	b.WriteString(strings.Repeat(eintrag, n))
	b.Write(data[i:])
	return b.Bytes()
}

// BenchmarkGrosseDatei validates an 8 MiB profile, valid and full of one
// repeated error: with the violations capped, the bad file costs no more
// than the good one.
func BenchmarkGrosseDatei(b *testing.B) {
	v := Standard()
	for _, c := range []struct{ name, stufe string }{{"gueltig", "4"}, {"fehlerhaft", "7"}} {
		data := grossesProfil(b, StandardMaxGroesse-4096, c.stufe)
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				wert, err := v.Dekodiere(data)
				if err != nil {
					b.Fatal(err)
				}
				err = v.Pruefe(ArtProfil, wert)
				if (err != nil) != (c.stufe == "7") {
					b.Fatal(err)
				}
			}
		})
	}
}

// A profile with 5000 times the same error lists the first
// MaxVerletzungen violations and counts the rest, with the fast way and
// with the library alone.
func TestVerletzungenBegrenzt(t *testing.T) {
	data := grossesProfil(t, 400<<10, "7")
	v := Standard()
	for _, val := range []*Validator{v, {k: v.k, ohneSchnell: true}} {
		wert, err := val.Dekodiere(data)
		require.NoError(t, err)
		err = val.Pruefe(ArtProfil, wert)
		var vf *ValidierungsFehler
		require.ErrorAs(t, err, &vf)
		require.Len(t, vf.Verletzungen, MaxVerletzungen+1)
		letzte := vf.Verletzungen[0] // pointer "" sorts first
		assert.Equal(t, RegelBegrenzt, letzte.Regel)
		n := bytes.Count(data, []byte(`"stufe": 7`))
		en := message.NewPrinter(language.English)
		assert.Equal(t, en.Sprintf("%d further places with violations are not listed (only the first %d violations)",
			n-MaxVerletzungen, MaxVerletzungen), letzte.Message)
		assert.Contains(t, letzte.Meldung, "weitere Stellen mit Verstößen sind nicht aufgeführt")
		assert.Equal(t, "/einschaetzungen/0/stufe", vf.Verletzungen[1].Zeiger)
		assert.Equal(t, "maximum", vf.Verletzungen[1].Regel)
	}
}
