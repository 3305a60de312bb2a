package netzwerk

import (
	"fmt"
	"slices"
	"strconv"

	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

func englisch(tag language.Tag) bool { return schema.Sprache(tag) == language.English }

// TreffenArt is the kind of a meeting (Treffen). The zero value is no kind.
type TreffenArt string

// The kinds of meetings.
const (
	Netzwerktreffen          TreffenArt = "netzwerktreffen"  // plenary meeting, Netzwerkkonferenz
	LenkungsgruppenTreffen   TreffenArt = "lenkungsgruppe"   // meeting of the steering body
	SteuerungsgruppenTreffen TreffenArt = "steuerungsgruppe" // meeting of a steering group
	RegionalnetzwerkTreffen  TreffenArt = "regionalnetzwerk" // meeting of a regional network
	ArbeitsgruppenTreffen    TreffenArt = "arbeitsgruppe"    // meeting of a working group
	QualitaetszirkelTreffen  TreffenArt = "qualitaetszirkel" // quality circle
	Fachtag                  TreffenArt = "fachtag"          // Fachtag, conference day
	Fortbildung              TreffenArt = "fortbildung"      // training
	SonstigesTreffen         TreffenArt = "sonstiges"        // any other meeting
)

var treffenArten = []TreffenArt{Netzwerktreffen, LenkungsgruppenTreffen, SteuerungsgruppenTreffen,
	RegionalnetzwerkTreffen, ArbeitsgruppenTreffen, QualitaetszirkelTreffen, Fachtag, Fortbildung,
	SonstigesTreffen}

// TreffenArten returns every kind of meeting in a fixed order.
func TreffenArten() []TreffenArt {
	return slices.Clone(treffenArten)
}

// Valid reports whether a is one of [TreffenArten].
func (a TreffenArt) Valid() bool {
	return slices.Contains(treffenArten, a)
}

// String returns the kind's ID, or TreffenArt("…") for an unknown kind.
func (a TreffenArt) String() string {
	if a.Valid() {
		return string(a)
	}
	return fmt.Sprintf("TreffenArt(%q)", string(a))
}

// Name returns the kind's name in the language tag, or String() for an
// unknown kind.
func (a TreffenArt) Name(tag language.Tag) string {
	if !a.Valid() {
		return a.String()
	}
	return namen.Sprintf(tag, "treffen."+string(a))
}

// ParseTreffenArt parses the ID of a kind of meeting.
func ParseTreffenArt(s string) (TreffenArt, error) {
	a := TreffenArt(s)
	if !a.Valid() {
		return "", fmt.Errorf("netzwerk.ParseTreffenArt(%q): unbekannte Art von Treffen", s)
	}
	return a, nil
}

// MarshalText encodes a known kind as its ID.
func (a TreffenArt) MarshalText() ([]byte, error) {
	if !a.Valid() {
		return nil, fmt.Errorf("netzwerk.TreffenArt: unbekannte Art von Treffen %q", string(a))
	}
	return []byte(a), nil
}

// UnmarshalText accepts exactly the IDs of [TreffenArten].
func (a *TreffenArt) UnmarshalText(b []byte) error {
	x, err := ParseTreffenArt(string(b))
	if err != nil {
		return err
	}
	*a = x
	return nil
}

// Kooperationsform is the form of a single cooperation agreement. The zero
// value means "not stated".
type Kooperationsform string

// The forms of cooperation agreements.
const (
	Schriftlich  Kooperationsform = "schriftlich" // written agreement (Kooperationsvereinbarung)
	Muendlich    Kooperationsform = "muendlich"   // verbal arrangement (Absprache)
	Vertrag      Kooperationsform = "vertrag"     // contract, e.g. for providing an offer
	SonstigeForm Kooperationsform = "sonstige"    // any other form
)

var kooperationsformen = []Kooperationsform{Schriftlich, Muendlich, Vertrag, SonstigeForm}

// Kooperationsformen returns every form in a fixed order.
func Kooperationsformen() []Kooperationsform {
	return slices.Clone(kooperationsformen)
}

// Valid reports whether f is one of [Kooperationsformen].
func (f Kooperationsform) Valid() bool {
	return slices.Contains(kooperationsformen, f)
}

// String returns the form's ID, or Kooperationsform("…") for an unknown
// form.
func (f Kooperationsform) String() string {
	if f.Valid() {
		return string(f)
	}
	return fmt.Sprintf("Kooperationsform(%q)", string(f))
}

// Name returns the form's name in the language tag, or String() for an
// unknown form.
func (f Kooperationsform) Name(tag language.Tag) string {
	if !f.Valid() {
		return f.String()
	}
	return namen.Sprintf(tag, "kooperation."+string(f))
}

// ParseKooperationsform parses the ID of a form.
func ParseKooperationsform(s string) (Kooperationsform, error) {
	f := Kooperationsform(s)
	if !f.Valid() {
		return "", fmt.Errorf("netzwerk.ParseKooperationsform(%q): unbekannte Kooperationsform", s)
	}
	return f, nil
}

// MarshalText encodes a known form as its ID.
func (f Kooperationsform) MarshalText() ([]byte, error) {
	if !f.Valid() {
		return nil, fmt.Errorf("netzwerk.Kooperationsform: unbekannte Kooperationsform %q", string(f))
	}
	return []byte(f), nil
}

// UnmarshalText accepts exactly the IDs of [Kooperationsformen].
func (f *Kooperationsform) UnmarshalText(b []byte) error {
	x, err := ParseKooperationsform(string(b))
	if err != nil {
		return err
	}
	*f = x
	return nil
}

// Foerderbereich is a funding area (Förderbereich) of the Bundesstiftung
// Frühe Hilfen, written with Roman numerals. The zero value means "not
// assigned".
type Foerderbereich int

// The funding areas.
const (
	// FoerderbereichI: network structures (coordination, meetings, training,
	// documentation and evaluation, public relations).
	FoerderbereichI Foerderbereich = 1
	// FoerderbereichII: psychosocial support of families by specific offers
	// (health-oriented family support by Familienhebammen and FGKiKP,
	// volunteers).
	FoerderbereichII Foerderbereich = 2
	// FoerderbereichIII: trying out innovative measures and implementing
	// successful models (Erprobung innovativer Maßnahmen und Implementierung
	// erfolgreicher Modelle).
	FoerderbereichIII Foerderbereich = 3
)

var foerderbereiche = []string{"I", "II", "III"}

// Foerderbereiche returns the funding areas I, II, III.
func Foerderbereiche() []Foerderbereich {
	return []Foerderbereich{FoerderbereichI, FoerderbereichII, FoerderbereichIII}
}

// Valid reports whether f is I, II or III.
func (f Foerderbereich) Valid() bool { return f >= FoerderbereichI && f <= FoerderbereichIII }

// String returns "I", "II" or "III", "" for the zero value, or
// Foerderbereich(n) for any other value.
func (f Foerderbereich) String() string {
	switch {
	case f.Valid():
		return foerderbereiche[f-1]
	case f == 0:
		return ""
	}
	return "Foerderbereich(" + strconv.Itoa(int(f)) + ")"
}

// Name returns the area's full name in the language tag, or String() for a
// value that is no area.
func (f Foerderbereich) Name(tag language.Tag) string {
	if !f.Valid() {
		return f.String()
	}
	return namen.Sprintf(tag, "foerderbereich."+foerderbereiche[f-1])
}

// ParseFoerderbereich parses "I", "II" or "III".
func ParseFoerderbereich(s string) (Foerderbereich, error) {
	for i, x := range foerderbereiche {
		if x == s {
			return Foerderbereich(i + 1), nil
		}
	}
	return 0, fmt.Errorf("netzwerk.ParseFoerderbereich(%q): unbekannter Förderbereich (erlaubt: I, II, III)", s)
}

// MarshalText encodes I, II or III; the zero value as "".
func (f Foerderbereich) MarshalText() ([]byte, error) {
	if !f.Valid() && f != 0 {
		return nil, fmt.Errorf("netzwerk.Foerderbereich: unbekannter Förderbereich %d", int(f))
	}
	return []byte(f.String()), nil
}

// UnmarshalText accepts "I", "II", "III", and "" as the zero value.
func (f *Foerderbereich) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*f = 0
		return nil
	}
	x, err := ParseFoerderbereich(string(b))
	if err != nil {
		return err
	}
	*f = x
	return nil
}
