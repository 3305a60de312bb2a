package kommune

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/beschriftung"
)

// nfc normalises text to Unicode NFC, as every reader of the module does
// ([beschriftung.NFC]).
func nfc(s string) string { return beschriftung.NFC(s) }

// kuerze shortens s for a message.
func kuerze(s string) string {
	const max = 80
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	r := []rune(s)
	return string(r[:max]) + "…"
}

// trimme removes white space (any Unicode space) at both ends.
func trimme(s string) string { return strings.TrimFunc(s, unicode.IsSpace) }

// klammerAmEnde splits a trailing parenthesised group off s: "3,9 (2018)"
// gives "3,9" and "2018". The group is found by counting brackets from the
// end, so its content is balanced. ok is false when s does not end in a
// complete group.
func klammerAmEnde(s string) (vorne, inhalt string, ok bool) {
	s = trimme(s)
	if !strings.HasSuffix(s, ")") {
		return s, "", false
	}
	tiefe := 0
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case ')':
			tiefe++
		case '(':
			tiefe--
			if tiefe == 0 {
				return trimme(s[:i]), s[i+1 : len(s)-1], true
			}
		}
	}
	return s, "", false
}

// teileAufEbeneNull splits s at sep where sep stands outside brackets.
func teileAufEbeneNull(s string, sep byte) []string {
	var teile []string
	tiefe, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			tiefe++
		case ')':
			if tiefe > 0 {
				tiefe--
			}
		case sep:
			if tiefe == 0 {
				teile = append(teile, s[start:i])
				start = i + 1
			}
		}
	}
	return append(teile, s[start:])
}
