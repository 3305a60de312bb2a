// Command vergleich compares Kommunen side by side: key figures, the points
// of their Bewertungen per Qualitätsdimension, their clusters in the
// Qualitätsdialoge Frühe Hilfen, and for each the most similar Kommunen
// (peers) by structure — Kreis or Stadt, population, children under 3,
// poverty share, budget per child, network age, sector coverage.
//
//	go run ./examples/vergleich [-format markdown|json] [-lang de|en] [-k N]
//	    [-anonym] [-zeitpunkt 2026-11-25] PROFIL.json PROFIL.json...
//
// It needs at least two profiles. The evaluation date defaults to today.
// With -anonym every profile is anonymised before it is compared (the
// comparison holds no personal data either way) and the output says so.
// The JSON output is the kommune.Vergleich document; its "aehnlichkeiten"
// list every pair as {"a", "b", "wert", "merkmale"}. "-" reads one profile
// from standard input. Exit status: 0 done, 1 invalid input, 2 wrong call;
// -h prints the help.
package main

import (
	"context"
	"io"
	"os"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/examples/internal/programm"
	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// texte holds the command's own texts in German and English.
var texte = schema.NeuerKatalog(
	schema.Eintrag{Schluessel: "aufruf", DE: "PROFIL.json PROFIL.json…", EN: "PROFILE.json PROFILE.json…"},
	schema.Eintrag{Schluessel: "beschreibung",
		DE: "Vergleicht Kommunen: Kennzahlen, Punkte ihrer Bewertungen je Qualitätsdimension, ihre Cluster und für jede die ähnlichsten Kommunen. Braucht mindestens zwei Profile; - liest eines von der Standardeingabe.",
		EN: "Compares Kommunen: key figures, the points of their evaluations per quality dimension, their clusters and for each the most similar Kommunen. Needs at least two profiles; - reads one from standard input."},
	schema.Eintrag{Schluessel: "flag.format", DE: "Ausgabe: Bericht (markdown) oder Vergleichsdokument (json)", EN: "output: report (markdown) or comparison document (json)"},
	schema.Eintrag{Schluessel: "flag.k", DE: "Zahl der ähnlichen Kommunen je Kommune", EN: "number of similar Kommunen per Kommune"},
	schema.Eintrag{Schluessel: "flag.anonym", DE: "Profile vor dem Vergleich anonymisieren", EN: "anonymise the profiles before comparing them"},
	schema.Eintrag{Schluessel: "flag.zeitpunkt", DE: "Stichtag der Bewertungen (Standard: heute)", EN: "reference day of the evaluations (default: today)"},
	schema.Eintrag{Schluessel: "zweiProfile", DE: "mindestens zwei Profile angeben", EN: "give at least two profiles"},
)

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return vergleiche(ctx, args, stdin, stdout, stderr, time.Now)
}

// vergleiche is run with the clock passed in.
func vergleiche(_ context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, jetzt func() time.Time) int {
	p := programm.Neu("vergleich", texte, stdin, stdout, stderr)
	format := p.Auswahl("format", "markdown", "flag.format", "markdown", "md", "json")
	k := p.Zahl("k", kommune.StandardPeers, 1, "flag.k")
	anonym := p.Schalter("anonym", false, "flag.anonym")
	zeitpunkt := p.Datum("zeitpunkt", "flag.zeitpunkt")
	if code, weiter := p.Parse(args); !weiter {
		return code
	}
	if len(p.Args()) < 2 {
		return p.Aufruffehler("zweiProfile")
	}
	opt := kommune.VergleichsOptionen{K: *k, Anonym: *anonym}
	opt.Sprache = p.Sprache
	opt.Zeitpunkt = jetzt().UTC().Truncate(24 * time.Hour)
	if *zeitpunkt != "" {
		opt.Zeitpunkt, _ = time.Parse(time.DateOnly, *zeitpunkt)
	}
	var profile []*kommune.Profil
	for _, name := range p.Args() {
		prof, err := ladeProfil(p, name)
		if err != nil {
			return p.Fehler(name, err)
		}
		profile = append(profile, prof)
	}
	v, err := kommune.Vergleiche(profile, opt)
	if err != nil {
		return p.Fehler("", err)
	}
	if *format == "json" {
		var data []byte
		if data, err = v.Dokument(); err == nil {
			_, err = stdout.Write(data)
		}
	} else {
		err = v.Markdown(stdout)
	}
	if err != nil {
		return p.Fehler("", err)
	}
	return programm.CodeOK
}

// ladeProfil reads one profile ("-": standard input).
func ladeProfil(p *programm.Programm, name string) (*kommune.Profil, error) {
	f, err := p.Oeffne(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return kommune.LiesProfil(f)
}
