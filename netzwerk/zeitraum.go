package netzwerk

import "github.com/fruehehilfen/qualitaetsrahmen/qualitaet"

// Zeitraum is a period (Zeitraum) of whole days, both ends included, for the
// analyses of meetings ([Teilnahme], [Gesundheit], [FaktenOptionen]). A zero
// Von leaves it open towards the past, a zero Bis towards the future; the
// zero Zeitraum is all time.
type Zeitraum struct {
	Von, Bis qualitaet.Kalenderdatum // first and last day, both included; zero = open
}

// Enthaelt reports whether the day d lies in the period. The absent date
// lies in no period, not even the zero Zeitraum.
func (z Zeitraum) Enthaelt(d qualitaet.Kalenderdatum) bool {
	if d.IsZero() {
		return false
	}
	if !z.Von.IsZero() && d.Vor(z.Von) {
		return false
	}
	if !z.Bis.IsZero() && d.Nach(z.Bis) {
		return false
	}
	return true
}
