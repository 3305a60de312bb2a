package netzwerk

import (
	"slices"
	"strings"
	"sync"
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

// kollatoren keeps German collators for reuse: making one costs more than
// the sorting it is made for, and one must not be used by two goroutines at
// once.
var kollatoren = sync.Pool{New: func() any { return collate.New(language.German) }}

// sortiereDeutsch sorts texts in German collation order (DIN 5007-1 as
// implemented by x/text/collate: "Ärzte" sorts with "Arzte", before "Bad").
func sortiereDeutsch(texte []string) {
	if len(texte) < 2 {
		return
	}
	c := kollatoren.Get().(*collate.Collator)
	defer kollatoren.Put(c)
	c.SortStrings(texte)
}

// sortiereNach sorts xs by the German collation of key, then by the tie
// breaker (IDs) so the order is total.
func sortiereNach[T any](xs []T, key func(T) string, tie func(T) string) {
	if len(xs) < 2 {
		return
	}
	k := kollatoren.Get().(*collate.Collator)
	defer kollatoren.Put(k)
	slices.SortStableFunc(xs, func(a, b T) int {
		if c := k.CompareString(key(a), key(b)); c != 0 {
			return c
		}
		return strings.Compare(tie(a), tie(b))
	})
}
