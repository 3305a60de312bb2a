package schema_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// verletzungenVon returns the violations of err, failing the test if err is
// no *schema.ValidierungsFehler.
func verletzungenVon(t *testing.T, err error) []schema.Verletzung {
	t.Helper()
	var ve *schema.ValidierungsFehler
	require.ErrorAs(t, err, &ve)
	return ve.Verletzungen
}

func TestStandardKompiliertJedesSchema(t *testing.T) {
	v := schema.Standard()
	require.NotNil(t, v)
	assert.Equal(t, schema.Optionen{MaxGroesse: 8 << 20, MaxTiefe: 64}, v.Optionen())

	namen, err := fs.Glob(schema.Dateien(), "*.schema.json")
	require.NoError(t, err)
	require.Contains(t, namen, "gemeinsam.schema.json")
	require.Contains(t, namen, "rahmen.schema.json")
	require.Contains(t, namen, "zuschnitt.schema.json")
	for _, name := range namen {
		art, ok := schema.ArtVonID(schema.Basis + name)
		if !assert.True(t, ok, "ArtVonID(%q): kein bekannter Dateiname", name) {
			continue
		}
		assert.Equal(t, name, art.Datei())
		if art == schema.ArtGemeinsam {
			continue
		}
		// A kind with a compiled schema reports violations, never "no schema".
		err := v.PruefeTeil(art, map[string]any{"unbekanntesFeldDasKeinSchemaErlaubt": true})
		var ve *schema.ValidierungsFehler
		assert.ErrorAs(t, err, &ve, "PruefeTeil(%s, …) = %v, want *ValidierungsFehler", art, err)
	}
}

// TestSchemaStil walks every embedded schema and enforces the schema style of
// the design notes: draft 2020-12, $id matching the file name, every object
// closed with additionalProperties false, no oneOf/anyOf/unevaluated*, and
// document schemas that pin "$schema" to their own $id.
func TestSchemaStil(t *testing.T) {
	namen, err := fs.Glob(schema.Dateien(), "*.schema.json")
	require.NoError(t, err)
	for _, name := range namen {
		t.Run(name, func(t *testing.T) {
			b, err := fs.ReadFile(schema.Dateien(), name)
			require.NoError(t, err)
			var s map[string]any
			require.NoError(t, json.Unmarshal(b, &s))
			assert.Equal(t, "https://json-schema.org/draft/2020-12/schema", s["$schema"])
			assert.Equal(t, schema.Basis+name, s["$id"])
			if name != schema.ArtGemeinsam.Datei() {
				props, _ := s["properties"].(map[string]any)
				sch, _ := props["$schema"].(map[string]any)
				assert.Equal(t, schema.Basis+name, sch["const"], `properties/$schema/const`)
			}
			pruefeSchemaKnoten(t, "#", s)
		})
	}
}

func pruefeSchemaKnoten(t *testing.T, ort string, s map[string]any) {
	t.Helper()
	for _, verboten := range []string{"oneOf", "anyOf", "unevaluatedProperties", "unevaluatedItems"} {
		_, ok := s[verboten]
		assert.False(t, ok, "%s: %s ist nicht erlaubt", ort, verboten)
	}
	if typ, _ := s["type"].(string); typ == "object" {
		// Closed records say false; maps keyed by free names give a schema
		// for their values. Leaving it open is never right.
		ap, ok := s["additionalProperties"]
		_, istSchema := ap.(map[string]any)
		assert.True(t, ok && (ap == false || istSchema), "%s: object without \"additionalProperties\": false (or a value schema)", ort)
	}
	for _, kw := range []string{"properties", "$defs", "patternProperties", "dependentSchemas"} {
		m, _ := s[kw].(map[string]any)
		for name, x := range m {
			if sub, ok := x.(map[string]any); ok {
				pruefeSchemaKnoten(t, ort+"/"+kw+"/"+name, sub)
			}
		}
	}
	for _, kw := range []string{"items", "additionalProperties", "if", "then", "else", "not", "contains"} {
		if sub, ok := s[kw].(map[string]any); ok {
			pruefeSchemaKnoten(t, ort+"/"+kw, sub)
		}
	}
	for _, kw := range []string{"allOf", "prefixItems"} {
		l, _ := s[kw].([]any)
		for _, x := range l {
			if sub, ok := x.(map[string]any); ok {
				pruefeSchemaKnoten(t, ort+"/"+kw, sub)
			}
		}
	}
}

func TestArt(t *testing.T) {
	tests := []struct {
		art    schema.Art
		valid  bool
		string string
		id     string
		datei  string
	}{
		{schema.ArtGemeinsam, true, "gemeinsam", "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/gemeinsam.schema.json", "gemeinsam.schema.json"},
		{schema.ArtRahmen, true, "rahmen", "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/rahmen.schema.json", "rahmen.schema.json"},
		{schema.ArtZuschnitt, true, "zuschnitt", "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/zuschnitt.schema.json", "zuschnitt.schema.json"},
		{schema.ArtZiele, true, "ziele", "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/ziele.schema.json", "ziele.schema.json"},
		{schema.ArtRegelwerk, true, "regelwerk", "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/regelwerk.schema.json", "regelwerk.schema.json"},
		{schema.ArtBewertung, true, "bewertung", "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/bewertung.schema.json", "bewertung.schema.json"},
		{schema.ArtKonformitaet, true, "konformitaet", "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/konformitaet.schema.json", "konformitaet.schema.json"},
		{schema.ArtNetzwerk, true, "netzwerk", "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/netzwerk.schema.json", "netzwerk.schema.json"},
		{schema.ArtProfil, true, "profil", "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/profil.schema.json", "profil.schema.json"},
		{schema.ArtCluster, true, "cluster", "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/cluster.schema.json", "cluster.schema.json"},
		{schema.ArtVergleich, true, "vergleich", "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/vergleich.schema.json", "vergleich.schema.json"},
		{schema.ArtTrend, true, "trend", "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/trend.schema.json", "trend.schema.json"},
		{schema.ArtPlan, true, "plan", "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/plan.schema.json", "plan.schema.json"},
		{"", false, "Art()", "", ""},
		{"Rahmen", false, "Art(Rahmen)", "", ""},
		{"rahmen.schema.json", false, "Art(rahmen.schema.json)", "", ""},
	}
	var gepinnt []schema.Art
	for _, tt := range tests {
		t.Run(tt.string, func(t *testing.T) {
			assert.Equal(t, tt.valid, tt.art.Valid(), "%q.Valid()", string(tt.art))
			assert.Equal(t, tt.string, tt.art.String(), "%q.String()", string(tt.art))
			b, err := tt.art.MarshalText()
			var zurueck schema.Art
			uerr := zurueck.UnmarshalText([]byte(tt.art))
			if !tt.valid {
				assert.Error(t, err, "%q.MarshalText()", string(tt.art))
				assert.Error(t, uerr, "UnmarshalText(%q)", string(tt.art))
				assert.Contains(t, uerr.Error(), `"`+string(tt.art)+`"`, "the error quotes the input")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.string, string(b))
			require.NoError(t, uerr)
			assert.Equal(t, tt.art, zurueck)
			assert.Equal(t, tt.id, tt.art.ID())
			assert.Equal(t, tt.datei, tt.art.Datei())
			got, ok := schema.ArtVonID(tt.id)
			assert.True(t, ok, "ArtVonID(%q)", tt.id)
			assert.Equal(t, tt.art, got, "ArtVonID(%q)", tt.id)
		})
		if tt.valid {
			gepinnt = append(gepinnt, tt.art)
		}
	}
	assert.Equal(t, gepinnt, schema.Arten(), "every kind is pinned in the table, in order")

	arten := schema.Arten()
	arten[0] = "verändert"
	assert.Equal(t, schema.ArtGemeinsam, schema.Arten()[0], "Arten returns a copy")
}

func TestArtVonIDUnbekannt(t *testing.T) {
	for _, id := range []string{
		"",
		"https://evil.example/rahmen.schema.json",
		"http://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/rahmen.schema.json",
		"https://fruehehilfen.github.io/qualitaetsrahmen/schema/v2/rahmen.schema.json",
		"https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/rahmen.json",
		"https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/rahmen.schema.json#",
		"https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/../v1/rahmen.schema.json",
		"https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/quatsch.schema.json",
		"https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/.schema.json",
		"file:///etc/passwd",
	} {
		art, ok := schema.ArtVonID(id)
		assert.False(t, ok, "ArtVonID(%q) = %q, true; want false", id, art)
	}
}

func TestOptionen(t *testing.T) {
	tests := []struct {
		name string
		in   schema.Optionen
		want schema.Optionen
	}{
		{"zero means defaults", schema.Optionen{}, schema.Optionen{MaxGroesse: schema.StandardMaxGroesse, MaxTiefe: schema.StandardMaxTiefe}},
		{"negative means defaults", schema.Optionen{MaxGroesse: -1, MaxTiefe: -5}, schema.Optionen{MaxGroesse: 8388608, MaxTiefe: 64}},
		{"own limits", schema.Optionen{MaxGroesse: 100, MaxTiefe: 3}, schema.Optionen{MaxGroesse: 100, MaxTiefe: 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := schema.NeuerValidator(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, v.Optionen())
		})
	}
}

// zaehlLeser counts the bytes it hands out and never ends.
type zaehlLeser struct{ n int64 }

func (z *zaehlLeser) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	z.n += int64(len(p))
	return len(p), nil
}

func TestLies(t *testing.T) {
	v, err := schema.NeuerValidator(schema.Optionen{MaxGroesse: 16})
	require.NoError(t, err)

	genau := strings.Repeat("x", 16)
	data, err := v.Lies(strings.NewReader(genau))
	require.NoError(t, err, "Lies(16 bytes) with limit 16")
	assert.Equal(t, genau, string(data))

	_, err = v.Lies(strings.NewReader(genau + "y"))
	require.ErrorIs(t, err, schema.ErrZuGross, "Lies(17 bytes) with limit 16")
	assert.ErrorIs(t, err, schema.ErrUngueltig)
	assert.NotErrorIs(t, err, schema.ErrSyntax)
	vs := verletzungenVon(t, err)
	require.Len(t, vs, 1)
	assert.Equal(t, schema.Verletzung{Regel: "groesse",
		Meldung: "Dokument ist größer als die erlaubten 16 Bytes",
		Message: "document is larger than the allowed 16 bytes"}, vs[0])

	endlos := &zaehlLeser{}
	_, err = v.Lies(endlos)
	assert.ErrorIs(t, err, schema.ErrZuGross, "Lies(endless reader)")
	assert.LessOrEqual(t, endlos.n, int64(17), "Lies reads at most limit+1 bytes")

	kaputt := errors.New("Leitung unterbrochen")
	_, err = v.Lies(iotest.ErrReader(kaputt))
	assert.ErrorIs(t, err, kaputt, "Lies passes on read errors")

	_, err = schema.Standard().Lies(io.LimitReader(&zaehlLeser{}, 8<<20+1))
	require.ErrorIs(t, err, schema.ErrZuGross)
	vs = verletzungenVon(t, err)
	assert.Equal(t, "Dokument ist größer als die erlaubten 8.388.608 Bytes", vs[0].Meldung, "German figures have dots")
	assert.Equal(t, "document is larger than the allowed 8,388,608 bytes", vs[0].Message)
}

func TestDekodiere(t *testing.T) {
	data := []byte(`{"a": [1, 2.5, "x", null, true, {}], "b": -0.5e3}`)
	got, err := schema.Standard().Dekodiere(data)
	require.NoError(t, err)
	want := map[string]any{
		"a": []any{json.Number("1"), json.Number("2.5"), "x", nil, true, map[string]any{}},
		"b": json.Number("-0.5e3"),
	}
	assert.Equal(t, want, got)

	v, err := schema.NeuerValidator(schema.Optionen{MaxGroesse: 10})
	require.NoError(t, err)
	_, err = v.Dekodiere([]byte(`[1,2,3,4,5]`))
	assert.ErrorIs(t, err, schema.ErrZuGross, "Dekodiere(11 bytes) with limit 10")
	_, err = v.Dekodiere([]byte(`[1,2,3,45]`))
	assert.NoError(t, err, "Dekodiere(10 bytes) with limit 10")
}

// Columns are counted in bytes, 1-based, and name the offending byte; the
// expectations were counted by hand.
func TestDekodiereSyntax(t *testing.T) {
	tests := []struct {
		name          string
		in            string
		zeile, spalte int
		meldung       string // German message, or "" to check only the start
	}{
		{"missing value", "{\"a\": 1,\n \"b\": }", 2, 7, "kein gültiges JSON: unerwartetes Zeichen „}“"},
		{"missing colon", `{"a" 1}`, 1, 6, ""},
		{"double comma", `[1,,2]`, 1, 4, ""},
		{"control character in string", "[\"a\tb\"]", 1, 4, ""},
		{"CRLF", "{\r\n\"a\":x}", 2, 5, ""},
		{"columns in bytes", `{"ä": x}`, 1, 8, ""},
		{"after top-level value", `12x`, 1, 3, "nach dem JSON-Dokument folgen weitere Daten"},
		{"truncated", `{"a":[1,2`, 1, 10, "kein gültiges JSON: das Dokument endet vorzeitig"},
		{"truncated string", `{"a":"xy`, 1, 9, "kein gültiges JSON: das Dokument endet vorzeitig"},
		{"empty", ``, 1, 1, "kein gültiges JSON: das Dokument endet vorzeitig"},
		{"only whitespace", "  \n", 2, 1, "kein gültiges JSON: das Dokument endet vorzeitig"},
		{"trailing garbage", `{"a":1} x`, 1, 9, "nach dem JSON-Dokument folgen weitere Daten"},
		{"second document", `{"a":1}{"b":2}`, 1, 8, "nach dem JSON-Dokument folgen weitere Daten"},
		{"second value after lines", "{\"a\":1}\n\n  2", 3, 3, "nach dem JSON-Dokument folgen weitere Daten"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := schema.Standard().Dekodiere([]byte(tt.in))
			require.ErrorIs(t, err, schema.ErrSyntax, "Dekodiere(%q) = %v, %v; want ErrSyntax", tt.in, got, err)
			assert.Nil(t, got)
			vs := verletzungenVon(t, err)
			require.Len(t, vs, 1)
			assert.Equal(t, "syntax", vs[0].Regel)
			assert.Equal(t, "", vs[0].Zeiger)
			assert.Equal(t, [2]int{tt.zeile, tt.spalte}, [2]int{vs[0].Zeile, vs[0].Spalte},
				"Dekodiere(%q): line:column = %d:%d, want %d:%d", tt.in, vs[0].Zeile, vs[0].Spalte, tt.zeile, tt.spalte)
			if tt.meldung != "" {
				assert.Equal(t, tt.meldung, vs[0].Meldung)
			} else {
				assert.True(t, strings.HasPrefix(vs[0].Meldung, "kein gültiges JSON: "), vs[0].Meldung)
			}
			assert.NotEmpty(t, vs[0].Message)
			assert.NotEqual(t, vs[0].Meldung, vs[0].Message)
		})
	}
}

func verschachtelt(n int) string { return strings.Repeat("[", n) + strings.Repeat("]", n) }

func TestDekodiereTiefe(t *testing.T) {
	v := schema.Standard()
	_, err := v.Dekodiere([]byte(verschachtelt(64)))
	assert.NoError(t, err, "depth exactly MaxTiefe (64)")
	_, err = v.Dekodiere([]byte(strings.Repeat(`{"a":`, 63) + "[]" + strings.Repeat("}", 63)))
	assert.NoError(t, err, "objects and arrays 64 deep")

	_, err = v.Dekodiere([]byte(verschachtelt(65)))
	require.ErrorIs(t, err, schema.ErrZuTief, "depth MaxTiefe+1 (65)")
	vs := verletzungenVon(t, err)
	require.Len(t, vs, 1)
	assert.Equal(t, schema.Verletzung{Regel: "tiefe", Zeile: 1, Spalte: 65,
		Meldung: "Dokument ist tiefer als 64 Ebenen verschachtelt",
		Message: "document is nested deeper than 64 levels"}, vs[0])

	// 100 000 levels: refused by the byte scan at the 65th bracket, long
	// before a decoder or validator sees it.
	tief := []byte("{\"x\":\n" + strings.Repeat("[", 100000))
	_, err = v.Dekodiere(tief)
	require.ErrorIs(t, err, schema.ErrZuTief)
	vs = verletzungenVon(t, err)
	assert.Equal(t, [2]int{2, 64}, [2]int{vs[0].Zeile, vs[0].Spalte}, "the 64th '[' on line 2 is the 65th level")

	klein, err := schema.NeuerValidator(schema.Optionen{MaxTiefe: 3})
	require.NoError(t, err)
	tests := []struct {
		name string
		in   string
		ok   bool
	}{
		{"brackets inside a string do not count", `["[[[[{{{{"]`, true},
		{"escaped quote keeps the string open", `["\"[[[[", 1]`, true},
		{"escaped backslash ends before the quote", `["\\", [[1]]]`, true},
		{"escaped backslash, then too deep", `["\\", [[[1]]]]`, false},
		{"closing brackets inside strings do not lower the depth", `[[["]]]"], [1]]]`, true},
		{"depth 4 after strings", `["]]]", [["}}}", [1]]]]`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := klein.Dekodiere([]byte(tt.in))
			if tt.ok {
				assert.NoError(t, err, "Dekodiere(%s) with MaxTiefe 3", tt.in)
			} else {
				assert.ErrorIs(t, err, schema.ErrZuTief, "Dekodiere(%s) with MaxTiefe 3", tt.in)
			}
		})
	}
}

func TestDekodiereZahlen(t *testing.T) {
	hundert := strings.Repeat("1234567890", 10)
	tests := []struct {
		name   string
		in     string
		zeiger []string // pointers of the refused numbers, sorted; nil = accepted
	}{
		{"huge exponent", `{"a":[1e1000001]}`, []string{"/a/0"}},
		{"tiny exponent", `{"a":[0, 1e-1000001]}`, []string{"/a/1"}},
		{"100 digits", `{"x":{"y":` + hundert + `}}`, []string{"/x/y"}},
		{"top level", `1e1000001`, []string{""}},
		{"escaped key", `{"a/b~c":[1E+999]}`, []string{"/a~1b~0c/0"}},
		{"two numbers, natural order", `{"b":1e999,"a":[1,2,3,4,5,6,7,8,9,10,1e999],"c":[1e999]}`, []string{"/a/10", "/b", "/c/0"}},
		{"exponent 400", `[1e400, 1E+400, -1e-400]`, nil},
		{"exponent 401", `[1e401]`, []string{"/0"}},
		{"exponent -401", `[-1e-401]`, []string{"/0"}},
		{"64 characters", `[` + strings.Repeat("9", 64) + `]`, nil},
		{"65 characters", `[-` + strings.Repeat("9", 64) + `]`, []string{"/0"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got any
			var err error
			require.NotPanics(t, func() { got, err = schema.Standard().Dekodiere([]byte(tt.in)) })
			if tt.zeiger == nil {
				assert.NoError(t, err)
				assert.NotNil(t, got)
				return
			}
			require.Error(t, err, "Dekodiere(%s) = %v, nil; want error", tt.in, got)
			assert.Nil(t, got)
			vs := verletzungenVon(t, err)
			var zeiger []string
			for _, v := range vs {
				zeiger = append(zeiger, v.Zeiger)
				assert.Equal(t, "zahl", v.Regel)
			}
			assert.Equal(t, tt.zeiger, zeiger)
		})
	}

	_, err := schema.Standard().Dekodiere([]byte(`{"a":[1e1000001]}`))
	vs := verletzungenVon(t, err)
	assert.Equal(t, "Zahl 1e1000001 ist zu lang oder ihr Exponent zu groß", vs[0].Meldung)
	assert.Equal(t, "number 1e1000001 is too long or its exponent too large", vs[0].Message)
	assert.Equal(t, "/a/0: Zahl 1e1000001 ist zu lang oder ihr Exponent zu groß", vs[0].String())

	_, err = schema.Standard().Dekodiere([]byte(`[` + hundert + `]`))
	vs = verletzungenVon(t, err)
	assert.Equal(t, "Zahl "+hundert[:80]+"… ist zu lang oder ihr Exponent zu groß", vs[0].Meldung, "long literals are shortened to 80 characters")
}

// A value built in code never reaches the validator's big.Rat arithmetic
// with a number it cannot handle.
func TestPruefeZahlAusCode(t *testing.T) {
	doc := map[string]any{
		"$schema":     schema.ArtRahmen.ID(),
		"dimensionen": []any{map[string]any{"nummer": json.Number("1e1000001")}},
	}
	var err error
	require.NotPanics(t, func() { err = schema.Standard().Pruefe(schema.ArtRahmen, doc) })
	assert.Error(t, err)
	require.NotPanics(t, func() {
		err = schema.Standard().PruefeTeil(schema.ArtZuschnitt, map[string]any{"rahmen": json.Number("1e-1000001")})
	})
	assert.Error(t, err)
}

const zuschnittID = "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/zuschnitt.schema.json"

func TestArtVon(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		zeiger  string
		meldung string
	}{
		{"array", `[]`, "", "Dokument ist kein JSON-Objekt"},
		{"string", `"rahmen"`, "", "Dokument ist kein JSON-Objekt"},
		{"null", `null`, "", "Dokument ist kein JSON-Objekt"},
		{"missing $schema", `{"rahmen":"2.0"}`, "", "„$schema“ fehlt: die Dokumentart ist unbekannt"},
		{"remote", `{"$schema":"https://evil.example/x.json"}`, "/$schema",
			`„$schema“ "https://evil.example/x.json" ist keines der eingebetteten Schemas; es wird nichts nachgeladen`},
		{"file", `{"$schema":"file:///etc/passwd"}`, "/$schema",
			`„$schema“ "file:///etc/passwd" ist keines der eingebetteten Schemas; es wird nichts nachgeladen`},
		{"shared definitions are no document", `{"$schema":"https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/gemeinsam.schema.json"}`, "/$schema",
			`„$schema“ "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/gemeinsam.schema.json" ist keines der eingebetteten Schemas; es wird nichts nachgeladen`},
		{"number", `{"$schema":42}`, "/$schema",
			`„$schema“ "42" ist keines der eingebetteten Schemas; es wird nichts nachgeladen`},
		{"draft metaschema", `{"$schema":"https://json-schema.org/draft/2020-12/schema"}`, "/$schema",
			`„$schema“ "https://json-schema.org/draft/2020-12/schema" ist keines der eingebetteten Schemas; es wird nichts nachgeladen`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wert, err := schema.Standard().Dekodiere([]byte(tt.in))
			require.NoError(t, err)
			art, err := schema.ArtVon(wert)
			require.ErrorIs(t, err, schema.ErrUnbekanntesSchema, "ArtVon(%s) = %q, %v", tt.in, art, err)
			assert.Equal(t, schema.Art(""), art)
			vs := verletzungenVon(t, err)
			require.Len(t, vs, 1)
			assert.Equal(t, tt.zeiger, vs[0].Zeiger)
			assert.Equal(t, "schema", vs[0].Regel)
			assert.Equal(t, tt.meldung, vs[0].Meldung)
			assert.NotEmpty(t, vs[0].Message)

			// Erkenne refuses the same document the same way.
			art, got, err := schema.Standard().Erkenne([]byte(tt.in))
			assert.ErrorIs(t, err, schema.ErrUnbekanntesSchema)
			assert.Equal(t, schema.Art(""), art)
			assert.Nil(t, got)
		})
	}

	wert, err := schema.Standard().Dekodiere([]byte(`{"$schema":"` + zuschnittID + `","rahmen":"2.0"}`))
	require.NoError(t, err)
	art, err := schema.ArtVon(wert)
	require.NoError(t, err)
	assert.Equal(t, schema.ArtZuschnitt, art)
}

// A "$schema" that points at a server is never fetched.
func TestArtVonLaedtNichts(t *testing.T) {
	var anfragen atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		anfragen.Add(1)
		_, _ = io.WriteString(w, `{"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object"}`)
	}))
	defer srv.Close()
	for _, pfad := range []string{"/x.json", "/qualitaetsrahmen/schema/v1/rahmen.schema.json"} {
		art, wert, err := schema.Standard().Erkenne([]byte(`{"$schema":"` + srv.URL + pfad + `"}`))
		assert.ErrorIs(t, err, schema.ErrUnbekanntesSchema)
		assert.Equal(t, schema.Art(""), art)
		assert.Nil(t, wert)
	}
	assert.Zero(t, anfragen.Load(), "requests to the server named in $schema")
}

func TestPruefeFalscheArt(t *testing.T) {
	v := schema.Standard()
	wert, err := v.Dekodiere([]byte(`{"$schema":"` + zuschnittID + `","rahmen":"2.0"}`))
	require.NoError(t, err)
	require.NoError(t, v.Pruefe(schema.ArtZuschnitt, wert))

	err = v.Pruefe(schema.ArtRahmen, wert)
	require.ErrorIs(t, err, schema.ErrUnbekanntesSchema, "Pruefe(rahmen, zuschnitt document)")
	var ve *schema.ValidierungsFehler
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, schema.ArtRahmen, ve.Art)
	assert.Equal(t, []schema.Verletzung{{Zeiger: "/$schema", Regel: "schema",
		Meldung: "Dokument ist vom Typ zuschnitt, erwartet wird rahmen",
		Message: "document is of kind zuschnitt, expected rahmen"}}, ve.Verletzungen)

	for _, art := range []schema.Art{schema.ArtGemeinsam, "quatsch", ""} {
		err := v.Pruefe(art, wert)
		require.Error(t, err, "Pruefe(%q, …)", string(art))
		assert.False(t, errors.As(err, &ve), "Pruefe(%q, …) is a programming error, not an invalid document", string(art))
		err = v.PruefeTeil(art, wert)
		assert.Error(t, err, "PruefeTeil(%q, …)", string(art))
	}

	// PruefeTeil does not need "$schema".
	assert.NoError(t, v.PruefeTeil(schema.ArtZuschnitt, map[string]any{"rahmen": "2016"}))
	err = v.PruefeTeil(schema.ArtZuschnitt, map[string]any{"rahmen": "2.1"})
	assert.Equal(t, []schema.Verletzung{{Zeiger: "/rahmen", Regel: "enum",
		Meldung: `Wert "2.1" ist nicht erlaubt; erlaubt: "2016", "2.0"`,
		Message: `value "2.1" is not allowed; allowed: "2016", "2.0"`}}, verletzungenVon(t, err))
	err = v.PruefeTeil(schema.ArtZuschnitt, map[string]any{"$schema": schema.ArtRahmen.ID(), "rahmen": "2.0"})
	vs := verletzungenVon(t, err)
	require.Len(t, vs, 1)
	assert.Equal(t, "/$schema", vs[0].Zeiger)
	assert.Equal(t, "const", vs[0].Regel)
	// The quoted $id has 81 characters; values are shortened to 80 runes
	// after quoting, so the closing quote gives way to "…".
	assert.Equal(t, `Wert "`+schema.ArtRahmen.ID()+`" ist nicht erlaubt; erwartet: "`+zuschnittID+`…`, vs[0].Meldung)
}

// rahmenMitFehlern is a catalogue document with seven violations of its
// schema, one of each kind the tests look at.
const rahmenMitFehlern = `{
  "$schema": "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/rahmen.schema.json",
  "id": "test",
  "version": "2.0",
  "titel": "Test",
  "dimensionen": [
    {
      "id": "QD01",
      "nummer": "1",
      "titel": "Grundidee",
      "kurzbeschreibung": "kurz",
      "zentraleFragen": [],
      "Größe/Nr~1": true,
      "themen": [
        {"id": "QD1.T1", "titel": "Thema", "herkunft": "nzfh",
         "entwicklungsziele": [{"id": "QD1.T1.Z1", "ebene": "taktisch", "bereich": "netzwerk", "text": "Ziel", "herkunft": "nzfh"}]}
      ]
    }
  ]
}`

func TestValidierungsFehlerJedeRegel(t *testing.T) {
	art, wert, err := schema.Standard().Erkenne([]byte(rahmenMitFehlern))
	assert.Equal(t, schema.ArtRahmen, art)
	assert.NotNil(t, wert)
	require.ErrorIs(t, err, schema.ErrUngueltig)
	assert.NotErrorIs(t, err, schema.ErrUnbekanntesSchema)
	var ve *schema.ValidierungsFehler
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, schema.ArtRahmen, ve.Art)
	want := []schema.Verletzung{
		{Zeiger: "", Regel: "required", Meldung: "Pflichtfeld „quelle“ fehlt", Message: `required property "quelle" is missing`},
		{Zeiger: "/dimensionen/0", Regel: "required", Meldung: "Pflichtfeld „herkunft“ fehlt", Message: `required property "herkunft" is missing`},
		{Zeiger: "/dimensionen/0/Größe~1Nr~01", Regel: "additionalProperties", Meldung: "unbekanntes Feld „Größe/Nr~1“", Message: `unknown property "Größe/Nr~1"`},
		{Zeiger: "/dimensionen/0/id", Regel: "pattern", Meldung: `Wert "QD01" hat nicht die verlangte Form (^QD[1-9][0-9]?$)`, Message: `value "QD01" does not have the required form (^QD[1-9][0-9]?$)`},
		{Zeiger: "/dimensionen/0/nummer", Regel: "type", Meldung: "falscher Typ: erwartet ganze Zahl", Message: "wrong type: expected integer"},
		{Zeiger: "/dimensionen/0/themen/0/entwicklungsziele/0/ebene", Regel: "enum",
			Meldung: `Wert "taktisch" ist nicht erlaubt; erlaubt: "strategisch", "operativ"`,
			Message: `value "taktisch" is not allowed; allowed: "strategisch", "operativ"`},
		{Zeiger: "/dimensionen/0/zentraleFragen", Regel: "minItems", Meldung: "Liste hat zu wenige Einträge (mindestens 1)", Message: "list has too few entries (at least 1)"},
	}
	assert.Equal(t, want, ve.Verletzungen)
	for _, v := range ve.Verletzungen {
		assert.NotEqual(t, v.Meldung, v.Message, "German and English differ at %s", v.Zeiger)
	}

	// The same document, validated again and from a struct-free decode, gives
	// exactly the same list: the validator's map order does not leak.
	for range 5 {
		_, _, err2 := schema.Standard().Erkenne([]byte(rahmenMitFehlern))
		assert.Equal(t, err, err2)
	}

	zeile := ve.Error()
	assert.NotContains(t, zeile, "\n", "Error() is one line")
	assert.Equal(t, "rahmen: ungültiges Dokument (7 Verstöße): /: Pflichtfeld „quelle“ fehlt; "+
		"/dimensionen/0: Pflichtfeld „herkunft“ fehlt; /dimensionen/0/Größe~1Nr~01: unbekanntes Feld „Größe/Nr~1“; "+
		`/dimensionen/0/id: Wert "QD01" hat nicht die verlangte Form (^QD[1-9][0-9]?$); `+
		"/dimensionen/0/nummer: falscher Typ: erwartet ganze Zahl; "+
		`/dimensionen/0/themen/0/entwicklungsziele/0/ebene: Wert "taktisch" ist nicht erlaubt; erlaubt: "strategisch", "operativ"; `+
		"/dimensionen/0/zentraleFragen: Liste hat zu wenige Einträge (mindestens 1)", zeile)

	assert.Equal(t, `invalid document (7 violations)
  /: required property "quelle" is missing
  /dimensionen/0: required property "herkunft" is missing
  /dimensionen/0/Größe~1Nr~01: unknown property "Größe/Nr~1"
  /dimensionen/0/id: value "QD01" does not have the required form (^QD[1-9][0-9]?$)
  /dimensionen/0/nummer: wrong type: expected integer
  /dimensionen/0/themen/0/entwicklungsziele/0/ebene: value "taktisch" is not allowed; allowed: "strategisch", "operativ"
  /dimensionen/0/zentraleFragen: list has too few entries (at least 1)`, ve.Text(language.English))
	assert.True(t, strings.HasPrefix(ve.Text(language.German), "ungültiges Dokument (7 Verstöße)\n  /: Pflichtfeld „quelle“ fehlt\n"))
	assert.NotEqual(t, ve.Text(language.German), ve.Text(language.English))
}

func TestValidierungsFehlerWeitereRegeln(t *testing.T) {
	v := schema.Standard()
	tests := []struct {
		name string
		art  schema.Art
		doc  string
		want schema.Verletzung
	}{
		{"minLength", schema.ArtZuschnitt, `{"rahmen":"2.0","beschreibung":""}`,
			schema.Verletzung{Zeiger: "/beschreibung", Regel: "minLength", Meldung: "Text ist zu kurz (mindestens 1 Zeichen)", Message: "text is too short (minimum length 1)"}},
		{"uniqueItems", schema.ArtZuschnitt, `{"rahmen":"2.0","schwerpunkte":["QD3","QD3"]}`,
			schema.Verletzung{Zeiger: "/schwerpunkte", Regel: "uniqueItems", Meldung: "Liste enthält doppelte Einträge", Message: "list contains duplicate entries"}},
		{"minimum", schema.ArtRahmen, `{"$schema":"https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/rahmen.schema.json","id":"x","version":"2.0","titel":"t","quelle":"q","dimensionen":[{"id":"QD1","nummer":0,"titel":"t","kurzbeschreibung":"k","herkunft":"nzfh","zentraleFragen":[{"text":"f","herkunft":"nzfh"}],"themen":[{"id":"QD1.T1","titel":"t","herkunft":"nzfh","entwicklungsziele":[{"id":"QD1.T1.Z1","ebene":"operativ","bereich":"angebot","text":"z","herkunft":"nzfh"}]}]}]}`,
			schema.Verletzung{Zeiger: "/dimensionen/0/nummer", Regel: "minimum", Meldung: "Wert 0 ist kleiner als das Minimum 1", Message: "value 0 is less than the minimum 1"}},
		{"type of the root", schema.ArtZuschnitt, `[]`,
			schema.Verletzung{Zeiger: "", Regel: "type", Meldung: "falscher Typ: erwartet Objekt", Message: "wrong type: expected object"}},
		{"additionalProperties at the root", schema.ArtZuschnitt, `{"rahmen":"2.0","a b%":1}`,
			schema.Verletzung{Zeiger: "/a b%", Regel: "additionalProperties", Meldung: "unbekanntes Feld „a b%“", Message: `unknown property "a b%"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wert, err := v.Dekodiere([]byte(tt.doc))
			require.NoError(t, err)
			err = v.PruefeTeil(tt.art, wert)
			assert.Equal(t, []schema.Verletzung{tt.want}, verletzungenVon(t, err))
		})
	}
}

func TestLade(t *testing.T) {
	var z struct {
		Rahmen       string   `json:"rahmen"`
		Schwerpunkte []string `json:"schwerpunkte"`
	}
	err := schema.Standard().Lade([]byte(`{"$schema":"`+zuschnittID+`","rahmen":"2.0","schwerpunkte":["QD3","QD5"]}`), schema.ArtZuschnitt, &z)
	require.NoError(t, err)
	assert.Equal(t, "2.0", z.Rahmen)
	assert.Equal(t, []string{"QD3", "QD5"}, z.Schwerpunkte)

	var falsch struct {
		Rahmen int `json:"rahmen"`
	}
	err = schema.Standard().Lade([]byte(`{"$schema":"`+zuschnittID+`","rahmen":"2.0"}`), schema.ArtZuschnitt, &falsch)
	require.ErrorIs(t, err, schema.ErrUngueltig, "Lade into a type that does not fit")
	vs := verletzungenVon(t, err)
	require.Len(t, vs, 1)
	assert.Equal(t, "/rahmen", vs[0].Zeiger)
	assert.Equal(t, "Wert passt nicht zum Datenmodell: ein Wert vom Typ Text kann hier nicht gelesen werden", vs[0].Meldung)
	assert.Equal(t, "value does not fit the data model: a value of type string cannot be read here", vs[0].Message)

	err = schema.Standard().Lade([]byte(`{"rahmen":`), schema.ArtZuschnitt, &z)
	assert.ErrorIs(t, err, schema.ErrSyntax)
	err = schema.Standard().Lade([]byte(`{"rahmen":"2.0"}`), schema.ArtZuschnitt, &z)
	assert.ErrorIs(t, err, schema.ErrUnbekanntesSchema)
}

// zweisprachigerFehler is an error of the library that words itself.
type zweisprachigerFehler struct{}

func (zweisprachigerFehler) Error() string { return "paket.Typ: kaputt" }
func (zweisprachigerFehler) Text(tag language.Tag) string {
	if tag == language.English {
		return "broken"
	}
	return "kaputt"
}

// mitFehler is a Go value whose decoding fails with err.
type mitFehler struct{ err error }

func (m *mitFehler) UnmarshalJSON([]byte) error { return m.err }

// TestLadeDekodierFehler: an error of filling Go values reaches the message
// by its type, never by its text (English, or with Go identifiers).
func TestLadeDekodierFehler(t *testing.T) {
	doc := []byte(`{"$schema":"` + zuschnittID + `","rahmen":"2.0"}`)
	for _, tc := range []struct {
		name   string
		err    error
		de, en string
	}{
		{"zweisprachig", zweisprachigerFehler{}, "Wert passt nicht zum Datenmodell: kaputt", "value does not fit the data model: broken"},
		{"sonst", errors.New("paket.Typ: invalid thing"), "Wert passt nicht zum Datenmodell", "value does not fit the data model"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dst := struct {
				Rahmen mitFehler `json:"rahmen"`
			}{mitFehler{tc.err}}
			err := schema.Standard().Lade(doc, schema.ArtZuschnitt, &dst)
			require.ErrorIs(t, err, schema.ErrUngueltig)
			vs := verletzungenVon(t, err)
			require.Len(t, vs, 1)
			assert.Equal(t, tc.de, vs[0].Meldung)
			assert.Equal(t, tc.en, vs[0].Message)
		})
	}
}

func TestErkenne(t *testing.T) {
	art, wert, err := schema.Standard().Erkenne([]byte(`{"$schema":"` + zuschnittID + `","rahmen":"2016","ausgelassen":["QD9"]}`))
	require.NoError(t, err)
	assert.Equal(t, schema.ArtZuschnitt, art)
	assert.Equal(t, map[string]any{"$schema": zuschnittID, "rahmen": "2016", "ausgelassen": []any{"QD9"}}, wert)

	_, _, err = schema.Standard().Erkenne([]byte(`{"$schema":"` + zuschnittID + `"`))
	assert.ErrorIs(t, err, schema.ErrSyntax)
}

// Many goroutines validate valid and invalid documents with one validator;
// run with -race.
func TestNebenlaeufig(t *testing.T) {
	v := schema.Standard()
	gueltig := []byte(`{"$schema":"` + zuschnittID + `","rahmen":"2.0","schwerpunkte":["QD3","QD5"]}`)
	_, _, wantErr := v.Erkenne([]byte(rahmenMitFehlern))
	require.Error(t, wantErr)
	var wg sync.WaitGroup
	fehler := make(chan string, 64)
	for g := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 20 {
				if (g+i)%2 == 0 {
					if art, _, err := v.Erkenne(gueltig); err != nil || art != schema.ArtZuschnitt {
						fehler <- fmt.Sprint("valid document refused: ", art, err)
						return
					}
					continue
				}
				_, _, err := v.Erkenne([]byte(rahmenMitFehlern))
				if err == nil || err.Error() != wantErr.Error() {
					fehler <- "invalid document gave a different error"
					return
				}
			}
		}()
	}
	wg.Wait()
	close(fehler)
	for f := range fehler {
		t.Error(f)
	}
}
