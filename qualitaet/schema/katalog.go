package schema

import (
	"fmt"
	"regexp"
	"sort"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// The two languages of the library. German is the default everywhere; English is
// available on request. Any other tag is matched to the nearer of the two.
var (
	Deutsch  = language.German
	Englisch = language.English
)

var sprachMatcher = language.NewMatcher([]language.Tag{Deutsch, Englisch})

// Sprache maps any language tag to one of the two languages the library speaks:
// English for English tags, German for everything else (including the zero tag).
func Sprache(tag language.Tag) language.Tag {
	switch tag {
	case language.Und, Deutsch:
		return Deutsch
	case Englisch:
		return Englisch
	}
	_, i, conf := sprachMatcher.Match(tag)
	if i == 1 && conf != language.No {
		return Englisch
	}
	return Deutsch
}

// ParseSprache parses a language name such as "de", "en" or "en-GB" and maps
// it with [Sprache]. It fails for text that is no language tag.
func ParseSprache(s string) (language.Tag, error) {
	tag, err := language.Parse(s)
	if err != nil {
		return Deutsch, fmt.Errorf("ParseSprache(%q): unbekannte Sprache", s)
	}
	return Sprache(tag), nil
}

// Eintrag is one message of a [Katalog] (Meldungskatalog): a stable key and
// its German and English format strings (fmt verbs as in [message.Printer]).
type Eintrag struct {
	Schluessel string
	DE, EN     string
}

// Katalog is a message catalogue in the two languages of the library, built on
// golang.org/x/text/message/catalog. Every package keeps one for its own
// messages. A Katalog is immutable after [NeuerKatalog] and safe for concurrent
// use.
type Katalog struct {
	b       *catalog.Builder
	eintrag map[string]Eintrag
}

var verbRe = regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z%]`)

// NeuerKatalog builds a catalogue from entries. It panics on a duplicate key,
// an empty text, or German and English texts whose format verbs differ: the
// entries are program text, and [MustKatalog]-style failure at start-up (and
// in every test run) is the right place to find such a mistake.
func NeuerKatalog(eintraege ...Eintrag) *Katalog {
	k := &Katalog{b: catalog.NewBuilder(catalog.Fallback(Deutsch)), eintrag: make(map[string]Eintrag, len(eintraege))}
	for _, e := range eintraege {
		if _, dup := k.eintrag[e.Schluessel]; dup {
			panic("schema.NeuerKatalog: doppelter Schlüssel " + e.Schluessel)
		}
		if e.Schluessel == "" || e.DE == "" || e.EN == "" {
			panic("schema.NeuerKatalog: unvollständiger Eintrag " + e.Schluessel)
		}
		if fmt.Sprint(verben(e.DE)) != fmt.Sprint(verben(e.EN)) {
			panic("schema.NeuerKatalog: Platzhalter unterscheiden sich in " + e.Schluessel)
		}
		k.eintrag[e.Schluessel] = e
		if err := k.b.SetString(Deutsch, e.Schluessel, e.DE); err != nil {
			panic(err)
		}
		if err := k.b.SetString(Englisch, e.Schluessel, e.EN); err != nil {
			panic(err)
		}
	}
	return k
}

func verben(s string) []string {
	v := verbRe.FindAllString(s, -1)
	sort.Strings(v)
	return v
}

// Schluessel returns the keys of the catalogue in sorted order.
func (k *Katalog) Schluessel() []string {
	keys := make([]string, 0, len(k.eintrag))
	for key := range k.eintrag {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	return keys
}

// Hat reports whether the catalogue holds a message under key.
func (k *Katalog) Hat(key string) bool {
	_, ok := k.eintrag[key]
	return ok
}

// Sprintf formats the message key in the language tag (see [Sprache]). Numbers
// are formatted the way the language writes them (German: 178.068); pass
// numbers that are labels, such as years or line numbers, as strings. An
// unknown key is printed as the key itself followed by its arguments, so a
// missing message is visible but never fatal.
func (k *Katalog) Sprintf(tag language.Tag, key string, args ...any) string {
	if _, ok := k.eintrag[key]; !ok {
		return fmt.Sprint(append([]any{key + ":"}, args...)...)
	}
	p := message.NewPrinter(Sprache(tag), message.Catalog(k.b))
	return p.Sprintf(key, args...)
}

// Drucker returns a printer for the language tag that knows the
// catalogue's messages, for callers that format many messages in one go (a
// report, an evaluation). A *message.Printer is not safe for concurrent use:
// make one per goroutine and task.
func (k *Katalog) Drucker(tag language.Tag) *message.Printer {
	return message.NewPrinter(Sprache(tag), message.Catalog(k.b))
}

// Verletzung builds a violation at the JSON pointer zeiger for rule regel with
// the message key formatted in both languages.
func (k *Katalog) Verletzung(zeiger, regel, key string, args ...any) Verletzung {
	return Verletzung{
		Zeiger:  zeiger,
		Regel:   regel,
		Meldung: k.Sprintf(Deutsch, key, args...),
		Message: k.Sprintf(Englisch, key, args...),
	}
}
