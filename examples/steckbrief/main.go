// Command steckbrief converts a Kommune's Steckbrief: it reads the text form
// of a Steckbrief (Markdown, as the NZFH template writes it) or a profile
// JSON document — it tells them apart by the first character that is not
// white space — and writes a profile JSON document with "$schema" or the
// Steckbrief text.
//
//	go run ./examples/steckbrief [-format json|markdown] FILE
//
// With FILE "-" or no FILE it reads standard input. The reader's warnings
// (unknown labels, values not understood, with line numbers) go to standard
// error. JSON output is validated before it is written; an invalid profile is
// an error and nothing is written.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "steckbrief:", err)
		os.Exit(1)
	}
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("steckbrief", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "json", "output: json (profile document) or markdown (Steckbrief text)")
	sprache := fs.String("sprache", "de", "language of warnings and errors: de or en")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *format != "json" && *format != "markdown" {
		return fmt.Errorf("-format %q: erwartet json oder markdown", *format)
	}
	tag, err := schema.ParseSprache(*sprache)
	if err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return errors.New("höchstens eine Datei angeben")
	}
	in := stdin
	if name := fs.Arg(0); name != "" && name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	data, err := schema.Standard().Lies(in)
	if err != nil {
		return fehlertext(err, tag)
	}
	var p *kommune.Profil
	if istJSON(data) {
		if p, err = kommune.ParseProfil(data); err != nil {
			return fehlertext(err, tag)
		}
	} else {
		var ws []kommune.Warnung
		if p, ws, err = kommune.ParseSteckbrief(bytes.NewReader(data)); err != nil {
			return fehlertext(err, tag)
		}
		for _, w := range ws {
			fmt.Fprintf(stderr, "%s:%d: %s\n", quelle(fs.Arg(0)), w.Zeile, w.Text(tag))
		}
	}
	if *format == "markdown" {
		return kommune.SchreibeSteckbrief(stdout, p)
	}
	doc, err := p.Dokument()
	if err != nil {
		return fehlertext(err, tag)
	}
	_, err = stdout.Write(doc)
	return err
}

// istJSON reports whether data starts, after white space and a byte order
// mark, with "{": a Steckbrief never does.
func istJSON(data []byte) bool {
	data = bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\uFEFF")), " \t\r\n")
	return len(data) > 0 && data[0] == '{'
}

func quelle(name string) string {
	if name == "" {
		return "-"
	}
	return name
}

// fehlertext gives a validation error its full text in the language tag.
func fehlertext(err error, tag language.Tag) error {
	var ve *schema.ValidierungsFehler
	if errors.As(err, &ve) {
		return errors.New(ve.Text(tag))
	}
	return err
}
