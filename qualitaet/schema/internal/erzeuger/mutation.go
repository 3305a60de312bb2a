package erzeuger

import (
	"encoding/json"
	"slices"
	"strings"
)

// Ersatz are the values a mutation puts in place of another.
var Ersatz = []any{nil, true, "", "x", "2024-02-30", "2024-05-01T10:00:00Z", json.Number("-1"),
	json.Number("1.5"), json.Number("0"), json.Number("2.0"), json.Number("1e3"), json.Number("100.0"),
	json.Number("99"), map[string]any{}, []any{}, []any{"a", "a"}}

// Mutiere changes a copy of v at n places chosen by the Erzeuger: a value
// replaced (see [Ersatz]), a key removed, an unknown key or a key differing
// only in case added, a list entry doubled.
func (e *Erzeuger) Mutiere(v any, n int) any {
	v = Kopie(v)
	for range n {
		pfade := Pfade(v)
		pfad := pfade[e.Zahl(len(pfade))]
		v = Ersetze(v, pfad, func(x any) any { return e.aendere(x) })
	}
	return v
}

func (e *Erzeuger) aendere(x any) any {
	switch y := x.(type) {
	case map[string]any:
		namen := make([]string, 0, len(y))
		for k := range y {
			namen = append(namen, k)
		}
		slices.Sort(namen)
		if len(namen) > 0 {
			name := namen[e.Zahl(len(namen))]
			switch e.Zahl(3) {
			case 0:
				delete(y, name)
				return y
			case 1: // encoding/json matches keys without regard to case
				y[strings.ToUpper(name[:1])+name[1:]] = Ersatz[e.Zahl(len(Ersatz))]
				return y
			}
		}
		if e.ja() {
			y["unbekanntesFeld"] = json.Number("1")
			return y
		}
	case []any:
		if len(y) > 0 && e.ja() {
			return append(y, y[e.Zahl(len(y))])
		}
	}
	return Kopie(Ersatz[e.Zahl(len(Ersatz))])
}

// Pfade returns the path of every node of v (keys and indexes), sorted.
func Pfade(v any) [][]any {
	var pfade [][]any
	var sammle func(x any, pfad []any)
	sammle = func(x any, pfad []any) {
		pfade = append(pfade, slices.Clone(pfad))
		switch y := x.(type) {
		case map[string]any:
			keys := make([]string, 0, len(y))
			for k := range y {
				keys = append(keys, k)
			}
			slices.Sort(keys)
			for _, k := range keys {
				sammle(y[k], append(pfad, k))
			}
		case []any:
			for i, e := range y {
				sammle(e, append(pfad, i))
			}
		}
	}
	sammle(v, nil)
	return pfade
}

// Kopie returns a deep copy of a decoded JSON value.
func Kopie(x any) any {
	switch y := x.(type) {
	case map[string]any:
		m := make(map[string]any, len(y))
		for k, e := range y {
			m[k] = Kopie(e)
		}
		return m
	case []any:
		l := make([]any, len(y))
		for i, e := range y {
			l[i] = Kopie(e)
		}
		return l
	}
	return x
}

// Ersetze replaces the node of wurzel at pfad (see [Pfade]) by what f
// makes of it, in place, and returns the changed root.
func Ersetze(wurzel any, pfad []any, f func(any) any) any {
	if len(pfad) == 0 {
		return f(wurzel)
	}
	switch y := wurzel.(type) {
	case map[string]any:
		k := pfad[0].(string)
		y[k] = Ersetze(y[k], pfad[1:], f)
	case []any:
		i := pfad[0].(int)
		y[i] = Ersetze(y[i], pfad[1:], f)
	}
	return wurzel
}

// Texte returns every string in v (keys and values), for [Neu].
func Texte(v any, out []string) []string {
	switch y := v.(type) {
	case string:
		out = append(out, y)
	case map[string]any:
		for k, e := range y {
			out = append(Texte(e, out), k)
		}
	case []any:
		for _, e := range y {
			out = Texte(e, out)
		}
	}
	return out
}
