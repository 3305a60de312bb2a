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
// sheet is listed with file, line and column. What depends on the profile is
// checked row by row too: a goal outside its catalogue, a sector its network
// does not know, and a rating that contradicts one of the same rater, goal,
// day and round already in the profile or on an earlier sheet. "-" as -profil reads the
// profile from standard input. Exit status: 0 done, 1 invalid input, 2 wrong
// call; -h (also after a subcommand) prints the help in the language of
// -lang.
package main

import (
	"context"
	"errors"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/examples/internal/programm"
	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
	"github.com/fruehehilfen/qualitaetsrahmen/netzwerk"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/bogen"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// texte holds the texts of the command itself; bogenTexte and
// einlesenTexte those of its subcommands.
var texte = schema.NeuerKatalog(
	schema.Eintrag{Schluessel: "aufruf", DE: "bogen|einlesen [Optionen …]", EN: "bogen|einlesen [options …]"},
	schema.Eintrag{Schluessel: "beschreibung",
		DE: "Bögen der Gesamteinschätzung.\n\n  bogen     druckt einen leeren Bogen (Markdown oder CSV)\n  einlesen  liest ausgefüllte Bögen (CSV) in ein Profil\n\nHilfe zu einem Unterbefehl: einschaetzung bogen -h, einschaetzung einlesen -h",
		EN: "Rating sheets of the Gesamteinschätzung.\n\n  bogen     prints a blank sheet (Markdown or CSV)\n  einlesen  reads filled sheets (CSV) into a profile\n\nHelp on a subcommand: einschaetzung bogen -h, einschaetzung einlesen -h"},
	schema.Eintrag{Schluessel: "unterbefehlFehlt", DE: "Unterbefehl fehlt (bogen oder einlesen)", EN: "subcommand missing (bogen or einlesen)"},
	schema.Eintrag{Schluessel: "unterbefehlUnbekannt", DE: "unbekannter Unterbefehl „%s“; erlaubt sind bogen, einlesen", EN: "unknown subcommand \"%s\"; allowed are bogen, einlesen"},
)

var bogenTexte = schema.NeuerKatalog(
	schema.Eintrag{Schluessel: "aufruf", DE: "(ohne Argumente)", EN: "(no arguments)"},
	schema.Eintrag{Schluessel: "beschreibung",
		DE: "Druckt einen leeren Bogen der Gesamteinschätzung: Markdown für Papier oder CSV für eine Tabellenkalkulation.",
		EN: "Prints a blank rating sheet of the Gesamteinschätzung: Markdown for paper or CSV for a spreadsheet."},
	schema.Eintrag{Schluessel: "flag.format", DE: "Format des Bogens: markdown (Druck) oder csv (Tabellenkalkulation)", EN: "format of the sheet: markdown (print) or csv (spreadsheet)"},
	schema.Eintrag{Schluessel: "flag.rahmen", DE: "Version des Qualitätsrahmens", EN: "version of the Qualitätsrahmen"},
	schema.Eintrag{Schluessel: "flag.dimensionen", DE: "Dimensionen als Nummern mit Komma, etwa 3,7 (leer: alle)", EN: "dimensions as numbers with commas, e.g. 3,7 (empty: all)"},
	schema.Eintrag{Schluessel: "flag.bom", DE: "CSV mit Byte-Order-Mark schreiben, damit Excel Umlaute richtig zeigt (-bom=false: ohne)", EN: "write CSV with a byte order mark so that Excel shows umlauts right (-bom=false: without)"},
	schema.Eintrag{Schluessel: "unerwartet", DE: "unerwartetes Argument „%s“; der Bogen nimmt nur Optionen", EN: "unexpected argument \"%s\"; bogen takes options only"},
	schema.Eintrag{Schluessel: "keineNummer", DE: "„%s“ ist keine Dimensionsnummer (erwartet etwa -dimensionen 3,7)", EN: "\"%s\" is no dimension number (expected e.g. -dimensionen 3,7)"},
)

var einlesenTexte = schema.NeuerKatalog(
	schema.Eintrag{Schluessel: "aufruf", DE: "(-profil PROFIL.json | -neu NAME | -beispiel oder-spree) BOGEN.csv…", EN: "(-profil PROFILE.json | -neu NAME | -beispiel oder-spree) SHEET.csv…"},
	schema.Eintrag{Schluessel: "beschreibung",
		DE: "Liest ausgefüllte Bögen (CSV) in ein Profil und schreibt das Profil (JSON). Das Profil ist anzugeben: -profil liest eines (- von der Standardeingabe), -neu beginnt ein leeres mit dem Namen der Kommune, -beispiel oder-spree nimmt das eingebettete Beispiel. Jeder Bogen und jede Person darauf ist eine einschätzende Person; derselbe Name auf zwei Bögen sind zwei, mit einem Hinweis, außer mit -name-ist-kennung. Ist ein Bogen fehlerhaft, wird nichts geschrieben und jede fehlerhafte Zeile jedes Bogens mit Datei, Zeile und Spalte genannt.",
		EN: "Reads filled sheets (CSV) into a profile and writes the profile (JSON). The profile must be named: -profil reads one (- from standard input), -neu starts an empty one with the Kommune's name, -beispiel oder-spree takes the embedded example. Each sheet and each person on it is one rater; the same name on two sheets is two raters, with a notice, unless -name-ist-kennung is given. If a sheet is faulty, nothing is written and every bad row of every sheet is listed with file, line and column."},
	schema.Eintrag{Schluessel: "flag.profil", DE: "Profil (JSON), in das die Einschätzungen kommen; - liest von der Standardeingabe", EN: "profile (JSON) the ratings go into; - reads standard input"},
	schema.Eintrag{Schluessel: "flag.neu", DE: "statt -profil: ein leeres Profil mit diesem Namen der Kommune beginnen", EN: "instead of -profil: start an empty profile with this name of the Kommune"},
	schema.Eintrag{Schluessel: "flag.beispiel", DE: "statt -profil: das eingebettete Beispielprofil", EN: "instead of -profil: the embedded example profile"},
	schema.Eintrag{Schluessel: "flag.runde", DE: "Runde der Zeilen ohne Angabe in der Spalte runde", EN: "round of the rows without a value in the column runde"},
	schema.Eintrag{Schluessel: "flag.rundeTitel", DE: "Titel der Runde (-runde), etwa „Netzwerktreffen März 2026“", EN: "title of the round (-runde), e.g. \"Netzwerktreffen März 2026\""},
	schema.Eintrag{Schluessel: "flag.rundeDatum", DE: "Tag der Runde (-runde); leer: der Tag der letzten Einschätzung", EN: "day of the round (-runde); empty: the day of the latest rating"},
	schema.Eintrag{Schluessel: "flag.nameIstKennung", DE: "derselbe Name auf mehreren Bögen ist dieselbe Person", EN: "the same name on several sheets is the same person"},
	schema.Eintrag{Schluessel: "keinBogen", DE: "kein Bogen angegeben", EN: "no sheet given"},
	schema.Eintrag{Schluessel: "keinProfil",
		DE: "kein Profil angegeben: -profil PROFIL.json nennt das Profil der Kommune, -neu „Name der Kommune“ beginnt ein leeres, -beispiel oder-spree nimmt das eingebettete Beispiel",
		EN: "no profile given: -profil PROFILE.json names the Kommune's profile, -neu \"name of the Kommune\" starts an empty one, -beispiel oder-spree takes the embedded example"},
	schema.Eintrag{Schluessel: "zweiProfile", DE: "nur eines von -profil, -neu und -beispiel angeben", EN: "give only one of -profil, -neu and -beispiel"},
	schema.Eintrag{Schluessel: "rundeFehlt", DE: "-runde-titel und -runde-datum brauchen -runde", EN: "-runde-titel and -runde-datum need -runde"},
	schema.Eintrag{Schluessel: "fehlerhaft", DE: "%d von %d Bögen fehlerhaft; nichts geschrieben", EN: "%d of %d sheets are faulty; nothing written"},
	schema.Eintrag{Schluessel: "hinweis", DE: "Hinweis: %s", EN: "notice: %s"},
	schema.Eintrag{Schluessel: "profil", DE: "Profil", EN: "profile"},
	schema.Eintrag{Schluessel: "beispiel", DE: "eingebettetes Beispielprofil", EN: "embedded example profile"},
	schema.Eintrag{Schluessel: "neuesProfil", DE: "neues Profil „%s“", EN: "new profile \"%s\""},
)

func run(_ context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	p := programm.Neu("einschaetzung", texte, stdin, stdout, stderr)
	if len(args) > 0 && args[0] == "hilfe" {
		args = append([]string{"-h"}, args[1:]...)
	}
	if code, weiter := p.Parse(args); !weiter {
		return code
	}
	rest := p.Args()
	if len(rest) == 0 {
		return p.Aufruffehler("unterbefehlFehlt")
	}
	// A -lang before the subcommand holds for the subcommand too.
	var unterArgs []string
	if p.Sprache == language.English {
		unterArgs = []string{"-lang", "en"}
	}
	unterArgs = append(unterArgs, rest[1:]...)
	switch rest[0] {
	case "bogen":
		return runBogen(programm.Neu("einschaetzung bogen", bogenTexte, stdin, stdout, stderr), unterArgs)
	case "einlesen":
		return runEinlesen(programm.Neu("einschaetzung einlesen", einlesenTexte, stdin, stdout, stderr), unterArgs)
	}
	return p.Aufruffehler("unterbefehlUnbekannt", rest[0])
}

func runBogen(p *programm.Programm, args []string) int {
	format := p.Auswahl("format", "markdown", "flag.format", "markdown", "csv")
	version := p.Auswahl("rahmen", "2.0", "flag.rahmen", "2016", "2.0")
	dimensionen := p.Text("dimensionen", "3,7", "flag.dimensionen")
	mitBOM := p.Schalter("bom", true, "flag.bom")
	if code, weiter := p.Parse(args); !weiter {
		return code
	}
	if len(p.Args()) > 0 {
		return p.Aufruffehler("unerwartet", p.Args()[0])
	}
	nummern, falsch := parseNummern(*dimensionen)
	if falsch != "" {
		return p.Aufruffehler("keineNummer", falsch)
	}
	f, err := bogen.ParseFormat(*format)
	var r *qualitaet.Rahmen
	if err == nil {
		r, err = rahmen(*version)
	}
	if err == nil {
		err = bogen.Schreibe(p.Stdout, r, bogen.Optionen{Format: f, Dimensionen: nummern, Sprache: p.Sprache, BOM: *mitBOM})
	}
	var df *bogen.DimensionFehler
	if errors.As(err, &df) {
		p.Melde(df.Text(p.Sprache))
		return programm.CodeAufruf
	}
	if err != nil {
		return p.Fehler("", err)
	}
	return programm.CodeOK
}

// rahmen returns the catalogue of the version (2016 or 2.0, checked by the
// option).
func rahmen(version string) (*qualitaet.Rahmen, error) {
	v, err := qualitaet.ParseVersion(version)
	if err != nil {
		return nil, err
	}
	return qualitaet.RahmenVersion(v)
}

// parseNummern parses "3,7" (spaces and a "QD" prefix allowed) into
// dimension numbers; falsch is the first part that is no number.
func parseNummern(s string) (nummern []int, falsch string) {
	for _, teil := range strings.Split(s, ",") {
		teil = strings.TrimSpace(teil)
		if teil == "" {
			continue
		}
		teil = strings.TrimPrefix(strings.ToUpper(teil), "QD")
		n, err := strconv.Atoi(teil)
		if err != nil {
			return nil, teil
		}
		nummern = append(nummern, n)
	}
	return nummern, ""
}

func runEinlesen(p *programm.Programm, args []string) int {
	profilDatei := p.Datei("profil", "flag.profil")
	neu := p.Text("neu", "NAME", "flag.neu")
	beispiel := p.Auswahl("beispiel", "", "flag.beispiel", "oder-spree")
	runde := p.Text("runde", "ID", "flag.runde")
	rundeTitel := p.Text("runde-titel", "TEXT", "flag.rundeTitel")
	rundeDatum := p.Datum("runde-datum", "flag.rundeDatum")
	nameIstKennung := p.Schalter("name-ist-kennung", false, "flag.nameIstKennung")
	if code, weiter := p.Parse(args); !weiter {
		return code
	}
	if len(p.Args()) == 0 {
		return p.Aufruffehler("keinBogen")
	}
	quelle := profilQuelle{datei: *profilDatei, neu: strings.TrimSpace(*neu), beispiel: *beispiel}
	switch n := quelle.anzahl(); {
	case n == 0:
		return p.Aufruffehler("keinProfil")
	case n > 1:
		return p.Aufruffehler("zweiProfile")
	}
	rd := qualitaet.Runde{ID: strings.TrimSpace(*runde), Titel: strings.TrimSpace(*rundeTitel)}
	if rd.ID == "" && (rd.Titel != "" || *rundeDatum != "") {
		return p.Aufruffehler("rundeFehlt")
	}
	if *rundeDatum != "" {
		rd.Datum, _ = time.Parse(time.DateOnly, *rundeDatum) // checked by the option
	}

	name := quelle.name(p)
	prof, err := quelle.lade(p)
	if err != nil {
		return p.Fehler(name, err)
	}
	r, err := rahmenVon(prof)
	if err != nil {
		return p.Fehler(name, err)
	}
	var alle [][]qualitaet.Einschaetzung
	gelesen := []bogen.Gelesen{{Name: p.T("profil"), Einschaetzungen: prof.Einschaetzungen}}
	fehlerhaft := 0
	// What depends on the profile (its catalogue, the sectors of its
	// network, its ratings and those of the sheets before) is checked per
	// row while reading, so every bad row is reported with file, line and
	// column.
	opt := bogen.LeseOptionen{Runde: rd.ID, NameIstKennung: *nameIstKennung,
		SektorBekannt: func(id string) bool { return prof.Netzwerk.KenntSektor(netzwerk.Sektor(id)) }}
	for _, datei := range p.Args() {
		opt.Bestehende = gelesen
		es, err := liesBogen(p, datei, r, opt)
		if err != nil {
			fehlerhaft++
			p.Fehler(datei, err)
			continue
		}
		alle = append(alle, es)
		gelesen = append(gelesen, bogen.Gelesen{Name: p.Dateiname(datei), Einschaetzungen: es})
	}
	if fehlerhaft > 0 {
		p.Melde(p.T("fehlerhaft", fehlerhaft, len(p.Args())))
		return programm.CodeBefund
	}
	for _, h := range bogen.GleicheNamen(gelesen) {
		p.Melde(p.T("hinweis", h.Text(p.Sprache)))
	}

	prof.Einschaetzungen = bogen.Zusammenfuehren(prof.Einschaetzungen, alle...)
	prof.Runden = rundenErgaenzen(prof.Runden, prof.Einschaetzungen, rd)
	data, err := prof.Dokument()
	if err != nil {
		return p.Fehler(name, err)
	}
	if err := programm.SchreibeDokument(p.Stdout, schema.ArtProfil, data); err != nil {
		return p.Fehler("", err)
	}
	return programm.CodeOK
}

func liesBogen(p *programm.Programm, name string, r *qualitaet.Rahmen, opt bogen.LeseOptionen) ([]qualitaet.Einschaetzung, error) {
	return programm.Lies(p, name, func(f io.Reader) ([]qualitaet.Einschaetzung, error) {
		return bogen.Lies(f, name, r, opt)
	})
}

// profilQuelle is where the profile comes from: a file (- for standard
// input), a new empty profile with a name, or the embedded example by name.
// Exactly one must be given.
type profilQuelle struct{ datei, neu, beispiel string }

// anzahl counts the sources given.
func (q profilQuelle) anzahl() int {
	n := 0
	for _, s := range []string{q.datei, q.neu, q.beispiel} {
		if s != "" {
			n++
		}
	}
	return n
}

// name is how messages name the profile.
func (q profilQuelle) name(p *programm.Programm) string {
	switch {
	case q.neu != "":
		return p.T("neuesProfil", q.neu)
	case q.beispiel != "":
		return p.T("beispiel")
	}
	return q.datei
}

// lade returns the profile of the source.
func (q profilQuelle) lade(p *programm.Programm) (*kommune.Profil, error) {
	switch {
	case q.neu != "":
		return &kommune.Profil{Name: q.neu}, nil
	case q.beispiel != "":
		return kommune.Beispiel()
	}
	return programm.Lies(p, q.datei, kommune.LiesProfil)
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
