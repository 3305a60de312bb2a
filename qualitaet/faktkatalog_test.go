package qualitaet

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

func TestFaktkatalog(t *testing.T) {
	namen := map[string]bool{}
	for _, f := range Faktkatalog() {
		assert.False(t, namen[f.Name], "%s listed twice", f.Name)
		namen[f.Name] = true
		assert.True(t, f.Quelle.Valid(), "%s: Quelle %q", f.Name, f.Quelle)
		assert.True(t, strings.HasPrefix(f.Name, map[Faktquelle]string{
			FaktquelleKommune: "kommune.", FaktquelleNetzwerk: "netzwerk.", FaktquelleZiele: ""}[f.Quelle]), f.Name)
		assert.NotEmpty(t, f.Bedeutung, f.Name)
		assert.NotEmpty(t, f.BedeutungEn, f.Name)
		assert.Contains(t, []string{"", einheitProzent, einheitAnteil, einheitJaNein, einheitEuro, einheitJahre, einheitVZAE}, f.Einheit, f.Name)
		if f.Liste {
			assert.Empty(t, f.Einheit, "%s: a list has no unit", f.Name)
		}
		g, ok := FaktBeschreibung(f.Name)
		assert.True(t, ok, f.Name)
		assert.Equal(t, f, g)
	}
	_, ok := FaktBeschreibung("netzwerk.sektoren.zahl")
	assert.False(t, ok)
	_, ok = FaktBeschreibung("")
	assert.False(t, ok)

	k := Faktkatalog()
	k[0].Name = "geändert"
	assert.NotEqual(t, "geändert", Faktkatalog()[0].Name, "Faktkatalog shares its table")
}

func TestFaktquelle(t *testing.T) {
	for _, q := range []Faktquelle{FaktquelleKommune, FaktquelleNetzwerk, FaktquelleZiele} {
		b, err := q.MarshalText()
		require.NoError(t, err)
		var x Faktquelle
		require.NoError(t, x.UnmarshalText(b))
		assert.Equal(t, q, x)
		assert.Equal(t, string(q), q.String())
	}
	var x Faktquelle
	assert.Error(t, x.UnmarshalText([]byte("land")))
	assert.Equal(t, Faktquelle(""), x, "unchanged on error")
	_, err := Faktquelle("land").MarshalText()
	assert.Error(t, err)
	assert.False(t, Faktquelle("").Valid())
	assert.Equal(t, "Faktquelle(land)", Faktquelle("land").String())
}

// TestFaktkatalogZiele: the goal facts in the catalogue are exactly those
// ZielFakten produces for goals and measures, of the same kind.
func TestFaktkatalogZiele(t *testing.T) {
	data, err := os.ReadFile("../testdata/ziele/oder-spree.json")
	require.NoError(t, err)
	d, err := ParseZiele(data)
	require.NoError(t, err)
	require.NotEmpty(t, d.Ziele)
	require.NotEmpty(t, d.Massnahmen)
	f := ZielFakten(d.Ziele, d.Massnahmen, KalenderdatumAus(Konformitaetszeitpunkt))
	erzeugt := map[string]bool{}
	for name := range f.Zahlen {
		erzeugt[name] = false
	}
	for name := range f.Listen {
		erzeugt[name] = true
	}
	katalog := map[string]bool{}
	for _, b := range Faktkatalog() {
		if b.Quelle == FaktquelleZiele {
			katalog[b.Name] = b.Liste
		}
	}
	assert.Equal(t, katalog, erzeugt, "catalogue (name → list) against ZielFakten")
}

// regelwerkeDerBibliothek returns every Regelwerk the library ships or
// tests with: the embedded ones, those under testdata/regelwerk and those
// inline in conformance vectors, by file name.
func regelwerkeDerBibliothek(t *testing.T) map[string]*Regelwerk {
	t.Helper()
	out := map[string]*Regelwerk{}
	eingebettet, err := regelwerkDateien.ReadDir("regelwerk")
	require.NoError(t, err)
	for _, e := range eingebettet {
		data, err := regelwerkDateien.ReadFile("regelwerk/" + e.Name())
		require.NoError(t, err)
		rw, err := ParseRegelwerk(data)
		require.NoError(t, err, e.Name())
		out["qualitaet/regelwerk/"+e.Name()] = rw
	}
	dateien, err := filepath.Glob("../testdata/regelwerk/*.json")
	require.NoError(t, err)
	for _, datei := range dateien {
		data, err := os.ReadFile(datei)
		require.NoError(t, err)
		rw, err := ParseRegelwerk(data)
		require.NoError(t, err, datei)
		out[datei] = rw
	}
	vektoren, err := filepath.Glob("../testdata/konformitaet/*.json")
	require.NoError(t, err)
	for _, datei := range vektoren {
		f, err := os.Open(datei)
		require.NoError(t, err)
		k, err := LiesKonformitaetsvektor(f)
		f.Close()
		require.NoError(t, err, datei)
		if k.Eingabe.Regelwerk != nil && k.Erwartet.Fehler == nil { // a vector expecting a refusal breaks rules on purpose
			out[datei] = k.Eingabe.Regelwerk
		}
	}
	require.GreaterOrEqual(t, len(out), 3)
	return out
}

// TestRegelwerkeFakten walks every rule of every Regelwerk of the library:
// each names a fact of the catalogue of the kind its operator needs, and a
// Grundlage.
func TestRegelwerkeFakten(t *testing.T) {
	regeln := 0
	for datei, rw := range regelwerkeDerBibliothek(t) {
		for _, r := range rw.Regeln {
			regeln++
			f, ok := FaktBeschreibung(r.Fakt)
			if !assert.True(t, ok, "%s: rule %s names the unknown fact %q", datei, r.ID, r.Fakt) {
				continue
			}
			switch r.Operator {
			case Enthaelt:
				assert.True(t, f.Liste, "%s: rule %s: enthaelt on the number %s", datei, r.ID, r.Fakt)
			case Vorhanden:
			default:
				assert.False(t, f.Liste, "%s: rule %s: %s on the list %s", datei, r.ID, r.Operator, r.Fakt)
			}
			assert.NotEmpty(t, strings.TrimSpace(r.Grundlage), "%s: rule %s", datei, r.ID)
		}
		assert.True(t, rw.Herkunft.Valid(), datei)
		assert.NotEmpty(t, rw.Hinweis, datei)
	}
	assert.Greater(t, regeln, 20)
}

// zitat finds the quoted goal words at the start of a Grundlage.
var zitat = regexp.MustCompile(`^„([^“]+)“`)

// TestStandardRegelwerkFachlich: the default Regelwerk is this library's
// proposal and says so; structural facts show that something exists, not
// that it works, so no rule awards more than level 2 (levels 3 and 4 come
// from the network's own assessment); each rule's Grundlage quotes words of
// its goal's text in the 2.0 catalogue ("…" marks left-out words).
func TestStandardRegelwerkFachlich(t *testing.T) {
	rw := StandardRegelwerk()
	assert.Equal(t, HerkunftErgaenzt, rw.Herkunft)
	assert.Contains(t, rw.Hinweis, "Vorschlag dieser Bibliothek")
	assert.Contains(t, rw.Hinweis, "kein Standard des NZFH")
	r := Standard()
	for _, regel := range rw.Regeln {
		assert.LessOrEqual(t, regel.Stufe, Stufe(2), "rule %s awards level %d", regel.ID, regel.Stufe)
		assert.NotEmpty(t, regel.GrundlageEn, regel.ID)
		z, ok := r.Entwicklungsziel(regel.Entwicklungsziel)
		if !assert.True(t, ok, "rule %s: goal %s is not in the 2.0 catalogue", regel.ID, regel.Entwicklungsziel) {
			continue
		}
		m := zitat.FindStringSubmatch(regel.Grundlage)
		if !assert.NotNil(t, m, "rule %s: the Grundlage starts with the goal's words in „…“: %s", regel.ID, regel.Grundlage) {
			continue
		}
		for _, teil := range strings.Split(m[1], "…") {
			if teil = strings.TrimSpace(teil); teil != "" {
				assert.Contains(t, z.Text, teil, "rule %s: Grundlage quotes words that are not in %s", regel.ID, z.ID)
			}
		}
	}
	for _, weg := range []string{"QD2-konzept", "QD3-etabliert", "QD3-sektoren-5", "QD5-budget-kind"} {
		for _, regel := range rw.Regeln {
			assert.NotEqual(t, weg, regel.ID, "rule %s awards a level its fact cannot show", weg)
		}
	}
}

func TestRegelwerkMeldungen(t *testing.T) {
	require.NoError(t, regelwerkMeldungen.Pruefe(os.DirFS(".")))
}

// TestRegelwerkFaktFehlerZeiger: loading a Regelwerk whose rules name an
// unknown fact or one of the wrong kind fails with a pointer to each rule's
// "fakt", in German and English.
func TestRegelwerkFaktFehlerZeiger(t *testing.T) {
	data, err := os.ReadFile("../testdata/regelwerk/land-beispiel.json")
	require.NoError(t, err)
	var doc map[string]any
	require.NoError(t, json.Unmarshal(data, &doc))
	doc["regeln"].([]any)[1].(map[string]any)["fakt"] = "kommune.koordination.stellenanteil"
	data, err = json.Marshal(doc)
	require.NoError(t, err)
	_, err = ParseRegelwerk(data)
	require.Error(t, err)
	var fe *schema.ValidierungsFehler
	require.ErrorAs(t, err, &fe)
	require.Len(t, fe.Verletzungen, 1)
	v := fe.Verletzungen[0]
	assert.Equal(t, "/regeln/1/fakt", v.Zeiger)
	assert.Equal(t, `unbekannter Fakt "kommune.koordination.stellenanteil" (siehe den Faktenkatalog)`, v.Meldung)
	assert.Equal(t, `unknown fact "kommune.koordination.stellenanteil" (see the fact catalogue)`, v.Message)
}
