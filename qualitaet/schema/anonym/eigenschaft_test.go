package anonym

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// Invented names for the generator: words that appear in no test document,
// so any of them in an output is a leak.
var (
	vornamen    = []string{"Quirin", "Ylva", "Ottokar", "Henrike", "Waltraud", "Jasper", "Ilka", "Ruven", "Swantje", "Malte"}
	nachnamen   = []string{"Quellberg", "Sandhagen", "Wolkentreu", "Brachvogel", "Dornkamp", "Eichfeld", "Lindqvist", "Mauerstein", "Tannhoff", "Wiesgrund"}
	telefone    = []string{"0171 %07d", "+49 30 %07d", "(030) 123 %02d-67", "0331/%07d", "0049 331 %06d", "+49 (0)30 %08d", "0335-%07d"}
	anreden     = []string{"Frau", "Herr", "Herrn", "Dr.", "Prof.", "Frau Dr.", "Herrn Prof. Dr."}
	domaenen    = []string{"klinik-tannhoff.example", "landkreis.example", "beratung-nord.example"}
	satzteile   = []string{"Rückmeldung von", "laut", "siehe", "Kontakt:", "vereinbart mit"}
	geheimnisse = func() []string { return append(append([]string{}, vornamen...), nachnamen...) }
)

// generator fills the personal and free-text fields of a document.
type generator struct {
	r        *rand.Rand
	bekannte []string // persons in personal fields: distinct surnames
	fremde   int      // next unknown person (named after a salutation)
	geheim   []string // e-mails, numbers and addresses written
}

func (g *generator) person() string {
	return g.bekannte[g.r.IntN(len(g.bekannte))]
}

func (g *generator) email(vor, nach string) string {
	e := strings.ToLower(vor) + "." + strings.ToLower(nach) + "@" + domaenen[g.r.IntN(len(domaenen))]
	g.geheim = append(g.geheim, e)
	return e
}

func (g *generator) telefon() string {
	t := fmt.Sprintf(telefone[g.r.IntN(len(telefone))], g.r.IntN(99)+1)
	g.geheim = append(g.geheim, t)
	return t
}

// freitext writes one to three pieces naming people the way networks do.
func (g *generator) freitext(mitBekannten bool) string {
	var teile []string
	for n := 1 + g.r.IntN(3); n > 0; n-- {
		teil := satzteile[g.r.IntN(len(satzteile))] + " "
		switch k := g.r.IntN(6); {
		case k == 0 && mitBekannten:
			teil += g.person()
		case k == 1 && mitBekannten:
			p := strings.Fields(g.person())
			teil += p[len(p)-1] // the surname alone
		case k == 2:
			teil += g.telefon()
		case k == 3:
			v, n := vornamen[g.r.IntN(len(vornamen))], nachnamen[g.r.IntN(len(nachnamen))]
			u := "https://www." + domaenen[g.r.IntN(len(domaenen))] + "/team/" + strings.ToLower(v+"-"+n)
			g.geheim = append(g.geheim, u)
			teil += u
		default:
			// an unknown person after a salutation, with contact details
			i := g.fremde % (len(vornamen) * 3)
			g.fremde++
			vor, nach := vornamen[i%len(vornamen)], "Fremd"+strings.ToLower(nachnamen[i/len(vornamen)])
			teil += anreden[g.r.IntN(len(anreden))] + " " + vor + " " + nach + " (" + g.email(vor, nach) + ", Tel. " + g.telefon() + ")"
		}
		if len(strings.Join(append(teile, teil), "; ")) > 290 { // kurztext allows 300
			break
		}
		teile = append(teile, teil)
	}
	return strings.Join(teile, "; ") + "."
}

// blaetter flattens a tree into pointer → JSON text of every leaf.
func blaetter(v any, zeiger string, out map[string]string) {
	switch x := v.(type) {
	case *objekt:
		for _, k := range x.schluessel {
			blaetter(x.werte[k], zeiger+schema.Zeiger(k), out)
		}
	case []any:
		for i, e := range x {
			blaetter(e, zeiger+schema.Zeiger(i), out)
		}
	case *string:
		b, _ := json.Marshal(*x)
		out[zeiger] = string(b)
	default:
		b, _ := json.Marshal(x)
		out[zeiger] = string(b)
	}
}

// TestEigenschaften is the guarantee as a property: documents of every
// kind with persons (a few, with distinct surnames) in every personal
// field and names, e-mail addresses, telephone numbers and web addresses in
// every free-text field come out of the default mode with none of them,
// out of the strict mode with no free text at all, and with everything
// else — structure, IDs, levels, dates, numbers, public names — unchanged.
func TestEigenschaften(t *testing.T) {
	ss := mustSatz(t)
	for runde := range 2 * len(testdokumente) {
		datei := testdokumente[runde%len(testdokumente)]
		r := rand.New(rand.NewPCG(uint64(runde), 7))
		g := &generator{r: r}
		for i, j := range r.Perm(len(nachnamen))[:3] {
			g.bekannte = append(g.bekannte, vornamen[(i*3+runde)%len(vornamen)]+" "+nachnamen[j])
		}
		art, wurzel, err := lade(lies(t, datei))
		require.NoError(t, err)
		fs, err := ss.felder(wurzel, art)
		require.NoError(t, err)
		// Personal fields first: only the persons written there are known
		// to the run, so only they may appear in free text without a
		// salutation.
		benutzt := map[string]bool{}
		for _, f := range fs {
			if f.personal {
				p := g.person()
				benutzt[p] = true
				if r.IntN(3) == 0 {
					p = anreden[r.IntN(len(anreden))] + " " + p
				}
				*f.wert = p
			}
		}
		g.bekannte = slices.DeleteFunc(g.bekannte, func(p string) bool { return !benutzt[p] })
		for _, f := range fs {
			if f.freitext() {
				*f.wert = g.freitext(len(g.bekannte) > 0)
			}
		}
		var b bytes.Buffer
		require.NoError(t, schreibeGeordnet(&b, wurzel, ""))
		eingabe := b.Bytes()
		vorher := map[string]string{}
		blaetter(wurzel, "", vorher)
		for _, streng := range []bool{false, true} {
			name := fmt.Sprintf("runde %d %s streng=%v", runde, datei, streng)
			l, err := NeuerLauf(Optionen{Streng: streng})
			require.NoError(t, err)
			require.NoError(t, l.Lerne(eingabe), name)
			erg, err := l.Anonymisiere(eingabe)
			require.NoError(t, err, name)
			text := string(erg.Dokument)
			for _, s := range append(geheimnisse(), g.geheim...) {
				if i := strings.Index(strings.ToLower(text), strings.ToLower(s)); i >= 0 {
					t.Errorf("%s: %q survives: …%s…", name, s, text[max(0, i-150):min(len(text), i+80)])
				}
			}
			_, nachWurzel, err := lade(erg.Dokument)
			require.NoError(t, err)
			nachFelder, err := ss.felder(nachWurzel, art)
			require.NoError(t, err)
			nachher := map[string]string{}
			blaetter(nachWurzel, "", nachher)
			require.Len(t, nachher, len(vorher), "%s: the document keeps its shape", name)
			anders := map[string]bool{}
			for _, f := range nachFelder {
				if f.personal || f.freitext() {
					anders[f.zeiger] = true
				}
				if streng && f.freitext() {
					assert.Equal(t, Entfernt, *f.wert, "%s %s", name, f.zeiger)
				}
			}
			for z, v := range vorher {
				if !anders[z] {
					assert.Equal(t, v, nachher[z], "%s: %s is neither personal nor free text", name, z)
				}
			}
		}
	}
}
