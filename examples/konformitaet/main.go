// Command konformitaet runs the conformance vectors of the evaluation
// engine: every *.json file in DIR (in name order) is read as a
// Konformitaetsvektor, evaluated, and compared figure by figure with its
// expected results. It prints "ok  FILE" or "FEHLER FILE" (English: "FAIL
// FILE") followed by each difference, named by the part of "erwartet" it
// concerns ("dimensionen: QD3 punkte: 50, erwartet 76"; parts: dimensionen,
// gesamt, ziele, runde, prioritaeten, streuung, vorbewertungen, fehler),
// or the reason the file could not be read, indented; then, with -lang de, a German summary ("N bestanden, M nicht bestanden"); and last,
// in every language, the line "N passed, M failed" for CI scripts. It exits
// with status 1 when a vector fails or cannot be read, 2 on a wrong call.
//
//	go run ./examples/konformitaet [-lang de|en] DIR
//
// An implementation of the engine in another language can run the same
// vectors (testdata/konformitaet) to prove that it computes the same figures.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/examples/internal/programm"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// texte holds the command's own texts in German and English.
var texte = schema.NeuerKatalog(
	schema.Eintrag{Schluessel: "aufruf", DE: "VERZEICHNIS", EN: "DIRECTORY"},
	schema.Eintrag{Schluessel: "beschreibung",
		DE: "Prüft die Konformitätsvektoren (*.json) im VERZEICHNIS: jeder Vektor wird bewertet und Zahl für Zahl mit seinen erwarteten Ergebnissen verglichen. Die letzte Zeile „N passed, M failed“ ist für CI-Skripte immer englisch.",
		EN: "Runs the conformance vectors (*.json) in DIRECTORY: each vector is evaluated and compared figure by figure with its expected results. The last line \"N passed, M failed\" is for CI scripts."},
	schema.Eintrag{Schluessel: "einVerzeichnis", DE: "genau ein Verzeichnis angeben", EN: "give exactly one directory"},
	schema.Eintrag{Schluessel: "fehler", DE: "FEHLER", EN: "FAIL"},
	schema.Eintrag{Schluessel: "keinVerzeichnis", DE: "ist kein Verzeichnis", EN: "is not a directory"},
	schema.Eintrag{Schluessel: "keineDatei", DE: "keine *.json-Datei im Verzeichnis", EN: "no *.json file in the directory"},
	schema.Eintrag{Schluessel: "summe", DE: "%d bestanden, %d nicht bestanden", EN: "%d passed, %d failed"},
)

func run(_ context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	p := programm.Neu("konformitaet", texte, stdin, stdout, stderr)
	if code, weiter := p.Parse(args); !weiter {
		return code
	}
	if len(p.Args()) != 1 {
		return p.Aufruffehler("einVerzeichnis")
	}
	dir := p.Args()[0]
	if info, err := os.Stat(dir); err != nil {
		return p.Fehler(dir, err)
	} else if !info.IsDir() {
		p.Melde(dir + ": " + p.T("keinVerzeichnis"))
		return programm.CodeBefund
	}
	dateien, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil || len(dateien) == 0 {
		p.Melde(dir + ": " + p.T("keineDatei"))
		return programm.CodeBefund
	}
	slices.Sort(dateien)

	var bestanden, fehlgeschlagen int
	for _, datei := range dateien {
		name := filepath.Base(datei)
		abw, err := pruefe(datei, p.Sprache)
		if err != nil {
			abw = strings.Split(programm.Uebersetze(err, p.Sprache), "\n")
		}
		if len(abw) == 0 {
			bestanden++
			fmt.Fprintf(stdout, "ok  %s\n", name)
			continue
		}
		fehlgeschlagen++
		fmt.Fprintf(stdout, "%s %s\n", p.T("fehler"), name)
		for _, zeile := range abw {
			fmt.Fprintf(stdout, "    %s\n", strings.TrimSpace(zeile))
		}
	}
	if p.Sprache != language.English {
		fmt.Fprintln(stdout, p.T("summe", bestanden, fehlgeschlagen))
	}
	// The closing line stays English in every language: CI scripts read it.
	fmt.Fprintf(stdout, "%d passed, %d failed\n", bestanden, fehlgeschlagen)
	if fehlgeschlagen > 0 {
		return programm.CodeBefund
	}
	return programm.CodeOK
}

// pruefe reads one vector and returns its differences.
func pruefe(datei string, tag language.Tag) ([]string, error) {
	f, err := os.Open(datei)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	k, err := qualitaet.LiesKonformitaetsvektor(f)
	if err != nil {
		return nil, err
	}
	return k.Pruefe(tag)
}
