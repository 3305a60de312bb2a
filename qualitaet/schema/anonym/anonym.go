package anonym

import (
	"bytes"
	"encoding/json"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// Entfernt is what strict mode writes into every free-text field: the
// text is gone, the field stays, so the document keeps its shape and the
// checks that ask for a field's presence (a reopened goal's reason) still
// pass.
const Entfernt = "[entfernt]"

// Optionen configures a [Lauf]. The zero value anonymises what the schemas
// mark and scrubs free text in the default mode.
type Optionen struct {
	// Personen are further persons to find in free text, e.g. the persons
	// of the profile a Bewertung was made from ([Personen] of the profile).
	Personen []string
	// Rollen are values of personal fields that name a role, not a person
	// ("Netzwerkkoordination", "Strategie- und Lenkungsgruppe"): they are
	// kept, in their fields and in free text. Without them every value of
	// a personal field counts as a person, which errs on the safe side —
	// the schemas allow "Person oder Rolle" there.
	Rollen []string
	// Streng (strict mode) drops free text entirely instead of scrubbing
	// it: every free-text field holds [Entfernt]. Structured values (IDs,
	// levels, dates, codes), numbers, placeholders of personal fields and
	// fields marked "x-oeffentlich" (the name of the Kommune, labels of the
	// Steckbrief template) stay.
	Streng bool
	// MindestRater (k) suppresses the small cells of a Bewertung: with
	// k > 1 the lines of its spread per rater sector and per rater level
	// (/streuung/*/sektoren, /streuung/*/ebenen) with fewer than k raters
	// are removed, together with the statements comparing them
	// (entlangSektoren becomes false, hinweis and entlangEbenen go). The
	// totals, the goals' medians and the dimension points stay. Zero (or
	// one) keeps every line; other kinds of documents are not affected.
	// The program examples/anonymisieren sets it with -zusammenfassen -k.
	MindestRater int
}

// Ergebnis is one anonymised document with what was done to it.
type Ergebnis struct {
	// Art is the document's kind.
	Art schema.Art
	// Dokument is the anonymised document: valid against its schema,
	// indented by two spaces, with a final newline, object members in
	// their original order.
	Dokument []byte
	// Ersetzt counts the replaced values per kind (each occurrence).
	Ersetzt map[Kategorie]int
	// Behalten are the JSON pointers of the free-text fields that were
	// kept (default mode), for a person to review before sharing.
	Behalten []string
	// Entfernt are the JSON pointers of the free-text fields whose text
	// was dropped (strict mode).
	Entfernt []string
	// KleineZellen counts the lines of a Bewertung's spread removed
	// because fewer than [Optionen.MindestRater] raters stood behind them.
	KleineZellen int
}

// Lauf (run) anonymises the documents of one export: the same person,
// e-mail address or number gets the same placeholder in all of them, so a
// Kommune's profile, goals and Bewertung still line up. Call [Lauf.Lerne]
// with every document first, so that a person named in one document is
// found in the free text of another, then [Lauf.Anonymisiere] with each.
// A Lauf is not safe for concurrent use.
type Lauf struct {
	opt       Optionen
	ss        *schemaSatz
	rolle     map[string]bool
	bekannt   map[string]string   // name as written → key of the person
	nachnamen map[string][]string // surname → keys of persons with it
	nummern   map[Kategorie]map[string]int
	vergeben  map[Kategorie]map[int]bool
}

// NeuerLauf returns a run with the options opt.
func NeuerLauf(opt Optionen) (*Lauf, error) {
	ss, err := standardSatz()
	if err != nil {
		return nil, err
	}
	return neuerLaufMit(ss, opt), nil
}

func neuerLaufMit(ss *schemaSatz, opt Optionen) *Lauf {
	l := &Lauf{opt: opt, ss: ss, rolle: map[string]bool{}, bekannt: map[string]string{},
		nachnamen: map[string][]string{}, nummern: map[Kategorie]map[string]int{}, vergeben: map[Kategorie]map[int]bool{}}
	for _, r := range opt.Rollen {
		if v := normiert(r); v != "" {
			l.rolle[v] = true
		}
	}
	for _, p := range opt.Personen {
		l.kenne(p, true)
	}
	return l
}

func normiert(s string) string { return strings.Join(strings.Fields(norm.NFC.String(s)), " ") }

// kenne records a person to be found in free text; ohnePruefung records it
// even when it does not look like a name (opt.Personen).
func (l *Lauf) kenne(v string, ohnePruefung bool) {
	v = normiert(v)
	k := kern(v)
	if v == "" || k == "" || l.rolle[v] || platzhalterRe.MatchString(v) {
		return
	}
	if !ohnePruefung && !namensartig(k) {
		return
	}
	if _, ok := l.bekannt[v]; !ok {
		l.bekannt[v] = k
	}
	if _, ok := l.bekannt[k]; !ok {
		l.bekannt[k] = k
	}
	if n := nachname(k); n != "" && !slices.Contains(l.nachnamen[n], k) {
		l.nachnamen[n] = append(l.nachnamen[n], k)
	}
}

// personSchluessel returns the key of a name found after a salutation: the
// known person it names (in full or by surname alone), else the name.
func (l *Lauf) personSchluessel(name string) string {
	if k, ok := l.bekannt[name]; ok {
		return k
	}
	if ks := l.nachnamen[name]; len(ks) == 1 {
		return ks[0]
	}
	return name
}

// Lerne records the persons of a document — the values of its personal
// fields that look like names, and the names after a salutation or title
// in its free text — so that [Lauf.Anonymisiere] finds them in every
// document of the run. The document must be valid against its schema.
func (l *Lauf) Lerne(data []byte) error {
	art, wurzel, err := lade(data)
	if err != nil {
		return err
	}
	fs, err := l.ss.felder(wurzel, art)
	if err != nil {
		return err
	}
	for _, f := range fs {
		switch {
		case f.personal:
			l.kenne(*f.wert, false)
		case f.freitext():
			for _, m := range anredeRe.FindAllStringSubmatch(norm.NFC.String(*f.wert), -1) {
				l.kenne(m[1], false)
			}
		}
	}
	return nil
}

// platzhalter returns the placeholder for the key of a kind, numbering keys by
// first appearance in the run and skipping numbers the documents already
// use as placeholders.
func (l *Lauf) platzhalter(k Kategorie, schluessel string) string {
	if l.nummern[k] == nil {
		l.nummern[k] = map[string]int{}
	}
	if n, ok := l.nummern[k][schluessel]; ok {
		return k.Platzhalter(n)
	}
	if m := platzhalterRe.FindStringSubmatch(schluessel); m != nil && m[0] == schluessel && m[1] == platzhalterWort[k] {
		n, _ := strconv.Atoi(m[2])
		l.nummern[k][schluessel] = n
		return schluessel
	}
	n := len(l.nummern[k]) + 1
	for l.vergeben[k][n] {
		n++
	}
	l.nummern[k][schluessel] = n
	l.reserviere(k, n)
	return k.Platzhalter(n)
}

func (l *Lauf) reserviere(k Kategorie, n int) {
	if l.vergeben[k] == nil {
		l.vergeben[k] = map[int]bool{}
	}
	l.vergeben[k][n] = true
}

// Anonymisiere anonymises one document of the library (profile, goals,
// network, Bewertung, … — any kind named by its "$schema"). The schemas are
// the source of truth:
//
//   - A value at a location marked "x-personenbezogen" (contact person,
//     rater, who changed a goal, who is responsible) is replaced whole by
//     "Person N", unless it is one of opt.Rollen.
//   - Free text — a string whose schema has no "enum", "const", "pattern"
//     or "format" and no mark — is scrubbed in the default mode: known
//     persons (in full, or by surname alone), e-mail addresses, German
//     telephone numbers, web addresses with a path, and a salutation or
//     title with the capitalised words after it ("Frau …", "Herrn …",
//     "Dr. …", "Prof. …") become "Person N", "E-Mail N", "Telefon N",
//     "URL N". The field's pointer is listed in [Ergebnis.Behalten].
//     In strict mode free text is dropped instead ([Optionen.Streng]).
//   - Locations marked "x-oeffentlich" (the name of a Kommune), numbers,
//     booleans and structured strings stay as they are.
//   - With [Optionen.MindestRater] k, a Bewertung loses the lines of its
//     spread per sector and per level with fewer than k raters
//     ([Ergebnis.KleineZellen] counts them).
//
// The input must be valid against its schema; the result is checked
// against it again. Anonymising an anonymised document changes nothing.
// Errors are *schema.ValidierungsFehler for documents at fault and
// *[RefFehler] for a schema reference that cannot be followed.
func (l *Lauf) Anonymisiere(data []byte) (*Ergebnis, error) {
	art, wurzel, err := lade(data)
	if err != nil {
		return nil, err
	}
	erg := &Ergebnis{Art: art, Ersetzt: map[Kategorie]int{}}
	if art == schema.ArtBewertung {
		erg.KleineZellen = unterdrueckeKleineZellen(wurzel, l.opt.MindestRater)
	}
	fs, err := l.ss.felder(wurzel, art)
	if err != nil {
		return nil, err
	}
	for _, f := range fs {
		for _, m := range platzhalterRe.FindAllStringSubmatch(*f.wert, -1) {
			n, _ := strconv.Atoi(m[2])
			l.reserviere(kategorieVon(m[1]), n)
		}
	}
	suche := neueSuche(l.suchwerte())
	for _, f := range fs {
		l.bearbeite(f, suche, erg)
	}
	var b bytes.Buffer
	if err := schreibeGeordnet(&b, wurzel, ""); err != nil {
		return nil, err
	}
	b.WriteByte('\n')
	v := schema.Standard()
	wert, err := v.Dekodiere(b.Bytes())
	if err != nil {
		return nil, err
	}
	if err := v.Pruefe(art, wert); err != nil {
		return nil, err
	}
	erg.Dokument = b.Bytes()
	return erg, nil
}

func kategorieVon(wort string) Kategorie {
	for k, w := range platzhalterWort {
		if w == wort {
			return k
		}
	}
	return ""
}

// suchwerte are the names to find in free text with their keys: known
// persons and their surnames where the surname belongs to one person only.
func (l *Lauf) suchwerte() map[string]string {
	w := map[string]string{}
	for v, k := range l.bekannt {
		w[v] = k
	}
	for n, ks := range l.nachnamen {
		if _, ok := w[n]; !ok && len(ks) == 1 {
			w[n] = ks[0]
		}
	}
	return w
}

// bearbeite anonymises one string of the document.
func (l *Lauf) bearbeite(f feld, s suche, erg *Ergebnis) {
	switch {
	case f.personal:
		v := normiert(*f.wert)
		if v == "" || l.rolle[v] {
			return
		}
		kat, schluessel := feldwert(v)
		if k, ok := l.bekannt[v]; ok {
			schluessel = k
		}
		if p := l.platzhalter(kat, schluessel); p != *f.wert {
			*f.wert = p
			erg.Ersetzt[kat]++
		}
	case !f.freitext():
	case l.opt.Streng:
		erg.Entfernt = append(erg.Entfernt, f.zeiger)
		*f.wert = Entfernt
	default:
		*f.wert = l.schrubbe(*f.wert, s, erg)
		erg.Behalten = append(erg.Behalten, f.zeiger)
	}
}

// feldwert returns the kind and key of the value of a personal field: an
// e-mail address or telephone number alone is one, anything else a person.
func feldwert(v string) (Kategorie, string) {
	if m := emailRe.FindString(v); m == v {
		return KategorieEMail, strings.ToLower(v)
	}
	if m := telefonRe.FindString(v); m == v {
		return KategorieTelefon, telefonSchluessel(v)
	}
	if m := platzhalterRe.FindStringSubmatch(v); m != nil && m[0] == v {
		return kategorieVon(m[1]), v
	}
	return KategoriePerson, kern(v)
}

// schrubbe replaces known persons and patterns in one free text.
func (l *Lauf) schrubbe(text string, s suche, erg *Ergebnis) string {
	n := norm.NFC.String(text)
	ts := append(s.finde(n), musterTreffer(n, l.personSchluessel)...)
	if len(ts) == 0 {
		return text
	}
	var b strings.Builder
	pos := 0
	for _, t := range ohneUeberlappung(ts) {
		b.WriteString(n[pos:t.von])
		p := l.platzhalter(t.kategorie, t.schluessel)
		b.WriteString(p)
		if p != n[t.von:t.bis] {
			erg.Ersetzt[t.kategorie]++
		}
		pos = t.bis
	}
	b.WriteString(n[pos:])
	return b.String()
}

// Anonymisiere anonymises one document in a run of its own ([Lauf]) and
// returns it; see [Lauf.Anonymisiere] for what is replaced.
func Anonymisiere(data []byte, opt Optionen) ([]byte, error) {
	l, err := NeuerLauf(opt)
	if err != nil {
		return nil, err
	}
	if err := l.Lerne(data); err != nil {
		return nil, err
	}
	erg, err := l.Anonymisiere(data)
	if err != nil {
		return nil, err
	}
	return erg.Dokument, nil
}

// Personen returns the personal values of a document — the strings at the
// locations its schema marks "x-personenbezogen" — NFC and trimmed, each
// once, in the order they first appear. The document must be valid against
// its schema.
func Personen(data []byte) ([]string, error) {
	art, wurzel, err := lade(data)
	if err != nil {
		return nil, err
	}
	ss, err := standardSatz()
	if err != nil {
		return nil, err
	}
	fs, err := ss.felder(wurzel, art)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, f := range fs {
		if v := normiert(*f.wert); f.personal && v != "" && !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out, nil
}

// PersonenbezogeneFelder returns the locations that the schema of kind art
// marks "x-personenbezogen", as JSON pointers with "*" for any array index
// or map key, sorted — e.g. "/wirUeberUns/ansprechperson" and
// "/einschaetzungen/*/person" for profiles. References into other schema
// files are followed; a recursive structure is listed down to its first
// repetition.
func PersonenbezogeneFelder(art schema.Art) ([]string, error) {
	ss, err := standardSatz()
	if err != nil {
		return nil, err
	}
	return ss.personenbezogeneFelder(art)
}

func (ss *schemaSatz) personenbezogeneFelder(art schema.Art) ([]string, error) {
	w, err := ss.wurzel(art)
	if err != nil {
		return nil, err
	}
	gefunden := map[string]bool{}
	if err := ss.markierteOrte([]schemaKnoten{w}, "", map[string]bool{}, gefunden); err != nil {
		return nil, err
	}
	out := make([]string, 0, len(gefunden))
	for z := range gefunden {
		out = append(out, z)
	}
	slices.Sort(out)
	return out, nil
}

// lade checks the document against its schema and reads it as an ordered
// tree.
func lade(data []byte) (schema.Art, any, error) {
	v := schema.Standard()
	art, _, err := v.Erkenne(data)
	if err != nil {
		return "", nil, err
	}
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	wurzel, err := leseGeordnet(d)
	if err != nil {
		return "", nil, err
	}
	return art, wurzel, nil
}
