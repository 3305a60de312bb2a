package kommune

import (
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/netzwerk"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
)

var gremiumMuster = regexp.MustCompile(`^(\d{1,6})\s*(?:x\s+|×\s*)?(.*)$`)

// parseGremien reads the line FH-Gremien: "1 Strategie- und
// Lenkungsgruppe, 6 Steuerungsgruppen". Entries are separated by "," or
// ";" outside brackets; a leading number is the count.
func parseGremien(raw string) []netzwerk.Gremium {
	var out []netzwerk.Gremium
	for _, teil := range teileListe(raw) {
		g := netzwerk.Gremium{Bezeichnung: teil}
		if m := gremiumMuster.FindStringSubmatch(teil); m != nil && trimme(m[2]) != "" {
			g.Anzahl, _ = strconv.Atoi(m[1])
			g.Bezeichnung = trimme(m[2])
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
// is free text, which may itself contain commas — pieces without ":" after
// such an entry belong to it ("Sonstige: Kommunen, Beratungsstellen, …,
// Freiwilligenarbeit: 2"). An entry without ":" may be "Gesundheit 3".
func parseKooperationen(raw string) []netzwerk.Kooperation {
	type eintrag struct {
		bezeichnung string
		werte       []string
	}
	var es []eintrag
	frei := func(e *eintrag) bool {
		w := strings.Join(e.werte, ",")
		if keineAngabe(w) {
			return false
		}
		_, ok := parseZahlwert(w, artAnzahl, false)
		return !ok
	}
	for _, stueck := range teileAufEbeneNull(raw, ',') {
		if bez, wert, ok := strings.Cut(stueck, ":"); ok && !strings.ContainsAny(bez, "()") && len(bez) <= maxBeschriftung && trimme(bez) != "" {
			es = append(es, eintrag{bezeichnung: trimme(bez), werte: []string{wert}})
			continue
		}
		if n := len(es); n > 0 && frei(&es[n-1]) {
			es[n-1].werte = append(es[n-1].werte, stueck)
			continue
		}
		if trimme(stueck) == "" || keineAngabe(stueck) {
			continue
		}
		e := eintrag{bezeichnung: trimme(stueck)}
		if m := kooperationOhneDoppelpunkt.FindStringSubmatch(e.bezeichnung); m != nil {
			e = eintrag{bezeichnung: m[1], werte: []string{m[2]}}
		}
		es = append(es, e)
	}
	out := make([]netzwerk.Kooperation, 0, len(es))
	for _, e := range es {
		k := netzwerk.Kooperation{Bezeichnung: e.bezeichnung}
		k.Sektor = sektorVon(e.bezeichnung)
		w := trimme(strings.Join(e.werte, ","))
		if z, ok := parseZahlwert(w, artAnzahl, false); ok {
			k.Anzahl, k.Text = z.wert, z.hinweis
		} else {
			k.Text = w
		}
		out = append(out, k)
	}
	if len(out) == 0 {
		return nil
	}
	return out
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
