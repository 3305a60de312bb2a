package programm

import (
	"errors"
	"strconv"
	"strings"
	"time"
)

// art is the kind of an option; it decides how a value is checked and how
// a refused value is reported.
type art int

const (
	artAuswahl     art = iota // one of a closed set of words
	artText                   // any text, e.g. a file name
	artZahl                   // a whole number with a lower bound
	artDatum                  // a date YYYY-MM-DD
	artSchalter               // a bool switch
	artDatei                  // a file name
	artVerzeichnis            // a directory name
)

// option is one declared option. It is its own flag.Value, so that package
// flag parses it and the check lives in one place.
type option struct {
	name     string
	hilfe    string // key in the program's catalogue; "" for -lang
	art      art
	standard string
	erlaubt  []string // artAuswahl
	min      int      // artZahl
	ziel     *string
	wert     string
	gesetzt  bool
	// text is the placeholder of artText in the help, e.g. "DATEI".
	text string
}

var errWert = errors.New("unzulässiger Wert")

func (o *option) String() string {
	if o == nil {
		return ""
	}
	return o.wert
}

func (o *option) Set(s string) error {
	if err := o.pruefe(s); err != nil {
		return err
	}
	o.wert, o.gesetzt = s, true
	if o.ziel != nil {
		*o.ziel = s
	}
	return nil
}

// IsBoolFlag tells package flag that a switch takes no value.
func (o *option) IsBoolFlag() bool { return o.art == artSchalter }

// pruefe reports whether s is a value the option takes.
func (o *option) pruefe(s string) error {
	switch o.art {
	case artAuswahl:
		for _, e := range o.erlaubt {
			if s == e {
				return nil
			}
		}
		return errWert
	case artZahl:
		n, err := strconv.Atoi(s)
		if err != nil || n < o.min {
			return errWert
		}
	case artDatum:
		if _, err := time.Parse(time.DateOnly, s); err != nil {
			return errWert
		}
	case artSchalter:
		if _, err := strconv.ParseBool(s); err != nil {
			return errWert
		}
	}
	return nil
}

// platzhalter is what the help and the messages show after the option's
// name, in the language of p.
func (o *option) platzhalter(p *Programm) string {
	switch o.art {
	case artAuswahl:
		return strings.Join(o.erlaubt, "|")
	case artZahl:
		return "N"
	case artDatum:
		return p.eigen("platzhalter.datum")
	case artDatei:
		return p.eigen("platzhalter.datei")
	case artVerzeichnis:
		return p.eigen("platzhalter.verzeichnis")
	}
	return o.text
}

// fehler is the one message for a refused value s.
func (o *option) fehler(p *Programm, s string) string {
	switch o.art {
	case artAuswahl:
		return p.eigen("unbekannterWert", s, "-"+o.name, strings.Join(o.erlaubt, ", "))
	case artZahl:
		return p.eigen("keineZahl", s, "-"+o.name, strconv.Itoa(o.min))
	case artDatum:
		return p.eigen("keinDatum", s, "-"+o.name, o.platzhalter(p))
	}
	return p.eigen("keinSchalter", s, "-"+o.name)
}

func (p *Programm) neu(o *option) *option {
	o.ziel = new(string)
	*o.ziel = o.standard
	o.wert = o.standard
	p.optionen = append(p.optionen, o)
	p.fs.Var(o, o.name, o.hilfe)
	return o
}

func (p *Programm) auswahl(name, standard, hilfe string, erlaubt ...string) *string {
	return p.neu(&option{name: name, hilfe: hilfe, art: artAuswahl, standard: standard, erlaubt: erlaubt}).ziel
}

// Auswahl declares an option that takes one of the words erlaubt, with
// standard as its default ("" for none). hilfe is the key of its help text in
// the program's catalogue. Another value is refused with one message that
// lists the allowed ones.
func (p *Programm) Auswahl(name, standard, hilfe string, erlaubt ...string) *string {
	return p.auswahl(name, standard, hilfe, erlaubt...)
}

// Text declares an option that takes any text, such as a file name;
// platzhalter names it in the help (e.g. "DATEI").
func (p *Programm) Text(name, platzhalter, hilfe string) *string {
	return p.neu(&option{name: name, hilfe: hilfe, art: artText, text: platzhalter}).ziel
}

// Datei declares an option that takes a file name ("-" for standard input
// where the program says so).
func (p *Programm) Datei(name, hilfe string) *string {
	return p.neu(&option{name: name, hilfe: hilfe, art: artDatei}).ziel
}

// Verzeichnis declares an option that takes the name of a directory.
func (p *Programm) Verzeichnis(name, hilfe string) *string {
	return p.neu(&option{name: name, hilfe: hilfe, art: artVerzeichnis}).ziel
}

// Datum declares an option that takes a date YYYY-MM-DD; it returns the
// text, "" when the option is not given. A value that is no date is refused.
func (p *Programm) Datum(name, hilfe string) *string {
	return p.neu(&option{name: name, hilfe: hilfe, art: artDatum}).ziel
}

// Zahl declares an option that takes a whole number of at least min.
func (p *Programm) Zahl(name string, standard, min int, hilfe string) *int {
	o := p.neu(&option{name: name, hilfe: hilfe, art: artZahl, standard: strconv.Itoa(standard), min: min})
	n := new(int)
	*n = standard
	o.ziel = nil
	p.nachParse = append(p.nachParse, func() {
		if o.gesetzt {
			*n, _ = strconv.Atoi(o.wert)
		}
	})
	return n
}

// Schalter declares a switch (-name, -name=false).
func (p *Programm) Schalter(name string, standard bool, hilfe string) *bool {
	o := p.neu(&option{name: name, hilfe: hilfe, art: artSchalter, standard: strconv.FormatBool(standard)})
	b := new(bool)
	*b = standard
	o.ziel = nil
	p.nachParse = append(p.nachParse, func() {
		if o.gesetzt {
			*b, _ = strconv.ParseBool(o.wert)
		}
	})
	return b
}
