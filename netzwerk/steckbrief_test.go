package netzwerk

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

func TestKooperationenAusSteckbrief(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []Kooperation
	}{
		{"Oder-Spree", oderSpreeKooperationen, []Kooperation{
			{Sektor: Gesundheitswesen, Bezeichnung: "Gesundheit", Anzahl: wert(3)},
			{Sektor: KinderUndJugendhilfe, Bezeichnung: "Kinder- und Jugend", Anzahl: wert(5)},
			{Sektor: Schwangerschaftsberatung, Bezeichnung: "Schwangerschaftsberatung", Anzahl: wert(3)},
			{Sektor: Fruehfoerderung, Bezeichnung: "Frühförderung", Anzahl: wert(2)},
			{Sektor: Sonstige, Bezeichnung: "Sonstige", Text: "Kommunen, Beratungsstellen, lokale Bündnisse für Familie, etc."},
			{Sektor: Ehrenamt, Bezeichnung: "Freiwilligenarbeit", Anzahl: wert(2)},
		}},
		{"Tausenderpunkt, Leerraum, NFD", "  Gesundheit :  1.200 ,Fru\u0308hfo\u0308rderung:0", []Kooperation{
			{Sektor: Gesundheitswesen, Bezeichnung: "Gesundheit", Anzahl: wert(1200)},
			{Sektor: Fruehfoerderung, Bezeichnung: "Frühförderung", Anzahl: wert(0)},
		}},
		{"Text nach Anzahl", "Gesundheit: 3, Hebammen, Kinderärzte", []Kooperation{
			{Sektor: Gesundheitswesen, Bezeichnung: "Gesundheit", Anzahl: wert(3), Text: "Hebammen, Kinderärzte"},
		}},
		{"ohne Angabe", "Ehrenamt:", []Kooperation{{Sektor: Ehrenamt, Bezeichnung: "Ehrenamt"}}},
		{"keine Zahl", "Jobcenter: k. A.", []Kooperation{{Sektor: MaterielleSicherung, Bezeichnung: "Jobcenter", Text: "k. A."}}},
		{"leere Teile", "Gesundheit: 1,, ,", []Kooperation{{Sektor: Gesundheitswesen, Bezeichnung: "Gesundheit", Anzahl: wert(1)}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := KooperationenAusSteckbrief(tt.text)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestKooperationenAusSteckbriefFehler(t *testing.T) {
	tests := []struct {
		text   string
		de, en string
	}{
		{"", "kein Eintrag gefunden", "no entry found"},
		{" , ", "kein Eintrag gefunden", "no entry found"},
		{"Kommunen, Gesundheit: 3", "Eintrag „Kommunen“ hat keine Bezeichnung", "entry \"Kommunen\" has no label"},
		{"Gesundheit: 3, Polizei: 1", "Bezeichnung „Polizei“ ist keinem Sektor zuzuordnen", "label \"Polizei\" cannot be assigned to a sector"},
	}
	for _, tt := range tests {
		_, err := KooperationenAusSteckbrief(tt.text)
		var ve *schema.ValidierungsFehler
		require.True(t, errors.As(err, &ve), "KooperationenAusSteckbrief(%q) = %v", tt.text, err)
		require.Len(t, ve.Verletzungen, 1)
		assert.Equal(t, tt.de, ve.Verletzungen[0].Meldung)
		assert.Equal(t, tt.en, ve.Verletzungen[0].Message)
	}
}

func TestGremienAusSteckbrief(t *testing.T) {
	tests := []struct {
		text string
		want []Gremium
	}{
		{oderSpreeGremien, []Gremium{
			{Art: Lenkungsgruppe, Bezeichnung: "Strategie- und Lenkungsgruppe", Anzahl: 1},
			{Art: Steuerungsgruppe, Bezeichnung: "Steuerungsgruppen", Anzahl: 6},
		}},
		{"Lenkungskreis, 4 AGs, Qualitätszirkel", []Gremium{
			{Art: Lenkungsgruppe, Bezeichnung: "Lenkungskreis"},
			{Art: Arbeitsgruppe, Bezeichnung: "AGs", Anzahl: 4},
			{Art: Qualitaetszirkel, Bezeichnung: "Qualitätszirkel"},
		}},
		{"0 Arbeitsgruppen, 1 Netzwerkkonferenz", []Gremium{
			{Art: SonstigesGremium, Bezeichnung: "Netzwerkkonferenz", Anzahl: 1},
		}},
	}
	for _, tt := range tests {
		got, err := GremienAusSteckbrief(tt.text)
		require.NoError(t, err, tt.text)
		assert.Equal(t, tt.want, got, tt.text)
	}
	for _, text := range []string{"", "6", "Lenkungskreis, 3", "0 Arbeitsgruppen"} {
		_, err := GremienAusSteckbrief(text)
		assert.ErrorIs(t, err, schema.ErrUngueltig, text)
	}
}
