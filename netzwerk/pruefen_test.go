package netzwerk

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// gueltig returns a small network that passes every check; each case of
// TestPruefe breaks one thing.
func gueltig() *Netzwerk {
	return &Netzwerk{
		Namen:          []string{"Netzwerk Frühe Hilfen Musterstadt"},
		Gruendungsjahr: 2012,
		Koordination:   &Koordination{Traeger: "Stadt Musterstadt", Vollzeitaequivalente: wert(1.5)},
		Sektoren:       []SektorDefinition{{ID: "polizei", Name: "Polizei"}},
		Akteure: []Akteur{
			{ID: "ja", Organisation: "Jugendamt", Sektor: KinderUndJugendhilfe},
			{ID: "klinik", Organisation: "Klinikum", Sektor: Gesundheitswesen},
			{ID: "polizei", Organisation: "Polizeiinspektion", Sektor: "polizei"},
		},
		Gremien: []Gremium{{Art: Lenkungsgruppe, Anzahl: 1}, {Art: Arbeitsgruppe, Anzahl: 2, Instanzen: []string{"AG Übergänge"}}},
		Kooperationen: []Kooperation{
			{Sektor: Gesundheitswesen, Bezeichnung: "Gesundheit", Anzahl: wert(3)},
			{Sektor: Gesundheitswesen, Akteur: "klinik", Datum: qualitaet.MussKalenderdatum("2015-03-01"), Form: Schriftlich},
		},
		Treffen: []Treffen{
			{Datum: qualitaet.MussKalenderdatum("2023-05-10"), Art: Netzwerktreffen, Teilnehmende: []string{"ja", "klinik"}},
			{Datum: qualitaet.MussKalenderdatum("2023-06-10"), Art: RegionalnetzwerkTreffen, Regionalnetzwerk: "nord", Teilnehmende: []string{"ja"}},
		},
		Angebote:          []Angebot{{Name: "Familienhebammen", Anbieter: "klinik", Foerderbereich: FoerderbereichII}},
		Regionalnetzwerke: []RegionalnetzwerkEintrag{{ID: "nord", Name: "Regionalnetzwerk Nord", Akteure: []string{"ja"}}},
	}
}

func TestPruefeGueltig(t *testing.T) {
	n := gueltig()
	require.NoError(t, n.Validate())
	assert.Empty(t, Pruefe(n, "/netzwerk"))
	assert.Empty(t, Pruefe(nil, ""))
	assert.NoError(t, (&Netzwerk{}).Validate(), "the empty network is valid")
	_, err := n.Dokument()
	assert.NoError(t, err)
}

func TestPruefe(t *testing.T) {
	tests := []struct {
		name    string
		aendere func(n *Netzwerk)
		zeiger  string
		regel   string
		de, en  string
	}{
		{"Sektor unbekannt", func(n *Netzwerk) { n.Akteure[0].Sektor = "feuerwehr" },
			"/akteure/0/sektor", RegelSektor,
			"Sektor „feuerwehr“ ist weder ein Standardsektor noch unter „sektoren“ erklärt",
			"sector \"feuerwehr\" is neither a default sector nor declared under \"sektoren\""},
		{"Sektor fehlt", func(n *Netzwerk) { n.Akteure[1].Sektor = "" },
			"/akteure/1", RegelPflicht, "Pflichtfeld „sektor“ fehlt oder ist leer", "required property \"sektor\" is missing or empty"},
		{"Sektor keine Kennung", func(n *Netzwerk) { n.Kooperationen[0].Sektor = "Gesundheit und Pflege" },
			"/kooperationen/0/sektor", RegelKennung,
			"„Gesundheit und Pflege“ ist keine gültige Kennung (Buchstaben, Ziffern, Punkt, Binde- und Unterstrich)",
			"\"Gesundheit und Pflege\" is not a valid ID (letters, digits, dot, hyphen and underscore)"},
		{"Standardsektor neu erklärt", func(n *Netzwerk) { n.Sektoren = append(n.Sektoren, SektorDefinition{ID: Ehrenamt, Name: "Ehrenamt"}) },
			"/sektoren/1/id", RegelSektor,
			"Sektor „ehrenamt“ ist ein Standardsektor und wird nicht neu erklärt",
			"sector \"ehrenamt\" is a default sector and is not declared again"},
		{"eigener Sektor doppelt", func(n *Netzwerk) { n.Sektoren = append(n.Sektoren, SektorDefinition{ID: "polizei", Name: "Polizei 2"}) },
			"/sektoren/1/id", RegelEindeutig, "Kennung „polizei“ kommt mehrfach vor", "ID \"polizei\" occurs more than once"},
		{"eigener Sektor ohne Namen", func(n *Netzwerk) { n.Sektoren[0].Name = "" },
			"/sektoren/0", RegelPflicht, "Pflichtfeld „name“ fehlt oder ist leer", "required property \"name\" is missing or empty"},
		{"Akteur doppelt", func(n *Netzwerk) { n.Akteure[2].ID = "ja" },
			"/akteure/2/id", RegelEindeutig, "Kennung „ja“ kommt mehrfach vor", "ID \"ja\" occurs more than once"},
		{"Akteur-ID keine Kennung", func(n *Netzwerk) {
			n.Akteure = append(n.Akteure, Akteur{ID: "a b", Organisation: "X", Sektor: Ehrenamt})
		},
			"/akteure/3/id", RegelKennung,
			"„a b“ ist keine gültige Kennung (Buchstaben, Ziffern, Punkt, Binde- und Unterstrich)",
			"\"a b\" is not a valid ID (letters, digits, dot, hyphen and underscore)"},
		{"Akteur ohne Organisation", func(n *Netzwerk) { n.Akteure[0].Organisation = "" },
			"/akteure/0", RegelPflicht, "Pflichtfeld „organisation“ fehlt oder ist leer", "required property \"organisation\" is missing or empty"},
		{"Akteur ohne ID", func(n *Netzwerk) { n.Akteure[2].ID = "" },
			"/akteure/2", RegelPflicht, "Pflichtfeld „id“ fehlt oder ist leer", "required property \"id\" is missing or empty"},
		{"Träger fehlt", func(n *Netzwerk) { n.Koordination.Traeger = "" },
			"/koordination", RegelPflicht, "Pflichtfeld „traeger“ fehlt oder ist leer", "required property \"traeger\" is missing or empty"},
		{"VZÄ negativ", func(n *Netzwerk) { n.Koordination.Vollzeitaequivalente = wert(-0.5) },
			"/koordination/vollzeitaequivalente", RegelAnzahl, "Vollzeitäquivalente -0,5 sind negativ", "full-time equivalents -0.5 are negative"},
		{"Name leer", func(n *Netzwerk) { n.Namen = append(n.Namen, "") },
			"/namen/1", RegelPflicht, "Pflichtfeld „namen“ fehlt oder ist leer", "required property \"namen\" is missing or empty"},
		{"Gründungsjahr zu früh", func(n *Netzwerk) { n.Gruendungsjahr = 1985 },
			"/gruendungsjahr", RegelDatum,
			"Gründungsjahr 1985 liegt vor 1990, dem frühesten plausiblen Jahr",
			"founding year 1985 is before 1990, the earliest plausible year"},
		{"Gründungsjahr zu spät", func(n *Netzwerk) { n.Gruendungsjahr = 2300 },
			"/gruendungsjahr", RegelDatum, "Gründungsjahr 2300 liegt nach 2200", "founding year 2300 is after 2200"},
		{"Gremium Anzahl negativ", func(n *Netzwerk) { n.Gremien[0].Anzahl = -1 },
			"/gremien/0/anzahl", RegelAnzahl, "Anzahl -1 ist negativ", "count -1 is negative"},
		{"Gremium weniger als Instanzen", func(n *Netzwerk) { n.Gremien[1].Instanzen = []string{"AG 1", "AG 2", "AG 3"} },
			"/gremien/1/anzahl", RegelAnzahl,
			"Anzahl 2 ist kleiner als die Zahl der benannten Instanzen (3)",
			"count 2 is less than the number of named instances (3)"},
		{"Gremium Art unbekannt", func(n *Netzwerk) { n.Gremien[0].Art = "lenkungskreis" },
			"/gremien/0/art", RegelWert, "Wert „lenkungskreis“ ist für „art“ nicht erlaubt", "value \"lenkungskreis\" is not allowed for \"art\""},
		{"Gremium Instanz leer", func(n *Netzwerk) { n.Gremien[1].Instanzen = []string{""} },
			"/gremien/1/instanzen/0", RegelPflicht, "Pflichtfeld „instanzen“ fehlt oder ist leer", "required property \"instanzen\" is missing or empty"},
		{"Kooperation negativ", func(n *Netzwerk) { n.Kooperationen[0].Anzahl = wert(-3) },
			"/kooperationen/0/anzahl", RegelAnzahl, "Anzahl -3 ist negativ", "count -3 is negative"},
		{"Kooperation nicht ganz", func(n *Netzwerk) { n.Kooperationen[0].Anzahl = wert(2.5) },
			"/kooperationen/0/anzahl", RegelAnzahl, "Anzahl 2,5 ist keine ganze Zahl", "count 2.5 is not a whole number"},
		{"Kooperation Akteur unbekannt", func(n *Netzwerk) { n.Kooperationen[1].Akteur = "praxis" },
			"/kooperationen/1/akteur", RegelVerweis, "Akteur „praxis“ gibt es in diesem Netzwerk nicht", "there is no actor \"praxis\" in this network"},
		{"Kooperation Sektor passt nicht", func(n *Netzwerk) { n.Kooperationen[1].Akteur = "ja" },
			"/kooperationen/1/sektor", RegelSektor,
			"Akteur „ja“ gehört zum Sektor „kinder-und-jugendhilfe“, die Kooperation ist aber „gesundheitswesen“ zugeordnet",
			"actor \"ja\" belongs to sector \"kinder-und-jugendhilfe\", but the cooperation is assigned to \"gesundheitswesen\""},
		{"Kooperation vor Gründung", func(n *Netzwerk) { n.Kooperationen[1].Datum = qualitaet.MussKalenderdatum("2011-12-31") },
			"/kooperationen/1/datum", RegelDatum,
			"Datum 2011-12-31 liegt vor dem Gründungsjahr 2012 des Netzwerks",
			"date 2011-12-31 is before the network's founding year 2012"},
		{"Kooperationsform unbekannt", func(n *Netzwerk) { n.Kooperationen[1].Form = "fax" },
			"/kooperationen/1/form", RegelWert, "Wert „fax“ ist für „form“ nicht erlaubt", "value \"fax\" is not allowed for \"form\""},
		{"Treffen Akteur unbekannt", func(n *Netzwerk) { n.Treffen[0].Teilnehmende = []string{"ja", "praxis"} },
			"/treffen/0/teilnehmende/1", RegelVerweis, "Akteur „praxis“ gibt es in diesem Netzwerk nicht", "there is no actor \"praxis\" in this network"},
		{"Treffen Teilnahme doppelt", func(n *Netzwerk) { n.Treffen[0].Teilnehmende = []string{"ja", "klinik", "ja"} },
			"/treffen/0/teilnehmende/2", RegelEindeutig, "Akteur „ja“ ist mehrfach als teilnehmend eingetragen", "actor \"ja\" is listed as attending more than once"},
		{"Treffen vor 1990", func(n *Netzwerk) {
			n.Gruendungsjahr = 0
			n.Treffen[1].Datum = qualitaet.MussKalenderdatum("1989-12-31")
		},
			"/treffen/1/datum", RegelDatum,
			"Datum 1989-12-31 liegt vor 1990, dem frühesten plausiblen Jahr",
			"date 1989-12-31 is before 1990, the earliest plausible year"},
		{"Treffen vor Gründung", func(n *Netzwerk) { n.Treffen[0].Datum = qualitaet.MussKalenderdatum("2010-01-01") },
			"/treffen/0/datum", RegelDatum,
			"Datum 2010-01-01 liegt vor dem Gründungsjahr 2012 des Netzwerks",
			"date 2010-01-01 is before the network's founding year 2012"},
		{"Treffen im Jahr 1", func(n *Netzwerk) { n.Treffen[0].Datum = qualitaet.MussKalenderdatum("0001-01-01") },
			"/treffen/0/datum", RegelDatum,
			"Datum 0001-01-01 liegt vor 1990, dem frühesten plausiblen Jahr",
			"date 0001-01-01 is before 1990, the earliest plausible year"},
		{"Kooperation im Jahr 0", func(n *Netzwerk) { n.Kooperationen[1].Datum = qualitaet.MussKalenderdatum("0000-02-29") },
			"/kooperationen/1/datum", RegelDatum,
			"Datum 0000-02-29 liegt vor 1990, dem frühesten plausiblen Jahr",
			"date 0000-02-29 is before 1990, the earliest plausible year"},
		{"Treffen kein Datum", func(n *Netzwerk) { n.Treffen[0].Datum = qualitaet.KalenderdatumVon(10000, time.January, 1) },
			"/treffen/0/datum", RegelDatum, "10000-01-01 ist kein gültiges Kalenderdatum", "10000-01-01 is not a valid calendar date"},
		{"Treffen ohne Datum", func(n *Netzwerk) { n.Treffen[0].Datum = qualitaet.Kalenderdatum{} },
			"/treffen/0", RegelPflicht, "Pflichtfeld „datum“ fehlt oder ist leer", "required property \"datum\" is missing or empty"},
		{"Treffen Art fehlt", func(n *Netzwerk) { n.Treffen[0].Art = "" },
			"/treffen/0/art", RegelWert, "Wert „“ ist für „art“ nicht erlaubt", "value \"\" is not allowed for \"art\""},
		{"Treffen Regionalnetzwerk unbekannt", func(n *Netzwerk) { n.Treffen[1].Regionalnetzwerk = "sued" },
			"/treffen/1/regionalnetzwerk", RegelVerweis,
			"Regionalnetzwerk „sued“ gibt es in diesem Netzwerk nicht", "there is no regional network \"sued\" in this network"},
		{"Angebot ohne Namen", func(n *Netzwerk) { n.Angebote[0].Name = "" },
			"/angebote/0", RegelPflicht, "Pflichtfeld „name“ fehlt oder ist leer", "required property \"name\" is missing or empty"},
		{"Angebot Anbieter unbekannt", func(n *Netzwerk) { n.Angebote[0].Anbieter = "hebamme" },
			"/angebote/0/anbieter", RegelVerweis, "Akteur „hebamme“ gibt es in diesem Netzwerk nicht", "there is no actor \"hebamme\" in this network"},
		{"Angebot Förderbereich unbekannt", func(n *Netzwerk) { n.Angebote[0].Foerderbereich = 4 },
			"/angebote/0/foerderbereich", RegelWert,
			"Wert „Foerderbereich(4)“ ist für „foerderbereich“ nicht erlaubt", "value \"Foerderbereich(4)\" is not allowed for \"foerderbereich\""},
		{"Angebot Zielgruppe leer", func(n *Netzwerk) { n.Angebote[0].Zielgruppen = []string{""} },
			"/angebote/0/zielgruppen/0", RegelPflicht, "Pflichtfeld „zielgruppen“ fehlt oder ist leer", "required property \"zielgruppen\" is missing or empty"},
		{"Regionalnetzwerk doppelt", func(n *Netzwerk) {
			n.Regionalnetzwerke = append(n.Regionalnetzwerke, RegionalnetzwerkEintrag{ID: "nord", Name: "Nord 2"})
		}, "/regionalnetzwerke/1/id", RegelEindeutig, "Kennung „nord“ kommt mehrfach vor", "ID \"nord\" occurs more than once"},
		{"Regionalnetzwerk Akteur unbekannt", func(n *Netzwerk) { n.Regionalnetzwerke[0].Akteure = []string{"kita"} },
			"/regionalnetzwerke/0/akteure/0", RegelVerweis, "Akteur „kita“ gibt es in diesem Netzwerk nicht", "there is no actor \"kita\" in this network"},
		{"Regionalnetzwerk ohne Namen", func(n *Netzwerk) { n.Regionalnetzwerke[0].Name = "" },
			"/regionalnetzwerke/0", RegelPflicht, "Pflichtfeld „name“ fehlt oder ist leer", "required property \"name\" is missing or empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := gueltig()
			tt.aendere(n)
			vs := Pruefe(n, "")
			require.Len(t, vs, 1, "%v", vs)
			assert.Equal(t, schema.Verletzung{Zeiger: tt.zeiger, Regel: tt.regel, Meldung: tt.de, Message: tt.en}, vs[0])

			// With a prefix, as inside a Kommune profile.
			vs = Pruefe(n, "/netzwerk")
			require.Len(t, vs, 1)
			assert.Equal(t, "/netzwerk"+tt.zeiger, vs[0].Zeiger)

			err := n.Validate()
			var ve *schema.ValidierungsFehler
			require.True(t, errors.As(err, &ve), "Validate() = %v, want *schema.ValidierungsFehler", err)
			assert.Equal(t, schema.ArtNetzwerk, ve.Art)
			assert.ErrorIs(t, err, schema.ErrUngueltig)
			assert.Contains(t, ve.Text(language.English), tt.en)

			_, err = n.Dokument()
			assert.ErrorAs(t, err, &ve, "Dokument refuses an invalid network")
		})
	}
}

func TestPruefeMehrere(t *testing.T) {
	n := gueltig()
	n.Akteure[0].Sektor = "feuerwehr"
	n.Treffen[0].Teilnehmende = []string{"x", "y"}
	n.Gruendungsjahr = 1900
	err := n.Validate()
	var ve *schema.ValidierungsFehler
	require.ErrorAs(t, err, &ve)
	var zeiger []string
	for _, v := range ve.Verletzungen {
		zeiger = append(zeiger, v.Zeiger)
	}
	assert.Equal(t, []string{"/akteure/0/sektor", "/gruendungsjahr", "/treffen/0/teilnehmende/0", "/treffen/0/teilnehmende/1"}, zeiger)
}
