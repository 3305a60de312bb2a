package netzwerk

import (
	"fmt"
	"time"
)

// Datum is a calendar date (Datum) without time of day or zone, as meetings
// and agreements are recorded. It is comparable; the zero value is "no
// date" and encodes as "" in text (and is left out of JSON with omitzero).
type Datum struct {
	Jahr  int        // year, e.g. 2019
	Monat time.Month // month, January = 1
	Tag   int        // day of the month, from 1
}

// DatumVon returns the calendar date of t in t's location.
func DatumVon(t time.Time) Datum {
	j, m, d := t.Date()
	return Datum{j, m, d}
}

// ParseDatum parses a date in the form JJJJ-MM-TT (RFC 3339 full-date).
func ParseDatum(s string) (Datum, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil || len(s) != len(time.DateOnly) {
		return Datum{}, fmt.Errorf("netzwerk.ParseDatum(%q): kein Datum der Form JJJJ-MM-TT", s)
	}
	return DatumVon(t), nil
}

// MussDatum is like [ParseDatum] but panics on error; for dates written in
// program text and tests.
func MussDatum(s string) Datum {
	d, err := ParseDatum(s)
	if err != nil {
		panic(err)
	}
	return d
}

// IsZero reports whether d is the zero value (no date).
func (d Datum) IsZero() bool { return d == Datum{} }

// Valid reports whether d is a real calendar date with a four-digit year.
func (d Datum) Valid() bool {
	if d.Jahr < 1 || d.Jahr > 9999 || d.Monat < time.January || d.Monat > time.December || d.Tag < 1 {
		return false
	}
	return DatumVon(d.Zeit()) == d
}

// Zeit returns midnight UTC of the date.
func (d Datum) Zeit() time.Time { return time.Date(d.Jahr, d.Monat, d.Tag, 0, 0, 0, 0, time.UTC) }

// Vergleiche returns -1, 0 or +1 as d is before, equal to or after e.
func (d Datum) Vergleiche(e Datum) int {
	switch {
	case d.Jahr != e.Jahr:
		return cmpInt(d.Jahr, e.Jahr)
	case d.Monat != e.Monat:
		return cmpInt(int(d.Monat), int(e.Monat))
	}
	return cmpInt(d.Tag, e.Tag)
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// String returns JJJJ-MM-TT, "" for the zero value, or Datum(…) for a value
// that is no calendar date.
func (d Datum) String() string {
	if d.IsZero() {
		return ""
	}
	if !d.Valid() {
		return fmt.Sprintf("Datum(%d-%d-%d)", d.Jahr, int(d.Monat), d.Tag)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Jahr, int(d.Monat), d.Tag)
}

// MarshalText encodes the date as JJJJ-MM-TT, the zero value as "".
func (d Datum) MarshalText() ([]byte, error) {
	if !d.IsZero() && !d.Valid() {
		return nil, fmt.Errorf("netzwerk.Datum: ungültiges Datum %s", d.String())
	}
	return []byte(d.String()), nil
}

// UnmarshalText accepts JJJJ-MM-TT, and "" as the zero value.
func (d *Datum) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Datum{}
		return nil
	}
	x, err := ParseDatum(string(b))
	if err != nil {
		return err
	}
	*d = x
	return nil
}

// Zeitraum is a period (Zeitraum) of whole days, both ends included. A zero
// Von leaves it open towards the past, a zero Bis towards the future; the
// zero Zeitraum is all time.
type Zeitraum struct {
	Von, Bis Datum // first and last day, both included; zero = open
}

// Enthaelt reports whether the date lies in the period. The zero date lies
// in no period.
func (z Zeitraum) Enthaelt(d Datum) bool {
	if d.IsZero() {
		return false
	}
	if !z.Von.IsZero() && d.Vergleiche(z.Von) < 0 {
		return false
	}
	if !z.Bis.IsZero() && d.Vergleiche(z.Bis) > 0 {
		return false
	}
	return true
}
