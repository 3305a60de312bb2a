package netzwerk

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// nfc normalises text input to Unicode NFC.
func nfc(s string) string { return norm.NFC.String(s) }

// schluessel compacts a label for tolerant comparison: NFC, lower case,
// umlauts and ß spelt out (ä→ae, ß→ss), "u." and "&" read as "und", and
// everything but letters and digits dropped. So "Kinder- und Jugend",
// "Kinder–und  Jugend" and "kinder u. jugend" all give "kinderundjugend".
func schluessel(label string) string {
	s := strings.ToLower(nfc(label))
	var b strings.Builder
	felder := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) })
	for _, f := range felder {
		switch f {
		case "u.", "u", "&", "+":
			f = "und"
		}
		for _, r := range f {
			switch r {
			case 'ä':
				b.WriteString("ae")
			case 'ö':
				b.WriteString("oe")
			case 'ü':
				b.WriteString("ue")
			case 'ß':
				b.WriteString("ss")
			default:
				if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
					b.WriteRune(r)
				}
			}
		}
	}
	return b.String()
}

// sortiereDeutsch sorts texts in German collation order (DIN 5007-1 as
// implemented by x/text/collate: "Ärzte" sorts with "Arzte", before "Bad").
func sortiereDeutsch(texte []string) {
	c := collate.New(language.German)
	c.SortStrings(texte)
}

// vergleicheDeutsch compares two texts in German collation order.
func vergleicheDeutsch() func(a, b string) int {
	c := collate.New(language.German)
	return func(a, b string) int { return c.CompareString(a, b) }
}

// sortiereNach sorts xs by the German collation of key, then by the tie
// breaker (IDs) so the order is total.
func sortiereNach[T any](xs []T, key func(T) string, tie func(T) string) {
	cmp := vergleicheDeutsch()
	slices.SortStableFunc(xs, func(a, b T) int {
		if c := cmp(key(a), key(b)); c != 0 {
			return c
		}
		return strings.Compare(tie(a), tie(b))
	})
}
