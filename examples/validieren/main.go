// Command validieren checks documents of the library with dokument.Lies
// (package kommune/dokument): it detects each
// document's kind from its "$schema", validates it against the embedded
// schema and runs the semantic checks of its kind, and prints "ok" or every
// violation with its JSON pointer. A file that cannot be read is reported on
// standard error. It exits with status 1 if any file is invalid or cannot be
// read, 2 on a wrong call; "-" reads standard input.
//
//	go run ./examples/validieren [-lang de|en] FILE...
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/fruehehilfen/qualitaetsrahmen/examples/internal/programm"
	"github.com/fruehehilfen/qualitaetsrahmen/kommune/dokument"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// texte holds the command's own texts in German and English.
var texte = schema.NeuerKatalog(
	schema.Eintrag{Schluessel: "aufruf", DE: "DATEI…", EN: "FILE…"},
	schema.Eintrag{Schluessel: "beschreibung",
		DE: "Prüft Dokumente der Bibliothek: erkennt die Art jedes Dokuments an seinem „$schema“, prüft es gegen das eingebettete Schema und die fachlichen Regeln seiner Art und schreibt „ok“ oder jeden Verstoß mit seinem JSON-Zeiger; als Datei „-“ liest es die Standardeingabe.",
		EN: "Checks documents of the library: detects each document's kind from its \"$schema\", validates it against the embedded schema and the rules of its kind, and prints \"ok\" or every violation with its JSON pointer; the file \"-\" is standard input."},
	schema.Eintrag{Schluessel: "keineDatei", DE: "keine Datei angegeben", EN: "no file given"},
)

func run(_ context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	p := programm.Neu("validieren", texte, stdin, stdout, stderr)
	if code, weiter := p.Parse(args); !weiter {
		return code
	}
	if len(p.Args()) == 0 {
		return p.Aufruffehler("keineDatei")
	}
	code := programm.CodeOK
	for _, name := range p.Args() {
		art, err := pruefeDatei(p, name)
		var pe *fs.PathError
		switch {
		case err == nil:
			fmt.Fprintf(stdout, "%s: ok (%s)\n", p.Dateiname(name), art)
			continue
		case errors.As(err, &pe):
			p.Fehler(name, err)
		default:
			fmt.Fprintf(stdout, "%s: %s\n", p.Dateiname(name), programm.Uebersetze(err, p.Sprache))
		}
		code = programm.CodeBefund
	}
	return code
}

// pruefeDatei reads one file ("-": standard input) and checks it with
// dokument.Lies: kind from "$schema", schema, and the semantic checks of
// that kind.
func pruefeDatei(p *programm.Programm, name string) (schema.Art, error) {
	d, err := programm.Lies(p, name, dokument.Lies)
	if err != nil {
		return "", err
	}
	return d.Art, nil
}
