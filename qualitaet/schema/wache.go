package schema

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// pruefeTiefe scans the raw bytes once and refuses nesting deeper than max
// before the decoder (or the validator, whose cost grows with the cube of the
// depth on errors) sees it. Strings are skipped, so brackets inside them do
// not count. Malformed input is left to the decoder.
func pruefeTiefe(data []byte, max int) []Verletzung {
	tiefe := 0
	inString, escape := false, false
	for i, c := range data {
		if inString {
			switch {
			case escape:
				escape = false
			case c == '\\':
				escape = true
			case c == '"':
				inString = false
			}
			continue
		}
		switch c {
		case '"':
			inString = true
		case '{', '[':
			tiefe++
			if tiefe > max {
				return []Verletzung{position(data, int64(i), meldungen.Verletzung("", RegelTiefe, "tiefe", max))}
			}
		case '}', ']':
			tiefe--
		}
	}
	return nil
}

// Limits for number literals: the validator computes with math/big and
// crashes on exponents beyond a million; nothing in our documents needs more
// than these.
const (
	maxZahlLaenge   = 64
	maxZahlExponent = 400
)

// pruefeZahlen walks the decoded value and refuses number literals that are
// too long, have a huge exponent or are no JSON number at all (a
// json.Number built in code). Paths are collected only on failure: a first
// walk allocates nothing.
func pruefeZahlen(v any, pfad []any) []Verletzung {
	if len(pfad) == 0 && zahlenOK(v) {
		return nil
	}
	switch x := v.(type) {
	case json.Number:
		if !zahlOK(string(x)) {
			return []Verletzung{meldungen.Verletzung(Zeiger(pfad...), RegelZahl, "zahl", kuerze(string(x)))}
		}
	case map[string]any:
		var vs []Verletzung
		for k, e := range x {
			switch e.(type) {
			case json.Number, map[string]any, []any:
				vs = append(vs, pruefeZahlen(e, append(pfad[:len(pfad):len(pfad)], k))...)
			}
		}
		return vs
	case []any:
		var vs []Verletzung
		for i, e := range x {
			switch e.(type) {
			case json.Number, map[string]any, []any:
				vs = append(vs, pruefeZahlen(e, append(pfad[:len(pfad):len(pfad)], i))...)
			}
		}
		return vs
	}
	return nil
}

func zahlenOK(v any) bool {
	switch x := v.(type) {
	case json.Number:
		return zahlOK(string(x))
	case map[string]any:
		for _, e := range x {
			if !zahlenOK(e) {
				return false
			}
		}
	case []any:
		for _, e := range x {
			if !zahlenOK(e) {
				return false
			}
		}
	}
	return true
}

func zahlOK(s string) bool {
	if len(s) > maxZahlLaenge || !istZahl(s) {
		return false
	}
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		e, err := strconv.Atoi(strings.TrimPrefix(s[i+1:], "+"))
		if err != nil || e > maxZahlExponent || e < -maxZahlExponent {
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

// syntaxFehler turns a decoder error into a violation with line and column.
func syntaxFehler(data []byte, err error, offset int64) Verletzung {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		offset = se.Offset - 1 // Offset counts the offending byte; report its own column
		if offset >= 0 && offset < int64(len(data)) {
			// The decoder's own text is English only: name the character.
			r, _ := utf8.DecodeRune(data[offset:])
			zeichen := string(r)
			if r == utf8.RuneError || !unicode.IsPrint(r) {
				zeichen = fmt.Sprintf("%U", r)
			}
			return position(data, offset, meldungen.Verletzung("", RegelSyntax, "syntax", zeichen))
		}
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return position(data, int64(len(data)), meldungen.Verletzung("", RegelSyntax, "syntax.ende"))
	}
	return position(data, offset, meldungen.Verletzung("", RegelSyntax, "syntax.allgemein"))
}

// position sets line and column (1-based, columns in bytes) of offset.
func position(data []byte, offset int64, v Verletzung) Verletzung {
	if offset > int64(len(data)) {
		offset = int64(len(data))
	}
	zeile, spalte := 1, 1
	for _, c := range data[:offset] {
		if c == '\n' {
			zeile++
			spalte = 1
		} else {
			spalte++
		}
	}
	v.Zeile, v.Spalte = zeile, spalte
	return v
}

// sortiereNamen returns the names sorted, for stable messages.
func sortiereNamen(namen []string) []string {
	sort.Strings(namen)
	return namen
}
