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
// list every pair as {"a", "b", "wert", "merkmale"}.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
	"github.com/fruehehilfen/qualitaetsrahmen/kommune/vergleich"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr, time.Now); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer, jetzt func() time.Time) error {
	fs := flag.NewFlagSet("vergleich", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "markdown", "Ausgabe: markdown oder json")
	lang := fs.String("lang", "de", "Sprache: de oder en")
	k := fs.Int("k", vergleich.StandardPeers, "Zahl der ähnlichen Kommunen je Kommune")
	anonym := fs.Bool("anonym", false, "Profile vor dem Vergleich anonymisieren")
	zeitpunkt := fs.String("zeitpunkt", "", "Stichtag der Bewertungen, JJJJ-MM-TT (Standard: heute)")
	trend := fs.Bool("trend", false, "zwei gespeicherte Bewertungen vergleichen: ALT.json NEU.json")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Aufruf: vergleich [Optionen] PROFIL.json PROFIL.json...")
		fmt.Fprintln(stderr, "       vergleich -trend [-format markdown|json] ALT.json NEU.json")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *trend && fs.NArg() != 2 {
		fs.Usage()
		return errors.New("vergleich: -trend braucht genau zwei Bewertungen (ALT.json NEU.json)")
	}
	if fs.NArg() < 2 {
		fs.Usage()
		return errors.New("vergleich: mindestens zwei Profile angeben")
	}
	if *format != "markdown" && *format != "md" && *format != "json" {
		return fmt.Errorf("vergleich: unbekanntes Format %q (markdown, json)", *format)
	}
	if *k < 1 {
		return fmt.Errorf("vergleich: -k %d: mindestens 1", *k)
	}
	tag, err := schema.ParseSprache(*lang)
	if err != nil {
		return err
	}
	if *trend {
		return trendAusDateien(fs.Arg(0), fs.Arg(1), *format == "json", tag, stdout, stderr)
	}
	opt := vergleich.VergleichsOptionen{K: *k, Anonym: *anonym}
	opt.Sprache = tag
	opt.Zeitpunkt = jetzt().UTC().Truncate(24 * time.Hour)
	if *zeitpunkt != "" {
		t, err := time.Parse(time.DateOnly, *zeitpunkt)
		if err != nil {
			return fmt.Errorf("vergleich: -zeitpunkt %q ist kein Datum der Form JJJJ-MM-TT", *zeitpunkt)
		}
		opt.Zeitpunkt = t
	}
	var profile []*kommune.Profil
	for _, name := range fs.Args() {
		p, err := ladeProfil(name)
		if err != nil {
			return melde(name, err, tag, stderr)
		}
		profile = append(profile, p)
	}
	v, err := vergleich.Vergleiche(profile, opt)
	if err != nil {
		var vf *vergleich.VergleichsFehler
		if errors.As(err, &vf) {
			return errors.New(vf.Text(tag))
		}
		return err
	}
	if *format == "json" {
		data, err := v.Dokument()
		if err != nil {
			return err
		}
		_, err = stdout.Write(data)
		return err
	}
	return v.Markdown(stdout)
}

func ladeProfil(name string) (*kommune.Profil, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return kommune.LiesProfil(f)
}

// melde prints every violation of an invalid profile in the language and
// returns a short error for the exit status.
func melde(name string, err error, tag language.Tag, stderr io.Writer) error {
	var vf *schema.ValidierungsFehler
	if errors.As(err, &vf) {
		fmt.Fprintf(stderr, "%s: %s\n", name, vf.Text(tag))
		return fmt.Errorf("vergleich: %s ist kein gültiges Profil", name)
	}
	return fmt.Errorf("vergleich: %s: %w", name, err)
}

// trendAusDateien reads two stored Bewertungen and writes their trend.
func trendAusDateien(alt, neu string, alsJSON bool, tag language.Tag, stdout, stderr io.Writer) error {
	var bs [2]*qualitaet.Bewertung
	for i, name := range []string{alt, neu} {
		b, err := ladeBewertung(name)
		if err != nil {
			var vf *schema.ValidierungsFehler
			if errors.As(err, &vf) {
				fmt.Fprintf(stderr, "%s: %s\n", name, vf.Text(tag))
				return fmt.Errorf("vergleich: %s ist keine gültige Bewertung", name)
			}
			return fmt.Errorf("vergleich: %s: %w", name, err)
		}
		bs[i] = b
	}
	t, err := vergleich.Trend(bs[0], bs[1])
	if err != nil {
		var vf *vergleich.VergleichsFehler
		if errors.As(err, &vf) {
			return errors.New(vf.Text(tag))
		}
		return err
	}
	if alsJSON {
		data, err := t.Dokument()
		if err != nil {
			return err
		}
		_, err = stdout.Write(data)
		return err
	}
	return t.Markdown(stdout)
}

func ladeBewertung(name string) (*qualitaet.Bewertung, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return qualitaet.LiesBewertung(f)
}
