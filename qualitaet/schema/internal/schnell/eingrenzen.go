package schnell

import (
	"slices"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// Fundstelle is a smallest part of a document the fast check cannot
// confirm: a value, the compiled schema it must satisfy there, and where it
// is (pointer tokens, strings and ints). Only the library words its
// violations.
type Fundstelle struct {
	Schema *jsonschema.Schema
	Wert   any
	Pfad   []any
	// Urteil is Ungueltig when the fast check found a violation, Unklar when
	// it could not decide.
	Urteil Urteil
	// Markiert: a schema on the way down to this place satisfied the
	// caller's predicate (package schema: marked as personal data).
	Markiert bool
}

// Eingrenzen narrows a value the fast check does not confirm down to its
// smallest invalid parts and calls f for each, in document order (object
// keys sorted). It descends from an object or list into its members only
// where the schema there checks nothing but the members — its own
// keywords (type, required, additionalProperties, sizes) hold — so the
// violations the library finds on the parts are exactly those it would
// find on the whole, at far less cost when a large document repeats one
// error many times. f returns false to stop; markiert is asked for every
// schema on the way.
func (k *Knoten) Eingrenzen(v any, markiert func(*jsonschema.Schema) bool, f func(Fundstelle) bool) {
	e := eingrenzer{markiert: markiert, f: f}
	e.suche(k, v, nil, false)
}

type eingrenzer struct {
	markiert func(*jsonschema.Schema) bool
	f        func(Fundstelle) bool
	fertig   bool
}

func (e *eingrenzer) suche(k *Knoten, v any, pfad []any, markiert bool) {
	if e.fertig {
		return
	}
	markiert = markiert || e.markiert(k.schema)
	u := k.pruefe(v, 0)
	if u == Gueltig {
		return
	}
	if k.nurVerweis() {
		e.suche(k.ref, v, pfad, markiert)
		return
	}
	if k.nurGlieder(v) {
		e.glieder(k, v, pfad, markiert)
		return
	}
	if !e.f(Fundstelle{Schema: k.schema, Wert: v, Pfad: slices.Clone(pfad), Urteil: u, Markiert: markiert}) {
		e.fertig = true
	}
}

func (e *eingrenzer) glieder(k *Knoten, v any, pfad []any, markiert bool) {
	switch x := v.(type) {
	case map[string]any:
		namen := make([]string, 0, len(x))
		for name := range x {
			namen = append(namen, name)
		}
		slices.Sort(namen)
		for _, name := range namen {
			p := append(pfad, name)
			if sub, ok := k.eig[name]; ok {
				e.suche(sub, x[name], p, markiert)
			}
			bekannt := k.eig[name] != nil
			for _, m := range k.muster {
				if m.re.MatchString(name) {
					bekannt = true
					e.suche(m.k, x[name], p, markiert)
				}
			}
			if !bekannt && k.zusatz != nil {
				e.suche(k.zusatz, x[name], p, markiert)
			}
		}
	case []any:
		for i, w := range x {
			switch {
			case i < len(k.prefix):
				e.suche(k.prefix[i], w, append(pfad, i), markiert)
			case k.items != nil:
				e.suche(k.items, w, append(pfad, i), markiert)
			}
		}
	}
}

// nurVerweis reports whether k is a $ref and nothing else that validates.
func (k *Knoten) nurVerweis() bool {
	return k.ref != nil && !k.unklar && k.immer == nil && k.typen == 0 && !k.hatWertRegeln() &&
		!k.hatVerbund() && !k.hatObjektRegeln() && !k.hatListenRegeln() && k.minLen == -1 && k.maxLen == -1 &&
		k.muss == nil && k.minimum == nil && k.maximum == nil && k.exMinimum == nil && k.exMaximum == nil
}

// nurGlieder reports whether v, an object or list, satisfies every keyword
// of k except those applied to its members: then only members can fail.
func (k *Knoten) nurGlieder(v any) bool {
	if k.unklar || k.immer != nil || k.hatWertRegeln() || k.ref != nil || k.hatVerbund() {
		return false
	}
	typ, _ := typVon(v)
	if k.typen != 0 && k.typen&typ == 0 {
		return false
	}
	switch x := v.(type) {
	case map[string]any:
		if (k.minEig != -1 && len(x) < k.minEig) || (k.maxEig != -1 && len(x) > k.maxEig) ||
			k.namen != nil || len(k.abhaengigPflicht) > 0 || len(k.abhaengigeSchemata) > 0 {
			return false
		}
		for _, name := range k.pflicht {
			if _, ok := x[name]; !ok {
				return false
			}
		}
		if k.zusatzVerboten {
			for name := range x {
				if k.eig[name] == nil && !k.passtMuster(name) {
					return false
				}
			}
		}
		return true
	case []any:
		return !k.eindeutig && (k.minItems == -1 || len(x) >= k.minItems) && (k.maxItems == -1 || len(x) <= k.maxItems)
	}
	return false
}

func (k *Knoten) passtMuster(name string) bool {
	for _, m := range k.muster {
		if m.re.MatchString(name) {
			return true
		}
	}
	return false
}

func (k *Knoten) hatWertRegeln() bool {
	return len(k.konstante) > 0 || len(k.enum) > 0 || k.format != nil
}

func (k *Knoten) hatVerbund() bool {
	return k.nicht != nil || len(k.alle) > 0 || len(k.irgendein) > 0 || len(k.ein) > 0 || k.wenn != nil
}

func (k *Knoten) hatObjektRegeln() bool {
	return k.minEig != -1 || k.maxEig != -1 || len(k.pflicht) > 0 || k.eig != nil || k.namen != nil ||
		len(k.muster) > 0 || k.zusatzVerboten || k.zusatz != nil || len(k.abhaengigPflicht) > 0 ||
		len(k.abhaengigeSchemata) > 0
}

func (k *Knoten) hatListenRegeln() bool {
	return k.minItems != -1 || k.maxItems != -1 || k.eindeutig || k.items != nil || len(k.prefix) > 0
}
