// Command konformitaet runs the conformance vectors of the evaluation
// engine: every *.json file in DIR (in name order) is read as a
// Konformitaetsvektor, evaluated, and compared figure by figure with its
// expected results. It prints "ok  FILE" or "FEHLER FILE" followed by each
// difference, indented, then the summary line "N passed, M failed". It exits
// with status 1 when a vector fails or cannot be read.
//
//	go run ./examples/konformitaet [-lang de|en] DIR
//
// An implementation of the engine in another language can run the same
// vectors (testdata/konformitaet) to prove that it computes the same figures.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"golang.org/x/text/language"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("konformitaet", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lang := fs.String("lang", "de", "Sprache der Meldungen: de oder en")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Aufruf: konformitaet [-lang de|en] VERZEICHNIS")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return err
	}
	var tag language.Tag
	switch *lang {
	case "de":
		tag = schema.Deutsch
	case "en":
		tag = schema.Englisch
	default:
		return fmt.Errorf("konformitaet: unbekannte Sprache %q (de oder en)", *lang)
	}
	if fs.NArg() != 1 {
		fs.Usage()
		if tag == schema.Englisch {
			return errors.New("konformitaet: give exactly one directory")
		}
		return errors.New("konformitaet: genau ein Verzeichnis angeben")
	}
	dateien, err := filepath.Glob(filepath.Join(fs.Arg(0), "*.json"))
	if err != nil {
		return fmt.Errorf("konformitaet: %w", err)
	}
	if len(dateien) == 0 {
		if tag == schema.Englisch {
			return fmt.Errorf("konformitaet: no *.json file in %s", fs.Arg(0))
		}
		return fmt.Errorf("konformitaet: keine *.json-Datei in %s", fs.Arg(0))
	}
	slices.Sort(dateien)

	var bestanden, fehlgeschlagen int
	var unlesbar []error
	for _, datei := range dateien {
		name := filepath.Base(datei)
		abw, err := pruefe(datei)
		switch {
		case err != nil:
			grund := fehlerText(err, tag)
			unlesbar = append(unlesbar, fmt.Errorf("%s: %s", name, grund))
			fehlgeschlagen++
			fmt.Fprintf(stdout, "FEHLER %s\n", name)
			for _, zeile := range strings.Split(grund, "\n") {
				fmt.Fprintf(stdout, "    %s\n", strings.TrimSpace(zeile))
			}
		case len(abw) > 0:
			fehlgeschlagen++
			fmt.Fprintf(stdout, "FEHLER %s\n", name)
			for _, zeile := range abw {
				fmt.Fprintf(stdout, "    %s\n", zeile)
			}
		default:
			bestanden++
			fmt.Fprintf(stdout, "ok  %s\n", name)
		}
	}
	fmt.Fprintf(stdout, "%d passed, %d failed\n", bestanden, fehlgeschlagen)
	if len(unlesbar) > 0 {
		return errors.Join(unlesbar...)
	}
	if fehlgeschlagen > 0 {
		if tag == schema.Englisch {
			return fmt.Errorf("konformitaet: %d of %d vectors failed", fehlgeschlagen, len(dateien))
		}
		return fmt.Errorf("konformitaet: %d von %d Vektoren nicht bestanden", fehlgeschlagen, len(dateien))
	}
	return nil
}

// pruefe reads one vector and returns its differences.
func pruefe(datei string) ([]string, error) {
	f, err := os.Open(datei)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	k, err := qualitaet.LiesKonformitaetsvektor(f)
	if err != nil {
		return nil, err
	}
	return k.Pruefe()
}

// fehlerText is the reason a vector could not be read or evaluated: the
// violations of a *schema.ValidierungsFehler in the language, else the
// error's text.
func fehlerText(err error, tag language.Tag) string {
	var fe *schema.ValidierungsFehler
	if errors.As(err, &fe) {
		return fe.Text(tag)
	}
	return err.Error()
}
