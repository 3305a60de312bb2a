// Command plan shows a Kommune's Qualitätsentwicklungsplan: per priority of
// its Bewertung the goals, measures and indicators, what is overdue on the
// chosen day, and the agreed process.
//
//	go run ./examples/plan [-format markdown|json] [-lang de|en]
//	    [-zeitpunkt 2026-11-25] [PROFIL.json]
//
// Without a profile it shows the embedded example, Landkreis Oder-Spree
// (its goals, measures and process are illustrative). -zeitpunkt is the
// Stichtag: the day of the Bewertung and the day on which due dates and
// measurements are judged; it defaults to today. The formats: markdown
// (the plan to take to the Steuerungsgruppe) and json (the plan document,
// plan.schema.json). Exit status 0 on success, 1 for invalid input, 2 for
// wrong usage.
package main

import (
	"context"
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
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr, time.Now))
}

// meldungen holds the command's own texts in German and English.
var meldungen = schema.NeuerKatalog(
	schema.Eintrag{Schluessel: "aufruf", DE: "Aufruf: plan [Optionen] [PROFIL.json]", EN: "Usage: plan [options] [PROFILE.json]"},
	schema.Eintrag{Schluessel: "zuviele", DE: "plan: höchstens ein Profil angeben", EN: "plan: give at most one profile"},
	schema.Eintrag{Schluessel: "datum", DE: "plan: -zeitpunkt %q ist kein Datum der Form JJJJ-MM-TT", EN: "plan: -zeitpunkt %q is not a date of the form YYYY-MM-DD"},
	schema.Eintrag{Schluessel: "format", DE: "plan: unbekanntes Format %q (markdown, json)", EN: "plan: unknown format %q (markdown, json)"},
	schema.Eintrag{Schluessel: "ungueltig", DE: "plan: Eingabe ungültig", EN: "plan: invalid input"},
)

// run is the whole program; jetzt gives today's date when -zeitpunkt is
// not set. It returns the exit status.
func run(_ context.Context, args []string, _ io.Reader, stdout, stderr io.Writer, jetzt func() time.Time) int {
	fs := flag.NewFlagSet("plan", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "markdown", "Ausgabe: markdown oder json (plan.schema.json)")
	lang := fs.String("lang", "de", "Sprache: de oder en")
	zeitpunkt := fs.String("zeitpunkt", "", "Stichtag, JJJJ-MM-TT (Standard: heute)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	tag, err := schema.ParseSprache(*lang)
	if err != nil {
		fmt.Fprintln(stderr, "plan:", err)
		return 2
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(stderr, meldungen.Sprintf(tag, "zuviele"))
		fmt.Fprintln(stderr, meldungen.Sprintf(tag, "aufruf"))
		return 2
	}
	stichtag := jetzt().UTC().Truncate(24 * time.Hour)
	if *zeitpunkt != "" {
		if stichtag, err = time.Parse(time.DateOnly, *zeitpunkt); err != nil {
			fmt.Fprintln(stderr, meldungen.Sprintf(tag, "datum", *zeitpunkt))
			return 2
		}
	}
	if *format != "markdown" && *format != "json" {
		fmt.Fprintln(stderr, meldungen.Sprintf(tag, "format", *format))
		return 2
	}
	p, err := ladeProfil(fs.Arg(0))
	var plan *qualitaet.Plan
	if err == nil {
		var b *qualitaet.Bewertung
		if b, err = kommune.Bewerte(p, kommune.BewertungsOptionen{Zeitpunkt: stichtag, Sprache: tag}); err == nil {
			plan, err = kommune.Plan(p, b, qualitaet.KalenderdatumAus(stichtag), tag)
		}
	}
	if err != nil {
		var vf *schema.ValidierungsFehler
		if errors.As(err, &vf) {
			fmt.Fprintln(stderr, vf.Text(tag))
			fmt.Fprintln(stderr, meldungen.Sprintf(tag, "ungueltig"))
		} else {
			fmt.Fprintln(stderr, "plan:", err)
		}
		return 1
	}
	if err := schreibe(stdout, plan, *format); err != nil {
		fmt.Fprintln(stderr, "plan:", err)
		return 1
	}
	return 0
}

func schreibe(w io.Writer, plan *qualitaet.Plan, format string) error {
	if format == "json" {
		data, err := plan.Dokument()
		if err != nil {
			return err
		}
		_, err = w.Write(append(data, '\n'))
		return err
	}
	return bericht.PlanMarkdown(w, plan, bericht.Optionen{})
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
