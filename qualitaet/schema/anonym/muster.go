package anonym

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Kategorie is the kind of a replaced value (Kategorie): a person, an
// e-mail address, a telephone number or a web address. Each kind numbers
// its placeholders on its own: "Person 3", "E-Mail 1", "Telefon 2", "URL 1".
type Kategorie string

// The kinds of replaced values.
const (
	KategoriePerson  Kategorie = "person"
	KategorieEMail   Kategorie = "e-mail"
	KategorieTelefon Kategorie = "telefon"
	KategorieURL     Kategorie = "url"
)

// Kategorien are the kinds in the order summaries list them.
var Kategorien = []Kategorie{KategoriePerson, KategorieEMail, KategorieTelefon, KategorieURL}

var platzhalterWort = map[Kategorie]string{KategoriePerson: "Person", KategorieEMail: "E-Mail",
	KategorieTelefon: "Telefon", KategorieURL: "URL"}

// Valid reports whether k is one of the kinds.
func (k Kategorie) Valid() bool { _, ok := platzhalterWort[k]; return ok }

// String returns the code, e.g. "e-mail".
func (k Kategorie) String() string { return string(k) }

// MarshalText returns the code; a value outside the set is an error.
func (k Kategorie) MarshalText() ([]byte, error) {
	if !k.Valid() {
		return nil, fmt.Errorf("anonym: unbekannte Kategorie %q", string(k))
	}
	return []byte(k), nil
}

// UnmarshalText reads a code; an unknown one is an error.
func (k *Kategorie) UnmarshalText(b []byte) error {
	if !Kategorie(b).Valid() {
		return fmt.Errorf("anonym: unbekannte Kategorie %q", string(b))
	}
	*k = Kategorie(b)
	return nil
}

// Platzhalter returns the placeholder of the n-th value of the kind
// (1-based): "Person 1", "E-Mail 2".
func (k Kategorie) Platzhalter(n int) string { return platzhalterWort[k] + " " + strconv.Itoa(n) }

// platzhalterRe matches a placeholder the package writes.
var platzhalterRe = regexp.MustCompile(`\b(Person|E-Mail|Telefon|URL) ([1-9][0-9]*)\b`)

const (
	anredeMuster  = `(?:Frau|Herrn?|Dr\.|Prof\.)`
	titelMuster   = `(?:Dr\.|Prof\.|med\.|dent\.|vet\.|rer\.|nat\.|pol\.|phil\.|jur\.|h\.\s?c\.|Dipl\.-\p{L}+\.?|Dipl\.|M\.\s?A\.|B\.\s?A\.)`
	partikel      = `(?:von|van|de|der|den|zu|zum|zur|vom|da|di|del|la|le|ten|ter)`
	namensWort    = `\p{Lu}(?:[\p{L}\p{M}'’-]*[\p{L}\p{M}]|\.)?`
	nichtWortchar = `(?:^|[^\p{L}\p{N}\p{M}])`
)

var (
	// anredeRe: a salutation or academic title followed by one to three
	// capitalised words (with name particles between them).
	anredeRe = regexp.MustCompile(nichtWortchar + `(` + anredeMuster + `(?:\s+` + titelMuster + `)*(?:\s+(?:` +
		partikel + `\s+)*` + namensWort + `){1,3})`)
	// kopfRe strips salutations and titles from the front of a name.
	kopfRe  = regexp.MustCompile(`^(?:(?:` + anredeMuster + `|` + titelMuster + `)\s+)+`)
	emailRe = regexp.MustCompile(`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}`)
	// telefonRe: German numbers, international (+49 …, 0049 …, with an
	// optional "(0)"), with the area code in brackets ("(030) …"), or
	// national ("0171 …"); digits separated by spaces, slashes or dashes;
	// at least six digits after the area code's first ones.
	telefonRe = regexp.MustCompile(`(?:(?:\+|\b00)49[ \t/-]*(?:\(0\)[ \t/-]*)?[1-9]\d{0,4}|\(0\d{2,5}\)|\b0[1-9]\d{1,4})(?:[ \t/-]*\d){4,}`)
	// urlRe: a web address; only those with a path are replaced.
	urlRe = regexp.MustCompile(`(?i)\b(?:https?://|www\.)[^\s<>"'()\[\]{}]+`)
)

// institution lists word endings of institutions and roles: a value with
// such a word ("Koordinierungsstelle Frühe Hilfen") names no person.
var institution = []string{"stelle", "amt", "ämter", "dienst", "dienste", "hilfe", "hilfen", "gruppe", "koordination",
	"leitung", "beratung", "planung", "verwaltung", "zentrum", "verein", "netzwerk", "team", "behörde", "büro",
	"referat", "abteilung", "bereich", "klinik", "klinikum", "praxis", "träger", "schaft", "vertretung", "kreis",
	"stadt", "gemeinde", "kommune", "schule", "kita", "fachdienst", "e.v."}

// namensartig reports whether a value looks like a person's name: at least
// two words beginning with an upper-case letter (a word ending in a hyphen,
// as "Strategie-" in "Strategie- und Lenkungsgruppe", is none), no other
// words except name particles, and no word of an institution.
func namensartig(v string) bool {
	gross := 0
	for _, w := range strings.Fields(v) {
		r, _ := utf8.DecodeRuneInString(w)
		lw := strings.ToLower(w)
		switch {
		case slices.ContainsFunc(institution, func(e string) bool { return strings.HasSuffix(lw, e) }):
			return false
		case unicode.IsUpper(r) && !strings.HasSuffix(w, "-"):
			gross++
		case namensPartikel[lw]:
		default:
			return false
		}
	}
	return gross >= 2
}

var namensPartikel = map[string]bool{"von": true, "van": true, "de": true, "der": true, "den": true, "zu": true,
	"zum": true, "zur": true, "vom": true, "da": true, "di": true, "del": true, "la": true, "le": true, "ten": true,
	"ter": true, "bin": true, "al": true}

// kern returns a name without salutation and titles, NFC, single spaces:
// "Frau Dr. Anna  Schulz" → "Anna Schulz".
func kern(v string) string {
	v = strings.Join(strings.Fields(norm.NFC.String(v)), " ")
	return strings.TrimSpace(kopfRe.ReplaceAllString(v, ""))
}

// nachname returns the last word of a name when it can stand alone as a
// surname (three letters or more, no particle), else "".
func nachname(name string) string {
	w := strings.Fields(name)
	if len(w) < 2 {
		return ""
	}
	n := w[len(w)-1]
	if utf8.RuneCountInString(n) < 3 || namensPartikel[strings.ToLower(n)] || strings.HasSuffix(n, ".") {
		return ""
	}
	return n
}

// treffer is a found value in a text: bytes von:bis, its kind and the key
// that numbers it (the same key, the same placeholder).
type treffer struct {
	von, bis   int
	kategorie  Kategorie
	schluessel string
}

// suche finds whole-word occurrences of a set of values in text, longest
// values first; each value has the key of its person.
type suche struct {
	werte     []string
	schluesel map[string]string
}

func neueSuche(werte map[string]string) suche {
	s := suche{schluesel: werte}
	for v := range werte {
		s.werte = append(s.werte, v)
	}
	slices.SortFunc(s.werte, func(a, b string) int {
		if la, lb := len(a), len(b); la != lb {
			return lb - la
		}
		return strings.Compare(a, b)
	})
	return s
}

// treffer returns the value that matches at s[i:] as a whole word, or "".
func (s suche) treffer(text string, i int) string {
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:i])
		if wortzeichen(r) {
			return ""
		}
	}
	for _, v := range s.werte {
		if !strings.HasPrefix(text[i:], v) {
			continue
		}
		if rest := text[i+len(v):]; rest != "" {
			if r, _ := utf8.DecodeRuneInString(rest); wortzeichen(r) {
				continue
			}
		}
		return v
	}
	return ""
}

func wortzeichen(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

// finde returns every occurrence of a value in text, left to right.
func (s suche) finde(text string) []treffer {
	var out []treffer
	if len(s.werte) == 0 {
		return nil
	}
	for i := 0; i < len(text); {
		if v := s.treffer(text, i); v != "" {
			out = append(out, treffer{von: i, bis: i + len(v), kategorie: KategoriePerson, schluessel: s.schluesel[v]})
			i += len(v)
			continue
		}
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
	}
	return out
}

// telefonSchluessel is a number's digits in national form.
func telefonSchluessel(t string) string {
	var b strings.Builder
	for _, r := range t {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	d := b.String()
	switch {
	case strings.HasPrefix(t, "+49"):
		d = "0" + strings.TrimPrefix(strings.TrimPrefix(d, "49"), "0")
	case strings.HasPrefix(t, "0049"):
		d = "0" + strings.TrimPrefix(strings.TrimPrefix(d, "0049"), "0")
	}
	return d
}

// urlMitPfad trims trailing punctuation from a found address and reports
// whether it has a path beyond "/" (a bare domain names an institution and
// stays).
func urlMitPfad(u string) (string, bool) {
	u = strings.TrimRight(u, ".,;:!?")
	rest := u
	if i := strings.Index(rest, "://"); i >= 0 {
		rest = rest[i+3:]
	}
	_, pfad, _ := strings.Cut(rest, "/")
	return u, strings.Trim(pfad, "/") != ""
}

// musterTreffer finds e-mail addresses, telephone numbers, web addresses
// with a path and salutations or titles with names in text. person maps a
// name found after a salutation to the key of its person.
func musterTreffer(text string, person func(name string) string) []treffer {
	var out []treffer
	for _, m := range emailRe.FindAllStringIndex(text, -1) {
		out = append(out, treffer{m[0], m[1], KategorieEMail, strings.ToLower(text[m[0]:m[1]])})
	}
	for _, m := range telefonRe.FindAllStringIndex(text, -1) {
		out = append(out, treffer{m[0], m[1], KategorieTelefon, telefonSchluessel(text[m[0]:m[1]])})
	}
	for _, m := range urlRe.FindAllStringIndex(text, -1) {
		if u, ok := urlMitPfad(text[m[0]:m[1]]); ok {
			out = append(out, treffer{m[0], m[0] + len(u), KategorieURL, strings.ToLower(u)})
		}
	}
	for _, m := range anredeRe.FindAllStringSubmatchIndex(text, -1) {
		name := kern(text[m[2]:m[3]])
		off := m[2] + len(kopfRe.FindString(text[m[2]:m[3]]))
		if loc := platzhalterRe.FindStringIndex(text[off:]); name == "" || loc != nil && loc[0] == 0 {
			continue // "Frau Person 2": already a placeholder
		}
		out = append(out, treffer{m[2], m[3], KategoriePerson, person(name)})
	}
	return out
}

// ohneUeberlappung keeps, of overlapping finds, the one that starts first
// and, at the same start, the longest.
func ohneUeberlappung(ts []treffer) []treffer {
	slices.SortStableFunc(ts, func(a, b treffer) int {
		if a.von != b.von {
			return a.von - b.von
		}
		return b.bis - a.bis
	})
	var out []treffer
	ende := 0
	for _, t := range ts {
		if t.von >= ende {
			out = append(out, t)
			ende = t.bis
		}
	}
	return out
}
