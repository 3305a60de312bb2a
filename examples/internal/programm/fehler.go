package programm

import (
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"os"
	"strconv"
	"syscall"

	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// Oeffne opens the file name for reading; "-" is standard input (and only
// "-": a program never reads standard input unasked). Close the result.
func (p *Programm) Oeffne(name string) (io.ReadCloser, error) {
	if name == "-" {
		return io.NopCloser(p.Stdin), nil
	}
	return os.Open(name)
}

// Lies opens the file name with [Programm.Oeffne] ("-": standard input),
// hands it to the reader lies and closes it: the one way the programs read a
// document of the library (lies is e.g. kommune.LiesProfil or
// qualitaet.LiesRegelwerk).
func Lies[T any](p *Programm, name string, lies func(io.Reader) (T, error)) (T, error) {
	f, err := p.Oeffne(name)
	if err != nil {
		var null T
		return null, err
	}
	defer f.Close()
	return lies(f)
}

// Fehler prints err as one message in the chosen language about the file
// datei ("" when the error concerns no file) and returns [CodeBefund].
func (p *Programm) Fehler(datei string, err error) int {
	text := Uebersetze(err, p.Sprache)
	if datei != "" {
		text = p.Dateiname(datei) + ": " + text
	}
	p.Melde(text)
	return CodeBefund
}

// Dateiname is how messages name the file: "-" is standard input.
func (p *Programm) Dateiname(datei string) string {
	if datei == "-" {
		return p.eigen("stdin")
	}
	return datei
}

// Text is implemented by the library's errors that can word themselves in
// either language (*schema.ValidierungsFehler, *qualitaet.UebergangsFehler,
// …).
type Text interface {
	Text(language.Tag) string
}

// Uebersetze words err in the language tag: the library's errors in their
// own words, errors of the operating system and of JSON decoding from their
// type (never from their English text), anything else as it is.
func Uebersetze(err error, tag language.Tag) string {
	text, _ := uebersetze(err, tag)
	return text
}

// Uebersetzbar reports whether [Uebersetze] words err in the chosen
// language rather than handing on its own text: a program can then say
// something of its own about an error nobody translated.
func Uebersetzbar(err error) bool {
	_, ok := uebersetze(err, language.German)
	return ok
}

// uebersetze is Uebersetze; ok is false when err is handed on as it is.
func uebersetze(err error, tag language.Tag) (text string, ok bool) {
	var t Text
	if errors.As(err, &t) {
		return t.Text(tag), true
	}
	k := func(key string, args ...any) string { return meldungen.Sprintf(tag, key, args...) }
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return k("os.fehlt"), true
	case errors.Is(err, fs.ErrPermission):
		return k("os.berechtigung"), true
	case errors.Is(err, syscall.EISDIR):
		return k("os.verzeichnis"), true
	case errors.As(err, &syntax):
		return k("json.syntax", strconv.FormatInt(syntax.Offset, 10)), true
	case errors.As(err, &typ):
		return k("json.typ", typ.Field, typ.Value), true
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return k("json.ende"), true
	case errors.Is(err, schema.ErrUngueltig):
		return k("ungueltig"), true
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return k("os.lesen"), true
	}
	return err.Error(), false
}

// PruefeTexte checks a program's catalogue with [schema.Katalog.Pruefe]
// over the program's sources quellen: every message in both languages, none
// unused, and the keys "aufruf" and "beschreibung" present (they are used
// by this package, not by the program's sources).
func PruefeTexte(texte *schema.Katalog, quellen fs.FS) error {
	for _, key := range []string{"aufruf", "beschreibung"} {
		if !texte.Hat(key) {
			return errors.New("programm.PruefeTexte: " + key + " fehlt")
		}
	}
	return texte.Pruefe(quellen, "aufruf", "beschreibung")
}

// meldungen holds this package's texts: the help's frame, the messages for
// refused options, and the translated errors of the operating system and of
// JSON decoding.
var meldungen = schema.NeuerKatalog(
	schema.Eintrag{Schluessel: "aufruf", DE: "Aufruf:", EN: "Usage:"},
	schema.Eintrag{Schluessel: "optionen", DE: "Optionen", EN: "options"},
	schema.Eintrag{Schluessel: "optionenKopf", DE: "Optionen:", EN: "Options:"},
	schema.Eintrag{Schluessel: "standard", DE: "(Standard: %s)", EN: "(default: %s)"},
	schema.Eintrag{Schluessel: "flag.lang", DE: "Sprache der Ausgabe und der Meldungen: de (Deutsch) oder en (Englisch)", EN: "language of output and messages: de (German) or en (English)"},
	schema.Eintrag{Schluessel: "flag.h", DE: "diese Hilfe zeigen", EN: "show this help"},
	schema.Eintrag{Schluessel: "hinweisHilfe", DE: "(Hilfe: %s -h)", EN: "(help: %s -h)"},
	schema.Eintrag{Schluessel: "unbekannteOption", DE: "unbekannte Option %s; erlaubt sind %s", EN: "unknown option %s; allowed are %s"},
	schema.Eintrag{Schluessel: "wertFehlt", DE: "%s braucht einen Wert (%s)", EN: "%s needs a value (%s)"},
	schema.Eintrag{Schluessel: "unbekannterWert", DE: "unbekannter Wert „%s“ für %s; erlaubt sind %s", EN: "unknown value \"%s\" for %s; allowed are %s"},
	schema.Eintrag{Schluessel: "keineZahl", DE: "„%s“ für %s ist keine ganze Zahl ab %s", EN: "\"%s\" for %s is no whole number from %s up"},
	schema.Eintrag{Schluessel: "keinDatum", DE: "„%s“ für %s ist kein Datum der Form %s", EN: "\"%s\" for %s is no date of the form %s"},
	schema.Eintrag{Schluessel: "platzhalter.datum", DE: "JJJJ-MM-TT", EN: "YYYY-MM-DD"},
	schema.Eintrag{Schluessel: "platzhalter.datei", DE: "DATEI", EN: "FILE"},
	schema.Eintrag{Schluessel: "platzhalter.verzeichnis", DE: "VERZEICHNIS", EN: "DIRECTORY"},
	schema.Eintrag{Schluessel: "keinSchalter", DE: "„%s“ für %s ist weder true noch false", EN: "\"%s\" for %s is neither true nor false"},
	schema.Eintrag{Schluessel: "stdin", DE: "Standardeingabe", EN: "standard input"},
	schema.Eintrag{Schluessel: "os.fehlt", DE: "nicht gefunden", EN: "not found"},
	schema.Eintrag{Schluessel: "os.berechtigung", DE: "keine Berechtigung zum Lesen", EN: "no permission to read"},
	schema.Eintrag{Schluessel: "os.verzeichnis", DE: "ist ein Verzeichnis, keine Datei", EN: "is a directory, not a file"},
	schema.Eintrag{Schluessel: "os.lesen", DE: "kann nicht gelesen werden", EN: "cannot be read"},
	schema.Eintrag{Schluessel: "json.syntax", DE: "kein gültiges JSON (bei Byte %s)", EN: "no valid JSON (at byte %s)"},
	schema.Eintrag{Schluessel: "json.typ", DE: "„%s“ hat den falschen Typ (%s)", EN: "\"%s\" has the wrong type (%s)"},
	schema.Eintrag{Schluessel: "json.ende", DE: "die Eingabe endet mitten im Dokument", EN: "the input ends in the middle of the document"},
	schema.Eintrag{Schluessel: "ungueltig", DE: "ungültiges Dokument", EN: "invalid document"},
)

// SchreibeDokument validates the JSON document data against the schema of
// its kind art and writes it, followed by a newline when it lacks one. An
// invalid document is an error and nothing is written: a program never
// hands on a document that its own validator would refuse.
func SchreibeDokument(w io.Writer, art schema.Art, data []byte) error {
	v := schema.Standard()
	wert, err := v.Dekodiere(data)
	if err == nil {
		err = v.Pruefe(art, wert)
	}
	if err != nil {
		return err
	}
	if len(data) == 0 || data[len(data)-1] != '\n' {
		data = append(data, '\n')
	}
	_, err = w.Write(data)
	return err
}
