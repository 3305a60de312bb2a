package qualitaet

import (
	"encoding"
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

type zielTextEnum interface {
	comparable
	encoding.TextMarshaler
	String() string
	Valid() bool
}

// pruefeZielEnum pins the names of an enum: each listed value is valid, its
// String and text form are the name, parsing the name gives it back; an
// unknown name is refused with an error quoting it.
func pruefeZielEnum[T zielTextEnum](t *testing.T, namen map[T]string, alle []T, parse func(string) (T, error), unbekannt T) {
	t.Helper()
	require.Len(t, alle, len(namen))
	for _, x := range alle {
		name, ok := namen[x]
		require.True(t, ok, "value %v has no pinned name", x)
		assert.True(t, x.Valid(), name)
		assert.Equal(t, name, x.String())
		b, err := x.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, name, string(b))
		y, err := parse(name)
		require.NoError(t, err)
		assert.Equal(t, x, y)
	}
	assert.False(t, unbekannt.Valid())
	_, err := unbekannt.MarshalText()
	assert.Error(t, err)
	_, err = parse("Unsinn")
	require.Error(t, err)
	assert.Contains(t, err.Error(), `"Unsinn"`)
}

func TestEnumNamen(t *testing.T) {
	pruefeZielEnum(t, map[ZielStatus]string{ZielVorgeschlagen: "vorgeschlagen", ZielGeplant: "geplant", ZielVereinbart: "vereinbart",
		ZielAktiv: "aktiv", ZielPausiert: "pausiert", ZielAbgeschlossen: "abgeschlossen", ZielAbgebrochen: "abgebrochen",
		ZielAbgelehnt: "abgelehnt", ZielFehlerhaftErfasst: "fehlerhaft-erfasst"},
		ZielLebenszyklus().Zustaende(), ParseZielStatus, "erledigt")
	pruefeZielEnum(t, map[MassnahmeStatus]string{MassnahmeGeplant: "geplant", MassnahmeInUmsetzung: "in-umsetzung",
		MassnahmePausiert: "pausiert", MassnahmeUmgesetzt: "umgesetzt", MassnahmeAbgebrochen: "abgebrochen",
		MassnahmeFehlerhaftErfasst: "fehlerhaft-erfasst"},
		MassnahmeLebenszyklus().Zustaende(), ParseMassnahmeStatus, "vereinbart")
	pruefeZielEnum(t, map[Zielerreichung]string{ErreichungInArbeit: "in-arbeit", ErreichungVerbessert: "verbessert",
		ErreichungVerschlechtert: "verschlechtert", ErreichungUnveraendert: "unveraendert", ErreichungErreicht: "erreicht",
		ErreichungGehalten: "gehalten", ErreichungNichtErreicht: "nicht-erreicht", ErreichungKeinFortschritt: "kein-fortschritt",
		ErreichungNichtErreichbar: "nicht-erreichbar"}, Zielerreichungen(), ParseZielerreichung, "fertig")
	pruefeZielEnum(t, map[Folgethema]string{FolgethemaVerankerung: "politisch-strukturelle-verankerung",
		FolgethemaElternbeteiligung: "elternbeteiligung", FolgethemaWirkungsorientierung: "wirkungsorientierung"},
		Folgethemen(), ParseFolgethema, "partizipation")
	pruefeZielEnum(t, map[Zyklusschritt]string{SchrittZielbestimmung: "problem-und-zielbestimmung", SchrittStrategie: "strategieformulierung",
		SchrittUmsetzung: "umsetzung", SchrittBewertung: "bewertung", SchrittAnpassung: "anpassung"},
		Zyklusschritte(), ParseZyklusschritt, "planung")
	pruefeZielEnum(t, map[Indikatorart]string{ArtAnteil: "anteil", ArtVerhaeltnis: "verhaeltnis", ArtAnzahl: "anzahl",
		ArtKontinuierlich: "kontinuierlich"}, Indikatorarten(), ParseIndikatorart, "quote")
	pruefeZielEnum(t, map[Richtung]string{Steigend: "steigend", Fallend: "fallend"}, []Richtung{Steigend, Fallend}, ParseRichtung, "gleich")
	pruefeZielEnum(t, map[Wirkungsstufe]string{1: "1", 2: "2", 3: "3", 4: "4", 5: "5", 6: "6", 7: "7"},
		[]Wirkungsstufe{WirkungAktivitaeten, WirkungErreicht, WirkungAkzeptanz, WirkungBewusstsein, WirkungVerhalten,
			WirkungLebenslage, WirkungGesellschaft}, ParseWirkungsstufe, 8)

	assert.Equal(t, "ZielStatus(erledigt)", ZielStatus("erledigt").String())
	assert.Equal(t, "Wirkungsstufe(0)", Wirkungsstufe(0).String())
	assert.Equal(t, "Wirkungsstufe(-1)", Wirkungsstufe(-1).String())
	var s ZielStatus
	assert.Error(t, s.UnmarshalText([]byte("")))
}

func TestWirkungsstufe(t *testing.T) {
	faelle := []struct {
		w      Wirkungsstufe
		klasse Wirkungsklasse
		de     string
	}{
		{0, "", ""}, {1, KlasseOutput, "Aktivitäten finden wie geplant statt"}, {2, KlasseOutput, "Zielgruppen werden erreicht"},
		{3, KlasseOutput, "Zielgruppen akzeptieren das Angebot"}, {4, KlasseOutcome, "Bewusstsein oder Fähigkeiten ändern sich"},
		{5, KlasseOutcome, "Verhalten ändert sich"}, {6, KlasseOutcome, "Lebenslage ändert sich"},
		{7, KlasseImpact, "Gesellschaft ändert sich"}, {8, "", ""},
	}
	for _, f := range faelle {
		assert.Equal(t, f.klasse, f.w.Klasse(), "Wirkungsstufe(%d).Klasse()", f.w)
		assert.Equal(t, f.de, f.w.Beschreibung(language.German))
	}
	assert.Equal(t, "behaviour changes", WirkungVerhalten.Beschreibung(language.English))
	assert.Less(t, WirkungAkzeptanz, WirkungVerhalten, "the scale is ordered")

	for _, ein := range []string{"0", "8", "01", "+4", "4.0", "vier", `"4"`, ""} {
		var w Wirkungsstufe
		assert.Error(t, json.Unmarshal([]byte(ein), &w), "Unmarshal(%s)", ein)
	}
	var x struct {
		W Wirkungsstufe `json:"w,omitzero"`
	}
	require.NoError(t, json.Unmarshal([]byte(`{"w":5}`), &x))
	assert.Equal(t, WirkungVerhalten, x.W)
	b, err := json.Marshal(x)
	require.NoError(t, err)
	assert.JSONEq(t, `{"w":5}`, string(b))
	x.W = 0
	b, err = json.Marshal(x)
	require.NoError(t, err)
	assert.JSONEq(t, `{}`, string(b))
}

func TestZyklusschrittNaechster(t *testing.T) {
	s := SchrittZielbestimmung
	var runde []Zyklusschritt
	for range 6 {
		runde = append(runde, s)
		s = s.Naechster()
	}
	assert.Equal(t, []Zyklusschritt{SchrittZielbestimmung, SchrittStrategie, SchrittUmsetzung, SchrittBewertung,
		SchrittAnpassung, SchrittZielbestimmung}, runde)
	assert.Equal(t, Zyklusschritt(""), Zyklusschritt("x").Naechster())
}

func TestKalenderdatum(t *testing.T) {
	d, err := ParseKalenderdatum("2024-02-29")
	require.NoError(t, err)
	assert.Equal(t, KalenderdatumVon(2024, 2, 29), d)
	assert.Equal(t, "2024-02-29", d.String())
	assert.Equal(t, d, KalenderdatumAus(time.Date(2024, 2, 29, 23, 30, 0, 0, time.FixedZone("X", -5*3600))))
	for _, s := range []string{"2023-02-29", "2024-2-1", "29.02.2024", "2024-02-29T00:00:00Z", ""} {
		_, err := ParseKalenderdatum(s)
		assert.Error(t, err, s)
	}
	var leer Kalenderdatum
	assert.True(t, leer.IsZero())
	assert.Equal(t, "k. A.", leer.String())
	assert.True(t, KalenderdatumAus(time.Time{}).IsZero())
	assert.True(t, leer.Vor(d))
	assert.True(t, d.Nach(KalenderdatumVon(2024, 2, 28)))
	assert.Equal(t, 0, d.Compare(KalenderdatumVon(2024, 3, 0)))

	var x struct {
		D Kalenderdatum `json:"d,omitzero"`
	}
	b, _ := json.Marshal(x)
	assert.JSONEq(t, `{}`, string(b))
	require.NoError(t, json.Unmarshal([]byte(`{"d":"2023-12-31"}`), &x))
	assert.Equal(t, KalenderdatumVon(2023, 12, 31), x.D)
	assert.Error(t, json.Unmarshal([]byte(`{"d":"31.12.2023"}`), &x))
}

func TestNeuesZiel(t *testing.T) {
	z, err := NeuesZiel("Zie\u0301l", zielT0, "Koordination", testZielIDs())
	require.NoError(t, err)
	assert.Equal(t, "Ziél", z.Titel, "NFC")
	assert.Equal(t, 7, int(z.ID.Version()))
	assert.Equal(t, ZielVorgeschlagen, z.Status())
	assert.Equal(t, []Verlaufseintrag[ZielStatus]{{Nach: ZielVorgeschlagen, Zeitpunkt: zielT0, Durch: "Koordination"}}, z.Verlauf())
	z.Verlauf()[0].Durch = "jemand" // a copy
	assert.Equal(t, "Koordination", z.Verlauf()[0].Durch)

	v4 := func() (uuid.UUID, error) { return uuid.MustParse("9b2c7a6e-0f6a-4f1e-8d7a-2b1c0e9f8a7d"), nil }
	kaputt := func() (uuid.UUID, error) { return uuid.Nil, errors.New("leer") }
	faelle := []struct {
		name  string
		titel string
		zeit  time.Time
		durch string
		ids   IDQuelle
		want  error
	}{
		{"ohne Titel", " ", zielT0, "K", testZielIDs(), ErrTitelFehlt},
		{"ohne Akteur", "Z", zielT0, "", testZielIDs(), ErrDurchFehlt},
		{"ohne Zeit", "Z", time.Time{}, "K", testZielIDs(), ErrZeitpunkt},
		{"UUID v4", "Z", zielT0, "K", v4, ErrIDQuelle},
		{"Quelle kaputt", "Z", zielT0, "K", kaputt, ErrIDQuelle},
		{"keine Quelle", "Z", zielT0, "K", nil, ErrIDQuelle},
	}
	for _, f := range faelle {
		t.Run(f.name, func(t *testing.T) {
			_, err := NeuesZiel(f.titel, f.zeit, f.durch, f.ids)
			assert.ErrorIs(t, err, f.want)
			_, err = NeueMassnahme(f.titel, nil, f.zeit, f.durch, f.ids)
			assert.ErrorIs(t, err, f.want)
		})
	}
	_, err = NeuesZiel("Z", zielT0, "K", uuid.NewV7)
	assert.NoError(t, err, "uuid.NewV7 is an IDQuelle")
}

func TestSetzeZielerreichung(t *testing.T) {
	z := zielIn(t, ZielAktiv)
	assert.ErrorIs(t, z.SetzeZielerreichung(ErreichungNichtErreichbar, zielT0, " ", "K"), ErrGrundFehlt)
	assert.ErrorIs(t, z.SetzeZielerreichung(ErreichungNichtErreichbar, zielT0, "Grund", ""), ErrDurchFehlt)
	assert.ErrorIs(t, z.SetzeZielerreichung(ErreichungNichtErreichbar, time.Time{}, "Grund", "K"), ErrZeitpunkt)
	assert.Error(t, z.SetzeZielerreichung("fertig", zielT0, "Grund", "K"))
	assert.True(t, z.Zielerreichung.IsZero(), "refused settings change nothing")
	assert.Equal(t, ErreichungInArbeit, z.Erreichung(Kalenderdatum{}))

	require.NoError(t, z.SetzeZielerreichung(ErreichungNichtErreichbar, zielT0, "Förderung eingestellt", "K"))
	assert.Equal(t, ErreichungNichtErreichbar, z.Erreichung(Kalenderdatum{}))
	assert.Empty(t, PruefeZiele([]Ziel{z}, nil, ""))
}

func TestZielErreichungAggregation(t *testing.T) {
	// indicators whose own derivation gives a known status (see indikator_test.go)
	ind := map[Zielerreichung]Indikator{
		ErreichungErreicht:       steigendVon(10, 20, 25),
		ErreichungGehalten:       steigendVon(30, 20, 25),
		ErreichungVerbessert:     steigendVon(10, 20, 15),
		ErreichungVerschlechtert: steigendVon(10, 20, 5),
		ErreichungUnveraendert:   steigendVon(10, 20, 10),
		ErreichungInArbeit:       {Art: ArtAnzahl, Richtung: Steigend, Zielwert: Stand{Wert: 20, Datum: KalenderdatumVon(2024, 1, 1)}},
		ErreichungNichtErreicht:  {Art: ArtAnzahl, Richtung: Steigend, Zielwert: Stand{Wert: 20, Datum: KalenderdatumVon(2020, 1, 1)}},
	}
	stichtag := KalenderdatumVon(2023, 6, 1)
	for want, i := range ind {
		require.Equal(t, want, i.Erreichung(stichtag), "precondition %s", want)
	}
	e := ErreichungErreicht
	g := ErreichungGehalten
	faelle := []struct {
		von  []Zielerreichung
		want Zielerreichung
	}{
		{nil, ErreichungInArbeit},
		{[]Zielerreichung{e, ErreichungNichtErreicht}, ErreichungNichtErreicht},
		{[]Zielerreichung{g, g}, ErreichungGehalten},
		{[]Zielerreichung{e, g}, ErreichungErreicht},
		{[]Zielerreichung{e, ErreichungVerschlechtert}, ErreichungVerschlechtert},
		{[]Zielerreichung{e, ErreichungInArbeit}, ErreichungVerbessert},
		{[]Zielerreichung{ErreichungVerbessert, ErreichungUnveraendert}, ErreichungVerbessert},
		{[]Zielerreichung{ErreichungUnveraendert, ErreichungInArbeit}, ErreichungUnveraendert},
		{[]Zielerreichung{ErreichungInArbeit, ErreichungInArbeit}, ErreichungInArbeit},
	}
	for _, f := range faelle {
		var z Ziel
		for _, s := range f.von {
			z.Indikatoren = append(z.Indikatoren, ind[s])
		}
		assert.Equal(t, f.want, z.Erreichung(stichtag), "Erreichung(%v)", f.von)
	}
}

// steigendVon is a count indicator (higher is better) with baseline b on
// 2022-01-01, target ziel due 2024-01-01 and one measurement m on 2023-01-01.
func steigendVon(b, ziel, m float64) Indikator {
	return Indikator{Name: "I", Art: ArtAnzahl, Richtung: Steigend,
		Ausgangswert: Stand{Wert: b, Datum: KalenderdatumVon(2022, 1, 1)},
		Zielwert:     Stand{Wert: ziel, Datum: KalenderdatumVon(2024, 1, 1)},
		Messungen:    []Messung{{Datum: KalenderdatumVon(2023, 1, 1), Wert: WertVon(m)}}}
}

func TestZielJSON(t *testing.T) {
	z := zielIn(t, ZielPausiert)
	z.Dimensionen = []ID{"QD3"}
	z.Wirkungsstufe = WirkungErreicht
	z.Faellig = KalenderdatumVon(2024, 12, 31)
	b, err := json.Marshal(z)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"status":"pausiert"`)
	assert.Contains(t, string(b), `"verlauf":[{"nach":"vorgeschlagen","zeitpunkt":"2023-01-02T09:00:00Z","durch":"Koordination"}`)
	assert.Contains(t, string(b), `"faellig":"2024-12-31"`)
	assert.NotContains(t, string(b), "zielerreichung")

	var zurueck Ziel
	require.NoError(t, json.Unmarshal(b, &zurueck))
	assert.Equal(t, z, zurueck)

	assert.Error(t, json.Unmarshal([]byte(`{"status":"erledigt"}`), &zurueck))
	assert.Equal(t, z, zurueck, "a failed unmarshal leaves the goal as it was")
}

func TestZielerreichungBeschriftung(t *testing.T) {
	for _, e := range Zielerreichungen() {
		de, en := e.Beschriftung(language.German), e.Beschriftung(language.English)
		assert.NotEmpty(t, de, e)
		assert.NotEqual(t, "erreichung."+string(e), de, e)
		assert.NotEmpty(t, en, e)
	}
	assert.Equal(t, "nicht erreicht", ErreichungNichtErreicht.Beschriftung(language.German))
	assert.Equal(t, "not achieved", ErreichungNichtErreicht.Beschriftung(language.English))
	assert.Equal(t, "x", Zielerreichung("x").Beschriftung(language.English))
}
