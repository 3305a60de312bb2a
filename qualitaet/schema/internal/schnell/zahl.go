package schnell

import (
	"strconv"
	"strings"
)

// Limits for number literals: the validator computes with math/big and
// crashes on exponents beyond a million; nothing in our documents needs more
// than these.
const (
	MaxZahlLaenge   = 64
	MaxZahlExponent = 400
)

// ZahlOK reports whether s is a JSON number literal within the limits.
func ZahlOK(s string) bool {
	if len(s) > MaxZahlLaenge || !istZahl(s) {
		return false
	}
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		e, err := strconv.Atoi(strings.TrimPrefix(s[i+1:], "+"))
		if err != nil || e > MaxZahlExponent || e < -MaxZahlExponent {
			return false
		}
	}
	return true
}

// istZahl reports whether s is a JSON number literal
// (-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?).
func istZahl(s string) bool {
	i := 0
	if i < len(s) && s[i] == '-' {
		i++
	}
	ziffern := func() int {
		a := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		return i - a
	}
	switch {
	case i < len(s) && s[i] == '0':
		i++
	case ziffern() == 0:
		return false
	}
	if i < len(s) && s[i] == '.' {
		i++
		if ziffern() == 0 {
			return false
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if ziffern() == 0 {
			return false
		}
	}
	return i == len(s)
}
