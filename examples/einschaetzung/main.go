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
// standard output. The profile is named: -profil reads one (- for standard
// input), -neu starts an empty profile with the Kommune's name, -beispiel
// oder-spree takes the embedded example; without any of them einlesen
// refuses (no silent default):
//
//	go run ./examples/einschaetzung einlesen (-profil PROFIL.json | -neu NAME | -beispiel oder-spree)
//	    [-runde ID [-runde-titel TITEL] [-runde-datum JJJJ-MM-TT]] [-name-ist-kennung] [-lang de|en] BOGEN.csv...
//
// Each sheet and person is one rater (a key made from the file name and the
// person, or the sheet's "kennung" column); the same name on two sheets is
// two raters, with a notice on standard error, unless -name-ist-kennung says
// the name identifies the person. -runde sets the survey round of rows
// without a "runde" cell; every round the sheets name is added to the
// profile's rounds (dated by its latest rating unless -runde-datum says).
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
	"slices"
	"strconv"
	"strings"
	"time"

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
  einschaetzung einlesen (-profil PROFIL.json | -neu NAME | -beispiel oder-spree)
      [-runde ID [-runde-titel TITEL] [-runde-datum JJJJ-MM-TT]] [-name-ist-kennung] [-lang de|en] BOGEN.csv...`)
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
	profilDatei := fs.String("profil", "", "Profil (JSON), in das die Einschätzungen kommen; - liest von der Standardeingabe")
	neu := fs.String("neu", "", "statt -profil: ein leeres Profil mit diesem Namen der Kommune beginnen")
	beispiel := fs.String("beispiel", "", "statt -profil: das eingebettete Beispielprofil (oder-spree)")
	runde := fs.String("runde", "", "Runde der Zeilen ohne Angabe in der Spalte runde")
	rundeTitel := fs.String("runde-titel", "", "Titel der Runde (-runde), etwa \"Netzwerktreffen März 2026\"")
	rundeDatum := fs.String("runde-datum", "", "Tag der Runde (-runde), JJJJ-MM-TT; leer: der Tag der letzten Einschätzung")
	nameIstKennung := fs.Bool("name-ist-kennung", false, "derselbe Name auf mehreren Bögen ist dieselbe Person")
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
	quelle := profilQuelle{datei: *profilDatei, neu: *neu, beispiel: *beispiel}
	if err := quelle.pruefe(tag); err != nil {
		benutzung(stderr)
		return err
	}
	rd, err := rundeAus(*runde, *rundeTitel, *rundeDatum, tag)
	if err != nil {
		return err
	}

	p, err := quelle.lade(stdin)
	if err != nil {
		return fehlerText(tag, "einlesen: "+text(tag, "Profil", "profile")+" "+quelle.name(), err)
	}
	r, err := rahmenVon(p)
	if err != nil {
		return fehlerText(tag, "einlesen", err)
	}

	var alle [][]qualitaet.Einschaetzung
	gelesen := []bogen.Gelesen{{Name: text(tag, "Profil", "profile"), Einschaetzungen: p.Einschaetzungen}}
	fehlerhaft := 0
	opt := bogen.LeseOptionen{Runde: rd.ID, NameIstKennung: *nameIstKennung}
	for _, name := range fs.Args() {
		es, err := liesBogen(name, r, opt)
		if err != nil {
			fehlerhaft++
			fmt.Fprintln(stderr, fehlerText(tag, name, err))
			continue
		}
		alle = append(alle, es)
		gelesen = append(gelesen, bogen.Gelesen{Name: name, Einschaetzungen: es})
	}
	if fehlerhaft > 0 {
		return fmt.Errorf(text(tag, "einlesen: %d von %d Bögen fehlerhaft; nichts geschrieben",
			"einlesen: %d of %d sheets are faulty; nothing written"), fehlerhaft, fs.NArg())
	}
	for _, h := range bogen.GleicheNamen(gelesen) {
		fmt.Fprintln(stderr, text(tag, "einlesen: Hinweis: ", "einlesen: notice: ")+h.Text(tag))
	}

	p.Einschaetzungen = bogen.Zusammenfuehren(p.Einschaetzungen, alle...)
	p.Runden = rundenErgaenzen(p.Runden, p.Einschaetzungen, rd)
	data, err := p.Dokument()
	if err != nil {
		return fehlerText(tag, "einlesen: "+text(tag, "Profil mit den Einschätzungen", "profile with the ratings"), err)
	}
	_, err = stdout.Write(data)
	return err
}

func liesBogen(name string, r *qualitaet.Rahmen, opt bogen.LeseOptionen) ([]qualitaet.Einschaetzung, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return bogen.Lies(f, name, r, opt)
}

// profilQuelle is where the profile comes from: a file (- for standard
// input), a new empty profile with a name, or the embedded example by name.
// Exactly one must be given.
type profilQuelle struct{ datei, neu, beispiel string }

func (q profilQuelle) pruefe(tag language.Tag) error {
	n := 0
	for _, s := range []string{q.datei, q.neu, q.beispiel} {
		if strings.TrimSpace(s) != "" {
			n++
		}
	}
	switch {
	case n == 0:
		return errors.New(text(tag,
			"einlesen: kein Profil angegeben: -profil PROFIL.json nennt das Profil der Kommune, -neu \"Name der Kommune\" beginnt ein leeres, -beispiel oder-spree nimmt das eingebettete Beispiel",
			"einlesen: no profile given: -profil PROFILE.json names the Kommune's profile, -neu \"name of the Kommune\" starts an empty one, -beispiel oder-spree takes the embedded example"))
	case n > 1:
		return errors.New(text(tag, "einlesen: nur eines von -profil, -neu und -beispiel angeben",
			"einlesen: give only one of -profil, -neu and -beispiel"))
	case q.beispiel != "" && q.beispiel != "oder-spree":
		return fmt.Errorf(text(tag, "einlesen: unbekanntes Beispiel %q (bekannt: oder-spree)", "einlesen: unknown example %q (known: oder-spree)"), q.beispiel)
	}
	return nil
}

func (q profilQuelle) name() string {
	switch {
	case q.neu != "":
		return q.neu
	case q.beispiel != "":
		return q.beispiel
	}
	return q.datei
}

func (q profilQuelle) lade(stdin io.Reader) (*kommune.Profil, error) {
	switch {
	case q.neu != "":
		return &kommune.Profil{Name: strings.TrimSpace(q.neu)}, nil
	case q.beispiel != "":
		return kommune.Beispiel()
	case q.datei == "-":
		return kommune.LiesProfil(stdin)
	}
	f, err := os.Open(q.datei)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return kommune.LiesProfil(f)
}

// rundeAus makes the round of the flags -runde, -runde-titel and
// -runde-datum; its ID is "" without -runde.
func rundeAus(id, titel, datum string, tag language.Tag) (qualitaet.Runde, error) {
	rd := qualitaet.Runde{ID: strings.TrimSpace(id), Titel: strings.TrimSpace(titel)}
	if rd.ID == "" && (rd.Titel != "" || datum != "") {
		return rd, errors.New(text(tag, "einlesen: -runde-titel und -runde-datum brauchen -runde", "einlesen: -runde-titel and -runde-datum need -runde"))
	}
	if datum != "" {
		d, err := time.Parse(time.DateOnly, datum)
		if err != nil {
			return rd, fmt.Errorf(text(tag, "einlesen: -runde-datum %q ist kein Datum JJJJ-MM-TT", "einlesen: -runde-datum %q is no date YYYY-MM-DD"), datum)
		}
		rd.Datum = d
	}
	return rd, nil
}

// rundenErgaenzen adds to the profile's rounds every round the ratings name
// that is not there yet: the round of the flags with its title and day, any
// other dated by its latest rating and titled by its ID.
func rundenErgaenzen(runden []qualitaet.Runde, es []qualitaet.Einschaetzung, flag qualitaet.Runde) []qualitaet.Runde {
	out := slices.Clone(runden)
	index := map[string]int{}
	for i, r := range out {
		index[r.ID] = -1 - i // declared: never changed
	}
	for _, e := range es {
		if e.Runde == "" {
			continue
		}
		i, ok := index[e.Runde]
		switch {
		case !ok:
			neu := qualitaet.Runde{ID: e.Runde, Titel: e.Runde, Datum: e.Datum}
			if e.Runde == flag.ID {
				neu.Titel = oder(flag.Titel, e.Runde)
				if !flag.Datum.IsZero() {
					neu.Datum = flag.Datum
				}
			}
			index[e.Runde] = len(out)
			out = append(out, neu)
		case i >= 0 && (e.Runde != flag.ID || flag.Datum.IsZero()) && e.Datum.After(out[i].Datum):
			out[i].Datum = e.Datum
		}
	}
	return out
}

func oder(s, sonst string) string {
	if s != "" {
		return s
	}
	return sonst
}

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
