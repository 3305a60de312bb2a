package schnell

import (
	"encoding/json"
	"math/big"
	"reflect"
	"strings"
)

// Normalisiere brings a value that is valid against k into the form Go's
// decoding takes, so that whatever the schema accepts also loads:
//
//   - a number the schema types as "integer" but that is written as a
//     fraction or with an exponent (2.0, 1e2) is written as an integer
//     literal (2, 100), which encoding/json decodes into an int;
//   - a "date-time" the format allows but time.Time refuses is rewritten:
//     lowercase "t" and "z" become "T" and "Z", and a leap second
//     (23:59:60) becomes the last nanosecond before it (23:59:59.999999999),
//     since time.Time has no leap seconds.
//
// It follows the schema the way validation does ($ref, allOf, the anyOf
// and oneOf branches v satisfies, if/then/else, properties, items) and
// changes maps and lists in place; it returns the value to use for v and
// whether anything changed. For a value that is not valid against k it
// changes what it recognises and leaves the rest.
func (k *Knoten) Normalisiere(v any) (any, bool) {
	n := normalisierer{besucht: map[besuch]bool{}}
	v = n.wert(k, v, 0)
	return v, n.geaendert
}

type besuch struct {
	k *Knoten
	c uintptr // the map, or the first element of the list
}

type normalisierer struct {
	geaendert bool
	besucht   map[besuch]bool // (schema, container) pairs done, against cycles through $ref
}

func (n *normalisierer) wert(k *Knoten, v any, tiefe int) any {
	if k == nil || k.immer != nil || tiefe > maxSchnellTiefe {
		return v
	}
	switch x := v.(type) {
	case json.Number:
		if k.typen&typGanz != 0 && k.typen&typZahl == 0 {
			v = n.ganz(x)
		}
	case string:
		if k.zeit {
			v = n.zeit(x)
		}
	case map[string]any:
		if !n.erstesMal(k, reflect.ValueOf(x).Pointer()) {
			return v
		}
		for name, e := range x {
			x[name] = n.eigenschaft(k, name, e, tiefe)
		}
	case []any:
		if len(x) > 0 && !n.erstesMal(k, reflect.ValueOf(x).Pointer()) {
			return v
		}
		for i, e := range x {
			switch {
			case i < len(k.prefix):
				x[i] = n.wert(k.prefix[i], e, tiefe+1)
			case k.items != nil:
				x[i] = n.wert(k.items, e, tiefe+1)
			}
		}
	}
	return n.verbund(k, v, tiefe)
}

// erstesMal reports whether the container (a map, or the first element of
// a list) meets k for the first time.
func (n *normalisierer) erstesMal(k *Knoten, c uintptr) bool {
	b := besuch{k, c}
	if n.besucht[b] {
		return false
	}
	n.besucht[b] = true
	return true
}

func (n *normalisierer) eigenschaft(k *Knoten, name string, e any, tiefe int) any {
	sub, bekannt := k.eig[name]
	if bekannt {
		e = n.wert(sub, e, tiefe+1)
	}
	for _, m := range k.muster {
		if m.re.MatchString(name) {
			bekannt = true
			e = n.wert(m.k, e, tiefe+1)
		}
	}
	if !bekannt && k.zusatz != nil {
		e = n.wert(k.zusatz, e, tiefe+1)
	}
	return e
}

// verbund follows the keywords that apply other schemas to the same value.
func (n *normalisierer) verbund(k *Knoten, v any, tiefe int) any {
	v = n.wert(k.ref, v, tiefe+1)
	for _, s := range k.alle {
		v = n.wert(s, v, tiefe+1)
	}
	for _, gruppe := range [][]*Knoten{k.irgendein, k.ein} {
		for _, s := range gruppe {
			if s.pruefe(v, tiefe+1) == Gueltig {
				v = n.wert(s, v, tiefe+1)
			}
		}
	}
	if k.wenn != nil {
		switch k.wenn.pruefe(v, tiefe+1) {
		case Gueltig:
			v = n.wert(k.wenn, v, tiefe+1)
			v = n.wert(k.dann, v, tiefe+1)
		case Ungueltig:
			v = n.wert(k.sonst, v, tiefe+1)
		}
	}
	if obj, ok := v.(map[string]any); ok {
		for name, s := range k.abhaengigeSchemata {
			if _, da := obj[name]; da {
				v = n.wert(s, v, tiefe+1)
			}
		}
	}
	return v
}

// ganz writes an integral number literal as an integer.
func (n *normalisierer) ganz(x json.Number) any {
	s := string(x)
	if !strings.ContainsAny(s, ".eE") {
		return x
	}
	r, ok := new(big.Rat).SetString(s)
	if !ok || !r.IsInt() {
		return x
	}
	n.geaendert = true
	return json.Number(r.Num().String())
}

// zeit rewrites an RFC 3339 date-time into the form time.Time parses.
func (n *normalisierer) zeit(s string) any {
	if len(s) < 20 {
		return s
	}
	neu := s
	if neu[10] == 't' {
		neu = neu[:10] + "T" + neu[11:]
	}
	if strings.HasSuffix(neu, "z") {
		neu = neu[:len(neu)-1] + "Z"
	}
	if neu[17:19] == "60" {
		rest := neu[19:]
		if rest[0] == '.' {
			rest = strings.TrimLeft(rest[1:], "0123456789")
		}
		neu = neu[:17] + "59.999999999" + rest
	}
	if neu != s {
		n.geaendert = true
	}
	return neu
}
