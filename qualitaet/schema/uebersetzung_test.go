package schema

import (
	"encoding/json"
	"io/fs"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/santhosh-tekuri/jsonschema/v5"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Keywords whose values are schemas, maps of schemas, lists of schemas.
var (
	schemaWert  = []string{"items", "not", "if", "then", "else", "additionalProperties", "propertyNames", "contains", "unevaluatedProperties", "unevaluatedItems"}
	schemaMap   = []string{"properties", "patternProperties", "$defs", "dependentSchemas"}
	schemaListe = []string{"allOf", "anyOf", "oneOf", "prefixItems"}
)

// benutzteSchluesselwoerter collects every keyword used in a schema
// position of a raw schema, with one place it is used.
func benutzteSchluesselwoerter(x any, ort string, out map[string]string) {
	obj, ok := x.(map[string]any)
	if !ok {
		return // boolean schema
	}
	for kw, wert := range obj {
		if _, da := out[kw]; !da {
			out[kw] = ort
		}
		switch {
		case contains(schemaWert, kw):
			benutzteSchluesselwoerter(wert, ort+"/"+kw, out)
		case contains(schemaMap, kw):
			m, _ := wert.(map[string]any)
			for name, sub := range m {
				benutzteSchluesselwoerter(sub, ort+"/"+kw+"/"+name, out)
			}
		case contains(schemaListe, kw):
			l, _ := wert.([]any)
			for _, sub := range l {
				benutzteSchluesselwoerter(sub, ort+"/"+kw+"/…", out)
			}
		}
	}
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// Every keyword any embedded schema uses is known to the translation, and
// every keyword that can fail has its message in German and English.
func TestSchluesselwoerterUebersetzt(t *testing.T) {
	benutzt := map[string]string{}
	namen, err := fs.Glob(Dateien(), "*.schema.json")
	require.NoError(t, err)
	for _, name := range namen {
		b, err := fs.ReadFile(Dateien(), name)
		require.NoError(t, err)
		var roh any
		require.NoError(t, json.Unmarshal(b, &roh))
		benutzteSchluesselwoerter(roh, name+"#", benutzt)
	}
	require.Contains(t, benutzt, "required", "the walk finds keywords")
	var fehlend []string
	for kw, ort := range benutzt {
		key, bekannt := schluesselwoerter[kw]
		switch {
		case strings.HasPrefix(kw, "x-"):
		case !bekannt:
			fehlend = append(fehlend, kw+" (used at "+ort+"): unknown to the translation")
		case key != "" && !meldungen.Hat(key):
			fehlend = append(fehlend, kw+": message "+key+" missing from the catalogue")
		}
	}
	sort.Strings(fehlend)
	assert.Empty(t, fehlend, "keywords of the embedded schemas without a German and English message")
	for kw, key := range schluesselwoerter {
		if key != "" {
			assert.True(t, meldungen.Hat(key), "%s: %s", kw, key)
		}
	}
}

// The translation reads the structure of the validator's errors, not its
// English wording: errors with messages the library never writes are
// translated all the same.
func TestUebersetzungOhneEnglischenText(t *testing.T) {
	k := Standard().k
	wert := map[string]any{"$schema": ArtZuschnitt.ID(), "rahmen": "2.1", "x": json.Number("1")}
	err := k.schemas[ArtZuschnitt].Validate(wert)
	require.Error(t, err)
	var ve *jsonschema.ValidationError
	require.ErrorAs(t, err, &ve)
	uebersetzt := func() []string {
		b := &begrenzung{max: MaxVerletzungen}
		k.uebersetze(ve, wert, "", false, b)
		return verletzungenText(b.ergebnis())
	}
	want := uebersetzt()
	var verwirre func(e *jsonschema.ValidationError)
	verwirre = func(e *jsonschema.ValidationError) {
		e.Message = "nicht allowed ??"
		for _, c := range e.Causes {
			verwirre(c)
		}
	}
	verwirre(ve)
	assert.Equal(t, want, uebersetzt())
	assert.Equal(t, []string{
		`/rahmen enum Wert "2.1" ist nicht erlaubt; erlaubt: "2016", "2.0" | value "2.1" is not allowed; allowed: "2016", "2.0"`,
		`/x additionalProperties unbekanntes Feld „x“ | unknown property "x"`,
	}, want)
}

func verletzungenText(vs []Verletzung) []string {
	var out []string
	for _, v := range vs {
		out = append(out, v.Zeiger+" "+v.Regel+" "+v.Meldung+" | "+v.Message)
	}
	sort.Strings(out)
	return out
}

// A schema "false" is reported as a field not allowed there, found from
// the compiled schema at the keyword location.
func TestFalschesSchema(t *testing.T) {
	k, err := kompiliere(fstest.MapFS{
		"zuschnitt.schema.json": {Data: []byte(`{"$schema": "https://json-schema.org/draft/2020-12/schema",
			"$id": "` + ArtZuschnitt.ID() + `", "type": "object", "properties": {"alt": false, "liste": {"items": false}}}`)},
	})
	require.NoError(t, err)
	v := &Validator{k: k}
	err = v.PruefeTeil(ArtZuschnitt, map[string]any{"alt": json.Number("1"), "liste": []any{"x"}})
	var vf *ValidierungsFehler
	require.ErrorAs(t, err, &vf)
	assert.Equal(t, []string{
		"/alt false Feld ist hier nicht erlaubt | property is not allowed here",
		"/liste/0 false Feld ist hier nicht erlaubt | property is not allowed here",
	}, verletzungenText(vf.Verletzungen))
}
