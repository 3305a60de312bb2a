package qualitaet_test

import (
	"encoding/json"
	"io/fs"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	q "github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

const landReduziert = "../testdata/rahmen/land-reduziert.json"

func TestStandard(t *testing.T) {
	r := q.Standard()
	require.NotNil(t, r)
	assert.Equal(t, q.Version20, r.Version)
	assert.Equal(t, "qualitaetsrahmen-2.0", r.ID)
	assert.Equal(t, "Qualitätsrahmen Frühe Hilfen 2.0", r.Titel)
	assert.Len(t, r.Dimensionen, 10)

	r20, err := q.RahmenVersion(q.Version20)
	require.NoError(t, err)
	assert.Equal(t, r, r20, "Standard() is RahmenVersion(2.0)")
	r2016, err := q.RahmenVersion(q.Version2016)
	require.NoError(t, err)
	assert.Equal(t, q.Version2016, r2016.Version)
	assert.Len(t, r2016.Dimensionen, 9)

	for _, v := range []q.Version{"", "2017", "2.1", "Version20"} {
		r, err := q.RahmenVersion(v)
		if assert.Error(t, err, "RahmenVersion(%q)", v) {
			assert.Contains(t, err.Error(), `"`+string(v)+`"`, "the error quotes the version")
		}
		assert.Nil(t, r)
	}
}

// Every call returns a catalogue of its own.
func TestStandardUnabhaengigeKopien(t *testing.T) {
	a := q.Standard()
	b := q.Standard()
	require.NotSame(t, a, b)
	original := q.Standard()

	a.Titel = "geändert"
	a.Dimensionen[2].Titel = "geändert"
	a.Dimensionen[2].ZentraleFragen[0].Text = "geändert"
	a.Dimensionen[2].Reflexionsfragen[0].Text = "geändert"
	a.Dimensionen[2].Themen[0].Titel = "geändert"
	a.Dimensionen[2].Themen[0].Entwicklungsziele[0].Text = "geändert"
	a.Dimensionen[2].Themen[0].Entwicklungsziele[1].Indikatoren = append(a.Dimensionen[2].Themen[0].Entwicklungsziele[1].Indikatoren,
		q.LokalerIndikator{ID: "x", Entwicklungsziel: "QD3.T1.Z2", Name: "x"})
	a.Dimensionen[2].Themen[1] = q.Thema{ID: "QD3.T2", Titel: "ersetzt"}
	z, ok := a.Entwicklungsziel("QD3.T1.Z2")
	require.True(t, ok)
	z.Text = "über den Zeiger geändert"
	a.Dimensionen = a.Dimensionen[:3]

	assert.Equal(t, original, q.Standard(), "changing one copy leaves Standard() as it was")
	assert.Equal(t, original, b, "changing one copy leaves another as it was")
	alt, err := q.RahmenVersion(q.Version2016)
	require.NoError(t, err)
	alt.Dimensionen[0].Themen[0].Entwicklungsziele[0].Ebene = q.Operativ
	alt2, err := q.RahmenVersion(q.Version2016)
	require.NoError(t, err)
	assert.Equal(t, q.Strategisch, alt2.Dimensionen[0].Themen[0].Entwicklungsziele[0].Ebene)
}

func TestNachschlagen(t *testing.T) {
	r := q.Standard()
	d, ok := r.Dimension("QD3")
	require.True(t, ok)
	assert.Equal(t, "Netzwerk", d.Titel)
	assert.Same(t, &r.Dimensionen[2], d, "Dimension points into the catalogue")
	d, ok = r.Dimension("QD10")
	require.True(t, ok)
	assert.Equal(t, "Wirkungsorientierung", d.Titel)

	th, ok := r.Thema("QD10.T1")
	require.True(t, ok)
	assert.Equal(t, "Verständnis der Wirkungsorientierung in den Frühen Hilfen", th.Titel)

	z, ok := r.Entwicklungsziel("QD3.T1.Z2")
	require.True(t, ok)
	assert.Equal(t, "Die im KKG genannten Akteure wirken aktiv im Netzwerk mit und erleben ihre Mitwirkung als nützlich.", z.Text)
	assert.Equal(t, q.Operativ, z.Ebene)
	assert.Same(t, &r.Dimensionen[2].Themen[0].Entwicklungsziele[1], z)

	for _, id := range []q.ID{"QD3.T1", "QD3.T1.Z1", "QD11", "QD0", "", "qd3", "QD3.T1.L1"} {
		_, ok := r.Dimension(id)
		assert.False(t, ok, "Dimension(%q)", id)
	}
	for _, id := range []q.ID{"QD3", "QD3.T1.Z1", "QD3.T3", "QD11.T1", "", "QD3.T1.L1"} {
		_, ok := r.Thema(id)
		assert.False(t, ok, "Thema(%q)", id)
	}
	for _, id := range []q.ID{"QD3", "QD3.T1", "QD3.T1.Z5", "QD3.T1.L1", "QD11.T1.Z1", "", "QD3.T1.Z2.Z3"} {
		_, ok := r.Entwicklungsziel(id)
		assert.False(t, ok, "Entwicklungsziel(%q)", id)
	}

	for _, tt := range []struct {
		id     q.ID
		in2016 bool
		in20   bool
	}{
		{"QD1", true, true},
		{"QD9.T3.Z2", true, true},
		{"QD10", false, true},
		{"QD10.T4.Z2", false, true},
		{"QD10.T4.Z3", false, false},
		{"QD3.T1.L1", false, false},
		{"", false, false},
		{"quatsch", false, false},
	} {
		alt, err := q.RahmenVersion(q.Version2016)
		require.NoError(t, err)
		assert.Equal(t, tt.in2016, alt.Enthaelt(tt.id), "2016: Enthaelt(%q)", tt.id)
		assert.Equal(t, tt.in20, r.Enthaelt(tt.id), "2.0: Enthaelt(%q)", tt.id)
	}

	assert.Equal(t, "Network", r.Dimensionen[2].TitelIn(language.English))
	assert.Equal(t, "Netzwerk", r.Dimensionen[2].TitelIn(language.German))
	ohneEn := q.Dimension{Titel: "Netzwerk"}
	assert.Equal(t, "Netzwerk", ohneEn.TitelIn(language.English), "German where no English title exists")
	assert.Equal(t, z.Text, z.TextIn(language.German))
	assert.NotEqual(t, z.Text, z.TextIn(language.English))
	assert.Equal(t, "nur deutsch", (&q.Entwicklungsziel{Text: "nur deutsch"}).TextIn(language.English))
}

func TestIterieren(t *testing.T) {
	r := q.Standard()
	ids := slices.Collect(r.IDs())
	require.Len(t, ids, 107)
	assert.Equal(t, []q.ID{"QD1", "QD1.T1", "QD1.T1.Z1", "QD1.T1.Z2", "QD1.T1.Z3", "QD1.T2", "QD1.T2.Z1"}, ids[:7])
	assert.Equal(t, []q.ID{"QD10.T4", "QD10.T4.Z1", "QD10.T4.Z2"}, ids[104:])

	var ziele []q.ID
	var dims []q.ID
	for d, z := range r.Entwicklungsziele() {
		ziele = append(ziele, z.ID)
		dims = append(dims, d.ID)
		assert.Equal(t, d.ID, z.ID.Dimension())
	}
	require.Len(t, ziele, 69)
	assert.Equal(t, []q.ID{"QD1.T1.Z1", "QD1.T1.Z2", "QD1.T1.Z3", "QD1.T2.Z1"}, ziele[:4])
	assert.Equal(t, q.ID("QD10.T4.Z2"), ziele[68])
	assert.Equal(t, q.ID("QD10"), dims[68])

	// Early break: the iterators stop when the loop does.
	var erste []q.ID
	for id := range r.IDs() {
		erste = append(erste, id)
		if id == "QD1.T1.Z2" {
			break
		}
	}
	assert.Equal(t, []q.ID{"QD1", "QD1.T1", "QD1.T1.Z1", "QD1.T1.Z2"}, erste)
	for _, stopp := range []q.ID{"QD1", "QD1.T1", "QD1.T1.Z1"} {
		n := 0
		for id := range r.IDs() {
			n++
			if id == stopp {
				break
			}
		}
		assert.Equal(t, slices.Index(ids, stopp)+1, n, "break at %s", stopp)
	}
	n := 0
	for range r.Entwicklungsziele() {
		n++
		if n == 3 {
			break
		}
	}
	assert.Equal(t, 3, n)

	// Goals reached through the iterator belong to the catalogue.
	for _, z := range r.Entwicklungsziele() {
		z.Text = "geändert"
		break
	}
	assert.Equal(t, "geändert", r.Dimensionen[0].Themen[0].Entwicklungsziele[0].Text)
}

func TestMarshalJSONRundreise(t *testing.T) {
	for _, v := range q.Versionen() {
		t.Run(string(v), func(t *testing.T) {
			r, err := q.RahmenVersion(v)
			require.NoError(t, err)
			b, err := json.Marshal(r)
			require.NoError(t, err)
			var kopf struct {
				Schema string `json:"$schema"`
			}
			require.NoError(t, json.Unmarshal(b, &kopf))
			assert.Equal(t, schema.ArtRahmen.ID(), kopf.Schema, "MarshalJSON writes $schema")

			zurueck, err := q.ParseRahmen(b)
			require.NoError(t, err)
			assert.Equal(t, r, zurueck, "marshal → ParseRahmen gives the same catalogue")

			// The output is the embedded document itself, field for field.
			eingebettet, err := os.ReadFile("rahmen/" + string(v) + ".json")
			require.NoError(t, err)
			var want, got any
			require.NoError(t, json.Unmarshal(eingebettet, &want))
			require.NoError(t, json.Unmarshal(b, &got))
			assert.Equal(t, want, got)
		})
	}
}

func TestLadeRahmen(t *testing.T) {
	data, err := os.ReadFile(landReduziert)
	require.NoError(t, err)
	fsys := fstest.MapFS{"land/reduziert.json": {Data: data}}
	r, err := q.LadeRahmen(fsys, "land/reduziert.json")
	require.NoError(t, err)
	assert.Equal(t, "land-musterland-2.0", r.ID)
	assert.Equal(t, q.Version20, r.Version)
	require.Len(t, r.Dimensionen, 2)
	assert.Equal(t, []q.ID{"QD3", "QD3.T1", "QD3.T1.Z1", "QD3.T1.Z2", "QD5", "QD5.T1", "QD5.T1.Z1"}, slices.Collect(r.IDs()))
	z, ok := r.Entwicklungsziel("QD5.T1.Z1")
	require.True(t, ok)
	assert.Equal(t, q.BereichStrukturelleAnbindung, z.Bereich)
	assert.Equal(t, q.Herkunft(""), z.EbeneHerkunft, "ebeneHerkunft is optional")
	assert.False(t, r.Enthaelt("QD4"))

	_, err = q.LadeRahmen(fsys, "fehlt.json")
	assert.ErrorIs(t, err, fs.ErrNotExist)

	f, err := os.Open(landReduziert)
	require.NoError(t, err)
	defer f.Close()
	gelesen, err := q.LiesRahmen(f)
	require.NoError(t, err)
	assert.Equal(t, r, gelesen, "LiesRahmen and LadeRahmen agree")

	_, err = q.LiesRahmen(strings.NewReader(strings.Repeat(" ", 8<<20) + "{}"))
	assert.ErrorIs(t, err, schema.ErrZuGross)
}

// rahmenDok builds a small catalogue document with one dimension; the
// placeholders let each case break exactly one thing.
func rahmenDok(dimensionID string, nummer string, themaID string, ziele ...string) string {
	var zs []string
	for _, z := range ziele {
		zs = append(zs, `{"id": "`+z+`", "ebene": "operativ", "bereich": "netzwerk", "text": "Ein Ziel.", "herkunft": "nzfh"}`)
	}
	return `{
  "$schema": "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/rahmen.schema.json",
  "id": "test", "version": "2.0", "titel": "Test", "quelle": "Test",
  "dimensionen": [{
    "id": "` + dimensionID + `", "nummer": ` + nummer + `, "titel": "Netzwerk", "kurzbeschreibung": "Kurz.", "herkunft": "nzfh",
    "zentraleFragen": [{"text": "Wer gehört dazu?", "herkunft": "nzfh"}],
    "themen": [{"id": "` + themaID + `", "titel": "Thema", "herkunft": "nzfh", "entwicklungsziele": [` + strings.Join(zs, ", ") + `]}]
  }]
}`
}

func TestParseRahmenUngueltig(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []schema.Verletzung
	}{
		{"duplicate ID", rahmenDok("QD3", "3", "QD3.T1", "QD3.T1.Z1", "QD3.T1.Z2", "QD3.T1.Z2"), []schema.Verletzung{
			{Zeiger: "/dimensionen/0/themen/0/entwicklungsziele/2", Regel: "eindeutig",
				Meldung: "ID QD3.T1.Z2 kommt doppelt vor (zuerst bei /dimensionen/0/themen/0/entwicklungsziele/1)",
				Message: "ID QD3.T1.Z2 occurs twice (first at /dimensionen/0/themen/0/entwicklungsziele/1)"},
		}},
		{"Thema under the wrong dimension", rahmenDok("QD3", "3", "QD4.T1", "QD4.T1.Z1"), []schema.Verletzung{
			{Zeiger: "/dimensionen/0/themen/0/id", Regel: "id", Meldung: "ID QD4.T1 gehört nicht zu QD3", Message: "ID QD4.T1 does not belong to QD3"},
		}},
		{"goal under the wrong Thema", rahmenDok("QD3", "3", "QD3.T1", "QD3.T1.Z1", "QD3.T2.Z1"), []schema.Verletzung{
			{Zeiger: "/dimensionen/0/themen/0/entwicklungsziele/1/id", Regel: "id", Meldung: "ID QD3.T2.Z1 gehört nicht zu QD3.T1", Message: "ID QD3.T2.Z1 does not belong to QD3.T1"},
		}},
		{"nummer does not match", rahmenDok("QD3", "4", "QD3.T1", "QD3.T1.Z1"), []schema.Verletzung{
			{Zeiger: "/dimensionen/0/nummer", Regel: "id", Meldung: "Nummer 4 passt nicht zur ID QD3", Message: "number 4 does not match ID QD3"},
		}},
		{"local goal in a catalogue", rahmenDok("QD3", "3", "QD3.T1", "QD3.T1.L1"), []schema.Verletzung{
			{Zeiger: "/dimensionen/0/themen/0/entwicklungsziele/0/id", Regel: "id",
				Meldung: `ID "QD3.T1.L1" ist keine gültige ID für: Entwicklungsziel`,
				Message: `ID "QD3.T1.L1" is not a valid ID for: Entwicklungsziel`},
		}},
		{"local provenance in a catalogue", strings.Replace(rahmenDok("QD3", "3", "QD3.T1", "QD3.T1.Z1"), `"herkunft": "nzfh"}]}]`, `"herkunft": "lokal"}]}]`, 1), []schema.Verletzung{
			{Zeiger: "/dimensionen/0/themen/0/entwicklungsziele/0/herkunft", Regel: "herkunft",
				Meldung: "Herkunft „lokal“ gibt es nur im Zuschnitt einer Kommune",
				Message: `provenance "lokal" exists only in a Kommune's Zuschnitt`},
		}},
		{"schema violation", rahmenDok("QD03", "3", "QD3.T1", "QD3.T1.Z1"), []schema.Verletzung{
			{Zeiger: "/dimensionen/0/id", Regel: "pattern",
				Meldung: `Wert "QD03" hat nicht die verlangte Form (^QD[1-9][0-9]?$)`,
				Message: `value "QD03" does not have the required form (^QD[1-9][0-9]?$)`},
		}},
		{"empty Thema", rahmenDok("QD3", "3", "QD3.T1"), []schema.Verletzung{
			{Zeiger: "/dimensionen/0/themen/0/entwicklungsziele", Regel: "minItems",
				Meldung: "Liste hat zu wenige Einträge (mindestens 1)", Message: "list has too few entries (at least 1)"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := q.ParseRahmen([]byte(tt.doc))
			assert.Nil(t, r)
			var ve *schema.ValidierungsFehler
			require.ErrorAs(t, err, &ve)
			assert.ErrorIs(t, err, schema.ErrUngueltig)
			assert.Equal(t, schema.ArtRahmen, ve.Art)
			assert.Equal(t, tt.want, ve.Verletzungen)

			// The same through a file system.
			_, err = q.LadeRahmen(fstest.MapFS{"r.json": {Data: []byte(tt.doc)}}, "r.json")
			var ve2 *schema.ValidierungsFehler
			require.ErrorAs(t, err, &ve2)
			assert.Equal(t, ve.Verletzungen, ve2.Verletzungen)
		})
	}

	_, err := q.ParseRahmen([]byte(`{"$schema": "` + schema.ArtZuschnitt.ID() + `", "rahmen": "2.0"}`))
	assert.ErrorIs(t, err, schema.ErrUnbekanntesSchema, "a Zuschnitt is no catalogue")
	_, err = q.ParseRahmen([]byte(`{"$schema": "` + schema.ArtRahmen.ID() + `",`))
	assert.ErrorIs(t, err, schema.ErrSyntax)
}

func TestParseRahmenNFC(t *testing.T) {
	doc := strings.Replace(rahmenDok("QD3", "3", "QD3.T1", "QD3.T1.Z1"), `"titel": "Netzwerk"`, `"titel": "Netzwerk fu\u0308r Fru\u0308he Hilfen"`, 1)
	doc = strings.Replace(doc, `"text": "Ein Ziel."`, `"text": "Qualita\u0308t"`, 1)
	r, err := q.ParseRahmen([]byte(doc))
	require.NoError(t, err)
	assert.Equal(t, "Netzwerk für Frühe Hilfen", r.Dimensionen[0].Titel)
	assert.Equal(t, "Qualität", r.Dimensionen[0].Themen[0].Entwicklungsziele[0].Text)
}

func TestValidate(t *testing.T) {
	r := q.Standard()
	require.NoError(t, r.Validate())

	// A goal added in code is found after Validate.
	th := &r.Dimensionen[2].Themen[1]
	th.Entwicklungsziele = append(th.Entwicklungsziele, q.Entwicklungsziel{ID: "QD3.T2.Z9", Ebene: q.Operativ,
		Bereich: q.BereichNetzwerk, Text: "Neu.", Herkunft: q.HerkunftErgaenzt})
	require.NoError(t, r.Validate())
	z, ok := r.Entwicklungsziel("QD3.T2.Z9")
	require.True(t, ok, "Entwicklungsziel(QD3.T2.Z9) after Validate")
	assert.Equal(t, "Neu.", z.Text)

	th.Entwicklungsziele = append(th.Entwicklungsziele, q.Entwicklungsziel{ID: "QD3.T1.Z1", Text: "x", Herkunft: "lokal"})
	err := r.Validate()
	var ve *schema.ValidierungsFehler
	require.ErrorAs(t, err, &ve)
	var regeln []string
	for _, v := range ve.Verletzungen {
		regeln = append(regeln, v.Zeiger+" "+v.Regel)
	}
	assert.Equal(t, []string{
		"/dimensionen/2/themen/1/entwicklungsziele/5 eindeutig",
		"/dimensionen/2/themen/1/entwicklungsziele/5/bereich enum",
		"/dimensionen/2/themen/1/entwicklungsziele/5/ebene enum",
		"/dimensionen/2/themen/1/entwicklungsziele/5/herkunft herkunft",
		"/dimensionen/2/themen/1/entwicklungsziele/5/id id",
	}, regeln)

	leer := &q.Rahmen{ID: "leer", Version: "2.5"}
	err = leer.Validate()
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, []schema.Verletzung{
		{Zeiger: "/dimensionen", Regel: "minItems", Meldung: "der Rahmen hat keine Dimensionen", Message: "the catalogue has no dimensions"},
		{Zeiger: "/version", Regel: "enum", Meldung: `unbekannte Version "2.5"`, Message: `unknown version "2.5"`},
	}, ve.Verletzungen)
}

// Look-ups on a catalogue changed in code (without Validate) never panic;
// they may miss items until Validate rebuilds the index.
func TestNachschlagenNachAenderung(t *testing.T) {
	r := q.Standard()
	r.Dimensionen[2].Themen[0].Entwicklungsziele = r.Dimensionen[2].Themen[0].Entwicklungsziele[:1]
	r.Dimensionen[9].Themen = r.Dimensionen[9].Themen[:1]
	assert.NotPanics(t, func() {
		for _, id := range []q.ID{"QD3.T1.Z4", "QD10.T4", "QD10.T4.Z2", "QD3.T1.Z1"} {
			r.Entwicklungsziel(id)
			r.Thema(id)
			r.Dimension(id)
			r.Enthaelt(id)
		}
	})
	r.Dimensionen = r.Dimensionen[:9]
	assert.NotPanics(t, func() { r.Entwicklungsziel("QD10.T1.Z1") })
	require.NoError(t, r.Validate())
	_, ok := r.Entwicklungsziel("QD3.T1.Z4")
	assert.False(t, ok)
	_, ok = r.Entwicklungsziel("QD3.T1.Z1")
	assert.True(t, ok)
}

// A catalogue decoded with plain encoding/json (no ParseRahmen, no
// Validate) is safe for concurrent reading too. Run with -race.
func TestNebenlaeufigesNachschlagen(t *testing.T) {
	data, err := os.ReadFile("rahmen/2.0.json")
	require.NoError(t, err)
	var r q.Rahmen
	require.NoError(t, json.Unmarshal(data, &r))
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for id := range q.Standard().IDs() {
				if !r.Enthaelt(id) {
					t.Errorf("Enthaelt(%s) = false", id)
					return
				}
			}
		}()
	}
	wg.Wait()

	std := q.Standard()
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, ok := std.Entwicklungsziel("QD3.T1.Z1"); !ok {
				t.Error("Entwicklungsziel(QD3.T1.Z1) = false")
			}
			_ = q.Abbildung(std, std)
		}()
	}
	wg.Wait()
}
