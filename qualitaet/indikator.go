package qualitaet

import (
	"errors"
	"fmt"
	"math"
	"slices"

	"golang.org/x/text/language"
)

// Indikatorart is the kind of figure an indicator (Indikator) measures. It
// decides how a measurement is read (see [Messung.Ergebnis]):
//
//   - anteil: a share in percent, 0–100; given as "wert" or as
//     "zaehler"/"nenner" (then 100 · zaehler / nenner, zaehler ≤ nenner);
//   - verhaeltnis: a ratio; "wert" or zaehler / nenner;
//   - anzahl: a count, a whole number ≥ 0, only as "wert";
//   - kontinuierlich: any other figure (hours, days, a score), only as "wert".
//
// Baseline and target are given in the same scale (percent for anteil).
type Indikatorart string

// The kinds of indicators.
const (
	ArtAnteil         Indikatorart = "anteil"
	ArtVerhaeltnis    Indikatorart = "verhaeltnis"
	ArtAnzahl         Indikatorart = "anzahl"
	ArtKontinuierlich Indikatorart = "kontinuierlich"
)

var indikatorarten = []Indikatorart{ArtAnteil, ArtVerhaeltnis, ArtAnzahl, ArtKontinuierlich}

// Indikatorarten returns the kinds of indicators.
func Indikatorarten() []Indikatorart { return slices.Clone(indikatorarten) }

// ParseIndikatorart parses a kind of indicator.
func ParseIndikatorart(s string) (Indikatorart, error) {
	return parseEnum("Indikatorart", indikatorarten, s)
}

// Valid reports whether a is a known kind.
func (a Indikatorart) Valid() bool { return slices.Contains(indikatorarten, a) }

// String returns the kind, or "Indikatorart(x)" for an unknown one.
func (a Indikatorart) String() string { return enumString("Indikatorart", indikatorarten, a) }

// MarshalText encodes a known kind.
func (a Indikatorart) MarshalText() ([]byte, error) {
	return enumMarshal("Indikatorart", indikatorarten, a)
}

// UnmarshalText accepts exactly the known kinds.
func (a *Indikatorart) UnmarshalText(b []byte) error {
	x, err := ParseIndikatorart(string(b))
	if err == nil {
		*a = x
	}
	return err
}

// Richtung is the direction in which an indicator improves: steigend
// (higher is better) or fallend (lower is better).
type Richtung string

// The two directions.
const (
	Steigend Richtung = "steigend"
	Fallend  Richtung = "fallend"
)

var richtungen = []Richtung{Steigend, Fallend}

// ParseRichtung parses a direction.
func ParseRichtung(s string) (Richtung, error) { return parseEnum("Richtung", richtungen, s) }

// Valid reports whether r is a known direction.
func (r Richtung) Valid() bool { return slices.Contains(richtungen, r) }

// String returns the direction, or "Richtung(x)" for an unknown one.
func (r Richtung) String() string { return enumString("Richtung", richtungen, r) }

// MarshalText encodes a known direction.
func (r Richtung) MarshalText() ([]byte, error) { return enumMarshal("Richtung", richtungen, r) }

// UnmarshalText accepts exactly the known directions.
func (r *Richtung) UnmarshalText(b []byte) error {
	x, err := ParseRichtung(string(b))
	if err == nil {
		*r = x
	}
	return err
}

// Stand is a figure on a day: the baseline (Ausgangswert) or the target
// (Zielwert, with its due date). The zero value — no date — is absent.
type Stand struct {
	Wert  float64       `json:"wert"`
	Datum Kalenderdatum `json:"datum"`
}

// IsZero reports whether the Stand is absent (has no date).
func (s Stand) IsZero() bool { return s.Datum.IsZero() }

// Messung is one measurement of an indicator: the day, the figure — either
// Wert, or Zaehler and Nenner (numerator and denominator, for anteil and
// verhaeltnis) — and where it comes from (Quelle, e.g. "Netzwerkbefragung
// 2023").
type Messung struct {
	Datum   Kalenderdatum `json:"datum"`
	Wert    Wert          `json:"wert,omitzero"`
	Zaehler Wert          `json:"zaehler,omitzero"`
	Nenner  Wert          `json:"nenner,omitzero"`
	Quelle  string        `json:"quelle,omitempty"`
	Hinweis string        `json:"hinweis,omitempty"`
}

// ErrMessungUngueltig is matched by the errors of [Indikator.Erfasse].
var ErrMessungUngueltig = errors.New("ungültige Messung")

// Ergebnis returns the measurement's figure as the indicator kind art reads
// it: Wert as given, or for anteil 100 · Zaehler / Nenner and for
// verhaeltnis Zaehler / Nenner. It reports false for an invalid
// measurement (see [Messung.Mangel]).
func (m Messung) Ergebnis(art Indikatorart) (float64, bool) {
	if m.mangel(art) != "" {
		return 0, false
	}
	if w, ok := m.Wert.Zahl(); ok {
		return w, true
	}
	z, _ := m.Zaehler.Zahl()
	n, _ := m.Nenner.Zahl()
	if art == ArtAnteil {
		return 100 * z / n, true
	}
	return z / n, true
}

// mangel returns the message key of the first thing wrong with the
// measurement for the kind art, or "" when it is fine.
func (m Messung) mangel(art Indikatorart) string {
	w, hatWert := m.Wert.Zahl()
	z, hatZ := m.Zaehler.Zahl()
	n, hatN := m.Nenner.Zahl()
	switch {
	case m.Datum.IsZero():
		return "messung.datum"
	case hatWert && (hatZ || hatN):
		return "messung.beides"
	case !hatWert && !hatZ && !hatN:
		return "messung.leer"
	case hatZ != hatN:
		return "messung.bruchHalb"
	case hatZ && (art == ArtAnzahl || art == ArtKontinuierlich):
		return "messung.bruchArt"
	case hatN && n <= 0:
		return "messung.nenner"
	case hatZ && z < 0:
		return "messung.zaehler"
	case hatZ && art == ArtAnteil && z > n:
		return "messung.zaehlerGroesser"
	case hatWert:
		return wertMangel(art, w)
	}
	return ""
}

// wertMangel returns the message key of what is wrong with a figure of the
// kind art, or "".
func wertMangel(art Indikatorart, w float64) string {
	switch {
	case art == ArtAnteil && (w < 0 || w > 100):
		return "wert.anteil"
	case art == ArtAnzahl && (w < 0 || w != math.Trunc(w)):
		return "wert.anzahl"
	case art == ArtVerhaeltnis && w < 0:
		return "wert.verhaeltnis"
	}
	return ""
}

// Mangel returns a German description of what is wrong with the
// measurement for the kind art, or "" when it is valid: it needs a date and
// exactly one form of figure; Zaehler and Nenner come together, only for
// anteil and verhaeltnis, with Nenner > 0, Zaehler ≥ 0 (and ≤ Nenner for
// anteil); a Wert fits the kind (anteil 0–100, anzahl a whole number ≥ 0,
// verhaeltnis ≥ 0).
func (m Messung) Mangel(art Indikatorart) string { return m.MangelIn(art, language.German) }

// MangelIn is [Messung.Mangel] in the language tag (German unless English).
func (m Messung) MangelIn(art Indikatorart, tag language.Tag) string {
	if key := m.mangel(art); key != "" {
		return zieleMeldungen.Sprintf(tag, key)
	}
	return ""
}

// Indikator is an indicator (Indikator) of a goal: a negotiated figure with
// its kind, the direction in which it improves, the unit, a baseline, a
// target with its due date, and the measurements over time. Kennung may name
// a locally negotiated indicator of the Kommune's Zuschnitt.
type Indikator struct {
	Name         string       `json:"name"`
	Kennung      string       `json:"kennung,omitempty"`
	Art          Indikatorart `json:"art"`
	Richtung     Richtung     `json:"richtung"`
	Einheit      string       `json:"einheit,omitempty"`
	Ausgangswert Stand        `json:"ausgangswert,omitzero"`
	Zielwert     Stand        `json:"zielwert"`
	Messungen    []Messung    `json:"messungen,omitempty"`
	Hinweis      string       `json:"hinweis,omitempty"`
}

// Erfasse records a measurement. It refuses, wrapping
// [ErrMessungUngueltig] and leaving the indicator unchanged, a measurement
// that is invalid for the indicator's kind (see [Messung.Mangel]) or dated
// before the last one recorded.
func (i *Indikator) Erfasse(m Messung) error {
	nfc(&m.Quelle)
	nfc(&m.Hinweis)
	if key := m.mangel(i.Art); key != "" {
		return fmt.Errorf("%w: %s", ErrMessungUngueltig, zieleMeldungen.Sprintf(language.German, key))
	}
	if n := len(i.Messungen); n > 0 && m.Datum.Vor(i.Messungen[n-1].Datum) {
		return fmt.Errorf("%w: %s", ErrMessungUngueltig,
			zieleMeldungen.Sprintf(language.German, "messung.reihenfolge", m.Datum.String(), i.Messungen[n-1].Datum.String()))
	}
	i.Messungen = append(slices.Clip(i.Messungen), m)
	return nil
}

// Erfuellt reports whether the figure x meets the target, considering the
// direction: x ≥ target when steigend, x ≤ target when fallend (with a
// relative tolerance of 1e-9 for figures computed from fractions).
func (i Indikator) Erfuellt(x float64) bool {
	ziel := i.Zielwert.Wert
	if gleich(x, ziel) {
		return true
	}
	if i.Richtung == Fallend {
		return x < ziel
	}
	return x > ziel
}

func gleich(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

// Erreichung derives the indicator's achievement status on the day stichtag
// from its measurements, baseline and target. The zero stichtag means: use
// all measurements and treat the due date as not passed. The rule:
//
//   - Only valid measurements dated on or before stichtag count; they are
//     kept in date order ([Indikator.Erfasse] and [PruefeZiele] see to it),
//     so the last of them is the latest, L. The due date has passed when
//     stichtag is after the target's date.
//   - No measurement: nicht-erreicht if the due date has passed, else in-arbeit.
//   - L meets the target ([Indikator.Erfuellt]): gehalten if the baseline
//     already met it, else erreicht (also when L came late).
//   - L misses the target and the due date has passed: nicht-erreicht.
//   - Otherwise L is compared with the reference — the baseline, or without
//     one the earliest counted measurement; with neither (one measurement,
//     no baseline) the status is in-arbeit. Moved towards the target (up
//     when steigend, down when fallend): verbessert; away: verschlechtert;
//     equal within the tolerance: unveraendert.
//
// kein-fortschritt and nicht-erreichbar are never derived: they are
// judgements people record on the goal with a reason.
func (i Indikator) Erreichung(stichtag Kalenderdatum) Zielerreichung {
	var zaehlt []float64
	for _, m := range i.Messungen {
		if !stichtag.IsZero() && m.Datum.Nach(stichtag) {
			continue
		}
		if x, ok := m.Ergebnis(i.Art); ok {
			zaehlt = append(zaehlt, x)
		}
	}
	vorbei := !stichtag.IsZero() && !i.Zielwert.Datum.IsZero() && stichtag.Nach(i.Zielwert.Datum)
	if len(zaehlt) == 0 {
		if vorbei {
			return ErreichungNichtErreicht
		}
		return ErreichungInArbeit
	}
	l := zaehlt[len(zaehlt)-1]
	hatBasis := !i.Ausgangswert.IsZero()
	switch {
	case i.Erfuellt(l) && hatBasis && i.Erfuellt(i.Ausgangswert.Wert):
		return ErreichungGehalten
	case i.Erfuellt(l):
		return ErreichungErreicht
	case vorbei:
		return ErreichungNichtErreicht
	}
	var bezug float64
	switch {
	case hatBasis:
		bezug = i.Ausgangswert.Wert
	case len(zaehlt) >= 2:
		bezug = zaehlt[0]
	default:
		return ErreichungInArbeit
	}
	d := l - bezug
	if i.Richtung == Fallend {
		d = -d
	}
	switch {
	case gleich(l, bezug):
		return ErreichungUnveraendert
	case d > 0:
		return ErreichungVerbessert
	}
	return ErreichungVerschlechtert
}

func (i *Indikator) normalisiere() {
	for _, s := range []*string{&i.Name, &i.Kennung, &i.Einheit, &i.Hinweis} {
		nfc(s)
	}
	for k := range i.Messungen {
		nfc(&i.Messungen[k].Quelle)
		nfc(&i.Messungen[k].Hinweis)
	}
}
