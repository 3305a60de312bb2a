package schema

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/text/language"
)

// Sentinel errors to branch on with errors.Is. A [*ValidierungsFehler] matches
// ErrUngueltig always and the more specific sentinels when one of its
// violations has the corresponding rule.
var (
	// ErrUngueltig: the document is invalid (any violation).
	ErrUngueltig = errors.New("ungültiges Dokument")
	// ErrZuGross: the document exceeds the size limit (rule "groesse").
	ErrZuGross = errors.New("Dokument zu groß")
	// ErrZuTief: the document is nested too deeply (rule "tiefe").
	ErrZuTief = errors.New("Dokument zu tief verschachtelt")
	// ErrSyntax: the bytes are no JSON document (rule "syntax").
	ErrSyntax = errors.New("kein gültiges JSON")
	// ErrUnbekanntesSchema: "$schema" names no embedded schema, or the wrong one (rule "schema").
	ErrUnbekanntesSchema = errors.New("unbekanntes Schema")
)

// Rules (Regel) that the machinery itself reports; schema keywords ("required",
// "enum", …) and the semantic rules of the packages add to these.
const (
	RegelGroesse = "groesse"
	RegelTiefe   = "tiefe"
	RegelSyntax  = "syntax"
	RegelSchema  = "schema"
	RegelZahl    = "zahl"
	// RegelSchluessel: a key appears twice in one object.
	RegelSchluessel = "schluessel"
	// RegelBegrenzt: the count of further violations beyond
	// [MaxVerletzungen], which are not listed one by one.
	RegelBegrenzt = "begrenzt"
)

// Verletzung is one violation (Regelverstoß) found in a document: where it is
// (an RFC 6901 JSON pointer; "" is the whole document), which rule it breaks
// (a JSON Schema keyword such as "required" or a semantic rule such as
// "eindeutig"), and the message in German and English. Zeile and Spalte give
// the position in the text where it is known (syntax errors), else 0.
type Verletzung struct {
	Zeiger  string `json:"zeiger"`
	Regel   string `json:"regel"`
	Zeile   int    `json:"zeile,omitempty"`
	Spalte  int    `json:"spalte,omitempty"`
	Meldung string `json:"meldung"`
	Message string `json:"message"`
}

// Text returns the message in the language tag (German unless tag is English).
func (v Verletzung) Text(tag language.Tag) string {
	if Sprache(tag) == language.English {
		return v.Message
	}
	return v.Meldung
}

// Ort returns where the violation is, for people: the JSON pointer ("/" for
// the whole document), followed by line and column where known.
func (v Verletzung) Ort() string {
	ort := v.Zeiger
	if ort == "" {
		ort = "/"
	}
	if v.Zeile > 0 {
		ort += " (" + strconv.Itoa(v.Zeile) + ":" + strconv.Itoa(v.Spalte) + ")"
	}
	return ort
}

// String returns "pointer: German message".
func (v Verletzung) String() string { return v.Ort() + ": " + v.Meldung }

// ValidierungsFehler is the error for an invalid document: the document kind
// (Art, "" when not known) and every violation found, sorted by pointer. It
// matches [ErrUngueltig] with errors.Is and is retrieved with errors.As.
// Error() is German; [ValidierungsFehler.Text] gives either language.
type ValidierungsFehler struct {
	Art          Art
	Verletzungen []Verletzung
}

// NeuerFehler returns a *ValidierungsFehler for the violations, sorted (see
// [Sortiere]), or nil when there are none — so a check can end with
// `return schema.NeuerFehler(art, vs)` and its caller test `err != nil`.
func NeuerFehler(art Art, vs []Verletzung) error {
	if len(vs) == 0 {
		return nil
	}
	Sortiere(vs)
	return &ValidierungsFehler{Art: art, Verletzungen: slices.Compact(vs)}
}

// Error returns a one-line German summary with every violation.
func (e *ValidierungsFehler) Error() string { return e.zeile(language.German) }

func (e *ValidierungsFehler) zeile(tag language.Tag) string {
	var b strings.Builder
	if e.Art != "" {
		b.WriteString(string(e.Art))
		b.WriteString(": ")
	}
	b.WriteString(kopfzeile(tag, len(e.Verletzungen)))
	b.WriteString(": ")
	for i, v := range e.Verletzungen {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(v.Ort())
		b.WriteString(": ")
		b.WriteString(v.Text(tag))
	}
	return b.String()
}

// kopfzeile returns "ungültiges Dokument (n Verstöße)" in the language,
// with the singular for one violation.
func kopfzeile(tag language.Tag, n int) string {
	switch {
	case Sprache(tag) == language.English && n == 1:
		return "invalid document (1 violation)"
	case Sprache(tag) == language.English:
		return fmt.Sprintf("invalid document (%d violations)", n)
	case n == 1:
		return "ungültiges Dokument (1 Verstoß)"
	}
	return fmt.Sprintf("ungültiges Dokument (%d Verstöße)", n)
}

// Text returns the summary in the language tag: one line per violation after
// a heading line.
func (e *ValidierungsFehler) Text(tag language.Tag) string {
	var b strings.Builder
	b.WriteString(kopfzeile(tag, len(e.Verletzungen)))
	for _, v := range e.Verletzungen {
		b.WriteString("\n  ")
		b.WriteString(v.Ort())
		b.WriteString(": ")
		b.WriteString(v.Text(tag))
	}
	return b.String()
}

// Is lets errors.Is match [ErrUngueltig] and the sentinel of each rule the
// violations carry.
func (e *ValidierungsFehler) Is(target error) bool {
	if target == ErrUngueltig {
		return true
	}
	var regel string
	switch target {
	case ErrZuGross:
		regel = RegelGroesse
	case ErrZuTief:
		regel = RegelTiefe
	case ErrSyntax:
		regel = RegelSyntax
	case ErrUnbekanntesSchema:
		regel = RegelSchema
	default:
		return false
	}
	for _, v := range e.Verletzungen {
		if v.Regel == regel {
			return true
		}
	}
	return false
}

// Sortiere orders violations by pointer (array indexes numerically, so
// /a/2 comes before /a/10), then rule, then message. [NeuerFehler] also
// drops exact duplicates.
func Sortiere(vs []Verletzung) {
	sort.SliceStable(vs, func(i, j int) bool {
		if c := vergleicheZeiger(vs[i].Zeiger, vs[j].Zeiger); c != 0 {
			return c < 0
		}
		if vs[i].Regel != vs[j].Regel {
			return vs[i].Regel < vs[j].Regel
		}
		return vs[i].Meldung < vs[j].Meldung
	})
}

func vergleicheZeiger(a, b string) int {
	as, bs := strings.Split(a, "/"), strings.Split(b, "/")
	for i := 0; i < len(as) && i < len(bs); i++ {
		if as[i] == bs[i] {
			continue
		}
		ai, errA := strconv.Atoi(as[i])
		bi, errB := strconv.Atoi(bs[i])
		if errA == nil && errB == nil {
			if ai < bi {
				return -1
			}
			return 1
		}
		if as[i] < bs[i] {
			return -1
		}
		return 1
	}
	return len(as) - len(bs)
}

var zeigerEscape = strings.NewReplacer("~", "~0", "/", "~1")

// Zeiger builds an RFC 6901 JSON pointer from reference tokens (strings or
// ints), escaping "~" and "/". Zeiger() is "", the whole document.
func Zeiger(tokens ...any) string {
	var b strings.Builder
	for _, t := range tokens {
		b.WriteByte('/')
		switch x := t.(type) {
		case int:
			b.WriteString(strconv.Itoa(x))
		case string:
			b.WriteString(zeigerEscape.Replace(x))
		default:
			fmt.Fprint(&b, x)
		}
	}
	return b.String()
}
