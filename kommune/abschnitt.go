package kommune

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/beschriftung"
)

// Abschnittsart is the kind of a list section of a Steckbrief, recognised
// from its title. It is a typed string; the zero value is a section the
// reader does not know, which is kept all the same.
type Abschnittsart string

// The kinds of list sections, in the order of the Steckbrief template.
const (
	// Verstaendnis: "Unser Verständnis Früher Hilfen".
	Verstaendnis Abschnittsart = "verstaendnis"
	// Projektziele: "Unsere Projektziele".
	Projektziele Abschnittsart = "projektziele"
	// Herausforderungen: "Herausforderungen", with the subsections below.
	Herausforderungen Abschnittsart = "herausforderungen"
	// HerausforderungenFruehe: "### Im Bereich Frühe Hilfen:" under
	// Herausforderungen.
	HerausforderungenFruehe Abschnittsart = "herausforderungen-fruehe-hilfen"
	// HerausforderungenProjekt: "### Im Projekt:" under Herausforderungen.
	HerausforderungenProjekt Abschnittsart = "herausforderungen-projekt"
	// Erfahrungen: "Erfahrungen mit Qualitätsentwicklung".
	Erfahrungen Abschnittsart = "erfahrungen"
	// Materialien: "Wichtige Materialien des Netzwerks".
	Materialien Abschnittsart = "materialien"
	// Bedarfe: "Qualitätsentwicklungsbedarfe – darum sind wir dabei".
	Bedarfe Abschnittsart = "bedarfe"
	// Erwartungen: "Erwartungen an die Projektteilnahme".
	Erwartungen Abschnittsart = "erwartungen"
	// Mehrwert: "Mehrwert" (added value of taking part).
	Mehrwert Abschnittsart = "mehrwert"
	// Wuensche: "Wünsche an die Zusammenarbeit im Cluster".
	Wuensche Abschnittsart = "wuensche"
)

// abschnittsarten are the kinds in template order with the key of their
// name in the package's message catalogue.
var abschnittsarten = []struct {
	art        Abschnittsart
	schluessel string
}{
	{Verstaendnis, "abschnitt.verstaendnis"},
	{Projektziele, "abschnitt.projektziele"},
	{Herausforderungen, "abschnitt.herausforderungen"},
	{HerausforderungenFruehe, "abschnitt.herausforderungenFruehe"},
	{HerausforderungenProjekt, "abschnitt.herausforderungenProjekt"},
	{Erfahrungen, "abschnitt.erfahrungen"},
	{Materialien, "abschnitt.materialien"},
	{Bedarfe, "abschnitt.bedarfe"},
	{Erwartungen, "abschnitt.erwartungen"},
	{Mehrwert, "abschnitt.mehrwert"},
	{Wuensche, "abschnitt.wuensche"},
}

// Abschnittsarten returns every kind of list section in template order.
func Abschnittsarten() []Abschnittsart {
	out := make([]Abschnittsart, len(abschnittsarten))
	for i, a := range abschnittsarten {
		out[i] = a.art
	}
	return out
}

// Valid reports whether a is one of [Abschnittsarten].
func (a Abschnittsart) Valid() bool {
	for _, x := range abschnittsarten {
		if x.art == a {
			return true
		}
	}
	return false
}

// String returns the kind's ID, or Abschnittsart("…") for an unknown kind.
func (a Abschnittsart) String() string {
	if a.Valid() {
		return string(a)
	}
	return fmt.Sprintf("Abschnittsart(%q)", string(a))
}

// Name returns the kind's name in the language tag (German unless
// English), or String() for an unknown kind.
func (a Abschnittsart) Name(tag language.Tag) string {
	for _, x := range abschnittsarten {
		if x.art == a {
			return meldungen.Sprintf(tag, x.schluessel)
		}
	}
	return a.String()
}

// ParseAbschnittsart parses the ID of a kind of section ("verstaendnis", …).
func ParseAbschnittsart(s string) (Abschnittsart, error) {
	a := Abschnittsart(s)
	if !a.Valid() {
		return "", fmt.Errorf("kommune.ParseAbschnittsart(%q): unbekannte Abschnittsart", s)
	}
	return a, nil
}

// MarshalText encodes a known kind as its ID.
func (a Abschnittsart) MarshalText() ([]byte, error) {
	if !a.Valid() {
		return nil, fmt.Errorf("kommune.Abschnittsart: unbekannte Abschnittsart %q", string(a))
	}
	return []byte(a), nil
}

// UnmarshalText accepts exactly the IDs of [Abschnittsarten].
func (a *Abschnittsart) UnmarshalText(b []byte) error {
	x, err := ParseAbschnittsart(string(b))
	if err != nil {
		return err
	}
	*a = x
	return nil
}

// ArtAusTitel returns the kind of a section from its title as a
// Steckbrief writes it, tolerant of case, spacing, dashes and a trailing
// ":". oben is the kind of the enclosing section for a subsection ("###"),
// which decides between the two kinds of challenges; pass "" for a
// section ("##"). It reports false for a title it does not know.
func ArtAusTitel(titel string, oben Abschnittsart) (Abschnittsart, bool) {
	t := beschriftung.Normiere(titel)
	switch {
	case oben == Herausforderungen && strings.Contains(t, "projekt"):
		return HerausforderungenProjekt, true
	case oben == Herausforderungen && (strings.Contains(t, "fruehe hilfen") || strings.Contains(t, "fruehen hilfen") || strings.Contains(t, "bereich")):
		return HerausforderungenFruehe, true
	case strings.Contains(t, "verstaendnis"):
		return Verstaendnis, true
	case strings.Contains(t, "projektziel") || t == "ziele" || t == "unsere ziele":
		return Projektziele, true
	case strings.Contains(t, "herausforderung"):
		return Herausforderungen, true
	case strings.Contains(t, "material"):
		return Materialien, true
	case strings.Contains(t, "erfahrung"):
		return Erfahrungen, true
	case strings.Contains(t, "bedarf"):
		return Bedarfe, true
	case strings.Contains(t, "mehrwert"):
		return Mehrwert, true
	case strings.Contains(t, "erwartung"):
		return Erwartungen, true
	case strings.Contains(t, "wuensche") || strings.Contains(t, "wunsch"):
		return Wuensche, true
	}
	return "", false
}
