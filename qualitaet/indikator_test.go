package qualitaet

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func zielTag(y, m, d int) Kalenderdatum { return KalenderdatumVon(y, time.Month(m), d) }

func TestMessungErgebnisUndMangel(t *testing.T) {
	d := zielTag(2023, 5, 1)
	faelle := []struct {
		name   string
		art    Indikatorart
		m      Messung
		wert   float64
		mangel string
	}{
		{"anteil aus bruch", ArtAnteil, Messung{Datum: d, Zaehler: WertVon(1), Nenner: WertVon(4)}, 25, ""},
		{"anteil direkt", ArtAnteil, Messung{Datum: d, Wert: WertVon(61.5)}, 61.5, ""},
		{"verhaeltnis aus bruch", ArtVerhaeltnis, Messung{Datum: d, Zaehler: WertVon(3), Nenner: WertVon(2)}, 1.5, ""},
		{"anzahl", ArtAnzahl, Messung{Datum: d, Wert: WertVon(4)}, 4, ""},
		{"kontinuierlich negativ", ArtKontinuierlich, Messung{Datum: d, Wert: WertVon(-2.5)}, -2.5, ""},
		{"nenner null", ArtAnteil, Messung{Datum: d, Zaehler: WertVon(0), Nenner: WertVon(0)}, 0, "Nenner muss größer als 0 sein"},
		{"nenner negativ", ArtVerhaeltnis, Messung{Datum: d, Zaehler: WertVon(1), Nenner: WertVon(-1)}, 0, "Nenner muss größer als 0 sein"},
		{"zaehler negativ", ArtVerhaeltnis, Messung{Datum: d, Zaehler: WertVon(-1), Nenner: WertVon(2)}, 0, "Zähler darf nicht negativ sein"},
		{"zaehler groesser", ArtAnteil, Messung{Datum: d, Zaehler: WertVon(5), Nenner: WertVon(4)}, 0, "bei einem Anteil darf der Zähler nicht größer als der Nenner sein"},
		{"verhaeltnis darf > 1", ArtVerhaeltnis, Messung{Datum: d, Zaehler: WertVon(5), Nenner: WertVon(4)}, 1.25, ""},
		{"nur zaehler", ArtAnteil, Messung{Datum: d, Zaehler: WertVon(1)}, 0, "„zaehler“ und „nenner“ gehören zusammen"},
		{"beides", ArtAnteil, Messung{Datum: d, Wert: WertVon(1), Zaehler: WertVon(1), Nenner: WertVon(2)}, 0,
			"Messung nennt „wert“ und zugleich „zaehler“/„nenner“; erlaubt ist nur eine Form"},
		{"leer", ArtAnteil, Messung{Datum: d}, 0, "Messung ohne Wert: „wert“ oder „zaehler“ und „nenner“ fehlen"},
		{"ohne datum", ArtAnzahl, Messung{Wert: WertVon(1)}, 0, "Messung ohne Datum"},
		{"bruch bei anzahl", ArtAnzahl, Messung{Datum: d, Zaehler: WertVon(1), Nenner: WertVon(2)}, 0, "„zaehler“/„nenner“ gibt es nur für Anteile und Verhältnisse"},
		{"anteil > 100", ArtAnteil, Messung{Datum: d, Wert: WertVon(100.5)}, 0, "ein Anteil liegt zwischen 0 und 100 (Prozent)"},
		{"anzahl gebrochen", ArtAnzahl, Messung{Datum: d, Wert: WertVon(2.5)}, 0, "eine Anzahl ist eine ganze Zahl ab 0"},
		{"anzahl negativ", ArtAnzahl, Messung{Datum: d, Wert: WertVon(-1)}, 0, "eine Anzahl ist eine ganze Zahl ab 0"},
		{"verhaeltnis negativ", ArtVerhaeltnis, Messung{Datum: d, Wert: WertVon(-0.1)}, 0, "ein Verhältnis ist nicht negativ"},
	}
	for _, f := range faelle {
		t.Run(f.name, func(t *testing.T) {
			assert.Equal(t, f.mangel, f.m.Mangel(f.art))
			w, ok := f.m.Ergebnis(f.art)
			assert.Equal(t, f.mangel == "", ok)
			assert.InDelta(t, f.wert, w, 1e-12)
		})
	}
}

// TestIndikatorErreichung pins the derivation rule documented on
// Indikator.Erreichung, row by row.
func TestIndikatorErreichung(t *testing.T) {
	basis := Stand{Wert: 40, Datum: zielTag(2021, 1, 1)}
	ziel := Stand{Wert: 80, Datum: zielTag(2023, 12, 31)}
	m := func(y, mo int, w float64) Messung { return Messung{Datum: zielTag(y, mo, 1), Wert: WertVon(w)} }
	vorher, nachher := zielTag(2023, 6, 1), zielTag(2024, 1, 1)
	faelle := []struct {
		name     string
		richtung Richtung
		basis    Stand
		ziel     Stand
		ms       []Messung
		stichtag Kalenderdatum
		want     Zielerreichung
	}{
		{"keine messung", Steigend, basis, ziel, nil, vorher, ErreichungInArbeit},
		{"keine messung, faellig vorbei", Steigend, basis, ziel, nil, nachher, ErreichungNichtErreicht},
		{"keine messung, ohne stichtag", Steigend, basis, ziel, nil, Kalenderdatum{}, ErreichungInArbeit},
		{"erreicht", Steigend, basis, ziel, []Messung{m(2022, 1, 60), m(2023, 1, 80)}, vorher, ErreichungErreicht},
		{"erreicht, verspaetet", Steigend, basis, ziel, []Messung{m(2024, 3, 85)}, zielTag(2024, 4, 1), ErreichungErreicht},
		{"gehalten", Steigend, Stand{Wert: 85, Datum: zielTag(2021, 1, 1)}, ziel, []Messung{m(2022, 1, 90)}, vorher, ErreichungGehalten},
		{"verbessert", Steigend, basis, ziel, []Messung{m(2022, 1, 30), m(2023, 1, 50)}, vorher, ErreichungVerbessert},
		{"verschlechtert", Steigend, basis, ziel, []Messung{m(2022, 1, 70), m(2023, 1, 35)}, vorher, ErreichungVerschlechtert},
		{"unveraendert", Steigend, basis, ziel, []Messung{m(2023, 1, 40)}, vorher, ErreichungUnveraendert},
		{"nicht erreicht", Steigend, basis, ziel, []Messung{m(2023, 11, 79)}, nachher, ErreichungNichtErreicht},
		{"fallend erreicht", Fallend, Stand{Wert: 30, Datum: zielTag(2021, 1, 1)}, Stand{Wert: 10, Datum: ziel.Datum}, []Messung{m(2023, 1, 10)}, vorher, ErreichungErreicht},
		{"fallend verbessert", Fallend, Stand{Wert: 30, Datum: zielTag(2021, 1, 1)}, Stand{Wert: 10, Datum: ziel.Datum}, []Messung{m(2023, 1, 20)}, vorher, ErreichungVerbessert},
		{"fallend verschlechtert", Fallend, Stand{Wert: 30, Datum: zielTag(2021, 1, 1)}, Stand{Wert: 10, Datum: ziel.Datum}, []Messung{m(2023, 1, 31)}, vorher, ErreichungVerschlechtert},
		{"messung nach stichtag zaehlt nicht", Steigend, basis, ziel, []Messung{m(2022, 1, 50), m(2023, 9, 90)}, vorher, ErreichungVerbessert},
		{"ohne basis, eine messung", Steigend, Stand{}, ziel, []Messung{m(2023, 1, 50)}, vorher, ErreichungInArbeit},
		{"ohne basis, bezug erste messung", Steigend, Stand{}, ziel, []Messung{m(2022, 1, 50), m(2023, 1, 45)}, vorher, ErreichungVerschlechtert},
		{"ungueltige messung zaehlt nicht", Steigend, basis, ziel, []Messung{m(2022, 1, 50), {Datum: zielTag(2023, 1, 1)}}, vorher, ErreichungVerbessert},
		{"ohne zieldatum nie vorbei", Steigend, basis, Stand{Wert: 80}, []Messung{m(2023, 1, 30)}, nachher, ErreichungVerschlechtert},
	}
	for _, f := range faelle {
		t.Run(f.name, func(t *testing.T) {
			i := Indikator{Name: "I", Art: ArtKontinuierlich, Richtung: f.richtung, Ausgangswert: f.basis, Zielwert: f.ziel, Messungen: f.ms}
			assert.Equal(t, f.want, i.Erreichung(f.stichtag))
		})
	}
}

func TestIndikatorBruchToleranz(t *testing.T) {
	// 100 · 7/10 is 70.00000000000001 in floating point; it still meets 70 %
	i := Indikator{Name: "I", Art: ArtAnteil, Richtung: Steigend, Zielwert: Stand{Wert: 70, Datum: zielTag(2024, 1, 1)},
		Messungen: []Messung{{Datum: zielTag(2023, 1, 1), Zaehler: WertVon(7), Nenner: WertVon(10)}}}
	assert.Equal(t, ErreichungErreicht, i.Erreichung(zielTag(2023, 6, 1)))
	i.Richtung = Fallend
	assert.Equal(t, ErreichungErreicht, i.Erreichung(zielTag(2023, 6, 1)))
}

func TestErfasse(t *testing.T) {
	i := Indikator{Name: "I", Art: ArtAnteil, Richtung: Steigend, Zielwert: Stand{Wert: 90, Datum: zielTag(2024, 1, 1)}}
	require.NoError(t, i.Erfasse(Messung{Datum: zielTag(2023, 1, 1), Zaehler: WertVon(3), Nenner: WertVon(6), Quelle: "Befragung"}))
	err := i.Erfasse(Messung{Datum: zielTag(2023, 2, 1), Zaehler: WertVon(3), Nenner: WertVon(0)})
	assert.ErrorIs(t, err, ErrMessungUngueltig)
	assert.EqualError(t, err, "ungültige Messung: Nenner muss größer als 0 sein")
	err = i.Erfasse(Messung{Datum: zielTag(2022, 12, 31), Wert: WertVon(10)})
	assert.ErrorIs(t, err, ErrMessungUngueltig)
	assert.Contains(t, err.Error(), "2022-12-31")
	require.Len(t, i.Messungen, 1, "refused measurements are not recorded")
	require.NoError(t, i.Erfasse(Messung{Datum: zielTag(2023, 1, 1), Wert: WertVon(55)}), "same day is fine")
	assert.Len(t, i.Messungen, 2)
}
