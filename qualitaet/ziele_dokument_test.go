package qualitaet

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

const oderSpree = "../testdata/ziele/oder-spree.json"

func TestOderSpree(t *testing.T) {
	data, err := os.ReadFile(oderSpree)
	require.NoError(t, err)
	d, err := ParseZiele(data)
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(d.Ziele), 3)
	require.LessOrEqual(t, len(d.Ziele), 5)
	require.NotEmpty(t, d.Massnahmen)
	assert.Contains(t, d.Hinweis, "zur Veranschaulichung erfunden")
	for _, z := range d.Ziele {
		assert.GreaterOrEqual(t, len(z.Verlauf()), 3, "%s: history of two or more steps after creation", z.Titel)
		assert.NotEmpty(t, z.Hinweis, z.Titel)
		assert.True(t, z.Wirkungsstufe.Valid(), z.Titel)
		for _, i := range z.Indikatoren {
			assert.NotEmpty(t, i.Messungen, i.Name)
		}
	}
	for _, m := range d.Massnahmen {
		assert.GreaterOrEqual(t, len(m.Verlauf()), 2, m.Titel)
	}
	// every link exists in the embedded catalogue 2.0
	assert.Empty(t, PruefeKatalogverweise(d.Ziele, "", Standard().Enthaelt))

	stichtag := KalenderdatumVon(2023, 11, 1)
	var erreichung []Zielerreichung
	for _, z := range d.Ziele {
		erreichung = append(erreichung, z.Erreichung(stichtag))
	}
	assert.Equal(t, []Zielerreichung{ErreichungVerbessert, ErreichungErreicht, ErreichungVerbessert, ErreichungVerbessert}, erreichung)

	// the document survives a round trip unchanged
	b, err := json.Marshal(d)
	require.NoError(t, err)
	assert.True(t, bytes.HasPrefix(b, []byte(`{"$schema":"`+schema.ArtZiele.ID()+`","hinweis":`)))
	d2, err := ParseZiele(b)
	require.NoError(t, err)
	b2, err := json.Marshal(d2)
	require.NoError(t, err)
	assert.JSONEq(t, string(b), string(b2))
	var roh, neu any
	require.NoError(t, json.Unmarshal(data, &roh))
	require.NoError(t, json.Unmarshal(b, &neu))
	assert.Equal(t, roh, neu, "marshalling writes back what was read")
}

// TestGoldenUngueltig parses every testdata/ungueltig/ziele-*.json and
// compares the German error text with its .fehler.txt (refresh: -update).
func TestGoldenUngueltig(t *testing.T) {
	dateien, err := filepath.Glob("../testdata/ungueltig/ziele-*.json")
	require.NoError(t, err)
	require.NotEmpty(t, dateien)
	for _, datei := range dateien {
		t.Run(filepath.Base(datei), func(t *testing.T) {
			data, err := os.ReadFile(datei)
			require.NoError(t, err)
			_, err = ParseZiele(data)
			require.Error(t, err)
			var fe *schema.ValidierungsFehler
			require.ErrorAs(t, err, &fe)
			assert.ErrorIs(t, err, schema.ErrUngueltig)
			for _, v := range fe.Verletzungen {
				assert.NotEmpty(t, v.Message, "English text of %s", v.Zeiger)
			}
			got := fe.Text(language.German) + "\n"
			golden := strings.TrimSuffix(datei, ".json") + ".fehler.txt"
			if *update {
				require.NoError(t, os.WriteFile(golden, []byte(got), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err)
			assert.Equal(t, string(want), got)
		})
	}
}

func TestLiesZiele(t *testing.T) {
	f, err := os.Open(oderSpree)
	require.NoError(t, err)
	defer f.Close()
	d, err := LiesZiele(f)
	require.NoError(t, err)
	assert.Len(t, d.Ziele, 4)

	_, err = LiesZiele(strings.NewReader(`{"$schema": "` + schema.ArtZiele.ID() + `", "ziele": [}`))
	assert.ErrorIs(t, err, schema.ErrSyntax)
	_, err = LiesZiele(strings.NewReader(`{"$schema": "` + schema.ArtNetzwerk.ID() + `", "ziele": []}`))
	assert.ErrorIs(t, err, schema.ErrUnbekanntesSchema)
	d, err = ParseZiele([]byte(`{"$schema": "` + schema.ArtZiele.ID() + `", "ziele": []}`))
	require.NoError(t, err)
	assert.Empty(t, d.Ziele)
}

func TestParseZieleNFC(t *testing.T) {
	doc := `{"$schema": "` + schema.ArtZiele.ID() + `", "ziele": [{"id": "018c2d3e-4f50-7a61-8b72-93a4b5c6d7e8",
		"titel": "Gesundheitsbereich vertre\u0301ten", "status": "vorgeschlagen",
		"verlauf": [{"nach": "vorgeschlagen", "zeitpunkt": "2023-01-10T09:00:00+01:00", "durch": "Koordinatio\u0301n"}]}]}`
	d, err := ParseZiele([]byte(doc))
	require.NoError(t, err)
	assert.Equal(t, "Gesundheitsbereich vertréten", d.Ziele[0].Titel)
	assert.Equal(t, "Koordinatión", d.Ziele[0].Verlauf()[0].Durch)
}

// TestPruefeZieleImProfil checks the pointers when the arrays sit inside
// another document, and the checks that only values built in code can fail.
func TestPruefeZieleImProfil(t *testing.T) {
	ids := testZielIDs()
	z, err := NeuesZiel("Ziel", zielT0, "K", ids)
	require.NoError(t, err)
	z.Dimensionen = []ID{"QD3", "QD3.T1"}
	z.Entwicklungsziele = []ID{"QD3.T1.Z2", "QD3"}
	z.Folgethema = "partizipation"
	z.Wirkungsstufe = 9
	z.Zyklusschritt = "planung"
	z.Zielerreichung = Erreichungsvermerk{Wert: ErreichungKeinFortschritt}
	z.Indikatoren = []Indikator{{Art: "quote", Richtung: "gleich"}}
	m, err := NeueMassnahme("M", nil, zielT0, "K", ids)
	require.NoError(t, err)
	m.Titel = ""
	require.NoError(t, m.Wechsle(MassnahmeInUmsetzung, zielT0.Add(time.Hour), "", "K"))
	m.status = MassnahmeUmgesetzt

	var got []string
	for _, v := range PruefeZiele([]Ziel{z}, []Massnahme{m}, "/kommune") {
		got = append(got, v.Zeiger+" ["+v.Regel+"]: "+v.Meldung)
	}
	assert.Equal(t, []string{
		"/kommune/ziele/0/dimensionen/1 [verweis]: „QD3.T1“ ist keine ID einer Qualitätsdimension (z. B. QD5)",
		"/kommune/ziele/0/entwicklungsziele/1 [verweis]: „QD3“ ist keine ID eines Entwicklungsziels (z. B. QD5.T2.Z1 oder lokal QD3.T1.L1)",
		"/kommune/ziele/0/folgethema [wert]: unbekannter Wert „partizipation“",
		"/kommune/ziele/0/wirkungsstufe [wert]: unbekannter Wert „Wirkungsstufe(9)“",
		"/kommune/ziele/0/zyklusschritt [wert]: unbekannter Wert „planung“",
		"/kommune/ziele/0/zielerreichung/grund [grund]: Zielerreichung „kein-fortschritt“ ist von Hand gesetzt und braucht eine Begründung",
		"/kommune/ziele/0/zielerreichung/durch [grund]: niemand ist genannt, der die Zielerreichung gesetzt hat („durch“)",
		"/kommune/ziele/0/zielerreichung/zeitpunkt [grund]: Zeitpunkt der Zielerreichung fehlt",
		"/kommune/ziele/0/indikatoren/0/name [wert]: Text fehlt",
		"/kommune/ziele/0/indikatoren/0/art [wert]: unbekannter Wert „quote“",
		"/kommune/ziele/0/indikatoren/0/richtung [wert]: unbekannter Wert „gleich“",
		"/kommune/ziele/0/indikatoren/0/zielwert/datum [messung]: Zielwert ohne Datum, bis zu dem er erreicht sein soll",
		"/kommune/massnahmen/0/titel [wert]: Text fehlt",
		"/kommune/massnahmen/0/ziele [verweis]: Maßnahme dient keinem Ziel",
		"/kommune/massnahmen/0/status [verlauf]: Status „umgesetzt“ passt nicht zum Verlauf, der mit „in-umsetzung“ endet",
	}, got)

	d := ZieleDokument{Ziele: []Ziel{z}}
	err = d.Validate()
	var fe *schema.ValidierungsFehler
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, schema.ArtZiele, fe.Art)
	assert.Equal(t, "/ziele/0/dimensionen/1", fe.Verletzungen[0].Zeiger)
}

func TestPruefeKatalogverweise(t *testing.T) {
	z := Ziel{Dimensionen: []ID{"QD3", "QD11", "kaputt"}, Entwicklungsziele: []ID{"QD3.T1.Z2", "QD3.T1.Z9", "QD3.T1.L1"}}
	vorhanden := func(id ID) bool { return id == "QD3" || id == "QD3.T1.Z2" }
	var got []string
	for _, v := range PruefeKatalogverweise([]Ziel{{}, z}, "", vorhanden) {
		got = append(got, v.Zeiger+": "+v.Meldung)
		assert.Equal(t, "katalog", v.Regel)
	}
	assert.Equal(t, []string{
		"/ziele/1/dimensionen/1: QD11 gibt es im Qualitätsrahmen (mit Zuschnitt) nicht",
		"/ziele/1/entwicklungsziele/1: QD3.T1.Z9 gibt es im Qualitätsrahmen (mit Zuschnitt) nicht",
		"/ziele/1/entwicklungsziele/2: QD3.T1.L1 gibt es im Qualitätsrahmen (mit Zuschnitt) nicht",
	}, got)
}

func TestZieleDokumentGebautImCode(t *testing.T) {
	ids := testZielIDs()
	z, err := NeuesZiel("Konzept allen Akteuren bekannt", zielT0, "Koordination", ids)
	require.NoError(t, err)
	m, err := NeueMassnahme("Konzept vorstellen", []uuid.UUID{z.ID}, zielT0, "Koordination", ids)
	require.NoError(t, err)
	d := ZieleDokument{Ziele: []Ziel{z}, Massnahmen: []Massnahme{m}}
	require.NoError(t, d.Validate())
	b, err := json.Marshal(d)
	require.NoError(t, err)
	d2, err := ParseZiele(b)
	require.NoError(t, err, "%s", b)
	assert.Equal(t, d, *d2)

	b, err = json.Marshal(ZieleDokument{})
	require.NoError(t, err)
	assert.JSONEq(t, `{"$schema":"`+schema.ArtZiele.ID()+`","ziele":[]}`, string(b))
}
