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
	assert.True(t, strings.HasPrefix(out, "\uFEFFentwicklungsziel;ziel;herkunft;person;kennung;sektor;ebene;runde;stufe;entwicklungsbedarf;datum;kommentar\n"), "BOM for Excel, then the header")
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
		{"Bogen fehlt", []string{"einlesen", "-neu", "Musterstadt", fehlt}, 1, "einschaetzung einlesen: " + fehlt + ": nicht gefunden\neinschaetzung einlesen: 1 von 1 Bögen fehlerhaft; nichts geschrieben\n"},
		{"Profil fehlt", []string{"einlesen", "-profil", fehlt, filepath.Join(boegen, "qd3-ehrenamt.csv")}, 1, "einschaetzung einlesen: " + fehlt + ": nicht gefunden\n"},
		{"Profil fehlt englisch", []string{"-lang", "en", "einlesen", "-profil", fehlt, filepath.Join(boegen, "qd3-ehrenamt.csv")}, 1, "einschaetzung einlesen: " + fehlt + ": not found\n"},
		{"Profil von stdin kaputt", []string{"einlesen", "-profil", "-", filepath.Join(boegen, "qd3-ehrenamt.csv")}, 1, "einschaetzung einlesen: Standardeingabe: ungültiges Dokument"},
		{"Bogen fehlt englisch", []string{"-lang", "en", "einlesen", "-neu", "Musterstadt", fehlt}, 1, "einschaetzung einlesen: " + fehlt + ": not found\neinschaetzung einlesen: 1 of 1 sheets are faulty; nothing written\n"},
		{"kein Profil", []string{"einlesen", filepath.Join(boegen, "qd3-ehrenamt.csv")}, 2, "einschaetzung einlesen: kein Profil angegeben: -profil PROFIL.json nennt das Profil der Kommune, -neu „Name der Kommune“ beginnt ein leeres, -beispiel oder-spree nimmt das eingebettete Beispiel (Hilfe: einschaetzung einlesen -h)\n"},
		{"kein Profil englisch", []string{"einlesen", "-lang", "en", filepath.Join(boegen, "qd3-ehrenamt.csv")}, 2, "einschaetzung einlesen: no profile given: -profil PROFILE.json names the Kommune's profile, -neu \"name of the Kommune\" starts an empty one, -beispiel oder-spree takes the embedded example (help: einschaetzung einlesen -h)\n"},
		{"leerer Name", []string{"einlesen", "-neu", " ", filepath.Join(boegen, "qd3-ehrenamt.csv")}, 2, "einschaetzung einlesen: kein Profil angegeben: -profil PROFIL.json nennt das Profil der Kommune, -neu „Name der Kommune“ beginnt ein leeres, -beispiel oder-spree nimmt das eingebettete Beispiel (Hilfe: einschaetzung einlesen -h)\n"},
		{"zwei Profile", []string{"einlesen", "-neu", "A", "-beispiel", "oder-spree", filepath.Join(boegen, "qd3-ehrenamt.csv")}, 2, "einschaetzung einlesen: nur eines von -profil, -neu und -beispiel angeben (Hilfe: einschaetzung einlesen -h)\n"},
		{"drei Profile englisch", []string{"einlesen", "-lang", "en", "-profil", "-", "-neu", "A", "-beispiel", "oder-spree", filepath.Join(boegen, "qd3-ehrenamt.csv")}, 2, "einschaetzung einlesen: give only one of -profil, -neu and -beispiel (help: einschaetzung einlesen -h)\n"},
		{"unbekanntes Beispiel", []string{"einlesen", "-beispiel", "musterstadt", filepath.Join(boegen, "qd3-ehrenamt.csv")}, 2, "einschaetzung einlesen: unbekannter Wert „musterstadt“ für -beispiel; erlaubt sind oder-spree (Hilfe: einschaetzung einlesen -h)\n"},
		{"unbekanntes Beispiel englisch", []string{"-lang", "en", "einlesen", "-beispiel", "musterstadt", filepath.Join(boegen, "qd3-ehrenamt.csv")}, 2, "einschaetzung einlesen: unknown value \"musterstadt\" for -beispiel; allowed are oder-spree (help: einschaetzung einlesen -h)\n"},
		{"Rundendatum", []string{"einlesen", "-neu", "A", "-runde", "r1", "-runde-datum", "März", filepath.Join(boegen, "qd3-ehrenamt.csv")}, 2, "einschaetzung einlesen: „März“ für -runde-datum ist kein Datum der Form JJJJ-MM-TT (Hilfe: einschaetzung einlesen -h)\n"},
		{"Rundendatum englisch", []string{"einlesen", "-lang", "en", "-neu", "A", "-runde", "r1", "-runde-datum", "März", filepath.Join(boegen, "qd3-ehrenamt.csv")}, 2, "einschaetzung einlesen: \"März\" for -runde-datum is no date of the form YYYY-MM-DD (help: einschaetzung einlesen -h)\n"},
		{"Rundentitel ohne Runde", []string{"einlesen", "-neu", "A", "-runde-titel", "Netzwerktreffen", filepath.Join(boegen, "qd3-ehrenamt.csv")}, 2, "einschaetzung einlesen: -runde-titel und -runde-datum brauchen -runde (Hilfe: einschaetzung einlesen -h)\n"},
		{"Rundendatum ohne Runde englisch", []string{"einlesen", "-lang", "en", "-neu", "A", "-runde-datum", "2026-03-12", filepath.Join(boegen, "qd3-ehrenamt.csv")}, 2, "einschaetzung einlesen: -runde-titel and -runde-datum need -runde (help: einschaetzung einlesen -h)\n"},
		{"Flagge einlesen", []string{"einlesen", "-farbe", "rot"}, 2, "einschaetzung einlesen: unbekannte Option -farbe; erlaubt sind -beispiel, -lang, -name-ist-kennung, -neu, -profil, -runde, -runde-datum, -runde-titel, -h (Hilfe: einschaetzung einlesen -h)\n"},
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
		Datei: func(name string) []string { return []string{"-neu", "Musterstadt", name} }})
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
	vorher, err := kommune.Beispiel()
	require.NoError(t, err)

	out, errOut, err := ausfuehren(t, "", append([]string{"einlesen", "-beispiel", "oder-spree"}, qd3Boegen(t)...)...)
	require.NoError(t, err, errOut)
	// The example profile's own rating by "Netzwerkkoordination" (without a
	// key) and the sheet's are kept apart, with a notice.
	assert.Equal(t, 1, strings.Count(errOut, "tragen denselben Namen"), errOut)
	assert.Contains(t, errOut, "Profil, ../../testdata/boegen/qd3-kinder-und-jugendhilfe.csv tragen denselben Namen")

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
		// person;kennung;sektor;ebene;runde;stufe;entwicklungsbedarf;datum;kommentar
		z = strings.TrimSuffix(z, ";;;;;;;;;")
		switch i {
		case 0:
			z += ";Kita-Leitung;;Kinder- und Jugendhilfe;operativ;;3;hoch;24.11.2026;\"läuft; gut\""
		case 1:
			z += ";Kita-Leitung;;Kinder- und Jugendhilfe;;;k. A.;;24.11.2026;"
		case 2, 6, 7:
			z += ";;;;;;;;;" // left out
		default:
			z += ";Kita-Leitung;;Kinder- und Jugendhilfe;;;" + string(rune('0'+i-2)) + ";Mittel;2026-11-24;"
		}
		ausgefuellt = append(ausgefuellt, z)
	}
	datei := filepath.Join(t.TempDir(), "kita.csv")
	require.NoError(t, os.WriteFile(datei, []byte(strings.Join(ausgefuellt, "\r\n")+"\r\n"), 0o644))

	out, errOut, err := ausfuehren(t, "", "einlesen", "-beispiel", "oder-spree", datei)
	require.NoError(t, err, errOut)
	p, err := kommune.ParseProfil([]byte(out))
	require.NoError(t, err)
	vorher, err := kommune.Beispiel()
	require.NoError(t, err)
	neu := p.Einschaetzungen[len(vorher.Einschaetzungen):]
	require.Len(t, neu, 5)
	assert.Equal(t, qualitaet.ID("QD3.T1.Z1"), neu[0].Entwicklungsziel)
	assert.Equal(t, qualitaet.Stufe(3), neu[0].Stufe)
	assert.Equal(t, "läuft; gut", neu[0].Begruendung)
	assert.True(t, neu[1].NichtBeurteilbar)
	assert.Equal(t, qualitaet.ID("QD3.T1.Z4"), neu[2].Entwicklungsziel)
	assert.Equal(t, qualitaet.Operativ, neu[0].Ebene)
	assert.Equal(t, qualitaet.BedarfHoch, neu[0].Entwicklungsbedarf)
	assert.Equal(t, qualitaet.BedarfMittel, neu[2].Entwicklungsbedarf)
	for _, e := range neu {
		assert.Equal(t, "Kita-Leitung", e.Person)
		assert.Equal(t, "kinder-und-jugendhilfe", e.Sektor)
		assert.Equal(t, bogen.Kennung("kita.csv", "Kita-Leitung", false), e.Einschaetzende)
	}
}

// TestZweiGleichnamige: two sheets both signed "Hebamme" are two raters with a
// notice; with -name-ist-kennung they are one. The same name twice for one
// goal in one sheet is an error naming both lines.
func TestZweiGleichnamige(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.csv"), filepath.Join(dir, "b.csv")
	require.NoError(t, os.WriteFile(a, []byte("entwicklungsziel;person;stufe;datum\nQD3.T1.Z1;Hebamme;1;01.12.2026\n"), 0o644))
	require.NoError(t, os.WriteFile(b, []byte("entwicklungsziel;person;stufe;datum\nQD3.T1.Z1;Hebamme;3;02.12.2026\n"), 0o644))

	out, errOut, err := ausfuehren(t, "", "einlesen", "-neu", "Musterstadt", "-runde", "2026-12", "-runde-titel", "Netzwerktreffen Dezember 2026", a, b)
	require.NoError(t, err, errOut)
	assert.Contains(t, errOut, "a.csv, "+b+" tragen denselben Namen (oder dieselbe Rolle) in derselben Runde; gelesen als verschiedene Einschätzende")
	p, err := kommune.ParseProfil([]byte(out))
	require.NoError(t, err)
	require.Len(t, p.Einschaetzungen, 2)
	assert.NotEqual(t, p.Einschaetzungen[0].Einschaetzende, p.Einschaetzungen[1].Einschaetzende)
	require.Len(t, p.Runden, 1)
	assert.Equal(t, "Netzwerktreffen Dezember 2026", p.Runden[0].Titel)
	assert.Equal(t, time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC), p.Runden[0].Datum, "dated by its latest rating")
	bw, err := kommune.Bewerte(p, kommune.BewertungsOptionen{Zeitpunkt: time.Date(2026, 12, 15, 0, 0, 0, 0, time.UTC)})
	require.NoError(t, err)
	require.Len(t, bw.Streuung, 1)
	assert.Equal(t, []qualitaet.Stufe{1, 3}, bw.Streuung[0].Stufen, "both midwives count")
	assert.NotContains(t, errOut, "Hebamme", "the notice quotes no name")

	// In English, with the round's day given, and the second sheet on
	// standard input (named so in the notice).
	stdin, err := os.ReadFile(b)
	require.NoError(t, err)
	out, errOut, err = ausfuehren(t, string(stdin), "-lang", "en", "einlesen", "-neu", "Musterstadt", "-runde", "2026-12", "-runde-datum", "2026-12-05", a, "-")
	require.NoError(t, err, errOut)
	assert.True(t, strings.HasPrefix(errOut, "einschaetzung einlesen: notice: "+a+", standard input carry the same name (or role) in the same round; read as different raters (keys "), errOut)
	assert.Equal(t, 1, strings.Count(errOut, "\n"), "one notice")
	p, err = kommune.ParseProfil([]byte(out))
	require.NoError(t, err)
	require.Len(t, p.Runden, 1)
	assert.Equal(t, "2026-12", p.Runden[0].Titel, "titled by its ID")
	assert.Equal(t, time.Date(2026, 12, 5, 0, 0, 0, 0, time.UTC), p.Runden[0].Datum, "dated by -runde-datum")

	out, errOut, err = ausfuehren(t, "", "einlesen", "-neu", "Musterstadt", "-name-ist-kennung", a, b)
	require.NoError(t, err, errOut)
	assert.NotContains(t, errOut, "Hinweis")
	p, err = kommune.ParseProfil([]byte(out))
	require.NoError(t, err)
	assert.Equal(t, p.Einschaetzungen[0].Einschaetzende, p.Einschaetzungen[1].Einschaetzende)

	// Two midwives who rate alike are still two ratings.
	gleich := filepath.Join(dir, "gleich.csv")
	require.NoError(t, os.WriteFile(gleich, []byte("entwicklungsziel;person;stufe;datum\nQD3.T1.Z1;Hebamme;1;01.12.2026\n"), 0o644))
	out, errOut, err = ausfuehren(t, "", "einlesen", "-neu", "Musterstadt", a, gleich)
	require.NoError(t, err, errOut)
	assert.Contains(t, errOut, "tragen denselben Namen")
	p, err = kommune.ParseProfil([]byte(out))
	require.NoError(t, err)
	require.Len(t, p.Einschaetzungen, 2, "not merged silently")

	doppelt := filepath.Join(dir, "doppelt.csv")
	require.NoError(t, os.WriteFile(doppelt, []byte("entwicklungsziel;person;stufe;datum\nQD3.T1.Z1;Hebamme;1;01.12.2026\nQD3.T1.Z1;Hebamme;3;02.12.2026\n"), 0o644))
	out, errOut, err = ausfuehren(t, "", "einlesen", "-neu", "Musterstadt", doppelt)
	require.Error(t, err)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "Zeile 3, Spalte „entwicklungsziel“: QD3.T1.Z1 ist von derselben einschätzenden Person in dieser Runde schon in Zeile 2 eingeschätzt (hier Zeile 3)")
}

// TestTabellenkalkulation reads the sheet saved by a spreadsheet (BOM,
// CRLF, multi-line quoted comment) and the same sheet without BOM and CR:
// the profiles are the same.
func TestTabellenkalkulation(t *testing.T) {
	roh, err := os.ReadFile(filepath.Join(boegen, "tabellenkalkulation.csv"))
	require.NoError(t, err)
	schlicht := bytes.ReplaceAll(bytes.TrimPrefix(roh, []byte("\uFEFF")), []byte("\r\n"), []byte("\n"))
	require.NotEqual(t, roh, schlicht)
	datei := filepath.Join(t.TempDir(), "tabellenkalkulation.csv") // the same name: the same rater keys
	require.NoError(t, os.WriteFile(datei, schlicht, 0o644))

	a, _, err := ausfuehren(t, "", "einlesen", "-beispiel", "oder-spree", filepath.Join(boegen, "tabellenkalkulation.csv"))
	require.NoError(t, err)
	b, _, err := ausfuehren(t, "", "einlesen", "-beispiel", "oder-spree", datei)
	require.NoError(t, err)
	assert.Equal(t, a, b)
	assert.Contains(t, a, `"begruendung": "Stimmt; aber das Jugendamt\nsteuert eher nebenbei."`)
}

// TestEinlesenFehlerhaft: one bad sheet among good ones stops everything;
// every bad row of every sheet is listed with file and line.
func TestEinlesenFehlerhaft(t *testing.T) {
	args := append([]string{"einlesen", "-beispiel", "oder-spree"}, qd3Boegen(t)...)
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

	_, errOut, err = ausfuehren(t, "", "einlesen", "-beispiel", "oder-spree", "-lang", "en", filepath.Join(boegen, "fehlerhaft-stufe.csv"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "1 of 1 sheets are faulty; nothing written")
	assert.Contains(t, errOut, `fehlerhaft-stufe.csv, line 2, column "stufe": level 7 is outside the scale 0–4`)
}

// TestEinlesenSektorUnbekannt: a sector the profile's network does not
// know is an error of its row, found while reading the sheet: every bad row
// of every sheet is listed with file, line and column in one run — also
// when another row or sheet fails too — and nothing is written. A sector
// the network declares reads.
func TestEinlesenSektorUnbekannt(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.csv"), filepath.Join(dir, "b.csv")
	require.NoError(t, os.WriteFile(a, []byte("entwicklungsziel;person;sektor;stufe;datum\n"+
		"QD3.T1.Z1;A;familienbildung;2;24.11.2026\nQD3.T1.Z2;A;Gesundheitswesen;2;24.11.2026\n"), 0o644))
	require.NoError(t, os.WriteFile(b, []byte("entwicklungsziel;person;sektor;stufe;datum\n"+
		"QD3.T1.Z1;B;jugendzentrum;9;24.11.2026\nQD3.T1.Z2;B;sonstige;1;24.11.2026\n"), 0o644))

	tests := []struct {
		name string
		args []string
		want string // all of stderr
	}{
		{"neues Profil", []string{"einlesen", "-neu", "Musterstadt", a, b},
			"einschaetzung einlesen: " + a + ": ungültiges Dokument (1 Verstoß)\n" +
				"  /zeilen/2/sektor (2:13): " + a + ", Zeile 2, Spalte „sektor“: Sektor „familienbildung“ kennt das Netzwerk des Profils nicht; erlaubt sind die Standardsektoren und die Sektoren, die das Netzwerk erklärt\n" +
				"einschaetzung einlesen: " + b + ": ungültiges Dokument (2 Verstöße)\n" +
				"  /zeilen/2/sektor (2:13): " + b + ", Zeile 2, Spalte „sektor“: Sektor „jugendzentrum“ kennt das Netzwerk des Profils nicht; erlaubt sind die Standardsektoren und die Sektoren, die das Netzwerk erklärt\n" +
				"  /zeilen/2/stufe (2:27): " + b + ", Zeile 2, Spalte „stufe“: Stufe 9 liegt außerhalb der Skala 0–4\n" +
				"einschaetzung einlesen: 2 von 2 Bögen fehlerhaft; nichts geschrieben\n"},
		{"Beispiel englisch", []string{"-lang", "en", "einlesen", "-beispiel", "oder-spree", a},
			"einschaetzung einlesen: " + a + ": invalid document (1 violation)\n" +
				"  /zeilen/2/sektor (2:13): " + a + ", line 2, column \"sektor\": the network of the profile does not know the sector \"familienbildung\"; allowed are the default sectors and the sectors the network declares\n" +
				"einschaetzung einlesen: 1 of 1 sheets are faulty; nothing written\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := programmtest.Lauf(run, nil, tt.args...)
			assert.Equal(t, programm.CodeBefund, code)
			assert.Equal(t, tt.want, errOut)
			assert.Empty(t, out, "nothing written")
		})
	}

	// A profile whose network declares familienbildung takes sheet a.
	prof := &kommune.Profil{Name: "Musterstadt", Netzwerk: netzwerk.Netzwerk{
		Sektoren: []netzwerk.SektorDefinition{{ID: "familienbildung", Name: "Familienbildung"}}}}
	data, err := prof.Dokument()
	require.NoError(t, err)
	profil := filepath.Join(dir, "profil.json")
	require.NoError(t, os.WriteFile(profil, data, 0o644))
	out, errOut, err := ausfuehren(t, "", "einlesen", "-profil", profil, a)
	require.NoError(t, err, errOut)
	assert.Empty(t, errOut)
	p, err := kommune.ParseProfil([]byte(out))
	require.NoError(t, err)
	require.Len(t, p.Einschaetzungen, 2)
	assert.Equal(t, "familienbildung", p.Einschaetzungen[0].Sektor)
	assert.Equal(t, "gesundheitswesen", p.Einschaetzungen[1].Sektor)
}

// TestEinlesenWiderspruch: a row that contradicts a rating already in the
// profile or on an earlier sheet (same rater, goal, day and round, another
// level) is an error of its row with file, line and column, listed with the
// other bad rows; nothing is written. Reading the same sheet again is fine.
func TestEinlesenWiderspruch(t *testing.T) {
	dir := t.TempDir()
	a, b, c := filepath.Join(dir, "a.csv"), filepath.Join(dir, "b.csv"), filepath.Join(dir, "c.csv")
	require.NoError(t, os.WriteFile(a, []byte("entwicklungsziel;person;stufe;datum\nQD3.T1.Z1;Hebamme;1;01.12.2026\n"), 0o644))
	profilDaten, errOut, err := ausfuehren(t, "", "einlesen", "-neu", "Musterstadt", a)
	require.NoError(t, err, errOut)
	profil := filepath.Join(dir, "profil.json")
	require.NoError(t, os.WriteFile(profil, []byte(profilDaten), 0o644))
	nochmal, _, err := ausfuehren(t, "", "einlesen", "-profil", profil, a)
	require.NoError(t, err)
	assert.Equal(t, profilDaten, nochmal, "the same sheet again adds nothing")

	// a.csv corrected; b.csv and c.csv signed with the same name.
	require.NoError(t, os.WriteFile(a, []byte("entwicklungsziel;person;stufe;datum\nQD3.T1.Z1;Hebamme;2;01.12.2026\nQD3.T1.Z2;Hebamme;8;01.12.2026\n"), 0o644))
	require.NoError(t, os.WriteFile(b, []byte("entwicklungsziel;person;stufe;datum\nQD3.T1.Z2;Hebamme;2;01.12.2026\n"), 0o644))
	require.NoError(t, os.WriteFile(c, []byte("entwicklungsziel;person;stufe;datum\nQD3.T1.Z1;Hebamme;1;02.12.2026\nQD3.T1.Z2;Hebamme;3;01.12.2026\n"), 0o644))
	const rest = ", Spalte „entwicklungsziel“: QD3.T1.Z%d hat dieselbe einschätzende Person am 2026-12-01 in dieser Runde schon anders eingeschätzt (siehe %s); je Person, Ziel, Tag und Runde nimmt das Profil nur eine Einschätzung\n"
	tests := []struct {
		name string
		args []string
		want string // all of stderr
	}{
		{"gegen das Profil", []string{"einlesen", "-profil", profil, a},
			"einschaetzung einlesen: " + a + ": ungültiges Dokument (2 Verstöße)\n" +
				"  /zeilen/2/entwicklungsziel (2:1): " + a + ", Zeile 2" + fmt.Sprintf(rest, 1, "Profil") +
				"  /zeilen/3/stufe (3:19): " + a + ", Zeile 3, Spalte „stufe“: Stufe 8 liegt außerhalb der Skala 0–4\n" +
				"einschaetzung einlesen: 1 von 1 Bögen fehlerhaft; nichts geschrieben\n"},
		{"gegen einen Bogen davor", []string{"einlesen", "-neu", "Musterstadt", "-name-ist-kennung", b, c},
			"einschaetzung einlesen: " + c + ": ungültiges Dokument (1 Verstoß)\n" +
				"  /zeilen/3/entwicklungsziel (3:1): " + c + ", Zeile 3" + fmt.Sprintf(rest, 2, b) +
				"einschaetzung einlesen: 1 von 2 Bögen fehlerhaft; nichts geschrieben\n"},
		{"englisch", []string{"-lang", "en", "einlesen", "-neu", "Musterstadt", "-name-ist-kennung", b, c},
			"einschaetzung einlesen: " + c + ": invalid document (1 violation)\n" +
				"  /zeilen/3/entwicklungsziel (3:1): " + c + ", line 3, column \"entwicklungsziel\": QD3.T1.Z2 has already been rated differently by the same rater on 2026-12-01 in this round (see " + b + "); the profile takes one rating per rater, goal, day and round\n" +
				"einschaetzung einlesen: 1 of 2 sheets are faulty; nothing written\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := programmtest.Lauf(run, nil, tt.args...)
			assert.Equal(t, programm.CodeBefund, code)
			assert.Equal(t, tt.want, errOut)
			assert.Empty(t, out, "nothing written")
		})
	}
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
