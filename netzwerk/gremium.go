package netzwerk

import (
	"fmt"
	"slices"
	"strings"

	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/beschriftung"
)

// GremiumArt is the role of a body (Gremium) in the architecture of a
// Netzwerk Frühe Hilfen. It names the role, not the local title: a network
// whose steering body is called "Steuerungsgruppe" records it as
// [Lenkungsgruppe] with that title in [Gremium.Bezeichnung]. The zero value
// is no kind.
type GremiumArt string

// The kinds of bodies.
const (
	// Lenkungsgruppe is the steering body of the whole network
	// (Lenkungskreis, Strategie- und Lenkungsgruppe): strategic steering
	// together with the coordination (QD 3).
	Lenkungsgruppe GremiumArt = "lenkungsgruppe"
	// Steuerungsgruppe is a steering group of a part of the network, such as
	// one per regional network (Oder-Spree: six).
	Steuerungsgruppe GremiumArt = "steuerungsgruppe"
	// Regionalnetzwerk is a regional network (Regionalnetzwerk, Sozialraum-
	// oder Stadtteilnetzwerk).
	Regionalnetzwerk GremiumArt = "regionalnetzwerk"
	// Arbeitsgruppe is a working group (Arbeitsgruppe, AG, Arbeitskreis).
	Arbeitsgruppe GremiumArt = "arbeitsgruppe"
	// Qualitaetszirkel is a quality circle (Qualitätszirkel), e.g. with
	// physicians.
	Qualitaetszirkel GremiumArt = "qualitaetszirkel"
	// SonstigesGremium is any other body.
	SonstigesGremium GremiumArt = "sonstiges"
)

var gremiumArten = []GremiumArt{Lenkungsgruppe, Steuerungsgruppe, Regionalnetzwerk, Arbeitsgruppe,
	Qualitaetszirkel, SonstigesGremium}

// GremiumArten returns every kind of body in a fixed order.
func GremiumArten() []GremiumArt {
	return slices.Clone(gremiumArten)
}

// Valid reports whether a is one of [GremiumArten].
func (a GremiumArt) Valid() bool {
	return slices.Contains(gremiumArten, a)
}

// String returns the kind's ID, or GremiumArt("…") for an unknown kind.
func (a GremiumArt) String() string {
	if a.Valid() {
		return string(a)
	}
	return fmt.Sprintf("GremiumArt(%q)", string(a))
}

// Name returns the kind's name in the language tag (German unless English),
// or String() for an unknown kind.
func (a GremiumArt) Name(tag language.Tag) string {
	if !a.Valid() {
		return a.String()
	}
	return namen.Sprintf(tag, "gremium."+string(a))
}

// ParseGremiumArt parses the ID of a kind of body ("lenkungsgruppe", …).
func ParseGremiumArt(s string) (GremiumArt, error) {
	a := GremiumArt(s)
	if !a.Valid() {
		return "", fmt.Errorf("netzwerk.ParseGremiumArt(%q): unbekannte Gremienart", s)
	}
	return a, nil
}

// MarshalText encodes a known kind as its ID.
func (a GremiumArt) MarshalText() ([]byte, error) {
	if !a.Valid() {
		return nil, fmt.Errorf("netzwerk.GremiumArt: unbekannte Gremienart %q", string(a))
	}
	return []byte(a), nil
}

// UnmarshalText accepts exactly the IDs of [GremiumArten].
func (a *GremiumArt) UnmarshalText(b []byte) error {
	x, err := ParseGremiumArt(string(b))
	if err != nil {
		return err
	}
	*a = x
	return nil
}

// gremiumBezeichnungen maps compacted titles of bodies (see beschriftung.Schluessel) to
// kinds, singular forms only: plurals are tried by dropping "n", "e" or "s".
var gremiumBezeichnungen = map[string]GremiumArt{
	"strategieundlenkungsgruppe": Lenkungsgruppe, "lenkungsgruppe": Lenkungsgruppe,
	"lenkungskreis": Lenkungsgruppe, "lenkungsgremium": Lenkungsgruppe, "steuerungsgremium": Lenkungsgruppe,

	"steuerungsgruppe": Steuerungsgruppe,

	"regionalnetzwerk": Regionalnetzwerk, "regionalesnetzwerk": Regionalnetzwerk, "regionalenetzwerk": Regionalnetzwerk,
	"sozialraumnetzwerk": Regionalnetzwerk, "stadtteilnetzwerk": Regionalnetzwerk,

	"arbeitsgruppe": Arbeitsgruppe, "ag": Arbeitsgruppe, "arbeitskreis": Arbeitsgruppe,
	"facharbeitsgruppe": Arbeitsgruppe,

	"qualitaetszirkel": Qualitaetszirkel,
}

// GremiumArtAusBezeichnung maps the title of a body as a Steckbrief writes
// it to its kind: "Strategie- und Lenkungsgruppe" and "Lenkungskreis" give
// [Lenkungsgruppe]; "Steuerungsgruppe(n)" [Steuerungsgruppe];
// "Regionalnetzwerk(e)" [Regionalnetzwerk]; "Arbeitsgruppe(n)", "AG(s)" and
// "Arbeitskreis(e)" [Arbeitsgruppe]; "Qualitätszirkel" [Qualitaetszirkel].
// Case, spacing, hyphens and dashes do not matter, and a leading count
// ("6 Steuerungsgruppen") is ignored. For any other title it returns
// [SonstigesGremium] and false.
func GremiumArtAusBezeichnung(label string) (GremiumArt, bool) {
	k := strings.TrimLeft(beschriftung.Schluessel(label), "0123456789")
	if a, ok := gremiumBezeichnungen[k]; ok {
		return a, true
	}
	for _, endung := range []string{"n", "e", "s", "en"} {
		if w, ok := strings.CutSuffix(k, endung); ok && w != "" {
			if a, ok := gremiumBezeichnungen[w]; ok {
				return a, true
			}
		}
	}
	return SonstigesGremium, false
}

// Gremium is a body (Gremium) of the network, or several of the same kind
// ("6 Steuerungsgruppen"): its kind, its title as written, how many there
// are, and the names of the instances where known.
//
// Anzahl 0 means "not stated"; see [Gremium.Zahl] for the count the
// analyses use.
type Gremium struct {
	// Art is the role of the body (required).
	Art GremiumArt `json:"art"`
	// Bezeichnung is the local title as written ("Steuerungsgruppen").
	Bezeichnung string `json:"bezeichnung,omitempty"`
	// Anzahl is how many there are; 0 = not stated.
	Anzahl int `json:"anzahl,omitzero"`
	// Instanzen are the names of the single bodies, where known.
	Instanzen []string `json:"instanzen,omitempty"`
}

// Zahl returns how many bodies the entry stands for: Anzahl when stated,
// else the number of named instances, else 1 (a recorded body exists at
// least once). A negative Anzahl, which [Pruefe] refuses, counts as 0.
func (g Gremium) Zahl() int {
	switch {
	case g.Anzahl > 0:
		return g.Anzahl
	case g.Anzahl < 0:
		return 0
	case len(g.Instanzen) > 0:
		return len(g.Instanzen)
	}
	return 1
}
