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
// sheet is listed with file, line and column. "-" as -profil reads the
// profile from standard input. Exit status: 0 done, 1 invalid input, 2 wrong
// call; -h (also after a subcommand) prints the help in the language of
// -lang.
package main

import (
	"context"
	"errors"
	"io"
	"os"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/examples/internal/programm"
	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
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
	schema.Eintrag{Schluessel: "aufruf", DE: "BOGEN.csv…", EN: "SHEET.csv…"},
	schema.Eintrag{Schluessel: "beschreibung",
		DE: "Liest ausgefüllte Bögen (CSV) in ein Profil und schreibt das Profil (JSON). Ist ein Bogen fehlerhaft, wird nichts geschrieben und jede fehlerhafte Zeile jedes Bogens mit Datei, Zeile und Spalte genannt.",
		EN: "Reads filled sheets (CSV) into a profile and writes the profile (JSON). If a sheet is faulty, nothing is written and every bad row of every sheet is listed with file, line and column."},
	schema.Eintrag{Schluessel: "flag.profil", DE: "Profil (JSON), in das die Einschätzungen kommen; - liest von der Standardeingabe (Standard: das eingebettete Beispielprofil Oder-Spree)", EN: "profile (JSON) the ratings go into; - reads standard input (default: the embedded example profile Oder-Spree)"},
	schema.Eintrag{Schluessel: "keinBogen", DE: "kein Bogen angegeben", EN: "no sheet given"},
	schema.Eintrag{Schluessel: "fehlerhaft", DE: "%d von %d Bögen fehlerhaft; nichts geschrieben", EN: "%d of %d sheets are faulty; nothing written"},
	schema.Eintrag{Schluessel: "beispiel", DE: "eingebettetes Beispielprofil", EN: "embedded example profile"},
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
	if code, weiter := p.Parse(args); !weiter {
		return code
	}
	if len(p.Args()) == 0 {
		return p.Aufruffehler("keinBogen")
	}
	name := *profilDatei
	if name == "" {
		name = p.T("beispiel")
	}
	prof, err := ladeProfil(p, *profilDatei)
	if err != nil {
		return p.Fehler(name, err)
	}
	r, err := rahmenVon(prof)
	if err != nil {
		return p.Fehler(name, err)
	}
	var alle [][]qualitaet.Einschaetzung
	fehlerhaft := 0
	for _, datei := range p.Args() {
		es, err := liesBogen(p, datei, r)
		if err != nil {
			fehlerhaft++
			p.Fehler(datei, err)
			continue
		}
		alle = append(alle, es)
	}
	if fehlerhaft > 0 {
		p.Melde(p.T("fehlerhaft", fehlerhaft, len(p.Args())))
		return programm.CodeBefund
	}
	prof.Einschaetzungen = bogen.Zusammenfuehren(prof.Einschaetzungen, alle...)
	data, err := prof.Dokument()
	if err != nil {
		return p.Fehler(name, err)
	}
	if err := programm.SchreibeDokument(p.Stdout, schema.ArtProfil, data); err != nil {
		return p.Fehler("", err)
	}
	return programm.CodeOK
}

func liesBogen(p *programm.Programm, name string, r *qualitaet.Rahmen) ([]qualitaet.Einschaetzung, error) {
	f, err := p.Oeffne(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return bogen.Lies(f, name, r, bogen.LeseOptionen{})
}

func ladeProfil(p *programm.Programm, name string) (*kommune.Profil, error) {
	if name == "" {
		return beispielprofil()
	}
	f, err := p.Oeffne(name)
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
