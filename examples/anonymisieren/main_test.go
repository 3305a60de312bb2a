package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fruehehilfen/qualitaetsrahmen/examples/internal/programm"
	"github.com/fruehehilfen/qualitaetsrahmen/examples/internal/programmtest"
	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema/anonym"
)

var update = flag.Bool("update", false, "rewrite golden files")

// beispiel is the invented Musterkreis profile with names in
// "verantwortlich", an e-mail and telephone numbers in "begruendung" and a
// "Dr. …" with contact details in an actor's note.
const beispiel = "testdata/musterkreis-personen.json"

// geheim is everything personal written into the example.
var geheim = []string{"Anna Beispielfrau", "Beispielfrau", "Carla Testerin", "Testerin", "Bernd Probemann", "Probemann",
	"Erika Mustermann", "Mustermann", "Otto Normal", "Max Beispielmann", "Beispielmann", "Anna Schulz", "Schulz",
	"anna.schulz@klinik-musterkreis.example", "max.beispiel@landkreis-musterkreis.example", "otto.normal@musterkreis.example",
	"0171 1234567", "(030) 123 45-67", "+49 30 98765-432", "/team/anna-schulz", "Dr.", "Frau ", "Herr"}

func ausfuehren(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(""), &out, &errOut)
	return out.String(), errOut.String(), code
}

func golden(t *testing.T, datei, got string) {
	t.Helper()
	if *update {
		require.NoError(t, os.WriteFile(datei, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(datei)
	require.NoError(t, err, "golden file missing; run go test ./examples/anonymisieren -update")
	assert.Equal(t, string(want), got, "%s differs; review and run with -update", datei)
}

// TestGolden pins document and summary of the example in both modes and
// languages. Refresh with go test ./examples/anonymisieren -update.
func TestGolden(t *testing.T) {
	for _, tt := range []struct {
		name string
		args []string
	}{
		{"standard.de", nil},
		{"standard.en", []string{"-lang", "en"}},
		{"streng.de", []string{"-streng"}},
		{"zusammengefasst.de", []string{"-zusammenfassen", "-k", "2"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := ausfuehren(t, append(tt.args, beispiel)...)
			require.Equal(t, 0, code, errOut)
			for _, g := range geheim {
				assert.NotContains(t, out, g)
				assert.NotContains(t, errOut, g)
			}
			golden(t, "testdata/musterkreis-personen."+tt.name+".json", out)
			golden(t, "testdata/musterkreis-personen."+tt.name+".txt", errOut)
			_, err := kommune.ParseProfil([]byte(out))
			require.NoError(t, err, "the output is a valid profile")
		})
	}
}

// TestZusammenfassung: the summary names what was replaced and each kept
// free-text field; in strict mode none is kept.
func TestZusammenfassung(t *testing.T) {
	_, errOut, code := ausfuehren(t, beispiel)
	require.Equal(t, 0, code)
	assert.Contains(t, errOut, "18 × Person, 3 × E-Mail-Adresse, 3 × Telefonnummer, 1 × Webadresse")
	for _, z := range []string{"/einschaetzungen/4/begruendung", "/netzwerk/akteure/2/hinweis", "/hinweis"} {
		assert.Contains(t, errOut, "\n  "+z+"\n")
	}
	_, errOut, code = ausfuehren(t, "-streng", beispiel)
	require.Equal(t, 0, code)
	assert.NotContains(t, errOut, "/begruendung")
	assert.Contains(t, errOut, "Freitext entfernt in")
}

// TestStreng: strict output has no free text; levels, dates, IDs and
// figures are those of the input.
func TestStreng(t *testing.T) {
	out, _, code := ausfuehren(t, "-streng", beispiel)
	require.Equal(t, 0, code)
	anon, err := kommune.ParseProfil([]byte(out))
	require.NoError(t, err)
	orig := ladeProfil(t, beispiel)
	assert.Equal(t, "[entfernt]", anon.Hinweis)
	assert.Equal(t, "[entfernt]", anon.Netzwerk.Akteure[2].Hinweis)
	assert.Equal(t, "[entfernt]", anon.WirUeberUns.Zielgruppen)
	for i, e := range anon.Einschaetzungen {
		o := orig.Einschaetzungen[i]
		assert.Contains(t, []string{"", "[entfernt]"}, e.Begruendung)
		assert.Equal(t, o.Entwicklungsziel, e.Entwicklungsziel)
		assert.Equal(t, o.Stufe, e.Stufe)
		assert.Equal(t, o.Datum, e.Datum)
		assert.Equal(t, o.Sektor, e.Sektor)
	}
	assert.Equal(t, orig.Kommunalstruktur.Bevoelkerung, anon.Kommunalstruktur.Bevoelkerung)
	assert.Equal(t, orig.Name, anon.Name)
}

// TestZusammengefasst: aggregated ratings give the same Bewertung totals,
// dimension points and medians as the original.
func TestZusammengefasst(t *testing.T) {
	for _, k := range []string{"1", "3"} {
		out, errOut, code := ausfuehren(t, "-zusammenfassen", "-k", k, beispiel)
		require.Equal(t, 0, code, errOut)
		anon, err := kommune.ParseProfil([]byte(out))
		require.NoError(t, err)
		orig := ladeProfil(t, beispiel)
		opt := kommune.BewertungsOptionen{Zeitpunkt: time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)}
		bo, err := kommune.Bewerte(orig, opt)
		require.NoError(t, err)
		ba, err := kommune.Bewerte(anon, opt)
		require.NoError(t, err)
		assert.Equal(t, bo.Gesamt, ba.Gesamt)
		for i := range bo.Dimensionen {
			assert.Equal(t, bo.Dimensionen[i].Punkte, ba.Dimensionen[i].Punkte)
		}
		require.Len(t, ba.Streuung, len(bo.Streuung))
		for i := range bo.Streuung {
			assert.Equal(t, bo.Streuung[i].Median, ba.Streuung[i].Median)
			assert.Equal(t, bo.Streuung[i].Anzahl, ba.Streuung[i].Anzahl)
		}
		for _, e := range anon.Einschaetzungen {
			assert.Empty(t, e.Person)
			assert.Positive(t, e.Anzahl)
		}
	}
}

// TestLauf: documents of one call share placeholders; -o writes each
// under its own name.
func TestLauf(t *testing.T) {
	dir := t.TempDir()
	netz := filepath.Join(dir, "netz.json")
	require.NoError(t, os.WriteFile(netz, []byte(`{"$schema": "`+schema.ArtNetzwerk.ID()+`",
		"hinweis": "Erfunden. Rückfragen an Frau Beispielfrau oder max.beispiel@landkreis-musterkreis.example",
		"koordination": {"traeger": "Landkreis Musterkreis", "ansprechperson": "Anna Beispielfrau"}}`), 0o644))
	aus := filepath.Join(dir, "aus")
	out, errOut, code := ausfuehren(t, "-o", aus, beispiel, netz)
	require.Equal(t, 0, code, errOut)
	assert.Empty(t, out)
	p, err := os.ReadFile(filepath.Join(aus, "musterkreis-personen.json"))
	require.NoError(t, err)
	n, err := os.ReadFile(filepath.Join(aus, "netz.json"))
	require.NoError(t, err)
	var profil struct {
		WirUeberUns struct{ Ansprechperson string } `json:"wirUeberUns"`
	}
	require.NoError(t, json.Unmarshal(p, &profil))
	assert.Equal(t, "Person 1", profil.WirUeberUns.Ansprechperson)
	assert.Contains(t, string(n), "Rückfragen an Person 1 oder E-Mail 3")
	assert.Contains(t, errOut, netz+" (netzwerk): ersetzt: 2 × Person, 1 × E-Mail-Adresse")
}

// TestAufruf: wrong calls are exit 2 with one message, unreadable or
// invalid documents exit 1 naming the file, each said once.
func TestAufruf(t *testing.T) {
	for _, tt := range []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"no document", nil, 2, "anonymisieren: mindestens ein Dokument angeben (- für die Standardeingabe) (Hilfe: anonymisieren -h)"},
		{"unknown flag", []string{"-x", beispiel}, 2, "anonymisieren: unbekannte Option -x; erlaubt sind"},
		{"unknown flag English", []string{"-lang", "en", "-x", beispiel}, 2, "anonymisieren: unknown option -x; allowed are"},
		{"flag without value", []string{"-o"}, 2, "-o braucht einen Wert (VERZEICHNIS)"},
		{"k not a number", []string{"-k", "drei", beispiel}, 2, "„drei“ für -k ist keine ganze Zahl ab 1"},
		{"unknown language", []string{"-lang", "fr", beispiel}, 2, "unbekannter Wert „fr“ für -lang; erlaubt sind de, en"},
		{"k below 1", []string{"-k", "0", beispiel}, 2, "„0“ für -k ist keine ganze Zahl ab 1"},
		{"same output name", []string{"-o", "x", beispiel, "./" + beispiel}, 2, "denselben Namen „musterkreis-personen.json“"},
		{"missing file", []string{"fehlt.json"}, 1, "anonymisieren: fehlt.json: nicht gefunden"},
		{"missing file English", []string{"-lang", "en", "fehlt.json"}, 1, "anonymisieren: fehlt.json: not found"},
		{"missing roles", []string{"-rollen", "fehlt.txt", beispiel}, 1, "anonymisieren: fehlt.txt: nicht gefunden"},
		{"invalid document", []string{"testdata/ungueltig.json"}, 1, "anonymisieren: testdata/ungueltig.json: ungültiges Dokument"},
		{"not json", []string{"main.go"}, 1, "anonymisieren: main.go: "},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := ausfuehren(t, tt.args...)
			assert.Equal(t, tt.code, code, errOut)
			assert.Contains(t, errOut, tt.stderr)
			assert.Empty(t, out)
			assert.Equal(t, 1, strings.Count(errOut, "anonymisieren: "), "one message: %s", errOut)
		})
	}
}

// TestHilfe: -h prints the help in the chosen language on standard output.
func TestHilfe(t *testing.T) {
	out, errOut, code := ausfuehren(t, "-lang", "en", "-h")
	require.Equal(t, 0, code)
	assert.Empty(t, errOut)
	for _, w := range []string{"Usage: anonymisieren [options] DOCUMENT.json…", "  -o DIRECTORY", "  -rollen FILE", "  -k N", "(default: 3)", "strict mode"} {
		assert.Contains(t, out, w)
	}
}

// TestEinheitlich: the behaviour every example program shares.
func TestEinheitlich(t *testing.T) {
	programmtest.Einheitlich(t, run, programmtest.Fall{Name: "anonymisieren", Datei: func(name string) []string { return []string{name} }})
}

// TestRollen: roles named in a file stay in personal fields.
func TestRollen(t *testing.T) {
	rollen := filepath.Join(t.TempDir(), "rollen.txt")
	require.NoError(t, os.WriteFile(rollen, []byte("# Rollen\nKoordinierende Fachkraft Frühe Hilfen\n\n"), 0o644))
	out, _, code := ausfuehren(t, "-rollen", rollen, beispiel)
	require.Equal(t, 0, code)
	assert.Contains(t, out, `"funktion": "Koordinierende Fachkraft Frühe Hilfen"`)
}

func ladeProfil(t *testing.T, datei string) *kommune.Profil {
	t.Helper()
	data, err := os.ReadFile(datei)
	require.NoError(t, err)
	p, err := kommune.ParseProfil(data)
	require.NoError(t, err)
	return p
}

// TestTexte: every message is in both languages and used.
func TestTexte(t *testing.T) {
	require.NoError(t, programm.PruefeTexte(texte, os.DirFS(".")))
	for _, k := range anonym.Kategorien {
		assert.True(t, texte.Hat(kategorieTexte[k]), "no text for the kind %s", k)
	}
}

// TestStandardeingabe: "-" reads a document from standard input; with -o
// it is written as stdin.json.
func TestStandardeingabe(t *testing.T) {
	data, err := os.ReadFile(beispiel)
	require.NoError(t, err)
	aus := filepath.Join(t.TempDir(), "aus")
	var out, errOut bytes.Buffer
	code := run(context.Background(), []string{"-o", aus, "-"}, bytes.NewReader(data), &out, &errOut)
	require.Equal(t, 0, code, errOut.String())
	geschrieben, err := os.ReadFile(filepath.Join(aus, "stdin.json"))
	require.NoError(t, err)
	_, err = kommune.ParseProfil(geschrieben)
	require.NoError(t, err)
	assert.Contains(t, errOut.String(), "Standardeingabe (profil): ersetzt: 18 × Person")
}

// TestKleineZellen: with -zusammenfassen a Bewertung loses the sector lines
// with fewer than -k raters (Oder-Spree: ten lines, one of 2 raters, nine
// of 1) and the summary says how many; without it nothing is suppressed.
func TestKleineZellen(t *testing.T) {
	const bewertung = "../../testdata/bewertung/oder-spree.de.json"
	tests := []struct {
		name    string
		args    []string
		zeile   string
		sektorn int
	}{
		{"k=3", []string{"-zusammenfassen", bewertung}, "kleine Zellen unterdrückt: 10 (Sektoren und Ebenen mit weniger als 3 Einschätzenden)", 0},
		{"k=2", []string{"-zusammenfassen", "-k", "2", bewertung}, "kleine Zellen unterdrückt: 9 ", 1},
		{"english", []string{"-lang", "en", "-zusammenfassen", bewertung}, "small cells suppressed: 10 (sectors and levels with fewer than 3 raters)", 0},
		{"not aggregated", []string{bewertung}, "", 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := ausfuehren(t, tt.args...)
			require.Equal(t, 0, code, errOut)
			if tt.zeile == "" {
				assert.NotContains(t, errOut, "unterdrückt")
			} else {
				assert.Contains(t, errOut, tt.zeile)
			}
			var b struct {
				Streuung []struct {
					Sektoren []json.RawMessage `json:"sektoren"`
				} `json:"streuung"`
			}
			require.NoError(t, json.Unmarshal([]byte(out), &b))
			n := 0
			for _, s := range b.Streuung {
				n += len(s.Sektoren)
			}
			assert.Equal(t, tt.sektorn, n)
		})
	}
}
