// Command validieren checks documents of the library: it detects each
// document's kind from its "$schema", validates it against the embedded
// schema and runs the semantic checks of its kind, and prints "ok" or every
// violation with its JSON pointer. A file that cannot be read is reported on
// standard error. It exits with status 1 if any file is invalid or cannot be
// read, 2 on a wrong call; "-" reads standard input.
//
//	go run ./examples/validieren [-lang de|en] FILE...
package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/fruehehilfen/qualitaetsrahmen/examples/internal/programm"
	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
	"github.com/fruehehilfen/qualitaetsrahmen/netzwerk"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
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

// pruefeDatei reads one file, detects its kind and runs the complete checks
// of that kind.
func pruefeDatei(p *programm.Programm, name string) (schema.Art, error) {
	f, err := p.Oeffne(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	v := schema.Standard()
	data, err := v.Lies(f)
	if err != nil {
		return "", err
	}
	return Pruefe(data)
}

// Pruefe detects the kind of the document in data and runs its complete
// checks: schema and semantic rules.
func Pruefe(data []byte) (schema.Art, error) {
	v := schema.Standard()
	wert, err := v.Dekodiere(data)
	if err != nil {
		return "", err
	}
	art, err := schema.ArtVon(wert)
	if err != nil {
		return "", err
	}
	switch art {
	case schema.ArtRahmen:
		_, err = qualitaet.ParseRahmen(data)
	case schema.ArtZuschnitt:
		err = pruefeZuschnitt(data)
	case schema.ArtZiele:
		_, err = qualitaet.ParseZiele(data)
	case schema.ArtRegelwerk:
		_, err = qualitaet.ParseRegelwerk(data)
	case schema.ArtKonformitaet:
		_, err = qualitaet.LiesKonformitaetsvektor(bytes.NewReader(data))
	case schema.ArtNetzwerk:
		_, err = netzwerk.Parse(data)
	case schema.ArtProfil:
		_, err = kommune.ParseProfil(data)
	case schema.ArtCluster:
		_, err = kommune.ParseCluster(data)
	default:
		err = v.Pruefe(art, wert)
	}
	return art, err
}

// pruefeZuschnitt validates a Zuschnitt and resolves it against the embedded
// catalogue of its version.
func pruefeZuschnitt(data []byte) error {
	z, err := qualitaet.LiesZuschnitt(bytes.NewReader(data))
	if err != nil {
		return err
	}
	r, err := qualitaet.RahmenVersion(z.Rahmen)
	if err != nil {
		return err
	}
	_, err = r.Zuschneiden(z)
	return err
}
