// Command vergleich compares Kommunen side by side: key figures, the points
// of their Bewertungen per Qualitätsdimension, their clusters in the
// Qualitätsdialoge Frühe Hilfen, and for each the most similar Kommunen
// (peers) by structure — Kreis or Stadt, population, children under 3,
// poverty share, budget per child, network age, sector coverage.
//
//	go run ./examples/vergleich [-format markdown|json] [-lang de|en] [-k N]
//	    [-anonym] [-zeitpunkt 2026-11-25] PROFIL.json PROFIL.json...
//	go run ./examples/vergleich -trend [-format markdown|json] ALT.json NEU.json
//
// With -trend it compares two stored Bewertungen of one Kommune (documents
// of bewertung.schema.json, as examples/bewertung -format json writes
// them), the older first: points and coverage per dimension and overall,
// and the goals whose level changed (vergleich.Trendbericht).
//
// It needs at least two profiles. The evaluation date defaults to today.
// With -anonym every profile is anonymised before it is compared (the
// comparison holds no personal data either way) and the output says so.
// The JSON output is the vergleich.Vergleich document; its "aehnlichkeiten"
// list every pair as {"a", "b", "wert", "merkmale"}. "-" reads one profile
// from standard input. With -trend it compares two stored Bewertungen
// (ALT.json NEU.json, as written by bewertung -format json) instead. Exit status: 0 done, 1 invalid input, 2 wrong call;
// -h prints the help.
package main

import (
	"context"
	"io"
	"os"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/examples/internal/programm"
	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
	"github.com/fruehehilfen/qualitaetsrahmen/kommune/vergleich"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
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
	schema.Eintrag{Schluessel: "flag.trend", DE: "zwei gespeicherte Bewertungen vergleichen: ALT.json NEU.json", EN: "compare two stored evaluations: OLD.json NEW.json"},
	schema.Eintrag{Schluessel: "zweiBewertungen", DE: "-trend braucht genau zwei Bewertungen (ALT.json NEU.json)", EN: "-trend needs exactly two evaluations (OLD.json NEW.json)"},
)

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return vergleiche(ctx, args, stdin, stdout, stderr, time.Now)
}

// vergleiche is run with the clock passed in.
func vergleiche(_ context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, jetzt func() time.Time) int {
	p := programm.Neu("vergleich", texte, stdin, stdout, stderr)
	format := p.Auswahl("format", "markdown", "flag.format", "markdown", "md", "json")
	k := p.Zahl("k", vergleich.StandardPeers, 1, "flag.k")
	anonym := p.Schalter("anonym", false, "flag.anonym")
	zeitpunkt := p.Datum("zeitpunkt", "flag.zeitpunkt")
	trend := p.Schalter("trend", false, "flag.trend")
	if code, weiter := p.Parse(args); !weiter {
		return code
	}
	if *trend {
		if len(p.Args()) != 2 {
			return p.Aufruffehler("zweiBewertungen")
		}
		return trendAusDateien(p, p.Args()[0], p.Args()[1], *format == "json")
	}
	if len(p.Args()) < 2 {
		return p.Aufruffehler("zweiProfile")
	}
	opt := vergleich.VergleichsOptionen{K: *k, Anonym: *anonym}
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
	v, err := vergleich.Vergleiche(profile, opt)
	if err != nil {
		return p.Fehler("", err)
	}
	if *format == "json" {
		var data []byte
		if data, err = v.Dokument(); err == nil {
			err = programm.SchreibeDokument(stdout, schema.ArtVergleich, data)
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
	return programm.Lies(p, name, kommune.LiesProfil)
}

// trendAusDateien reads two stored Bewertungen and writes their trend.
func trendAusDateien(p *programm.Programm, alt, neu string, alsJSON bool) int {
	var bs [2]*qualitaet.Bewertung
	for i, name := range []string{alt, neu} {
		b, err := ladeBewertung(p, name)
		if err != nil {
			return p.Fehler(name, err)
		}
		bs[i] = b
	}
	t, err := vergleich.Trend(bs[0], bs[1])
	if err != nil {
		return p.Fehler("", err)
	}
	if alsJSON {
		var data []byte
		if data, err = t.Dokument(); err == nil {
			err = programm.SchreibeDokument(p.Stdout, schema.ArtTrend, data)
		}
	} else {
		err = t.Markdown(p.Stdout)
	}
	if err != nil {
		return p.Fehler("", err)
	}
	return programm.CodeOK
}

// ladeBewertung reads one stored Bewertung ("-": standard input).
func ladeBewertung(p *programm.Programm, name string) (*qualitaet.Bewertung, error) {
	return programm.Lies(p, name, qualitaet.LiesBewertung)
}
