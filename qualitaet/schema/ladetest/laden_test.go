package ladetest

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
	"github.com/fruehehilfen/qualitaetsrahmen/kommune/vergleich"
	"github.com/fruehehilfen/qualitaetsrahmen/netzwerk"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema/internal/erzeuger"
	"github.com/santhosh-tekuri/jsonschema/v5"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// lader are the loaders of every document kind that has one.
var lader = map[schema.Art]func([]byte) error{
	schema.ArtRahmen: func(b []byte) error { _, err := qualitaet.ParseRahmen(b); return err },
	schema.ArtZuschnitt: func(b []byte) error {
		_, err := qualitaet.LiesZuschnitt(bytes.NewReader(b))
		return err
	},
	schema.ArtZiele:     func(b []byte) error { _, err := qualitaet.ParseZiele(b); return err },
	schema.ArtRegelwerk: func(b []byte) error { _, err := qualitaet.ParseRegelwerk(b); return err },
	schema.ArtKonformitaet: func(b []byte) error {
		_, err := qualitaet.LiesKonformitaetsvektor(bytes.NewReader(b))
		return err
	},
	schema.ArtNetzwerk: func(b []byte) error { _, err := netzwerk.Parse(b); return err },
	schema.ArtProfil:   func(b []byte) error { _, err := kommune.ParseProfil(b); return err },
	schema.ArtCluster:  func(b []byte) error { _, err := vergleich.ParseCluster(b); return err },
}

func lies(t testing.TB, pfad string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "..", pfad))
	require.NoError(t, err)
	return b
}

// regel returns the rules of the violations of err.
func regeln(err error) []string {
	var vf *schema.ValidierungsFehler
	if !errors.As(err, &vf) {
		return nil
	}
	var out []string
	for _, v := range vf.Verletzungen {
		out = append(out, v.Regel)
	}
	return out
}

// The exploit: a Regelwerk whose "aggregation" appears twice, first
// with a threshold the schema forbids, then a valid one. Neither the
// validator nor the loader may take it.
func TestDoppelterSchluesselWirdAbgelehnt(t *testing.T) {
	data := lies(t, "qualitaet/regelwerk/standard.json")
	rw, err := qualitaet.ParseRegelwerk(data)
	require.NoError(t, err)
	agg, err := json.Marshal(rw.Aggregation)
	require.NoError(t, err)
	boese := bytes.Replace(data, []byte(`"aggregation": {`),
		[]byte(`"aggregation": {"divergenzSchwelle": 99, "stufen": []}, "aggregation": `+string(agg)+`, "x-ersetzt": {`), 1)
	require.NotEqual(t, data, boese)

	_, err = qualitaet.ParseRegelwerk(boese)
	require.Error(t, err)
	assert.ErrorIs(t, err, schema.ErrUngueltig)
	var vf *schema.ValidierungsFehler
	require.ErrorAs(t, err, &vf)
	require.Len(t, vf.Verletzungen, 1)
	assert.Equal(t, "/aggregation", vf.Verletzungen[0].Zeiger)
	assert.Equal(t, schema.RegelSchluessel, vf.Verletzungen[0].Regel)
	assert.Positive(t, vf.Verletzungen[0].Zeile)
	assert.Contains(t, vf.Verletzungen[0].Text(language.English), `"aggregation" appears twice`)

	_, _, err = schema.Standard().Erkenne(boese) // what examples/validieren does
	assert.ErrorIs(t, err, schema.ErrUngueltig)

	// Deeper down, the pointer names the object holding the key twice.
	tief := bytes.Replace(data, []byte(`"divergenzSchwelle": 2`), []byte(`"divergenzSchwelle": 99, "divergenzSchwelle": 2`), 1)
	_, err = qualitaet.ParseRegelwerk(tief)
	require.ErrorAs(t, err, &vf)
	assert.Equal(t, "/aggregation/divergenzSchwelle", vf.Verletzungen[0].Zeiger)
}

// Whatever the schema accepts loads: an integer written 2.0 or 2e0, a
// date-time in lowercase or with a leap second.
func TestSchemaGueltigesLaedt(t *testing.T) {
	data := lies(t, "qualitaet/regelwerk/standard.json")
	for _, z := range []string{"2.0", "2e0", "20e-1"} {
		b := bytes.Replace(data, []byte(`"divergenzSchwelle": 2`), []byte(`"divergenzSchwelle": `+z), 1)
		require.NotEqual(t, data, b)
		rw, err := qualitaet.ParseRegelwerk(b)
		require.NoError(t, err, z)
		assert.Equal(t, 2, rw.Aggregation.DivergenzSchwelle, z)
	}

	ziele := lies(t, "testdata/ziele/oder-spree.json")
	var roh map[string]any
	require.NoError(t, json.Unmarshal(ziele, &roh))
	alt := zeitpunktIn(roh)
	require.NotEmpty(t, alt, "testdata/ziele/oder-spree.json has a date-time")
	for neu, want := range map[string]time.Time{
		"2016-12-31T23:59:60Z":         time.Date(2016, 12, 31, 23, 59, 59, 999999999, time.UTC),
		"2016-12-31t23:59:60.5z":       time.Date(2016, 12, 31, 23, 59, 59, 999999999, time.UTC),
		"2019-05-01t10:00:00+02:00":    time.Date(2019, 5, 1, 8, 0, 0, 0, time.UTC),
		"2017-01-01T00:59:60.25+01:00": time.Date(2016, 12, 31, 23, 59, 59, 999999999, time.UTC),
	} {
		b := bytes.ReplaceAll(ziele, []byte(`"`+alt+`"`), []byte(`"`+neu+`"`))
		d, err := qualitaet.ParseZiele(b)
		require.NoError(t, err, neu)
		assert.True(t, slices.ContainsFunc(zeitpunkte(d), want.Equal), "%s: %v", neu, zeitpunkte(d))
	}
	for _, falsch := range []string{"2024-05-01T10:00:00++1:00", "2024-05-01T+1:00:00Z", "2024-05-01T12:00:60Z"} {
		_, err := qualitaet.ParseZiele(bytes.ReplaceAll(ziele, []byte(`"`+alt+`"`), []byte(`"`+falsch+`"`)))
		assert.ErrorIs(t, err, schema.ErrUngueltig, falsch)
		assert.Contains(t, regeln(err), "format", falsch)
	}
}

// zeitpunktIn returns the earliest value under a key "zeitpunkt".
func zeitpunktIn(v any) string {
	var alle []string
	sammleZeitpunkte(v, &alle)
	if len(alle) == 0 {
		return ""
	}
	return slices.Min(alle)
}

// sammleZeitpunkte collects every "zeitpunkt" string of a JSON tree. The
// earliest of them (RFC 3339 in UTC sorts as text) is the one to replace:
// every entry that carries it starts its history or follows entries of the
// same time, so an earlier time in its place keeps every history in order.
func sammleZeitpunkte(v any, alle *[]string) {
	switch x := v.(type) {
	case map[string]any:
		if s, ok := x["zeitpunkt"].(string); ok {
			*alle = append(*alle, s)
		}
		for _, e := range x {
			sammleZeitpunkte(e, alle)
		}
	case []any:
		for _, e := range x {
			sammleZeitpunkte(e, alle)
		}
	}
}

// zeitpunkte returns every time.Time held in the document, found by
// writing it out and reading the "zeitpunkt" values back.
func zeitpunkte(d *qualitaet.ZieleDokument) []time.Time {
	b, _ := json.Marshal(d)
	var roh any
	_ = json.Unmarshal(b, &roh)
	var out []time.Time
	var sammle func(any)
	sammle = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				if s, ok := e.(string); ok && k == "zeitpunkt" {
					if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
						out = append(out, t)
					}
				}
				sammle(e)
			}
		case []any:
			for _, e := range x {
				sammle(e)
			}
		}
	}
	sammle(roh)
	return out
}

// vergleiche feeds one document through the validator and the loader of
// its kind: what the schema refuses never loads, and what it accepts never
// fails to decode (semantic checks may still refuse it).
func vergleiche(t testing.TB, art schema.Art, wert any, wo string) (gueltig bool) {
	t.Helper()
	data, err := json.Marshal(wert)
	require.NoError(t, err)
	v := schema.Standard()
	w, err := v.Dekodiere(data)
	if err != nil {
		return false
	}
	errSchema := v.Pruefe(art, w)
	errLader := lader[art](data)
	switch {
	case errSchema != nil && errLader == nil:
		t.Fatalf("%s %s: the schema refuses, the loader loads: %v\n%s", art, wo, errSchema, data)
	case errSchema == nil && slices.Contains(regeln(errLader), "typ"):
		t.Fatalf("%s %s: the schema accepts, the loader cannot decode: %v\n%s", art, wo, errLader, data)
	}
	return errSchema == nil
}

func testTexte(t testing.TB) []string {
	var out []string
	err := filepath.WalkDir(filepath.Join("..", "..", "..", "testdata"), func(pfad string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(pfad, ".json") {
			return err
		}
		b, err := os.ReadFile(pfad)
		if err != nil {
			return err
		}
		var v any
		if json.Unmarshal(b, &v) == nil {
			out = erzeuger.Texte(v, out)
		}
		return nil
	})
	require.NoError(t, err)
	slices.Sort(out)
	return slices.Compact(out)
}

// erzeugt returns the kind the first choice picks, a document generated
// for it and a mutant of that document.
func erzeugt(quelle []byte, texte []string) (schema.Art, any, any) {
	var arten []schema.Art
	for _, a := range schema.Arten() {
		if lader[a] != nil {
			arten = append(arten, a)
		}
	}
	e := erzeuger.Neu(quelle, texte)
	art := arten[e.Zahl(len(arten))]
	doc := e.Dokument(kompiliert(art), art.ID())
	return art, doc, e.Mutiere(doc, 1+e.Zahl(3))
}

// Generated and mutated documents of every kind with a loader: validator
// and loader agree on each, and the testdata documents too.
func TestLaderWieSchema(t *testing.T) {
	texte := testTexte(t)
	gueltig := map[schema.Art]int{}
	for i := range 400 {
		quelle := []byte{byte(i), byte(i >> 8), byte(i * 7), byte(i * 13), byte(i * 31), byte(i >> 3), byte(i * 5)}
		art, doc, mutant := erzeugt(quelle, texte)
		if vergleiche(t, art, doc, "generated") {
			gueltig[art]++
		}
		vergleiche(t, art, mutant, "mutant")
	}
	t.Logf("valid generated documents: %v", gueltig)
	assert.Positive(t, gueltig[schema.ArtRegelwerk])
	// The profile schema is too rich for random documents to be valid
	// often (formats, enums behind references, if/then); the valid side
	// of profiles is covered by every profile under testdata, each also
	// mutated.
	pfade, err := filepath.Glob(filepath.Join("..", "..", "..", "testdata", "profile", "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, pfade)
	e := erzeuger.Neu([]byte("profile"), texte)
	for _, pfad := range pfade {
		var doc any
		require.NoError(t, json.Unmarshal(lies(t, strings.TrimPrefix(filepath.ToSlash(pfad), "../../../")), &doc))
		assert.True(t, vergleiche(t, schema.ArtProfil, doc, pfad), "%s is valid", pfad)
		for range 5 {
			vergleiche(t, schema.ArtProfil, e.Mutiere(doc, 1+e.Zahl(3)), pfad+" mutated")
		}
	}
}

func FuzzLaderWieSchema(f *testing.F) {
	for i := range 8 {
		f.Add([]byte{byte(i), 0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
		f.Add([]byte{byte(i), 200, 17, 3, 99, 1, 0, 0, 250, 7, 31, 64})
	}
	texte := testTexte(f)
	f.Fuzz(func(t *testing.T, quelle []byte) {
		art, doc, mutant := erzeugt(quelle, texte)
		vergleiche(t, art, doc, "generated")
		vergleiche(t, art, mutant, "mutant")
	})
}

var schemas = sync.OnceValues(func() (map[string]*jsonschema.Schema, error) {
	return erzeuger.Kompiliere(schema.Dateien())
})

func kompiliert(art schema.Art) *jsonschema.Schema {
	m, err := schemas()
	if err != nil {
		panic(err)
	}
	return m[art.ID()]
}

// Every Dokument() of the library writes a document that validates
// against its own schema: built from each testdata document of the kind,
// and from an evaluation.
func TestDokumenteGegenSchema(t *testing.T) {
	type dokumentierbar interface{ Dokument() ([]byte, error) }
	laden := map[string]func([]byte) (dokumentierbar, error){
		"regelwerk": func(b []byte) (dokumentierbar, error) { return qualitaet.ParseRegelwerk(b) },
		"zuschnitt": func(b []byte) (dokumentierbar, error) { return qualitaet.LiesZuschnitt(bytes.NewReader(b)) },
		"konformitaet": func(b []byte) (dokumentierbar, error) {
			return qualitaet.LiesKonformitaetsvektor(bytes.NewReader(b))
		},
		"netzwerk": func(b []byte) (dokumentierbar, error) { return netzwerk.Parse(b) },
		"profile":  func(b []byte) (dokumentierbar, error) { return kommune.ParseProfil(b) },
	}
	var docs []dokumentierbar
	for ordner, lade := range laden {
		pfade, err := filepath.Glob(filepath.Join("..", "..", "..", "testdata", ordner, "*.json"))
		require.NoError(t, err)
		require.NotEmpty(t, pfade, ordner)
		for _, pfad := range pfade {
			d, err := lade(lies(t, strings.TrimPrefix(filepath.ToSlash(pfad), "../../../")))
			require.NoError(t, err, pfad)
			docs = append(docs, d)
		}
	}
	cl, err := vergleich.ParseCluster(lies(t, "kommune/vergleich/cluster/qualitaetsdialoge.json"))
	require.NoError(t, err)
	p, err := kommune.Beispiel()
	require.NoError(t, err)
	b, err := kommune.Bewerte(p, kommune.BewertungsOptionen{Zeitpunkt: time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)})
	require.NoError(t, err)
	// An expected goal without its source: the source is optional.
	k, err := qualitaet.LiesKonformitaetsvektor(bytes.NewReader(lies(t, "testdata/konformitaet/09-lokale-ziele.json")))
	require.NoError(t, err)
	require.NotEmpty(t, k.Erwartet.Ziele)
	k.Erwartet.Ziele[0].Quelle = ""
	docs = append(docs, cl, p, b, qualitaet.StandardRegelwerk(), k)
	for _, d := range docs {
		data, err := d.Dokument()
		require.NoError(t, err, "%T", d)
		_, _, err = schema.Standard().Erkenne(data)
		assert.NoError(t, err, "%T", d)
	}
}
