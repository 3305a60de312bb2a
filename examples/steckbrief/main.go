// Command steckbrief converts a Kommune's Steckbrief: it reads the text form
// of a Steckbrief (Markdown, as the NZFH template writes it) or a profile
// JSON document — it tells them apart by the first character that is not
// white space — and writes a profile JSON document with "$schema" or the
// Steckbrief text.
//
//	go run ./examples/steckbrief [-format json|markdown] [-lang de|en] FILE|-
//
// With FILE "-" it reads standard input; without FILE it stops with a usage
// error (it never waits on standard input unasked). The reader's warnings
// (unknown labels, values not understood, with line numbers) go to standard
// error. JSON output is validated before it is written; an invalid profile is
// an error and nothing is written. Exit status: 0 done, 1 invalid input, 2
// wrong call; -h prints the help.
package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"

	"github.com/fruehehilfen/qualitaetsrahmen/examples/internal/programm"
	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// texte holds the command's own texts in German and English.
var texte = schema.NeuerKatalog(
	schema.Eintrag{Schluessel: "aufruf", DE: "DATEI|-", EN: "FILE|-"},
	schema.Eintrag{Schluessel: "beschreibung",
		DE: "Wandelt den Steckbrief einer Kommune: liest den Text eines Steckbriefs (Markdown) oder ein Profil (JSON) und schreibt ein Profil mit „$schema“ oder den Steckbrief-Text; als Datei „-“ liest es die Standardeingabe. Warnungen des Lesers (mit Zeilennummer) gehen auf die Standardfehlerausgabe.",
		EN: "Converts a Kommune's Steckbrief: reads the text of a Steckbrief (Markdown) or a profile (JSON) and writes a profile with \"$schema\" or the Steckbrief text; the file \"-\" is standard input. The reader's warnings (with line numbers) go to standard error."},
	schema.Eintrag{Schluessel: "flag.format", DE: "Ausgabe: Profil (json) oder Steckbrief-Text (markdown)", EN: "output: profile (json) or Steckbrief text (markdown)"},
	schema.Eintrag{Schluessel: "eineDatei", DE: "genau eine Datei angeben (- für die Standardeingabe)", EN: "give exactly one file (- for standard input)"},
)

func run(_ context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	p := programm.Neu("steckbrief", texte, stdin, stdout, stderr)
	format := p.Auswahl("format", "json", "flag.format", "json", "markdown")
	if code, weiter := p.Parse(args); !weiter {
		return code
	}
	if len(p.Args()) != 1 {
		return p.Aufruffehler("eineDatei")
	}
	name := p.Args()[0]
	prof, err := lies(p, name)
	if err != nil {
		return p.Fehler(name, err)
	}
	if *format == "markdown" {
		if err := kommune.SchreibeSteckbrief(stdout, prof); err != nil {
			return p.Fehler("", err)
		}
		return programm.CodeOK
	}
	doc, err := prof.Dokument()
	if err != nil {
		return p.Fehler(name, err)
	}
	if err := programm.SchreibeDokument(stdout, schema.ArtProfil, doc); err != nil {
		return p.Fehler("", err)
	}
	return programm.CodeOK
}

// lies reads the file name ("-": standard input) as a profile document or a
// Steckbrief text and prints the reader's warnings.
func lies(p *programm.Programm, name string) (*kommune.Profil, error) {
	f, err := p.Oeffne(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := schema.Standard().Lies(f)
	if err != nil {
		return nil, err
	}
	if istJSON(data) {
		return kommune.ParseProfil(data)
	}
	prof, ws, err := kommune.ParseSteckbrief(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	for _, w := range ws {
		fmt.Fprintf(p.Stderr, "%s:%d: %s\n", name, w.Zeile, w.Text(p.Sprache))
	}
	return prof, nil
}

// istJSON reports whether data starts, after white space and a byte order
// mark, with "{": a Steckbrief never does.
func istJSON(data []byte) bool {
	data = bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\uFEFF")), " \t\r\n")
	return len(data) > 0 && data[0] == '{'
}
