// Package schnell holds the fast path of package schema: a one-pass
// reader that decodes a document into the generic form encoding/json gives
// (with the limits checked on the way, and duplicate keys found), and a fast
// validity check on the schemas that github.com/santhosh-tekuri/jsonschema/v5
// compiled. Both imitate the library (v5.3.1) and encoding/json; they are
// internal so that nothing outside package schema depends on the imitation,
// and the package's tests pin the library version they mirror
// (TestVersionGepinnt) and compare both with the originals under fuzzing.
package schnell

import (
	"encoding/json"
	"math"
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// The fast check (Schnellprüfung) answers one question — is a decoded
// document valid? — on the schemas the validator library compiled, without
// building the library's per-node bookkeeping (scope slices, maps of
// unevaluated properties, error trees). It knows the keywords our schemas
// use and answers exactly for them; for anything else it answers "Unklar".
// Only its "Gueltig" is trusted: any other answer runs the library's own
// validation, which alone produces the violations, so messages never depend
// on this code. Tests compare both on every testdata document and under
// fuzzing.

// Urteil is the fast check's answer.
type Urteil uint8

// The answers of the fast check.
const (
	Gueltig   Urteil = iota // valid, certainly
	Unklar                  // not decided here: ask the library
	Ungueltig               // invalid, certainly
)

// und combines the answers of keywords that must all hold: one certain
// failure decides, else one open question leaves the whole open.
func und(a, b Urteil) Urteil { return max(a, b) }

// Type bits of a Knoten.
const (
	typNull uint8 = 1 << iota
	typBool
	typZahl
	typGanz
	typText
	typArray
	typObjekt
)

var typBits = map[string]uint8{"null": typNull, "boolean": typBool, "number": typZahl, "integer": typGanz,
	"string": typText, "array": typArray, "object": typObjekt}

// grenze is a numeric limit, exact and as the nearest float64.
type grenze struct {
	rat *big.Rat
	f   float64
}

type musterKnoten struct {
	re *regexp.Regexp
	k  *Knoten
}

// Knoten is a compiled schema prepared for the fast check.
type Knoten struct {
	schema *jsonschema.Schema // the compiled schema it mirrors
	unklar bool               // uses a keyword the fast check does not handle
	immer  *bool              // boolean schema
	typen  uint8              // 0: any type

	konstante []any // 0 or 1 element
	enum      []any
	format    func(any) bool
	zeit      bool // format "date-time"

	ref                  *Knoten
	nicht                *Knoten
	alle, irgendein, ein []*Knoten
	wenn, dann, sonst    *Knoten

	minEig, maxEig     int
	pflicht            []string
	eig                map[string]*Knoten
	namen              *Knoten
	muster             []musterKnoten
	zusatzVerboten     bool
	zusatz             *Knoten
	abhaengigPflicht   map[string][]string
	abhaengigeSchemata map[string]*Knoten

	minItems, maxItems int
	eindeutig          bool
	items              *Knoten
	prefix             []*Knoten

	minLen, maxLen int
	muss           *regexp.Regexp

	minimum, exMinimum, maximum, exMaximum *grenze
}

// Baumeister prepares compiled schemas for the fast check. Schemas it has
// prepared once are shared, so recursive schemas become cyclic graphs.
type Baumeister struct {
	formate map[string]func(any) bool
	fertig  map[*jsonschema.Schema]*Knoten
}

// NeuerBaumeister returns a Baumeister; formate are the compiler's own
// format checks (jsonschema.Compiler.Formats), which take precedence over
// the library's global ones as they do in the compiler.
func NeuerBaumeister(formate map[string]func(any) bool) *Baumeister {
	return &Baumeister{formate: formate, fertig: map[*jsonschema.Schema]*Knoten{}}
}

// Baue prepares s and everything it reaches.
func (b *Baumeister) Baue(s *jsonschema.Schema) *Knoten { return b.baue(s) }

func (b *Baumeister) baue(s *jsonschema.Schema) *Knoten {
	if s == nil {
		return nil
	}
	if k, ok := b.fertig[s]; ok {
		return k
	}
	k := &Knoten{schema: s}
	b.fertig[s] = k
	k.immer = s.Always
	for _, t := range s.Types {
		bit, ok := typBits[t]
		if !ok {
			k.unklar = true
		}
		k.typen |= bit
	}
	k.konstante = s.Constant
	k.enum = s.Enum
	k.zeit = s.Format == "date-time"
	if s.Format != "" { // what the compiler took with AssertFormat
		if f, ok := b.formate[s.Format]; ok {
			k.format = f
		} else {
			k.format = jsonschema.Formats[s.Format]
		}
	}
	k.ref = b.baue(s.Ref)
	k.nicht = b.baue(s.Not)
	k.alle, k.irgendein, k.ein = b.alle(s.AllOf), b.alle(s.AnyOf), b.alle(s.OneOf)
	k.wenn, k.dann, k.sonst = b.baue(s.If), b.baue(s.Then), b.baue(s.Else)
	b.objekt(k, s)
	b.liste(k, s)
	k.minLen, k.maxLen, k.muss = s.MinLength, s.MaxLength, s.Pattern
	k.minimum, k.exMinimum = neueGrenze(s.Minimum), neueGrenze(s.ExclusiveMinimum)
	k.maximum, k.exMaximum = neueGrenze(s.Maximum), neueGrenze(s.ExclusiveMaximum)
	if s.RecursiveRef != nil || s.DynamicRef != nil || s.RegexProperties ||
		len(s.Dependencies) > 0 || s.UnevaluatedProperties != nil || s.UnevaluatedItems != nil ||
		s.AdditionalItems != nil || s.Contains != nil || s.MultipleOf != nil || len(s.Extensions) > 0 ||
		s.ContentEncoding != "" || s.ContentMediaType != "" || s.ContentSchema != nil {
		k.unklar = true
	}
	return k
}

func (b *Baumeister) alle(xs []*jsonschema.Schema) []*Knoten {
	var out []*Knoten
	for _, x := range xs {
		out = append(out, b.baue(x))
	}
	return out
}

// objekt prepares the keywords of s for objects.
func (b *Baumeister) objekt(k *Knoten, s *jsonschema.Schema) {
	k.minEig, k.maxEig = s.MinProperties, s.MaxProperties
	k.pflicht = s.Required
	if len(s.Properties) > 0 {
		k.eig = make(map[string]*Knoten, len(s.Properties))
		for name, x := range s.Properties {
			k.eig[name] = b.baue(x)
		}
	}
	k.namen = b.baue(s.PropertyNames)
	for re, x := range s.PatternProperties {
		k.muster = append(k.muster, musterKnoten{re, b.baue(x)})
	}
	switch z := s.AdditionalProperties.(type) {
	case nil:
	case bool:
		k.zusatzVerboten = !z
	case *jsonschema.Schema:
		k.zusatz = b.baue(z)
	default:
		k.unklar = true
	}
	k.abhaengigPflicht = s.DependentRequired
	if len(s.DependentSchemas) > 0 {
		k.abhaengigeSchemata = make(map[string]*Knoten, len(s.DependentSchemas))
		for name, x := range s.DependentSchemas {
			k.abhaengigeSchemata[name] = b.baue(x)
		}
	}
}

// liste prepares the keywords of s for arrays.
func (b *Baumeister) liste(k *Knoten, s *jsonschema.Schema) {
	k.minItems, k.maxItems, k.eindeutig = s.MinItems, s.MaxItems, s.UniqueItems
	switch it := s.Items.(type) {
	case nil:
	case *jsonschema.Schema:
		k.items = b.baue(it)
	default:
		k.unklar = true
	}
	if s.Items2020 != nil {
		if k.items != nil {
			k.unklar = true
		}
		k.items = b.baue(s.Items2020)
	}
	k.prefix = b.alle(s.PrefixItems)
}

func neueGrenze(r *big.Rat) *grenze {
	if r == nil {
		return nil
	}
	f, _ := r.Float64()
	return &grenze{rat: r, f: f}
}

// maxSchnellTiefe bounds the recursion of the fast check, which also counts
// steps that stay on one value ($ref, if, not); beyond it the library
// decides.
const maxSchnellTiefe = 1000

// Schema returns the compiled schema k mirrors.
func (k *Knoten) Schema() *jsonschema.Schema { return k.schema }

// Pruefe answers whether the decoded value v is valid against k.
func (k *Knoten) Pruefe(v any) Urteil { return k.pruefe(v, 0) }

// pruefe answers whether v is valid against k.
func (k *Knoten) pruefe(v any, tiefe int) Urteil {
	if k.unklar || tiefe > maxSchnellTiefe {
		return Unklar
	}
	if k.immer != nil {
		if *k.immer {
			return Gueltig
		}
		return Ungueltig
	}
	typ, ok := typVon(v)
	if !ok {
		return Unklar
	}
	u := Gueltig
	if k.typen != 0 && k.typen&typ == 0 {
		if k.typen&typGanz == 0 || typ != typZahl {
			return Ungueltig
		}
		ganz, ok := istGanz(v.(json.Number))
		if !ok {
			return Unklar
		}
		if !ganz {
			return Ungueltig
		}
	}
	if len(k.konstante) > 0 {
		gl, ok := gleich(v, k.konstante[0])
		switch {
		case !ok:
			u = Unklar
		case !gl:
			return Ungueltig
		}
	}
	if len(k.enum) > 0 {
		if e := k.pruefeEnum(v); e == Ungueltig {
			return Ungueltig
		} else {
			u = max(u, e)
		}
	}
	if k.format != nil && !k.format(v) {
		return Ungueltig
	}
	switch x := v.(type) {
	case map[string]any:
		u = und(u, k.pruefeObjekt(x, tiefe))
	case []any:
		u = und(u, k.pruefeListe(x, tiefe))
	case string:
		if k.minLen != -1 || k.maxLen != -1 {
			n := utf8.RuneCountInString(x)
			if (k.minLen != -1 && n < k.minLen) || (k.maxLen != -1 && n > k.maxLen) {
				return Ungueltig
			}
		}
		if k.muss != nil && !k.muss.MatchString(x) {
			return Ungueltig
		}
	case json.Number:
		u = und(u, k.pruefeZahl(x))
	}
	if u == Ungueltig {
		return u
	}
	return und(u, k.pruefeVerbund(v, tiefe))
}

func (k *Knoten) pruefeEnum(v any) Urteil {
	u := Ungueltig
	for _, e := range k.enum {
		gl, ok := gleich(v, e)
		if !ok {
			u = Unklar
		} else if gl {
			return Gueltig
		}
	}
	return u
}

func (k *Knoten) pruefeObjekt(x map[string]any, tiefe int) Urteil {
	if (k.minEig != -1 && len(x) < k.minEig) || (k.maxEig != -1 && len(x) > k.maxEig) {
		return Ungueltig
	}
	for _, name := range k.pflicht {
		if _, ok := x[name]; !ok {
			return Ungueltig
		}
	}
	u := Gueltig
	for name, wert := range x {
		if k.namen != nil {
			if u = und(u, k.namen.pruefe(name, tiefe+1)); u == Ungueltig {
				return u
			}
		}
		sub, bekannt := k.eig[name]
		if bekannt {
			if u = und(u, sub.pruefe(wert, tiefe+1)); u == Ungueltig {
				return u
			}
		}
		for _, m := range k.muster {
			if m.re.MatchString(name) {
				bekannt = true
				if u = und(u, m.k.pruefe(wert, tiefe+1)); u == Ungueltig {
					return u
				}
			}
		}
		if bekannt {
			continue
		}
		if k.zusatzVerboten {
			return Ungueltig
		}
		if k.zusatz != nil {
			if u = und(u, k.zusatz.pruefe(wert, tiefe+1)); u == Ungueltig {
				return u
			}
		}
	}
	for name, noetig := range k.abhaengigPflicht {
		if _, ok := x[name]; !ok {
			continue
		}
		for _, n := range noetig {
			if _, ok := x[n]; !ok {
				return Ungueltig
			}
		}
	}
	for name, sub := range k.abhaengigeSchemata {
		if _, ok := x[name]; ok {
			if u = und(u, sub.pruefe(x, tiefe+1)); u == Ungueltig {
				return u
			}
		}
	}
	return u
}

// maxEindeutig bounds the pairwise comparison of uniqueItems; longer lists
// are left to the library, which hashes.
const maxEindeutig = 64

func (k *Knoten) pruefeListe(x []any, tiefe int) Urteil {
	if (k.minItems != -1 && len(x) < k.minItems) || (k.maxItems != -1 && len(x) > k.maxItems) {
		return Ungueltig
	}
	u := Gueltig
	if k.eindeutig && len(x) > 1 {
		if len(x) > maxEindeutig {
			u = Unklar
		} else {
			for i := 1; i < len(x); i++ {
				for j := 0; j < i; j++ {
					gl, ok := gleich(x[i], x[j])
					if !ok {
						u = Unklar
					} else if gl {
						return Ungueltig
					}
				}
			}
		}
	}
	for i, e := range x {
		var sub *Knoten
		switch {
		case i < len(k.prefix):
			sub = k.prefix[i]
		case k.items != nil:
			sub = k.items
		default:
			return u
		}
		if u = und(u, sub.pruefe(e, tiefe+1)); u == Ungueltig {
			return u
		}
	}
	return u
}

func (k *Knoten) pruefeZahl(x json.Number) Urteil {
	u := Gueltig
	for i, g := range [4]*grenze{k.minimum, k.exMinimum, k.maximum, k.exMaximum} {
		if g == nil {
			continue
		}
		c, ok := vergleicheZahl(x, g)
		if !ok {
			u = Unklar
			continue
		}
		if (i == 0 && c < 0) || (i == 1 && c <= 0) || (i == 2 && c > 0) || (i == 3 && c >= 0) {
			return Ungueltig
		}
	}
	return u
}

// pruefeVerbund checks the keywords that apply other schemas to the same
// value: $ref, not, allOf, anyOf, oneOf, if/then/else.
func (k *Knoten) pruefeVerbund(v any, tiefe int) Urteil {
	u := Gueltig
	if k.ref != nil {
		if u = und(u, k.ref.pruefe(v, tiefe+1)); u == Ungueltig {
			return u
		}
	}
	if k.nicht != nil {
		switch k.nicht.pruefe(v, tiefe+1) {
		case Gueltig:
			return Ungueltig
		case Unklar:
			u = Unklar
		}
	}
	for _, s := range k.alle {
		if u = und(u, s.pruefe(v, tiefe+1)); u == Ungueltig {
			return u
		}
	}
	if len(k.irgendein) > 0 {
		a := Ungueltig
		for _, s := range k.irgendein {
			switch s.pruefe(v, tiefe+1) {
			case Gueltig:
				a = Gueltig
			case Unklar:
				a = min(a, Unklar)
			}
			if a == Gueltig {
				break
			}
		}
		if u = und(u, a); u == Ungueltig {
			return u
		}
	}
	if len(k.ein) > 0 {
		treffer, offen := 0, false
		for _, s := range k.ein {
			switch s.pruefe(v, tiefe+1) {
			case Gueltig:
				treffer++
			case Unklar:
				offen = true
			}
		}
		switch {
		case offen:
			u = Unklar
		case treffer != 1:
			return Ungueltig
		}
	}
	if k.wenn != nil {
		var weiter *Knoten
		switch k.wenn.pruefe(v, tiefe+1) {
		case Gueltig:
			weiter = k.dann
		case Ungueltig:
			weiter = k.sonst
		default:
			return Unklar
		}
		if weiter != nil {
			u = und(u, weiter.pruefe(v, tiefe+1))
		}
	}
	return u
}

// typVon returns the type bit of a decoded value; false for Go values the
// fast check leaves to the library (numbers other than json.Number, values
// that are no JSON).
func typVon(v any) (uint8, bool) {
	switch v.(type) {
	case nil:
		return typNull, true
	case bool:
		return typBool, true
	case json.Number:
		return typZahl, true
	case string:
		return typText, true
	case []any:
		return typArray, true
	case map[string]any:
		return typObjekt, true
	}
	return 0, false
}

// istGanz reports whether the number literal is an integer (1.0 and 1e2
// are), exactly as the library decides it.
func istGanz(n json.Number) (ganz, ok bool) {
	s := string(n)
	if strings.TrimLeft(strings.TrimPrefix(s, "-"), "0123456789") == "" && s != "" && s != "-" {
		return true, true
	}
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		return false, false
	}
	return r.IsInt(), true
}

// vergleicheZahl compares the literal with the limit: by float64 where that
// decides (rounding is monotonic, so a strict float order is the exact
// order), exactly otherwise.
func vergleicheZahl(n json.Number, g *grenze) (int, bool) {
	if !math.IsInf(g.f, 0) {
		if f, err := strconv.ParseFloat(string(n), 64); err == nil {
			switch {
			case f < g.f:
				return -1, true
			case f > g.f:
				return 1, true
			}
		}
	}
	r, ok := new(big.Rat).SetString(string(n))
	if !ok {
		return 0, false
	}
	return r.Cmp(g.rat), true
}

// gleich reports whether two decoded values are equal as JSON values
// (numbers by value: 1.0 equals 1); ok is false for values it cannot judge.
func gleich(a, b any) (gl, ok bool) {
	ta, okA := typVon(a)
	tb, okB := typVon(b)
	if !okA || !okB {
		return false, false
	}
	if ta != tb {
		return false, true
	}
	switch x := a.(type) {
	case nil:
		return true, true
	case bool:
		return x == b.(bool), true
	case string:
		return x == b.(string), true
	case json.Number:
		y := b.(json.Number)
		if x == y {
			return true, true
		}
		rx, okX := new(big.Rat).SetString(string(x))
		ry, okY := new(big.Rat).SetString(string(y))
		if !okX || !okY {
			return false, false
		}
		return rx.Cmp(ry) == 0, true
	case []any:
		y := b.([]any)
		if len(x) != len(y) {
			return false, true
		}
		ok := true
		for i := range x {
			gl, bekannt := gleich(x[i], y[i])
			if bekannt && !gl {
				return false, true
			}
			ok = ok && bekannt
		}
		return ok, ok
	case map[string]any:
		y := b.(map[string]any)
		if len(x) != len(y) {
			return false, true
		}
		ok := true
		for key, wx := range x {
			wy, da := y[key]
			if !da {
				return false, true
			}
			gl, bekannt := gleich(wx, wy)
			if bekannt && !gl {
				return false, true
			}
			ok = ok && bekannt
		}
		return ok, ok
	}
	return false, false
}
