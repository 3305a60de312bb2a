// Command bewertung is the library's main job: it evaluates a Kommune
// profile against the Qualitätsrahmen Frühe Hilfen and prints the report.
//
//	go run ./examples/bewertung [-format markdown|json|svg|streuung] [-lang de|en]
//	    [-rahmen 2016|2.0] [-regelwerk FILE] [-zeitpunkt 2026-11-25]
//	    [-runde ID] [-vergleichsrunde ID] [PROFIL.json]
//
// Without a profile it evaluates the embedded example, Landkreis
// Oder-Spree (its network details, goals and assessments are illustrative).
// It also accepts profiles written by examples/steckbrief. The formats:
// markdown (a report a coordinator can take into the
// Jugendhilfeausschuss), json (the Bewertung document, bewertung.schema.json),
// svg (a radar chart of the dimensions), streuung (an SVG of where the
// ratings diverge). The evaluation date defaults to today. A profile with
// survey rounds is evaluated for its latest round (or the one -runde
// names) and compared with the round before it (or -vergleichsrunde).
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/bericht"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"golang.org/x/text/language"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr, time.Now); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer, jetzt func() time.Time) error {
	fs := flag.NewFlagSet("bewertung", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "markdown", "Ausgabe: markdown, json, svg (Netzdiagramm) oder streuung (SVG der Streuung)")
	lang := fs.String("lang", "de", "Sprache: de oder en")
	rahmen := fs.String("rahmen", "", "Version des Qualitätsrahmens: 2016 oder 2.0 (Standard: die des Zuschnitts, sonst 2.0)")
	regelwerk := fs.String("regelwerk", "", "Datei mit einem eigenen Regelwerk (Standard: das eingebettete)")
	zeitpunkt := fs.String("zeitpunkt", "", "Stichtag der Bewertung, JJJJ-MM-TT (Standard: heute)")
	runde := fs.String("runde", "", "ID der auszuwertenden Einschätzungsrunde (Standard: die neueste)")
	vergleichsrunde := fs.String("vergleichsrunde", "", "ID der Runde, mit der verglichen wird (Standard: die davor)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Aufruf: bewertung [Optionen] [PROFIL.json]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		fs.Usage()
		return errors.New("bewertung: höchstens ein Profil angeben")
	}
	tag, err := schema.ParseSprache(*lang)
	if err != nil {
		return err
	}
	opt := kommune.BewertungsOptionen{Sprache: tag, Zeitpunkt: jetzt().UTC().Truncate(time.Second), Runde: *runde, Vergleichsrunde: *vergleichsrunde}
	if *zeitpunkt != "" {
		t, err := time.Parse(time.DateOnly, *zeitpunkt)
		if err != nil {
			return fmt.Errorf("bewertung: -zeitpunkt %q ist kein Datum der Form JJJJ-MM-TT", *zeitpunkt)
		}
		opt.Zeitpunkt = t
	}
	p, err := ladeProfil(fs.Arg(0))
	if err != nil {
		return melde(err, tag, stderr)
	}
	if *rahmen != "" {
		v, err := qualitaet.ParseVersion(*rahmen)
		if err != nil {
			return fmt.Errorf("bewertung: -rahmen: %w", err)
		}
		if opt.Rahmen, err = qualitaet.RahmenVersion(v); err != nil {
			return err
		}
		if p.Zuschnitt != nil && p.Zuschnitt.Rahmen != v {
			// The profile's Zuschnitt was made for the other version: apply
			// it to the chosen version where it fits.
			z := *p.Zuschnitt
			z.Rahmen = v
			p.Zuschnitt = &z
		}
	}
	if *regelwerk != "" {
		f, err := os.Open(*regelwerk)
		if err != nil {
			return err
		}
		defer f.Close()
		if opt.Regelwerk, err = qualitaet.LiesRegelwerk(f); err != nil {
			return melde(err, tag, stderr)
		}
	}
	b, err := kommune.Bewerte(p, opt)
	if err != nil {
		return melde(err, tag, stderr)
	}
	bopt := bericht.Optionen{Sprache: tag, Regelwerk: opt.Regelwerk}
	switch *format {
	case "markdown", "md":
		return bericht.Markdown(stdout, b, bopt)
	case "svg":
		return bericht.SVG(stdout, b, bopt)
	case "streuung":
		return bericht.StreuungSVG(stdout, b, bopt)
	case "json":
		data, err := b.Dokument()
		if err != nil {
			return err
		}
		_, err = stdout.Write(append(data, '\n'))
		return err
	}
	return fmt.Errorf("bewertung: unbekanntes Format %q (markdown, json, svg, streuung)", *format)
}

// ladeProfil reads the profile file, or the embedded example when name is
// empty.
func ladeProfil(name string) (*kommune.Profil, error) {
	if name == "" {
		return kommune.Beispiel()
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return kommune.LiesProfil(f)
}

// meldungen holds the command's own texts in German and English.
var meldungen = schema.NeuerKatalog(
	schema.Eintrag{Schluessel: "ungueltig", DE: "bewertung: Eingabe ungültig", EN: "bewertung: invalid input"},
)

// melde prints every violation of an invalid document in the language and
// returns a short error for the exit status.
func melde(err error, tag language.Tag, stderr io.Writer) error {
	var vf *schema.ValidierungsFehler
	if errors.As(err, &vf) {
		fmt.Fprintln(stderr, vf.Text(tag))
		return errors.New(meldungen.Sprintf(tag, "ungueltig"))
	}
	return err
}
