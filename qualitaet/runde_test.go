package qualitaet_test

import (
	"testing"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rdE is one rating of goal ziel at level s by rater key k in round runde
// on day tag.
func rdE(runde, k string, ziel qualitaet.ID, s qualitaet.Stufe, tag string) qualitaet.Einschaetzung {
	return qualitaet.Einschaetzung{Entwicklungsziel: ziel, StufeGesetzt: true, Stufe: s, Datum: bwDatum(tag), Runde: runde, Einschaetzende: k}
}

// rdRunden are two rounds, 2020 and 2026, with three raters each:
//
//	QD3.T1.Z1  2020: 1, 3, 2 → median 2, spread 2   2026: 2, 3, 3 → median 3, spread 1
//	QD3.T1.Z2  2020: 2, 2    → median 2, spread 0   2026: 1, 4    → lower median 1, spread 3
//	QD3.T1.Z3  2020: 3       → median 3, spread 0   2026: 3, 3    → median 3, spread 0
func rdRunden() ([]qualitaet.Runde, []qualitaet.Einschaetzung) {
	runden := []qualitaet.Runde{
		{ID: "2026", Datum: bwDatum("2026-03-12"), Titel: "Netzwerktreffen März 2026"},
		{ID: "2020", Datum: bwDatum("2020-02-12"), Titel: "Netzwerktreffen Februar 2020"},
	}
	es := []qualitaet.Einschaetzung{
		rdE("2020", "a", "QD3.T1.Z1", 1, "2020-02-12"), rdE("2020", "b", "QD3.T1.Z1", 3, "2020-02-12"), rdE("2020", "c", "QD3.T1.Z1", 2, "2020-02-12"),
		rdE("2020", "a", "QD3.T1.Z2", 2, "2020-02-12"), rdE("2020", "b", "QD3.T1.Z2", 2, "2020-02-12"),
		rdE("2020", "a", "QD3.T1.Z3", 3, "2020-02-12"),
		rdE("2026", "a", "QD3.T1.Z1", 2, "2026-03-12"), rdE("2026", "b", "QD3.T1.Z1", 3, "2026-03-12"), rdE("2026", "c", "QD3.T1.Z1", 3, "2026-03-12"),
		rdE("2026", "a", "QD3.T1.Z2", 1, "2026-03-12"), rdE("2026", "b", "QD3.T1.Z2", 4, "2026-03-12"),
		rdE("2026", "a", "QD3.T1.Z3", 3, "2026-03-12"), rdE("2026", "b", "QD3.T1.Z3", 3, "2026-03-12"),
	}
	return runden, es
}

func rdBewerte(t *testing.T, e qualitaet.Eingabe) *qualitaet.Bewertung {
	t.Helper()
	e.Kommune, e.Zeitpunkt = "Test", bwZeitpunkt
	if e.Regelwerk == nil {
		e.Regelwerk = bwRegelwerk()
	}
	b, err := qualitaet.Bewerte(e)
	require.NoError(t, err)
	return b
}

func rdStufe(t *testing.T, b *qualitaet.Bewertung, id qualitaet.ID) (float64, qualitaet.Quelle) {
	t.Helper()
	z, ok := b.Ziel(id)
	require.True(t, ok, id)
	return z.Stufe.Oder(-1), z.Quelle
}

func TestBewerteNurNeuesteRunde(t *testing.T) {
	runden, es := rdRunden()
	b := rdBewerte(t, qualitaet.Eingabe{Runden: runden, Einschaetzungen: es})
	require.NotNil(t, b.Runde)
	assert.Equal(t, qualitaet.RundenAngabe{ID: "2026", Titel: "Netzwerktreffen März 2026", Datum: "2026-03-12",
		Einschaetzungen: 7, Einschaetzende: 3, Runden: 2}, *b.Runde)
	// Pooled, QD3.T1.Z1 would be the lower median of 1,2,2,3,3,3 = 2.
	s, q := rdStufe(t, b, "QD3.T1.Z1")
	assert.Equal(t, 3.0, s)
	assert.Equal(t, qualitaet.QuelleSelbst, q)
	s, _ = rdStufe(t, b, "QD3.T1.Z2")
	assert.Equal(t, 1.0, s)

	// The earlier round on request.
	b = rdBewerte(t, qualitaet.Eingabe{Runden: runden, Einschaetzungen: es, Runde: "2020"})
	s, _ = rdStufe(t, b, "QD3.T1.Z1")
	assert.Equal(t, 2.0, s)
	assert.Nil(t, b.Vergleich, "the first round has none before it")

	_, err := qualitaet.Bewerte(qualitaet.Eingabe{Runden: runden, Einschaetzungen: es, Runde: "2023", Zeitpunkt: bwZeitpunkt})
	require.Error(t, err)
	assert.Contains(t, err.Error(), `"2023"`)
}

func TestRundenvergleich(t *testing.T) {
	runden, es := rdRunden()
	v, err := qualitaet.VergleicheRunden(qualitaet.Eingabe{Runden: runden, Einschaetzungen: es, Regelwerk: bwRegelwerk()}, "2020", "2026")
	require.NoError(t, err)
	assert.Equal(t, "2020", v.Vorher.ID)
	assert.Equal(t, "2026", v.Nachher.ID)
	assert.Equal(t, []qualitaet.ID{"QD3.T1.Z1", "QD3.T1.Z2"}, v.Bewegt)
	assert.Equal(t, []qualitaet.ID{"QD3.T1.Z1"}, v.Angenaehert)
	assert.Equal(t, []qualitaet.ID{"QD3.T1.Z2"}, v.Auseinander)
	require.Len(t, v.Ziele, 3)
	z1 := v.Ziele[0]
	assert.Equal(t, qualitaet.ZielVergleich{Entwicklungsziel: "QD3.T1.Z1",
		Vorher:    &qualitaet.Rundenwert{Anzahl: 3, Median: 2, Minimum: 1, Maximum: 3, Spannweite: 2},
		Nachher:   &qualitaet.Rundenwert{Anzahl: 3, Median: 3, Minimum: 2, Maximum: 3, Spannweite: 1},
		Differenz: qualitaet.WertVon(1), Bewegt: true, Tendenz: qualitaet.Angenaehert}, z1)
	z2 := v.Ziele[1]
	assert.Equal(t, 2.0, z2.Vorher.Median)
	assert.Equal(t, 1.0, z2.Nachher.Median)
	assert.Equal(t, -1.0, z2.Differenz.Oder(-1))
	assert.Equal(t, 3, z2.Nachher.Spannweite)
	assert.Equal(t, qualitaet.Unveraendert, v.Ziele[2].Tendenz)
	assert.False(t, v.Ziele[2].Bewegt)

	// The Bewertung of the latest round carries the comparison with the one before.
	b := rdBewerte(t, qualitaet.Eingabe{Runden: runden, Einschaetzungen: es})
	require.NotNil(t, b.Vergleich)
	assert.Equal(t, v, b.Vergleich)

	_, err = qualitaet.VergleicheRunden(qualitaet.Eingabe{Runden: runden, Einschaetzungen: es}, "2026", "2026")
	assert.Error(t, err)
	_, err = qualitaet.VergleicheRunden(qualitaet.Eingabe{Runden: runden, Einschaetzungen: es}, "", "2020")
	assert.Error(t, err, "the first round has none before it")
	d, err := qualitaet.VergleicheRunden(qualitaet.Eingabe{Runden: runden, Einschaetzungen: es, Regelwerk: bwRegelwerk()}, "", "")
	require.NoError(t, err)
	assert.Equal(t, v, d, "the defaults: the latest and the one before")
}

func TestZweiEinschaetzendeGleichenNamens(t *testing.T) {
	hebamme := func(k string, s qualitaet.Stufe, tag string) qualitaet.Einschaetzung {
		e := rdE("", k, "QD3.T1.Z1", s, tag)
		e.Person = "Hebamme"
		return e
	}
	// Two midwives with their own keys: both count.
	b := rdBewerte(t, qualitaet.Eingabe{Einschaetzungen: []qualitaet.Einschaetzung{
		hebamme("e-1", 1, "2026-10-01"), hebamme("e-2", 3, "2026-10-02")}})
	require.Len(t, b.Streuung, 1)
	assert.Equal(t, []qualitaet.Stufe{1, 3}, b.Streuung[0].Stufen)
	assert.True(t, b.Streuung[0].Divergent)
	assert.Nil(t, b.Runde, "no rounds, no round named")
	// Without keys the person text is the rater: the later rating counts.
	b = rdBewerte(t, qualitaet.Eingabe{Einschaetzungen: []qualitaet.Einschaetzung{
		hebamme("", 1, "2026-10-01"), hebamme("", 3, "2026-10-02")}})
	assert.Equal(t, []qualitaet.Stufe{3}, b.Streuung[0].Stufen)
}

func TestDialogergebnis(t *testing.T) {
	runden, es := rdRunden()
	runden[0].Dialogergebnisse = []qualitaet.Dialogergebnis{
		{Entwicklungsziel: "QD3.T1.Z2", Stufe: 2, Datum: bwDatum("2026-03-12"), Anwesende: 14, Notiz: "nach Aussprache"}}
	ohne := rdBewerte(t, qualitaet.Eingabe{Runden: runden[1:], Einschaetzungen: es, Runde: "2026"})
	b := rdBewerte(t, qualitaet.Eingabe{Runden: runden, Einschaetzungen: es})
	s, q := rdStufe(t, b, "QD3.T1.Z2")
	assert.Equal(t, 2.0, s)
	assert.Equal(t, qualitaet.QuelleDialog, q)
	z, _ := b.Ziel("QD3.T1.Z2")
	require.NotNil(t, z.Dialog)
	assert.Contains(t, z.Begruendung, "Im Dialog vereinbart: Stufe 2 (12.03.2026, 14 Anwesende) — nach Aussprache")
	assert.Equal(t, 1, b.Quellen.Dialog)
	// QD3: levels 3 (Z1), 2 agreed instead of 1 (Z2), 3 (Z3), weights 1:
	// points (3+2+3)/3 × 25 = 66.7 against (3+1+3)/3 × 25 = 58.3.
	d, _ := b.Dimension("QD3")
	d0, _ := ohne.Dimension("QD3")
	assert.Equal(t, 66.7, d.Punkte.Oder(-1))
	assert.Equal(t, 58.3, d0.Punkte.Oder(-1))
	// The spread still shows the ratings; the dialogue is no longer open.
	for _, p := range b.Prioritaeten {
		if p.Entwicklungsziel == "QD3.T1.Z2" {
			for _, g := range p.Gruende {
				assert.NotEqual(t, qualitaet.KlaerenImDialog, g.Art)
			}
		}
	}
	for _, st := range b.Streuung {
		if st.Entwicklungsziel == "QD3.T1.Z2" {
			assert.Equal(t, 1.0, st.Median)
		}
	}
}

func TestGewaehltePrioritaeten(t *testing.T) {
	runden, es := rdRunden()
	runden[0].Priorisierung = &qualitaet.Priorisierung{Datum: bwDatum("2026-03-12"), Anwesende: 12,
		Ziele: []qualitaet.GewaehltesZiel{{Entwicklungsziel: "QD3.T1.Z3", Begruendung: "Elternbeteiligung zuerst"}, {Entwicklungsziel: "QD3.T1.Z2"}}}
	b := rdBewerte(t, qualitaet.Eingabe{Runden: runden, Einschaetzungen: es})
	require.NotNil(t, b.Priorisierung)
	assert.Equal(t, "2026-03-12", b.Priorisierung.Datum)
	assert.Equal(t, 12, b.Priorisierung.Anwesende)
	require.Len(t, b.Priorisierung.Ziele, 2)
	assert.Equal(t, qualitaet.ID("QD3.T1.Z3"), b.Priorisierung.Ziele[0].Entwicklungsziel)
	assert.Equal(t, 1, b.Priorisierung.Ziele[0].Rang)
	assert.Equal(t, 3.0, b.Priorisierung.Ziele[0].Stufe.Oder(-1))
	gewaehlt := map[qualitaet.ID]bool{}
	for _, p := range b.Prioritaeten {
		gewaehlt[p.Entwicklungsziel] = p.Gewaehlt
	}
	assert.True(t, gewaehlt["QD3.T1.Z2"])
	assert.False(t, gewaehlt["QD3.T1.Z1"])
}

func TestEntwicklungsbedarfInPrioritaeten(t *testing.T) {
	mit := func(k string, ziel qualitaet.ID, s qualitaet.Stufe, b qualitaet.Entwicklungsbedarf) qualitaet.Einschaetzung {
		e := rdE("", k, ziel, s, "2026-03-01")
		e.Entwicklungsbedarf = b
		return e
	}
	// Both goals at level 2: Wert 1 × 1 × (4−2)/4 = 0.5 before the need.
	// Z1: hoch, hoch, gering → hoch, weight 1.5 → 0.75.
	// Z2: gering, mittel     → lower median gering, weight 0.5 → 0.25.
	b := rdBewerte(t, qualitaet.Eingabe{Einschaetzungen: []qualitaet.Einschaetzung{
		mit("a", "QD3.T1.Z1", 2, qualitaet.BedarfHoch), mit("b", "QD3.T1.Z1", 2, qualitaet.BedarfHoch), mit("c", "QD3.T1.Z1", 2, qualitaet.BedarfGering),
		mit("a", "QD3.T1.Z2", 2, qualitaet.BedarfGering), mit("b", "QD3.T1.Z2", 2, qualitaet.BedarfMittel),
	}})
	require.Len(t, b.Prioritaeten, 2)
	assert.Equal(t, qualitaet.ID("QD3.T1.Z1"), b.Prioritaeten[0].Entwicklungsziel)
	assert.Equal(t, 0.75, b.Prioritaeten[0].Wert)
	assert.Equal(t, 0.25, b.Prioritaeten[1].Wert)
	assert.Equal(t, qualitaet.Bedarf, b.Prioritaeten[0].Gruende[1].Art)
	assert.Equal(t, "Entwicklungsbedarf hoch (3 Angaben), Gewicht 1,5", b.Prioritaeten[0].Gruende[1].Begruendung)
	for _, st := range b.Streuung {
		if st.Entwicklungsziel == "QD3.T1.Z1" {
			assert.Equal(t, &qualitaet.BedarfsVerteilung{Gering: 1, Hoch: 2, Wert: qualitaet.BedarfHoch}, st.Entwicklungsbedarf)
		}
	}
	// The Regelwerk's own weight.
	rw := bwRegelwerk()
	rw.Aggregation.Entwicklungsbedarf = &qualitaet.BedarfsGewichte{Hoch: 3}
	b = rdBewerte(t, qualitaet.Eingabe{Regelwerk: rw, Einschaetzungen: []qualitaet.Einschaetzung{
		mit("a", "QD3.T1.Z1", 2, qualitaet.BedarfHoch)}})
	assert.Equal(t, 1.5, b.Prioritaeten[0].Wert)
}

func TestEbenen(t *testing.T) {
	auf := func(k string, s qualitaet.Stufe, eb qualitaet.Ebene) qualitaet.Einschaetzung {
		e := rdE("", k, "QD3.T1.Z1", s, "2026-03-01")
		e.Ebene = eb
		return e
	}
	// strategisch 3, 4 → lower median 3; operativ 1, 1 → 1: apart by 2 = the threshold.
	b := rdBewerte(t, qualitaet.Eingabe{Einschaetzungen: []qualitaet.Einschaetzung{
		auf("a", 3, qualitaet.Strategisch), auf("b", 4, qualitaet.Strategisch), auf("c", 1, qualitaet.Operativ), auf("d", 1, qualitaet.Operativ)}})
	st := b.Streuung[0]
	assert.Equal(t, []qualitaet.EbenenMedian{{Ebene: qualitaet.Strategisch, Anzahl: 2, Median: 3}, {Ebene: qualitaet.Operativ, Anzahl: 2, Median: 1}}, st.Ebenen)
	assert.True(t, st.EntlangEbenen)
	b = rdBewerte(t, qualitaet.Eingabe{Einschaetzungen: []qualitaet.Einschaetzung{
		auf("a", 2, qualitaet.Strategisch), auf("c", 1, qualitaet.Operativ)}})
	assert.False(t, b.Streuung[0].EntlangEbenen)
}

func TestRundenfolge(t *testing.T) {
	runden, es := rdRunden()
	es = append(es, rdE("", "x", "QD3.T1.Z4", 2, "2027-01-05"))
	f := qualitaet.Rundenfolge(runden, es)
	require.Len(t, f, 3)
	assert.Equal(t, []string{"2020", "2026", ""}, []string{f[0].ID, f[1].ID, f[2].ID})
	assert.Equal(t, bwDatum("2027-01-05"), f[2].Datum)
}

// The Bewertung of a round with an agreed result, a choice of priorities,
// needs, levels and a comparison is a valid document of its schema.
func TestRundenBewertungIstGueltig(t *testing.T) {
	runden, es := rdRunden()
	runden[0].Dialogergebnisse = []qualitaet.Dialogergebnis{{Entwicklungsziel: "QD3.T1.Z2", Stufe: 2, Datum: bwDatum("2026-03-12"), Notiz: "n"}}
	runden[0].Priorisierung = &qualitaet.Priorisierung{Datum: bwDatum("2026-03-12"), Ziele: []qualitaet.GewaehltesZiel{{Entwicklungsziel: "QD3.T1.Z3"}}}
	es[len(es)-1].Entwicklungsbedarf = qualitaet.BedarfHoch
	es[len(es)-1].Ebene = qualitaet.Operativ
	b := rdBewerte(t, qualitaet.Eingabe{Runden: runden, Einschaetzungen: es})
	data, err := b.Dokument()
	require.NoError(t, err)
	v, err := schema.Standard().Dekodiere(data)
	require.NoError(t, err)
	require.NoError(t, schema.Standard().Pruefe(schema.ArtBewertung, v))
}
