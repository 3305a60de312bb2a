package qualitaet_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	q "github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
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

func TestAbbildung2016Nach20(t *testing.T) {
	alt, neu := rahmen2016(t), q.Standard()
	zs := q.Abbildung(alt, neu)
	require.Len(t, zs, 103)
	assert.Equal(t, map[q.ZuordnungsArt]int{q.ZuordnungGleich: 90, q.ZuordnungNeu: 13}, zaehleZuordnungen(zs))

	// First every 2016 ID in 2016 order, mapped to itself ...
	i := 0
	for id := range alt.IDs() {
		assert.Equal(t, q.Zuordnung{Von: id, Nach: id, Art: q.ZuordnungGleich}, zs[i])
		assert.NotEqual(t, 10, id.Nummer())
		i++
	}
	require.Equal(t, 90, i)
	// ... then the items of QD 10, new in 2.0, in 2.0 order.
	for _, z := range zs[90:] {
		assert.Equal(t, q.ZuordnungNeu, z.Art)
		assert.Equal(t, q.ID(""), z.Von)
		assert.Equal(t, q.ID("QD10"), z.Nach.Dimension(), "%s", z.Nach)
	}
	assert.Equal(t, q.Zuordnung{Nach: "QD10", Art: q.ZuordnungNeu}, zs[90])
	assert.Equal(t, q.Zuordnung{Nach: "QD10.T4.Z2", Art: q.ZuordnungNeu}, zs[102])
}

func TestAbbildung20Nach2016(t *testing.T) {
	zs := q.Abbildung(q.Standard(), rahmen2016(t))
	require.Len(t, zs, 103)
	assert.Equal(t, map[q.ZuordnungsArt]int{q.ZuordnungGleich: 90, q.ZuordnungEntfallen: 13}, zaehleZuordnungen(zs))
	for _, z := range zs {
		if z.Art == q.ZuordnungEntfallen {
			assert.Equal(t, q.ID(""), z.Nach)
			assert.Equal(t, 10, z.Von.Nummer())
		}
	}
	assert.Equal(t, q.Zuordnung{Von: "QD10", Art: q.ZuordnungEntfallen}, zs[90], "the 2.0 order puts QD10 last")
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
	assert.Equal(t, 103-5, zaehleZuordnungen(zs)[q.ZuordnungGleich])
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
