package kommune

import (
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/netzwerk"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
)

var gremiumMuster = regexp.MustCompile(`^(\d{1,3}(?:\.\d{3})+|\d{1,6})\s*(?:x\s+|×\s*)?(.*)$`)

// parseGremien reads the line FH-Gremien: "1 Strategie- und
// Lenkungsgruppe, 6 Steuerungsgruppen". Entries are separated by "," or
// ";" outside brackets; a leading number (German thousands dots allowed,
// "2 x" and "2×" too) is the count. An entry counted 0 ("0
// Arbeitsgruppen") records that there is no such body and gives none; an
// entry without a count is a body whose number is not stated (Anzahl 0).
func parseGremien(raw string) []netzwerk.Gremium {
	var out []netzwerk.Gremium
	for _, teil := range teileListe(raw) {
		g := netzwerk.Gremium{Bezeichnung: teil}
		if m := gremiumMuster.FindStringSubmatch(teil); m != nil && trimme(m[2]) != "" {
			g.Anzahl, _ = strconv.Atoi(strings.ReplaceAll(m[1], ".", ""))
			g.Bezeichnung = trimme(m[2])
			if g.Anzahl == 0 {
				continue
			}
		}
		g.Art, _ = netzwerk.GremiumArtAusBezeichnung(g.Bezeichnung)
		out = append(out, g)
	}
	return out
}

// teileListe splits a line at "," and ";" outside brackets and drops empty
// entries and marks of missing values.
func teileListe(raw string) []string {
	var out []string
	for _, a := range teileAufEbeneNull(raw, ';') {
		for _, b := range teileAufEbeneNull(a, ',') {
			if b = trimme(b); b != "" && !keineAngabe(b) {
				out = append(out, b)
			}
		}
	}
	return out
}

func gremiumBezeichnung(g netzwerk.Gremium) string {
	if g.Bezeichnung != "" {
		return g.Bezeichnung
	}
	return g.Art.Name(language.German)
}

func formatGremien(gs []netzwerk.Gremium) string {
	if len(gs) == 0 {
		return "k. A."
	}
	teile := make([]string, len(gs))
	for i, g := range gs {
		b := gremiumBezeichnung(g)
		if g.Anzahl > 0 {
			b = strconv.Itoa(g.Anzahl) + " " + b
		}
		teile[i] = b
	}
	return strings.Join(teile, ", ")
}

// parseKooperationen reads the line Anzahl Kooperationen: entries
// "Bezeichnung: Wert" separated by ", " outside brackets. A value that is a
// count (with an optional note in brackets) gives Anzahl; any other value
// is free text, which may itself contain commas. A piece without ":"
// belongs to the entry before it — to its free text ("Sonstige: Kommunen,
// Beratungsstellen, …, Freiwilligenarbeit: 2") or, after a count, as its
// note ("Gesundheit: 3, Hebammen, Kinderärzte") — unless it is an entry of
// its own written "Gesundheit 3", or it stands first.
func parseKooperationen(raw string) []netzwerk.Kooperation {
	var es []kooperationsEintrag
	for _, stueck := range teileAufEbeneNull(raw, ',') {
		if bez, wert, ok := strings.Cut(stueck, ":"); ok && !strings.ContainsAny(bez, "()") && len(bez) <= maxBeschriftung && trimme(bez) != "" {
			es = append(es, kooperationsEintrag{bezeichnung: trimme(bez), werte: []string{wert}})
			continue
		}
		n := len(es)
		if n > 0 && es[n-1].frei() {
			es[n-1].werte = append(es[n-1].werte, stueck)
			continue
		}
		if trimme(stueck) == "" || keineAngabe(stueck) {
			continue
		}
		if m := kooperationOhneDoppelpunkt.FindStringSubmatch(trimme(stueck)); m != nil {
			es = append(es, kooperationsEintrag{bezeichnung: m[1], werte: []string{m[2]}})
			continue
		}
		if n > 0 {
			es[n-1].zusatz = append(es[n-1].zusatz, trimme(stueck))
			continue
		}
		es = append(es, kooperationsEintrag{bezeichnung: trimme(stueck)})
	}
	out := make([]netzwerk.Kooperation, 0, len(es))
	for _, e := range es {
		out = append(out, e.kooperation())
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// kooperationsEintrag is one entry of the line while it is read: its
// label, the pieces of its value, and pieces that follow a counted value.
type kooperationsEintrag struct {
	bezeichnung string
	werte       []string
	zusatz      []string
}

// frei reports whether the entry's value so far is free text (not a count,
// not a mark of a missing value), so that a following piece continues it.
func (e *kooperationsEintrag) frei() bool {
	w := strings.Join(e.werte, ",")
	if keineAngabe(w) {
		return false
	}
	_, ok := parseZahlwert(w, artAnzahl, false)
	return !ok
}

func (e *kooperationsEintrag) kooperation() netzwerk.Kooperation {
	k := netzwerk.Kooperation{Bezeichnung: e.bezeichnung, Sektor: sektorVon(e.bezeichnung)}
	w := trimme(strings.Join(e.werte, ","))
	z, ok := parseZahlwert(w, artAnzahl, false)
	if !ok {
		k.Text = strings.Join(append([]string{w}, e.zusatz...), ", ")
		return k
	}
	k.Anzahl = z.wert
	var notiz []string
	if z.hinweis != "" {
		notiz = append(notiz, z.hinweis)
	}
	k.Text = strings.Join(append(notiz, e.zusatz...), ", ")
	return k
}

var kooperationOhneDoppelpunkt = regexp.MustCompile(`^(.*\S)\s+(\d{1,6})$`)

// sektorVon maps a cooperation label to a sector; a label the netzwerk
// package does not know counts as [netzwerk.Sonstige].
func sektorVon(bezeichnung string) netzwerk.Sektor {
	if s, ok := netzwerk.SektorAusBezeichnung(bezeichnung); ok {
		return s
	}
	return netzwerk.Sonstige
}

func kooperationBezeichnung(k netzwerk.Kooperation) string {
	if k.Bezeichnung != "" {
		return k.Bezeichnung
	}
	return k.Sektor.Name(language.German)
}

func formatKooperationen(ks []netzwerk.Kooperation) string {
	var teile []string
	for _, k := range ks {
		if k.Akteur != "" {
			continue
		}
		teile = append(teile, kooperationBezeichnung(k)+": "+formatKooperationWert(k.Anzahl, k.Text))
	}
	if len(teile) == 0 {
		return "k. A."
	}
	return strings.Join(teile, ", ")
}

func formatKooperationWert(anzahl qualitaet.Wert, text string) string {
	if !anzahl.Gesetzt() && text != "" {
		if _, ok := parseZahlwert(text, artAnzahl, false); !ok {
			return text
		}
	}
	return formatZahlwert(zahlwert{wert: anzahl, hinweis: text}, artAnzahl, false)
}
