package bogen_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/bogen"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"golang.org/x/text/unicode/norm"
)

// FuzzLies checks that Lies never panics and keeps its promises on any
// input: either ratings or a *schema.ValidierungsFehler whose violations all
// have a message in both languages, never both; every rating is complete,
// on the scale, for a goal of the catalogue and a sector the (stand-in)
// network knows, with a rater key and valid
// Ebene and Entwicklungsbedarf (the optional columns of rounds and raters),
// with NFC text; and a sheet that
// was read reads the same again after the ratings are written back as CSV.
// Seeded from every sheet under testdata/boegen and the table of TestLies.
func FuzzLies(f *testing.F) {
	dateien, err := filepath.Glob(filepath.Join(testdata, "*.csv"))
	if err != nil {
		f.Fatal(err)
	}
	for _, p := range dateien {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, tt := range lesenFaelle {
		f.Add([]byte(tt.in))
	}
	r := qualitaet.Standard()
	f.Fuzz(func(t *testing.T, data []byte) {
		es, err := bogen.Lies(strings.NewReader(string(data)), "fuzz.csv", r, bogen.LeseOptionen{MaxGroesse: 1 << 16, SektorBekannt: sektorBekannt})
		if err != nil {
			if es != nil {
				t.Fatalf("Lies returned ratings and an error: %v", err)
			}
			var vf *schema.ValidierungsFehler
			if !errors.As(err, &vf) {
				t.Fatalf("Lies error %T %v, want *schema.ValidierungsFehler", err, err)
			}
			if len(vf.Verletzungen) == 0 {
				t.Fatal("error without violations")
			}
			for _, v := range vf.Verletzungen {
				if v.Meldung == "" || v.Message == "" || v.Regel == "" {
					t.Fatalf("incomplete violation %+v", v)
				}
			}
			return
		}
		for _, e := range es {
			if _, ok := r.Entwicklungsziel(e.Entwicklungsziel); !ok {
				t.Fatalf("rating of unknown goal %q", e.Entwicklungsziel)
			}
			if !e.NichtBeurteilbar && !e.Stufe.Valid() {
				t.Fatalf("level off the scale: %v", e.Stufe)
			}
			if e.Person == "" || e.Datum.IsZero() || e.Einschaetzende == "" {
				t.Fatalf("incomplete rating %+v", e)
			}
			if e.Sektor != "" && !sektorBekannt(e.Sektor) {
				t.Fatalf("rating of a sector the network does not know: %q", e.Sektor)
			}
			if (e.Ebene != "" && !e.Ebene.Valid()) || (e.Entwicklungsbedarf != "" && !e.Entwicklungsbedarf.Valid()) {
				t.Fatalf("level or need off its values: %+v", e)
			}
			for _, s := range []string{e.Person, e.Sektor, e.Begruendung} {
				if !utf8.ValidString(s) || !norm.NFC.IsNormalString(s) {
					t.Fatalf("text not NFC UTF-8: %q", s)
				}
			}
		}
		// Written back as a sheet, the ratings read the same.
		var b strings.Builder
		b.WriteString("entwicklungsziel;person;kennung;runde;ebene;entwicklungsbedarf;sektor;stufe;datum;kommentar\n")
		for _, e := range es {
			stufe := "k. A."
			if e.Bewertet() {
				stufe = string(rune('0' + e.Stufe))
			}
			b.WriteString(csvZeile(string(e.Entwicklungsziel), e.Person, e.Einschaetzende, e.Runde, string(e.Ebene), string(e.Entwicklungsbedarf),
				e.Sektor, stufe, e.Datum.Format("2006-01-02"), e.Begruendung))
		}
		wieder, err := bogen.Lies(strings.NewReader(b.String()), "wieder.csv", r, bogen.LeseOptionen{})
		if err != nil {
			t.Fatalf("ratings written back do not read: %v\n%s", err, b.String())
		}
		if len(wieder) != len(es) {
			t.Fatalf("read back %d ratings, want %d", len(wieder), len(es))
		}
		for i := range es {
			if !es[i].Datum.Equal(wieder[i].Datum) {
				t.Fatalf("date %v read back as %v", es[i].Datum, wieder[i].Datum)
			}
			wieder[i].Datum = es[i].Datum
			if es[i] != wieder[i] {
				t.Fatalf("rating %+v read back as %+v", es[i], wieder[i])
			}
		}
	})
}

// sektorBekannt stands in for a network's sectors in FuzzLies: sector IDs
// starting with a digit are unknown to it.
func sektorBekannt(id string) bool { return id != "" && (id[0] < '0' || id[0] > '9') }

func csvZeile(felder ...string) string {
	var b strings.Builder
	for i, f := range felder {
		if i > 0 {
			b.WriteByte(';')
		}
		b.WriteByte('"')
		b.WriteString(strings.ReplaceAll(f, `"`, `""`))
		b.WriteByte('"')
	}
	b.WriteByte('\n')
	return b.String()
}
