package bogen_test

import (
	"testing"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/bogen"
	"github.com/stretchr/testify/assert"
)

func TestZusammenfuehren(t *testing.T) {
	e := func(id qualitaet.ID, stufe int, person string, d time.Time) qualitaet.Einschaetzung {
		x := qualitaet.Einschaetzung{Entwicklungsziel: id, Datum: d, Person: person}
		if stufe < 0 {
			x.NichtBeurteilbar = true
		} else {
			x.Stufe = qualitaet.Stufe(stufe)
		}
		return x
	}
	d1, d2 := tag(2026, 11, 24), tag(2026, 12, 1)
	a := e("QD3.T1.Z1", 3, "A", d1)
	b := e("QD3.T1.Z1", 1, "B", d1)
	aSpaeter := e("QD3.T1.Z1", 4, "A", d2)
	aKA := e("QD3.T1.Z1", -1, "A", d2)
	aKA7 := aKA
	aKA7.Stufe = 7 // the level of a "k. A." entry means nothing
	mitKommentar := a
	mitKommentar.Begruendung = "anders begründet"
	mitSektor := a
	mitSektor.Sektor = "gesundheitswesen"
	andereKennung := a
	andereKennung.Einschaetzende = "e-2" // the same name on another sheet
	andereRunde := a
	andereRunde.Runde = "2026-12"
	andereZone := a
	andereZone.Datum = time.Date(2026, 11, 24, 0, 0, 0, 0, time.FixedZone("MEZ", 3600))

	tests := []struct {
		name       string
		bestehende []qualitaet.Einschaetzung
		neue       [][]qualitaet.Einschaetzung
		want       []qualitaet.Einschaetzung
	}{
		{"nichts", nil, nil, []qualitaet.Einschaetzung{}},
		{"nur bestehende", []qualitaet.Einschaetzung{a, b}, nil, []qualitaet.Einschaetzung{a, b}},
		{"neue angehängt", []qualitaet.Einschaetzung{a}, [][]qualitaet.Einschaetzung{{b}}, []qualitaet.Einschaetzung{a, b}},
		{"mehrere Bögen in Reihenfolge", nil, [][]qualitaet.Einschaetzung{{b}, {a}, {aKA}}, []qualitaet.Einschaetzung{b, a, aKA}},
		{"genaue Wiederholung fällt weg", []qualitaet.Einschaetzung{a, b}, [][]qualitaet.Einschaetzung{{a}, {b, a}}, []qualitaet.Einschaetzung{a, b}},
		{"Wiederholung unter den neuen", nil, [][]qualitaet.Einschaetzung{{a, a}, {a}}, []qualitaet.Einschaetzung{a}},
		{"bestehende bleiben, wie sie sind", []qualitaet.Einschaetzung{a, a}, [][]qualitaet.Einschaetzung{{a}}, []qualitaet.Einschaetzung{a, a}},
		{"dieselbe Person später: beide bleiben", []qualitaet.Einschaetzung{a}, [][]qualitaet.Einschaetzung{{aSpaeter, aKA}}, []qualitaet.Einschaetzung{a, aSpaeter, aKA}},
		{"k. A. ohne Blick auf die Stufe", []qualitaet.Einschaetzung{aKA}, [][]qualitaet.Einschaetzung{{aKA7}}, []qualitaet.Einschaetzung{aKA}},
		{"anderer Kommentar oder Sektor ist keine Wiederholung", []qualitaet.Einschaetzung{a}, [][]qualitaet.Einschaetzung{{mitKommentar, mitSektor}}, []qualitaet.Einschaetzung{a, mitKommentar, mitSektor}},
		{"gleiche Einschätzung anderer Kennung oder Runde ist keine Wiederholung", []qualitaet.Einschaetzung{a}, [][]qualitaet.Einschaetzung{{andereKennung}, {andereRunde}}, []qualitaet.Einschaetzung{a, andereKennung, andereRunde}},
		{"derselbe Tag in anderer Zone", []qualitaet.Einschaetzung{a}, [][]qualitaet.Einschaetzung{{andereZone}}, []qualitaet.Einschaetzung{a}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bestehendeVorher := append([]qualitaet.Einschaetzung(nil), tt.bestehende...)
			got := bogen.Zusammenfuehren(tt.bestehende, tt.neue...)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, bestehendeVorher, tt.bestehende, "the existing slice is not changed")
			assert.Equal(t, got, bogen.Zusammenfuehren(got, tt.neue...), "merging again changes nothing")
			if len(got) > 0 && len(tt.bestehende) > 0 {
				got[0].Person = "geändert"
				assert.NotEqual(t, "geändert", tt.bestehende[0].Person, "the result shares no array with the input")
			}
		})
	}
}
