package qualitaet_test

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// bwZeitpunkt is the fixed moment of every evaluation in these tests.
var bwZeitpunkt = time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)

func bwDatum(tag string) time.Time {
	d, err := time.Parse(time.DateOnly, tag)
	if err != nil {
		panic(err)
	}
	return d
}

// bwSelbst is one rating at level s on 2026-03-01 by nobody in particular.
func bwSelbst(ziel qualitaet.ID, s qualitaet.Stufe) qualitaet.Einschaetzung {
	return qualitaet.Einschaetzung{Entwicklungsziel: ziel, StufeGesetzt: true, Stufe: s, Datum: bwDatum("2026-03-01")}
}

// bwPerson is one rating at level s by person p of sector sektor.
func bwPerson(ziel qualitaet.ID, s qualitaet.Stufe, p, sektor string) qualitaet.Einschaetzung {
	return qualitaet.Einschaetzung{Entwicklungsziel: ziel, StufeGesetzt: true, Stufe: s, Datum: bwDatum("2026-03-01"), Person: p, Sektor: sektor}
}

// bwNB is a "nicht beurteilbar" entry by person p.
func bwNB(ziel qualitaet.ID, p string) qualitaet.Einschaetzung {
	return qualitaet.Einschaetzung{Entwicklungsziel: ziel, NichtBeurteilbar: true, Datum: bwDatum("2026-03-01"), Person: p}
}

// bwRegelwerk is a Regelwerk with the standard scale, no weights and no rules.
func bwRegelwerk(regeln ...qualitaet.Regel) *qualitaet.Regelwerk {
	rw := qualitaet.StandardRegelwerk()
	rw.ID, rw.Titel = "test", "Test"
	rw.Regeln = regeln
	rw.Gewichte = qualitaet.Gewichte{}
	rw.Aggregation = qualitaet.Aggregation{}
	return rw
}

func bwZahl(f float64) *float64 { return &f }

func bwRegel(id string, ziel qualitaet.ID, fakt string, op qualitaet.Operator, wert float64, s qualitaet.Stufe) qualitaet.Regel {
	return qualitaet.Regel{ID: id, Entwicklungsziel: ziel, Fakt: fakt, Grundlage: "Testregel", Operator: op, Wert: bwZahl(wert), Stufe: s,
		Begruendung: "{fakt} ist {wert}, Schwelle {schwelle}", BegruendungEn: "{fakt} is {wert}, threshold {schwelle}"}
}

func bwBewerte(t *testing.T, e qualitaet.Eingabe) *qualitaet.Bewertung {
	t.Helper()
	if e.Zeitpunkt.IsZero() {
		e.Zeitpunkt = bwZeitpunkt
	}
	b, err := qualitaet.Bewerte(e)
	require.NoError(t, err, "Bewerte")
	return b
}

func bwZiel(t *testing.T, b *qualitaet.Bewertung, id qualitaet.ID) *qualitaet.ZielErgebnis {
	t.Helper()
	z, ok := b.Ziel(id)
	require.True(t, ok, "Bewertung.Ziel(%s) not found", id)
	return z
}

func bwDim(t *testing.T, b *qualitaet.Bewertung, id qualitaet.ID) *qualitaet.DimensionErgebnis {
	t.Helper()
	d, ok := b.Dimension(id)
	require.True(t, ok, "Bewertung.Dimension(%s) not found", id)
	return d
}

// bwPunkte returns a dimension's points as text ("k. A." when absent) so a
// failure shows both states.
func bwPunkte(w qualitaet.Wert) string { return w.String() }

// TestBewerte checks single aspects of the engine on small inputs; every
// expected figure is worked out by hand in the case's comment.
func TestBewerte(t *testing.T) {
	tests := []struct {
		name   string
		e      qualitaet.Eingabe
		pruefe func(t *testing.T, b *qualitaet.Bewertung)
	}{
		{
			name: "nothing assessed: no points, coverage 0, never 0 points",
			e:    qualitaet.Eingabe{},
			pruefe: func(t *testing.T, b *qualitaet.Bewertung) {
				require.Len(t, b.Dimensionen, 10)
				for _, d := range b.Dimensionen {
					assert.False(t, d.Punkte.Gesetzt(), "%s Punkte = %s, want absent", d.ID, bwPunkte(d.Punkte))
					assert.Zero(t, d.Abdeckung, "%s Abdeckung", d.ID)
					for _, z := range d.Entwicklungsziele {
						assert.False(t, z.Stufe.Gesetzt(), "%s Stufe = %s, want absent", z.ID, z.Stufe)
						assert.Equal(t, qualitaet.QuelleKeine, z.Quelle, "%s Quelle", z.ID)
					}
				}
				assert.False(t, b.Gesamt.Punkte.Gesetzt(), "Gesamt.Punkte = %s, want absent", b.Gesamt.Punkte)
				assert.Empty(t, b.Prioritaeten)
				assert.Empty(t, b.Streuung)
			},
		},
		{
			// A level-0 rating is a rating: QD4 = 0 points, not absent.
			name: "level 0 is a rating",
			e:    qualitaet.Eingabe{Einschaetzungen: []qualitaet.Einschaetzung{bwSelbst("QD4.T1.Z1", 0)}},
			pruefe: func(t *testing.T, b *qualitaet.Bewertung) {
				p, ok := bwDim(t, b, "QD4").Punkte.Zahl()
				assert.True(t, ok, "QD4 Punkte absent, want 0")
				assert.Zero(t, p)
				g, ok := b.Gesamt.Punkte.Zahl()
				assert.True(t, ok)
				assert.Zero(t, g)
			},
		},
		{
			// netzwerk.sektoren.anzahl 6: QD3-sektoren-3 (at least 3 → 2) holds; no
			// rule of the standard Regelwerk awards more than 2.
			name: "rules of the standard Regelwerk pre-assess",
			e:    qualitaet.Eingabe{Fakten: qualitaet.Fakten{Zahlen: map[string]float64{"netzwerk.sektoren.anzahl": 6}}},
			pruefe: func(t *testing.T, b *qualitaet.Bewertung) {
				z := bwZiel(t, b, "QD3.T1.Z2")
				assert.Equal(t, qualitaet.QuelleRegel, z.Quelle)
				assert.Equal(t, "2", z.Stufe.String())
				require.NotNil(t, z.Vorbewertung)
				assert.Equal(t, "QD3-sektoren-3", z.Vorbewertung.Regel)
				assert.Equal(t, "Akteure aus 6 Referenzsektoren sind im Netzwerk erfasst (ab 3).", z.Vorbewertung.Begruendung)
				assert.Equal(t, "in Umsetzung", z.Bezeichnung)
				z = bwZiel(t, b, "QD1.T2.Z1")
				assert.Equal(t, "2", z.Stufe.String())
				assert.Equal(t, "QD1-sektoren", z.Vorbewertung.Regel)
			},
		},
		{
			// Two rules give level 2 for QD6.T2.Z2: the first in document order is shown.
			name: "tie between rules: the first one",
			e: qualitaet.Eingabe{
				Regelwerk: bwRegelwerk(
					bwRegel("niedriger", "QD6.T2.Z2", "netzwerk.akteure.anzahl", qualitaet.Mindestens, 0, 1),
					bwRegel("erste", "QD6.T2.Z2", "netzwerk.akteure.anzahl", qualitaet.Mindestens, 1, 2),
					bwRegel("zweite", "QD6.T2.Z2", "netzwerk.akteure.anzahl", qualitaet.Hoechstens, 9, 2),
				),
				Fakten: qualitaet.Fakten{Zahlen: map[string]float64{"netzwerk.akteure.anzahl": 3}},
			},
			pruefe: func(t *testing.T, b *qualitaet.Bewertung) {
				z := bwZiel(t, b, "QD6.T2.Z2")
				require.NotNil(t, z.Vorbewertung)
				assert.Equal(t, "erste", z.Vorbewertung.Regel)
				assert.Equal(t, qualitaet.Stufe(2), z.Vorbewertung.Stufe)
				assert.Equal(t, "netzwerk.akteure.anzahl ist 3, Schwelle 1", z.Vorbewertung.Begruendung)
			},
		},
		{
			// The rule says 2, the network says 1: 1 counts, the rule stays visible.
			name: "self-assessment wins over the rule, which is shown as Vorbewertung",
			e: qualitaet.Eingabe{
				Fakten:          qualitaet.Fakten{Zahlen: map[string]float64{"netzwerk.sektoren.anzahl": 6}},
				Einschaetzungen: []qualitaet.Einschaetzung{bwSelbst("QD3.T1.Z2", 1)},
			},
			pruefe: func(t *testing.T, b *qualitaet.Bewertung) {
				z := bwZiel(t, b, "QD3.T1.Z2")
				assert.Equal(t, qualitaet.QuelleSelbst, z.Quelle)
				assert.Equal(t, "1", z.Stufe.String())
				assert.Equal(t, 1, z.Einschaetzungen)
				require.NotNil(t, z.Vorbewertung, "Vorbewertung")
				assert.Equal(t, "QD3-sektoren-3", z.Vorbewertung.Regel)
				assert.Equal(t, qualitaet.Stufe(2), z.Vorbewertung.Stufe)
				require.Len(t, z.Begruendung, 2)
				assert.Equal(t, "Selbsteinschätzung: Stufe 1 (01.03.2026)", z.Begruendung[0])
				assert.Equal(t, "Vorbewertung aus Strukturdaten (Regel QD3-sektoren-3, Stufe 2) tritt hinter die Selbsteinschätzung zurück: Akteure aus 6 Referenzsektoren sind im Netzwerk erfasst (ab 3).", z.Begruendung[1])
				assert.Equal(t, "25", bwPunkte(bwDim(t, b, "QD3").Punkte))
			},
		},
		{
			// Only "nicht beurteilbar": not assessed, and the rule for QD3.T1.Z2 applies.
			name: "nicht beurteilbar is no rating",
			e: qualitaet.Eingabe{
				Fakten: qualitaet.Fakten{Zahlen: map[string]float64{"netzwerk.sektoren.anzahl": 3}},
				Einschaetzungen: []qualitaet.Einschaetzung{
					bwNB("QD3.T1.Z1", "A"), bwNB("QD3.T1.Z1", "B"), bwNB("QD3.T1.Z2", "A"),
				},
			},
			pruefe: func(t *testing.T, b *qualitaet.Bewertung) {
				z := bwZiel(t, b, "QD3.T1.Z1")
				assert.False(t, z.Stufe.Gesetzt(), "QD3.T1.Z1 Stufe = %s, want absent", z.Stufe)
				assert.Equal(t, qualitaet.QuelleKeine, z.Quelle)
				assert.Equal(t, 0, z.Einschaetzungen)
				// "not assessed" is said once, by the dimension, not at the goal.
				assert.Equal(t, []string{"2 Einschätzungen „nicht beurteilbar“"}, z.Begruendung)
				assert.Contains(t, bwDim(t, b, "QD3").Begruendung,
					"Nicht eingeschätzt, weil weder eine Selbsteinschätzung noch eine zutreffende Regel vorliegt: QD3.T1.Z1, QD3.T1.Z3, QD3.T1.Z4, QD3.T2.Z1, QD3.T2.Z2, QD3.T2.Z3, QD3.T2.Z4")
				z = bwZiel(t, b, "QD3.T1.Z2")
				assert.Equal(t, qualitaet.QuelleRegel, z.Quelle)
				assert.Equal(t, "2", z.Stufe.String())
				assert.Empty(t, b.Streuung, "goals with no rating have no spread")
			},
		},
		{
			// Goal weights 3 and 1 at levels 4 and 0: 100·(3·1 + 1·0)/4 = 75;
			// coverage (3 + 1)/(3 + 1 + 6) = 0.4. Dimension weight 2 and one
			// other dimension at 0: overall (2·75 + 0)/3 = 50.
			name: "goal and dimension weights",
			e: qualitaet.Eingabe{
				Regelwerk: func() *qualitaet.Regelwerk {
					rw := bwRegelwerk()
					rw.Gewichte = qualitaet.Gewichte{Dimensionen: map[qualitaet.ID]float64{"QD3": 2},
						Entwicklungsziele: map[qualitaet.ID]float64{"QD3.T1.Z1": 3}}
					return rw
				}(),
				Einschaetzungen: []qualitaet.Einschaetzung{bwSelbst("QD3.T1.Z1", 4), bwSelbst("QD3.T1.Z2", 0), bwSelbst("QD1.T1.Z1", 0)},
			},
			pruefe: func(t *testing.T, b *qualitaet.Bewertung) {
				d := bwDim(t, b, "QD3")
				assert.Equal(t, "75", bwPunkte(d.Punkte))
				assert.Equal(t, 0.4, d.Abdeckung)
				assert.Equal(t, 2.0, d.Gewicht)
				assert.Equal(t, 3.0, bwZiel(t, b, "QD3.T1.Z1").Gewicht)
				assert.Equal(t, "50", bwPunkte(b.Gesamt.Punkte))
			},
		},
		{
			// Focus QD1 with factor 4: QD1 = 100, QD2 = 0 → (4·100 + 0)/5 = 80.
			name: "focus factor",
			e: qualitaet.Eingabe{
				Regelwerk: func() *qualitaet.Regelwerk {
					rw := bwRegelwerk()
					rw.Aggregation.SchwerpunktFaktor = 4
					return rw
				}(),
				Zuschnitt:       &qualitaet.Zuschnitt{Rahmen: qualitaet.Version20, Schwerpunkte: []qualitaet.ID{"QD1"}},
				Einschaetzungen: []qualitaet.Einschaetzung{bwSelbst("QD1.T1.Z1", 4), bwSelbst("QD2.T1.Z1", 0)},
			},
			pruefe: func(t *testing.T, b *qualitaet.Bewertung) {
				assert.True(t, bwDim(t, b, "QD1").Schwerpunkt)
				assert.False(t, bwDim(t, b, "QD2").Schwerpunkt)
				assert.Equal(t, "80", bwPunkte(b.Gesamt.Punkte))
				assert.Equal(t, []qualitaet.ID{"QD1"}, b.Rahmen.Schwerpunkte)
			},
		},
		{
			name: "left-out dimensions and local goals",
			e: qualitaet.Eingabe{
				Zuschnitt: &qualitaet.Zuschnitt{Rahmen: qualitaet.Version20, Ausgelassen: []qualitaet.ID{"QD9", "QD2"},
					LokaleZiele: []qualitaet.LokalesZiel{{ID: "QD3.T1.L1", Ebene: qualitaet.Operativ, Bereich: qualitaet.BereichNetzwerk, Text: "Lokal"}}},
				Einschaetzungen: []qualitaet.Einschaetzung{bwSelbst("QD3.T1.L1", 2), bwSelbst("QD2.T1.Z1", 4)},
			},
			pruefe: func(t *testing.T, b *qualitaet.Bewertung) {
				var ids []qualitaet.ID
				for _, d := range b.Dimensionen {
					ids = append(ids, d.ID)
				}
				assert.Equal(t, []qualitaet.ID{"QD1", "QD3", "QD4", "QD5", "QD6", "QD7", "QD8", "QD10"}, ids)
				z := bwZiel(t, b, "QD3.T1.L1")
				assert.Equal(t, qualitaet.HerkunftLokal, z.Herkunft)
				assert.Equal(t, "2", z.Stufe.String())
				// 1 of 9 goals: 1/9 = 0.1111… → 0.1111.
				assert.Equal(t, 0.1111, bwDim(t, b, "QD3").Abdeckung)
				assert.Equal(t, 1, b.Rahmen.LokaleZiele)
				require.Len(t, b.Hinweise, 1, "the rating of left-out QD2 is skipped")
				assert.Contains(t, b.Hinweise[0], "QD2.T1.Z1")
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.pruefe(t, bwBewerte(t, tt.e))
		})
	}
}

// TestBewerteKonsens checks the consensus of several raters (issue 10).
func TestBewerteKonsens(t *testing.T) {
	mitAggregation := func(a qualitaet.Aggregation) *qualitaet.Regelwerk {
		rw := bwRegelwerk()
		rw.Aggregation = a
		return rw
	}
	const ziel = qualitaet.ID("QD7.T1.Z1")
	tests := []struct {
		name       string
		rw         *qualitaet.Regelwerk
		es         []qualitaet.Einschaetzung
		stufe      string // "k. A." when not assessed
		anzahl     int
		nb         int
		spannweite int
		divergent  bool
	}{
		{name: "single rater", es: []qualitaet.Einschaetzung{bwPerson(ziel, 3, "A", "")},
			stufe: "3", anzahl: 1},
		{name: "odd count: median", es: []qualitaet.Einschaetzung{bwPerson(ziel, 4, "A", ""), bwPerson(ziel, 0, "B", ""), bwPerson(ziel, 1, "C", "")},
			stufe: "1", anzahl: 3, spannweite: 4, divergent: true},
		{name: "even count: lower by default", es: []qualitaet.Einschaetzung{bwPerson(ziel, 2, "A", ""), bwPerson(ziel, 3, "B", "")},
			stufe: "2", anzahl: 2, spannweite: 1},
		{name: "even count: oberer", rw: mitAggregation(qualitaet.Aggregation{GeradeAnzahl: qualitaet.ObererMedian}),
			es:    []qualitaet.Einschaetzung{bwPerson(ziel, 2, "A", ""), bwPerson(ziel, 3, "B", "")},
			stufe: "3", anzahl: 2, spannweite: 1},
		{name: "even count: mittelwert gives 2.5", rw: mitAggregation(qualitaet.Aggregation{GeradeAnzahl: qualitaet.MittelDerMitte}),
			es:    []qualitaet.Einschaetzung{bwPerson(ziel, 2, "A", ""), bwPerson(ziel, 3, "B", "")},
			stufe: "2.5", anzahl: 2, spannweite: 1},
		{name: "nicht beurteilbar not counted", es: []qualitaet.Einschaetzung{bwPerson(ziel, 1, "A", ""), bwNB(ziel, "B"), bwPerson(ziel, 4, "C", ""), bwNB(ziel, "D")},
			stufe: "1", anzahl: 2, nb: 2, spannweite: 3, divergent: true},
		{name: "only nicht beurteilbar: not assessed", es: []qualitaet.Einschaetzung{bwNB(ziel, "A"), bwNB(ziel, "B")},
			stufe: "k. A.", nb: 2},
		{name: "same person twice: the later date counts, not the later entry",
			es: []qualitaet.Einschaetzung{
				{Entwicklungsziel: ziel, StufeGesetzt: true, Stufe: 4, Datum: bwDatum("2026-05-01"), Person: "A"},
				{Entwicklungsziel: ziel, StufeGesetzt: true, Stufe: 0, Datum: bwDatum("2026-01-01"), Person: "A"},
			},
			stufe: "4", anzahl: 1},
		{name: "same person twice on the same day: the later entry",
			es: []qualitaet.Einschaetzung{
				{Entwicklungsziel: ziel, StufeGesetzt: true, Stufe: 4, Datum: bwDatum("2026-05-01"), Person: "A"},
				{Entwicklungsziel: ziel, StufeGesetzt: true, Stufe: 1, Datum: bwDatum("2026-05-01"), Person: "A"},
			},
			stufe: "1", anzahl: 1},
		{name: "unnamed entries all count",
			es:    []qualitaet.Einschaetzung{bwSelbst(ziel, 1), bwSelbst(ziel, 2), bwSelbst(ziel, 2)},
			stufe: "2", anzahl: 3, spannweite: 1},
		{name: "spread equal to the default threshold 2 is divergent",
			es:    []qualitaet.Einschaetzung{bwPerson(ziel, 1, "A", ""), bwPerson(ziel, 3, "B", "")},
			stufe: "1", anzahl: 2, spannweite: 2, divergent: true},
		{name: "spread below the threshold is not divergent", rw: mitAggregation(qualitaet.Aggregation{DivergenzSchwelle: 3}),
			es:    []qualitaet.Einschaetzung{bwPerson(ziel, 1, "A", ""), bwPerson(ziel, 3, "B", "")},
			stufe: "1", anzahl: 2, spannweite: 2},
		{name: "spread equal to threshold 3 is divergent", rw: mitAggregation(qualitaet.Aggregation{DivergenzSchwelle: 3}),
			es:    []qualitaet.Einschaetzung{bwPerson(ziel, 1, "A", ""), bwPerson(ziel, 4, "B", "")},
			stufe: "1", anzahl: 2, spannweite: 3, divergent: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := bwBewerte(t, qualitaet.Eingabe{Regelwerk: tt.rw, Einschaetzungen: tt.es})
			z := bwZiel(t, b, ziel)
			assert.Equal(t, tt.stufe, z.Stufe.String(), "Stufe of %s", ziel)
			assert.Equal(t, tt.anzahl, z.Einschaetzungen, "Einschaetzungen")
			if tt.anzahl == 0 {
				assert.Empty(t, b.Streuung)
				assert.False(t, bwDim(t, b, "QD7").Punkte.Gesetzt())
				return
			}
			require.Len(t, b.Streuung, 1)
			st := b.Streuung[0]
			assert.Equal(t, ziel, st.Entwicklungsziel)
			assert.Equal(t, tt.anzahl, st.Anzahl, "Streuung.Anzahl")
			assert.Equal(t, tt.nb, st.NichtBeurteilbar, "Streuung.NichtBeurteilbar")
			assert.Equal(t, tt.spannweite, st.Spannweite, "Streuung.Spannweite")
			assert.Equal(t, tt.divergent, st.Divergent, "Streuung.Divergent")
			assert.Equal(t, tt.stufe, strconv.FormatFloat(st.Median, 'f', -1, 64), "Streuung.Median")
			assert.Len(t, st.Stufen, tt.anzahl)
			assert.True(t, slices.IsSorted(st.Stufen), "Streuung.Stufen = %v, want sorted", st.Stufen)
			var dialog bool
			for _, p := range b.Prioritaeten {
				dialog = dialog || p.Art == qualitaet.KlaerenImDialog
			}
			assert.Equal(t, tt.divergent, dialog, "a divergent goal is a klaeren-im-dialog priority")
		})
	}
}

// TestBewerteEinzelbegruendungNachDedup: when the same person rated twice,
// the reason quotes the rating that counts (the later one), not the first
// entry in the list.
func TestBewerteEinzelbegruendungNachDedup(t *testing.T) {
	b := bwBewerte(t, qualitaet.Eingabe{Einschaetzungen: []qualitaet.Einschaetzung{
		{Entwicklungsziel: "QD7.T1.Z1", StufeGesetzt: true, Stufe: 1, Datum: bwDatum("2026-01-10"), Person: "A", Begruendung: "alt"},
		{Entwicklungsziel: "QD7.T1.Z1", StufeGesetzt: true, Stufe: 3, Datum: bwDatum("2026-04-20"), Person: "A", Begruendung: "neu"},
	}})
	z := bwZiel(t, b, "QD7.T1.Z1")
	assert.Equal(t, "3", z.Stufe.String())
	require.NotEmpty(t, z.Begruendung)
	assert.Equal(t, "Selbsteinschätzung: Stufe 3 (20.04.2026) — neu", z.Begruendung[0])

	// A person's later "nicht beurteilbar" replaces their rating; the one
	// remaining rating is B's.
	b = bwBewerte(t, qualitaet.Eingabe{Einschaetzungen: []qualitaet.Einschaetzung{
		{Entwicklungsziel: "QD7.T1.Z1", StufeGesetzt: true, Stufe: 4, Datum: bwDatum("2026-01-10"), Person: "A"},
		{Entwicklungsziel: "QD7.T1.Z1", NichtBeurteilbar: true, Datum: bwDatum("2026-04-20"), Person: "A"},
		{Entwicklungsziel: "QD7.T1.Z1", StufeGesetzt: true, Stufe: 2, Datum: bwDatum("2026-02-01"), Person: "B"},
	}})
	z = bwZiel(t, b, "QD7.T1.Z1")
	assert.Equal(t, "2", z.Stufe.String())
	assert.Equal(t, "Selbsteinschätzung: Stufe 2 (01.02.2026)", z.Begruendung[0])
}

// TestBewertePrioritaeten pins the order of priorities: focus dimensions
// first; within each group goals to clarify in dialogue (widest spread
// first) before the others; then Wert descending; then ID in natural order;
// cut at aggregation.prioritaeten. Each goal appears once, with all its
// reasons.
func TestBewertePrioritaeten(t *testing.T) {
	rw := bwRegelwerk()
	rw.Gewichte.Dimensionen = map[qualitaet.ID]float64{"QD1": 2}
	rw.Aggregation.Prioritaeten = 7
	b := bwBewerte(t, qualitaet.Eingabe{
		Regelwerk: rw,
		Zuschnitt: &qualitaet.Zuschnitt{Rahmen: qualitaet.Version20, Schwerpunkte: []qualitaet.ID{"QD3"}},
		Einschaetzungen: []qualitaet.Einschaetzung{
			bwPerson("QD3.T1.Z1", 0, "A", ""), bwPerson("QD3.T1.Z1", 4, "B", ""), // spread 4, median 0
			bwSelbst("QD3.T1.Z2", 1),
			bwPerson("QD1.T1.Z1", 1, "A", ""), bwPerson("QD1.T1.Z1", 3, "B", ""), // spread 2, median 1
			bwSelbst("QD1.T1.Z2", 0),
			bwSelbst("QD10.T1.Z1", 2), bwSelbst("QD2.T1.Z2", 2), bwSelbst("QD2.T1.Z1", 2),
			bwSelbst("QD2.T2.Z1", 4),                                                                                // at the top: no priority
			bwPerson("QD2.T2.Z2", 2, "A", ""), bwPerson("QD2.T2.Z2", 4, "B", ""), bwPerson("QD2.T2.Z2", 4, "C", ""), // spread 2, median 4
		},
	})
	type prio struct {
		Rang    int
		Ziel    qualitaet.ID
		Art     qualitaet.PrioritaetsArt
		Wert    float64
		Gruende []qualitaet.PrioritaetsArt
	}
	var got []prio
	gesehen := map[qualitaet.ID]bool{}
	for _, p := range b.Prioritaeten {
		var arten []qualitaet.PrioritaetsArt
		for _, g := range p.Gruende {
			arten = append(arten, g.Art)
			assert.Contains(t, p.Begruendung, g.Begruendung)
		}
		got = append(got, prio{p.Rang, p.Entwicklungsziel, p.Art, p.Wert, arten})
		assert.False(t, gesehen[p.Entwicklungsziel], "%s appears twice", p.Entwicklungsziel)
		gesehen[p.Entwicklungsziel] = true
		assert.Equal(t, p.Entwicklungsziel.Dimension(), p.Dimension)
		assert.Equal(t, p.Dimension == "QD3", p.Schwerpunkt, "Schwerpunkt of %s", p.Entwicklungsziel)
	}
	dialog, stufe := qualitaet.KlaerenImDialog, qualitaet.NiedrigeStufe
	beide := []qualitaet.PrioritaetsArt{dialog, stufe}
	// Wert = dimension weight × goal weight × (4 − L)/4; 0 at the top.
	want := []prio{
		{1, "QD3.T1.Z1", dialog, 1, beide},                               // focus, dialog, 1·1·(4−0)/4
		{2, "QD3.T1.Z2", stufe, 0.75, []qualitaet.PrioritaetsArt{stufe}}, // focus, (4−1)/4
		{3, "QD1.T1.Z1", dialog, 1.5, beide},                             // dialog (spread 2), 2·(4−1)/4
		{4, "QD2.T2.Z2", dialog, 0, []qualitaet.PrioritaetsArt{dialog}},  // dialog (spread 2), at the top
		{5, "QD1.T1.Z2", stufe, 2, []qualitaet.PrioritaetsArt{stufe}},    // 2·(4−0)/4
		{6, "QD2.T1.Z1", stufe, 0.5, []qualitaet.PrioritaetsArt{stufe}},  // ties at 0.5 by ID: QD2.T1.Z1, QD2.T1.Z2, QD10.T1.Z1 (cut)
		{7, "QD2.T1.Z2", stufe, 0.5, []qualitaet.PrioritaetsArt{stufe}},
	}
	assert.Equal(t, want, got)
	assert.Equal(t, "im Dialog klären: die Einschätzungen reichen von Stufe 1 bis 3, das Ergebnis 1 ist vorläufig; "+
		"unter der höchsten Stufe: steht auf Stufe 1 „angestoßen“", b.Prioritaeten[2].Begruendung)
	assert.Equal(t, "Selbsteinschätzung von 2 Personen (Stufen 1, 3); Ergebnis der Einschätzungen (unterer Median): 1 (vorläufig – im Dialog klären)",
		bwZiel(t, b, "QD1.T1.Z1").Begruendung[0])
	assert.Equal(t, "Selbsteinschätzung von 3 Personen (Stufen 2, 4, 4); Ergebnis der Einschätzungen (Median): 4 (vorläufig – im Dialog klären)",
		bwZiel(t, b, "QD2.T2.Z2").Begruendung[0])

	// Streuung: spread descending, then natural ID order (QD3 before QD10).
	var reihe []string
	for _, s := range b.Streuung {
		reihe = append(reihe, fmt.Sprintf("%s/%d", s.Entwicklungsziel, s.Spannweite))
	}
	assert.Equal(t, []string{"QD3.T1.Z1/4", "QD1.T1.Z1/2", "QD2.T2.Z2/2", "QD1.T1.Z2/0", "QD2.T1.Z1/0", "QD2.T1.Z2/0",
		"QD2.T2.Z1/0", "QD3.T1.Z2/0", "QD10.T1.Z1/0"}, reihe)
}

func TestBewertePrioritaetenStandardGrenze(t *testing.T) {
	var es []qualitaet.Einschaetzung
	for _, z := range bwAlleZiele(qualitaet.Version20) {
		es = append(es, bwSelbst(z, 1))
	}
	b := bwBewerte(t, qualitaet.Eingabe{Einschaetzungen: es})
	require.Len(t, b.Prioritaeten, 10, "default limit")
	for i, p := range b.Prioritaeten {
		assert.Equal(t, i+1, p.Rang)
	}
	// All at level 1 with weight 1: equal Wert 0.75, so natural ID order.
	assert.Equal(t, qualitaet.ID("QD1.T1.Z1"), b.Prioritaeten[0].Entwicklungsziel)
	assert.Equal(t, qualitaet.ID("QD2.T1.Z2"), b.Prioritaeten[9].Entwicklungsziel)
}

func bwAlleZiele(v qualitaet.Version) []qualitaet.ID {
	r, err := qualitaet.RahmenVersion(v)
	if err != nil {
		panic(err)
	}
	var ids []qualitaet.ID
	for _, z := range r.Entwicklungsziele() {
		ids = append(ids, z.ID)
	}
	return ids
}

// TestBewerteSektoren: a divergence runs along sector lines when one
// sector's ratings all lie below another's and together they span it.
func TestBewerteSektoren(t *testing.T) {
	const ziel = qualitaet.ID("QD1.T1.Z1")
	namen := map[string][2]string{
		"gesundheit":             {"Gesundheitswesen", "health care"},
		"kinder-und-jugendhilfe": {"Kinder- und Jugendhilfe", "child and youth welfare"},
	}
	tests := []struct {
		name     string
		es       []qualitaet.Einschaetzung
		sprache  language.Tag
		entlang  bool
		hinweis  string
		sektoren []qualitaet.SektorMedian
	}{
		{
			name: "health all below youth welfare",
			es: []qualitaet.Einschaetzung{
				bwPerson(ziel, 1, "A", "gesundheit"), bwPerson(ziel, 0, "B", "gesundheit"),
				bwPerson(ziel, 3, "C", "kinder-und-jugendhilfe"), bwPerson(ziel, 4, "D", "kinder-und-jugendhilfe"),
			},
			entlang: true, hinweis: "Gesundheitswesen schätzt niedriger ein als Kinder- und Jugendhilfe",
			sektoren: []qualitaet.SektorMedian{{Sektor: "gesundheit", Anzahl: 2, Median: 0}, {Sektor: "kinder-und-jugendhilfe", Anzahl: 2, Median: 3}},
		},
		{
			name: "health all below youth welfare, English",
			es: []qualitaet.Einschaetzung{
				bwPerson(ziel, 1, "A", "gesundheit"), bwPerson(ziel, 4, "D", "kinder-und-jugendhilfe"),
			},
			sprache: language.English,
			entlang: true, hinweis: "health care rates lower than child and youth welfare",
			sektoren: []qualitaet.SektorMedian{{Sektor: "gesundheit", Anzahl: 1, Median: 1}, {Sektor: "kinder-und-jugendhilfe", Anzahl: 1, Median: 4}},
		},
		{
			name: "overlapping sectors",
			es: []qualitaet.Einschaetzung{
				bwPerson(ziel, 0, "A", "gesundheit"), bwPerson(ziel, 3, "B", "gesundheit"),
				bwPerson(ziel, 2, "C", "kinder-und-jugendhilfe"), bwPerson(ziel, 4, "D", "kinder-und-jugendhilfe"),
			},
			sektoren: []qualitaet.SektorMedian{{Sektor: "gesundheit", Anzahl: 2, Median: 0}, {Sektor: "kinder-und-jugendhilfe", Anzahl: 2, Median: 2}},
		},
		{
			name: "separated but not divergent",
			es: []qualitaet.Einschaetzung{
				bwPerson(ziel, 2, "A", "gesundheit"), bwPerson(ziel, 3, "B", "kinder-und-jugendhilfe"),
			},
			sektoren: []qualitaet.SektorMedian{{Sektor: "gesundheit", Anzahl: 1, Median: 2}, {Sektor: "kinder-und-jugendhilfe", Anzahl: 1, Median: 3}},
		},
		{
			// bildung [0, 2] overlaps youth welfare [1, 3], but health [0]
			// lies wholly below youth welfare and the two span 0–3.
			name: "a separated pair besides an overlapping sector",
			es: []qualitaet.Einschaetzung{
				bwPerson(ziel, 0, "A", "bildung"), bwPerson(ziel, 2, "B", "bildung"),
				bwPerson(ziel, 0, "C", "gesundheit"),
				bwPerson(ziel, 1, "D", "kinder-und-jugendhilfe"), bwPerson(ziel, 3, "E", "kinder-und-jugendhilfe"),
			},
			entlang: true, hinweis: "Gesundheitswesen schätzt niedriger ein als Kinder- und Jugendhilfe",
			sektoren: []qualitaet.SektorMedian{{Sektor: "bildung", Anzahl: 2, Median: 0}, {Sektor: "gesundheit", Anzahl: 1, Median: 0},
				{Sektor: "kinder-und-jugendhilfe", Anzahl: 2, Median: 1}},
		},
		{
			name: "one sector only",
			es: []qualitaet.Einschaetzung{
				bwPerson(ziel, 0, "A", "gesundheit"), bwPerson(ziel, 4, "B", "gesundheit"), bwPerson(ziel, 4, "C", ""),
			},
			sektoren: []qualitaet.SektorMedian{{Sektor: "gesundheit", Anzahl: 2, Median: 0}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := bwBewerte(t, qualitaet.Eingabe{Einschaetzungen: tt.es, Sektornamen: namen, Sprache: tt.sprache})
			require.Len(t, b.Streuung, 1)
			st := b.Streuung[0]
			assert.Equal(t, tt.entlang, st.EntlangSektoren, "EntlangSektoren for %v", st.Stufen)
			assert.Equal(t, tt.hinweis, st.Hinweis)
			// Each sector carries its display name in the language, where
			// Sektornamen knows one.
			for i, s := range tt.sektoren {
				if n, ok := namen[s.Sektor]; ok {
					tt.sektoren[i].Name = n[0]
					if tt.sprache == language.English {
						tt.sektoren[i].Name = n[1]
					}
				}
			}
			assert.Equal(t, tt.sektoren, st.Sektoren)
		})
	}
}

// TestBewerteEnglisch: English texts, English titles, English number format.
func TestBewerteEnglisch(t *testing.T) {
	e := qualitaet.Eingabe{
		Fakten: qualitaet.Fakten{Zahlen: map[string]float64{"kommune.budget.gesamt": 120000, "netzwerk.sektoren.anzahl": 6}},
		Einschaetzungen: []qualitaet.Einschaetzung{
			bwSelbst("QD3.T1.Z2", 1), bwSelbst("QD10.T9.Z9", 2),
		},
	}
	de := bwBewerte(t, e)
	e.Sprache = language.English
	en := bwBewerte(t, e)

	assert.Equal(t, "de", de.Sprache)
	assert.Equal(t, "en", en.Sprache)
	assert.Equal(t, "Netzwerk", bwDim(t, de, "QD3").Titel)
	assert.Equal(t, "Network", bwDim(t, en, "QD3").Titel)
	assert.Equal(t, "Impact orientation", bwDim(t, en, "QD10").Titel)
	assert.Equal(t, "Ein kommunales Budget für Frühe Hilfen ist ausgewiesen (120.000 €).", bwZiel(t, de, "QD5.T3.Z2").Vorbewertung.Begruendung)
	assert.Equal(t, "A municipal budget for Frühe Hilfen is stated (€120,000).", bwZiel(t, en, "QD5.T3.Z2").Vorbewertung.Begruendung)
	assert.Equal(t, "being implemented", bwZiel(t, en, "QD1.T2.Z1").Bezeichnung)
	assert.Equal(t, "in Umsetzung", bwZiel(t, de, "QD1.T2.Z1").Bezeichnung)
	assert.Empty(t, bwZiel(t, en, "QD9.T1.Z1").Begruendung)
	assert.Equal(t, []string{"None of the 6 Entwicklungsziele is assessed, as there is neither a self-assessment nor an applicable rule; hence there are no points (which is not 0 points)."},
		bwDim(t, en, "QD9").Begruendung)
	assert.Equal(t, []string{"Self-assessment: level 1 (2026-03-01)",
		"Pre-assessment from structural data (rule QD3-sektoren-3, level 2) gives way to the self-assessment: Actors from 6 reference sectors are recorded in the network (from 3)."},
		bwZiel(t, en, "QD3.T1.Z2").Begruendung)
	assert.Equal(t, "initiated", bwZiel(t, en, "QD3.T1.Z2").Bezeichnung)
	require.Len(t, en.Hinweise, 1)
	assert.Equal(t, "rating 1 of QD10.T9.Z9 skipped: the catalogue qualitaetsrahmen-2.0 has no such Entwicklungsziel", en.Hinweise[0])
	assert.Equal(t, "Einschätzung 1 zu QD10.T9.Z9 übergangen: das Entwicklungsziel gibt es im Rahmen qualitaetsrahmen-2.0 nicht", de.Hinweise[0])
	for _, d := range en.Dimensionen {
		for _, g := range d.Begruendung {
			assert.NotContains(t, g, "Entwicklungszielen", "English dimension reasons of %s", d.ID)
		}
	}
	// The figures do not depend on the language.
	for i := range de.Dimensionen {
		assert.Equal(t, de.Dimensionen[i].Punkte, en.Dimensionen[i].Punkte)
		assert.Equal(t, de.Dimensionen[i].Abdeckung, en.Dimensionen[i].Abdeckung)
	}
}

// TestBewerteHinweise: ratings of goals the tailored catalogue lacks are
// skipped, listed in Hinweise, and change no figure.
func TestBewerteHinweise(t *testing.T) {
	tests := []struct {
		name      string
		e         qualitaet.Eingabe
		hinweise  []string
		ohneDenen qualitaet.Eingabe
	}{
		{
			name: "QD10 under 2016",
			e: qualitaet.Eingabe{Zuschnitt: &qualitaet.Zuschnitt{Rahmen: qualitaet.Version2016},
				Einschaetzungen: []qualitaet.Einschaetzung{bwSelbst("QD1.T1.Z1", 2), bwSelbst("QD10.T1.Z1", 4)}},
			hinweise: []string{"Einschätzung 1 zu QD10.T1.Z1 übergangen: das Entwicklungsziel gibt es im Rahmen qualitaetsrahmen-2016 nicht"},
			ohneDenen: qualitaet.Eingabe{Zuschnitt: &qualitaet.Zuschnitt{Rahmen: qualitaet.Version2016},
				Einschaetzungen: []qualitaet.Einschaetzung{bwSelbst("QD1.T1.Z1", 2)}},
		},
		{
			name: "unknown goal and left-out dimension",
			e: qualitaet.Eingabe{Zuschnitt: &qualitaet.Zuschnitt{Rahmen: qualitaet.Version20, Ausgelassen: []qualitaet.ID{"QD8"}},
				Einschaetzungen: []qualitaet.Einschaetzung{bwSelbst("QD3.T9.Z1", 2), bwSelbst("QD1.T1.Z1", 2), bwSelbst("QD8.T1.Z1", 0)}},
			hinweise: []string{
				"Einschätzung 0 zu QD3.T9.Z1 übergangen: das Entwicklungsziel gibt es im Rahmen qualitaetsrahmen-2.0 nicht",
				"Einschätzung 2 zu QD8.T1.Z1 übergangen: die Dimension QD8 ist laut Zuschnitt vorerst ausgelassen",
			},
			ohneDenen: qualitaet.Eingabe{Zuschnitt: &qualitaet.Zuschnitt{Rahmen: qualitaet.Version20, Ausgelassen: []qualitaet.ID{"QD8"}},
				Einschaetzungen: []qualitaet.Einschaetzung{bwSelbst("QD1.T1.Z1", 2)}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := bwBewerte(t, tt.e)
			assert.Equal(t, tt.hinweise, b.Hinweise)
			ohne := bwBewerte(t, tt.ohneDenen)
			assert.Empty(t, ohne.Hinweise)
			b.Hinweise = nil
			assert.Equal(t, ohne, b, "skipped ratings change nothing else")
		})
	}
}

// TestBewerteFehler: an invalid Regelwerk or a Zuschnitt that does not fit
// is a *schema.ValidierungsFehler with a pointer into its document.
func TestBewerteFehler(t *testing.T) {
	doppelt := bwRegelwerk(bwRegel("r", "QD1.T1.Z1", "netzwerk.akteure.anzahl", qualitaet.Gleich, 1, 2), bwRegel("r", "QD1.T1.Z2", "netzwerk.akteure.anzahl", qualitaet.Gleich, 1, 2))
	tests := []struct {
		name   string
		e      qualitaet.Eingabe
		art    schema.Art
		zeiger string
	}{
		{name: "duplicate rule ID", e: qualitaet.Eingabe{Regelwerk: doppelt}, art: schema.ArtRegelwerk, zeiger: "/regeln/1/id"},
		{name: "unknown focus dimension", e: qualitaet.Eingabe{Zuschnitt: &qualitaet.Zuschnitt{Rahmen: qualitaet.Version20, Schwerpunkte: []qualitaet.ID{"QD11"}}},
			art: schema.ArtZuschnitt, zeiger: "/schwerpunkte/0"},
		{name: "Zuschnitt for another version", e: qualitaet.Eingabe{Rahmen: qualitaet.Standard(), Zuschnitt: &qualitaet.Zuschnitt{Rahmen: qualitaet.Version2016}},
			art: schema.ArtZuschnitt, zeiger: "/rahmen"},
		{name: "QD10 focus under 2016", e: qualitaet.Eingabe{Zuschnitt: &qualitaet.Zuschnitt{Rahmen: qualitaet.Version2016, Schwerpunkte: []qualitaet.ID{"QD10"}}},
			art: schema.ArtZuschnitt, zeiger: "/schwerpunkte/0"},
		{name: "focus and left out", e: qualitaet.Eingabe{Zuschnitt: &qualitaet.Zuschnitt{Rahmen: qualitaet.Version20, Schwerpunkte: []qualitaet.ID{"QD3"}, Ausgelassen: []qualitaet.ID{"QD3"}}},
			art: schema.ArtZuschnitt, zeiger: "/schwerpunkte/0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := qualitaet.Bewerte(tt.e)
			require.Error(t, err)
			assert.Nil(t, b)
			var fe *schema.ValidierungsFehler
			require.True(t, errors.As(err, &fe), "Bewerte error %T is no *schema.ValidierungsFehler", err)
			assert.Equal(t, tt.art, fe.Art)
			require.NotEmpty(t, fe.Verletzungen)
			assert.Equal(t, tt.zeiger, fe.Verletzungen[0].Zeiger)
			assert.ErrorIs(t, err, schema.ErrUngueltig)
		})
	}
}

// TestBewerteNichtEndlicheZahlen: NaN and infinities are no figures. As
// facts they are absent (no rule fires); in a Regelwerk they are invalid.
// Nothing panics.
func TestBewerteNichtEndlicheZahlen(t *testing.T) {
	for _, x := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		t.Run(strconv.FormatFloat(x, 'g', -1, 64), func(t *testing.T) {
			b := bwBewerte(t, qualitaet.Eingabe{Fakten: qualitaet.Fakten{Zahlen: map[string]float64{"netzwerk.sektoren.anzahl": x}}})
			z := bwZiel(t, b, "QD3.T1.Z2")
			assert.Equal(t, qualitaet.QuelleKeine, z.Quelle, "a non-finite fact is absent")

			// A fact that is not a figure does not even count as present.
			rw := bwRegelwerk(qualitaet.Regel{ID: "da", Entwicklungsziel: "QD1.T1.Z1", Fakt: "netzwerk.akteure.anzahl", Grundlage: "Testregel", Operator: qualitaet.Vorhanden, Stufe: 2,
				Begruendung: "da", BegruendungEn: "there"})
			b = bwBewerte(t, qualitaet.Eingabe{Regelwerk: rw, Fakten: qualitaet.Fakten{Zahlen: map[string]float64{"netzwerk.akteure.anzahl": x}}})
			assert.Equal(t, qualitaet.QuelleKeine, bwZiel(t, b, "QD1.T1.Z1").Quelle)

			kaputt := map[string]*qualitaet.Regelwerk{
				"wert": bwRegelwerk(bwRegel("r", "QD1.T1.Z1", "netzwerk.akteure.anzahl", qualitaet.Mindestens, x, 2)),
				"von": bwRegelwerk(qualitaet.Regel{ID: "r", Entwicklungsziel: "QD1.T1.Z1", Fakt: "netzwerk.akteure.anzahl", Grundlage: "Testregel", Operator: qualitaet.Zwischen,
					Von: bwZahl(x), Bis: bwZahl(3), Stufe: 2, Begruendung: "b", BegruendungEn: "b"}),
				"schwerpunktFaktor": func() *qualitaet.Regelwerk {
					rw := bwRegelwerk()
					rw.Aggregation.SchwerpunktFaktor = x
					return rw
				}(),
			}
			for name, rw := range kaputt {
				var fe *schema.ValidierungsFehler
				require.ErrorAs(t, rw.Validate(), &fe, "Validate with %s = %g", name, x)
				_, err := qualitaet.Bewerte(qualitaet.Eingabe{Regelwerk: rw, Fakten: qualitaet.Fakten{Zahlen: map[string]float64{"netzwerk.akteure.anzahl": 2}},
					Zuschnitt: &qualitaet.Zuschnitt{Rahmen: qualitaet.Version20, Schwerpunkte: []qualitaet.ID{"QD1"}}})
				assert.ErrorAs(t, err, &fe, "Bewerte with %s = %g", name, x)
			}
		})
	}
}

// TestBewerteStufeAusserhalbDerSkala: a rating built in code with a level
// off the scale 0–4 must not produce points outside 0–100 or a Bewertung
// that breaks its own schema.
func TestBewerteStufeAusserhalbDerSkala(t *testing.T) {
	for _, s := range []qualitaet.Stufe{-1, 5, 9} {
		t.Run(s.String(), func(t *testing.T) {
			b, err := qualitaet.Bewerte(qualitaet.Eingabe{Zeitpunkt: bwZeitpunkt,
				Einschaetzungen: []qualitaet.Einschaetzung{bwSelbst("QD3.T1.Z1", s)}})
			if err != nil {
				var fe *schema.ValidierungsFehler
				assert.ErrorAs(t, err, &fe, "Bewerte(Stufe %d) error", int(s))
				return
			}
			p := bwDim(t, b, "QD3").Punkte.Oder(0)
			assert.True(t, p >= 0 && p <= 100, "Bewerte(Stufe %d): QD3 Punkte = %g, want 0–100 or an error", int(s), p)
			bwPruefeSchema(t, b)
		})
	}
}

// bwPruefeSchema checks the Bewertung document against bewertung.schema.json.
func bwPruefeSchema(t *testing.T, b *qualitaet.Bewertung) {
	t.Helper()
	data, err := b.Dokument()
	require.NoError(t, err)
	v, err := schema.Standard().Dekodiere(data)
	require.NoError(t, err)
	assert.NoError(t, schema.Standard().Pruefe(schema.ArtBewertung, v), "Bewertung document against its schema")
}

func TestBewertungDokumentSchema(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	for i := range 60 {
		e := bwZufallsEingabe(rng)
		t.Run(strconv.Itoa(i), func(t *testing.T) {
			b := bwBewerte(t, e)
			b.Kommune = "Landkreis Oder-Spree"
			b.Kennzahlen = []qualitaet.Kennzahl{{Name: "kinder.u3", Bezeichnung: "Kinder unter 3", Wert: 4299}}
			b.Luecken = []qualitaet.Luecke{{Art: "sektor-fehlt", Bezeichnung: "Gesundheitswesen fehlt", Details: []string{"gesundheit"}}}
			bwPruefeSchema(t, b)
		})
	}
}

// TestBewerteDeterministisch: the same input gives a deep-equal Bewertung,
// also when 200 inputs are evaluated in parallel sharing catalogue and
// Regelwerk values (run with -race).
func TestBewerteDeterministisch(t *testing.T) {
	rng := rand.New(rand.NewPCG(2026, 6))
	eingaben := make([]qualitaet.Eingabe, 200)
	erwartet := make([]*qualitaet.Bewertung, len(eingaben))
	geteilt := qualitaet.Standard()
	for i := range eingaben {
		eingaben[i] = bwZufallsEingabe(rng)
		if i%3 == 0 && (eingaben[i].Zuschnitt == nil || eingaben[i].Zuschnitt.Rahmen == qualitaet.Version20) {
			eingaben[i].Rahmen = geteilt
		}
		erwartet[i] = bwBewerte(t, eingaben[i])
		assert.Equal(t, erwartet[i], bwBewerte(t, eingaben[i]), "input %d evaluated twice", i)
	}
	got := make([]*qualitaet.Bewertung, len(eingaben))
	errs := make([]error, len(eingaben))
	var wg sync.WaitGroup
	for i := range eingaben {
		wg.Go(func() { got[i], errs[i] = qualitaet.Bewerte(eingaben[i]) })
	}
	wg.Wait()
	for i := range eingaben {
		require.NoError(t, errs[i])
		assert.Equal(t, erwartet[i], got[i], "input %d in parallel", i)
	}
}

// --- the reference implementation ---

// refZiel, refDimension and refErgebnis are what the slow reference
// evaluation computes.
type refZiel struct {
	id     qualitaet.ID
	stufe  *big.Rat // nil: not assessed
	quelle qualitaet.Quelle
	regel  string // ID of the winning rule, "" when none holds
}

type refDimension struct {
	id        qualitaet.ID
	punkte    *big.Rat // rounded to one place; nil when no goal is assessed
	abdeckung *big.Rat // rounded to four places
	ziele     []refZiel
}

type refErgebnis struct {
	dimensionen []refDimension
	punkte      *big.Rat
	abdeckung   *big.Rat
}

// refDezimal is the decimal a weight is written as, as an exact fraction.
func refDezimal(f float64) *big.Rat {
	r, ok := new(big.Rat).SetString(strconv.FormatFloat(f, 'f', -1, 64))
	if !ok {
		panic("refDezimal: " + strconv.FormatFloat(f, 'g', -1, 64))
	}
	return r
}

// refRunde rounds a non-negative x to n places, half away from zero, as
// floor(x·10ⁿ + ½)/10ⁿ.
func refRunde(x *big.Rat, n int) *big.Rat {
	skala := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil))
	y := new(big.Rat).Mul(x, skala)
	y.Add(y, big.NewRat(1, 2))
	ganz := new(big.Int).Quo(y.Num(), y.Denom()) // y ≥ 0: truncation is floor
	return new(big.Rat).Quo(new(big.Rat).SetInt(ganz), skala)
}

func refTrifft(r qualitaet.Regel, f qualitaet.Fakten) bool {
	x, zahl := f.Zahlen[r.Fakt]
	if zahl && (math.IsNaN(x) || math.IsInf(x, 0)) {
		zahl = false
	}
	liste, istListe := f.Listen[r.Fakt]
	switch r.Operator {
	case qualitaet.Vorhanden:
		return zahl || istListe
	case qualitaet.Enthaelt:
		for _, s := range liste {
			if s == r.Text {
				return true
			}
		}
		return false
	case qualitaet.Gleich:
		return zahl && x == *r.Wert
	case qualitaet.Mindestens:
		return zahl && x >= *r.Wert
	case qualitaet.Hoechstens:
		return zahl && x <= *r.Wert
	case qualitaet.Zwischen:
		return zahl && *r.Von <= x && x <= *r.Bis
	}
	return false
}

// refKonsens returns the consensus level of the entries for one goal, or nil.
func refKonsens(es []qualitaet.Einschaetzung, g qualitaet.GeradeAnzahl) *big.Rat {
	var stufen []int
	for i, e := range es {
		ersetzt := false
		for j, spaeter := range es {
			if j != i && e.Person != "" && spaeter.Person == e.Person &&
				(spaeter.Datum.After(e.Datum) || (spaeter.Datum.Equal(e.Datum) && j > i)) {
				ersetzt = true
			}
		}
		if !ersetzt && !e.NichtBeurteilbar {
			stufen = append(stufen, int(e.Stufe))
		}
	}
	if len(stufen) == 0 {
		return nil
	}
	slices.Sort(stufen)
	n := len(stufen)
	if n%2 == 1 {
		return big.NewRat(int64(stufen[n/2]), 1)
	}
	unten, oben := stufen[n/2-1], stufen[n/2]
	switch g {
	case qualitaet.ObererMedian:
		return big.NewRat(int64(oben), 1)
	case qualitaet.MittelDerMitte:
		return big.NewRat(int64(unten+oben), 2)
	}
	return big.NewRat(int64(unten), 1)
}

// referenzBewertung evaluates e the slow way, straight from the rule in the
// doc comment of qualitaet.Aggregation.
func referenzBewertung(e qualitaet.Eingabe) refErgebnis {
	rw := e.Regelwerk
	if rw == nil {
		rw = qualitaet.StandardRegelwerk()
	}
	v := qualitaet.Version20
	if e.Zuschnitt != nil {
		v = e.Zuschnitt.Rahmen
	}
	r, err := qualitaet.RahmenVersion(v)
	if err != nil {
		panic(err)
	}
	var z qualitaet.Zuschnitt
	if e.Zuschnitt != nil {
		z = *e.Zuschnitt
	}
	faktor := refDezimal(1)
	if rw.Aggregation.SchwerpunktFaktor != 0 {
		faktor = refDezimal(rw.Aggregation.SchwerpunktFaktor)
	}
	var out refErgebnis
	gesamtZ, gesamtN, abdZ, abdN := new(big.Rat), new(big.Rat), new(big.Rat), new(big.Rat)
	for _, d := range r.Dimensionen {
		if slices.Contains(z.Ausgelassen, d.ID) {
			continue
		}
		rd := refDimension{id: d.ID}
		summe, bewertet, alle := new(big.Rat), new(big.Rat), new(big.Rat)
		for _, th := range d.Themen {
			ziele := slices.Clone(th.Entwicklungsziele)
			for _, lz := range z.LokaleZiele {
				if lz.ID.Thema() == th.ID {
					ziele = append(ziele, qualitaet.Entwicklungsziel{ID: lz.ID})
				}
			}
			for _, ziel := range ziele {
				w := refDezimal(rw.Gewichte.Entwicklungsziel(ziel.ID))
				alle.Add(alle, w)
				rz := refZiel{id: ziel.ID, quelle: qualitaet.QuelleKeine}
				hoechste := -1
				for _, regel := range rw.Regeln {
					if regel.Entwicklungsziel == ziel.ID && refTrifft(regel, e.Fakten) && int(regel.Stufe) > hoechste {
						hoechste = int(regel.Stufe)
					}
				}
				for _, regel := range rw.Regeln {
					if regel.Entwicklungsziel == ziel.ID && refTrifft(regel, e.Fakten) && int(regel.Stufe) == hoechste {
						rz.regel = regel.ID
						break
					}
				}
				var eigene []qualitaet.Einschaetzung
				for _, es := range e.Einschaetzungen {
					if es.Entwicklungsziel == ziel.ID {
						eigene = append(eigene, es)
					}
				}
				if k := refKonsens(eigene, rw.Aggregation.GeradeAnzahl); k != nil {
					rz.stufe, rz.quelle = k, qualitaet.QuelleSelbst
				} else if hoechste >= 0 {
					rz.stufe, rz.quelle = big.NewRat(int64(hoechste), 1), qualitaet.QuelleRegel
				}
				if rz.stufe != nil {
					bewertet.Add(bewertet, w)
					summe.Add(summe, new(big.Rat).Mul(w, new(big.Rat).Quo(rz.stufe, big.NewRat(4, 1))))
				}
				rd.ziele = append(rd.ziele, rz)
			}
		}
		W := refDezimal(rw.Gewichte.Dimension(d.ID))
		if slices.Contains(z.Schwerpunkte, d.ID) {
			W.Mul(W, faktor)
		}
		abdeckung := new(big.Rat).Quo(bewertet, alle)
		rd.abdeckung = refRunde(abdeckung, 4)
		abdZ.Add(abdZ, new(big.Rat).Mul(W, abdeckung))
		abdN.Add(abdN, W)
		if bewertet.Sign() > 0 {
			p := new(big.Rat).Mul(big.NewRat(100, 1), new(big.Rat).Quo(summe, bewertet))
			rd.punkte = refRunde(p, 1)
			gesamtZ.Add(gesamtZ, new(big.Rat).Mul(W, p))
			gesamtN.Add(gesamtN, W)
		}
		out.dimensionen = append(out.dimensionen, rd)
	}
	if gesamtN.Sign() > 0 {
		out.punkte = refRunde(new(big.Rat).Quo(gesamtZ, gesamtN), 1)
	}
	out.abdeckung = new(big.Rat)
	if abdN.Sign() > 0 {
		out.abdeckung = refRunde(new(big.Rat).Quo(abdZ, abdN), 4)
	}
	return out
}

func refText(r *big.Rat) string {
	if r == nil {
		return "k. A."
	}
	f, _ := r.Float64()
	return strconv.FormatFloat(f, 'f', -1, 64)
}

func bwWertText(w qualitaet.Wert) string {
	f, ok := w.Zahl()
	if !ok {
		return "k. A."
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// TestBewerteReferenz compares the engine with the reference evaluation on
// many generated inputs.
func TestBewerteReferenz(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	n := 600
	if testing.Short() {
		n = 100
	}
	for i := range n {
		e := bwZufallsEingabe(rng)
		want := referenzBewertung(e)
		got := bwBewerte(t, e)
		if !assert.Len(t, got.Dimensionen, len(want.dimensionen), "input %d: dimensions", i) {
			continue
		}
		for j, wd := range want.dimensionen {
			gd := got.Dimensionen[j]
			assert.Equal(t, wd.id, gd.ID, "input %d: dimension %d", i, j)
			assert.Equal(t, refText(wd.punkte), bwWertText(gd.Punkte), "input %d: %s Punkte", i, wd.id)
			assert.Equal(t, refText(wd.abdeckung), strconv.FormatFloat(gd.Abdeckung, 'f', -1, 64), "input %d: %s Abdeckung", i, wd.id)
			if !assert.Len(t, gd.Entwicklungsziele, len(wd.ziele), "input %d: goals of %s", i, wd.id) {
				continue
			}
			for k, wz := range wd.ziele {
				gz := gd.Entwicklungsziele[k]
				assert.Equal(t, wz.id, gz.ID, "input %d: goal %d of %s", i, k, wd.id)
				assert.Equal(t, refText(wz.stufe), bwWertText(gz.Stufe), "input %d: %s Stufe", i, wz.id)
				assert.Equal(t, wz.quelle, gz.Quelle, "input %d: %s Quelle", i, wz.id)
				regel := ""
				if gz.Vorbewertung != nil {
					regel = gz.Vorbewertung.Regel
				}
				assert.Equal(t, wz.regel, regel, "input %d: %s Vorbewertung", i, wz.id)
				if wz.stufe == nil {
					assert.False(t, gz.Stufe.Gesetzt(), "input %d: not assessed %s must not be 0", i, wz.id)
				}
			}
		}
		assert.Equal(t, refText(want.punkte), bwWertText(got.Gesamt.Punkte), "input %d: Gesamt Punkte", i)
		assert.Equal(t, refText(want.abdeckung), strconv.FormatFloat(got.Gesamt.Abdeckung, 'f', -1, 64), "input %d: Gesamt Abdeckung", i)
		if t.Failed() {
			t.Logf("first failing input %d: %+v", i, e)
			return
		}
	}
}

// --- generated inputs ---

var (
	bwGewichte  = []float64{0.1, 0.25, 0.5, 0.7, 1, 1.5, 2, 3, 12.5}
	bwFaktoren  = []float64{0, 1, 1.5, 2, 3}
	bwWerte     = []float64{0, 1, 2, 2.5, 3, 4, 5, 7}
	bwTexte     = []string{"x", "y", "z"}
	bwPersonen  = []string{"", "", "A", "B", "C", "D"}
	bwSektoren  = []string{"", "gesundheit", "kinder-und-jugendhilfe", "bildung"}
	bwTage      = []string{"2025-11-30", "2026-03-01", "2026-03-01", "2026-06-15"}
	bwOperatore = []qualitaet.Operator{qualitaet.Vorhanden, qualitaet.Gleich, qualitaet.Mindestens, qualitaet.Hoechstens, qualitaet.Zwischen, qualitaet.Enthaelt}
	bwGerade    = []qualitaet.GeradeAnzahl{"", qualitaet.UntererMedian, qualitaet.ObererMedian, qualitaet.MittelDerMitte}
)

func bwWahl[T any](rng *rand.Rand, xs []T) T { return xs[rng.IntN(len(xs))] }

// bwZufallsEingabe draws an input: catalogue version, Zuschnitt (focus,
// left-out dimensions, local goals), Regelwerk (standard, or random weights,
// rules and aggregation), facts and ratings (several raters, repeated
// persons, "nicht beurteilbar", goals the catalogue lacks), language.
func bwZufallsEingabe(rng *rand.Rand) qualitaet.Eingabe {
	var e qualitaet.Eingabe
	v := qualitaet.Version20
	if rng.IntN(5) == 0 {
		v = qualitaet.Version2016
	}
	r, err := qualitaet.RahmenVersion(v)
	if err != nil {
		panic(err)
	}
	var ziele []qualitaet.ID
	if rng.IntN(5) < 3 || v == qualitaet.Version2016 {
		z := &qualitaet.Zuschnitt{Rahmen: v}
		for _, d := range r.Dimensionen {
			switch n := rng.IntN(10); {
			case n == 0:
				z.Ausgelassen = append(z.Ausgelassen, d.ID)
			case n < 3:
				z.Schwerpunkte = append(z.Schwerpunkte, d.ID)
			}
		}
		for range rng.IntN(3) {
			d := bwWahl(rng, r.Dimensionen)
			if slices.Contains(z.Ausgelassen, d.ID) {
				continue
			}
			th := bwWahl(rng, d.Themen)
			id := qualitaet.ID(fmt.Sprintf("%s.L%d", th.ID, len(z.LokaleZiele)+1))
			z.LokaleZiele = append(z.LokaleZiele, qualitaet.LokalesZiel{ID: id, Ebene: qualitaet.Strategisch,
				Bereich: qualitaet.BereichNetzwerk, Text: "lokales Ziel " + string(id)})
			ziele = append(ziele, id)
		}
		e.Zuschnitt = z
	}
	for _, z := range r.Entwicklungsziele() {
		ziele = append(ziele, z.ID)
	}
	fakten := []string{"netzwerk.akteure.anzahl", "netzwerk.treffen.anzahl", "netzwerk.alter.jahre"}
	listen := []string{"netzwerk.sektoren.fehlend"}
	if rng.IntN(10) < 3 {
		for _, regel := range qualitaet.StandardRegelwerk().Regeln {
			if regel.Operator == qualitaet.Enthaelt {
				listen = append(listen, regel.Fakt)
			} else {
				fakten = append(fakten, regel.Fakt)
			}
		}
	} else {
		rw := bwRegelwerk()
		for _, d := range r.Dimensionen {
			if rng.IntN(3) == 0 {
				if rw.Gewichte.Dimensionen == nil {
					rw.Gewichte.Dimensionen = map[qualitaet.ID]float64{}
				}
				rw.Gewichte.Dimensionen[d.ID] = bwWahl(rng, bwGewichte)
			}
		}
		for _, id := range ziele {
			if rng.IntN(6) == 0 {
				if rw.Gewichte.Entwicklungsziele == nil {
					rw.Gewichte.Entwicklungsziele = map[qualitaet.ID]float64{}
				}
				rw.Gewichte.Entwicklungsziele[id] = bwWahl(rng, bwGewichte)
			}
		}
		for i := range rng.IntN(25) {
			regel := qualitaet.Regel{ID: fmt.Sprintf("r%d", i), Entwicklungsziel: bwWahl(rng, ziele), Grundlage: "Testregel",
				Operator: bwWahl(rng, bwOperatore), Stufe: qualitaet.Stufe(rng.IntN(5)),
				Begruendung: "{fakt}: {wert} ({schwelle})", BegruendungEn: "{fakt}: {wert} ({schwelle})"}
			if rng.IntN(4) == 0 {
				regel.Entwicklungsziel = ziele[rng.IntN(min(len(ziele), 6))] // several rules per goal
			}
			switch regel.Operator {
			case qualitaet.Enthaelt:
				regel.Fakt, regel.Text = bwWahl(rng, listen), bwWahl(rng, bwTexte)
			case qualitaet.Vorhanden:
				regel.Fakt = bwWahl(rng, append(slices.Clone(fakten), listen...))
			case qualitaet.Zwischen:
				a, b := bwWahl(rng, bwWerte), bwWahl(rng, bwWerte)
				regel.Fakt, regel.Von, regel.Bis = bwWahl(rng, fakten), bwZahl(min(a, b)), bwZahl(max(a, b))
			default:
				regel.Fakt, regel.Wert = bwWahl(rng, fakten), bwZahl(bwWahl(rng, bwWerte))
			}
			rw.Regeln = append(rw.Regeln, regel)
		}
		rw.Aggregation = qualitaet.Aggregation{SchwerpunktFaktor: bwWahl(rng, bwFaktoren), GeradeAnzahl: bwWahl(rng, bwGerade),
			DivergenzSchwelle: rng.IntN(5), Prioritaeten: rng.IntN(20)}
		e.Regelwerk = rw
	}
	e.Fakten = qualitaet.Fakten{Zahlen: map[string]float64{}, Listen: map[string][]string{}}
	for _, f := range fakten {
		if rng.IntN(10) < 7 {
			e.Fakten.Zahlen[f] = bwWahl(rng, bwWerte) * float64(1+rng.IntN(3))
		}
	}
	for _, f := range listen {
		if rng.IntN(2) == 0 {
			var l []string
			kandidaten := slices.Clone(bwTexte)
			for _, id := range ziele[:4] {
				kandidaten = append(kandidaten, string(id))
			}
			for _, s := range kandidaten {
				if rng.IntN(2) == 0 {
					l = append(l, s)
				}
			}
			e.Fakten.Listen[f] = l
		}
	}
	// Ratings concentrate on a few goals so that several raters meet.
	pool := make([]qualitaet.ID, 8)
	for i := range pool {
		pool[i] = bwWahl(rng, ziele)
	}
	pool = append(pool, "QD10.T1.Z1", "QD3.T7.Z1")
	for range rng.IntN(40) {
		es := qualitaet.Einschaetzung{Entwicklungsziel: bwWahl(rng, pool), StufeGesetzt: true, Stufe: qualitaet.Stufe(rng.IntN(5)),
			Datum: bwDatum(bwWahl(rng, bwTage)), Person: bwWahl(rng, bwPersonen), Sektor: bwWahl(rng, bwSektoren)}
		if rng.IntN(7) == 0 {
			es.NichtBeurteilbar, es.Stufe = true, 0
		}
		e.Einschaetzungen = append(e.Einschaetzungen, es)
	}
	if rng.IntN(2) == 0 {
		e.Sprache = language.English
	}
	e.Zeitpunkt = bwZeitpunkt
	return e
}

// TestBewerteNieNull: over generated inputs, a goal without level has
// source "keine", a dimension without assessed goal has no points, and
// points and coverage stay in range.
func TestBewerteNieNull(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	for i := range 200 {
		b := bwBewerte(t, bwZufallsEingabe(rng))
		for _, d := range b.Dimensionen {
			bewertet := 0
			for _, z := range d.Entwicklungsziele {
				if z.Stufe.Gesetzt() {
					bewertet++
					assert.NotEqual(t, qualitaet.QuelleKeine, z.Quelle, "input %d: %s", i, z.ID)
				} else {
					assert.Equal(t, qualitaet.QuelleKeine, z.Quelle, "input %d: %s", i, z.ID)
					assert.Empty(t, z.Bezeichnung, "input %d: %s", i, z.ID)
				}
			}
			assert.Equal(t, bewertet > 0, d.Punkte.Gesetzt(), "input %d: %s Punkte = %s with %d goals assessed", i, d.ID, d.Punkte, bewertet)
			assert.Equal(t, bewertet == 0, d.Abdeckung == 0, "input %d: %s Abdeckung = %g", i, d.ID, d.Abdeckung)
			p := d.Punkte.Oder(0)
			assert.True(t, p >= 0 && p <= 100, "input %d: %s Punkte = %g", i, d.ID, p)
			assert.True(t, d.Abdeckung >= 0 && d.Abdeckung <= 1, "input %d: %s Abdeckung = %g", i, d.ID, d.Abdeckung)
		}
	}
}

// TestBewerteWoherDieZahlen checks what a Bewertung says about where its
// numbers come from: the profile's note on its data, the Regelwerk's
// provenance and note, the rule for an even count by name, and how many
// goals rest on the network's own ratings and how many on rules.
func TestBewerteWoherDieZahlen(t *testing.T) {
	tests := []struct {
		name       string
		gerade     qualitaet.GeradeAnzahl
		wantRegel  string
		wantStufe  string
		wantGrund0 string
	}{
		{"default: lower median", "", "unterer", "1", "Selbsteinschätzung von 2 Personen (Stufen 1, 2); Ergebnis der Einschätzungen (unterer Median): 1"},
		{"upper median", qualitaet.ObererMedian, "oberer", "2", "Selbsteinschätzung von 2 Personen (Stufen 1, 2); Ergebnis der Einschätzungen (oberer Median): 2"},
		{"mean", qualitaet.MittelDerMitte, "mittelwert", "1.5", "Selbsteinschätzung von 2 Personen (Stufen 1, 2); Ergebnis der Einschätzungen (Mittelwert der beiden mittleren): 1,5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rw := bwRegelwerk(bwRegel("r1", "QD1.T1.Z1", "netzwerk.sektoren.anzahl", qualitaet.Mindestens, 1, 2))
			rw.Herkunft, rw.Hinweis = qualitaet.HerkunftErgaenzt, "Vorschlag dieser Bibliothek"
			rw.Aggregation.GeradeAnzahl = tt.gerade
			b := bwBewerte(t, qualitaet.Eingabe{
				Regelwerk: rw, Datenhinweis: "Beispieldaten",
				Fakten: qualitaet.Fakten{Zahlen: map[string]float64{"netzwerk.sektoren.anzahl": 5}},
				Einschaetzungen: []qualitaet.Einschaetzung{
					bwPerson("QD3.T1.Z1", 1, "A", ""), bwPerson("QD3.T1.Z1", 2, "B", ""), bwSelbst("QD3.T1.Z2", 3),
				},
			})
			assert.Equal(t, "Beispieldaten", b.Datenhinweis)
			assert.Equal(t, qualitaet.HerkunftErgaenzt, b.Regelwerk.Herkunft)
			assert.Equal(t, "Vorschlag dieser Bibliothek", b.Regelwerk.Hinweis)
			assert.Equal(t, tt.wantRegel, string(b.Regelwerk.GeradeAnzahl))
			assert.Equal(t, qualitaet.QuellenAnzahl{Entwicklungsziele: 69, Selbsteinschaetzung: 2, Regel: 1}, b.Quellen)
			assert.False(t, b.Quellen.NurVorbewertung())
			z := bwZiel(t, b, "QD3.T1.Z1")
			assert.Equal(t, tt.wantStufe, z.Stufe.String())
			assert.Equal(t, []string{tt.wantGrund0}, z.Begruendung)
			// Level 3 is "below the top level", never "low".
			for _, p := range b.Prioritaeten {
				if p.Entwicklungsziel == "QD3.T1.Z2" {
					assert.Equal(t, "unter der höchsten Stufe: steht auf Stufe 3 „weitgehend umgesetzt“", p.Begruendung)
				}
				assert.NotContains(t, p.Begruendung, "niedrig")
			}
		})
	}

	// Rules only: a pre-assessment, not a score of the network.
	rw := bwRegelwerk(bwRegel("r1", "QD1.T1.Z1", "netzwerk.sektoren.anzahl", qualitaet.Mindestens, 1, 2))
	b := bwBewerte(t, qualitaet.Eingabe{Regelwerk: rw, Fakten: qualitaet.Fakten{Zahlen: map[string]float64{"netzwerk.sektoren.anzahl": 5}}})
	assert.Equal(t, qualitaet.QuellenAnzahl{Entwicklungsziele: 69, Regel: 1}, b.Quellen)
	assert.True(t, b.Quellen.NurVorbewertung())
	require.Len(t, b.Prioritaeten, 1)
	assert.Equal(t, "unter der höchsten Stufe: aus Strukturdaten vorbewertet mit Stufe 2 „in Umsetzung“, noch ohne Selbsteinschätzung",
		b.Prioritaeten[0].Begruendung)
	assert.Empty(t, b.Datenhinweis)
	assert.False(t, (qualitaet.QuellenAnzahl{Entwicklungsziele: 65}).NurVorbewertung(), "nothing assessed is no pre-assessment")
}

// TestBewerteVergesseneStufe: a rating built in code whose level was never
// set is refused with its pointer, never read as level 0; level 0 set on
// purpose counts.
func TestBewerteVergesseneStufe(t *testing.T) {
	vergessen := qualitaet.Einschaetzung{Entwicklungsziel: "QD3.T1.Z1", Datum: bwDatum("2026-03-01"), Person: "A"}
	_, err := qualitaet.Bewerte(qualitaet.Eingabe{Einschaetzungen: []qualitaet.Einschaetzung{vergessen}})
	var vf *schema.ValidierungsFehler
	require.ErrorAs(t, err, &vf)
	require.Len(t, vf.Verletzungen, 1)
	assert.Equal(t, "/einschaetzungen/0/stufe", vf.Verletzungen[0].Zeiger)
	assert.Contains(t, vf.Verletzungen[0].Meldung, "Stufe fehlt")
	assert.Contains(t, vf.Verletzungen[0].Message, "level is missing")

	null, err := qualitaet.NeueEinschaetzung("QD3.T1.Z1", 0, bwDatum("2026-03-01"))
	require.NoError(t, err)
	b := bwBewerte(t, qualitaet.Eingabe{Einschaetzungen: []qualitaet.Einschaetzung{null}})
	z := bwZiel(t, b, "QD3.T1.Z1")
	assert.Equal(t, "0", z.Stufe.String(), "level 0 set on purpose counts")

	nb := qualitaet.Einschaetzung{Entwicklungsziel: "QD3.T1.Z1", Datum: bwDatum("2026-03-01"), NichtBeurteilbar: true}
	b = bwBewerte(t, qualitaet.Eingabe{Einschaetzungen: []qualitaet.Einschaetzung{nb}})
	assert.False(t, bwZiel(t, b, "QD3.T1.Z1").Stufe.Gesetzt(), "nicht beurteilbar is no level")
}
