package kommune

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/beschriftung"
)

// feldInfo describes a known line of KOMMUNALSTRUKTUR or WIR ÜBER UNS: the
// pattern its label matches (on the form of normiere, without a trailing
// bracket) and the standard label the export writes.
type feldInfo struct {
	feld     Feld
	kommunal bool // KOMMUNALSTRUKTUR, else WIR ÜBER UNS
	muster   *regexp.Regexp
	standard string
}

const kinderU3 = `(0-3 jaehrige(n)?|kinder (von )?0-3( jahre(n)?)?|kinder unter 3( jahre(n)?)?|kinder u3|u3-kinder)`

var felder = []feldInfo{
	{FeldBevoelkerung, true, regexp.MustCompile(`^(bevoelkerung(szahl)?|einwohner(zahl)?|einwohnerinnen und einwohner)( insgesamt| gesamt)?$`),
		"Bevölkerungszahl insgesamt"},
	{FeldMigrationsanteil, true, regexp.MustCompile(`^((anteil (der )?)?((bevoelkerung(szahl)?|einwohner(zahl)?|personen|menschen) )?mit migrationshintergrund|migrationsanteil)$`),
		"Bevölkerungszahl mit Migrationshintergrund (Anteil in %)"},
	{FeldBevoelkerungsentwicklung, true, regexp.MustCompile(`^bevoelkerungsentwicklung$`),
		""}, // depends on the period, see standardEntwicklung
	{FeldKinderUnter3Armut, true, regexp.MustCompile(`^((anteil|anzahl) (der )?)?` + kinderU3 + `( in familien)? in armut(slage(n)?)?( in der kommune)?$`),
		"Anteil der 0–3 Jährigen in Familien in Armutslagen in der Kommune"},
	{FeldKinderUnter3, true, regexp.MustCompile(`^((anteil|anzahl) (der )?)?` + kinderU3 + `( in der kommune)?$`),
		"Anteil der 0–3 Jährigen in der Kommune"},
	{FeldAlleinerziehendeU3, true, regexp.MustCompile(`^alleinerziehende(n)?(-quote|quote|-haushalte| haushalte)? mit kind(ern)? (u3|unter 3( jahre(n)?)?)$`),
		"Alleinerziehenden-Quote mit Kind U3"},
	{FeldBudget, true, regexp.MustCompile(`^(kommunales )?budget( fuer (die )?fruehe(n)? hilfen)?$`),
		"Kommunales Budget für Frühe Hilfen"},

	{FeldAnsprechperson, false, regexp.MustCompile(`^(ansprechperson|ansprechpartner(in)?|kontaktperson|kontakt)$`),
		"Ansprechperson"},
	{FeldFunktion, false, regexp.MustCompile(`^(funktion|rolle)( im netzwerk)?$`),
		"Funktion im Netzwerk"},
	{FeldNetzwerkNamen, false, regexp.MustCompile(`^(netzwerk-?name(n)?|name(n)? des netzwerk(e)?s)$`),
		"Netzwerk-Name(n)"},
	{FeldGruendung, false, regexp.MustCompile(`^(netzwerkgruendung|gruendung( des netzwerk(e)?s)?|gruendungsjahr)$`),
		"Netzwerkgründung"},
	{FeldErstesDokument, false, regexp.MustCompile(`^(unser )?erstes dokument$`),
		"Unser erstes Dokument"},
	{FeldZielgruppen, false, regexp.MustCompile(`^zielgruppe(n)?$`),
		"Zielgruppen"},
	{FeldGremien, false, regexp.MustCompile(`^((fh|fruehe hilfen)-?)?gremien$`),
		"FH-Gremien"},
	{FeldKooperationen, false, regexp.MustCompile(`^(anzahl (der )?)?kooperation(en|spartner)$`),
		"Anzahl Kooperationen"},
}

// budgetanteilMuster matches the label of a part of the budget: "aus
// Mitteln der …", "davon …".
var budgetanteilMuster = regexp.MustCompile(`^(aus|davon)( |$)`)

// maxBeschriftung bounds the length of a label the reader tries to
// recognise, so that a huge line costs no more than a short one.
const maxBeschriftung = 300

func feldInfoVon(f Feld) (feldInfo, bool) {
	for _, i := range felder {
		if i.feld == f {
			return i, true
		}
	}
	return feldInfo{}, false
}

// Felder returns the known lines of KOMMUNALSTRUKTUR and WIR ÜBER UNS in the
// order the export writes them.
func Felder() []Feld { return append([]Feld(nil), exportFolge...) }

var exportFolge = []Feld{FeldBevoelkerung, FeldMigrationsanteil, FeldBevoelkerungsentwicklung, FeldKinderUnter3,
	FeldKinderUnter3Armut, FeldAlleinerziehendeU3, FeldBudget,
	FeldAnsprechperson, FeldFunktion, FeldNetzwerkNamen, FeldGruendung, FeldErstesDokument, FeldZielgruppen,
	FeldGremien, FeldKooperationen}

// Valid reports whether f is one of [Felder].
func (f Feld) Valid() bool {
	_, ok := feldInfoVon(f)
	return ok
}

// Standardbeschriftung returns the label the Steckbrief template uses for
// the line f, the one the export writes unless the profile keeps another.
// For FeldBevoelkerungsentwicklung the label names the period; z is that
// period (the zero Zeitraum for none). It returns "" for an unknown field.
func Standardbeschriftung(f Feld, z Zeitraum) string {
	if f == FeldBevoelkerungsentwicklung {
		if z == (Zeitraum{}) {
			return "Bevölkerungsentwicklung (in %)"
		}
		return "Bevölkerungsentwicklung (" + strconv.Itoa(z.Von) + " bis " + strconv.Itoa(z.Bis) + ", in %)"
	}
	i, _ := feldInfoVon(f)
	return i.standard
}

// erkenneBeschriftung returns the known line a label stands for; budget
// reports a part of the budget.
func erkenneBeschriftung(label string) (f Feld, budget bool, ok bool) {
	if len(label) > maxBeschriftung {
		return "", false, false
	}
	n := beschriftung.Normiere(label)
	if budgetanteilMuster.MatchString(n) {
		return "", true, true
	}
	if vorne, _, ok := klammerAmEnde(n); ok {
		n = vorne
	}
	for _, i := range felder {
		if i.muster.MatchString(n) {
			return i.feld, false, true
		}
	}
	return "", false, false
}

var zeitraumMuster = regexp.MustCompile(`((?:19|20|21)\d\d)\s*(?:bis|-|–|—)\s*((?:19|20|21)\d\d)`)

// zeitraumAus finds a period "2011 bis 2016" in a label.
func zeitraumAus(label string) Zeitraum {
	m := zeitraumMuster.FindStringSubmatch(label)
	if m == nil {
		return Zeitraum{}
	}
	von, _ := strconv.Atoi(m[1])
	bis, _ := strconv.Atoi(m[2])
	return Zeitraum{Von: von, Bis: bis}
}

// zahlArt is what a figure of a line may be.
type zahlArt int

const (
	artAnzahl    zahlArt = iota // a whole number ≥ 0, no unit
	artProzent                  // 0 to 100, "%" optional
	artAenderung                // signed percent
	artEuro                     // ≥ 0, "€"/"EUR" optional
)

// zahlwert is a figure as a line gives it: the number, a year in brackets
// (only the share with migration background has one), and a note in
// brackets — or, when the value was not understood, the whole text as note.
type zahlwert struct {
	wert    qualitaet.Wert
	jahr    int
	hinweis string
}

// keineAngabe reports whether s marks a missing value: "k. A.", "-", "–",
// empty and similar.
func keineAngabe(s string) bool {
	switch strings.ReplaceAll(beschriftung.Normiere(s), " ", "") {
	case "", "k.a.", "k.a", "ka", "-", "--", "---", "n.a.", "n.b.", "keineangabe", "keineangaben", "./.", "?":
		return true
	}
	return false
}

func istJahr(s string) (int, bool) {
	if len(s) != 4 || !nurZiffern(s) {
		return 0, false
	}
	j, _ := strconv.Atoi(s)
	return j, j >= 1900 && j <= 2200
}

// parseZahlwert reads the value of a figure line. ok is false when the
// value is neither a figure of the right kind nor a mark of a missing one;
// the whole text is then the note.
func parseZahlwert(raw string, art zahlArt, mitJahr bool) (zahlwert, bool) {
	s := trimme(raw)
	kern, hinweis := s, ""
	if v, inhalt, ok := klammerAmEnde(s); ok {
		kern, hinweis = v, inhalt
	}
	var z zahlwert
	if mitJahr {
		if v, inhalt, ok := klammerAmEnde(kern); ok {
			j, istJ := istJahr(trimme(inhalt))
			if !istJ {
				return zahlwert{hinweis: s}, false
			}
			kern, z.jahr = v, j
		} else if j, istJ := istJahr(trimme(hinweis)); istJ {
			z.jahr, hinweis = j, ""
		}
	}
	z.hinweis = hinweis
	if keineAngabe(kern) {
		return z, true
	}
	f, einheit, err := ZerlegeZahl(kern)
	passt := err == nil
	switch art {
	case artAnzahl:
		passt = passt && einheit == OhneEinheit && f >= 0 && f == float64(int64(f))
	case artProzent:
		passt = passt && einheit != Euro && f >= 0 && f <= 100
	case artAenderung:
		passt = passt && einheit != Euro && f >= -100
	case artEuro:
		passt = passt && einheit != Prozent && f >= 0
	}
	if !passt {
		return zahlwert{hinweis: s}, false
	}
	z.wert = qualitaet.WertVon(f)
	return z, true
}

// formatZahlwert writes a figure so that parseZahlwert reads it back.
func formatZahlwert(z zahlwert, art zahlArt, mitJahr bool) string {
	var s string
	if f, ok := z.wert.Zahl(); ok {
		switch art {
		case artAenderung:
			switch {
			case f > 0:
				s = "+ " + FormatZahl(f)
			case f < 0:
				s = "- " + FormatZahl(-f)
			default:
				s = "0"
			}
		case artEuro:
			s = FormatZahl(f) + " €"
		default:
			s = FormatZahl(f)
		}
	} else {
		if z.jahr == 0 && z.hinweis != "" {
			if zurueck, ok := parseZahlwert(z.hinweis, art, mitJahr); !ok && zurueck == z {
				return z.hinweis
			}
		}
		s = "k. A."
	}
	if z.jahr != 0 {
		s += " (" + strconv.Itoa(z.jahr) + ")"
	}
	if z.hinweis != "" {
		s += " (" + z.hinweis + ")"
	}
	return s
}

// parseJahrwert reads a year line ("2012", "2012 (als Arbeitskreis)").
func parseJahrwert(raw string) (jahr int, hinweis string, ok bool) {
	s := trimme(raw)
	kern := s
	if v, inhalt, ok := klammerAmEnde(s); ok {
		kern, hinweis = v, inhalt
	}
	if keineAngabe(kern) {
		return 0, hinweis, true
	}
	if j, ok := istJahr(kern); ok {
		return j, hinweis, true
	}
	return 0, s, false
}

func formatJahrwert(jahr int, hinweis string) string {
	var s string
	if jahr != 0 {
		s = strconv.Itoa(jahr)
	} else {
		if hinweis != "" {
			if j, h, ok := parseJahrwert(hinweis); !ok && j == 0 && h == hinweis {
				return hinweis
			}
		}
		s = "k. A."
	}
	if hinweis != "" {
		s += " (" + hinweis + ")"
	}
	return s
}

var dokumentMuster = regexp.MustCompile(`^(.*?)[\s,]*\(?((?:19|20|21)\d\d)\)?$`)

// parseDokument reads "Konzept „…“ 2014" as title and year.
func parseDokument(raw string) Dokument {
	s := trimme(raw)
	if keineAngabe(s) {
		return Dokument{}
	}
	if m := dokumentMuster.FindStringSubmatch(s); m != nil && (m[1] == "" || strings.ContainsAny(s[len(m[1]):len(m[1])+1], " ,(")) {
		j, _ := strconv.Atoi(m[2])
		if keineAngabe(m[1]) {
			return Dokument{Jahr: j}
		}
		return Dokument{Titel: m[1], Jahr: j}
	}
	return Dokument{Titel: s}
}

func formatDokument(d Dokument) string {
	switch {
	case d.Titel != "" && d.Jahr != 0:
		return d.Titel + " " + strconv.Itoa(d.Jahr)
	case d.Jahr != 0:
		return strconv.Itoa(d.Jahr)
	case d.Titel != "":
		return d.Titel
	}
	return "k. A."
}

// parseText reads a text line; a mark of a missing value gives "".
func parseText(raw string) string {
	s := trimme(raw)
	if keineAngabe(s) {
		return ""
	}
	return s
}

func formatText(s string) string {
	if s == "" {
		return "k. A."
	}
	return s
}

// parseNamen splits the network's names at ";".
func parseNamen(raw string) []string {
	var out []string
	for _, n := range strings.Split(raw, ";") {
		if n = trimme(n); n != "" && !keineAngabe(n) {
			out = append(out, n)
		}
	}
	return out
}

func formatNamen(namen []string) string {
	if len(namen) == 0 {
		return "k. A."
	}
	return strings.Join(namen, "; ")
}
