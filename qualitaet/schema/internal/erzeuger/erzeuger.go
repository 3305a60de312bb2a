// Package erzeuger makes documents for the differential tests of package
// schema and of the loaders: from a compiled schema it generates a value
// that is often valid and sometimes not, and it mutates values. The choices
// come from a byte string (a fuzz input), so every document can be made
// again. It is test machinery: nothing in the library's API uses it.
package erzeuger

import (
	"encoding/json"
	"fmt"
	"math/big"
	"slices"
	"sort"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// Erzeuger draws its choices from a byte string; when the bytes run out it
// goes on with a fixed sequence.
type Erzeuger struct {
	quelle []byte
	i      int
	texte  []string // candidate strings for patterns
}

// Neu returns an Erzeuger drawing on quelle; texte are candidate strings
// for "pattern" (for example every string of the testdata documents).
func Neu(quelle []byte, texte []string) *Erzeuger {
	return &Erzeuger{quelle: quelle, texte: texte}
}

// Zahl returns a choice in [0, n).
func (e *Erzeuger) Zahl(n int) int {
	if n <= 1 {
		return 0
	}
	var b byte
	if e.i < len(e.quelle) {
		b = e.quelle[e.i]
	} else {
		b = byte(e.i * 37)
	}
	e.i++
	return int(b) % n
}

func (e *Erzeuger) ja() bool { return e.Zahl(2) == 0 }

const maxTiefe = 12

// Dokument generates a value for s; "$schema" of an object at the top is
// set to id, so the result reads as a document of that kind.
func (e *Erzeuger) Dokument(s *jsonschema.Schema, id string) any {
	v := e.Wert(s, 0)
	if obj, ok := v.(map[string]any); ok && id != "" {
		obj["$schema"] = id
	}
	return v
}

// Wert generates a value for s.
func (e *Erzeuger) Wert(s *jsonschema.Schema, tiefe int) any {
	switch {
	case s == nil:
		return nil
	case s.Always != nil:
		return e.einfach()
	case len(s.Constant) > 0:
		return s.Constant[0]
	case len(s.Enum) > 0:
		return s.Enum[e.Zahl(len(s.Enum))]
	case len(s.OneOf) > 0:
		return e.Wert(s.OneOf[e.Zahl(len(s.OneOf))], tiefe+1)
	case len(s.AnyOf) > 0:
		return e.Wert(s.AnyOf[e.Zahl(len(s.AnyOf))], tiefe+1)
	case s.Ref != nil && len(s.Types) == 0 && len(s.Properties) == 0:
		return e.Wert(s.Ref, tiefe+1)
	case len(s.AllOf) > 0 && len(s.Types) == 0 && len(s.Properties) == 0:
		return e.Wert(s.AllOf[0], tiefe+1)
	}
	typ := "object"
	if len(s.Types) > 0 {
		typ = s.Types[e.Zahl(len(s.Types))]
	} else if s.Items2020 != nil || len(s.PrefixItems) > 0 {
		typ = "array"
	} else if len(s.Properties) == 0 && s.Pattern != nil || s.Format != "" {
		typ = "string"
	}
	if tiefe > maxTiefe && (typ == "object" || typ == "array") {
		return e.einfach()
	}
	switch typ {
	case "object":
		return e.objekt(s, tiefe)
	case "array":
		return e.liste(s, tiefe)
	case "string":
		return e.text(s)
	case "integer":
		return e.ganz(s)
	case "number":
		return e.zahl(s)
	case "boolean":
		return e.ja()
	}
	return nil
}

func (e *Erzeuger) einfach() any {
	return []any{nil, true, "x", json.Number("1")}[e.Zahl(4)]
}

func (e *Erzeuger) objekt(s *jsonschema.Schema, tiefe int) any {
	obj := map[string]any{}
	namen := make([]string, 0, len(s.Properties))
	for name := range s.Properties {
		namen = append(namen, name)
	}
	sort.Strings(namen)
	for _, name := range namen {
		if slices.Contains(s.Required, name) || e.Zahl(3) > 0 {
			obj[name] = e.Wert(s.Properties[name], tiefe+1)
		}
	}
	// if/then/else and allOf mostly add required fields or narrow them.
	for _, x := range append([]*jsonschema.Schema{s.Then, s.Else, s.Ref}, s.AllOf...) {
		if x == nil {
			continue
		}
		if m, ok := e.Wert(x, tiefe+1).(map[string]any); ok {
			for k, w := range m {
				if _, da := obj[k]; !da || e.ja() {
					obj[k] = w
				}
			}
		}
	}
	// dependentSchemas that forbid fields (a property schema of false) next
	// to a present one: drop those fields, so the object can be valid.
	for name, x := range s.DependentSchemas {
		if _, da := obj[name]; !da || x == nil {
			continue
		}
		for verboten, ps := range x.Properties {
			if ps != nil && ps.Always != nil && !*ps.Always {
				delete(obj, verboten)
			}
		}
	}
	if len(s.PatternProperties) > 0 && e.ja() {
		for re, x := range s.PatternProperties {
			for _, t := range e.texte {
				if re.MatchString(t) {
					obj[t] = e.Wert(x, tiefe+1)
					break
				}
			}
		}
	}
	return obj
}

func (e *Erzeuger) liste(s *jsonschema.Schema, tiefe int) any {
	n := max(s.MinItems, 0) + e.Zahl(3)
	if s.MaxItems >= 0 && n > s.MaxItems {
		n = s.MaxItems
	}
	out := make([]any, 0, n)
	for i := 0; i < n; i++ {
		switch {
		case i < len(s.PrefixItems):
			out = append(out, e.Wert(s.PrefixItems[i], tiefe+1))
		case s.Items2020 != nil:
			out = append(out, e.Wert(s.Items2020, tiefe+1))
		default:
			if x, ok := s.Items.(*jsonschema.Schema); ok {
				out = append(out, e.Wert(x, tiefe+1))
			} else {
				out = append(out, e.einfach())
			}
		}
	}
	return out
}

// Zeitpunkte are date-times the format allows, in the forms Go's time
// parsing refuses among them, and two it must not let through.
var Zeitpunkte = []string{"2024-05-01T10:00:00Z", "2024-05-01t10:00:00z", "2016-12-31T23:59:60Z",
	"2017-01-01T00:59:60.5+01:00", "2024-05-01T10:00:00.123456789-02:30", "2024-05-01T10:00:00++1:00",
	"2024-05-01T+1:00:00Z"}

func (e *Erzeuger) text(s *jsonschema.Schema) any {
	falsch := e.Zahl(8) == 0 // mostly values the format allows
	switch s.Format {
	case "date":
		if falsch {
			return "2023-02-29"
		}
		return []string{"2024-05-01", "2024-02-29"}[e.Zahl(2)]
	case "date-time":
		if falsch {
			return Zeitpunkte[5+e.Zahl(2)]
		}
		return Zeitpunkte[e.Zahl(5)]
	case "uuid":
		if falsch {
			return "kein-uuid"
		}
		return fmt.Sprintf("3f2a6c1e-8b4d-4e8a-9c1f-%012x", e.Zahl(256)*e.Zahl(256))
	}
	if s.Pattern != nil {
		var passend []string
		for _, t := range e.texte {
			if s.Pattern.MatchString(t) {
				passend = append(passend, t)
			}
		}
		if len(passend) > 0 {
			return passend[e.Zahl(len(passend))]
		}
	}
	n := max(s.MinLength, 1) + e.Zahl(4)
	if s.MaxLength >= 0 && n > s.MaxLength {
		n = s.MaxLength
	}
	return strings.Repeat("ä", n)
}

func (e *Erzeuger) ganz(s *jsonschema.Schema) any {
	lo, hi := int64(-3), int64(1000)
	if s.Minimum != nil && s.Minimum.IsInt() {
		lo = s.Minimum.Num().Int64()
	}
	if s.Maximum != nil && s.Maximum.IsInt() {
		hi = s.Maximum.Num().Int64()
	}
	if hi < lo {
		hi = lo
	}
	n := lo + int64(e.Zahl(int(min(hi-lo+1, 250))))
	switch e.Zahl(4) { // integers written as the schema allows: 2, 2.0, 2e0
	case 1:
		return json.Number(fmt.Sprintf("%d.0", n))
	case 2:
		return json.Number(fmt.Sprintf("%de0", n))
	}
	return json.Number(fmt.Sprint(n))
}

func (e *Erzeuger) zahl(s *jsonschema.Schema) any {
	lo := new(big.Rat)
	if s.Minimum != nil {
		lo = s.Minimum
	}
	f, _ := lo.Float64()
	return json.Number(fmt.Sprint(f + float64(e.Zahl(40))/4))
}
