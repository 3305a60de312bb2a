package netzwerk

import (
	"fmt"
	"regexp"
	"strings"

	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/beschriftung"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// Sektor is a sector (Sektor, Hilfesystem) of the Netzwerk Frühe Hilfen: the
// system an actor belongs to, such as Kinder- und Jugendhilfe or
// Gesundheitswesen. The taxonomy is open, as the list in KKG §3 (2) is: the
// constants below are the defaults from the KKG and the NZFH monitoring, and
// a network may declare sectors of its own in [Netzwerk.Sektoren]. A Sektor is
// written as a kennung (letters, digits, ".", "-", "_"). The zero value is no
// sector.
type Sektor string

// The default sectors (Standardsektoren) after KKG §3 (2) and the NZFH
// network monitoring, in the order of [StandardSektoren].
const (
	KinderUndJugendhilfe     Sektor = "kinder-und-jugendhilfe"   // Kinder- und Jugendhilfe
	Gesundheitswesen         Sektor = "gesundheitswesen"         // Gesundheitswesen
	Schwangerschaftsberatung Sektor = "schwangerschaftsberatung" // Schwangerschafts(konflikt)beratung
	Fruehfoerderung          Sektor = "fruehfoerderung"          // Frühförderung
	Suchtberatung            Sektor = "suchtberatung"            // Suchtberatung
	Gewaltschutz             Sektor = "gewaltschutz"             // Gewaltschutz
	MaterielleSicherung      Sektor = "materielle-sicherung"     // materielle Sicherung (Jobcenter, Sozialamt)
	Eingliederungshilfe      Sektor = "eingliederungshilfe"      // Eingliederungshilfe
	Ehrenamt                 Sektor = "ehrenamt"                 // Ehrenamt, freiwilliges Engagement
	Sonstige                 Sektor = "sonstige"                 // Sonstige
)

// SektorInfo describes a default sector: its ID, German and English name, and
// examples of institutions (Einrichtungen) that belong to it.
type SektorInfo struct {
	ID        Sektor   // the sector's ID
	Name      string   // German name, e.g. "Gesundheitswesen"
	NameEn    string   // English name, e.g. "health care"
	Beispiele []string // example institutions, German
}

var standardSektoren = []SektorInfo{
	{KinderUndJugendhilfe, "Kinder- und Jugendhilfe", "child and youth welfare", []string{
		"Jugendamt", "Allgemeiner Sozialer Dienst (ASD)", "Erziehungs- und Familienberatung", "Kindertagesstätten",
		"Kita-Fachberatung", "Familienzentren", "Hilfen zur Erziehung", "Familienbildung", "Mehrgenerationenhäuser"}},
	{Gesundheitswesen, "Gesundheitswesen", "health care", []string{
		"Geburtskliniken", "Kinderkliniken", "Kinder- und Jugendarztpraxen", "Frauenarztpraxen", "Hebammen",
		"Familienhebammen", "Familien-Gesundheits- und Kinderkrankenpflegende (FGKiKP)", "Gesundheitsamt",
		"Sozialpsychiatrischer Dienst", "Sozialpädiatrische Zentren (SPZ)"}},
	{Schwangerschaftsberatung, "Schwangerschaftsberatung", "pregnancy counselling", []string{
		"Schwangerschafts- und Schwangerschaftskonfliktberatungsstellen"}},
	{Fruehfoerderung, "Frühförderung", "early intervention", []string{
		"Interdisziplinäre Frühförderstellen", "Heilpädagogische Frühförderung"}},
	{Suchtberatung, "Suchtberatung", "addiction counselling", []string{"Suchtberatungsstellen"}},
	{Gewaltschutz, "Gewaltschutz", "protection against violence", []string{
		"Frauenhäuser", "Interventionsstellen gegen häusliche Gewalt", "Gewaltschutzberatung"}},
	{MaterielleSicherung, "Materielle Sicherung", "material security", []string{
		"Jobcenter", "Agentur für Arbeit", "Sozialamt", "Wohngeldstelle"}},
	{Eingliederungshilfe, "Eingliederungshilfe", "integration assistance for people with disabilities", []string{
		"Träger der Eingliederungshilfe", "Beratungsstellen für Menschen mit Behinderung"}},
	{Ehrenamt, "Ehrenamt", "volunteering", []string{
		"Familienpatenschaften", "Willkommensbesuche durch Ehrenamtliche", "Freiwilligenagenturen"}},
	{Sonstige, "Sonstige", "other", []string{
		"Kommunen", "Beratungsstellen", "Lokale Bündnisse für Familie", "Polizei", "Familiengerichte"}},
}

// StandardSektoren returns the default sectors in their fixed order. The
// result is a fresh copy; changing it changes nothing in the package.
func StandardSektoren() []SektorInfo {
	out := make([]SektorInfo, len(standardSektoren))
	for i, s := range standardSektoren {
		s.Beispiele = append([]string(nil), s.Beispiele...)
		out[i] = s
	}
	return out
}

// Referenzsektoren returns the default reference list for the sector
// coverage ([Abdeckung]): every default sector except [Sonstige], which is
// a catch-all rather than a sector a network should cover.
func Referenzsektoren() []Sektor {
	out := make([]Sektor, 0, len(standardSektoren)-1)
	for _, s := range standardSektoren {
		if s.ID != Sonstige {
			out = append(out, s.ID)
		}
	}
	return out
}

func standardInfo(s Sektor) (SektorInfo, bool) {
	for _, x := range standardSektoren {
		if x.ID == s {
			return x, true
		}
	}
	return SektorInfo{}, false
}

var kennungRe = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$`)

// Valid reports whether s has the form of a sector ID (a kennung). Whether a
// network knows the sector is [Netzwerk.KenntSektor]'s question.
func (s Sektor) Valid() bool { return kennungRe.MatchString(string(s)) }

// Standard reports whether s is one of the default sectors.
func (s Sektor) Standard() bool {
	_, ok := standardInfo(s)
	return ok
}

// String returns the ID, or Sektor("…") with the text quoted when s is no
// valid ID.
func (s Sektor) String() string {
	if s.Valid() {
		return string(s)
	}
	return fmt.Sprintf("Sektor(%q)", string(s))
}

// Name returns the name of a default sector in the language tag (German
// unless English); for any other sector it returns the ID. Names of declared
// sectors come from [Netzwerk.SektorName].
func (s Sektor) Name(tag language.Tag) string {
	if info, ok := standardInfo(s); ok {
		if schema.Sprache(tag) == language.English {
			return info.NameEn
		}
		return info.Name
	}
	return string(s)
}

// MarshalText encodes a valid sector ID.
func (s Sektor) MarshalText() ([]byte, error) {
	if !s.Valid() {
		return nil, fmt.Errorf("netzwerk.Sektor: ungültige Kennung %q", string(s))
	}
	return []byte(s), nil
}

// UnmarshalText accepts any text in the form of a sector ID: the taxonomy is
// open, so whether the sector is known is checked against the network by
// [Pruefe].
func (s *Sektor) UnmarshalText(b []byte) error {
	x := Sektor(b)
	if !x.Valid() {
		return fmt.Errorf("netzwerk.Sektor: ungültige Kennung %q", string(b))
	}
	*s = x
	return nil
}

// SektorDefinition declares a sector of a network's own (eigener Sektor):
// an ID in kennung form that is no default sector, and its German and
// (optionally) English name.
type SektorDefinition struct {
	// ID is the sector's kennung; no default sector's.
	ID Sektor `json:"id"`
	// Name is the German name (required), NameEn the English one.
	Name   string `json:"name"`
	NameEn string `json:"nameEn,omitempty"`
}

// sektorBezeichnungen maps the compacted form of a label (see beschriftung.Schluessel) to
// a sector. It holds the Steckbrief's cooperation labels, the usual
// synonyms, and the IDs and names of the default sectors.
var sektorBezeichnungen = map[string]Sektor{
	"gesundheit": Gesundheitswesen, "gesundheitswesen": Gesundheitswesen, "gesundheitsbereich": Gesundheitswesen,
	"gesundheitssystem": Gesundheitswesen, "gesundheitshilfe": Gesundheitswesen,

	"kinderundjugend": KinderUndJugendhilfe, "kinderundjugendhilfe": KinderUndJugendhilfe,
	"jugendhilfe": KinderUndJugendhilfe, "kjh": KinderUndJugendhilfe,

	"schwangerschaftsberatung": Schwangerschaftsberatung, "schwangerenberatung": Schwangerschaftsberatung,
	"schwangerschaftskonfliktberatung":                    Schwangerschaftsberatung,
	"schwangerschaftsundschwangerschaftskonfliktberatung": Schwangerschaftsberatung,

	"fruehfoerderung": Fruehfoerderung, "interdisziplinaerefruehfoerderung": Fruehfoerderung,

	"suchtberatung": Suchtberatung, "suchthilfe": Suchtberatung,

	"gewaltschutz": Gewaltschutz, "schutzvorgewalt": Gewaltschutz,

	"materiellesicherung": MaterielleSicherung, "jobcenter": MaterielleSicherung,
	"grundsicherung": MaterielleSicherung, "existenzsicherung": MaterielleSicherung,

	"eingliederungshilfe": Eingliederungshilfe,

	"freiwilligenarbeit": Ehrenamt, "ehrenamt": Ehrenamt, "freiwilligesengagement": Ehrenamt,
	"ehrenamtlichesengagement": Ehrenamt, "buergerschaftlichesengagement": Ehrenamt,
	"ehrenamtfreiwilligesengagement": Ehrenamt,

	"sonstige": Sonstige, "sonstiges": Sonstige, "andere": Sonstige, "weitere": Sonstige,
}

// SektorAusBezeichnung maps a cooperation label as a Steckbrief writes it
// ("Gesundheit", "Kinder- und Jugend", "Schwangerschaftsberatung",
// "Frühförderung", "Freiwilligenarbeit", "Sonstige") or a usual synonym
// ("Kinder- und Jugendhilfe", "Ehrenamt", "Jobcenter", …) to a default
// sector. It ignores case, spacing, hyphens and dashes, accepts "ae" for "ä"
// and so on, and ignores anything from the first ":" on, so "Sonstige:
// Kommunen, …" gives [Sonstige]. It reports false for a label it does not
// know.
func SektorAusBezeichnung(label string) (Sektor, bool) {
	if i := strings.IndexByte(label, ':'); i >= 0 {
		label = label[:i]
	}
	s, ok := sektorBezeichnungen[beschriftung.Schluessel(label)]
	return s, ok
}
