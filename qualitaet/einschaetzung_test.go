package qualitaet_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	q "github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
)

func TestStufe(t *testing.T) {
	tests := []struct {
		s     q.Stufe
		valid bool
		text  string
	}{
		{-1, false, "Stufe(-1)"},
		{0, true, "Stufe 0"},
		{1, true, "Stufe 1"},
		{3, true, "Stufe 3"},
		{4, true, "Stufe 4"},
		{5, false, "Stufe(5)"},
		{9, false, "Stufe(9)"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.valid, tt.s.Valid(), "Stufe(%d).Valid()", int(tt.s))
		assert.Equal(t, tt.text, tt.s.String())
	}
	assert.Equal(t, q.Stufe(0), q.MinStufe)
	assert.Equal(t, q.Stufe(4), q.MaxStufe)
}

func TestEinschaetzungJSON(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	require.NoError(t, err)
	tests := []struct {
		name string
		in   q.Einschaetzung
		json string
	}{
		{"rating", q.Einschaetzung{Entwicklungsziel: "QD3.T1.Z1", Stufe: 3, StufeGesetzt: true, Datum: time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC),
			Person: "Netzwerkkoordination", Sektor: "kinder-und-jugendhilfe", Begruendung: "Steuerungsgruppe tagt."},
			`{"entwicklungsziel":"QD3.T1.Z1","stufe":3,"datum":"2026-10-01","person":"Netzwerkkoordination","sektor":"kinder-und-jugendhilfe","begruendung":"Steuerungsgruppe tagt."}`},
		{"level 0 is a rating and is written", q.Einschaetzung{Entwicklungsziel: "QD3.T1.Z2", Stufe: 0, StufeGesetzt: true, Datum: time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)},
			`{"entwicklungsziel":"QD3.T1.Z2","stufe":0,"datum":"2026-10-01"}`},
		{"cannot judge", q.Einschaetzung{Entwicklungsziel: "QD3.T1.Z2", NichtBeurteilbar: true, Datum: time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)},
			`{"entwicklungsziel":"QD3.T1.Z2","nichtBeurteilbar":true,"datum":"2026-10-01"}`},
		{"local goal", q.Einschaetzung{Entwicklungsziel: "QD3.T1.L1", Stufe: 4, StufeGesetzt: true, Datum: time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)},
			`{"entwicklungsziel":"QD3.T1.L1","stufe":4,"datum":"2024-02-29"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.json, string(b))
			var zurueck q.Einschaetzung
			require.NoError(t, json.Unmarshal(b, &zurueck))
			assert.Equal(t, tt.in, zurueck)
			assert.Equal(t, !tt.in.NichtBeurteilbar, zurueck.Bewertet())
		})
	}

	// Only the day is kept, in the date's own time zone.
	spaet := q.Einschaetzung{Entwicklungsziel: "QD3.T1.Z1", StufeGesetzt: true, Stufe: 2, Datum: time.Date(2026, 10, 1, 23, 30, 0, 0, berlin)}
	b, err := json.Marshal(spaet)
	require.NoError(t, err)
	assert.Equal(t, `{"entwicklungsziel":"QD3.T1.Z1","stufe":2,"datum":"2026-10-01"}`, string(b))

	// "nicht beurteilbar" with a level says two things: it is refused, not
	// written with the level silently dropped.
	nb := q.Einschaetzung{Entwicklungsziel: "QD3.T1.Z1", Stufe: 2, NichtBeurteilbar: true, Datum: time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)}
	_, err = json.Marshal(nb)
	assert.ErrorContains(t, err, "zugleich „nicht beurteilbar“")
	assert.False(t, nb.Bewertet())
}

// The zero Einschaetzung is no rating: Validate refuses it, and so does
// writing it; the constructors give only valid entries, level 0 included.
func TestEinschaetzungNullwertUngueltig(t *testing.T) {
	var null q.Einschaetzung
	assert.ErrorContains(t, null.Validate(), "leere Einschätzung")
	_, err := json.Marshal(null)
	assert.Error(t, err)
	_, err = json.Marshal([]q.Einschaetzung{null})
	assert.Error(t, err)

	tag := time.Date(2026, 10, 1, 23, 30, 0, 0, time.FixedZone("CEST", 2*3600))
	e, err := q.NeueEinschaetzung("QD3.T1.Z1", 0, tag)
	require.NoError(t, err)
	assert.True(t, e.Bewertet())
	assert.Equal(t, q.Stufe(0), e.Stufe)
	assert.Equal(t, time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC), e.Datum)
	nb, err := q.NichtBeurteilbareEinschaetzung("QD3.T1.Z1", tag)
	require.NoError(t, err)
	assert.False(t, nb.Bewertet())
	assert.NotEqual(t, e, nb, "nicht beurteilbar stays distinct from level 0")

	for _, c := range []struct {
		name string
		ziel q.ID
		s    q.Stufe
		tag  time.Time
		want string
	}{
		{"no goal", "", 2, tag, "kein Entwicklungsziel"},
		{"a Thema", "QD3.T1", 2, tag, "kein Entwicklungsziel"},
		{"no date", "QD3.T1.Z1", 2, time.Time{}, "kein Datum"},
		{"off the scale", "QD3.T1.Z1", 5, tag, "Skala"},
		{"below the scale", "QD3.T1.Z1", -1, tag, "Skala"},
	} {
		_, err := q.NeueEinschaetzung(c.ziel, c.s, c.tag)
		assert.ErrorContains(t, err, c.want, c.name)
	}
	_, err = q.NichtBeurteilbareEinschaetzung("QD3", tag)
	assert.ErrorContains(t, err, "kein Entwicklungsziel")
}

// A forgotten level on an otherwise filled-in entry is invalid, in Go as
// in JSON; level 0 given explicitly is a rating. The message names no Go
// identifier and comes in both languages.
func TestEinschaetzungStufeVergessen(t *testing.T) {
	tag := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	vergessen := q.Einschaetzung{Entwicklungsziel: "QD3.T1.Z1", Datum: tag, Person: "Netzwerkkoordination"}
	assert.False(t, vergessen.HatStufe())
	err := vergessen.Validate()
	var ef *q.EinschaetzungsFehler
	require.ErrorAs(t, err, &ef)
	assert.Equal(t, q.ID("QD3.T1.Z1"), ef.Entwicklungsziel)
	assert.Equal(t, "Einschätzung von QD3.T1.Z1 hat weder eine Stufe noch „nicht beurteilbar“", ef.Text(language.German))
	assert.Equal(t, "rating of QD3.T1.Z1 has neither a level nor \"cannot judge\"", ef.Text(language.English))
	_, err = json.Marshal(vergessen)
	assert.ErrorAs(t, err, &ef, "a forgotten level is never written as 0")

	null := vergessen
	null.StufeGesetzt = true
	assert.True(t, null.HatStufe())
	require.NoError(t, null.Validate())
	b, err := json.Marshal(null)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"stufe":0`)

	drei := vergessen
	drei.Stufe = 3
	assert.True(t, drei.HatStufe(), "a level other than 0 is given by itself")
	require.NoError(t, drei.Validate())

	nb := q.Einschaetzung{Entwicklungsziel: "QD3.T1.Z1", Datum: tag, NichtBeurteilbar: true, StufeGesetzt: true}
	assert.ErrorContains(t, nb.Validate(), "zugleich „nicht beurteilbar“", "level 0 given and cannot judge")
}

func TestEinschaetzungJSONUngueltig(t *testing.T) {
	tests := []struct {
		name string
		in   string
	}{
		{"level and cannot judge", `{"entwicklungsziel":"QD3.T1.Z1","stufe":2,"nichtBeurteilbar":true,"datum":"2026-10-01"}`},
		{"neither", `{"entwicklungsziel":"QD3.T1.Z1","datum":"2026-10-01"}`},
		{"neither, cannot judge false", `{"entwicklungsziel":"QD3.T1.Z1","nichtBeurteilbar":false,"datum":"2026-10-01"}`},
		{"null level", `{"entwicklungsziel":"QD3.T1.Z1","stufe":null,"datum":"2026-10-01"}`},
		{"level 5", `{"entwicklungsziel":"QD3.T1.Z1","stufe":5,"datum":"2026-10-01"}`},
		{"level -1", `{"entwicklungsziel":"QD3.T1.Z1","stufe":-1,"datum":"2026-10-01"}`},
		{"level 2.5", `{"entwicklungsziel":"QD3.T1.Z1","stufe":2.5,"datum":"2026-10-01"}`},
		{"level as text", `{"entwicklungsziel":"QD3.T1.Z1","stufe":"2","datum":"2026-10-01"}`},
		{"date and time", `{"entwicklungsziel":"QD3.T1.Z1","stufe":2,"datum":"2026-10-01T10:00:00Z"}`},
		{"no such day", `{"entwicklungsziel":"QD3.T1.Z1","stufe":2,"datum":"2026-02-29"}`},
		{"German date", `{"entwicklungsziel":"QD3.T1.Z1","stufe":2,"datum":"01.10.2026"}`},
		{"no date", `{"entwicklungsziel":"QD3.T1.Z1","stufe":2}`},
		{"invalid goal ID", `{"entwicklungsziel":"QD3.T1.X1","stufe":2,"datum":"2026-10-01"}`},
		{"not an object", `[]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := q.Einschaetzung{Person: "unverändert"}
			err := json.Unmarshal([]byte(tt.in), &e)
			assert.Error(t, err, "json.Unmarshal(%s)", tt.in)
			assert.Equal(t, q.Einschaetzung{Person: "unverändert"}, e, "a refused entry leaves the value unchanged")
		})
	}

	var e q.Einschaetzung
	require.NoError(t, json.Unmarshal([]byte(`{"entwicklungsziel":"QD3.T1.Z1","stufe":null,"nichtBeurteilbar":true,"datum":"2026-10-01"}`), &e))
	assert.True(t, e.NichtBeurteilbar, "a null level with cannot judge is fine")
}
