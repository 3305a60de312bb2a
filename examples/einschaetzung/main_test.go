package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/examples/internal/programm"
	"github.com/fruehehilfen/qualitaetsrahmen/examples/internal/programmtest"
	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
	"github.com/fruehehilfen/qualitaetsrahmen/netzwerk"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/bogen"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// update rewrites the golden files under testdata/ instead of comparing with
// them: go test ./examples/einschaetzung/ -update, then review the diff.
var update = flag.Bool("update", false, "rewrite golden files")

const boegen = "../../testdata/boegen"

func qd3Boegen(t *testing.T) []string {
	t.Helper()
	dateien, err := filepath.Glob(filepath.Join(boegen, "qd3-*.csv"))
	require.NoError(t, err)
	require.Len(t, dateien, 5)
	return dateien
}

// ausfuehren runs the command and returns stdout, stderr and an error
// that is nil for exit status 0 and else holds the status and stderr.
func ausfuehren(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	code, out, errOut := programmtest.Lauf(run, strings.NewReader(stdin), args...)
	if code != 0 {
		return out, errOut, fmt.Errorf("exit %d: %s", code, errOut)
	}
	return out, errOut, nil
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	p := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(p, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(p)
	require.NoError(t, err, "golden file missing; run with -update")
	assert.Equal(t, string(want), got, "output differs from %s (refresh with -update)", p)
}

func TestBogenGolden(t *testing.T) {
	tests := []struct {
		datei string
		args  []string
	}{
		{"bogen-qd3.md", []string{"bogen", "-dimensionen", "3"}},
		{"bogen-qd3-qd7.csv", []string{"bogen", "-format", "csv", "-dimensionen", "3, 7"}},
		{"bogen-2016-qd2.en.md", []string{"bogen", "-rahmen", "2016", "-dimensionen", "QD2", "-lang", "en"}},
	}
	for _, tt := range tests {
		t.Run(tt.datei, func(t *testing.T) {
			out, errOut, err := ausfuehren(t, "", tt.args...)
			require.NoError(t, err, errOut)
			assert.Empty(t, errOut)
			golden(t, tt.datei, out)
		})
	}
}

func TestBogenCSV(t *testing.T) {
	out, _, err := ausfuehren(t, "", "bogen", "-format", "csv")
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(out, "\uFEFFentwicklungsziel;ziel;herkunft;person;sektor;stufe;datum;kommentar\n"), "BOM for Excel, then the header")
	n := 0
	for range qualitaet.Standard().Entwicklungsziele() {
		n++
	}
	assert.Equal(t, n+1, strings.Count(out, "\n"), "one row per goal of the whole catalogue")

	out, _, err = ausfuehren(t, "", "bogen", "-format", "csv", "-bom=false", "-dimensionen", "3")
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(out, "entwicklungsziel;"))
}

func TestBogenFehler(t *testing.T) {
	fehlt := filepath.Join(t.TempDir(), "gibt-es-nicht.json")
	tests := []struct {
		name string
		args []string
		code int
		want string // all of stderr
	}{
		{"QD 10 in 2016", []string{"bogen", "-rahmen", "2016", "-dimensionen", "3,10"}, 2, "einschaetzung bogen: Dimension 10 gibt es im Qualitätsrahmen Frühe Hilfen (2016) nicht"},
		{"QD 10 in 2016 englisch", []string{"bogen", "-rahmen", "2016", "-dimensionen", "10", "-lang", "en"}, 2, "einschaetzung bogen: dimension 10 does not exist"},
		{"keine Nummer", []string{"bogen", "-dimensionen", "3,sieben"}, 2, "einschaetzung bogen: „SIEBEN“ ist keine Dimensionsnummer (erwartet etwa -dimensionen 3,7) (Hilfe: einschaetzung bogen -h)\n"},
		{"Format", []string{"bogen", "-format", "pdf"}, 2, "einschaetzung bogen: unbekannter Wert „pdf“ für -format; erlaubt sind markdown, csv (Hilfe: einschaetzung bogen -h)\n"},
		{"Version", []string{"bogen", "-rahmen", "3.0"}, 2, "einschaetzung bogen: unbekannter Wert „3.0“ für -rahmen; erlaubt sind 2016, 2.0 (Hilfe: einschaetzung bogen -h)\n"},
		{"Sprache", []string{"bogen", "-lang", "x"}, 2, "einschaetzung bogen: unbekannter Wert „x“ für -lang; erlaubt sind de, en (Hilfe: einschaetzung bogen -h)\n"},
		{"Argument", []string{"bogen", "QD3"}, 2, "einschaetzung bogen: unerwartetes Argument „QD3“; der Bogen nimmt nur Optionen (Hilfe: einschaetzung bogen -h)\n"},
		{"Flagge", []string{"bogen", "-farbe", "rot"}, 2, "einschaetzung bogen: unbekannte Option -farbe; erlaubt sind -bom, -dimensionen, -format, -lang, -rahmen, -h (Hilfe: einschaetzung bogen -h)\n"},
		{"kein Unterbefehl", nil, 2, "einschaetzung: Unterbefehl fehlt (bogen oder einlesen) (Hilfe: einschaetzung -h)\n"},
		{"unbekannter Unterbefehl", []string{"drucken"}, 2, "einschaetzung: unbekannter Unterbefehl „drucken“; erlaubt sind bogen, einlesen (Hilfe: einschaetzung -h)\n"},
		{"unbekannter Unterbefehl englisch", []string{"-lang", "en", "drucken"}, 2, "einschaetzung: unknown subcommand \"drucken\"; allowed are bogen, einlesen (help: einschaetzung -h)\n"},
		{"einlesen ohne Bogen", []string{"einlesen"}, 2, "einschaetzung einlesen: kein Bogen angegeben (Hilfe: einschaetzung einlesen -h)\n"},
		{"Bogen fehlt", []string{"einlesen", fehlt}, 1, "einschaetzung einlesen: " + fehlt + ": nicht gefunden\neinschaetzung einlesen: 1 von 1 Bögen fehlerhaft; nichts geschrieben\n"},
		{"Profil fehlt", []string{"einlesen", "-profil", fehlt, filepath.Join(boegen, "qd3-ehrenamt.csv")}, 1, "einschaetzung einlesen: " + fehlt + ": nicht gefunden\n"},
		{"Profil fehlt englisch", []string{"-lang", "en", "einlesen", "-profil", fehlt, filepath.Join(boegen, "qd3-ehrenamt.csv")}, 1, "einschaetzung einlesen: " + fehlt + ": not found\n"},
		{"Profil von stdin kaputt", []string{"einlesen", "-profil", "-", filepath.Join(boegen, "qd3-ehrenamt.csv")}, 1, "einschaetzung einlesen: Standardeingabe: ungültiges Dokument"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := programmtest.Lauf(run, strings.NewReader("{"), tt.args...)
			assert.Equal(t, tt.code, code)
			assert.True(t, strings.HasPrefix(errOut, tt.want), "stderr %q, want %q", errOut, tt.want)
			assert.Empty(t, out, "nothing on stdout on error")
		})
	}
}

func TestHilfe(t *testing.T) {
	for _, args := range [][]string{{"hilfe"}, {"-h"}} {
		code, out, errOut := programmtest.Lauf(run, nil, args...)
		assert.Equal(t, 0, code)
		assert.Empty(t, errOut)
		assert.Contains(t, out, "Aufruf: einschaetzung [Optionen] bogen|einlesen")
		assert.Contains(t, out, "einschaetzung einlesen -h")
	}
	programmtest.Einheitlich(t, run, programmtest.Fall{Name: "einschaetzung"})
	programmtest.Einheitlich(t, run, programmtest.Fall{Name: "einschaetzung bogen", Vor: []string{"bogen"}})
	programmtest.Einheitlich(t, run, programmtest.Fall{Name: "einschaetzung einlesen", Vor: []string{"einlesen"},
		Datei: func(name string) []string { return []string{name} }})
	code, out, _ := programmtest.Lauf(run, nil, "-lang", "en", "bogen", "-h")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "Usage: einschaetzung bogen [options]", "-lang before the subcommand holds for it")
}

func TestTexte(t *testing.T) {
	for _, k := range []*schema.Katalog{texte, bogenTexte, einlesenTexte} {
		require.NoError(t, programm.PruefeTexte(k, os.DirFS(".")))
	}
}

// TestEinlesenQD3 reads the sheets of five raters for QD 3 into the
// embedded Oder-Spree profile.
func TestEinlesenQD3(t *testing.T) {
	vorher, err := beispielprofil()
	require.NoError(t, err)

	out, errOut, err := ausfuehren(t, "", append([]string{"einlesen"}, qd3Boegen(t)...)...)
	require.NoError(t, err, errOut)
	assert.Empty(t, errOut)

	p, err := kommune.ParseProfil([]byte(out))
	require.NoError(t, err, "the output is a valid profile")
	assert.Equal(t, vorher.Name, p.Name)
	require.Len(t, p.Einschaetzungen, len(vorher.Einschaetzungen)+5*6)
	for i, e := range vorher.Einschaetzungen {
		assert.Equal(t, e, p.Einschaetzungen[i], "existing ratings first, unchanged")
	}

	neu := p.Einschaetzungen[len(vorher.Einschaetzungen):]
	proZiel := map[qualitaet.ID]int{}
	sektoren := map[string]bool{}
	stufe := map[string]qualitaet.Stufe{}
	for _, e := range neu {
		proZiel[e.Entwicklungsziel]++
		sektoren[e.Sektor] = true
		stufe[string(e.Entwicklungsziel)+" "+e.Sektor] = e.Stufe
	}
	assert.Len(t, proZiel, 6)
	for id, n := range proZiel {
		assert.Equal(t, 5, n, "%s rated by five people", id)
	}
	assert.Equal(t, map[string]bool{"gesundheitswesen": true, "kinder-und-jugendhilfe": true, "schwangerschaftsberatung": true,
		"ehrenamt": true, "fruehfoerderung": true}, sektoren)
	assert.Equal(t, qualitaet.Stufe(4), stufe["QD3.T1.Z2 kinder-und-jugendhilfe"])
	assert.Equal(t, qualitaet.Stufe(1), stufe["QD3.T1.Z2 gesundheitswesen"])

	// The evaluation sees the gap between health and youth welfare.
	b, err := kommune.Bewerte(p, kommune.BewertungsOptionen{Zeitpunkt: time.Date(2026, 12, 15, 0, 0, 0, 0, time.UTC)})
	require.NoError(t, err)
	var z2 *qualitaet.Streuung
	for i := range b.Streuung {
		if b.Streuung[i].Entwicklungsziel == "QD3.T1.Z2" {
			z2 = &b.Streuung[i]
		}
	}
	require.NotNil(t, z2, "spread of QD3.T1.Z2")
	assert.True(t, z2.Divergent, "QD3.T1.Z2 diverges: %v", z2)
	assert.Equal(t, qualitaet.Stufe(1), z2.Minimum)
	assert.Equal(t, qualitaet.Stufe(4), z2.Maximum)

	// Reading the same sheets into the result again adds nothing.
	dir := t.TempDir()
	profil := filepath.Join(dir, "profil.json")
	require.NoError(t, os.WriteFile(profil, []byte(out), 0o644))
	nochmal, _, err := ausfuehren(t, "", append([]string{"einlesen", "-profil", profil}, qd3Boegen(t)...)...)
	require.NoError(t, err)
	assert.Equal(t, out, nochmal)

	// The same, with the profile on standard input.
	stdin, _, err := ausfuehren(t, out, append([]string{"einlesen", "-profil", "-"}, qd3Boegen(t)...)...)
	require.NoError(t, err)
	assert.Equal(t, out, stdin)
}

// TestRundreise writes a CSV sheet with the command, fills it in the way a
// rater in a spreadsheet does, and reads it in with the command.
func TestRundreise(t *testing.T) {
	vorlage, _, err := ausfuehren(t, "", "bogen", "-format", "csv", "-dimensionen", "3")
	require.NoError(t, err)
	zeilen := strings.Split(strings.TrimSuffix(vorlage, "\n"), "\n")
	require.Len(t, zeilen, 9) // the header and the 8 goals of QD 3
	ausgefuellt := []string{zeilen[0]}
	for i, z := range zeilen[1:] {
		z = strings.TrimSuffix(z, ";;;;;")
		switch i {
		case 0:
			z += ";Kita-Leitung;Kinder- und Jugendhilfe;3;24.11.2026;\"läuft; gut\""
		case 1:
			z += ";Kita-Leitung;Kinder- und Jugendhilfe;k. A.;24.11.2026;"
		case 2, 6, 7:
			z += ";;;;;" // left out
		default:
			z += ";Kita-Leitung;Kinder- und Jugendhilfe;" + string(rune('0'+i-2)) + ";2026-11-24;"
		}
		ausgefuellt = append(ausgefuellt, z)
	}
	datei := filepath.Join(t.TempDir(), "kita.csv")
	require.NoError(t, os.WriteFile(datei, []byte(strings.Join(ausgefuellt, "\r\n")+"\r\n"), 0o644))

	out, errOut, err := ausfuehren(t, "", "einlesen", datei)
	require.NoError(t, err, errOut)
	p, err := kommune.ParseProfil([]byte(out))
	require.NoError(t, err)
	vorher, err := beispielprofil()
	require.NoError(t, err)
	neu := p.Einschaetzungen[len(vorher.Einschaetzungen):]
	require.Len(t, neu, 5)
	assert.Equal(t, qualitaet.ID("QD3.T1.Z1"), neu[0].Entwicklungsziel)
	assert.Equal(t, qualitaet.Stufe(3), neu[0].Stufe)
	assert.Equal(t, "läuft; gut", neu[0].Begruendung)
	assert.True(t, neu[1].NichtBeurteilbar)
	assert.Equal(t, qualitaet.ID("QD3.T1.Z4"), neu[2].Entwicklungsziel)
	for _, e := range neu {
		assert.Equal(t, "Kita-Leitung", e.Person)
		assert.Equal(t, "kinder-und-jugendhilfe", e.Sektor)
	}
}

// TestTabellenkalkulation reads the sheet saved by a spreadsheet (BOM,
// CRLF, multi-line quoted comment) and the same sheet without BOM and CR:
// the profiles are the same.
func TestTabellenkalkulation(t *testing.T) {
	roh, err := os.ReadFile(filepath.Join(boegen, "tabellenkalkulation.csv"))
	require.NoError(t, err)
	schlicht := bytes.ReplaceAll(bytes.TrimPrefix(roh, []byte("\uFEFF")), []byte("\r\n"), []byte("\n"))
	require.NotEqual(t, roh, schlicht)
	datei := filepath.Join(t.TempDir(), "schlicht.csv")
	require.NoError(t, os.WriteFile(datei, schlicht, 0o644))

	a, _, err := ausfuehren(t, "", "einlesen", filepath.Join(boegen, "tabellenkalkulation.csv"))
	require.NoError(t, err)
	b, _, err := ausfuehren(t, "", "einlesen", datei)
	require.NoError(t, err)
	assert.Equal(t, a, b)
	assert.Contains(t, a, `"begruendung": "Stimmt; aber das Jugendamt\nsteuert eher nebenbei."`)
}

// TestEinlesenFehlerhaft: one bad sheet among good ones stops everything;
// every bad row of every sheet is listed with file and line.
func TestEinlesenFehlerhaft(t *testing.T) {
	args := append([]string{"einlesen"}, qd3Boegen(t)...)
	args = append(args, filepath.Join(boegen, "fehlerhaft-stufe.csv"), filepath.Join(boegen, "fehlerhaft-ziel.csv"))
	out, errOut, err := ausfuehren(t, "", args...)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "2 von 7 Bögen fehlerhaft; nichts geschrieben")
	assert.Empty(t, out)
	for _, want := range []string{
		"fehlerhaft-stufe.csv, Zeile 2, Spalte „stufe“: Stufe 7 liegt außerhalb der Skala 0–4",
		"fehlerhaft-stufe.csv, Zeile 6, Spalte „stufe“: „2,5“ ist keine Stufe",
		"fehlerhaft-ziel.csv, Zeile 3, Spalte „entwicklungsziel“: Entwicklungsziel QD3.T1.Z9 gibt es",
		"fehlerhaft-ziel.csv, Zeile 7, Spalte „sektor“",
	} {
		assert.Contains(t, errOut, want)
	}
	assert.Equal(t, 4+5, strings.Count(errOut, "\n  /zeilen/"), "every bad row, not just the first")

	_, errOut, err = ausfuehren(t, "", "einlesen", "-lang", "en", filepath.Join(boegen, "fehlerhaft-stufe.csv"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "1 of 1 sheets are faulty; nothing written")
	assert.Contains(t, errOut, `fehlerhaft-stufe.csv, line 2, column "stufe": level 7 is outside the scale 0–4`)
}

// TestEinlesenSektorUnbekannt: a sector ID the network does not know is
// refused by the profile's checks; nothing is written.
func TestEinlesenSektorUnbekannt(t *testing.T) {
	datei := filepath.Join(t.TempDir(), "bogen.csv")
	require.NoError(t, os.WriteFile(datei, []byte("entwicklungsziel;person;sektor;stufe;datum\nQD3.T1.Z1;A;familienbildung;2;24.11.2026\n"), 0o644))
	out, _, err := ausfuehren(t, "", "einlesen", datei)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "familienbildung")
	assert.Empty(t, out)
}

// TestSektorNamen pins bogen's small table of default sectors to the
// netzwerk package it must not import.
func TestSektorNamen(t *testing.T) {
	infos := netzwerk.StandardSektoren()
	require.Len(t, infos, 10)
	for _, s := range infos {
		got, ok := bogen.Sektor(s.Name)
		assert.True(t, ok, s.Name)
		assert.Equal(t, string(s.ID), got, "bogen.Sektor(%q)", s.Name)
		got, ok = bogen.Sektor(string(s.ID))
		assert.True(t, ok)
		assert.Equal(t, string(s.ID), got)
	}
}
