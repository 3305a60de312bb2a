package qualitaet

import (
	"os"
	"testing"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// planWelt is a small world for the plan's findings: a Bewertung with two
// priorities (QD3.T1.Z2 twice, QD5.T1.Z1), and builders for goals and
// measures with fixed IDs and histories.
type planWelt struct {
	t   *testing.T
	ids IDQuelle
}

var planT0 = time.Date(2025, 1, 10, 9, 0, 0, 0, time.UTC)

func (w planWelt) ziel(titel string, status ZielStatus, faellig string, ezs ...ID) Ziel {
	w.t.Helper()
	z, err := NeuesZiel(titel, planT0, "Koordination", w.ids)
	require.NoError(w.t, err)
	z.Entwicklungsziele = ezs
	if faellig != "" {
		z.Faellig = MussKalenderdatum(faellig)
	}
	weg := map[ZielStatus][]ZielStatus{
		ZielAktiv: {ZielVereinbart, ZielAktiv}, ZielAbgeschlossen: {ZielVereinbart, ZielAktiv, ZielAbgeschlossen},
		ZielAbgebrochen: {ZielGeplant, ZielAbgebrochen}, ZielFehlerhaftErfasst: {ZielFehlerhaftErfasst},
	}
	for i, s := range weg[status] {
		require.NoError(w.t, z.Wechsle(s, planT0.Add(time.Duration(i+1)*time.Hour), "Grund", "Koordination"))
	}
	return z
}

func (w planWelt) massnahme(titel string, status MassnahmeStatus, faellig string, ziele ...uuid.UUID) Massnahme {
	w.t.Helper()
	m, err := NeueMassnahme(titel, ziele, planT0, "Koordination", w.ids)
	require.NoError(w.t, err)
	if faellig != "" {
		m.Faellig = MussKalenderdatum(faellig)
	}
	weg := map[MassnahmeStatus][]MassnahmeStatus{
		MassnahmeInUmsetzung: {MassnahmeInUmsetzung}, MassnahmeUmgesetzt: {MassnahmeInUmsetzung, MassnahmeUmgesetzt},
		MassnahmeAbgebrochen: {MassnahmeAbgebrochen},
	}
	for i, s := range weg[status] {
		require.NoError(w.t, m.Wechsle(s, planT0.Add(time.Duration(i+1)*time.Hour), "Grund", "Koordination"))
	}
	return m
}

func planBewertung() *Bewertung {
	return &Bewertung{Kommune: "Musterstadt", Sprache: "de", Zeitpunkt: planT0,
		Rahmen: RahmenAngabe{ID: "qualitaetsrahmen-2.0", Version: Version20, Schwerpunkte: []ID{"QD3"}},
		Regelwerk: RegelwerkAngabe{ID: "standard", Version: "1.0", Titel: "Standard", DivergenzSchwelle: 2,
			Skala: []string{"nicht begonnen", "angestoßen", "in Umsetzung", "weitgehend umgesetzt", "verankert"}},
		Dimensionen: []DimensionErgebnis{
			{ID: "QD3", Entwicklungsziele: []ZielErgebnis{{ID: "QD3.T1.Z2", Text: "Akteure wirken mit", Stufe: WertVon(1)}}},
			{ID: "QD5", Entwicklungsziele: []ZielErgebnis{{ID: "QD5.T1.Z1", Text: "Politik berät", Stufe: WertVon(2)}}},
		},
		Prioritaeten: []Prioritaet{
			{Rang: 1, Entwicklungsziel: "QD3.T1.Z2", Dimension: "QD3", Art: KlaerenImDialog, Schwerpunkt: true},
			{Rang: 2, Entwicklungsziel: "QD3.T1.Z2", Dimension: "QD3", Art: NiedrigeStufe, Schwerpunkt: true},
			{Rang: 3, Entwicklungsziel: "QD5.T1.Z1", Dimension: "QD5", Art: NiedrigeStufe},
		},
	}
}

// TestPlanBefunde derives each kind of finding from a case built by hand:
// what is given, and which findings (kind and how many) must come out on
// the Stichtag 01.03.2026.
func TestPlanBefunde(t *testing.T) {
	w := planWelt{t: t, ids: testZielIDs()}
	stichtag := MussKalenderdatum("2026-03-01")
	indikator := func(letzte string) Indikator {
		i := Indikator{Name: "Teilnahmen", Art: ArtAnzahl, Richtung: Steigend,
			Zielwert: Stand{Wert: 10, Datum: MussKalenderdatum("2027-12-31")}}
		if letzte != "" {
			i.Messungen = []Messung{{Datum: MussKalenderdatum(letzte), Wert: WertVon(3)}}
		}
		return i
	}
	tests := []struct {
		name    string
		baue    func() ([]Ziel, []Massnahme, *Prozess)
		befunde map[Befundart]int
	}{
		{"nothing agreed", func() ([]Ziel, []Massnahme, *Prozess) { return nil, nil, nil },
			map[Befundart]int{BefundProzessFehlt: 1, BefundPrioritaetOhneZiel: 2}},
		{"review passed the day before", func() ([]Ziel, []Massnahme, *Prozess) {
			z := w.ziel("Z", ZielAktiv, "", "QD3.T1.Z2", "QD5.T1.Z1")
			return []Ziel{z}, []Massnahme{w.massnahme("M", MassnahmeInUmsetzung, "", z.ID)},
				&Prozess{NaechsteUeberpruefung: MussKalenderdatum("2026-02-28")}
		}, map[Befundart]int{BefundUeberpruefungUeberfaellig: 1}},
		{"review on the Stichtag is not passed", func() ([]Ziel, []Massnahme, *Prozess) {
			z := w.ziel("Z", ZielAktiv, "", "QD3.T1.Z2", "QD5.T1.Z1")
			return []Ziel{z}, []Massnahme{w.massnahme("M", MassnahmeInUmsetzung, "", z.ID)},
				&Prozess{NaechsteUeberpruefung: stichtag}
		}, map[Befundart]int{}},
		{"goal without measure; a cancelled measure does not count", func() ([]Ziel, []Massnahme, *Prozess) {
			z := w.ziel("Z", ZielAktiv, "", "QD3.T1.Z2", "QD5.T1.Z1")
			return []Ziel{z}, []Massnahme{w.massnahme("M", MassnahmeAbgebrochen, "", z.ID)}, &Prozess{}
		}, map[Befundart]int{BefundZielOhneMassnahme: 1}},
		{"a cancelled goal serves no priority", func() ([]Ziel, []Massnahme, *Prozess) {
			z := w.ziel("Z", ZielAbgebrochen, "", "QD3.T1.Z2")
			y := w.ziel("Y", ZielAktiv, "", "QD5.T1.Z1")
			return []Ziel{z, y}, []Massnahme{w.massnahme("M", MassnahmeInUmsetzung, "", y.ID)}, &Prozess{}
		}, map[Befundart]int{BefundPrioritaetOhneZiel: 1}},
		{"overdue: due the day before, not done; done or due on the day is not", func() ([]Ziel, []Massnahme, *Prozess) {
			z := w.ziel("Z", ZielAktiv, "2026-02-28", "QD3.T1.Z2", "QD5.T1.Z1")
			return []Ziel{z}, []Massnahme{
				w.massnahme("spät", MassnahmeGeplant, "2026-02-28", z.ID),
				w.massnahme("heute", MassnahmeInUmsetzung, "2026-03-01", z.ID),
				w.massnahme("fertig", MassnahmeUmgesetzt, "2025-12-31", z.ID),
			}, &Prozess{}
		}, map[Befundart]int{BefundZielUeberfaellig: 1, BefundMassnahmeUeberfaellig: 1}},
		{"measure of a completed goal; a goal entered in error is left out", func() ([]Ziel, []Massnahme, *Prozess) {
			z := w.ziel("Z", ZielAbgeschlossen, "2025-06-30", "QD3.T1.Z2", "QD5.T1.Z1")
			f := w.ziel("F", ZielFehlerhaftErfasst, "", "QD3.T1.Z2")
			return []Ziel{z, f}, []Massnahme{w.massnahme("M", MassnahmeInUmsetzung, "", z.ID)}, &Prozess{}
		}, map[Befundart]int{BefundMassnahmeZielErledigt: 1}},
		{"a measure serving one open goal is not without goal", func() ([]Ziel, []Massnahme, *Prozess) {
			z := w.ziel("Z", ZielAbgeschlossen, "", "QD3.T1.Z2")
			y := w.ziel("Y", ZielAktiv, "", "QD5.T1.Z1")
			return []Ziel{z, y}, []Massnahme{w.massnahme("M", MassnahmeInUmsetzung, "", z.ID, y.ID)}, &Prozess{}
		}, map[Befundart]int{}},
		{"indicators: never measured, 13 months ago, only measured after the Stichtag; 12 months ago is recent", func() ([]Ziel, []Massnahme, *Prozess) {
			z := w.ziel("Z", ZielAktiv, "", "QD3.T1.Z2", "QD5.T1.Z1")
			z.Indikatoren = []Indikator{indikator(""), indikator("2025-02-01"), indikator("2025-03-01"), indikator("2026-04-01")}
			return []Ziel{z}, []Massnahme{w.massnahme("M", MassnahmeInUmsetzung, "", z.ID)}, &Prozess{}
		}, map[Befundart]int{BefundIndikatorOhneMessung: 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ziele, massnahmen, prozess := tt.baue()
			p, err := Planen(PlanEingabe{Bewertung: planBewertung(), Ziele: ziele, Massnahmen: massnahmen,
				Prozess: prozess, Stichtag: stichtag})
			require.NoError(t, err)
			got := map[Befundart]int{}
			for _, b := range p.Befunde {
				got[b.Art]++
				assert.NotEmpty(t, b.Text, "every finding has a reason")
			}
			assert.Equal(t, tt.befunde, got)
			assert.Len(t, p.Prioritaeten, 2, "QD3.T1.Z2 is listed once")
			assert.Equal(t, []PrioritaetsArt{KlaerenImDialog, NiedrigeStufe}, p.Prioritaeten[0].Arten)
		})
	}
}

func TestPlanZusammenfassungUndDokument(t *testing.T) {
	w := planWelt{t: t, ids: testZielIDs()}
	z := w.ziel("Z", ZielAktiv, "", "QD3.T1.Z2")
	z.Wirkungsstufe = WirkungVerhalten
	y := w.ziel("Y", ZielAbgeschlossen, "", "QD8.T1.Z1")
	m := w.massnahme("M", MassnahmeInUmsetzung, "2026-01-31", z.ID)
	m.Zyklusschritt = SchrittUmsetzung
	n := w.massnahme("N", MassnahmeGeplant, "", y.ID)
	p, err := Planen(PlanEingabe{Bewertung: planBewertung(), Ziele: []Ziel{z, y}, Massnahmen: []Massnahme{m, n},
		Stichtag: MussKalenderdatum("2026-03-01"), Sprache: language.English})
	require.NoError(t, err)
	s := p.Zusammenfassung
	assert.Equal(t, 2, s.Ziele)
	assert.Equal(t, 2, s.Massnahmen)
	assert.Equal(t, 1, s.UeberfaelligeMassnahmen)
	assert.Equal(t, 1, s.PrioritaetenOhneZiel, "QD5.T1.Z1")
	assert.Equal(t, PlanAnzahl{Wert: "umsetzung", Anzahl: 1}, s.MassnahmenNachSchritt[2])
	assert.Equal(t, PlanAnzahl{Wert: "", Anzahl: 1}, s.MassnahmenNachSchritt[5], "N has no step, nor has its goal")
	assert.Equal(t, PlanAnzahl{Wert: "5", Anzahl: 1}, s.ZieleNachWirkungsstufe[4])
	assert.Equal(t, PlanAnzahl{Wert: "", Anzahl: 1}, s.ZieleNachWirkungsstufe[7])
	require.Len(t, p.WeitereZiele, 1)
	assert.Equal(t, "Y", p.WeitereZiele[0].Titel)
	assert.Equal(t, "en", p.Sprache)
	assert.Contains(t, p.Befunde[len(p.Befunde)-1].Text, "Measure \"N\" is planned although its goal \"Y\" is completed")

	doc, err := p.Dokument()
	require.NoError(t, err)
	wert, err := schema.Standard().Dekodiere(doc)
	require.NoError(t, err)
	require.NoError(t, schema.Standard().Pruefe(schema.ArtPlan, wert))
	nochmal, err := Planen(PlanEingabe{Bewertung: planBewertung(), Ziele: []Ziel{z, y}, Massnahmen: []Massnahme{m, n},
		Stichtag: MussKalenderdatum("2026-03-01"), Sprache: language.English})
	require.NoError(t, err)
	doc2, err := nochmal.Dokument()
	require.NoError(t, err)
	assert.Equal(t, string(doc), string(doc2), "deterministic")
}

func TestPlanenFehler(t *testing.T) {
	_, err := Planen(PlanEingabe{Stichtag: MussKalenderdatum("2026-03-01")})
	assert.ErrorIs(t, err, ErrKeineBewertung)
	_, err = Planen(PlanEingabe{Bewertung: planBewertung()})
	assert.ErrorIs(t, err, ErrKeinStichtag)
}

func TestBefundart(t *testing.T) {
	for _, a := range Befundarten() {
		x, err := ParseBefundart(a.String())
		require.NoError(t, err)
		assert.Equal(t, a, x)
		b, err := a.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, string(a), string(b))
		assert.NotEqual(t, a.Beschriftung(language.German), a.Beschriftung(language.English), "%s labelled in both languages", a)
	}
	assert.Len(t, Befundarten(), anzahlBefundarten)
	_, err := ParseBefundart("unbekannt")
	assert.Error(t, err)
	assert.Equal(t, "Befundart(x)", Befundart("x").String())
	var a Befundart
	assert.Error(t, a.UnmarshalText([]byte("x")))
}

func TestPlanMeldungenVollstaendig(t *testing.T) {
	require.NoError(t, planMeldungen.Pruefe(os.DirFS("."), "befund.", "art.", "schritt."), "planMeldungen")
}

// A measure's own cycle step is checked like a goal's.
func TestMassnahmeZyklusschritt(t *testing.T) {
	w := planWelt{t: t, ids: testZielIDs()}
	z := w.ziel("Z", ZielAktiv, "")
	m := w.massnahme("M", MassnahmeGeplant, "", z.ID)
	m.Zyklusschritt = "planung"
	vs := PruefeZiele([]Ziel{z}, []Massnahme{m}, "")
	require.Len(t, vs, 1)
	assert.Equal(t, "/massnahmen/0/zyklusschritt", vs[0].Zeiger)
	m.Zyklusschritt = SchrittBewertung
	assert.Empty(t, PruefeZiele([]Ziel{z}, []Massnahme{m}, ""))
}
