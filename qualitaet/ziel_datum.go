package qualitaet

import (
	"fmt"
	"time"
)

// Kalenderdatum is a calendar day (RFC 3339 full-date, "2024-03-01") without
// time of day or zone — due dates, start dates, dates of measurements,
// meetings and agreements of a Netzwerk. It is the library's one date type.
// It is comparable with ==. The zero value is absent ("no date"); it encodes
// as "" and is left out with the `omitzero` tag option.
type Kalenderdatum struct {
	t       time.Time // midnight UTC of the day; the zero time when absent
	gesetzt bool      // whether there is a day: 0001-01-01 is the zero time too
}

// KalenderdatumVon returns the day y-m-d; out-of-range values are normalised
// the way time.Date does (February 30 becomes March 1 or 2).
func KalenderdatumVon(y int, m time.Month, d int) Kalenderdatum {
	return Kalenderdatum{t: time.Date(y, m, d, 0, 0, 0, 0, time.UTC), gesetzt: true}
}

// KalenderdatumAus returns the day t falls on in t's own location; the zero
// time (time.Time.IsZero) gives the absent date.
func KalenderdatumAus(t time.Time) Kalenderdatum {
	if t.IsZero() {
		return Kalenderdatum{}
	}
	y, m, d := t.Date()
	return KalenderdatumVon(y, m, d)
}

// ParseKalenderdatum parses "JJJJ-MM-TT" (RFC 3339 full-date).
func ParseKalenderdatum(s string) (Kalenderdatum, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Kalenderdatum{}, fmt.Errorf("ParseKalenderdatum(%q): kein Kalenderdatum der Form JJJJ-MM-TT", s)
	}
	return Kalenderdatum{t: t, gesetzt: true}, nil
}

// MussKalenderdatum is like [ParseKalenderdatum] but panics on error; for
// dates written as literals in program text, tests and examples, never for
// input.
func MussKalenderdatum(s string) Kalenderdatum {
	d, err := ParseKalenderdatum(s)
	if err != nil {
		panic(err)
	}
	return d
}

// IsZero reports whether the date is absent.
func (d Kalenderdatum) IsZero() bool { return !d.gesetzt }

// Valid reports whether d is a day the text form "JJJJ-MM-TT" can carry: not
// absent, in the years 0000 to 9999. Every date [ParseKalenderdatum] returns
// is valid; [KalenderdatumVon] and [KalenderdatumAus] accept any year, so a
// date built in code may not be, and its text form would not read back.
func (d Kalenderdatum) Valid() bool {
	if d.IsZero() {
		return false
	}
	j := d.t.Year()
	return j >= 0 && j <= 9999
}

// Jahr returns the year of the day, for plausibility checks against years,
// or 0 when the date is absent (a day in the year 0000 gives 0 as well; ask
// [Kalenderdatum.IsZero] to tell them apart).
func (d Kalenderdatum) Jahr() int {
	if d.IsZero() {
		return 0
	}
	return d.t.Year()
}

// Zeit returns midnight UTC of the day, or the zero time when absent (which
// is also midnight of 0001-01-01; ask [Kalenderdatum.IsZero]).
func (d Kalenderdatum) Zeit() time.Time { return d.t }

// Compare returns -1, 0 or +1 as d is before, equal to or after e; the
// absent date comes before every day.
func (d Kalenderdatum) Compare(e Kalenderdatum) int {
	switch {
	case d.gesetzt == e.gesetzt:
		return d.t.Compare(e.t)
	case d.gesetzt:
		return 1
	}
	return -1
}

// Vor reports whether d comes before e (see [Kalenderdatum.Compare]).
func (d Kalenderdatum) Vor(e Kalenderdatum) bool { return d.Compare(e) < 0 }

// Nach reports whether d comes after e (see [Kalenderdatum.Compare]).
func (d Kalenderdatum) Nach(e Kalenderdatum) bool { return d.Compare(e) > 0 }

// String returns "JJJJ-MM-TT", or "k. A." when absent.
func (d Kalenderdatum) String() string {
	if d.IsZero() {
		return "k. A."
	}
	return d.t.Format(time.DateOnly)
}

// MarshalText encodes the day as "JJJJ-MM-TT", the absent date as "".
func (d Kalenderdatum) MarshalText() ([]byte, error) {
	if d.IsZero() {
		return []byte{}, nil
	}
	return d.t.AppendFormat(nil, time.DateOnly), nil
}

// UnmarshalText parses "JJJJ-MM-TT"; "" gives the absent date.
func (d *Kalenderdatum) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Kalenderdatum{}
		return nil
	}
	x, err := ParseKalenderdatum(string(b))
	if err != nil {
		return err
	}
	*d = x
	return nil
}
