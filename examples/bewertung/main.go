// Command bewertung is the library's main job: it evaluates a Kommune
// profile against the Qualitätsrahmen Frühe Hilfen and prints the report.
//
//	go run ./examples/bewertung [-format markdown|html|html-kurz|json|svg|streuung] [-lang de|en]
//	    [-rahmen 2016|2.0] [-regelwerk FILE] [-zeitpunkt 2026-11-25]
//	    [-runde ID] [-vergleichsrunde ID] [PROFIL.json|-]
//
// With "-" it reads the profile from standard input; without a profile it
// evaluates the embedded example, Landkreis
// Oder-Spree (its network details, goals and assessments are illustrative).
// It also accepts profiles written by examples/steckbrief. The formats:
// markdown (a report a coordinator can take into the
// Jugendhilfeausschuss, with the Qualitätsentwicklungsplan on the same day),
// html (the same as one self-contained HTML file to print), html-kurz (the
// Kurzbericht for a political committee, at most two A4 pages), json (the
// Bewertung document, bewertung.schema.json),
// svg (a radar chart of the dimensions), streuung (an SVG of where the
// ratings diverge). The evaluation date defaults to today. A profile with
// survey rounds is evaluated for its latest round (or the one -runde
// names) and compared with the round before it (or -vergleichsrunde).
// Exit status: 0 done, 1 invalid input, 2 wrong call; -h prints the help.
package main

import (
	"context"
	"io"
	"os"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/examples/internal/programm"
	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/bericht"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// texte holds the command's own texts in German and English.
var texte = schema.NeuerKatalog(
	schema.Eintrag{Schluessel: "aufruf", DE: "[PROFIL.json|-]", EN: "[PROFILE.json|-]"},
	schema.Eintrag{Schluessel: "beschreibung",
		DE: "Bewertet das Profil einer Kommune nach dem Qualitätsrahmen Frühe Hilfen und schreibt den Bericht. Ohne Profil wird das eingebettete Beispiel (Landkreis Oder-Spree) bewertet, mit - das Profil von der Standardeingabe.",
		EN: "Evaluates a Kommune's profile against the Qualitätsrahmen Frühe Hilfen and writes the report. Without a profile it evaluates the embedded example (Landkreis Oder-Spree); with - it reads the profile from standard input."},
	schema.Eintrag{Schluessel: "flag.format", DE: "Ausgabe: Bericht (markdown), Bericht zum Drucken (html), Kurzbericht mit höchstens zwei Seiten A4 (html-kurz), Bewertungsdokument (json), Netzdiagramm (svg) oder SVG der Streuung (streuung)", EN: "output: report (markdown), report to print (html), short report of at most two A4 pages (html-kurz), evaluation document (json), radar chart (svg) or SVG of the spread (streuung)"},
	schema.Eintrag{Schluessel: "flag.rahmen", DE: "Version des Qualitätsrahmens (Standard: die des Zuschnitts, sonst 2.0)", EN: "version of the Qualitätsrahmen (default: that of the profile's Zuschnitt, else 2.0)"},
	schema.Eintrag{Schluessel: "flag.regelwerk", DE: "Datei mit einem eigenen Regelwerk (Standard: das eingebettete)", EN: "file with a rule set of your own (default: the embedded one)"},
	schema.Eintrag{Schluessel: "flag.zeitpunkt", DE: "Stichtag der Bewertung (Standard: heute)", EN: "reference day of the evaluation (default: today)"},
	schema.Eintrag{Schluessel: "flag.runde", DE: "ID der auszuwertenden Einschätzungsrunde (Standard: die neueste)", EN: "ID of the survey round to evaluate (default: the latest)"},
	schema.Eintrag{Schluessel: "flag.vergleichsrunde", DE: "ID der Runde, mit der verglichen wird (Standard: die davor)", EN: "ID of the round to compare with (default: the one before)"},
	schema.Eintrag{Schluessel: "einProfil", DE: "höchstens ein Profil angeben", EN: "give at most one profile"},
	schema.Eintrag{Schluessel: "beispiel", DE: "eingebettetes Beispielprofil", EN: "embedded example profile"},
)

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return bewerte(ctx, args, stdin, stdout, stderr, time.Now)
}

// bewerte is run with the clock passed in.
func bewerte(_ context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, jetzt func() time.Time) int {
	p := programm.Neu("bewertung", texte, stdin, stdout, stderr)
	format := p.Auswahl("format", "markdown", "flag.format", "markdown", "md", "html", "html-kurz", "json", "svg", "streuung")
	rahmen := p.Auswahl("rahmen", "", "flag.rahmen", "2016", "2.0")
	regelwerk := p.Datei("regelwerk", "flag.regelwerk")
	zeitpunkt := p.Datum("zeitpunkt", "flag.zeitpunkt")
	runde := p.Text("runde", "ID", "flag.runde")
	vergleichsrunde := p.Text("vergleichsrunde", "ID", "flag.vergleichsrunde")
	if code, weiter := p.Parse(args); !weiter {
		return code
	}
	if len(p.Args()) > 1 {
		return p.Aufruffehler("einProfil")
	}
	opt := kommune.BewertungsOptionen{Sprache: p.Sprache, Zeitpunkt: jetzt().UTC().Truncate(time.Second), Runde: *runde, Vergleichsrunde: *vergleichsrunde}
	if *zeitpunkt != "" {
		opt.Zeitpunkt, _ = time.Parse(time.DateOnly, *zeitpunkt)
	}
	name := ""
	if len(p.Args()) == 1 {
		name = p.Args()[0]
	}
	prof, err := ladeProfil(p, name)
	if err != nil {
		if name == "" {
			name = p.T("beispiel")
		}
		return p.Fehler(name, err)
	}
	if *rahmen != "" {
		if code := waehleRahmen(p, prof, &opt, *rahmen); code != programm.CodeOK {
			return code
		}
	}
	if *regelwerk != "" {
		if opt.Regelwerk, err = ladeRegelwerk(p, *regelwerk); err != nil {
			return p.Fehler(*regelwerk, err)
		}
	}
	b, err := kommune.Bewerte(prof, opt)
	if err != nil {
		return p.Fehler(name, err)
	}
	bopt := bericht.Optionen{Sprache: p.Sprache, Regelwerk: opt.Regelwerk}
	if bopt.Plan, err = kommune.Plan(prof, b, qualitaet.KalenderdatumAus(opt.Zeitpunkt), p.Sprache); err != nil {
		return p.Fehler(name, err)
	}
	if err := schreibe(stdout, *format, b, bopt); err != nil {
		return p.Fehler("", err)
	}
	return programm.CodeOK
}

// schreibe writes the evaluation in the format.
func schreibe(w io.Writer, format string, b *qualitaet.Bewertung, bopt bericht.Optionen) error {
	switch format {
	case "html":
		return bericht.HTML(w, b, bopt)
	case "html-kurz":
		return bericht.HTMLKurz(w, b, bopt)
	case "svg":
		return bericht.SVG(w, b, bopt)
	case "streuung":
		return bericht.StreuungSVG(w, b, bopt)
	case "json":
		data, err := b.Dokument()
		if err != nil {
			return err
		}
		return programm.SchreibeDokument(w, schema.ArtBewertung, data)
	}
	return bericht.Markdown(w, b, bopt)
}

// waehleRahmen sets the catalogue of the version v (2016 or 2.0, checked by
// the option) for the evaluation.
func waehleRahmen(p *programm.Programm, prof *kommune.Profil, opt *kommune.BewertungsOptionen, version string) int {
	v, err := qualitaet.ParseVersion(version)
	if err == nil {
		opt.Rahmen, err = qualitaet.RahmenVersion(v)
	}
	if err != nil {
		return p.Fehler("", err)
	}
	if prof.Zuschnitt != nil && prof.Zuschnitt.Rahmen != v {
		// The profile's Zuschnitt was made for the other version: apply
		// it to the chosen version where it fits.
		z := *prof.Zuschnitt
		z.Rahmen = v
		prof.Zuschnitt = &z
	}
	return programm.CodeOK
}

// ladeProfil reads the profile file ("-": standard input), or the embedded
// example when name is empty.
func ladeProfil(p *programm.Programm, name string) (*kommune.Profil, error) {
	if name == "" {
		return kommune.Beispiel()
	}
	return programm.Lies(p, name, kommune.LiesProfil)
}

// ladeRegelwerk reads a rule set of the user's own.
func ladeRegelwerk(p *programm.Programm, name string) (*qualitaet.Regelwerk, error) {
	return programm.Lies(p, name, qualitaet.LiesRegelwerk)
}
