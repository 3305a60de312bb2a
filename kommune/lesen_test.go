package kommune

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/netzwerk"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

const vollesProfil = "../testdata/profile/oder-spree.json"

func liesVollesProfil(t testing.TB) *Profil {
	t.Helper()
	f, err := os.Open(vollesProfil)
	require.NoError(t, err)
	defer f.Close()
	p, err := LiesProfil(f)
	require.NoError(t, err)
	return p
}

// TestUngueltigeProfile reads every testdata/ungueltig/profil-*.json and
// compares the German error text with its golden .fehler.txt.
func TestUngueltigeProfile(t *testing.T) {
	namen, err := filepath.Glob("../testdata/ungueltig/profil-*.json")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(namen), 5)
	for _, datei := range namen {
		t.Run(filepath.Base(datei), func(t *testing.T) {
			data, err := os.ReadFile(datei)
			require.NoError(t, err)
			p, err := ParseProfil(data)
			require.Error(t, err)
			assert.Nil(t, p)
			assert.ErrorIs(t, err, schema.ErrUngueltig)
			var ve *schema.ValidierungsFehler
			require.True(t, errors.As(err, &ve))
			for _, v := range ve.Verletzungen {
				assert.NotEqual(t, v.Meldung, v.Message, "%s has an English text", v.Zeiger)
			}
			golden(t, strings.TrimSuffix(datei, ".json")+".fehler.txt", []byte(ve.Text(language.German)+"\n"))
		})
	}
}

func TestVollesProfil(t *testing.T) {
	p := liesVollesProfil(t)
	assert.Contains(t, p.Hinweis, "Veranschaulichung")
	assert.NotEmpty(t, p.Netzwerk.Akteure)
	assert.NotEmpty(t, p.Ziele)
	assert.NotEmpty(t, p.Massnahmen)
	require.NotNil(t, p.Zuschnitt)
	assert.Equal(t, []qualitaet.ID{"QD3", "QD5"}, p.Zuschnitt.Schwerpunkte)
	assert.GreaterOrEqual(t, len(p.Einschaetzungen), 8)
	assert.LessOrEqual(t, len(p.Einschaetzungen), 12)

	// Its Steckbrief part is the imported Steckbrief, plus the regional
	// networks the press release names.
	text, err := os.ReadFile(filepath.Join(steckbriefOrdner, "oder-spree.md"))
	require.NoError(t, err)
	s, _ := liesSteckbrief(t, string(text))
	teil := p.SteckbriefTeil()
	assert.Equal(t, s.Kommunalstruktur, teil.Kommunalstruktur)
	assert.Equal(t, s.WirUeberUns, teil.WirUeberUns)
	assert.Equal(t, s.Abschnitte, teil.Abschnitte)
	assert.Equal(t, s.Netzwerk.Kooperationen, teil.Netzwerk.Kooperationen)
	assert.Equal(t, append(s.Netzwerk.Gremien, netzwerk.Gremium{Art: netzwerk.Regionalnetzwerk, Bezeichnung: "Regionalnetzwerke", Anzahl: 6}),
		teil.Netzwerk.Gremien)

	// The export of the full profile reads back as its Steckbrief part.
	q, ws := liesSteckbrief(t, string(p.Steckbrief()))
	assert.Empty(t, ws)
	assert.Equal(t, teil, q)

	// The document reads back unchanged.
	doc, err := p.Dokument()
	require.NoError(t, err)
	r, err := ParseProfil(doc)
	require.NoError(t, err)
	assert.Equal(t, p, r)
}

// TestValidate checks profiles built in code: the semantic rules and the
// schema's rules that code can break.
func TestValidate(t *testing.T) {
	w := qualitaet.WertVon
	basis := func() *Profil {
		return &Profil{Name: "Landkreis Oder-Spree", Land: "Brandenburg", Kommunalstruktur: Kommunalstruktur{
			Bevoelkerung: w(178068), KinderUnter3: w(4299), KinderUnter3Armut: w(972), AlleinerziehendeU3: w(288),
			Budget: Budget{Gesamt: w(93000), Anteile: []Budgetanteil{{Quelle: "aus Mitteln der Bundesstiftung", Betrag: w(40000)}}},
		}}
	}
	require.NoError(t, basis().Validate())
	datum := time.Date(2020, 2, 12, 0, 0, 0, 0, time.UTC)
	null := basis()
	null.Einschaetzungen = []qualitaet.Einschaetzung{{Entwicklungsziel: "QD3.T1.Z1", StufeGesetzt: true, Datum: datum}}
	require.NoError(t, null.Validate(), "level 0 given explicitly is a rating")
	for _, tc := range []struct {
		name    string
		aendere func(p *Profil)
		zeiger  string
		regel   string
	}{
		{"ohne Name", func(p *Profil) { p.Name = " " }, "/name", RegelPflicht},
		{"Land unbekannt", func(p *Profil) { p.Land = "Preußen" }, "/land", RegelBereich},
		{"negative Bevölkerung", func(p *Profil) { p.Kommunalstruktur.Bevoelkerung = w(-1) }, "/kommunalstruktur/bevoelkerung", RegelBereich},
		{"halbes Kind", func(p *Profil) { p.Kommunalstruktur.KinderUnter3Armut = w(0.5) }, "/kommunalstruktur/kinderUnter3Armut", RegelBereich},
		{"Migration über 100", func(p *Profil) { p.Kommunalstruktur.Migrationsanteil.Prozent = w(101) }, "/kommunalstruktur/migrationsanteil/prozent", RegelBereich},
		{"Armut größer als Kinder", func(p *Profil) { p.Kommunalstruktur.KinderUnter3Armut = w(5000) }, "/kommunalstruktur/kinderUnter3Armut", RegelPlausibel},
		{"Kinder größer als Bevölkerung", func(p *Profil) { p.Kommunalstruktur.Bevoelkerung = w(100) }, "/kommunalstruktur/kinderUnter3", RegelPlausibel},
		{"Anteile größer als Budget", func(p *Profil) { p.Kommunalstruktur.Budget.Gesamt = w(1000) }, "/kommunalstruktur/budget/anteile", RegelPlausibel},
		{"Quelle ohne aus", func(p *Profil) { p.Kommunalstruktur.Budget.Anteile[0].Quelle = "Bundesstiftung" }, "/kommunalstruktur/budget/anteile/0/quelle", RegelBeschriftungP},
		{"Zeitraum verkehrt", func(p *Profil) { p.Kommunalstruktur.Bevoelkerungsentwicklung.Zeitraum = Zeitraum{2016, 2011} }, "/kommunalstruktur/bevoelkerungsentwicklung/zeitraum", RegelPlausibel},
		{"Beschriftung fremd", func(p *Profil) {
			p.Kommunalstruktur.Beschriftungen = map[Feld]string{FeldBevoelkerung: "Fläche"}
		}, "/kommunalstruktur/beschriftungen/bevoelkerung", RegelBeschriftungP},
		{"Beschriftung falscher Abschnitt", func(p *Profil) {
			p.WirUeberUns.Beschriftungen = map[Feld]string{FeldBevoelkerung: "Bevölkerungszahl"}
		}, "/wirUeberUns/beschriftungen/bevoelkerung", RegelBereich},
		{"Beschriftung mit anderem Zeitraum", func(p *Profil) {
			p.Kommunalstruktur.Beschriftungen = map[Feld]string{FeldBevoelkerungsentwicklung: "Bevölkerungsentwicklung (2000 bis 2005, in %)"}
		}, "/kommunalstruktur/beschriftungen/bevoelkerungsentwicklung", RegelWiderspruch},
		{"Hinweis zu unbekanntem Feld", func(p *Profil) {
			p.Kommunalstruktur.Hinweise = map[Feld]string{FeldBudget: "x"}
		}, "/kommunalstruktur/hinweise/budget", RegelBereich},
		{"Art passt nicht", func(p *Profil) {
			p.Abschnitte = []Abschnitt{{Titel: "Unsere Projektziele", Ebene: 2, Art: Mehrwert}}
		}, "/abschnitte/0/art", RegelArt},
		{"Ebene", func(p *Profil) { p.Abschnitte = []Abschnitt{{Titel: "X", Ebene: 0}} }, "/abschnitte/0/ebene", RegelBereich},
		{"Absatz mit Unterpunkten", func(p *Profil) {
			p.Vorspann = []Punkt{{Text: "a", Absatz: true, Unterpunkte: []Punkt{{Text: "b"}}}}
		}, "/vorspann/0/unterpunkte", RegelWiderspruch},
		{"Einschätzung unbekanntes Ziel", func(p *Profil) {
			p.Einschaetzungen = []qualitaet.Einschaetzung{{Entwicklungsziel: "QD3.T9.Z1", Stufe: 2, Datum: datum}}
		}, "/einschaetzungen/0/entwicklungsziel", RegelVerweis},
		{"Einschätzung Stufe", func(p *Profil) {
			p.Einschaetzungen = []qualitaet.Einschaetzung{{Entwicklungsziel: "QD3.T1.Z1", Stufe: 5, Datum: datum}}
		}, "/einschaetzungen/0/stufe", RegelBereich},
		{"Einschätzung Stufe vergessen", func(p *Profil) {
			p.Einschaetzungen = []qualitaet.Einschaetzung{{Entwicklungsziel: "QD3.T1.Z1", Datum: datum, Person: "Koordination"}}
		}, "/einschaetzungen/0/stufe", RegelPflicht},
		{"Einschätzung ohne Datum", func(p *Profil) {
			p.Einschaetzungen = []qualitaet.Einschaetzung{{Entwicklungsziel: "QD3.T1.Z1", Stufe: 2}}
		}, "/einschaetzungen/0/datum", RegelPflicht},
		{"Einschätzung Sektor unbekannt", func(p *Profil) {
			p.Einschaetzungen = []qualitaet.Einschaetzung{{Entwicklungsziel: "QD3.T1.Z1", Stufe: 2, Datum: datum, Sektor: "polizei"}}
		}, "/einschaetzungen/0/sektor", RegelVerweis},
		{"Einschätzung doppelt", func(p *Profil) {
			e := qualitaet.Einschaetzung{Entwicklungsziel: "QD3.T1.Z1", Stufe: 2, Datum: datum, Person: "Koordination"}
			p.Einschaetzungen = []qualitaet.Einschaetzung{e, e}
		}, "/einschaetzungen/1", RegelEindeutig},
		{"Zuschnitt unbekannte Dimension", func(p *Profil) {
			p.Zuschnitt = &qualitaet.Zuschnitt{Rahmen: "2.0", Schwerpunkte: []qualitaet.ID{"QD11"}}
		}, "/zuschnitt/schwerpunkte/0", "verweis"},
		{"Netzwerk", func(p *Profil) {
			p.Netzwerk.Gremien = []netzwerk.Gremium{{Art: netzwerk.Steuerungsgruppe, Anzahl: -1}}
		}, "/netzwerk/gremien/0/anzahl", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := basis()
			tc.aendere(p)
			err := p.Validate()
			require.Error(t, err)
			var ve *schema.ValidierungsFehler
			require.True(t, errors.As(err, &ve))
			var gefunden bool
			for _, v := range ve.Verletzungen {
				if v.Zeiger == tc.zeiger && (tc.regel == "" || v.Regel == tc.regel) {
					gefunden = true
				}
			}
			assert.True(t, gefunden, "Validate() = %v, want a violation %s at %s", err, tc.regel, tc.zeiger)
		})
	}
}

func TestParseProfilGrenzen(t *testing.T) {
	_, err := ParseProfil([]byte(`{"$schema": "` + SchemaID + `", "name": "A", "abschnitte": [` + strings.Repeat(`{"titel":"x","ebene":2,"punkte":[`, 40) + `]`))
	assert.ErrorIs(t, err, schema.ErrZuTief)
	_, err = ParseProfil([]byte(`{"name": "A"}`))
	assert.ErrorIs(t, err, schema.ErrUnbekanntesSchema)
	_, err = ParseProfil([]byte(`{`))
	assert.ErrorIs(t, err, schema.ErrSyntax)
	_, err = LiesProfil(strings.NewReader(strings.Repeat(" ", schema.StandardMaxGroesse+1)))
	assert.ErrorIs(t, err, schema.ErrZuGross)
}

func TestSteckbriefTeilAusCode(t *testing.T) {
	p := &Profil{Name: "Stadt A", Land: "Bayern"}
	p.Netzwerk.Gremien = []netzwerk.Gremium{{Art: netzwerk.Steuerungsgruppe, Anzahl: 2}, {Art: netzwerk.Lenkungsgruppe, Bezeichnung: "Steuerungsgruppe"}}
	p.Netzwerk.Kooperationen = []netzwerk.Kooperation{
		{Sektor: netzwerk.Gesundheitswesen, Anzahl: qualitaet.WertVon(3)},
		{Sektor: netzwerk.Sonstige, Akteur: "polizei"},
		{Sektor: "polizei", Bezeichnung: "Polizei", Text: "Opferschutz"},
	}
	q, _ := liesSteckbrief(t, string(p.Steckbrief()))
	assert.Equal(t, p.SteckbriefTeil(), q)
	assert.Equal(t, "Steuerungsgruppe", q.Netzwerk.Gremien[0].Bezeichnung)
	assert.Equal(t, netzwerk.Steuerungsgruppe, q.Netzwerk.Gremien[1].Art, "the kind follows the title")
	assert.Len(t, q.Netzwerk.Kooperationen, 2, "single agreements are no Steckbrief entries")
}

func BenchmarkParseProfil(b *testing.B) {
	data, err := os.ReadFile(vollesProfil)
	require.NoError(b, err)
	b.Run("ParseProfil", func(b *testing.B) {
		for b.Loop() {
			if _, err := ParseProfil(data); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("json.Unmarshal", func(b *testing.B) {
		for b.Loop() {
			var p Profil
			if err := json.Unmarshal(data, &p); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkParseSteckbrief(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(steckbriefOrdner, "oder-spree.md"))
	require.NoError(b, err)
	for b.Loop() {
		if _, _, err := ParseSteckbrief(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}
