// Command anonymisieren writes documents of the library (profile, goals,
// Bewertung, network, …) anonymised for sharing, and tells on standard
// error what it replaced and which free text a person should still read.
//
//	go run ./examples/anonymisieren [-streng] [-rollen DATEI] [-zusammenfassen] [-k N]
//	    [-o VERZEICHNIS] [-lang de|en] DOKUMENT.json...
//
// All documents of one call are one run: the same person, e-mail address
// or telephone number is the same placeholder ("Person 3", "E-Mail 1",
// "Telefon 2") in all of them, so a Kommune's profile, goals and Bewertung
// still line up. Fields the schemas mark "x-personenbezogen" are replaced
// whole; free text is scrubbed of known names, surnames standing alone,
// e-mail addresses, telephone numbers, web addresses with a path and names
// after a salutation or title. The summary lists the JSON pointer of every
// free-text field that was kept, for review.
//
//   - -streng (strict): free text is dropped ("[entfernt]"); IDs, levels,
//     dates and key figures stay.
//   - -rollen DATEI: values of personal fields that are roles, one a line
//     ("Netzwerkkoordination"); they are kept. Lines starting with # and
//     empty lines are skipped.
//   - -zusammenfassen: a profile's self-assessments are written aggregated
//     per Entwicklungsziel (count per level, no person); a sector stays only
//     where at least -k raters (default 3) belong to it. The profile still
//     evaluates to the same totals and medians.
//   - -o VERZEICHNIS: each document is written there under its own file
//     name instead of to standard output. Nothing is written when one
//     document fails.
//
// A file name "-" reads standard input. Exit status: 0 done, 1 a document
// is invalid or unreadable, 2 wrong call. -h prints help and exits 0.
package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema/anonym"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// aufruf holds the parsed command line.
type aufruf struct {
	tag            language.Tag
	streng         bool
	zusammenfassen bool
	k              int
	rollen         string
	ausgabe        string
	dateien        []string
}

// errAufruf marks a wrong call (exit status 2); the message is printed.
var errAufruf = errors.New("aufruf")

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a, err := leseAufruf(args, stderr)
	switch {
	case errors.Is(err, flag.ErrHelp):
		return 0
	case err != nil:
		return 2
	}
	dokumente, err := a.anonymisiere(ctx, stdin, stderr)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	if err := a.schreibe(dokumente, stdout); err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	return 0
}

// leseAufruf parses the flags. Help and usage messages are in the language
// of -lang, which is therefore looked up first.
func leseAufruf(args []string, stderr io.Writer) (*aufruf, error) {
	a := &aufruf{tag: language.German}
	lang := vorabSprache(args)
	if lang == "en" {
		a.tag = language.English
	}
	t := func(key string, xs ...any) string { return meldungen.Sprintf(a.tag, key, xs...) }
	fs := flag.NewFlagSet("anonymisieren", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.BoolVar(&a.streng, "streng", false, t("flag.streng"))
	fs.BoolVar(&a.zusammenfassen, "zusammenfassen", false, t("flag.zusammenfassen"))
	fs.IntVar(&a.k, "k", kommune.StandardMindestRater, t("flag.k"))
	fs.StringVar(&a.rollen, "rollen", "", t("flag.rollen"))
	fs.StringVar(&a.ausgabe, "o", "", t("flag.o"))
	fs.StringVar(&lang, "lang", "de", t("flag.lang"))
	hilfe := func() {
		fmt.Fprintln(stderr, t("hilfe"))
		fs.VisitAll(func(f *flag.Flag) {
			name := "-" + f.Name
			if arg := t("arg." + f.Name); !strings.HasPrefix(arg, "arg.") {
				name += " " + arg
			}
			fmt.Fprintf(stderr, "  %s\n    \t%s", name, f.Usage)
			if f.DefValue != "" && f.DefValue != "false" {
				fmt.Fprint(stderr, t("standardwert", f.DefValue))
			}
			fmt.Fprintln(stderr)
		})
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			hilfe()
			return nil, err
		}
		fmt.Fprintln(stderr, t(flagFehler(err)))
		return nil, errAufruf
	}
	if lang != "de" && lang != "en" {
		fmt.Fprintln(stderr, t("aufruf.lang", lang))
		return nil, errAufruf
	}
	if a.k < 1 {
		fmt.Fprintln(stderr, t("aufruf.k", fmt.Sprint(a.k)))
		return nil, errAufruf
	}
	a.dateien = fs.Args()
	if len(a.dateien) == 0 {
		fmt.Fprintln(stderr, t("aufruf.keineDatei"))
		hilfe()
		return nil, errAufruf
	}
	if a.ausgabe != "" {
		gesehen := map[string]bool{}
		for _, d := range a.dateien {
			n := ausgabeName(d)
			if gesehen[n] {
				fmt.Fprintln(stderr, t("aufruf.doppelt", n))
				return nil, errAufruf
			}
			gesehen[n] = true
		}
	}
	return a, nil
}

// flagFehler returns the message key and the option for an error of the
// flag package, whose own texts are English.
func flagFehler(err error) (string, any) {
	text := err.Error()
	option := flagRe.FindString(text)
	switch {
	case strings.HasPrefix(text, "flag provided but not defined"):
		return "aufruf.unbekannt", option
	case strings.HasPrefix(text, "flag needs an argument"):
		return "aufruf.ohneWert", option
	default:
		return "aufruf.wert", option
	}
}

var flagRe = regexp.MustCompile(`-[A-Za-z0-9_-]+$|-[A-Za-z0-9_-]+:`)

// vorabSprache returns the value of the last -lang in args, "" if none.
func vorabSprache(args []string) string {
	lang := ""
	for i := 0; i < len(args); i++ {
		s := strings.TrimPrefix(strings.TrimPrefix(args[i], "-"), "-")
		switch {
		case s == "lang" && i+1 < len(args):
			lang = args[i+1]
			i++
		case strings.HasPrefix(s, "lang="):
			lang = strings.TrimPrefix(s, "lang=")
		case args[i] == "--":
			return lang
		}
	}
	return lang
}

func ausgabeName(datei string) string {
	if datei == "-" {
		return "stdin.json"
	}
	return filepath.Base(datei)
}

// dokument is one input with its anonymised result.
type dokument struct {
	datei    string
	daten    []byte
	ergebnis *anonym.Ergebnis
}

// anonymisiere reads every document, learns the persons of all of them and
// anonymises each; the summary goes to stderr.
func (a *aufruf) anonymisiere(ctx context.Context, stdin io.Reader, stderr io.Writer) ([]dokument, error) {
	rollen, err := a.leseRollen()
	if err != nil {
		return nil, err
	}
	lauf, err := anonym.NeuerLauf(anonym.Optionen{Rollen: rollen, Streng: a.streng})
	if err != nil {
		return nil, err
	}
	var ds []dokument
	for _, datei := range a.dateien {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		data, err := a.lies(datei, stdin)
		if err != nil {
			return nil, err
		}
		if err := lauf.Lerne(data); err != nil {
			return nil, a.fehler(datei, err)
		}
		ds = append(ds, dokument{datei: datei, daten: data})
	}
	for i := range ds {
		erg, err := lauf.Anonymisiere(ds[i].daten)
		if err != nil {
			return nil, a.fehler(ds[i].datei, err)
		}
		ds[i].ergebnis = erg
		a.zusammenfassung(stderr, ds[i])
	}
	return ds, nil
}

// lies reads one document (bounded) and, with -zusammenfassen, aggregates
// a profile's ratings.
func (a *aufruf) lies(datei string, stdin io.Reader) ([]byte, error) {
	var r io.Reader = stdin
	if datei != "-" {
		f, err := os.Open(datei)
		if err != nil {
			return nil, errors.New(meldungen.Sprintf(a.tag, "fehler.lesen", datei))
		}
		defer f.Close()
		r = f
	}
	data, err := schema.Standard().Lies(r)
	if err != nil {
		return nil, a.fehler(datei, err)
	}
	if !a.zusammenfassen {
		return data, nil
	}
	art, _, err := schema.Standard().Erkenne(data)
	if err != nil || art != schema.ArtProfil {
		return data, nil // Lerne reports what is wrong with it
	}
	p, err := kommune.ParseProfil(data)
	if err != nil {
		return nil, a.fehler(datei, err)
	}
	return kommune.FasseEinschaetzungenZusammen(p, a.k).Dokument()
}

// leseRollen reads the -rollen file: one role a line.
func (a *aufruf) leseRollen() ([]string, error) {
	if a.rollen == "" {
		return nil, nil
	}
	data, err := os.ReadFile(a.rollen)
	if err != nil {
		return nil, errors.New(meldungen.Sprintf(a.tag, "fehler.lesen", a.rollen))
	}
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		if z := strings.TrimSpace(sc.Text()); z != "" && !strings.HasPrefix(z, "#") {
			out = append(out, z)
		}
	}
	return out, sc.Err()
}

// fehler words an error about a document in the language, naming the file.
func (a *aufruf) fehler(datei string, err error) error {
	var vf *schema.ValidierungsFehler
	if errors.As(err, &vf) {
		return fmt.Errorf("%s: %s", datei, vf.Text(a.tag))
	}
	var rf *anonym.RefFehler
	if errors.As(err, &rf) {
		return errors.New(meldungen.Sprintf(a.tag, "fehler.ref", datei, rf.Ref, rf.Ort))
	}
	return errors.New(meldungen.Sprintf(a.tag, "fehler.sonst", datei))
}

// zusammenfassung writes what was done to one document.
func (a *aufruf) zusammenfassung(w io.Writer, d dokument) {
	t := func(key string, xs ...any) string { return meldungen.Sprintf(a.tag, key, xs...) }
	e := d.ergebnis
	var teile []string
	for _, k := range anonym.Kategorien {
		if n := e.Ersetzt[k]; n > 0 {
			teile = append(teile, t("kategorie."+string(k), n))
		}
	}
	ersetzt := t("ersetzt.nichts")
	if len(teile) > 0 {
		ersetzt = strings.Join(teile, ", ")
	}
	fmt.Fprintln(w, t("zusammenfassung", d.datei, string(e.Art), ersetzt))
	if a.streng {
		fmt.Fprintln(w, t("entfernt", len(e.Entfernt)))
		return
	}
	if len(e.Behalten) == 0 {
		return
	}
	fmt.Fprintln(w, t("behalten", len(e.Behalten)))
	for _, z := range e.Behalten {
		fmt.Fprintln(w, "  "+z)
	}
}

// schreibe writes the anonymised documents to stdout or into -o.
func (a *aufruf) schreibe(ds []dokument, stdout io.Writer) error {
	if a.ausgabe == "" {
		for _, d := range ds {
			if _, err := stdout.Write(d.ergebnis.Dokument); err != nil {
				return err
			}
		}
		return nil
	}
	if err := os.MkdirAll(a.ausgabe, 0o755); err != nil {
		return errors.New(meldungen.Sprintf(a.tag, "fehler.schreiben", a.ausgabe))
	}
	for _, d := range ds {
		ziel := filepath.Join(a.ausgabe, ausgabeName(d.datei))
		if err := os.WriteFile(ziel, d.ergebnis.Dokument, 0o644); err != nil {
			return errors.New(meldungen.Sprintf(a.tag, "fehler.schreiben", ziel))
		}
	}
	return nil
}

var meldungen = schema.NeuerKatalog(
	schema.Eintrag{Schluessel: "hilfe",
		DE: "Aufruf: anonymisieren [-streng] [-rollen DATEI] [-zusammenfassen] [-k N] [-o VERZEICHNIS] [-lang de|en] DOKUMENT.json…\n\nSchreibt die Dokumente anonymisiert (Standardausgabe oder -o) und auf die Standardfehlerausgabe, was ersetzt wurde und welcher Freitext zur Prüfung stehen blieb.\n\nOptionen:",
		EN: "Usage: anonymisieren [-streng] [-rollen FILE] [-zusammenfassen] [-k N] [-o DIRECTORY] [-lang de|en] DOCUMENT.json…\n\nWrites the documents anonymised (standard output or -o) and to standard error what was replaced and which free text was kept for review.\n\nOptions:"},
	schema.Eintrag{Schluessel: "arg.k", DE: "N", EN: "N"},
	schema.Eintrag{Schluessel: "arg.lang", DE: "de|en", EN: "de|en"},
	schema.Eintrag{Schluessel: "arg.o", DE: "VERZEICHNIS", EN: "DIRECTORY"},
	schema.Eintrag{Schluessel: "arg.rollen", DE: "DATEI", EN: "FILE"},
	schema.Eintrag{Schluessel: "standardwert", DE: " (Standard: %s)", EN: " (default: %s)"},
	schema.Eintrag{Schluessel: "flag.streng", DE: "strenger Modus: Freitext ganz entfernen", EN: "strict mode: drop free text entirely"},
	schema.Eintrag{Schluessel: "flag.zusammenfassen", DE: "Selbsteinschätzungen je Entwicklungsziel zusammenfassen (Anzahl je Stufe, ohne Person)", EN: "aggregate self-assessments per development goal (count per level, no person)"},
	schema.Eintrag{Schluessel: "flag.k", DE: "Sektor nur nennen, wenn er mindestens so viele Einschätzende hat (mit -zusammenfassen)", EN: "name a sector only if it has at least this many raters (with -zusammenfassen)"},
	schema.Eintrag{Schluessel: "flag.rollen", DE: "Datei mit Rollen (eine je Zeile), die in personenbezogenen Feldern stehen bleiben", EN: "file of roles (one a line) kept in personal fields"},
	schema.Eintrag{Schluessel: "flag.o", DE: "Verzeichnis für die anonymisierten Dokumente (Standard: Standardausgabe)", EN: "directory for the anonymised documents (default: standard output)"},
	schema.Eintrag{Schluessel: "flag.lang", DE: "Sprache der Meldungen: de oder en", EN: "language of messages: de or en"},
	schema.Eintrag{Schluessel: "aufruf.unbekannt", DE: "anonymisieren: unbekannte Option %s (Hilfe: -h)", EN: "anonymisieren: unknown option %s (help: -h)"},
	schema.Eintrag{Schluessel: "aufruf.ohneWert", DE: "anonymisieren: Option %s braucht einen Wert (Hilfe: -h)", EN: "anonymisieren: option %s needs a value (help: -h)"},
	schema.Eintrag{Schluessel: "aufruf.wert", DE: "anonymisieren: ungültiger Wert für %s (Hilfe: -h)", EN: "anonymisieren: invalid value for %s (help: -h)"},
	schema.Eintrag{Schluessel: "aufruf.lang", DE: "anonymisieren: -lang %q: erlaubt sind de und en", EN: "anonymisieren: -lang %q: allowed are de and en"},
	schema.Eintrag{Schluessel: "aufruf.k", DE: "anonymisieren: -k %s: mindestens 1", EN: "anonymisieren: -k %s: at least 1"},
	schema.Eintrag{Schluessel: "aufruf.keineDatei", DE: "anonymisieren: mindestens ein Dokument angeben (- für die Standardeingabe)", EN: "anonymisieren: name at least one document (- for standard input)"},
	schema.Eintrag{Schluessel: "aufruf.doppelt", DE: "anonymisieren: zwei Dokumente hätten in -o denselben Namen %q", EN: "anonymisieren: two documents would have the same name %q in -o"},
	schema.Eintrag{Schluessel: "fehler.lesen", DE: "%s: lässt sich nicht lesen", EN: "%s: cannot be read"},
	schema.Eintrag{Schluessel: "fehler.schreiben", DE: "%s: lässt sich nicht schreiben", EN: "%s: cannot be written"},
	schema.Eintrag{Schluessel: "fehler.sonst", DE: "%s: kein gültiges Dokument der Bibliothek", EN: "%s: not a valid document of the library"},
	schema.Eintrag{Schluessel: "fehler.ref", DE: "%s: der Verweis %q in %s lässt sich nicht auflösen; ohne ihn wären personenbezogene Felder ungeschützt", EN: "%s: the reference %q in %s cannot be resolved; without it personal fields would be unprotected"},
	schema.Eintrag{Schluessel: "zusammenfassung", DE: "%s (%s): ersetzt: %s", EN: "%s (%s): replaced: %s"},
	schema.Eintrag{Schluessel: "ersetzt.nichts", DE: "nichts", EN: "nothing"},
	schema.Eintrag{Schluessel: "kategorie.person", DE: "%d × Person", EN: "%d × person"},
	schema.Eintrag{Schluessel: "kategorie.e-mail", DE: "%d × E-Mail-Adresse", EN: "%d × e-mail address"},
	schema.Eintrag{Schluessel: "kategorie.telefon", DE: "%d × Telefonnummer", EN: "%d × telephone number"},
	schema.Eintrag{Schluessel: "kategorie.url", DE: "%d × Webadresse", EN: "%d × web address"},
	schema.Eintrag{Schluessel: "entfernt", DE: "  Freitext entfernt in %d Feldern (strenger Modus)", EN: "  free text dropped in %d fields (strict mode)"},
	schema.Eintrag{Schluessel: "behalten", DE: "  Freitext behalten in %d Feldern – bitte vor dem Weitergeben lesen:", EN: "  free text kept in %d fields – please read before sharing:"},
)
