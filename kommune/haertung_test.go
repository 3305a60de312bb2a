package kommune

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// Every message of the package renders in German and English and is used
// in its code.
func TestKatalogeVollstaendig(t *testing.T) {
	require.NoError(t, meldungen.Pruefe(os.DirFS(".")), "meldungen")
	require.NoError(t, lueckenMeldungen.Pruefe(os.DirFS(".")), "lueckenMeldungen")
}

// testprofile returns the example and every valid profile under testdata.
func testprofile(t testing.TB) []*Profil {
	t.Helper()
	p, err := Beispiel()
	require.NoError(t, err)
	out := []*Profil{p}
	dateien, err := filepath.Glob("../testdata/profile/*.json")
	require.NoError(t, err)
	require.NotEmpty(t, dateien)
	for _, d := range dateien {
		b, err := os.ReadFile(d)
		require.NoError(t, err)
		p, err := ParseProfil(b)
		require.NoError(t, err, d)
		out = append(out, p)
	}
	return out
}

// Catalogues, Regelwerke and the validator are shared read-only: 64
// goroutines reading and evaluating the same profiles at once get exactly
// what one goroutine gets. Run with -race.
func TestBewerteNebenlaeufig(t *testing.T) {
	profile := testprofile(t)
	rw := qualitaet.StandardRegelwerk()
	optionen := []BewertungsOptionen{
		{Zeitpunkt: benchZeitpunkt},
		{Zeitpunkt: benchZeitpunkt, Sprache: language.English, Regelwerk: rw},
	}
	type ergebnis struct {
		b   *qualitaet.Bewertung
		err error
	}
	erwartet := make([][]ergebnis, len(profile))
	for i, p := range profile {
		for _, opt := range optionen {
			b, err := Bewerte(p, opt)
			erwartet[i] = append(erwartet[i], ergebnis{b, err})
		}
	}
	daten := BeispielDokument()
	var wg sync.WaitGroup
	for g := range 64 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if g%4 == 0 { // some read the document themselves while others evaluate
				p, err := ParseProfil(daten)
				if !assert.NoError(t, err) {
					return
				}
				b, err := Bewerte(p, optionen[0])
				assert.Equal(t, erwartet[0][0], ergebnis{b, err})
			}
			for i, p := range profile {
				for j, opt := range optionen {
					b, err := Bewerte(p, opt)
					assert.Equal(t, erwartet[i][j], ergebnis{b, err}, "profile %d, options %d", i, j)
				}
			}
		}()
	}
	wg.Wait()
}

// endlos is a reader that never ends.
type endlos struct{ b byte }

func (e endlos) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = e.b
	}
	return len(p), nil
}

// Odd and endless Steckbrief text: a clear error or a profile with
// warnings, never a panic or a hang; work grows linearly with the size.
func TestSteckbriefGrenzfaelle(t *testing.T) {
	_, _, err := ParseSteckbrief(endlos{'x'})
	assert.ErrorIs(t, err, schema.ErrZuGross)
	_, _, err = ParseSteckbrief(io.MultiReader(strings.NewReader("# Landkreis A, Bayern\n## KOMMUNALSTRUKTUR\n"), endlos{'\n'}))
	assert.ErrorIs(t, err, schema.ErrZuGross)

	const mib = 1 << 20
	for name, text := range map[string]string{
		"eine lange Zeile":       "# A, Bayern\n## WIR ÜBER UNS\nAnsprechperson\t" + strings.Repeat("Ä", mib),
		"lange Liste":            "# A, Bayern\n## NETZWERKPARTNER\n" + strings.Repeat("- Partner\n", 100_000),
		"tiefe Liste":            "# A, Bayern\n## ANGEBOTE\n" + strings.Repeat("  ", 2000) + "- tief\n",
		"nur Überschriften":      strings.Repeat("## X\n", 100_000),
		"Binärdaten":             string(bytes.Repeat([]byte{0xff, 0x00, 0xfe, '\r'}, mib/4)),
		"Zahlen ohne Ende":       "# A, Bayern\n## KOMMUNALSTRUKTUR\nBevölkerungszahl insgesamt\t" + strings.Repeat("9.999", mib/5),
		"Zeilenenden gemischt":   strings.Repeat("a\rb\r\nc\n", mib/8),
		"Kombinierende Zeichen":  "# A" + strings.Repeat("\u0308", mib/2),
		"Markdown-Steuerzeichen": strings.Repeat("#-*|>`[", mib/8),
	} {
		t.Run(name, func(t *testing.T) {
			p, _, err := ParseSteckbrief(strings.NewReader(text))
			if err != nil {
				var ve *schema.ValidierungsFehler
				assert.ErrorAs(t, err, &ve)
				return
			}
			require.NotNil(t, p)
			_ = p.Steckbrief()
		})
	}
}

// BenchmarkSteckbriefUeberschriften measures the reader on the shape that
// once was quadratic (many headings of one level: each searched all before
// it). The reader is linear: the 80 000 case takes about four times the
// 20 000 case per operation, far from sixteen (the old search gave 11.5).
// Speed is a benchmark, never a timed test:
//
//	go test ./kommune -run '^$' -bench SteckbriefUeberschriften
func BenchmarkSteckbriefUeberschriften(b *testing.B) {
	for _, n := range []int{20_000, 80_000} {
		text := "# A, Bayern\n" + strings.Repeat("## Unser Verständnis Früher Hilfen\n", n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				if _, _, err := ParseSteckbrief(strings.NewReader(text)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// The whole way from bytes refuses what it must, with the rule to branch
// on: garbage, truncated JSON, deep nesting, too large, a foreign $schema.
func TestParseProfilGrenzfaelle(t *testing.T) {
	daten := BeispielDokument()
	for name, c := range map[string]struct {
		data []byte
		err  error
	}{
		"Müll":             {bytes.Repeat([]byte{0xde, 0xad, 0xbe, 0xef}, 1000), schema.ErrSyntax},
		"abgeschnitten":    {daten[:len(daten)/2], schema.ErrSyntax},
		"tief":             {[]byte(strings.Repeat("[", 100_000) + strings.Repeat("]", 100_000)), schema.ErrZuTief},
		"tief im Profil":   {[]byte(`{"$schema":"` + SchemaID + `","name":"A","x":` + strings.Repeat("[", 100_000)), schema.ErrZuTief},
		"fremdes Schema":   {[]byte(`{"$schema":"https://evil.example/profil.schema.json","name":"A"}`), schema.ErrUnbekanntesSchema},
		"Datei als Schema": {[]byte(`{"$schema":"file:///etc/passwd","name":"A"}`), schema.ErrUnbekanntesSchema},
		"leer":             {nil, schema.ErrSyntax},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := ParseProfil(c.data)
			assert.ErrorIs(t, err, c.err)
			_, err = LiesProfil(bytes.NewReader(c.data))
			assert.ErrorIs(t, err, c.err)
		})
	}
	_, err := LiesProfil(endlos{' '})
	assert.ErrorIs(t, err, schema.ErrZuGross)

	// Many sections of one level: the checks find the section above each
	// without scanning all before it.
	_, err = ParseProfil(vieleAbschnitte(100_000))
	var ve *schema.ValidierungsFehler
	if assert.ErrorAs(t, err, &ve) && !assert.Len(t, ve.Verletzungen, 1, "only the last section's kind is wrong") {
		t.Log(ve.Verletzungen[:min(3, len(ve.Verletzungen))])
	}
}

// vieleAbschnitte is a profile with n sections of one level and a last one
// whose kind does not fit its level.
func vieleAbschnitte(n int) []byte {
	abschnitte := strings.Repeat(`{"titel":"Unser Verständnis Früher Hilfen","ebene":2,"art":"verstaendnis"},`, n)
	return []byte(`{"$schema":"` + SchemaID + `","name":"A","abschnitte":[` + abschnitte + `{"titel":"X","ebene":3,"art":"verstaendnis"}]}`)
}

// BenchmarkAbschnitteEinerEbene measures the profile checks on many sections
// of one level (each finds the section above it without scanning all before
// it): the 100 000 case costs about ten times the 10 000 case per operation.
func BenchmarkAbschnitteEinerEbene(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		data := vieleAbschnitte(n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				if _, err := ParseProfil(data); err == nil {
					b.Fatal("the last section's kind is wrong")
				}
			}
		})
	}
}
