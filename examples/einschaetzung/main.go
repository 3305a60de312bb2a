// Command einschaetzung runs the rating sheets of the Gesamteinschätzung:
// several actors of a Netzwerk Frühe Hilfen rate each Entwicklungsziel on a
// sheet, and the filled sheets go into the Kommune's profile, where the
// evaluation shows where the ratings agree and where they diverge.
//
// Print a blank sheet, Markdown for paper or CSV for a spreadsheet:
//
//	go run ./examples/einschaetzung bogen [-format markdown|csv] [-rahmen 2016|2.0] [-dimensionen 3,7] [-lang de|en] [-bom=false]
//
// Read filled sheets (CSV) into a profile and write the profile JSON to
// standard output; without -profil the embedded Oder-Spree example profile
// is used:
//
//	go run ./examples/einschaetzung einlesen [-profil PROFIL.json] [-lang de|en] BOGEN.csv...
//
// If any sheet has a bad row, nothing is written and every bad row of every
// sheet is listed with file, line and column. The exit status is 1 on error.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/bogen"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"golang.org/x/text/language"
)

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		benutzung(stderr)
		return errors.New("einschaetzung: Unterbefehl fehlt (bogen oder einlesen)")
	}
	switch args[0] {
	case "bogen":
		return runBogen(args[1:], stdout, stderr)
	case "einlesen":
		return runEinlesen(args[1:], stdin, stdout, stderr)
	case "-h", "-help", "--help", "hilfe":
		benutzung(stdout)
		return nil
	}
	benutzung(stderr)
	return fmt.Errorf("einschaetzung: unbekannter Unterbefehl %q (bogen oder einlesen)", args[0])
}

func benutzung(w io.Writer) {
	fmt.Fprintln(w, `Aufruf:
  einschaetzung bogen [-format markdown|csv] [-rahmen 2016|2.0] [-dimensionen 3,7] [-lang de|en] [-bom=false]
  einschaetzung einlesen [-profil PROFIL.json] [-lang de|en] BOGEN.csv...`)
}

// text picks the German or the English text.
func text(tag language.Tag, de, en string) string {
	if tag == schema.Englisch {
		return en
	}
	return de
}

func runBogen(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("bogen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "markdown", "Format des Bogens: markdown (Druck) oder csv (Tabellenkalkulation)")
	version := fs.String("rahmen", "2.0", "Version des Qualitätsrahmens: 2016 oder 2.0")
	dimensionen := fs.String("dimensionen", "", "Dimensionen als Nummern mit Komma, etwa 3,7 (leer: alle)")
	lang := fs.String("lang", "de", "Sprache des Bogens: de oder en")
	mitBOM := fs.Bool("bom", true, "CSV mit Byte-Order-Mark schreiben, damit Excel Umlaute richtig zeigt")
	if err := fs.Parse(args); err != nil {
		return err
	}
	tag, err := schema.ParseSprache(*lang)
	if err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("bogen: %s %q", text(tag, "unerwartetes Argument", "unexpected argument"), fs.Arg(0))
	}
	f, err := bogen.ParseFormat(*format)
	if err != nil {
		return err
	}
	v, err := qualitaet.ParseVersion(*version)
	if err != nil {
		return err
	}
	r, err := qualitaet.RahmenVersion(v)
	if err != nil {
		return err
	}
	nummern, err := parseNummern(*dimensionen, tag)
	if err != nil {
		return err
	}
	err = bogen.Schreibe(stdout, r, bogen.Optionen{Format: f, Dimensionen: nummern, Sprache: tag, BOM: *mitBOM})
	var df *bogen.DimensionFehler
	if errors.As(err, &df) {
		return errors.New("bogen: " + df.Text(tag))
	}
	return err
}

// parseNummern parses "3,7" (spaces allowed) into dimension numbers.
func parseNummern(s string, tag language.Tag) ([]int, error) {
	var out []int
	for _, teil := range strings.Split(s, ",") {
		teil = strings.TrimSpace(teil)
		if teil == "" {
			continue
		}
		teil = strings.TrimPrefix(strings.ToUpper(teil), "QD")
		n, err := strconv.Atoi(teil)
		if err != nil {
			return nil, fmt.Errorf("bogen: %q %s", teil, text(tag,
				"ist keine Dimensionsnummer (erwartet etwa -dimensionen 3,7)",
				"is no dimension number (expected e.g. -dimensionen 3,7)"))
		}
		out = append(out, n)
	}
	return out, nil
}

func runEinlesen(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("einlesen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	profilDatei := fs.String("profil", "", "Profil (JSON), in das die Einschätzungen kommen; leer: das eingebettete Beispielprofil Oder-Spree; - liest von der Standardeingabe")
	lang := fs.String("lang", "de", "Sprache der Meldungen: de oder en")
	if err := fs.Parse(args); err != nil {
		return err
	}
	tag, err := schema.ParseSprache(*lang)
	if err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return errors.New(text(tag, "einlesen: kein Bogen angegeben", "einlesen: no sheet given"))
	}

	p, err := ladeProfil(*profilDatei, stdin)
	if err != nil {
		return fehlerText(tag, "einlesen: "+text(tag, "Profil", "profile")+" "+*profilDatei, err)
	}
	r, err := rahmenVon(p)
	if err != nil {
		return fehlerText(tag, "einlesen", err)
	}

	var alle [][]qualitaet.Einschaetzung
	fehlerhaft := 0
	for _, name := range fs.Args() {
		es, err := liesBogen(name, r)
		if err != nil {
			fehlerhaft++
			fmt.Fprintln(stderr, fehlerText(tag, name, err))
			continue
		}
		alle = append(alle, es)
	}
	if fehlerhaft > 0 {
		return fmt.Errorf(text(tag, "einlesen: %d von %d Bögen fehlerhaft; nichts geschrieben",
			"einlesen: %d of %d sheets are faulty; nothing written"), fehlerhaft, fs.NArg())
	}

	p.Einschaetzungen = bogen.Zusammenfuehren(p.Einschaetzungen, alle...)
	data, err := p.Dokument()
	if err != nil {
		return fehlerText(tag, "einlesen: "+text(tag, "Profil mit den Einschätzungen", "profile with the ratings"), err)
	}
	_, err = stdout.Write(data)
	return err
}

func liesBogen(name string, r *qualitaet.Rahmen) ([]qualitaet.Einschaetzung, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return bogen.Lies(f, name, r, bogen.LeseOptionen{})
}

func ladeProfil(name string, stdin io.Reader) (*kommune.Profil, error) {
	switch name {
	case "":
		return beispielprofil()
	case "-":
		return kommune.LiesProfil(stdin)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return kommune.LiesProfil(f)
}

// beispielprofil returns the embedded example profile of the Landkreis
// Oder-Spree.
func beispielprofil() (*kommune.Profil, error) { return kommune.Beispiel() }

// rahmenVon returns the catalogue the profile's ratings refer to: its
// Zuschnitt applied to the catalogue of its version, or the default
// catalogue when it has none.
func rahmenVon(p *kommune.Profil) (*qualitaet.Rahmen, error) {
	if p.Zuschnitt == nil {
		return qualitaet.Standard(), nil
	}
	r, err := qualitaet.RahmenVersion(p.Zuschnitt.Rahmen)
	if err != nil {
		return nil, err
	}
	return r.Zuschneiden(p.Zuschnitt)
}

// fehlerText returns err in the language, with every violation on a line of
// its own for a *schema.ValidierungsFehler.
func fehlerText(tag language.Tag, wo string, err error) error {
	var vf *schema.ValidierungsFehler
	if errors.As(err, &vf) {
		return fmt.Errorf("%s: %s", wo, vf.Text(tag))
	}
	return fmt.Errorf("%s: %w", wo, err)
}
