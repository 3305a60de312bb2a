package kommune

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// ErrKeineZahl is matched (errors.Is) by every [*ZahlFehler]: the text is no
// number in German notation.
var ErrKeineZahl = errors.New("keine Zahl")

// ZahlFehler is the error of [ParseZahl]: the input as given and the reason,
// a key of the package's message catalogue. Error() is for programmers
// (German, naming the function, as net/netip does); Text is for people, in
// either language and without Go names.
type ZahlFehler struct {
	Eingabe string
	grund   string
}

func (e *ZahlFehler) Error() string {
	return "kommune.ParseZahl(" + strconv.Quote(kuerze(e.Eingabe)) + "): " + meldungen.Sprintf(language.German, e.grund)
}

// Text returns the message in the language of tag (German unless English):
// the input, quoted, and what is wrong with it.
func (e *ZahlFehler) Text(tag language.Tag) string {
	return meldungen.Sprintf(tag, "zahl.fehler", kuerze(e.Eingabe), meldungen.Sprintf(tag, e.grund))
}

// Is lets errors.Is match [ErrKeineZahl].
func (e *ZahlFehler) Is(target error) bool { return target == ErrKeineZahl }

// Einheit is the unit written after a number in a Steckbrief: none, percent
// or euro. The zero value is no unit.
type Einheit string

// The units [ZerlegeZahl] recognises.
const (
	OhneEinheit Einheit = ""
	Prozent     Einheit = "%"
	Euro        Einheit = "€"
)

// Längen, beyond which a text is no number of a Steckbrief. They keep
// ParseZahl linear and the figures within float64's exact integers.
const (
	maxZahlText   = 64
	maxZahlZiffer = 15
)

// ParseZahl parses a number in German notation as Steckbriefe write it:
// "." groups thousands, "," starts the decimals, a sign may stand apart from
// the digits, and a unit may follow:
//
//	178.068 → 178068      3,9 → 3.9        1.234,5 → 1234.5
//	- 0,6   → -0.6        + 1,8 → 1.8      93.000 € → 93000
//	64.000 EUR → 64000    12 % → 12
//
// A dot always groups thousands, so "1.234" is 1234 and "1.5" is refused as
// ambiguous. Marks of a missing value ("k. A.", "-") are no numbers here:
// they are refused, and the Steckbrief reader turns them into absent values
// before it asks ParseZahl. The error is a [*ZahlFehler].
func ParseZahl(s string) (float64, error) {
	f, _, err := ZerlegeZahl(s)
	return f, err
}

// ZerlegeZahl is [ParseZahl] that also returns the unit written after the
// number ("%", "€", "EUR", "Euro"; case does not matter).
func ZerlegeZahl(s string) (float64, Einheit, error) {
	fehler := func(grund string) (float64, Einheit, error) {
		return 0, OhneEinheit, &ZahlFehler{Eingabe: s, grund: grund}
	}
	if len(s) > 4*maxZahlText {
		return fehler("zahl.lang")
	}
	t := strings.TrimFunc(norm.NFC.String(s), unicode.IsSpace)
	if t == "" {
		return fehler("zahl.leer")
	}
	if len(t) > maxZahlText {
		return fehler("zahl.lang")
	}
	einheit := OhneEinheit
	for _, e := range []struct {
		endung string
		e      Einheit
	}{{"%", Prozent}, {"€", Euro}, {"EUR", Euro}, {"Euro", Euro}} {
		n := len(t) - len(e.endung)
		if n < 0 || !strings.EqualFold(t[n:], e.endung) {
			continue
		}
		rest := strings.TrimRightFunc(t[:n], unicode.IsSpace)
		if e.endung == "EUR" || e.endung == "Euro" {
			// a word unit needs a number right before it ("64.000 EUR", not "TEUR")
			if rest == "" || !istZiffer(rest[len(rest)-1]) {
				continue
			}
		}
		t = rest
		einheit = e.e
		break
	}
	negativ := false
	for _, vz := range []string{"+", "-", "−", "–"} {
		if rest, ok := strings.CutPrefix(t, vz); ok {
			negativ = vz != "+"
			t = strings.TrimLeftFunc(rest, unicode.IsSpace)
			break
		}
	}
	ganz, bruch, hatKomma := strings.Cut(t, ",")
	if ganz == "" || (hatKomma && bruch == "") {
		return fehler("zahl.form")
	}
	if hatKomma && !nurZiffern(bruch) {
		return fehler("zahl.form")
	}
	gruppen := strings.Split(ganz, ".")
	for i, g := range gruppen {
		if !nurZiffern(g) || g == "" {
			return fehler("zahl.form")
		}
		if i > 0 && len(g) != 3 || len(gruppen) > 1 && i == 0 && len(g) > 3 {
			return fehler("zahl.gruppe")
		}
	}
	ziffern := strings.Join(gruppen, "")
	if len(ziffern)+len(bruch) > maxZahlZiffer {
		return fehler("zahl.lang")
	}
	text := ziffern
	if hatKomma {
		text += "." + bruch
	}
	f, err := strconv.ParseFloat(text, 64)
	if err != nil || math.IsInf(f, 0) {
		return fehler("zahl.form")
	}
	if negativ && f != 0 {
		f = -f
	}
	return f, einheit, nil
}

func istZiffer(c byte) bool { return c >= '0' && c <= '9' }

func nurZiffern(s string) bool {
	for i := 0; i < len(s); i++ {
		if !istZiffer(s[i]) {
			return false
		}
	}
	return true
}

// FormatZahl writes f in German notation, the inverse of [ParseZahl]:
// thousands grouped by ".", decimals after "," in the shortest form that
// reads back as f, a leading "-" for negative numbers.
func FormatZahl(f float64) string {
	if f == 0 {
		return "0"
	}
	s := strconv.FormatFloat(math.Abs(f), 'f', -1, 64)
	ganz, bruch, hatPunkt := strings.Cut(s, ".")
	var b strings.Builder
	if f < 0 {
		b.WriteByte('-')
	}
	for i := 0; i < len(ganz); i++ {
		if i > 0 && (len(ganz)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteByte(ganz[i])
	}
	if hatPunkt {
		b.WriteByte(',')
		b.WriteString(bruch)
	}
	return b.String()
}
