package schema

import (
	"errors"
	"fmt"
	"math/big"
	"net/url"
	"strconv"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"
	"golang.org/x/text/language"
)

// meldungen holds the messages of the schema machinery.
var meldungen = NeuerKatalog(
	Eintrag{"groesse", "Dokument ist größer als die erlaubten %d Bytes", "document is larger than the allowed %d bytes"},
	Eintrag{"tiefe", "Dokument ist tiefer als %d Ebenen verschachtelt", "document is nested deeper than %d levels"},
	Eintrag{"syntax", "kein gültiges JSON: unerwartetes Zeichen „%s“", "not valid JSON: unexpected character \"%s\""},
	Eintrag{"syntax.allgemein", "kein gültiges JSON", "not valid JSON"},
	Eintrag{"syntax.ende", "kein gültiges JSON: das Dokument endet vorzeitig", "not valid JSON: the document ends too early"},
	Eintrag{"syntax.rest", "nach dem JSON-Dokument folgen weitere Daten", "further data follows the JSON document"},
	Eintrag{"zahl", "Zahl %s ist zu lang oder ihr Exponent zu groß", "number %s is too long or its exponent too large"},
	Eintrag{"schluessel.doppelt", "Feld „%s“ steht zweimal in diesem Objekt; es gilt keiner der beiden Werte", "property \"%s\" appears twice in this object; neither value counts"},
	Eintrag{"begrenzt", "%d weitere Stellen mit Verstößen sind nicht aufgeführt (nur die ersten %d Verstöße)", "%d further places with violations are not listed (only the first %d violations)"},
	Eintrag{"schema.keinObjekt", "Dokument ist kein JSON-Objekt", "document is not a JSON object"},
	Eintrag{"schema.fehlt", "„$schema“ fehlt: die Dokumentart ist unbekannt", "\"$schema\" is missing: the document kind is unknown"},
	Eintrag{"schema.unbekannt", "„$schema“ %q ist keines der eingebetteten Schemas; es wird nichts nachgeladen", "\"$schema\" %q is not one of the embedded schemas; nothing is loaded"},
	Eintrag{"schema.falsch", "Dokument ist vom Typ %s, erwartet wird %s", "document is of kind %s, expected %s"},
	Eintrag{"schema.intern", "Validierung nicht möglich: %s", "validation not possible: %s"},
	Eintrag{"dekodieren", "Wert passt nicht zum Datenmodell", "value does not fit the data model"},
	Eintrag{"dekodieren.typ", "Wert passt nicht zum Datenmodell: ein Wert vom Typ %s kann hier nicht gelesen werden", "value does not fit the data model: a value of type %s cannot be read here"},
	Eintrag{"dekodieren.grund", "Wert passt nicht zum Datenmodell: %s", "value does not fit the data model: %s"},

	Eintrag{"kw.required", "Pflichtfeld „%s“ fehlt", "required property \"%s\" is missing"},
	Eintrag{"kw.additionalProperties", "unbekanntes Feld „%s“", "unknown property \"%s\""},
	Eintrag{"kw.type", "falscher Typ: erwartet %s", "wrong type: expected %s"},
	Eintrag{"kw.enum", "Wert %s ist nicht erlaubt; erlaubt: %s", "value %s is not allowed; allowed: %s"},
	Eintrag{"kw.const", "Wert %s ist nicht erlaubt; erwartet: %s", "value %s is not allowed; expected: %s"},
	Eintrag{"kw.format", "Wert %s ist kein gültiges Format „%s“", "value %s is not a valid \"%s\""},
	Eintrag{"kw.pattern", "Wert %s hat nicht die verlangte Form (%s)", "value %s does not have the required form (%s)"},
	Eintrag{"kw.minLength", "Text ist zu kurz (mindestens %d Zeichen)", "text is too short (minimum length %d)"},
	Eintrag{"kw.maxLength", "Text ist zu lang (höchstens %d Zeichen)", "text is too long (maximum length %d)"},
	Eintrag{"kw.minItems", "Liste hat zu wenige Einträge (mindestens %d)", "list has too few entries (at least %d)"},
	Eintrag{"kw.maxItems", "Liste hat zu viele Einträge (höchstens %d)", "list has too many entries (at most %d)"},
	Eintrag{"kw.uniqueItems", "Liste enthält doppelte Einträge", "list contains duplicate entries"},
	Eintrag{"kw.minimum", "Wert %s ist kleiner als das Minimum %s", "value %s is less than the minimum %s"},
	Eintrag{"kw.maximum", "Wert %s ist größer als das Maximum %s", "value %s is greater than the maximum %s"},
	Eintrag{"kw.exclusiveMinimum", "Wert %s muss größer sein als %s", "value %s must be greater than %s"},
	Eintrag{"kw.exclusiveMaximum", "Wert %s muss kleiner sein als %s", "value %s must be less than %s"},
	Eintrag{"kw.multipleOf", "Wert %s ist kein Vielfaches von %s", "value %s is not a multiple of %s"},
	Eintrag{"kw.minProperties", "Objekt hat zu wenige Felder (mindestens %d)", "object has too few properties (at least %d)"},
	Eintrag{"kw.maxProperties", "Objekt hat zu viele Felder (höchstens %d)", "object has too many properties (at most %d)"},
	Eintrag{"kw.dependentRequired", "Feld „%s“ verlangt auch „%s“", "property \"%s\" also requires \"%s\""},
	Eintrag{"kw.oneOf", "Wert passt auf keine oder mehrere der erlaubten Formen", "value matches none or several of the allowed forms"},
	Eintrag{"kw.anyOf", "Wert passt auf keine der erlaubten Formen", "value matches none of the allowed forms"},
	Eintrag{"kw.not", "Wert hat eine nicht erlaubte Form", "value has a form that is not allowed"},
	Eintrag{"kw.false", "Feld ist hier nicht erlaubt", "property is not allowed here"},
	Eintrag{"kw.sonst", "Regel „%s“ verletzt", "rule \"%s\" violated"},

	// The same without the offending value, for fields marked
	// "x-personenbezogen": true: personal data never reaches a message.
	Eintrag{"kw.enum.verborgen", "Wert ist nicht erlaubt; erlaubt: %s", "value is not allowed; allowed: %s"},
	Eintrag{"kw.const.verborgen", "Wert ist nicht erlaubt; erwartet: %s", "value is not allowed; expected: %s"},
	Eintrag{"kw.format.verborgen", "Wert ist kein gültiges Format „%s“", "value is not a valid \"%s\""},
	Eintrag{"kw.pattern.verborgen", "Wert hat nicht die verlangte Form (%s)", "value does not have the required form (%s)"},
	Eintrag{"kw.minimum.verborgen", "Wert ist kleiner als das Minimum %s", "value is less than the minimum %s"},
	Eintrag{"kw.maximum.verborgen", "Wert ist größer als das Maximum %s", "value is greater than the maximum %s"},
	Eintrag{"kw.exclusiveMinimum.verborgen", "Wert muss größer sein als %s", "value must be greater than %s"},
	Eintrag{"kw.exclusiveMaximum.verborgen", "Wert muss kleiner sein als %s", "value must be less than %s"},
	Eintrag{"kw.multipleOf.verborgen", "Wert ist kein Vielfaches von %s", "value is not a multiple of %s"},
)

// zitiertWert names the messages whose first argument is the offending
// value; each has a ".verborgen" twin without it.
var zitiertWert = map[string]bool{"kw.enum": true, "kw.const": true, "kw.format": true, "kw.pattern": true,
	"kw.minimum": true, "kw.maximum": true, "kw.exclusiveMinimum": true, "kw.exclusiveMaximum": true,
	"kw.multipleOf": true}

// Typnamen in German and English for the "type" keyword.
var typNamen = map[string][2]string{
	"object": {"Objekt", "object"}, "array": {"Liste", "array"}, "string": {"Text", "string"},
	"number": {"Zahl", "number"}, "integer": {"ganze Zahl", "integer"}, "boolean": {"Wahrheitswert", "boolean"},
	"null": {"null", "null"},
}

// schluesselwoerter maps each draft 2020-12 keyword the validator knows to
// the message of its violation. Keywords mapped to "" never fail on their
// own: identifiers and annotations, and applicators whose failures are
// those of their sub-schemas ($ref, allOf, properties, items, if/then/else
// …), which the error tree holds as causes. Keywords starting with "x-" are
// annotations of ours. TestSchluesselwoerterUebersetzt fails when an
// embedded schema uses a keyword missing here.
var schluesselwoerter = map[string]string{
	"type": "kw.type", "enum": "kw.enum", "const": "kw.const", "format": "kw.format", "pattern": "kw.pattern",
	"minLength": "kw.minLength", "maxLength": "kw.maxLength", "minItems": "kw.minItems", "maxItems": "kw.maxItems",
	"uniqueItems": "kw.uniqueItems", "minimum": "kw.minimum", "maximum": "kw.maximum",
	"exclusiveMinimum": "kw.exclusiveMinimum", "exclusiveMaximum": "kw.exclusiveMaximum",
	"multipleOf": "kw.multipleOf", "minProperties": "kw.minProperties", "maxProperties": "kw.maxProperties",
	"required": "kw.required", "additionalProperties": "kw.additionalProperties",
	"dependentRequired": "kw.dependentRequired", "oneOf": "kw.oneOf", "anyOf": "kw.anyOf", "not": "kw.not",
	"unevaluatedProperties": "kw.false", "unevaluatedItems": "kw.false",

	"$schema": "", "$id": "", "$defs": "", "$comment": "", "$anchor": "", "title": "", "description": "",
	"default": "", "examples": "", "deprecated": "", "readOnly": "", "writeOnly": "",
	"$ref": "", "allOf": "", "if": "", "then": "", "else": "", "properties": "", "patternProperties": "",
	"propertyNames": "", "dependentSchemas": "", "items": "", "prefixItems": "",
}

// schluesselwort returns the keyword a keyword location ends in and the
// location of the schema holding it, both from the structure of the
// location: its last segment, or for dependentRequired (whose location
// goes on to the property and index) the third from last.
func schluesselwort(ort string) (kw, schemaOrt string) {
	segs := strings.Split(ort, "/")
	n := len(segs)
	if n >= 3 && segs[n-3] == "dependentRequired" {
		return "dependentRequired", strings.Join(segs[:n-3], "/")
	}
	return segs[n-1], strings.Join(segs[:n-1], "/")
}

// gruppiert reports whether an error node only groups the failures of
// sub-schemas — the document, a $ref, allOf, a property, if/then/else —
// so its causes are the violations. An anyOf or oneOf node is reported
// itself: its causes are the alternatives that failed.
func gruppiert(e *jsonschema.ValidationError) bool {
	if len(e.Causes) == 0 {
		return false
	}
	switch kw, _ := schluesselwort(e.AbsoluteKeywordLocation); kw {
	case "anyOf", "oneOf", "contains", "minContains":
		return false
	}
	return true
}

// falschesSchema reports whether the keyword location is that of a schema
// "false" (a property or item that must not be there): the validator
// reports the location of the schema itself.
func (k *kompiliert) falschesSchema(ort string) bool {
	s := k.orte[ort]
	return s != nil && s.Always != nil && !*s.Always
}

// MaxVerletzungen is the most violations a schema check lists; the rest
// are counted in one last violation (rule [RegelBegrenzt]). A large
// document repeating one error costs no more to check than a valid one.
const MaxVerletzungen = 1000

// begrenzung collects violations up to max and counts the places beyond.
type begrenzung struct {
	max     int
	vs      []Verletzung
	weitere int
}

func (b *begrenzung) voll() bool { return len(b.vs) >= b.max }

// ergebnis returns the violations, with one more saying how many further
// places were found and not listed.
func (b *begrenzung) ergebnis() []Verletzung {
	if b.weitere == 0 {
		return b.vs
	}
	return append(b.vs, meldungen.Verletzung("", RegelBegrenzt, "begrenzt", b.weitere, b.max))
}

// markiert reports whether s is marked "x-personenbezogen", itself or by a
// schema around it in its file.
func (k *kompiliert) markiert(s *jsonschema.Schema) bool { return k.personenbezogen(s.Location) }

// validiere validates wert against s with the library and adds the
// violations to b, their pointers prefixed with praefix (the place of wert
// in the document). personenbezogen says that wert lies under a schema
// marked as personal data.
func (k *kompiliert) validiere(s *jsonschema.Schema, wert any, praefix string, personenbezogen bool, b *begrenzung) {
	err := s.Validate(wert)
	if err == nil {
		return
	}
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		b.vs = append(b.vs, meldungen.Verletzung(praefix, RegelSchema, "schema.intern", err.Error()))
		return
	}
	k.uebersetze(ve, wert, praefix, personenbezogen, b)
}

// uebersetze flattens the validator's error tree into violations with RFC 6901
// pointers and messages in both languages, taking parameters from the
// compiled schema rather than from the library's English text, and adds
// them to b (beyond its limit it only counts them).
//
// Below a schema marked "x-personenbezogen": true — the field itself, or a
// $ref taken from it — messages do not quote the value.
func (k *kompiliert) uebersetze(ve *jsonschema.ValidationError, wert any, praefix string, personenbezogen bool, b *begrenzung) {
	var walk func(*jsonschema.ValidationError, bool)
	walk = func(e *jsonschema.ValidationError, personenbezogen bool) {
		personenbezogen = personenbezogen || k.personenbezogen(e.AbsoluteKeywordLocation)
		if gruppiert(e) {
			for _, c := range e.Causes {
				walk(c, personenbezogen)
			}
			return
		}
		if b.voll() {
			b.weitere++
			return
		}
		for _, v := range k.verletzung(e, wert, personenbezogen) {
			v.Zeiger = praefix + v.Zeiger
			b.vs = append(b.vs, v)
		}
	}
	walk(ve, personenbezogen)
}

// personenbezogen reports whether the keyword location lies in a schema
// marked "x-personenbezogen": true — the location itself or any schema
// around it in its file (the items of a marked list are marked too).
func (k *kompiliert) personenbezogen(ort string) bool {
	if len(k.personen) == 0 {
		return false
	}
	for {
		if k.personen[ort] {
			return true
		}
		i := strings.LastIndexByte(ort, '/')
		if i < 0 || !strings.Contains(ort[:i], "#") {
			return false
		}
		ort = ort[:i]
	}
}

func (k *kompiliert) verletzung(e *jsonschema.ValidationError, wert any, personenbezogen bool) []Verletzung {
	kw, ort := schluesselwort(e.AbsoluteKeywordLocation)
	if k.falschesSchema(e.AbsoluteKeywordLocation) {
		kw = "false"
	}
	zeiger := instanzZeiger(e.InstanceLocation)
	s := k.orte[ort]
	inst := aufloesen(wert, zeiger)
	v := func(z, key string, args ...any) Verletzung {
		if personenbezogen && zitiertWert[key] {
			return meldungen.Verletzung(z, kw, key+".verborgen", args[1:]...)
		}
		return meldungen.Verletzung(z, kw, key, args...)
	}
	switch {
	case kw == "false":
		return []Verletzung{v(zeiger, "kw.false")}
	case s == nil:
		return []Verletzung{v(zeiger, "kw.sonst", kw)}
	}
	var vs []Verletzung
	switch kw {
	case "required":
		for _, name := range pflichtFehlt(s, inst) {
			vs = append(vs, v(zeiger, "kw.required", name))
		}
	case "additionalProperties":
		for _, name := range zusaetzlich(s, inst) {
			vs = append(vs, v(zeiger+Zeiger(name), "kw.additionalProperties", name))
		}
	case "dependentRequired":
		for _, paar := range abhaengigFehlt(s, inst) {
			vs = append(vs, v(zeiger, "kw.dependentRequired", paar[0], paar[1]))
		}
	case "type":
		de, en := typListe(s.Types)
		vs = append(vs, Verletzung{Zeiger: zeiger, Regel: kw,
			Meldung: meldungen.Sprintf(language.German, "kw.type", de), Message: meldungen.Sprintf(language.English, "kw.type", en)})
	default:
		if args, ok := argumente(kw, s, kuerze(zeigeWert(inst))); ok {
			vs = append(vs, v(zeiger, schluesselwoerter[kw], args...))
		} else {
			vs = append(vs, v(zeiger, "kw.sonst", kw))
		}
	}
	return vs
}

// argumente returns the arguments of the message of a keyword that makes
// one violation; false for a keyword without a message of its own.
func argumente(kw string, s *jsonschema.Schema, wertText string) ([]any, bool) {
	switch kw {
	case "enum":
		erlaubt := make([]string, len(s.Enum))
		for i, x := range s.Enum {
			erlaubt[i] = zeigeWert(x)
		}
		return []any{wertText, kuerze(strings.Join(erlaubt, ", "))}, true
	case "const":
		return []any{wertText, kuerze(zeigeWert(s.Constant[0]))}, true
	case "format":
		return []any{wertText, s.Format}, true
	case "pattern":
		return []any{wertText, s.Pattern.String()}, true
	case "minLength":
		return []any{s.MinLength}, true
	case "maxLength":
		return []any{s.MaxLength}, true
	case "minItems":
		return []any{s.MinItems}, true
	case "maxItems":
		return []any{s.MaxItems}, true
	case "minProperties":
		return []any{s.MinProperties}, true
	case "maxProperties":
		return []any{s.MaxProperties}, true
	case "minimum":
		return []any{wertText, rat(s.Minimum)}, true
	case "maximum":
		return []any{wertText, rat(s.Maximum)}, true
	case "exclusiveMinimum":
		return []any{wertText, rat(s.ExclusiveMinimum)}, true
	case "exclusiveMaximum":
		return []any{wertText, rat(s.ExclusiveMaximum)}, true
	case "multipleOf":
		return []any{wertText, rat(s.MultipleOf)}, true
	case "uniqueItems", "oneOf", "anyOf", "not", "unevaluatedProperties", "unevaluatedItems":
		return nil, true
	}
	return nil, false
}

// pflichtFehlt returns the required properties missing from inst.
func pflichtFehlt(s *jsonschema.Schema, inst any) []string {
	obj, _ := inst.(map[string]any)
	var out []string
	for _, name := range s.Required {
		if _, ok := obj[name]; !ok {
			out = append(out, name)
		}
	}
	return out
}

// zusaetzlich returns, sorted, the properties of inst that s does not allow.
func zusaetzlich(s *jsonschema.Schema, inst any) []string {
	obj, _ := inst.(map[string]any)
	var extra []string
next:
	for name := range obj {
		if _, ok := s.Properties[name]; ok {
			continue
		}
		for re := range s.PatternProperties {
			if re.MatchString(name) {
				continue next
			}
		}
		extra = append(extra, name)
	}
	return sortiereNamen(extra)
}

// abhaengigFehlt returns the pairs (present property, missing property it
// requires) of dependentRequired.
func abhaengigFehlt(s *jsonschema.Schema, inst any) [][2]string {
	obj, _ := inst.(map[string]any)
	var out [][2]string
	for _, name := range sortiereNamen(keys(s.DependentRequired)) {
		if _, ok := obj[name]; !ok {
			continue
		}
		for _, req := range s.DependentRequired[name] {
			if _, ok := obj[req]; !ok {
				out = append(out, [2]string{name, req})
			}
		}
	}
	return out
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func typListe(types []string) (de, en string) {
	var d, e []string
	for _, t := range types {
		n, ok := typNamen[t]
		if !ok {
			n = [2]string{t, t}
		}
		d = append(d, n[0])
		e = append(e, n[1])
	}
	return strings.Join(d, " oder "), strings.Join(e, " or ")
}

func rat(r *big.Rat) string {
	if r == nil {
		return ""
	}
	s := r.FloatString(10)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}

// zeigeWert renders a decoded JSON value briefly for a message; long
// strings are shortened before they are quoted, so the quotes stay whole.
func zeigeWert(x any) string {
	switch y := x.(type) {
	case string:
		return strconv.Quote(kuerze(y))
	case nil:
		return "null"
	case map[string]any:
		return "{…}"
	case []any:
		return "[…]"
	default:
		return fmt.Sprint(y)
	}
}

// instanzZeiger undoes the URL escaping v5 applies to pointer tokens.
func instanzZeiger(loc string) string {
	if loc == "" {
		return ""
	}
	toks := strings.Split(loc, "/")
	for i, t := range toks {
		if u, err := url.PathUnescape(t); err == nil {
			toks[i] = u
		}
	}
	return strings.Join(toks, "/")
}

func aufloesen(doc any, zeiger string) any {
	if zeiger == "" {
		return doc
	}
	for _, tok := range strings.Split(zeiger[1:], "/") {
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		switch d := doc.(type) {
		case map[string]any:
			doc = d[tok]
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(d) {
				return nil
			}
			doc = d[i]
		default:
			return nil
		}
	}
	return doc
}
