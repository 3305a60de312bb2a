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
//     evaluates to the same totals and medians. A Bewertung loses the lines
//     of its spread per sector and per level (strategisch, operativ) with
//     fewer than -k raters, and the statements comparing them; its totals,
//     the goals' medians and the dimension points stay. The summary says
//     how many of these small cells were suppressed.
//   - -o VERZEICHNIS: each document is written there under its own file
//     name instead of to standard output. Nothing is written when one
//     document fails.
//
// A file name "-" reads standard input. Exit status: 0 done, 1 a document
// is invalid or unreadable, 2 wrong call. -h prints the help in the
// language of -lang and exits 0.
package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/fruehehilfen/qualitaetsrahmen/examples/internal/programm"
	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema/anonym"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// aufruf is one run of the command: the program with its parsed options.
type aufruf struct {
	p              *programm.Programm
	streng         bool
	zusammenfassen bool
	k              int
	rollen         string
	ausgabe        string
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	p := programm.Neu("anonymisieren", texte, stdin, stdout, stderr)
	streng := p.Schalter("streng", false, "flag.streng")
	zusammenfassen := p.Schalter("zusammenfassen", false, "flag.zusammenfassen")
	k := p.Zahl("k", kommune.StandardMindestRater, 1, "flag.k")
	rollen := p.Datei("rollen", "flag.rollen")
	ausgabe := p.Verzeichnis("o", "flag.o")
	if code, weiter := p.Parse(args); !weiter {
		return code
	}
	if len(p.Args()) == 0 {
		return p.Aufruffehler("keinDokument")
	}
	a := &aufruf{p: p, streng: *streng, zusammenfassen: *zusammenfassen, k: *k, rollen: *rollen, ausgabe: *ausgabe}
	if a.ausgabe != "" {
		if n, doppelt := doppelterName(p.Args()); doppelt {
			return p.Aufruffehler("doppelt", n)
		}
	}
	dokumente, code := a.anonymisiere(ctx, p.Args())
	if code != programm.CodeOK {
		return code
	}
	return a.schreibe(dokumente)
}

// doppelterName returns the first output name two of the files share.
func doppelterName(dateien []string) (string, bool) {
	gesehen := map[string]bool{}
	for _, d := range dateien {
		n := ausgabeName(d)
		if gesehen[n] {
			return n, true
		}
		gesehen[n] = true
	}
	return "", false
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
// anonymises each; the summary goes to standard error. On error it has
// printed the message and returns the exit code.
func (a *aufruf) anonymisiere(ctx context.Context, dateien []string) ([]dokument, int) {
	rollen, err := a.leseRollen()
	if err != nil {
		return nil, a.p.Fehler(a.rollen, err)
	}
	opt := anonym.Optionen{Rollen: rollen, Streng: a.streng}
	if a.zusammenfassen {
		opt.MindestRater = a.k
	}
	lauf, err := anonym.NeuerLauf(opt)
	if err != nil {
		return nil, a.p.Fehler("", err)
	}
	var ds []dokument
	for _, datei := range dateien {
		if err := ctx.Err(); err != nil {
			return nil, a.p.Fehler("", err)
		}
		data, err := a.lies(datei)
		if err == nil {
			err = lauf.Lerne(data)
		}
		if err != nil {
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
		a.zusammenfassung(ds[i])
	}
	return ds, programm.CodeOK
}

// lies reads one document (bounded; "-" is standard input) and, with
// -zusammenfassen, aggregates a profile's ratings.
func (a *aufruf) lies(datei string) ([]byte, error) {
	f, err := a.p.Oeffne(datei)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := schema.Standard().Lies(f)
	if err != nil || !a.zusammenfassen {
		return data, err
	}
	art, _, err := schema.Standard().Erkenne(data)
	if err != nil || art != schema.ArtProfil {
		return data, nil // Lerne reports what is wrong with it
	}
	prof, err := kommune.ParseProfil(data)
	if err != nil {
		return nil, err
	}
	return kommune.FasseEinschaetzungenZusammen(prof, a.k).Dokument()
}

// leseRollen reads the -rollen file: one role a line.
func (a *aufruf) leseRollen() ([]string, error) {
	if a.rollen == "" {
		return nil, nil
	}
	f, err := a.p.Oeffne(a.rollen)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if z := strings.TrimSpace(sc.Text()); z != "" && !strings.HasPrefix(z, "#") {
			out = append(out, z)
		}
	}
	return out, sc.Err()
}

// fehler prints an error about a document, naming the file, and returns
// the exit code: the library's and the system's errors in their own
// words, an unresolvable schema reference and anything else in this
// program's.
func (a *aufruf) fehler(datei string, err error) int {
	var rf *anonym.RefFehler
	switch {
	case errors.As(err, &rf):
		a.p.Melde(a.p.Dateiname(datei) + ": " + a.p.T("fehler.ref", rf.Ref, rf.Ort))
		return programm.CodeBefund
	case programm.Uebersetzbar(err):
		return a.p.Fehler(datei, err)
	}
	a.p.Melde(a.p.Dateiname(datei) + ": " + a.p.T("fehler.sonst"))
	return programm.CodeBefund
}

// zusammenfassung writes what was done to one document.
func (a *aufruf) zusammenfassung(d dokument) {
	t, w := a.p.T, a.p.Stderr
	e := d.ergebnis
	var teile []string
	for _, k := range anonym.Kategorien {
		if n := e.Ersetzt[k]; n > 0 {
			teile = append(teile, t(kategorieTexte[k], n))
		}
	}
	ersetzt := t("ersetzt.nichts")
	if len(teile) > 0 {
		ersetzt = strings.Join(teile, ", ")
	}
	fmt.Fprintln(w, t("zusammenfassung", a.p.Dateiname(d.datei), string(e.Art), ersetzt))
	if a.zusammenfassen && e.Art == schema.ArtBewertung {
		fmt.Fprintln(w, t("kleineZellen", e.KleineZellen, a.k))
	}
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

// schreibe checks every anonymised document against its schema and then
// writes them to standard output or into -o; nothing is written when one
// of them fails.
func (a *aufruf) schreibe(ds []dokument) int {
	fertig := make([][]byte, len(ds))
	for i, d := range ds {
		var b bytes.Buffer
		if err := programm.SchreibeDokument(&b, d.ergebnis.Art, d.ergebnis.Dokument); err != nil {
			return a.p.Fehler(d.datei, err)
		}
		fertig[i] = b.Bytes()
	}
	if a.ausgabe == "" {
		for _, data := range fertig {
			if _, err := a.p.Stdout.Write(data); err != nil {
				return a.p.Fehler("", err)
			}
		}
		return programm.CodeOK
	}
	if err := os.MkdirAll(a.ausgabe, 0o755); err != nil {
		return a.nichtGeschrieben(a.ausgabe)
	}
	for i, d := range ds {
		ziel := filepath.Join(a.ausgabe, ausgabeName(d.datei))
		if err := os.WriteFile(ziel, fertig[i], 0o644); err != nil {
			return a.nichtGeschrieben(ziel)
		}
	}
	return programm.CodeOK
}

// nichtGeschrieben reports that the file or directory name cannot be
// written.
func (a *aufruf) nichtGeschrieben(name string) int {
	a.p.Melde(name + ": " + a.p.T("fehler.schreiben"))
	return programm.CodeBefund
}

// kategorieTexte are the summary's keys for the kinds of replaced values.
var kategorieTexte = map[anonym.Kategorie]string{
	anonym.KategoriePerson:  "kategorie.person",
	anonym.KategorieEMail:   "kategorie.e-mail",
	anonym.KategorieTelefon: "kategorie.telefon",
	anonym.KategorieURL:     "kategorie.url",
}

// texte holds the command's own texts in German and English.
var texte = schema.NeuerKatalog(
	schema.Eintrag{Schluessel: "aufruf", DE: "DOKUMENT.json…", EN: "DOCUMENT.json…"},
	schema.Eintrag{Schluessel: "beschreibung",
		DE: "Schreibt die Dokumente anonymisiert (Standardausgabe oder -o) und auf die Standardfehlerausgabe, was ersetzt wurde und welcher Freitext zur Prüfung stehen blieb. Alle Dokumente eines Aufrufs teilen die Platzhalter; - liest eines von der Standardeingabe.",
		EN: "Writes the documents anonymised (standard output or -o) and to standard error what was replaced and which free text was kept for review. All documents of one call share the placeholders; - reads one from standard input."},
	schema.Eintrag{Schluessel: "flag.streng", DE: "strenger Modus: Freitext ganz entfernen", EN: "strict mode: drop free text entirely"},
	schema.Eintrag{Schluessel: "flag.zusammenfassen", DE: "Selbsteinschätzungen je Entwicklungsziel zusammenfassen (Anzahl je Stufe, ohne Person); in einer Bewertung Sektoren und Ebenen mit weniger als -k Einschätzenden weglassen", EN: "aggregate self-assessments per development goal (count per level, no person); in a Bewertung leave out sectors and levels with fewer than -k raters"},
	schema.Eintrag{Schluessel: "flag.k", DE: "Sektor oder Ebene nur nennen, wenn mindestens so viele Einschätzende dazugehören (mit -zusammenfassen)", EN: "name a sector or level only if at least this many raters belong to it (with -zusammenfassen)"},
	schema.Eintrag{Schluessel: "flag.rollen", DE: "Datei mit Rollen (eine je Zeile), die in personenbezogenen Feldern stehen bleiben", EN: "file of roles (one a line) kept in personal fields"},
	schema.Eintrag{Schluessel: "flag.o", DE: "Verzeichnis für die anonymisierten Dokumente (Standard: Standardausgabe)", EN: "directory for the anonymised documents (default: standard output)"},
	schema.Eintrag{Schluessel: "keinDokument", DE: "mindestens ein Dokument angeben (- für die Standardeingabe)", EN: "name at least one document (- for standard input)"},
	schema.Eintrag{Schluessel: "doppelt", DE: "zwei Dokumente hätten in -o denselben Namen „%s“", EN: "two documents would have the same name \"%s\" in -o"},
	schema.Eintrag{Schluessel: "fehler.schreiben", DE: "lässt sich nicht schreiben", EN: "cannot be written"},
	schema.Eintrag{Schluessel: "fehler.sonst", DE: "kein gültiges Dokument der Bibliothek", EN: "not a valid document of the library"},
	schema.Eintrag{Schluessel: "fehler.ref", DE: "der Verweis „%s“ in %s lässt sich nicht auflösen; ohne ihn wären personenbezogene Felder ungeschützt", EN: "the reference \"%s\" in %s cannot be resolved; without it personal fields would be unprotected"},
	schema.Eintrag{Schluessel: "zusammenfassung", DE: "%s (%s): ersetzt: %s", EN: "%s (%s): replaced: %s"},
	schema.Eintrag{Schluessel: "ersetzt.nichts", DE: "nichts", EN: "nothing"},
	schema.Eintrag{Schluessel: "kategorie.person", DE: "%d × Person", EN: "%d × person"},
	schema.Eintrag{Schluessel: "kategorie.e-mail", DE: "%d × E-Mail-Adresse", EN: "%d × e-mail address"},
	schema.Eintrag{Schluessel: "kategorie.telefon", DE: "%d × Telefonnummer", EN: "%d × telephone number"},
	schema.Eintrag{Schluessel: "kategorie.url", DE: "%d × Webadresse", EN: "%d × web address"},
	schema.Eintrag{Schluessel: "kleineZellen", DE: "  kleine Zellen unterdrückt: %d (Sektoren und Ebenen mit weniger als %d Einschätzenden)", EN: "  small cells suppressed: %d (sectors and levels with fewer than %d raters)"},
	schema.Eintrag{Schluessel: "entfernt", DE: "  Freitext entfernt in %d Feldern (strenger Modus)", EN: "  free text dropped in %d fields (strict mode)"},
	schema.Eintrag{Schluessel: "behalten", DE: "  Freitext behalten in %d Feldern – bitte vor dem Weitergeben lesen:", EN: "  free text kept in %d fields – please read before sharing:"},
)
