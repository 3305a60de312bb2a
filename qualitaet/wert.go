package qualitaet

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
)

// Wert is an optional figure (Wert): a number that may be absent. A
// Steckbrief that says "k. A." or "-" gives an absent Wert, never 0 — the
// difference matters to every average and every rule. The zero value is
// absent. In JSON an absent Wert is left out (use the `omitzero` tag option)
// or written as null; a present one is a plain JSON number.
type Wert struct {
	zahl    float64
	gesetzt bool
}

// WertVon returns a present Wert holding f. NaN and infinities give an
// absent Wert: they are no figures.
func WertVon(f float64) Wert {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return Wert{}
	}
	return Wert{zahl: f, gesetzt: true}
}

// Gesetzt reports whether the figure is present.
func (w Wert) Gesetzt() bool { return w.gesetzt }

// Zahl returns the figure and whether it is present.
func (w Wert) Zahl() (float64, bool) { return w.zahl, w.gesetzt }

// Oder returns the figure, or alt when it is absent.
func (w Wert) Oder(alt float64) float64 {
	if !w.gesetzt {
		return alt
	}
	return w.zahl
}

// IsZero reports whether the figure is absent (for the `omitzero` option).
func (w Wert) IsZero() bool { return !w.gesetzt }

// String returns the figure in Go notation, or "k. A." when absent.
func (w Wert) String() string {
	if !w.gesetzt {
		return "k. A."
	}
	return strconv.FormatFloat(w.zahl, 'f', -1, 64)
}

// MarshalJSON writes the number, or null when absent.
func (w Wert) MarshalJSON() ([]byte, error) {
	if !w.gesetzt {
		return []byte("null"), nil
	}
	return json.Marshal(w.zahl) // exponent form for very large and small figures, as encoding/json writes them
}

// UnmarshalJSON reads a JSON number, or null as absent.
func (w *Wert) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if string(b) == "null" {
		*w = Wert{}
		return nil
	}
	var f float64
	if err := json.Unmarshal(b, &f); err != nil {
		return fmt.Errorf("qualitaet.Wert: %s ist keine Zahl", b)
	}
	*w = WertVon(f)
	return nil
}
