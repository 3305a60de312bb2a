package qualitaet_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
)

// TestEinschaetzungAnzahl: an aggregated entry ("anzahl": n, no person)
// counts n times — the engine gives it the same consensus, spread and
// count as n single entries — and survives a JSON round trip.
func TestEinschaetzungAnzahl(t *testing.T) {
	z := qualitaet.MustParseID("QD3.T1.Z1")
	tag := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	einzeln := []qualitaet.Einschaetzung{
		{Entwicklungsziel: z, StufeGesetzt: true, Stufe: 1, Datum: tag, Person: "A"},
		{Entwicklungsziel: z, StufeGesetzt: true, Stufe: 4, Datum: tag, Person: "B"},
		{Entwicklungsziel: z, StufeGesetzt: true, Stufe: 4, Datum: tag, Person: "C"},
		{Entwicklungsziel: z, NichtBeurteilbar: true, Datum: tag, Person: "D"},
	}
	zusammen := []qualitaet.Einschaetzung{
		{Entwicklungsziel: z, StufeGesetzt: true, Stufe: 1, Datum: tag, Anzahl: 1},
		{Entwicklungsziel: z, Stufe: 4, StufeGesetzt: true, Datum: tag, Anzahl: 2},
		{Entwicklungsziel: z, NichtBeurteilbar: true, Datum: tag},
	}
	zeit := time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	a, err := qualitaet.Bewerte(qualitaet.Eingabe{Einschaetzungen: einzeln, Zeitpunkt: zeit})
	require.NoError(t, err)
	b, err := qualitaet.Bewerte(qualitaet.Eingabe{Einschaetzungen: zusammen, Zeitpunkt: zeit})
	require.NoError(t, err)
	assert.Equal(t, a.Gesamt, b.Gesamt)
	require.Len(t, b.Streuung, 1)
	assert.Equal(t, a.Streuung[0].Stufen, b.Streuung[0].Stufen)
	assert.Equal(t, []qualitaet.Stufe{1, 4, 4}, b.Streuung[0].Stufen)
	assert.Equal(t, 4.0, b.Streuung[0].Median, "median of 1, 4, 4")
	assert.Equal(t, 3, b.Streuung[0].Anzahl)
	assert.Equal(t, 1, b.Streuung[0].NichtBeurteilbar)

	data, err := json.Marshal(zusammen[1])
	require.NoError(t, err)
	assert.JSONEq(t, `{"entwicklungsziel": "QD3.T1.Z1", "stufe": 4, "datum": "2026-10-01", "anzahl": 2}`, string(data))
	var back qualitaet.Einschaetzung
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, zusammen[1], back)
}
