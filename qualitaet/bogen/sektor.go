package bogen

import (
	"regexp"
	"strings"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/beschriftung"
)

// kennungRe is the pattern of a sector ID (kennung in gemeinsam.schema.json).
var kennungRe = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$`)

// standardSektoren maps the German display names of the default sectors of a
// Netzwerk Frühe Hilfen (KKG § 3 Abs. 2, NZFH network monitoring) to their
// IDs. It repeats the table of package netzwerk on purpose: bogen reads
// sheets without depending on the network model, and a test pins both
// columns.
var standardSektoren = []struct{ name, id string }{
	{"Kinder- und Jugendhilfe", "kinder-und-jugendhilfe"},
	{"Gesundheitswesen", "gesundheitswesen"},
	{"Schwangerschaftsberatung", "schwangerschaftsberatung"},
	{"Frühförderung", "fruehfoerderung"},
	{"Suchtberatung", "suchtberatung"},
	{"Gewaltschutz", "gewaltschutz"},
	{"Materielle Sicherung", "materielle-sicherung"},
	{"Eingliederungshilfe", "eingliederungshilfe"},
	{"Ehrenamt", "ehrenamt"},
	{"Sonstige", "sonstige"},
}

// Sektor returns the sector ID for the text of a sheet's "sektor" column:
// the ID of a default sector for its German name or its ID, compared as
// [beschriftung.Schluessel] compares labels (any case, spacing, dashes,
// umlauts spelt out or not) ("Kinder- und Jugendhilfe", "GESUNDHEITSWESEN" →
// "kinder-und-jugendhilfe", "gesundheitswesen"); other text that is a valid
// sector ID (letters, digits, ".", "_", "-"; a sector the network declares
// itself) unchanged; false for anything else. The text must be NFC.
func Sektor(s string) (string, bool) {
	k := beschriftung.Schluessel(s)
	for _, st := range standardSektoren {
		if k == beschriftung.Schluessel(st.name) || k == st.id {
			return st.id, true
		}
	}
	s = strings.TrimSpace(s)
	if kennungRe.MatchString(s) {
		return s, true
	}
	return "", false
}
