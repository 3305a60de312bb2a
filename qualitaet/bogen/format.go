package bogen

import (
	"fmt"

	"golang.org/x/text/language"
)

// Format is the form of a blank sheet (Bogenformat): Markdown for print or
// CSV for spreadsheets. It is an unordered set, so a typed string. The zero
// value "" is no format; [Optionen] reads it as [Markdown].
type Format string

// The formats of a sheet.
const (
	Markdown Format = "markdown" // for print: scale, fields for the rater, one table per Thema
	CSV      Format = "csv"      // for spreadsheets: header line and one row per goal
)

var formate = []Format{Markdown, CSV}

// Formate returns the formats in a fixed order.
func Formate() []Format { return append([]Format(nil), formate...) }

// ParseFormat parses "markdown" or "csv" (exactly; no other spelling). The
// error quotes the input.
func ParseFormat(s string) (Format, error) {
	f := Format(s)
	if !f.Valid() {
		return "", fmt.Errorf("bogen.ParseFormat(%q): %s", s, meldungen.Sprintf(language.German, "format.unbekannt", s))
	}
	return f, nil
}

// Valid reports whether f is one of the formats in [Formate].
func (f Format) Valid() bool {
	for _, x := range formate {
		if f == x {
			return true
		}
	}
	return false
}

// String returns the format's name, or "Format(x)" for an unknown one.
func (f Format) String() string {
	if f.Valid() {
		return string(f)
	}
	return "Format(" + string(f) + ")"
}

// MarshalText encodes a known format as its name.
func (f Format) MarshalText() ([]byte, error) {
	if !f.Valid() {
		return nil, fmt.Errorf("bogen.Format: %s", meldungen.Sprintf(language.German, "format.unbekannt", string(f)))
	}
	return []byte(f), nil
}

// UnmarshalText accepts exactly the names in [Formate].
func (f *Format) UnmarshalText(b []byte) error {
	x, err := ParseFormat(string(b))
	if err != nil {
		return err
	}
	*f = x
	return nil
}
