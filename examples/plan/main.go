// Command plan shows a Kommune's Qualitätsentwicklungsplan: per priority of
// its Bewertung the goals, measures and indicators, what is overdue on the
// chosen day, and the agreed process.
//
//	go run ./examples/plan [-format markdown|json] [-lang de|en]
//	    [-zeitpunkt 2026-11-25] [PROFIL.json|-]
//
// Without a profile it shows the embedded example, Landkreis Oder-Spree
// (its goals, measures and process are illustrative); "-" reads the profile
// from standard input. -zeitpunkt is the Stichtag: the day of the Bewertung
// and the day on which due dates and measurements are judged; it defaults
// to today. The formats: markdown (the plan to take to the
// Steuerungsgruppe) and json (the plan document, plan.schema.json). Exit
// status: 0 done, 1 invalid input, 2 wrong call; -h prints the help.
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
		DE: "Zeigt den Qualitätsentwicklungsplan einer Kommune: je Priorität ihrer Bewertung die Ziele, Maßnahmen und Indikatoren, was am Stichtag überfällig ist, und den vereinbarten Prozess. Ohne Profil das eingebettete Beispiel (Landkreis Oder-Spree), mit - das Profil von der Standardeingabe.",
		EN: "Shows a Kommune's quality development plan: per priority of its evaluation the goals, measures and indicators, what is overdue on the reference day, and the agreed process. Without a profile the embedded example (Landkreis Oder-Spree); with - the profile from standard input."},
	schema.Eintrag{Schluessel: "flag.format", DE: "Ausgabe: Plan (markdown) oder Plandokument (json, plan.schema.json)", EN: "output: plan (markdown) or plan document (json, plan.schema.json)"},
	schema.Eintrag{Schluessel: "flag.zeitpunkt", DE: "Stichtag der Bewertung und der Fristen (Standard: heute)", EN: "reference day of the evaluation and the due dates (default: today)"},
	schema.Eintrag{Schluessel: "einProfil", DE: "höchstens ein Profil angeben", EN: "give at most one profile"},
	schema.Eintrag{Schluessel: "beispiel", DE: "eingebettetes Beispielprofil", EN: "embedded example profile"},
)

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return plane(ctx, args, stdin, stdout, stderr, time.Now)
}

// plane is run with the clock passed in; jetzt gives today's date when
// -zeitpunkt is not set.
func plane(_ context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, jetzt func() time.Time) int {
	p := programm.Neu("plan", texte, stdin, stdout, stderr)
	format := p.Auswahl("format", "markdown", "flag.format", "markdown", "json")
	zeitpunkt := p.Datum("zeitpunkt", "flag.zeitpunkt")
	if code, weiter := p.Parse(args); !weiter {
		return code
	}
	if len(p.Args()) > 1 {
		return p.Aufruffehler("einProfil")
	}
	stichtag := jetzt().UTC().Truncate(24 * time.Hour)
	if *zeitpunkt != "" {
		stichtag, _ = time.Parse(time.DateOnly, *zeitpunkt)
	}
	name := ""
	if len(p.Args()) == 1 {
		name = p.Args()[0]
	}
	plan, err := erstelle(p, name, stichtag)
	if err != nil {
		if name == "" {
			name = p.T("beispiel")
		}
		return p.Fehler(name, err)
	}
	if err := schreibe(stdout, plan, *format); err != nil {
		return p.Fehler("", err)
	}
	return programm.CodeOK
}

// erstelle reads the profile, evaluates it on the Stichtag and returns its
// plan in the chosen language.
func erstelle(p *programm.Programm, name string, stichtag time.Time) (*qualitaet.Plan, error) {
	prof, err := ladeProfil(p, name)
	if err != nil {
		return nil, err
	}
	b, err := kommune.Bewerte(prof, kommune.BewertungsOptionen{Zeitpunkt: stichtag, Sprache: p.Sprache})
	if err != nil {
		return nil, err
	}
	return kommune.Plan(prof, b, qualitaet.KalenderdatumAus(stichtag), p.Sprache)
}

// schreibe writes the plan in the format; the JSON document is checked
// against plan.schema.json before it is written.
func schreibe(w io.Writer, plan *qualitaet.Plan, format string) error {
	if format == "json" {
		data, err := plan.Dokument()
		if err != nil {
			return err
		}
		return programm.SchreibeDokument(w, schema.ArtPlan, data)
	}
	return bericht.PlanMarkdown(w, plan, bericht.Optionen{})
}

// ladeProfil reads the profile file ("-": standard input), or the embedded
// example when name is empty.
func ladeProfil(p *programm.Programm, name string) (*kommune.Profil, error) {
	if name == "" {
		return kommune.Beispiel()
	}
	return programm.Lies(p, name, kommune.LiesProfil)
}
