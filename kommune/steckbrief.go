package kommune

import (
	"bytes"
	"io"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/beschriftung"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// Warnung is a remark of the Steckbrief reader on a line it kept but could
// not fully place: an unknown label, a value it did not understand, a
// section it does not know. Zeile is the 1-based line number; Regel names
// the kind of remark (the Regel… constants); Meldung and Message are the
// text in German and English.
type Warnung struct {
	Zeile   int    `json:"zeile"`
	Regel   string `json:"regel"`
	Meldung string `json:"meldung"`
	Message string `json:"message"`
}

// Kinds of warnings (Regel of a [Warnung]).
const (
	RegelBeschriftung = "beschriftung" // a label the reader does not know; the line is kept in Weitere
	RegelWert         = "wert"         // a value not understood; its text is kept as the note
	RegelDoppelt      = "doppelt"      // a line given twice; the second is kept in Weitere
	RegelAbschnitt    = "abschnitt"    // a section of unknown kind; it is kept
	RegelTitel        = "titel"        // the heading "# Name, Land" is missing or names no Land
	RegelTiefe        = "tiefe"        // a list nested deeper than allowed; flattened
	RegelKodierung    = "kodierung"    // bytes that are no UTF-8, replaced by U+FFFD
)

// Text returns the warning's message in the language tag (German unless
// English).
func (w Warnung) Text(tag language.Tag) string {
	if schema.Sprache(tag) == language.English {
		return w.Message
	}
	return w.Meldung
}

// String returns "Zeile N: German message".
func (w Warnung) String() string {
	return meldungen.Sprintf(language.German, "warnung.zeile", strconv.Itoa(w.Zeile), w.Meldung)
}

func warnung(zeile int, regel, key string, args ...any) Warnung {
	v := meldungen.Verletzung("", regel, key, args...)
	return Warnung{Zeile: zeile, Regel: regel, Meldung: v.Meldung, Message: v.Message}
}

// Defaults and limits of [Optionen].
const (
	StandardMaxGroesse = 8 << 20 // 8 MiB
	StandardMaxTiefe   = 16
	// MaxPunktTiefe is the deepest nesting of items a profile may have: at
	// 30 levels of items its JSON reaches the validator's limit of 64.
	MaxPunktTiefe = 30
)

// Optionen configures the Steckbrief reader. The zero value means the
// defaults.
type Optionen struct {
	// MaxGroesse is the largest text accepted, in bytes; 0 means
	// StandardMaxGroesse (8 MiB). Larger input is refused before it is
	// read to the end.
	MaxGroesse int64
	// MaxTiefe is the deepest nesting of list items kept; 0 means
	// StandardMaxTiefe (16), and more than MaxPunktTiefe counts as
	// MaxPunktTiefe. Deeper items are attached at that depth, with a
	// warning: the profile's JSON stays within the validator's depth limit.
	MaxTiefe int
}

func (o Optionen) maxGroesse() int64 {
	if o.MaxGroesse <= 0 {
		return StandardMaxGroesse
	}
	return o.MaxGroesse
}

func (o Optionen) maxTiefe() int {
	if o.MaxTiefe <= 0 {
		return StandardMaxTiefe
	}
	return min(o.MaxTiefe, MaxPunktTiefe)
}

// ParseSteckbrief reads a Steckbrief in its text form with the default
// [Optionen]; see [Optionen.ParseSteckbrief].
func ParseSteckbrief(r io.Reader) (*Profil, []Warnung, error) {
	return Optionen{}.ParseSteckbrief(r)
}

// ParseSteckbrief reads a Steckbrief in its text form (see the package
// documentation) into a profile. It is tolerant: tab or runs of spaces
// separate label and value, CRLF and CR line ends, decomposed umlauts
// (normalised to NFC), en dash or hyphen, case and spacing of labels,
// German numbers with units and notes. Nothing is dropped: lines it cannot
// place are kept (unknown labels in Weitere, values not understood as
// notes, unknown sections as sections of no kind) and reported as
// warnings with their line numbers. A value written "k. A.", "-" or left
// empty is absent, never 0.
//
// The error is non-nil only when reading fails or the text exceeds
// MaxGroesse (a [*schema.ValidierungsFehler] matching [schema.ErrZuGross]).
// The profile is not validated: a Steckbrief without heading gives a
// profile without name, which [Profil.Validate] refuses.
func (o Optionen) ParseSteckbrief(r io.Reader) (*Profil, []Warnung, error) {
	max := o.maxGroesse()
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, nil, err
	}
	if int64(len(data)) > max {
		return nil, nil, schema.NeuerFehler(schema.ArtProfil,
			[]schema.Verletzung{meldungen.Verletzung("", schema.RegelGroesse, "steckbrief.groesse", max)})
	}
	l := &leser{opt: o, p: &Profil{}, gesehen: map[Feld]bool{}}
	if !utf8.Valid(data) {
		l.warne(erstesUngueltiges(data), RegelKodierung, "warnung.kodierung")
		data = bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}
	data = norm.NFC.Bytes(bytes.TrimPrefix(data, []byte("\uFEFF")))
	l.lies(string(data))
	return l.p, l.warnungen, nil
}

func erstesUngueltiges(data []byte) int {
	zeile := 1
	for len(data) > 0 {
		r, n := utf8.DecodeRune(data)
		if r == utf8.RuneError && n <= 1 {
			return zeile
		}
		if r == '\n' {
			zeile++
		}
		data = data[n:]
	}
	return zeile
}

// modus is the kind of section the reader is in.
type modus int

const (
	imVorspann modus = iota
	imKommunal
	imWirUeberUns
	imAbschnitt
)

type leser struct {
	opt       Optionen
	p         *Profil
	warnungen []Warnung
	modus     modus
	zeile     int
	titel     bool // the heading "# Name, Land" has been read
	gesehen   map[Feld]bool
	baum      *baum // items of the current section or the Vorspann
	// offen holds the indexes of the sections that a later heading may sit
	// under, with strictly rising levels, so the section above a heading
	// is found without scanning all before it.
	offen []int
}

func (l *leser) warne(zeile int, regel, key string, args ...any) {
	l.warnungen = append(l.warnungen, warnung(zeile, regel, key, args...))
}

var ueberschriftMuster = regexp.MustCompile(`^(#{1,6})[ \t]*(.*?)[ \t]*$`)

func (l *leser) lies(text string) {
	l.baum = &baum{tiefe: l.opt.maxTiefe(), leser: l}
	for len(text) > 0 {
		var z string
		i := strings.IndexAny(text, "\r\n")
		if i < 0 {
			z, text = text, ""
		} else {
			z = text[:i]
			if text[i] == '\r' && i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			text = text[i+1:]
		}
		l.zeile++
		l.zeileLesen(strings.TrimRightFunc(z, unicode.IsSpace))
	}
	l.abschliessen()
	if !l.titel {
		l.warne(1, RegelTitel, "warnung.titelFehlt")
	}
}

func (l *leser) zeileLesen(z string) {
	if z == "" {
		l.baum.leerzeile()
		return
	}
	if t := strings.TrimLeftFunc(z, unicode.IsSpace); strings.HasPrefix(t, "#") {
		if m := ueberschriftMuster.FindStringSubmatch(t); m != nil && m[2] != "" {
			l.ueberschrift(len(m[1]), m[2])
			return
		}
	}
	switch l.modus {
	case imKommunal, imWirUeberUns:
		l.angabe(trimme(z))
	default:
		l.baum.zeile(z, l.zeile)
	}
}

// abschliessen closes the items of the current section.
func (l *leser) abschliessen() {
	punkte := l.baum.punkte()
	switch {
	case l.modus == imAbschnitt:
		a := &l.p.Abschnitte[len(l.p.Abschnitte)-1]
		a.Punkte = append(a.Punkte, punkte...)
	case len(punkte) > 0:
		l.p.Vorspann = append(l.p.Vorspann, punkte...)
	}
	l.baum = &baum{tiefe: l.opt.maxTiefe(), leser: l}
}

func (l *leser) ueberschrift(ebene int, titel string) {
	l.abschliessen()
	if ebene == 1 && !l.titel && l.modus == imVorspann {
		l.titel = true
		l.kopf(titel)
		return
	}
	switch beschriftung.Normiere(titel) {
	case "kommunalstruktur":
		l.modus = imKommunal
		return
	case "wir ueber uns":
		l.modus = imWirUeberUns
		return
	}
	for len(l.offen) > 0 && l.p.Abschnitte[l.offen[len(l.offen)-1]].Ebene >= ebene {
		l.offen = l.offen[:len(l.offen)-1]
	}
	var oben Abschnittsart
	if len(l.offen) > 0 {
		oben = l.p.Abschnitte[l.offen[len(l.offen)-1]].Art
	}
	art, ok := ArtAusTitel(titel, oben)
	if !ok {
		l.warne(l.zeile, RegelAbschnitt, "warnung.abschnitt", kuerze(titel))
	}
	l.offen = append(l.offen, len(l.p.Abschnitte))
	l.p.Abschnitte = append(l.p.Abschnitte, Abschnitt{Titel: titel, Ebene: ebene, Art: art})
	l.modus = imAbschnitt
}

// kopf reads the heading "Landkreis Oder-Spree, Brandenburg".
func (l *leser) kopf(titel string) {
	name, land := titel, ""
	if i := strings.LastIndex(titel, ","); i >= 0 {
		if x, ok := LandAusName(titel[i+1:]); ok {
			name, land = trimme(titel[:i]), x
		}
	}
	l.p.Name, l.p.Land = name, land
	if land == "" {
		l.warne(l.zeile, RegelTitel, "warnung.land", kuerze(titel))
	}
}

// angabe reads a line of KOMMUNALSTRUKTUR or WIR ÜBER UNS.
func (l *leser) angabe(z string) {
	label, wert, f, budget, ok := l.zerlege(z)
	if !ok {
		weitere := Angabe{Beschriftung: label, Wert: wert}
		if l.modus == imKommunal {
			l.p.Kommunalstruktur.Weitere = append(l.p.Kommunalstruktur.Weitere, weitere)
		} else {
			l.p.WirUeberUns.Weitere = append(l.p.WirUeberUns.Weitere, weitere)
		}
		l.warne(l.zeile, RegelBeschriftung, "warnung.beschriftung", kuerze(label))
		return
	}
	if budget {
		l.budgetanteil(label, wert)
		return
	}
	info, _ := feldInfoVon(f)
	if l.gesehen[f] {
		weitere := Angabe{Beschriftung: label, Wert: wert}
		if info.kommunal {
			l.p.Kommunalstruktur.Weitere = append(l.p.Kommunalstruktur.Weitere, weitere)
		} else {
			l.p.WirUeberUns.Weitere = append(l.p.WirUeberUns.Weitere, weitere)
		}
		l.warne(l.zeile, RegelDoppelt, "warnung.doppelt", kuerze(label))
		return
	}
	l.gesehen[f] = true
	if !l.setze(f, label, wert) {
		l.warne(l.zeile, RegelWert, "warnung.wert", kuerze(wert), kuerze(label))
	}
}

// zerlege splits a line into label and value and recognises the label.
// A tab separates; without tabs a run of two or more spaces does, and the
// longest label the reader knows wins, so labels may contain double
// spaces. Without either, a ":" or a single space may separate a known
// label from a value that fits it.
func (l *leser) zerlege(z string) (label, wert string, f Feld, budget, ok bool) {
	if i := strings.IndexByte(z, '\t'); i >= 0 {
		label, wert = trimme(z[:i]), trimme(z[i+1:])
		f, budget, ok = erkenneBeschriftung(label)
		return label, wert, f, budget, ok
	}
	laeufe := doppelteLeerzeichen(z)
	for k := len(laeufe) - 1; k >= 0; k-- {
		label = trimme(z[:laeufe[k][0]])
		if f, budget, ok = erkenneBeschriftung(label); ok {
			return label, trimme(z[laeufe[k][1]:]), f, budget, true
		}
	}
	if len(laeufe) > 0 {
		return trimme(z[:laeufe[0][0]]), trimme(z[laeufe[0][1]:]), "", false, false
	}
	// The whole line may be a label without a value: a field's, or a
	// budget part's (which ends the search only after the other ways fail).
	ganzF, ganzBudget, ganz := erkenneBeschriftung(z)
	if ganz && !ganzBudget {
		return z, "", ganzF, false, true
	}
	if i := strings.IndexByte(z, ':'); i > 0 && i < maxBeschriftung {
		label = trimme(z[:i])
		if f, budget, ok = erkenneBeschriftung(label); ok {
			return label, trimme(z[i+1:]), f, budget, true
		}
	}
	ende := min(len(z), maxBeschriftung)
	for i := ende - 1; i > 0; i-- {
		if z[i] != ' ' {
			continue
		}
		label, wert = z[:i], trimme(z[i+1:])
		if f, budget, ok = erkenneBeschriftung(label); ok && wert != "" && l.passt(f, budget, wert) {
			return label, wert, f, budget, true
		}
	}
	if ganz {
		return z, "", ganzF, ganzBudget, true
	}
	return z, "", "", false, false
}

// doppelteLeerzeichen returns the byte ranges of runs of two or more
// spaces within the first maxBeschriftung bytes.
func doppelteLeerzeichen(z string) [][2]int {
	var out [][2]int
	ende := min(len(z), maxBeschriftung)
	for i := 0; i < ende; i++ {
		if z[i] != ' ' {
			continue
		}
		j := i
		for j < len(z) && z[j] == ' ' {
			j++
		}
		if j-i >= 2 {
			out = append(out, [2]int{i, j})
		}
		i = j
	}
	return out
}

// passt reports whether wert is a value the line f understands; it decides
// where a label ends when only single spaces separate.
func (l *leser) passt(f Feld, budget bool, wert string) bool {
	if budget {
		_, ok := parseZahlwert(wert, artEuro, false)
		return ok
	}
	switch f {
	case FeldBevoelkerung, FeldKinderUnter3, FeldKinderUnter3Armut, FeldAlleinerziehendeU3:
		_, ok := parseZahlwert(wert, artAnzahl, false)
		return ok
	case FeldMigrationsanteil:
		_, ok := parseZahlwert(wert, artProzent, true)
		return ok
	case FeldBevoelkerungsentwicklung:
		_, ok := parseZahlwert(wert, artAenderung, false)
		return ok
	case FeldBudget:
		_, ok := parseZahlwert(wert, artEuro, false)
		return ok
	case FeldGruendung:
		_, _, ok := parseJahrwert(wert)
		return ok
	}
	return true
}

// setze stores the value of a known line and reports whether it was
// understood. The lists of bodies and cooperations are taken only when
// their export reads back the same; otherwise the line is kept as written
// in Weitere, so that nothing is lost or changed by a round trip.
func (l *leser) setze(f Feld, label, wert string) bool {
	k, w := &l.p.Kommunalstruktur, &l.p.WirUeberUns
	ok := true
	hinweis := func(m *map[Feld]string, h string) {
		if h == "" {
			return
		}
		if *m == nil {
			*m = map[Feld]string{}
		}
		(*m)[f] = h
	}
	switch f {
	case FeldBevoelkerung, FeldKinderUnter3, FeldKinderUnter3Armut, FeldAlleinerziehendeU3:
		var z zahlwert
		z, ok = parseZahlwert(wert, artAnzahl, false)
		*k.zahlFeld(f) = z.wert
		hinweis(&k.Hinweise, z.hinweis)
	case FeldMigrationsanteil:
		var z zahlwert
		z, ok = parseZahlwert(wert, artProzent, true)
		k.Migrationsanteil = Migrationsanteil{Prozent: z.wert, Jahr: z.jahr, Hinweis: z.hinweis}
	case FeldBevoelkerungsentwicklung:
		var z zahlwert
		z, ok = parseZahlwert(wert, artAenderung, false)
		k.Bevoelkerungsentwicklung = Bevoelkerungsentwicklung{Prozent: z.wert, Zeitraum: zeitraumAus(label), Hinweis: z.hinweis}
	case FeldBudget:
		var z zahlwert
		z, ok = parseZahlwert(wert, artEuro, false)
		k.Budget.Gesamt, k.Budget.Hinweis = z.wert, z.hinweis
	case FeldAnsprechperson:
		w.Ansprechperson = parseText(wert)
	case FeldFunktion:
		w.Funktion = parseText(wert)
	case FeldNetzwerkNamen:
		l.p.Netzwerk.Namen = parseNamen(wert)
	case FeldGruendung:
		var h string
		l.p.Netzwerk.Gruendungsjahr, h, ok = parseJahrwert(wert)
		hinweis(&w.Hinweise, h)
	case FeldErstesDokument:
		w.ErstesDokument = parseDokument(wert)
	case FeldZielgruppen:
		w.Zielgruppen = parseText(wert)
	case FeldGremien:
		gs := parseGremien(wert)
		if ok = reflect.DeepEqual(parseGremien(formatGremien(gs)), gs); ok {
			l.p.Netzwerk.Gremien = gs
		} else {
			w.Weitere = append(w.Weitere, Angabe{Beschriftung: label, Wert: wert})
		}
	case FeldKooperationen:
		ks := parseKooperationen(wert)
		if ok = reflect.DeepEqual(parseKooperationen(formatKooperationen(ks)), ks); ok {
			l.p.Netzwerk.Kooperationen = ks
		} else {
			w.Weitere = append(w.Weitere, Angabe{Beschriftung: label, Wert: wert})
		}
	}
	info, _ := feldInfoVon(f)
	standard := info.standard
	if f == FeldBevoelkerungsentwicklung {
		standard = Standardbeschriftung(f, k.Bevoelkerungsentwicklung.Zeitraum)
	}
	if label != standard {
		m := &w.Beschriftungen
		if info.kommunal {
			m = &k.Beschriftungen
		}
		if *m == nil {
			*m = map[Feld]string{}
		}
		(*m)[f] = label
	}
	return ok
}

// zahlFeld returns the plain figure of the line f.
func (k *Kommunalstruktur) zahlFeld(f Feld) *qualitaet.Wert {
	switch f {
	case FeldBevoelkerung:
		return &k.Bevoelkerung
	case FeldKinderUnter3:
		return &k.KinderUnter3
	case FeldKinderUnter3Armut:
		return &k.KinderUnter3Armut
	case FeldAlleinerziehendeU3:
		return &k.AlleinerziehendeU3
	}
	return nil
}

func (l *leser) budgetanteil(label, wert string) {
	z, ok := parseZahlwert(wert, artEuro, false)
	b := &l.p.Kommunalstruktur.Budget
	b.Anteile = append(b.Anteile, Budgetanteil{Quelle: label, Betrag: z.wert, Hinweis: z.hinweis})
	if !ok {
		l.warne(l.zeile, RegelWert, "warnung.wert", kuerze(wert), kuerze(label))
	}
}

// baum builds the item tree of a section from its lines: list items
// ("- ", "* ", "• ", "– ") nested by indentation, continuation lines of an
// item (indented, no blank line before), and paragraphs (other lines;
// consecutive lines form one paragraph).
type baum struct {
	tiefe   int
	leser   *leser
	wurzeln []*knoten
	stapel  []*knoten // open items, outermost first
	letzter *knoten   // the item or paragraph the next line may continue
}

type knoten struct {
	zeilen []string
	einzug int
	absatz bool
	kinder []*knoten
}

func (b *baum) leerzeile() {
	b.letzter = nil
}

// einzugVon returns the indentation of a line and the rest. Every white
// space rune counts (a tab to the next multiple of four), the same runes
// the text is trimmed of: otherwise a line such as "\v- x" would be kept
// as text "- x" that reads back as a list item.
func einzugVon(z string) (int, string) {
	n := 0
	for i, r := range z {
		switch {
		case r == '\t':
			n += 4 - n%4
		case unicode.IsSpace(r):
			n++
		default:
			return n, z[i:]
		}
	}
	return n, ""
}

func aufzaehlung(rest string) (string, bool) {
	for _, m := range []string{"-", "*", "•", "–"} {
		if r, ok := strings.CutPrefix(rest, m); ok {
			if r == "" {
				return "", true
			}
			if r[0] == ' ' || r[0] == '\t' {
				return trimme(r), true
			}
		}
	}
	return "", false
}

func (b *baum) zeile(z string, nr int) {
	einzug, rest := einzugVon(z)
	if text, ok := aufzaehlung(rest); ok {
		for len(b.stapel) > 0 && b.stapel[len(b.stapel)-1].einzug >= einzug {
			b.stapel = b.stapel[:len(b.stapel)-1]
		}
		if len(b.stapel) >= b.tiefe {
			b.leser.warne(nr, RegelTiefe, "warnung.tiefe", b.tiefe)
			b.stapel = b.stapel[:b.tiefe-1]
		}
		k := &knoten{zeilen: []string{text}, einzug: einzug}
		if n := len(b.stapel); n > 0 {
			b.stapel[n-1].kinder = append(b.stapel[n-1].kinder, k)
		} else {
			b.wurzeln = append(b.wurzeln, k)
		}
		b.stapel = append(b.stapel, k)
		b.letzter = k
		return
	}
	text := trimme(rest)
	if b.letzter != nil && (b.letzter.absatz || einzug > 0) {
		b.letzter.zeilen = append(b.letzter.zeilen, text)
		return
	}
	k := &knoten{zeilen: []string{text}, absatz: true}
	b.wurzeln = append(b.wurzeln, k)
	b.stapel = nil
	b.letzter = k
}

func (b *baum) punkte() []Punkt {
	return alsPunkte(b.wurzeln)
}

func alsPunkte(ks []*knoten) []Punkt {
	if len(ks) == 0 {
		return nil
	}
	out := make([]Punkt, len(ks))
	for i, k := range ks {
		out[i] = Punkt{Text: strings.Join(k.zeilen, "\n"), Absatz: k.absatz, Unterpunkte: alsPunkte(k.kinder)}
	}
	return out
}
