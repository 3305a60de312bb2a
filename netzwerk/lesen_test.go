package netzwerk

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// TestUngueltigeDokumente parses every testdata/ungueltig/netzwerk-*.json
// and compares the German error text with its .fehler.txt golden file
// (refresh with -update and review the diff).
func TestUngueltigeDokumente(t *testing.T) {
	dateien, err := filepath.Glob("../testdata/ungueltig/netzwerk-*.json")
	require.NoError(t, err)
	require.NotEmpty(t, dateien)
	for _, datei := range dateien {
		t.Run(filepath.Base(datei), func(t *testing.T) {
			data, err := os.ReadFile(datei)
			require.NoError(t, err)
			n, err := Parse(data)
			assert.Nil(t, n)
			var ve *schema.ValidierungsFehler
			require.ErrorAs(t, err, &ve)
			assert.ErrorIs(t, err, schema.ErrUngueltig)
			for _, v := range ve.Verletzungen {
				assert.NotEmpty(t, v.Meldung, "German text of %s", v.Zeiger)
				assert.NotEmpty(t, v.Message, "English text of %s", v.Zeiger)
			}
			got := ve.Text(language.German) + "\n"
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

func TestLies(t *testing.T) {
	f, err := os.Open(oderSpreeDatei)
	require.NoError(t, err)
	defer f.Close()
	n, err := Lies(f)
	require.NoError(t, err)
	assert.Len(t, n.Akteure, 12)

	riesig := io.MultiReader(strings.NewReader(`{"namen": [`), strings.NewReader(strings.Repeat(" ", schema.StandardMaxGroesse)))
	_, err = Lies(riesig)
	assert.ErrorIs(t, err, schema.ErrZuGross)

	_, err = Lies(strings.NewReader(`{"namen": [`))
	assert.ErrorIs(t, err, schema.ErrSyntax)
	_, err = Lies(strings.NewReader(strings.Repeat("[", 100) + strings.Repeat("]", 100)))
	assert.ErrorIs(t, err, schema.ErrZuTief)
}

func TestParseNormalisiert(t *testing.T) {
	// "Frühförderung" written decomposed (u + combining diaeresis) comes out NFC.
	nfd := "Fru\u0308hfo\u0308rderung"
	data := `{"namen": ["` + nfd + `"], "akteure": [{"id": "ff", "organisation": "` + nfd + `stelle", "sektor": "fruehfoerderung"}],
		"kooperationen": [{"sektor": "fruehfoerderung", "bezeichnung": "` + nfd + `", "anzahl": 2}]}`
	n, err := Parse([]byte(data))
	require.NoError(t, err)
	assert.Equal(t, "Frühförderung", n.Namen[0])
	assert.Equal(t, "Frühförderungstelle", n.Akteure[0].Organisation)
	assert.Equal(t, "Frühförderung", n.Kooperationen[0].Bezeichnung)
}

func TestTeilnahmeLeerOderNichtErfasst(t *testing.T) {
	// nil = not recorded (left out); [] = nobody came. JSON keeps the difference.
	n := &Netzwerk{
		Akteure: []Akteur{{ID: "a", Organisation: "A", Sektor: Ehrenamt}},
		Treffen: []Treffen{
			{Datum: qualitaet.MussKalenderdatum("2023-01-01"), Art: Netzwerktreffen},
			{Datum: qualitaet.MussKalenderdatum("2023-02-01"), Art: Netzwerktreffen, Teilnehmende: []string{}},
		},
	}
	doc, err := n.Dokument()
	require.NoError(t, err)
	assert.Equal(t, 1, strings.Count(string(doc), `"teilnehmende": []`))
	n2, err := Parse(doc)
	require.NoError(t, err)
	assert.Nil(t, n2.Treffen[0].Teilnehmende)
	assert.NotNil(t, n2.Treffen[1].Teilnehmende)
	b := Teilnahme(n2, Zeitraum{}, 0.5)
	assert.Equal(t, 1, b.Treffen)
	assert.Equal(t, 1, b.OhneErfassung)
	assert.Equal(t, []string{"a"}, []string{b.UnterSchwelle[0].Akteur.ID})
}

func TestJSONFeldnamen(t *testing.T) {
	// The JSON property names are the contract with the schema and with the
	// Kommune profile.
	n := voll()
	n.Namen = []string{"N"}
	n.Hinweis = "H"
	n.Koordination.Ansiedlung, n.Koordination.Ansprechperson = "Jugendamt", "Erika Mustermann"
	n.Sektoren = []SektorDefinition{{ID: "polizei", Name: "Polizei", NameEn: "police"}}
	n.Akteure[0].Einrichtungsart, n.Akteure[0].Region, n.Akteure[0].Hinweis = "Jugendamt", "Mitte", "h"
	n.Gremien[0].Bezeichnung, n.Gremien[0].Instanzen = "Lenkungskreis", []string{"LK"}
	n.Kooperationen[2].Datum, n.Kooperationen[2].Bezeichnung, n.Kooperationen[2].Text = qualitaet.MussKalenderdatum("2015-01-01"), "KJH", "t"
	n.Treffen[0].Bezeichnung = "Netzwerkkonferenz"
	n.Angebote[0].Hinweis = "h"
	n.Regionalnetzwerke[0].Region = "Nord"
	doc, err := n.Dokument()
	require.NoError(t, err)
	var roh map[string]any
	require.NoError(t, json.Unmarshal(doc, &roh))
	schluessel := func(v any) []string {
		var ks []string
		for k := range v.(map[string]any) {
			ks = append(ks, k)
		}
		sortiereDeutsch(ks)
		return ks
	}
	erstes := func(k string) any { return roh[k].([]any)[0] }
	assert.Equal(t, []string{"$schema", "akteure", "angebote", "gremien", "gruendungsjahr", "hinweis", "kooperationen",
		"koordination", "namen", "regionalnetzwerke", "sektoren", "treffen"}, schluessel(roh))
	assert.Equal(t, []string{"ansiedlung", "ansprechperson", "traeger", "vollzeitaequivalente"}, schluessel(roh["koordination"]))
	assert.Equal(t, []string{"id", "name", "nameEn"}, schluessel(erstes("sektoren")))
	assert.Equal(t, []string{"einrichtungsart", "hinweis", "id", "organisation", "region", "sektor"}, schluessel(erstes("akteure")))
	assert.Equal(t, []string{"anzahl", "art", "bezeichnung", "instanzen"}, schluessel(erstes("gremien")))
	assert.Equal(t, []string{"akteur", "bezeichnung", "datum", "form", "sektor", "text"}, schluessel(roh["kooperationen"].([]any)[2]))
	assert.Equal(t, []string{"anzahl", "sektor"}, schluessel(erstes("kooperationen")))
	assert.Equal(t, []string{"art", "bezeichnung", "datum", "teilnehmende"}, schluessel(erstes("treffen")))
	assert.Equal(t, []string{"anbieter", "aufsuchend", "foerderbereich", "hinweis", "name", "zielgruppen"}, schluessel(erstes("angebote")))
	assert.Equal(t, []string{"akteure", "id", "name", "region"}, schluessel(erstes("regionalnetzwerke")))
	assert.True(t, strings.HasPrefix(string(doc), "{\n  \"$schema\": \""+SchemaID+"\",\n"), "$schema comes first")
	assert.True(t, strings.HasSuffix(string(doc), "}\n"))
}
