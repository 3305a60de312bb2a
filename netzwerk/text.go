package netzwerk

import (
	"slices"
	"strings"
	"sync"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/beschriftung"
)

// nfc normalises text to Unicode NFC, as every reader of the module does
// ([beschriftung.NFC]).
func nfc(s string) string { return beschriftung.NFC(s) }

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
