package schema

import (
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// The library speaks two languages: German (language.German), the default
// everywhere, and English (language.English) on request. Any other tag is
// matched to the nearer of the two by [Sprache]. There is no package-level
// language setting: every function that writes text takes a language.Tag
// (directly or in its options), so two callers with different languages
// never affect each other.
var sprachMatcher = language.NewMatcher([]language.Tag{language.German, language.English})

// Sprache maps any language tag to one of the two languages the library speaks:
// English for English tags, German for everything else (including the zero tag).
func Sprache(tag language.Tag) language.Tag {
	switch tag {
	case language.Und, language.German:
		return language.German
	case language.English:
		return language.English
	}
	_, i, conf := sprachMatcher.Match(tag)
	if i == 1 && conf != language.No {
		return language.English
	}
	return language.German
}

// ParseSprache parses a language name such as "de", "en" or "en-GB" and maps
// it with [Sprache]. It fails for text that is no language tag.
func ParseSprache(s string) (language.Tag, error) {
	tag, err := language.Parse(s)
	if err != nil {
		return language.German, fmt.Errorf("ParseSprache(%q): unbekannte Sprache", s)
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
	k := &Katalog{b: catalog.NewBuilder(catalog.Fallback(language.German)), eintrag: make(map[string]Eintrag, len(eintraege))}
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
		if err := k.b.SetString(language.German, e.Schluessel, e.DE); err != nil {
			panic(err)
		}
		if err := k.b.SetString(language.English, e.Schluessel, e.EN); err != nil {
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
		Meldung: k.Sprintf(language.German, key, args...),
		Message: k.Sprintf(language.English, key, args...),
	}
}

// Pruefe checks the catalogue for the gaps a test should catch: every
// message renders in German and in English to a text that is neither empty
// nor the bare key nor marked by a formatting error ("%!"), and every key is
// used in the Go sources of quellen (the package folder, e.g.
// os.DirFS(".")): quoted in a file other than the catalogue's own, or twice
// there. Keys built at run time are exempt when they start with one of the
// prefixes dynamisch. It returns nil or an error listing every gap.
func (k *Katalog) Pruefe(quellen fs.FS, dynamisch ...string) error {
	var probleme []string
	for _, key := range k.Schluessel() {
		e := k.eintrag[key]
		args := beispielArgumente(e.DE)
		for _, tag := range []struct {
			name string
			tag  language.Tag
		}{{"de", language.German}, {"en", language.English}} {
			text := k.Sprintf(tag.tag, key, args...)
			if strings.TrimSpace(text) == "" || text == key || strings.HasPrefix(text, key+":") || strings.Contains(text, "%!") {
				probleme = append(probleme, fmt.Sprintf("%s (%s): %q", key, tag.name, text))
			}
		}
	}
	if quellen != nil {
		namen, err := fs.Glob(quellen, "*.go")
		if err != nil {
			return err
		}
		var texte []string
		for _, name := range namen {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			b, err := fs.ReadFile(quellen, name)
			if err != nil {
				return err
			}
			texte = append(texte, string(b))
		}
	schluessel:
		for _, key := range k.Schluessel() {
			for _, p := range dynamisch {
				if strings.HasPrefix(key, p) {
					continue schluessel
				}
			}
			n := 0
			for _, t := range texte {
				n += strings.Count(t, `"`+key+`"`)
			}
			if n < 2 {
				probleme = append(probleme, key+": nirgends verwendet")
			}
		}
	}
	if len(probleme) > 0 {
		return errors.New("schema.Katalog: " + strings.Join(probleme, "; "))
	}
	return nil
}

// beispielArgumente returns an argument for each verb of a format string.
func beispielArgumente(format string) []any {
	var args []any
	for _, v := range verbRe.FindAllString(format, -1) {
		switch v[len(v)-1] {
		case '%':
		case 'd', 'x', 'X', 'o', 'b', 'c':
			args = append(args, 3)
		case 'f', 'g', 'e', 'G', 'E':
			args = append(args, 2.5)
		case 't':
			args = append(args, true)
		default:
			args = append(args, "x")
		}
	}
	return args
}
