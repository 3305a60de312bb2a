package schema

import (
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema/internal/schnell"

	"encoding/json"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// Every field marked "x-personenbezogen" in the embedded schemas is known
// under the location the compiler gives it.
func TestPersonenbezogeneOrte(t *testing.T) {
	k, err := kompilieren()
	require.NoError(t, err)
	require.NotEmpty(t, k.personen)
	for ort := range k.personen {
		assert.Contains(t, k.orte, ort, "marked location %s is no compiled schema", ort)
	}
	assert.True(t, k.personen[ArtProfil.ID()+"#/$defs/wirUeberUns/properties/ansprechperson"])
	assert.True(t, k.personen[ArtZiele.ID()+"#/$defs/durch"])
}

const personenSchema = `{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/rahmen.schema.json",
  "type": "object", "additionalProperties": false,
  "properties": {
    "$schema": {"type": "string"},
    "person": {"x-personenbezogen": true, "enum": ["Anna", "Berta"]},
    "kennung": {"x-personenbezogen": true, "$ref": "#/$defs/kennung"},
    "alter": {"x-personenbezogen": true, "type": "integer", "minimum": 18},
    "geburt": {"x-personenbezogen": true, "type": "string", "format": "date"},
    "leute": {"x-personenbezogen": true, "type": "array", "items": {"const": "X"}},
    "rolle": {"enum": ["Koordination", "Leitung"]}
  },
  "$defs": {"kennung": {"type": "string", "pattern": "^[a-z]+$"}}
}`

const gemeinsamLeer = `{"$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/gemeinsam.schema.json"}`

// Messages about personal fields name the field (pointer) and the rule,
// never the value; other fields still quote theirs.
func TestPersonenbezogeneWerteNichtInMeldungen(t *testing.T) {
	k, err := kompiliere(fstest.MapFS{
		"rahmen.schema.json":    {Data: []byte(personenSchema)},
		"gemeinsam.schema.json": {Data: []byte(gemeinsamLeer)},
	})
	require.NoError(t, err)
	v := &Validator{k: k}
	geheim := []string{"Zacharias-Geheim", "GEHEIM-Kennung", "17", "1999-02-30", "Ypsilon-Geheim"}
	doc := `{"$schema":"` + ArtRahmen.ID() + `","person":"Zacharias-Geheim","kennung":"GEHEIM-Kennung",
		"alter":17,"geburt":"1999-02-30","leute":["Ypsilon-Geheim"],"rolle":"Kaiserin"}`
	wert, err := v.Dekodiere([]byte(doc))
	require.NoError(t, err)
	err = v.Pruefe(ArtRahmen, wert)
	require.Error(t, err)
	ve, ok := err.(*ValidierungsFehler)
	require.True(t, ok)
	zeiger := map[string]string{}
	for _, x := range ve.Verletzungen {
		zeiger[x.Zeiger] = x.Regel
		for _, text := range []string{x.Meldung, x.Message} {
			for _, g := range geheim {
				assert.NotContains(t, text, g, "%s: %s", x.Zeiger, text)
			}
		}
	}
	assert.Equal(t, map[string]string{"/person": "enum", "/kennung": "pattern", "/alter": "minimum",
		"/geburt": "format", "/leute/0": "const", "/rolle": "enum"}, zeiger)
	assert.Contains(t, ve.Error(), `"Kaiserin"`, "values of other fields are still quoted")
	assert.Contains(t, ve.Text(language.English), "/person: value is not allowed; allowed: \"Anna\", \"Berta\"")
}

// A number built in code that is no JSON number is refused, not passed on
// to the validator (which would panic on it).
func TestZahlAusCodeOhneGrammatik(t *testing.T) {
	for _, n := range []string{"abc", "", "-", "1.", ".5", "0x10", "1e", "NaN", "+1", "01"} {
		err := Standard().PruefeTeil(ArtZuschnitt, map[string]any{"rahmen": json.Number(n)})
		require.Error(t, err, n)
		assert.ErrorIs(t, err, ErrUngueltig)
		assert.True(t, strings.Contains(err.Error(), "/rahmen"), "%q: %v", n, err)
	}
	assert.True(t, schnell.ZahlOK("-0.5e+3"))
	assert.True(t, schnell.ZahlOK("0"))
}

// Every message of the catalogue renders in both languages and is used.
func TestKatalogVollstaendig(t *testing.T) {
	require.NoError(t, meldungen.Pruefe(os.DirFS("."), "kw.oneOf", "kw.anyOf", "kw.not", "kw.false",
		"kw.enum.", "kw.const.", "kw.format.", "kw.pattern.", "kw.minimum.", "kw.maximum.",
		"kw.exclusiveMinimum.", "kw.exclusiveMaximum.", "kw.multipleOf.", "kw.sonst"))
}

// Pruefe finds what it is meant to find.
func TestKatalogPruefeFindetLuecken(t *testing.T) {
	k := NeuerKatalog(Eintrag{"benutzt", "Wert %d", "value %d"}, Eintrag{"verwaist", "Text", "text"},
		Eintrag{"falsch", "%d Stück", "%d pieces"})
	quellen := fstest.MapFS{"a.go": {Data: []byte(`x := k.Sprintf(tag, "benutzt", 1); y := "falsch"`)},
		"meldungen.go": {Data: []byte(`NeuerKatalog(Eintrag{"benutzt"}, Eintrag{"verwaist"}, Eintrag{"falsch"})`)}}
	err := k.Pruefe(quellen)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "verwaist: nirgends verwendet")
	assert.NotContains(t, err.Error(), "benutzt")
	assert.NoError(t, k.Pruefe(quellen, "verwaist"))
}
