package schnell

import (
	"encoding/json"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// The reader below (Leser) decodes a document in one pass into the generic
// form encoding/json gives with UseNumber — map[string]any, []any, string,
// json.Number, bool, nil — and enforces the nesting and number limits on the
// way. It only ever succeeds: on anything it does not accept (bad syntax,
// too deep, a number beyond the limits, a key twice in one object) it gives
// up, and the schema package takes the careful way with encoding/json, which
// finds and words the error with line and column. So errors read exactly as
// before, and the fast way must only agree with encoding/json on documents
// both accept, which FuzzLeser checks.

type leser struct {
	data     []byte
	i        int
	tiefe    int
	maxTiefe int
	puffer   []byte            // for strings with escapes
	namen    map[string]string // keys seen so far: each name is made once
	doppelt  bool              // an object has a key twice
}

// maxLeserTiefe is encoding/json's own nesting limit; deeper limits are left
// to it.
const maxLeserTiefe = 10000

// Dekodiere decodes data; ok false means "use encoding/json". doppelt
// says that it gave up on a key that appears twice in one object (which
// encoding/json would take silently, the last one winning).
func Dekodiere(data []byte, maxTiefe int) (wert any, ok, doppelt bool) {
	if maxTiefe > maxLeserTiefe {
		return nil, false, false
	}
	l := leser{data: data, maxTiefe: maxTiefe}
	l.leer()
	v, ok := l.wert()
	if !ok {
		return nil, false, l.doppelt
	}
	l.leer()
	return v, l.i == len(l.data), false
}

func (l *leser) leer() {
	for l.i < len(l.data) {
		switch l.data[l.i] {
		case ' ', '\t', '\n', '\r':
			l.i++
		default:
			return
		}
	}
}

func (l *leser) wert() (any, bool) {
	if l.i >= len(l.data) {
		return nil, false
	}
	switch c := l.data[l.i]; c {
	case '{':
		return l.objekt()
	case '[':
		return l.liste()
	case '"':
		return l.text()
	case 't':
		return true, l.wort("true")
	case 'f':
		return false, l.wort("false")
	case 'n':
		return nil, l.wort("null")
	default:
		return l.zahl()
	}
}

func (l *leser) wort(w string) bool {
	if len(l.data)-l.i < len(w) || string(l.data[l.i:l.i+len(w)]) != w {
		return false
	}
	l.i += len(w)
	return true
}

func (l *leser) hinein() bool {
	l.tiefe++
	l.i++
	return l.tiefe <= l.maxTiefe
}

// zu reads the closing c of an object or a list if it comes next, and
// leaves the level.
func (l *leser) zu(c byte) bool {
	if l.i < len(l.data) && l.data[l.i] == c {
		l.i++
		l.tiefe--
		return true
	}
	return false
}

// komma reads the comma between members or entries if it comes next, and
// the white space after it.
func (l *leser) komma() bool {
	if l.i < len(l.data) && l.data[l.i] == ',' {
		l.i++
		l.leer()
		return true
	}
	return false
}

func (l *leser) objekt() (any, bool) {
	if !l.hinein() {
		return nil, false
	}
	m := map[string]any{}
	l.leer()
	if l.zu('}') {
		return m, true
	}
	for {
		if l.i >= len(l.data) || l.data[l.i] != '"' {
			return nil, false
		}
		k, ok := l.name()
		if !ok {
			return nil, false
		}
		l.leer()
		if l.i >= len(l.data) || l.data[l.i] != ':' {
			return nil, false
		}
		l.i++
		l.leer()
		v, ok := l.wert()
		if !ok {
			return nil, false
		}
		if _, da := m[k]; da {
			l.doppelt = true
			return nil, false
		}
		m[k] = v
		l.leer()
		if l.zu('}') {
			return m, true
		}
		if !l.komma() {
			return nil, false
		}
	}
}

func (l *leser) liste() (any, bool) {
	if !l.hinein() {
		return nil, false
	}
	a := make([]any, 0)
	l.leer()
	if l.zu(']') {
		return a, true
	}
	for {
		v, ok := l.wert()
		if !ok {
			return nil, false
		}
		a = append(a, v)
		l.leer()
		if l.zu(']') {
			return a, true
		}
		if !l.komma() {
			return nil, false
		}
	}
}

// name reads an object key. Documents repeat their keys many times; each is
// allocated once per document.
func (l *leser) name() (string, bool) {
	anfang := l.i + 1
	for j := anfang; j < len(l.data); j++ {
		c := l.data[j]
		if c == '"' {
			if k, ok := l.namen[string(l.data[anfang:j])]; ok {
				l.i = j + 1
				return k, true
			}
			break
		}
		if c == '\\' || c < ' ' || c >= utf8.RuneSelf {
			break
		}
	}
	v, ok := l.text()
	if !ok {
		return "", false
	}
	k := v.(string)
	if l.namen == nil {
		l.namen = map[string]string{}
	}
	l.namen[k] = k
	return k, true
}

// text reads a string at l.i (the opening quote). Strings of valid UTF-8
// without escapes — nearly all — are copied in one piece.
func (l *leser) text() (any, bool) {
	l.i++
	anfang := l.i
	for l.i < len(l.data) {
		c := l.data[l.i]
		switch {
		case c == '"':
			s := string(l.data[anfang:l.i])
			l.i++
			return s, true
		case c == '\\':
			return l.textMitEscapes(anfang)
		case c < ' ':
			return nil, false
		case c < utf8.RuneSelf:
			l.i++
		default:
			r, n := utf8.DecodeRune(l.data[l.i:])
			if r == utf8.RuneError && n == 1 {
				return l.textMitEscapes(anfang)
			}
			l.i += n
		}
	}
	return nil, false
}

// textMitEscapes reads the rest of a string the way encoding/json unquotes
// it: escapes resolved, surrogate pairs joined, a lone surrogate and every
// byte that is no UTF-8 replaced by U+FFFD.
func (l *leser) textMitEscapes(anfang int) (any, bool) {
	b := append(l.puffer[:0], l.data[anfang:l.i]...)
	for l.i < len(l.data) {
		c := l.data[l.i]
		switch {
		case c == '"':
			l.i++
			l.puffer = b
			return string(b), true
		case c < ' ':
			return nil, false
		case c == '\\':
			if l.i+1 >= len(l.data) {
				return nil, false
			}
			e := l.data[l.i+1]
			l.i += 2
			switch e {
			case '"', '\\', '/':
				b = append(b, e)
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			case 'u':
				r, ok := l.hex4()
				if !ok {
					return nil, false
				}
				if utf16.IsSurrogate(r) {
					if l.i+1 < len(l.data) && l.data[l.i] == '\\' && l.data[l.i+1] == 'u' {
						merke := l.i
						l.i += 2
						r2, ok := l.hex4()
						if !ok {
							return nil, false
						}
						if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
							b = utf8.AppendRune(b, d)
							continue
						}
						l.i = merke // not a pair: the second escape stands on its own
					}
					r = utf8.RuneError
				}
				b = utf8.AppendRune(b, r)
			default:
				return nil, false
			}
		case c < utf8.RuneSelf:
			b = append(b, c)
			l.i++
		default:
			r, n := utf8.DecodeRune(l.data[l.i:])
			l.i += n
			b = utf8.AppendRune(b, r)
		}
	}
	return nil, false
}

func (l *leser) hex4() (rune, bool) {
	if len(l.data)-l.i < 4 {
		return 0, false
	}
	var r rune
	for _, c := range l.data[l.i : l.i+4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r*16 + rune(c)
	}
	l.i += 4
	return r, true
}

// zahl reads a number literal and keeps it as written; literals beyond the
// limits of [ZahlOK] are left to the careful way, which reports them.
func (l *leser) zahl() (any, bool) {
	anfang := l.i
	for l.i < len(l.data) && strings.IndexByte("0123456789+-.eE", l.data[l.i]) >= 0 {
		l.i++
	}
	s := string(l.data[anfang:l.i])
	if !ZahlOK(s) {
		return nil, false
	}
	return json.Number(s), true
}
