// Package programm holds what the example programs share: the flag set-up
// with the language flag -lang de|en, the help text in the chosen language,
// the exit codes, opening files (standard input only for "-"), and turning
// errors into one message in the user's language that names the file it is
// about.
//
// A program builds a [Programm], declares its options, calls [Programm.Parse]
// and returns the exit code from run:
//
//	func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
//		p := programm.Neu("bewertung", texte, stdin, stdout, stderr)
//		format := p.Auswahl("format", "markdown", "flag.format", "markdown", "json")
//		if code, weiter := p.Parse(args); !weiter {
//			return code
//		}
//		…
//	}
//
// The program's catalogue (a [schema.Katalog]) holds its own texts and two
// keys every program has: "aufruf" (the arguments after the options, e.g.
// "[PROFIL.json]") and "beschreibung" (what the program does).
package programm

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// Exit codes of every example program.
const (
	// CodeOK: the work is done and nothing was found wrong.
	CodeOK = 0
	// CodeBefund: a finding (an invalid document, a failed check) or input
	// that cannot be read.
	CodeBefund = 1
	// CodeAufruf: the program was called wrongly (unknown option or value,
	// wrong number of arguments).
	CodeAufruf = 2
)

// Programm is one run of an example program: its name, the language chosen
// with -lang, its streams and its options. Build it with [Neu].
type Programm struct {
	// Name is the program's name as the user types it, e.g. "bewertung" or
	// "einschaetzung bogen"; every message starts with it.
	Name string
	// Sprache is the language chosen with -lang: language.German (default) or
	// language.English. It is set by [Programm.Parse].
	Sprache language.Tag

	Stdin          io.Reader
	Stdout, Stderr io.Writer

	texte    *schema.Katalog
	fs       *flag.FlagSet
	optionen []*option
	lang     *string
	// nachParse copies parsed values into typed targets (numbers, switches).
	nachParse []func()
}

// Neu returns a program with the option -lang declared. texte is the
// program's catalogue; it must hold the keys "aufruf" and "beschreibung".
func Neu(name string, texte *schema.Katalog, stdin io.Reader, stdout, stderr io.Writer) *Programm {
	p := &Programm{Name: name, Sprache: language.German, Stdin: stdin, Stdout: stdout, Stderr: stderr, texte: texte}
	p.fs = flag.NewFlagSet(name, flag.ContinueOnError)
	p.fs.SetOutput(io.Discard)
	p.fs.Usage = func() {}
	p.lang = p.auswahl("lang", "de", "", "de", "en")
	return p
}

// T formats the program's message key in the chosen language.
func (p *Programm) T(key string, args ...any) string {
	return p.texte.Sprintf(p.Sprache, key, args...)
}

// eigen formats a message of this package's own catalogue.
func (p *Programm) eigen(key string, args ...any) string {
	return meldungen.Sprintf(p.Sprache, key, args...)
}

// Melde prints one line "NAME: TEXT" to standard error.
func (p *Programm) Melde(text string) {
	fmt.Fprintf(p.Stderr, "%s: %s\n", p.Name, text)
}

// Aufruffehler prints the program's message key as one line and returns
// [CodeAufruf]: for a wrong number of arguments and the like.
func (p *Programm) Aufruffehler(key string, args ...any) int {
	p.Melde(p.T(key, args...) + " " + p.eigen("hinweisHilfe", p.Name))
	return CodeAufruf
}

// Parse parses the options in args. It returns weiter true when the program
// should go on; otherwise code is the exit code: [CodeOK] after printing the
// help for -h, [CodeAufruf] after printing one message for an unknown option
// or an unknown value.
func (p *Programm) Parse(args []string) (code int, weiter bool) {
	p.Sprache = spracheAus(args, func(name string) bool {
		o := p.option(name)
		return o != nil && o.art != artSchalter
	})
	err := p.fs.Parse(args)
	if tag, ok := sprache(*p.lang); ok && p.option("lang").gesetzt {
		p.Sprache = tag
	}
	if err == nil {
		for _, f := range p.nachParse {
			f()
		}
		return CodeOK, true
	}
	if errors.Is(err, flag.ErrHelp) {
		p.Hilfe(p.Stdout)
		return CodeOK, false
	}
	p.Melde(p.diagnose(args) + " " + p.eigen("hinweisHilfe", p.Name))
	return CodeAufruf, false
}

// Args returns the arguments after the options.
func (p *Programm) Args() []string { return p.fs.Args() }

// SpracheAus finds the language an argument list asks for with -lang before
// the options are parsed, so that the help for "-h -lang en" is English: the
// last valid -lang among the leading options, else German. It knows no
// other options, so it stops at the first argument that is no option.
func SpracheAus(args []string) language.Tag {
	return spracheAus(args, func(string) bool { return false })
}

// spracheAus is SpracheAus for a program that knows which of its options
// take a value (mitWert), so that "-format json -lang en" is read right.
func spracheAus(args []string, mitWert func(name string) bool) language.Tag {
	tag := language.German
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" || len(a) < 2 || !strings.HasPrefix(a, "-") {
			break
		}
		name, wert, hatWert := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if name != "lang" {
			if !hatWert && mitWert(name) {
				i++
			}
			continue
		}
		if !hatWert {
			if i+1 >= len(args) {
				break
			}
			i++
			wert = args[i]
		}
		if t, ok := sprache(wert); ok {
			tag = t
		}
	}
	return tag
}

// sprache maps the values of -lang to their tags.
func sprache(s string) (language.Tag, bool) {
	switch s {
	case "de":
		return language.German, true
	case "en":
		return language.English, true
	}
	return language.German, false
}

// Hilfe writes the help in the chosen language: the call, the description
// and every option with its values and default.
func (p *Programm) Hilfe(w io.Writer) {
	fmt.Fprintf(w, "%s %s [%s] %s\n\n", p.eigen("aufruf"), p.Name, p.eigen("optionen"), p.T("aufruf"))
	fmt.Fprintln(w, umbrechen(strings.TrimSpace(p.T("beschreibung")), 78))
	fmt.Fprintf(w, "\n%s\n", p.eigen("optionenKopf"))
	for _, o := range p.optionen {
		kopf := "  -" + o.name
		if o.art != artSchalter {
			kopf += " " + o.platzhalter(p)
		}
		fmt.Fprintln(w, kopf)
		hilfe := p.eigen("flag.lang")
		if o.hilfe != "" {
			hilfe = p.T(o.hilfe)
		}
		if o.standard != "" && o.art != artSchalter {
			hilfe += " " + p.eigen("standard", o.standard)
		}
		for _, zeile := range strings.Split(umbrechen(hilfe, 70), "\n") {
			fmt.Fprintf(w, "        %s\n", zeile)
		}
	}
	fmt.Fprintf(w, "  -h\n        %s\n", p.eigen("flag.h"))
}

// erlaubteOptionen lists the options as "-a, -b, -lang".
func (p *Programm) erlaubteOptionen() string {
	var namen []string
	for _, o := range p.optionen {
		namen = append(namen, "-"+o.name)
	}
	slices.Sort(namen)
	return strings.Join(append(namen, "-h"), ", ")
}

// diagnose walks args the way package flag does and says in the chosen
// language what is wrong with the first argument flag refused: an unknown
// option, a missing value, or a value the option does not take.
func (p *Programm) diagnose(args []string) string {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if len(a) < 2 || a[0] != '-' || a == "--" {
			break
		}
		name, wert, mitWert := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-"), "=")
		o := p.option(name)
		if name == "" || strings.HasPrefix(name, "-") || strings.HasPrefix(name, "=") || o == nil {
			return p.eigen("unbekannteOption", a, p.erlaubteOptionen())
		}
		if o.art == artSchalter && !mitWert {
			continue
		}
		if !mitWert {
			if i+1 >= len(args) {
				return p.eigen("wertFehlt", "-"+o.name, o.platzhalter(p))
			}
			i++
			wert = args[i]
		}
		if err := o.pruefe(wert); err != nil {
			return o.fehler(p, wert)
		}
	}
	return p.eigen("unbekannteOption", strings.Join(args, " "), p.erlaubteOptionen())
}

func (p *Programm) option(name string) *option {
	for _, o := range p.optionen {
		if o.name == name {
			return o
		}
	}
	return nil
}

// umbrechen wraps text at spaces so that no line is longer than breite
// characters (unless a word is); line breaks in text are kept, and so are
// lines that start with a space.
func umbrechen(text string, breite int) string {
	var b strings.Builder
	for i, absatz := range strings.Split(text, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		if strings.HasPrefix(absatz, " ") {
			// An indented line (a table of subcommands) is kept as it is.
			b.WriteString(absatz)
			continue
		}
		n := 0
		for j, wort := range strings.Fields(absatz) {
			l := utf8.RuneCountInString(wort)
			if j > 0 && n+1+l > breite {
				b.WriteByte('\n')
				n = 0
			} else if j > 0 {
				b.WriteByte(' ')
				n++
			}
			b.WriteString(wort)
			n += l
		}
	}
	return b.String()
}
