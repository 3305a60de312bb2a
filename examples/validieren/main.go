// Command validieren checks documents of the library with
// dokument.Lies (package kommune/dokument): it detects each document's kind
// from its "$schema", validates it against the embedded schema and runs the
// semantic checks of its kind, and prints "ok" or every violation with its
// JSON pointer. It exits with status 1 if any file is
// invalid.
//
//	go run ./examples/validieren [-lang en] FILE...
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/fruehehilfen/qualitaetsrahmen/kommune/dokument"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// errUngueltig reports that at least one file was invalid; the details are
// already printed. run returns it in the user's language (see fehlerIn).
var errUngueltig = errors.New("validieren: mindestens ein Dokument ist ungültig")

// meldungen holds the command's own texts in German and English.
var meldungen = schema.NeuerKatalog(
	schema.Eintrag{Schluessel: "ungueltig", DE: "validieren: mindestens ein Dokument ist ungültig", EN: "validieren: at least one document is invalid"},
)

// fehlerIn is an error worded in the user's language that unwraps to the
// sentinel callers branch on.
type fehlerIn struct {
	grund error
	text  string
}

func (e fehlerIn) Error() string { return e.text }
func (e fehlerIn) Unwrap() error { return e.grund }

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("validieren", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lang := fs.String("lang", "de", "Sprache der Meldungen: de oder en")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Aufruf: validieren [-lang de|en] DATEI...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	tag, err := schema.ParseSprache(*lang)
	if err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errors.New("validieren: keine Datei angegeben")
	}
	ungueltig := false
	for _, name := range fs.Args() {
		art, err := pruefeDatei(name)
		if err == nil {
			fmt.Fprintf(stdout, "%s: ok (%s)\n", name, art)
			continue
		}
		ungueltig = true
		var vf *schema.ValidierungsFehler
		if errors.As(err, &vf) {
			fmt.Fprintf(stdout, "%s: %s\n", name, vf.Text(tag))
			continue
		}
		fmt.Fprintf(stdout, "%s: %v\n", name, err)
	}
	if ungueltig {
		return fehlerIn{errUngueltig, meldungen.Sprintf(tag, "ungueltig")}
	}
	return nil
}

// pruefeDatei reads one file and checks it with dokument.Lies: kind from
// "$schema", schema, and the semantic checks of that kind.
func pruefeDatei(name string) (schema.Art, error) {
	f, err := os.Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	d, err := dokument.Lies(f)
	if err != nil {
		return "", err
	}
	return d.Art, nil
}
