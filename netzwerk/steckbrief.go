package netzwerk

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// anzahlRe matches a count as a Steckbrief writes it: digits, optionally
// with German thousands dots ("1.200").
var anzahlRe = regexp.MustCompile(`^(?:[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]{1,9})$`)

func parseAnzahl(s string) (int, bool) {
	if !anzahlRe.MatchString(s) {
		return 0, false
	}
	n, err := strconv.Atoi(strings.ReplaceAll(s, ".", ""))
	return n, err == nil
}

func steckbriefFehler(key string, args ...any) error {
	return schema.NeuerFehler("", []schema.Verletzung{meldungen.Verletzung("", RegelWert, key, args...)})
}

// KooperationenAusSteckbrief reads the "Anzahl Kooperationen" line of a
// Steckbrief, such as
//
//	Gesundheit: 3, Kinder- und Jugend: 5, Sonstige: Kommunen, Beratungsstellen, etc., Freiwilligenarbeit: 2
//
// into one [Kooperation] per label, in the order written. A label is mapped
// with [SektorAusBezeichnung] and kept as written in Bezeichnung; a count
// after the colon becomes Anzahl, anything else Text. A comma-separated part
// without a colon continues the text of the entry before it, which is how
// the free-text "Sonstige" entry keeps its commas. A part whose label maps
// to no sector, or text before the first label, is an error (a
// *schema.ValidierungsFehler with German and English text); so is a line
// with no entry.
func KooperationenAusSteckbrief(text string) ([]Kooperation, error) {
	var out []Kooperation
	for _, teil := range strings.Split(nfc(text), ",") {
		teil = strings.Join(strings.Fields(teil), " ")
		if teil == "" {
			continue
		}
		label, rest, hatDoppelpunkt := strings.Cut(teil, ":")
		label, rest = strings.TrimSpace(label), strings.TrimSpace(rest)
		if hatDoppelpunkt {
			s, ok := SektorAusBezeichnung(label)
			if !ok {
				return nil, steckbriefFehler("parse.sektorUnbekannt", label)
			}
			k := Kooperation{Sektor: s, Bezeichnung: label}
			if n, ok := parseAnzahl(rest); ok {
				k.Anzahl = qualitaet.WertVon(float64(n))
			} else {
				k.Text = rest
			}
			out = append(out, k)
			continue
		}
		if len(out) == 0 {
			return nil, steckbriefFehler("parse.ohneBezeichnung", teil)
		}
		k := &out[len(out)-1]
		if k.Text == "" {
			k.Text = teil
		} else {
			k.Text += ", " + teil
		}
	}
	if len(out) == 0 {
		return nil, steckbriefFehler("parse.leer")
	}
	return out, nil
}

// GremienAusSteckbrief reads the "FH-Gremien" line of a Steckbrief, such as
// "1 Strategie- und Lenkungsgruppe, 6 Steuerungsgruppen", into one
// [Gremium] per comma-separated part: a leading count becomes Anzahl, the
// rest is the Bezeichnung and is mapped to a kind with
// [GremiumArtAusBezeichnung] (unknown titles give [SonstigesGremium]). A
// part with the count 0 records no body and is skipped. A part that is only
// a count is an error, as is a line with no entry.
func GremienAusSteckbrief(text string) ([]Gremium, error) {
	var out []Gremium
	for _, teil := range strings.Split(nfc(text), ",") {
		teil = strings.Join(strings.Fields(teil), " ")
		if teil == "" {
			continue
		}
		g := Gremium{Bezeichnung: teil}
		if zahl, rest, ok := strings.Cut(teil, " "); ok {
			if n, ok := parseAnzahl(zahl); ok {
				g.Anzahl, g.Bezeichnung = n, rest
			}
		}
		if _, ok := parseAnzahl(g.Bezeichnung); ok {
			return nil, steckbriefFehler("parse.ohneBezeichnung", teil)
		}
		if g.Anzahl == 0 && g.Bezeichnung != teil {
			continue // "0 Arbeitsgruppen": no body of that kind
		}
		g.Art, _ = GremiumArtAusBezeichnung(g.Bezeichnung)
		out = append(out, g)
	}
	if len(out) == 0 {
		return nil, steckbriefFehler("parse.leer")
	}
	return out, nil
}
