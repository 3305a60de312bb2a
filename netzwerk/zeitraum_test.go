package netzwerk

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
)

func TestZeitraumEnthaelt(t *testing.T) {
	tag := qualitaet.MussKalenderdatum
	a, b := tag("2023-03-15"), tag("2023-06-20")
	tests := []struct {
		name string
		z    Zeitraum
		d    qualitaet.Kalenderdatum
		want bool
	}{
		{"Von gehört dazu", Zeitraum{Von: a, Bis: b}, a, true},
		{"Bis gehört dazu", Zeitraum{Von: a, Bis: b}, b, true},
		{"dazwischen", Zeitraum{Von: a, Bis: b}, tag("2023-05-01"), true},
		{"Tag vor Von", Zeitraum{Von: a, Bis: b}, tag("2023-03-14"), false},
		{"Tag nach Bis", Zeitraum{Von: a, Bis: b}, tag("2023-06-21"), false},
		{"ein Tag", Zeitraum{Von: a, Bis: a}, a, true},
		{"verkehrt enthält nichts", Zeitraum{Von: b, Bis: a}, tag("2023-05-01"), false},
		{"offen nach hinten", Zeitraum{Von: a}, tag("2100-01-01"), true},
		{"offen nach hinten, davor", Zeitraum{Von: a}, tag("2023-03-14"), false},
		{"offen nach vorn", Zeitraum{Bis: a}, tag("1999-01-01"), true},
		{"offen nach vorn, danach", Zeitraum{Bis: a}, tag("2100-01-01"), false},
		{"alle Zeit", Zeitraum{}, tag("1999-01-01"), true},
		{"alle Zeit, Jahr 1", Zeitraum{}, tag("0001-01-01"), true},
		{"offen nach vorn, Jahr 0", Zeitraum{Bis: a}, tag("0000-01-01"), true},
		{"kein Datum in keinem Zeitraum", Zeitraum{Von: a, Bis: b}, qualitaet.Kalenderdatum{}, false},
		{"kein Datum, alle Zeit", Zeitraum{}, qualitaet.Kalenderdatum{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.z.Enthaelt(tt.d), "%+v.Enthaelt(%v)", tt.z, tt.d)
		})
	}
}

// TestDatumJSON pins the JSON form of the days of meetings and agreements:
// "JJJJ-MM-TT", an absent agreement date left out, an absent meeting date
// written as "" (which the schema then refuses).
func TestDatumJSON(t *testing.T) {
	tests := []struct {
		name string
		wert any
		json string
	}{
		{"Treffen", Treffen{Datum: qualitaet.MussKalenderdatum("2023-05-10"), Art: Fachtag},
			`{"datum":"2023-05-10","art":"fachtag"}`},
		{"Treffen ohne Datum", Treffen{Art: Fachtag}, `{"datum":"","art":"fachtag"}`},
		{"Kooperation", Kooperation{Sektor: Gesundheitswesen, Akteur: "klinik", Datum: qualitaet.MussKalenderdatum("2015-03-01")},
			`{"sektor":"gesundheitswesen","akteur":"klinik","datum":"2015-03-01"}`},
		{"Kooperation ohne Datum", Kooperation{Sektor: Gesundheitswesen, Akteur: "klinik"},
			`{"sektor":"gesundheitswesen","akteur":"klinik"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.wert)
			require.NoError(t, err)
			assert.Equal(t, tt.json, string(b))
		})
	}

	var tr Treffen
	require.NoError(t, json.Unmarshal([]byte(`{"datum":"2019-08-21","art":"fachtag"}`), &tr))
	assert.Equal(t, qualitaet.KalenderdatumVon(2019, 8, 21), tr.Datum)
	assert.Error(t, json.Unmarshal([]byte(`{"datum":"21.08.2019","art":"fachtag"}`), &tr))
}
