package qualitaet

import (
	"fmt"
	"slices"

	"golang.org/x/text/language"
)

// parseEnum is the one parse function behind the text methods of every
// string enum of the package: it accepts exactly the listed values and quotes
// the input otherwise.
func parseEnum[T ~string](typ string, werte []T, s string) (T, error) {
	if slices.Contains(werte, T(s)) {
		return T(s), nil
	}
	return "", fmt.Errorf("qualitaet.%s: unbekannter Wert %q", typ, s)
}

func enumString[T ~string](typ string, werte []T, x T) string {
	if slices.Contains(werte, x) {
		return string(x)
	}
	return typ + "(" + string(x) + ")"
}

func enumMarshal[T ~string](typ string, werte []T, x T) ([]byte, error) {
	if !slices.Contains(werte, x) {
		return nil, fmt.Errorf("qualitaet.%s: unbekannter Wert %q", typ, string(x))
	}
	return []byte(x), nil
}

// Version is the version of the Qualitätsrahmen: "2016" (print, QD 1–9) or
// "2.0" (web, QD 1–10, the default). The zero value is no version.
type Version string

// The two versions of the Qualitätsrahmen.
const (
	Version2016 Version = "2016"
	Version20   Version = "2.0"
)

var versionen = []Version{Version2016, Version20}

// Versionen returns the known versions, oldest first.
func Versionen() []Version { return slices.Clone(versionen) }

// ParseVersion parses "2016" or "2.0".
func ParseVersion(s string) (Version, error) { return parseEnum("Version", versionen, s) }

// Valid reports whether v is a known version.
func (v Version) Valid() bool { return slices.Contains(versionen, v) }

// String returns the version, or "Version(x)" for an unknown one.
func (v Version) String() string { return enumString("Version", versionen, v) }

// MarshalText encodes a known version.
func (v Version) MarshalText() ([]byte, error) { return enumMarshal("Version", versionen, v) }

// UnmarshalText accepts exactly the known versions.
func (v *Version) UnmarshalText(b []byte) error {
	x, err := ParseVersion(string(b))
	if err == nil {
		*v = x
	}
	return err
}

// Ebene is the level an Entwicklungsziel belongs to: strategische Steuerung
// (strategic steering) or operative Umsetzung (operational delivery).
type Ebene string

// The two Ebenen.
const (
	Strategisch Ebene = "strategisch"
	Operativ    Ebene = "operativ"
)

var ebenen = []Ebene{Strategisch, Operativ}

// Ebenen returns both levels, strategic first.
func Ebenen() []Ebene { return slices.Clone(ebenen) }

// ParseEbene parses "strategisch" or "operativ".
func ParseEbene(s string) (Ebene, error) { return parseEnum("Ebene", ebenen, s) }

// Valid reports whether e is a known level.
func (e Ebene) Valid() bool { return slices.Contains(ebenen, e) }

// String returns the level, or "Ebene(x)" for an unknown one.
func (e Ebene) String() string { return enumString("Ebene", ebenen, e) }

// MarshalText encodes a known level.
func (e Ebene) MarshalText() ([]byte, error) { return enumMarshal("Ebene", ebenen, e) }

// UnmarshalText accepts exactly the known levels.
func (e *Ebene) UnmarshalText(b []byte) error {
	x, err := ParseEbene(string(b))
	if err == nil {
		*e = x
	}
	return err
}

// Bereich is the quality area an Entwicklungsziel is about: the single offer
// (Angebot), the network (Netzwerk) or the structural anchoring (strukturelle
// Anbindung).
type Bereich string

// The three Bereiche.
const (
	BereichAngebot               Bereich = "angebot"
	BereichNetzwerk              Bereich = "netzwerk"
	BereichStrukturelleAnbindung Bereich = "strukturelle-anbindung"
)

var bereiche = []Bereich{BereichAngebot, BereichNetzwerk, BereichStrukturelleAnbindung}

// Bereiche returns the three areas.
func Bereiche() []Bereich { return slices.Clone(bereiche) }

// ParseBereich parses an area name.
func ParseBereich(s string) (Bereich, error) { return parseEnum("Bereich", bereiche, s) }

// Valid reports whether b is a known area.
func (b Bereich) Valid() bool { return slices.Contains(bereiche, b) }

// String returns the area, or "Bereich(x)" for an unknown one.
func (b Bereich) String() string { return enumString("Bereich", bereiche, b) }

// MarshalText encodes a known area.
func (b Bereich) MarshalText() ([]byte, error) { return enumMarshal("Bereich", bereiche, b) }

// UnmarshalText accepts exactly the known areas.
func (b *Bereich) UnmarshalText(t []byte) error {
	x, err := ParseBereich(string(t))
	if err == nil {
		*b = x
	}
	return err
}

// Herkunft says where a catalogue item comes from (provenance). Every
// dimension, Thema, Entwicklungsziel, Zentrale Frage and Reflexionsfrage of a
// catalogue carries one:
//
//   - "nzfh": an item the NZFH publishes as such (a goal, question or title on
//     its pages), rendered in our own words;
//   - "abgeleitet": our formulation of something the NZFH describes in prose
//     but does not publish as an item, or an item carried over from another
//     catalogue; the item names its basis ([Entwicklungsziel.Grundlage],
//     [Thema.Grundlage], [Frage.Grundlage], [Dimension.Grundlage]);
//   - "ergaenzt": an addition of this project;
//   - "lokal": an item a Kommune added in its Zuschnitt.
type Herkunft string

// The four provenances.
const (
	HerkunftNZFH       Herkunft = "nzfh"
	HerkunftAbgeleitet Herkunft = "abgeleitet"
	HerkunftErgaenzt   Herkunft = "ergaenzt"
	HerkunftLokal      Herkunft = "lokal"
)

var herkuenfte = []Herkunft{HerkunftNZFH, HerkunftAbgeleitet, HerkunftErgaenzt, HerkunftLokal}

// Herkuenfte returns the provenances in the order above.
func Herkuenfte() []Herkunft { return slices.Clone(herkuenfte) }

// ParseHerkunft parses a provenance.
func ParseHerkunft(s string) (Herkunft, error) { return parseEnum("Herkunft", herkuenfte, s) }

// Valid reports whether h is a known provenance.
func (h Herkunft) Valid() bool { return slices.Contains(herkuenfte, h) }

// String returns the provenance, or "Herkunft(x)" for an unknown one.
func (h Herkunft) String() string { return enumString("Herkunft", herkuenfte, h) }

// Beschriftung names the provenance for people in the language tag, as
// reports and rating sheets mark an item: "NZFH", "abgeleitet"/"derived",
// "ergänzt"/"added", "lokal"/"local"; "" for an unknown or absent one.
func (h Herkunft) Beschriftung(tag language.Tag) string {
	if !h.Valid() {
		return ""
	}
	return meldungen.Sprintf(tag, "herkunftName."+string(h))
}

// MarshalText encodes a known provenance.
func (h Herkunft) MarshalText() ([]byte, error) { return enumMarshal("Herkunft", herkuenfte, h) }

// UnmarshalText accepts exactly the known provenances.
func (h *Herkunft) UnmarshalText(b []byte) error {
	x, err := ParseHerkunft(string(b))
	if err == nil {
		*h = x
	}
	return err
}

// Abgleich records how far a Thema of a catalogue could be checked against
// its source page (the NZFH's dimension page as stored when the catalogue
// was made).
type Abgleich string

// The three states of the check.
const (
	// AbgleichVollstaendig: the Thema and all its goals were readable on the
	// page and were compared with it.
	AbgleichVollstaendig Abgleich = "vollstaendig"
	// AbgleichTeilweise: the Thema was readable on the page, but the page copy
	// breaks off inside its goal list; goals after the break are unknown.
	AbgleichTeilweise Abgleich = "teilweise"
	// AbgleichNichtPruefbar: the Thema is not in the readable part of the page
	// copy; it could not be checked.
	AbgleichNichtPruefbar Abgleich = "nicht-pruefbar"
)

var abgleiche = []Abgleich{AbgleichVollstaendig, AbgleichTeilweise, AbgleichNichtPruefbar}

// ParseAbgleich parses a check state.
func ParseAbgleich(s string) (Abgleich, error) { return parseEnum("Abgleich", abgleiche, s) }

// Valid reports whether a is a known check state.
func (a Abgleich) Valid() bool { return slices.Contains(abgleiche, a) }

// String returns the check state, or "Abgleich(x)" for an unknown one.
func (a Abgleich) String() string { return enumString("Abgleich", abgleiche, a) }

// MarshalText encodes a known check state.
func (a Abgleich) MarshalText() ([]byte, error) { return enumMarshal("Abgleich", abgleiche, a) }

// UnmarshalText accepts exactly the known check states.
func (a *Abgleich) UnmarshalText(b []byte) error {
	x, err := ParseAbgleich(string(b))
	if err == nil {
		*a = x
	}
	return err
}
