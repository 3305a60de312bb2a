package qualitaet_test

import (
	"bytes"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	q "github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

func rahmen2016(t *testing.T) *q.Rahmen {
	t.Helper()
	r, err := q.RahmenVersion(q.Version2016)
	require.NoError(t, err)
	return r
}

func zaehleZuordnungen(zs []q.Zuordnung) map[q.ZuordnungsArt]int {
	n := map[q.ZuordnungsArt]int{}
	for _, z := range zs {
		n[z.Art]++
	}
	return n
}

// 2016 is carried over from 2.0: the mapping says "uebernommen" for every
// item of 2016, never "gleich", and "neu" for QD 10.
func TestAbbildung2016Nach20(t *testing.T) {
	alt, neu := rahmen2016(t), q.Standard()
	zs := q.Abbildung(alt, neu)
	require.Len(t, zs, 107)
	assert.Equal(t, map[q.ZuordnungsArt]int{q.ZuordnungUebernommen: 94, q.ZuordnungNeu: 13}, zaehleZuordnungen(zs))

	// First every 2016 ID in 2016 order, mapped to the 2.0 item it names ...
	i := 0
	for id := range alt.IDs() {
		assert.Equal(t, q.Zuordnung{Von: id, Nach: id, Art: q.ZuordnungUebernommen}, zs[i])
		assert.NotEqual(t, 10, id.Nummer())
		i++
	}
	require.Equal(t, 94, i)
	// ... then the items of QD 10, new in 2.0, in 2.0 order.
	for _, z := range zs[94:] {
		assert.Equal(t, q.ZuordnungNeu, z.Art)
		assert.Equal(t, q.ID(""), z.Von)
		assert.Equal(t, q.ID("QD10"), z.Nach.Dimension(), "%s", z.Nach)
	}
	assert.Equal(t, q.Zuordnung{Nach: "QD10", Art: q.ZuordnungNeu}, zs[94])
	assert.Equal(t, q.Zuordnung{Nach: "QD10.T4.Z2", Art: q.ZuordnungNeu}, zs[106])
}

func TestAbbildung20Nach2016(t *testing.T) {
	zs := q.Abbildung(q.Standard(), rahmen2016(t))
	require.Len(t, zs, 107)
	assert.Equal(t, map[q.ZuordnungsArt]int{q.ZuordnungUebernommen: 94, q.ZuordnungEntfallen: 13}, zaehleZuordnungen(zs))
	for _, z := range zs {
		if z.Art == q.ZuordnungEntfallen {
			assert.Equal(t, q.ID(""), z.Nach)
			assert.Equal(t, 10, z.Von.Nummer())
		} else {
			assert.Equal(t, z.Von, z.Nach)
		}
	}
	assert.Equal(t, q.Zuordnung{Von: "QD1", Nach: "QD1", Art: q.ZuordnungUebernommen}, zs[0])
	assert.Equal(t, q.Zuordnung{Von: "QD10", Art: q.ZuordnungEntfallen}, zs[94], "the 2.0 order puts QD10 last")
}

func eigenerKatalog(t *testing.T) *q.Rahmen {
	t.Helper()
	r, err := q.LadeRahmen(os.DirFS("../testdata/rahmen"), "eigener-katalog-beispiel.json")
	require.NoError(t, err)
	return r
}

// A catalogue of one's own (here the invented example of six goals for QD 3
// and five for QD 5) maps to the embedded 2.0 through its Bezug lists.
func TestAbbildungEigenerKatalog(t *testing.T) {
	eigen, std := eigenerKatalog(t), q.Standard()
	assert.Contains(t, eigen.Hinweis, "Erfundenes Beispiel")
	require.NoError(t, eigen.PruefeBezug(std))

	zs := q.Abbildung(eigen, std)
	// 21 pairs from the own catalogue's items; the 107 − 21 items of 2.0 no
	// item names are new from its point of view.
	assert.Equal(t, map[q.ZuordnungsArt]int{q.ZuordnungZugeordnet: 21, q.ZuordnungNeu: 86}, zaehleZuordnungen(zs))
	assert.Equal(t, []q.Zuordnung{
		{Von: "QD3", Nach: "QD3", Art: q.ZuordnungZugeordnet},
		{Von: "QD3.T1", Nach: "QD3.T1", Art: q.ZuordnungZugeordnet},
		{Von: "QD3.T1", Nach: "QD3.T2", Art: q.ZuordnungZugeordnet},
		{Von: "QD3.T1.Z1", Nach: "QD3.T1.Z1", Art: q.ZuordnungZugeordnet},
	}, zs[:4])

	tests := []struct {
		name    string
		von, zu *q.Rahmen
		id      q.ID
		want    []q.ID
	}{
		{"one form goal covers two page goals", eigen, std, "QD3.T1.Z5", []q.ID{"QD3.T2.Z1", "QD3.T2.Z3"}},
		{"same ID, different goal", eigen, std, "QD3.T1.Z6", []q.ID{"QD3.T2.Z2"}},
		{"2.0 → own", std, eigen, "QD3.T2.Z3", []q.ID{"QD3.T1.Z5"}},
		{"2.0 → own, two page goals in one", std, eigen, "QD5.T1.Z3", []q.ID{"QD5.T1.Z2"}},
		{"no form goal for a cut-off page goal", std, eigen, "QD3.T2.Z4", nil},
		{"dimension not in the own catalogue", std, eigen, "QD7", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := q.Entsprechungen(tt.von, tt.zu, tt.id)
			if tt.want == nil {
				require.Error(t, err)
				assert.Contains(t, err.Error(), "keine Entsprechung")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestPruefeBezug(t *testing.T) {
	eigen := eigenerKatalog(t)
	eigen.Dimensionen[0].Themen[0].Entwicklungsziele[1].Bezug = []q.ID{"QD3.T1.Z2", "QD3.T1.Z9"}
	err := eigen.PruefeBezug(q.Standard())
	var ve *schema.ValidierungsFehler
	require.ErrorAs(t, err, &ve)
	require.Len(t, ve.Verletzungen, 1)
	assert.Equal(t, "/dimensionen/0/themen/0/entwicklungsziele/1/bezug/1", ve.Verletzungen[0].Ort())
	assert.Contains(t, ve.Verletzungen[0].Meldung, "QD3.T1.Z9")

	err = eigenerKatalog(t).PruefeBezug(rahmen2016(t))
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, "/bezugRahmen", ve.Verletzungen[0].Ort())
	assert.Contains(t, ve.Verletzungen[0].Meldung, "qualitaetsrahmen-2016")
}

// The own catalogue is a catalogue like any other: its items carry their
// provenance and it validates like the embedded ones; a Bezug without a
// BezugRahmen is refused.
func TestEigenerKatalogOhneBezugRahmen(t *testing.T) {
	data, err := os.ReadFile("../testdata/rahmen/eigener-katalog-beispiel.json")
	require.NoError(t, err)
	data = bytes.Replace(data, []byte(`"bezugRahmen": "qualitaetsrahmen-2.0",`), nil, 1)
	_, err = q.ParseRahmen(data)
	var ve *schema.ValidierungsFehler
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, "/dimensionen/0/bezug", ve.Verletzungen[0].Ort())
}

func TestAbbildungUmformuliert(t *testing.T) {
	alt := q.Standard()
	neu := q.Standard()
	neu.Dimensionen[2].Themen[0].Entwicklungsziele[0].Text += " (neu gefasst)"
	neu.Dimensionen[2].Themen[0].Entwicklungsziele[1].Ebene = q.Strategisch // was operativ
	neu.Dimensionen[4].Themen[0].Entwicklungsziele[0].Bereich = q.BereichNetzwerk
	neu.Dimensionen[5].Titel = "Qualifizierung"
	neu.Dimensionen[6].Themen[1].Titel = "Neuer Titel"
	neu.Dimensionen[2].ZentraleFragen[0].Text = "Zentrale Fragen zählen nicht."
	neu.Dimensionen[2].Themen[0].Entwicklungsziele[2].TextEn = "English texts do not count."
	zs := q.Abbildung(alt, neu)
	var umformuliert []q.ID
	for _, z := range zs {
		if z.Art == q.ZuordnungUmformuliert {
			umformuliert = append(umformuliert, z.Von)
			assert.Equal(t, z.Von, z.Nach)
		}
	}
	assert.Equal(t, []q.ID{"QD3.T1.Z1", "QD3.T1.Z2", "QD5.T1.Z1", "QD6", "QD7.T2"}, umformuliert)
	assert.Equal(t, 107-5, zaehleZuordnungen(zs)[q.ZuordnungGleich])
}

func TestAbbildungGleicherRahmen(t *testing.T) {
	r := q.Standard()
	for _, z := range q.Abbildung(r, r) {
		assert.Equal(t, q.ZuordnungGleich, z.Art, "%s", z.Von)
	}
}

func TestEntsprechung(t *testing.T) {
	alt, neu := rahmen2016(t), q.Standard()
	tests := []struct {
		name     string
		von, zu  *q.Rahmen
		id       q.ID
		want     q.ID
		wantErr  bool
		erwaehnt string
	}{
		{"goal 2016 → 2.0", alt, neu, "QD3.T1.Z2", "QD3.T1.Z2", false, ""},
		{"goal new in 2.0, carried into 2016", neu, alt, "QD3.T2.Z3", "QD3.T2.Z3", false, ""},
		{"dimension 2016 → 2.0", alt, neu, "QD9", "QD9", false, ""},
		{"goal 2.0 → 2016", neu, alt, "QD8.T3.Z1", "QD8.T3.Z1", false, ""},
		{"QD10 has none in 2016", neu, alt, "QD10.T1.Z1", "", true, "qualitaetsrahmen-2016"},
		{"not in the source", alt, neu, "QD10", "", true, "qualitaetsrahmen-2016"},
		{"unknown ID", alt, neu, "QD3.T1.Z9", "", true, "QD3.T1.Z9"},
		{"invalid ID", alt, neu, "quatsch", "", true, "quatsch"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := q.Entsprechung(tt.von, tt.zu, tt.id)
			if tt.wantErr {
				require.Error(t, err, "Entsprechung(%s) = %q, nil", tt.id, got)
				assert.Contains(t, err.Error(), tt.erwaehnt)
				assert.Contains(t, err.Error(), string(tt.id))
			} else {
				assert.NoError(t, err)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// The own catalogue is the rating unit: the six goals of its QD 3 are what
// the network rates, and coverage counts them, not the 2.0 goals.
func TestEigenerKatalogAlsEinheitDerEinschaetzung(t *testing.T) {
	eigen := eigenerKatalog(t)
	b := bwBewerte(t, q.Eingabe{
		Rahmen:          eigen,
		Regelwerk:       bwRegelwerk(), // no rules: the standard rules name 2.0 goals, not these
		Einschaetzungen: []q.Einschaetzung{bwSelbst("QD3.T1.Z5", 2), bwSelbst("QD3.T1.Z6", 4)},
	})
	require.Len(t, b.Dimensionen, 2)
	d := bwDim(t, b, "QD3")
	assert.Equal(t, 0.3333, d.Abdeckung, "2 of the 6 goals of the own catalogue")
	assert.Equal(t, "75", bwPunkte(d.Punkte), "100·(2/4 + 4/4)/2")
	assert.Equal(t, "beispiel-eigener-katalog", b.Rahmen.ID)
}
