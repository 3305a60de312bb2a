package qualitaet_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	q "github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

const oderSpreeZuschnitt = "../testdata/zuschnitt/oder-spree.json"

// zuschnittBeispiel is the Zuschnitt of the tests: focus QD3 and QD5, QD9
// and QD10 left out, one local goal under QD3.T1, two indicators.
func zuschnittBeispiel() *q.Zuschnitt {
	return &q.Zuschnitt{
		Rahmen:       q.Version20,
		Schwerpunkte: []q.ID{"QD3", "QD5"},
		Ausgelassen:  []q.ID{"QD10", "QD9"},
		LokaleZiele: []q.LokalesZiel{{
			ID: "QD3.T1.L1", Ebene: q.Operativ, Bereich: q.BereichNetzwerk,
			Text:        "Das Gesundheitswesen ist über das Gesunde-Kinder-Netzwerk eingebunden.",
			Begruendung: "Flächenkreis",
		}},
		Indikatoren: []q.LokalerIndikator{
			{ID: "gkn", Entwicklungsziel: "QD3.T1.L1", Name: "Regionalnetzwerke mit Gesunde-Kinder-Netzwerk"},
			{ID: "steuerung", Entwicklungsziel: "QD3.T1.Z4", Name: "Sitzungen der Steuerungsgruppe"},
		},
	}
}

// kopiereZuschnitt returns a deep copy of z.
func kopiereZuschnitt(z q.Zuschnitt) q.Zuschnitt {
	z.Schwerpunkte = slices.Clone(z.Schwerpunkte)
	z.Ausgelassen = slices.Clone(z.Ausgelassen)
	z.LokaleZiele = slices.Clone(z.LokaleZiele)
	z.Indikatoren = slices.Clone(z.Indikatoren)
	return z
}

func TestZuschneiden(t *testing.T) {
	r := q.Standard()
	z := zuschnittBeispiel()
	out, err := r.Zuschneiden(z)
	require.NoError(t, err)

	var dims []q.ID
	var schwerpunkte []q.ID
	for _, d := range out.Dimensionen {
		dims = append(dims, d.ID)
		if d.Schwerpunkt {
			schwerpunkte = append(schwerpunkte, d.ID)
		}
	}
	assert.Equal(t, []q.ID{"QD1", "QD2", "QD3", "QD4", "QD5", "QD6", "QD7", "QD8"}, dims, "left-out dimensions are dropped, order kept")
	assert.Equal(t, []q.ID{"QD3", "QD5"}, schwerpunkte)
	assert.False(t, out.Enthaelt("QD9"))
	assert.False(t, out.Enthaelt("QD10.T1.Z1"))
	_, ok := out.Dimension("QD10")
	assert.False(t, ok)

	th, ok := out.Thema("QD3.T1")
	require.True(t, ok)
	var ziele []q.ID
	for _, e := range th.Entwicklungsziele {
		ziele = append(ziele, e.ID)
	}
	assert.Equal(t, []q.ID{"QD3.T1.Z1", "QD3.T1.Z2", "QD3.T1.Z3", "QD3.T1.Z4", "QD3.T1.L1"}, ziele, "local goals come after the catalogue's")

	lokal, ok := out.Entwicklungsziel("QD3.T1.L1")
	require.True(t, ok)
	assert.Equal(t, q.Entwicklungsziel{
		ID: "QD3.T1.L1", Ebene: q.Operativ, Bereich: q.BereichNetzwerk,
		Text:     "Das Gesundheitswesen ist über das Gesunde-Kinder-Netzwerk eingebunden.",
		Herkunft: q.HerkunftLokal, EbeneHerkunft: q.HerkunftLokal, Begruendung: "Flächenkreis",
		Indikatoren: []q.LokalerIndikator{z.Indikatoren[0]},
	}, *lokal)
	z4, ok := out.Entwicklungsziel("QD3.T1.Z4")
	require.True(t, ok)
	assert.Equal(t, []q.LokalerIndikator{z.Indikatoren[1]}, z4.Indikatoren)
	assert.Equal(t, q.HerkunftNZFH, z4.Herkunft)
	n := 0
	for _, e := range out.Entwicklungsziele() {
		n += len(e.Indikatoren)
	}
	assert.Equal(t, 2, n, "indicators are attached to their goals only")

	assert.Equal(t, "qualitaetsrahmen-2.0", out.Basis)
	assert.Equal(t, "qualitaetsrahmen-2.0", out.ID)
	assert.Equal(t, q.Version20, out.Version)
	require.NotNil(t, out.Zuschnitt)
	assert.Equal(t, *z, *out.Zuschnitt)

	// r and z stay as they were; the result keeps its own copy of z.
	assert.Equal(t, q.Standard(), r, "Zuschneiden does not change r")
	assert.Equal(t, zuschnittBeispiel(), z, "Zuschneiden does not change z")
	z.Schwerpunkte[0] = "QD1"
	z.LokaleZiele[0].Text = "geändert"
	assert.Equal(t, q.ID("QD3"), out.Zuschnitt.Schwerpunkte[0])
	assert.Equal(t, "Das Gesundheitswesen ist über das Gesunde-Kinder-Netzwerk eingebunden.", out.Zuschnitt.LokaleZiele[0].Text)
	lokal.Indikatoren[0].Name = "geändert"
	assert.Equal(t, "Regionalnetzwerke mit Gesunde-Kinder-Netzwerk", out.Zuschnitt.Indikatoren[0].Name)
}

func TestZuschneidenDeterministisch(t *testing.T) {
	a, err := q.Standard().Zuschneiden(zuschnittBeispiel())
	require.NoError(t, err)
	for range 5 {
		b, err := q.Standard().Zuschneiden(zuschnittBeispiel())
		require.NoError(t, err)
		assert.Equal(t, a, b)
		assert.Equal(t, a.Provenienz(), b.Provenienz())
	}
}

func TestZuschneidenNil(t *testing.T) {
	r := q.Standard()
	c, err := r.Zuschneiden(nil)
	require.NoError(t, err)
	assert.NotSame(t, r, c)
	assert.Equal(t, r, c)
	c.Dimensionen[0].Titel = "geändert"
	assert.Equal(t, "Grundidee", r.Dimensionen[0].Titel)
}

func TestZuschneidenZweimal(t *testing.T) {
	erst, err := q.Standard().Zuschneiden(zuschnittBeispiel())
	require.NoError(t, err)
	zweit, err := erst.Zuschneiden(&q.Zuschnitt{Rahmen: q.Version20, Ausgelassen: []q.ID{"QD1"}})
	require.NoError(t, err)
	assert.Equal(t, "qualitaetsrahmen-2.0", zweit.Basis, "the base stays the published catalogue")
	assert.False(t, zweit.Enthaelt("QD1"))
	assert.True(t, zweit.Enthaelt("QD3.T1.L1"), "local goals of the first Zuschnitt remain")
	assert.Equal(t, &q.Zuschnitt{Rahmen: q.Version20, Ausgelassen: []q.ID{"QD1"}}, zweit.Zuschnitt)
}

func TestProvenienz(t *testing.T) {
	r := q.Standard()
	p := r.Provenienz()
	require.Len(t, p, 107)
	for _, x := range p {
		assert.Equal(t, "qualitaetsrahmen-2.0", x.Quelle, "%s", x.ID)
		assert.NotEqual(t, q.HerkunftLokal, x.Herkunft)
	}
	assert.Equal(t, q.Provenienz{ID: "QD1", Quelle: "qualitaetsrahmen-2.0", Herkunft: q.HerkunftNZFH}, p[0])

	out, err := r.Zuschneiden(zuschnittBeispiel())
	require.NoError(t, err)
	p = out.Provenienz()
	// QD1–QD8: 8 dimensions, 21 Themen, 55 goals, plus one local goal.
	require.Len(t, p, 85)
	var ids []q.ID
	for _, x := range p {
		ids = append(ids, x.ID)
	}
	i := slices.Index(ids, "QD3.T1.L1")
	require.Positive(t, i)
	assert.Equal(t, []q.Provenienz{
		{ID: "QD3.T1.Z4", Quelle: "qualitaetsrahmen-2.0", Herkunft: q.HerkunftNZFH},
		{ID: "QD3.T1.L1", Quelle: "lokal", Herkunft: q.HerkunftLokal},
		{ID: "QD3.T2", Quelle: "qualitaetsrahmen-2.0", Herkunft: q.HerkunftNZFH},
	}, p[i-1:i+2])
	j := slices.Index(ids, "QD5.T2")
	require.Positive(t, j)
	assert.Equal(t, q.Provenienz{ID: "QD5.T2", Quelle: "qualitaetsrahmen-2.0", Herkunft: q.HerkunftAbgeleitet}, p[j])
	lokale := 0
	for _, x := range p {
		if x.Quelle == "lokal" {
			lokale++
		}
	}
	assert.Equal(t, 1, lokale)
}

func TestPruefeZuschnitt(t *testing.T) {
	gueltigesZiel := q.LokalesZiel{ID: "QD3.T1.L1", Ebene: q.Operativ, Bereich: q.BereichNetzwerk, Text: "Lokal."}
	mitZiel := func(id q.ID) q.LokalesZiel { z := gueltigesZiel; z.ID = id; return z }
	tests := []struct {
		name string
		z    q.Zuschnitt
		want []schema.Verletzung
	}{
		{"valid", *zuschnittBeispiel(), nil},
		{"empty", q.Zuschnitt{Rahmen: q.Version20}, nil},
		{"indicator for a local goal", q.Zuschnitt{Rahmen: q.Version20, LokaleZiele: []q.LokalesZiel{gueltigesZiel},
			Indikatoren: []q.LokalerIndikator{{ID: "a", Entwicklungsziel: "QD3.T1.L1", Name: "a"}}}, nil},
		{"version mismatch", q.Zuschnitt{Rahmen: q.Version2016}, []schema.Verletzung{
			{Zeiger: "/rahmen", Regel: "rahmen", Meldung: "Zuschnitt für Version 2016 passt nicht zum Rahmen der Version 2.0",
				Message: "Zuschnitt for version 2016 does not fit the catalogue of version 2.0"}}},
		{"unknown focus dimension", q.Zuschnitt{Rahmen: q.Version20, Schwerpunkte: []q.ID{"QD3", "QD11"}}, []schema.Verletzung{
			{Zeiger: "/schwerpunkte/1", Regel: "verweis", Meldung: "Dimension QD11 gibt es im Rahmen nicht",
				Message: "dimension QD11 does not exist in the catalogue"}}},
		{"a Thema is no dimension", q.Zuschnitt{Rahmen: q.Version20, Ausgelassen: []q.ID{"QD3.T1"}}, []schema.Verletzung{
			{Zeiger: "/ausgelassen/0", Regel: "verweis", Meldung: "Dimension QD3.T1 gibt es im Rahmen nicht",
				Message: "dimension QD3.T1 does not exist in the catalogue"}}},
		{"focus also left out", q.Zuschnitt{Rahmen: q.Version20, Schwerpunkte: []q.ID{"QD3", "QD5"}, Ausgelassen: []q.ID{"QD5"}}, []schema.Verletzung{
			{Zeiger: "/schwerpunkte/1", Regel: "widerspruch", Meldung: "Dimension QD5 ist zugleich Schwerpunkt und ausgelassen",
				Message: "dimension QD5 is both a focus and left out"}}},
		{"local goal with a catalogue ID", q.Zuschnitt{Rahmen: q.Version20, LokaleZiele: []q.LokalesZiel{mitZiel("QD3.T1.Z9")}}, []schema.Verletzung{
			{Zeiger: "/lokaleZiele/0/id", Regel: "id", Meldung: `ID "QD3.T1.Z9" ist keine gültige ID für: lokales Entwicklungsziel`,
				Message: `ID "QD3.T1.Z9" is not a valid ID for: lokales Entwicklungsziel`}}},
		{"local goal with a broken ID", q.Zuschnitt{Rahmen: q.Version20, LokaleZiele: []q.LokalesZiel{mitZiel("QD3.T1.L0")}}, []schema.Verletzung{
			{Zeiger: "/lokaleZiele/0/id", Regel: "id", Meldung: `ID "QD3.T1.L0" ist keine gültige ID für: lokales Entwicklungsziel`,
				Message: `ID "QD3.T1.L0" is not a valid ID for: lokales Entwicklungsziel`}}},
		{"local goal under an unknown Thema", q.Zuschnitt{Rahmen: q.Version20, LokaleZiele: []q.LokalesZiel{mitZiel("QD3.T9.L1")}}, []schema.Verletzung{
			{Zeiger: "/lokaleZiele/0/id", Regel: "verweis", Meldung: "lokales Entwicklungsziel QD3.T9.L1: Thema QD3.T9 gibt es im Rahmen nicht",
				Message: "local Entwicklungsziel QD3.T9.L1: Thema QD3.T9 does not exist in the catalogue"}}},
		{"local goal in a left-out dimension", q.Zuschnitt{Rahmen: q.Version20, Ausgelassen: []q.ID{"QD9"}, LokaleZiele: []q.LokalesZiel{mitZiel("QD9.T1.L1")}}, []schema.Verletzung{
			{Zeiger: "/lokaleZiele/0/id", Regel: "widerspruch", Meldung: "lokales Entwicklungsziel QD9.T1.L1 liegt in der ausgelassenen Dimension QD9",
				Message: "local Entwicklungsziel QD9.T1.L1 lies in the left-out dimension QD9"}}},
		{"duplicate local goal", q.Zuschnitt{Rahmen: q.Version20, LokaleZiele: []q.LokalesZiel{gueltigesZiel, mitZiel("QD3.T1.L2"), gueltigesZiel}}, []schema.Verletzung{
			{Zeiger: "/lokaleZiele/2/id", Regel: "eindeutig", Meldung: "lokales Entwicklungsziel QD3.T1.L1 kommt doppelt vor",
				Message: "local Entwicklungsziel QD3.T1.L1 occurs twice"}}},
		{"local goal without Ebene, Bereich, text", q.Zuschnitt{Rahmen: q.Version20, LokaleZiele: []q.LokalesZiel{{ID: "QD3.T1.L1", Ebene: "taktisch"}}}, []schema.Verletzung{
			{Zeiger: "/lokaleZiele/0/bereich", Regel: "enum", Meldung: `unbekannter Bereich ""`, Message: `unknown Bereich ""`},
			{Zeiger: "/lokaleZiele/0/ebene", Regel: "enum", Meldung: `unbekannte Ebene "taktisch"`, Message: `unknown Ebene "taktisch"`},
			{Zeiger: "/lokaleZiele/0/text", Regel: "minLength", Meldung: "Text fehlt", Message: "text is missing"}}},
		{"duplicate indicator", q.Zuschnitt{Rahmen: q.Version20, Indikatoren: []q.LokalerIndikator{
			{ID: "a", Entwicklungsziel: "QD3.T1.Z1", Name: "a"}, {ID: "b", Entwicklungsziel: "QD3.T1.Z1", Name: "b"}, {ID: "a", Entwicklungsziel: "QD3.T1.Z2", Name: "c"}}}, []schema.Verletzung{
			{Zeiger: "/indikatoren/2/id", Regel: "eindeutig", Meldung: `Indikator-ID "a" kommt doppelt vor`, Message: `indicator ID "a" occurs twice`}}},
		{"indicator for an unknown goal", q.Zuschnitt{Rahmen: q.Version20, Indikatoren: []q.LokalerIndikator{
			{ID: "a", Entwicklungsziel: "QD3.T1.Z9", Name: "a"}, {ID: "b", Entwicklungsziel: "QD3.T1.L1", Name: "b"}}}, []schema.Verletzung{
			{Zeiger: "/indikatoren/0/entwicklungsziel", Regel: "verweis", Meldung: "Entwicklungsziel QD3.T1.Z9 gibt es weder im Rahmen noch als lokales Ziel",
				Message: "Entwicklungsziel QD3.T1.Z9 exists neither in the catalogue nor as a local goal"},
			{Zeiger: "/indikatoren/1/entwicklungsziel", Regel: "verweis", Meldung: "Entwicklungsziel QD3.T1.L1 gibt es weder im Rahmen noch als lokales Ziel",
				Message: "Entwicklungsziel QD3.T1.L1 exists neither in the catalogue nor as a local goal"}}},
		{"indicator in a left-out dimension", q.Zuschnitt{Rahmen: q.Version20, Ausgelassen: []q.ID{"QD9"}, Indikatoren: []q.LokalerIndikator{
			{ID: "a", Entwicklungsziel: "QD9.T1.Z1", Name: "a"}}}, []schema.Verletzung{
			{Zeiger: "/indikatoren/0/entwicklungsziel", Regel: "widerspruch", Meldung: "Indikator für QD9.T1.Z1 liegt in einer ausgelassenen Dimension",
				Message: "indicator for QD9.T1.Z1 lies in a left-out dimension"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := q.Standard()
			vs := q.PruefeZuschnitt(r, &tt.z, "")
			schema.Sortiere(vs)
			assert.Equal(t, tt.want, vs)

			// Inside a profile the pointers get the prefix.
			mit := q.PruefeZuschnitt(r, &tt.z, "/zuschnitt")
			schema.Sortiere(mit)
			require.Len(t, mit, len(tt.want))
			for i := range mit {
				assert.Equal(t, "/zuschnitt"+tt.want[i].Zeiger, mit[i].Zeiger)
			}

			vorher := kopiereZuschnitt(tt.z)
			out, err := r.Zuschneiden(&tt.z)
			assert.Equal(t, q.Standard(), r, "r is not modified")
			assert.Equal(t, vorher, tt.z, "z is not modified")
			if tt.want == nil {
				assert.NoError(t, err)
				assert.NotNil(t, out)
				return
			}
			assert.Nil(t, out)
			var ve *schema.ValidierungsFehler
			require.ErrorAs(t, err, &ve)
			assert.Equal(t, schema.ArtZuschnitt, ve.Art)
			assert.Equal(t, tt.want, ve.Verletzungen)
		})
	}
}

func TestLiesZuschnittOderSpree(t *testing.T) {
	f, err := os.Open(oderSpreeZuschnitt)
	require.NoError(t, err)
	defer f.Close()
	z, err := q.LiesZuschnitt(f)
	require.NoError(t, err)
	assert.Equal(t, q.Version20, z.Rahmen)
	assert.Equal(t, []q.ID{"QD3", "QD5"}, z.Schwerpunkte)
	assert.Empty(t, z.Ausgelassen)
	require.Len(t, z.LokaleZiele, 1)
	assert.Equal(t, q.ID("QD3.T1.L1"), z.LokaleZiele[0].ID)
	assert.Contains(t, z.LokaleZiele[0].Text, "Gesunde-Kinder-Netzwerk")
	require.Len(t, z.Indikatoren, 1)
	assert.Equal(t, q.LokalerIndikator{
		ID: "gkn-regionalnetzwerke", Entwicklungsziel: "QD3.T1.L1",
		Name:         "Regionalnetzwerke mit Beteiligung des Gesunde-Kinder-Netzwerks",
		Beschreibung: "Zahl der Regionalnetzwerke, in deren Sitzungen im Jahr mindestens einmal das Gesunde-Kinder-Netzwerk vertreten war.",
		Einheit:      "Regionalnetzwerke",
	}, z.Indikatoren[0])

	r, err := q.RahmenVersion(z.Rahmen)
	require.NoError(t, err)
	out, err := r.Zuschneiden(z)
	require.NoError(t, err)
	lokal, ok := out.Entwicklungsziel("QD3.T1.L1")
	require.True(t, ok)
	assert.Equal(t, q.HerkunftLokal, lokal.Herkunft)
	assert.Len(t, lokal.Indikatoren, 1)
	assert.Len(t, out.Dimensionen, 10)

	// Dokument writes a standalone document that reads back the same.
	doc, err := z.Dokument()
	require.NoError(t, err)
	assert.Contains(t, string(doc), `"$schema": "`+schema.ArtZuschnitt.ID()+`"`)
	z2, err := q.LiesZuschnitt(strings.NewReader(string(doc)))
	require.NoError(t, err)
	assert.Equal(t, z, z2)

	// Against the 2016 catalogue the same Zuschnitt does not fit.
	alt, err := q.RahmenVersion(q.Version2016)
	require.NoError(t, err)
	_, err = alt.Zuschneiden(z)
	var ve *schema.ValidierungsFehler
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, "/rahmen", ve.Verletzungen[0].Zeiger)
}

func TestLiesZuschnittUngueltig(t *testing.T) {
	_, err := q.LiesZuschnitt(strings.NewReader(`{"$schema":"` + schema.ArtZuschnitt.ID() + `","rahmen":"2.0","schwerpunkte":["QD3","QD3"]}`))
	var ve *schema.ValidierungsFehler
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, "uniqueItems", ve.Verletzungen[0].Regel)
	_, err = q.LiesZuschnitt(strings.NewReader(`{"rahmen":"2.0"}`))
	assert.ErrorIs(t, err, schema.ErrUnbekanntesSchema)

	z, err := q.LiesZuschnitt(strings.NewReader(`{"$schema":"` + schema.ArtZuschnitt.ID() + `","rahmen":"2.0","lokaleZiele":[{"id":"QD3.T1.L1","ebene":"operativ","bereich":"netzwerk","text":"Qualita\u0308t"}]}`))
	require.NoError(t, err)
	assert.Equal(t, "Qualität", z.LokaleZiele[0].Text, "LiesZuschnitt normalises to NFC")
}
