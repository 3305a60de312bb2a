package qualitaet

import (
	"fmt"
	"time"
)

// Kalenderdatum is a calendar day (RFC 3339 full-date, "2024-03-01") without
// time of day or zone — due dates, start dates, dates of measurements. It is
// comparable with ==. The zero value is absent ("no date"); it encodes as ""
// and is left out with the `omitzero` tag option.
type Kalenderdatum struct {
	t time.Time // midnight UTC of the day; zero when absent
}

// KalenderdatumVon returns the day y-m-d; out-of-range values are normalised
// the way time.Date does (February 30 becomes March 1 or 2).
func KalenderdatumVon(y int, m time.Month, d int) Kalenderdatum {
	return Kalenderdatum{t: time.Date(y, m, d, 0, 0, 0, 0, time.UTC)}
}

// KalenderdatumAus returns the day t falls on in t's own location; the zero
// time gives the absent date.
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
	return Kalenderdatum{t: t}, nil
}

// IsZero reports whether the date is absent.
func (d Kalenderdatum) IsZero() bool { return d.t.IsZero() }

// Zeit returns midnight UTC of the day, or the zero time when absent.
func (d Kalenderdatum) Zeit() time.Time { return d.t }

// Compare returns -1, 0 or +1 as d is before, equal to or after e; the
// absent date comes before every day.
func (d Kalenderdatum) Compare(e Kalenderdatum) int { return d.t.Compare(e.t) }

// Vor reports whether d is a day before e.
func (d Kalenderdatum) Vor(e Kalenderdatum) bool { return d.t.Before(e.t) }

// Nach reports whether d is a day after e.
func (d Kalenderdatum) Nach(e Kalenderdatum) bool { return d.t.After(e.t) }

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
