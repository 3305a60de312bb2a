package anonym

import (
	"encoding/json"
	"slices"
)

// unterdrueckeKleineZellen removes the small cells (kleine Zellen) of a
// Bewertung's spread: every line of /streuung/*/sektoren and
// /streuung/*/ebenen with fewer than k raters ("anzahl"). A sector or
// level with one or two raters names the person in a small network. The
// statements that compare those lines go with them: when a sector line is
// removed, "entlangSektoren" becomes false and the "hinweis" (which names
// the two sectors) is dropped; when a level line is removed,
// "entlangEbenen" is dropped. An array left empty is dropped, as the
// engine omits it. The goal's own figures (anzahl, median, minimum,
// maximum, stufen) and everything outside the spread stay. It returns the
// number of lines removed.
func unterdrueckeKleineZellen(wurzel any, k int) int {
	w, ok := wurzel.(*objekt)
	if !ok || k <= 1 {
		return 0
	}
	streuung, _ := w.werte["streuung"].([]any)
	n := 0
	for _, s := range streuung {
		st, ok := s.(*objekt)
		if !ok {
			continue
		}
		if m := kleineZellenWeg(st, "sektoren", k); m > 0 {
			n += m
			if _, ok := st.werte["entlangSektoren"]; ok {
				st.werte["entlangSektoren"] = false
			}
			st.entferne("hinweis")
		}
		if m := kleineZellenWeg(st, "ebenen", k); m > 0 {
			n += m
			st.entferne("entlangEbenen")
		}
	}
	return n
}

// kleineZellenWeg removes the lines of the array o[name] with fewer than k
// raters and returns how many it removed.
func kleineZellenWeg(o *objekt, name string, k int) int {
	l, ok := o.werte[name].([]any)
	if !ok {
		return 0
	}
	behalten := l[:0:0]
	for _, z := range l {
		if zo, ok := z.(*objekt); ok && anzahl(zo) < k {
			continue
		}
		behalten = append(behalten, z)
	}
	weg := len(l) - len(behalten)
	switch {
	case weg == 0:
	case len(behalten) == 0:
		o.entferne(name)
	default:
		o.werte[name] = behalten
	}
	return weg
}

// anzahl returns the member "anzahl" of a line; a line without a readable
// count counts as a small cell (0).
func anzahl(o *objekt) int {
	z, ok := o.werte["anzahl"].(json.Number)
	if !ok {
		return 0
	}
	n, err := z.Int64()
	if err != nil {
		return 0
	}
	return int(n)
}

// entferne removes the member name, keeping the order of the others.
func (o *objekt) entferne(name string) {
	if _, ok := o.werte[name]; !ok {
		return
	}
	delete(o.werte, name)
	o.schluessel = slices.DeleteFunc(o.schluessel, func(s string) bool { return s == name })
}
