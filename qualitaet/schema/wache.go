package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema/internal/schnell"
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
		if !schnell.ZahlOK(string(x)) {
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
		return schnell.ZahlOK(string(x))
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

// doppelterSchluessel finds the first key that appears twice in one object
// of a syntactically valid document and returns the violation (pointer of
// the second occurrence, line and column), or nil. encoding/json and the
// validator's tree keep the last of two equal keys silently; a document
// that says two things in one place is refused instead.
func doppelterSchluessel(data []byte) *Verletzung {
	type ebene struct {
		objekt    bool
		namen     map[string]bool
		pfad      []any  // pointer tokens of the container
		name      string // object: the current member
		index     int    // array: the next index
		wertFolgt bool   // object: a name was read, its value comes next
	}
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	var stapel []*ebene
	for {
		tok, err := d.Token()
		if err != nil {
			return nil // io.EOF, or a syntax error reported elsewhere
		}
		var oben *ebene
		if len(stapel) > 0 {
			oben = stapel[len(stapel)-1]
		}
		if name, ok := tok.(string); ok && oben != nil && oben.objekt && !oben.wertFolgt {
			if oben.namen[name] {
				z := Zeiger(append(slices.Clone(oben.pfad), name)...)
				v := position(data, d.InputOffset(), meldungen.Verletzung(z, RegelSchluessel, "schluessel.doppelt", name))
				return &v
			}
			oben.namen[name], oben.name, oben.wertFolgt = true, name, true
			continue
		}
		if tok == json.Delim('}') || tok == json.Delim(']') {
			stapel = stapel[:len(stapel)-1]
			continue
		}
		var pfad []any
		switch {
		case oben == nil:
		case oben.objekt:
			pfad, oben.wertFolgt = append(slices.Clone(oben.pfad), oben.name), false
		default:
			pfad = append(slices.Clone(oben.pfad), oben.index)
			oben.index++
		}
		switch tok {
		case json.Delim('{'):
			stapel = append(stapel, &ebene{objekt: true, namen: map[string]bool{}, pfad: pfad})
		case json.Delim('['):
			stapel = append(stapel, &ebene{pfad: pfad})
		}
	}
}
