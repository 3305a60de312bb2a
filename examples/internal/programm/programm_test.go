package programm

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

var testTexte = schema.NeuerKatalog(
	schema.Eintrag{Schluessel: "aufruf", DE: "DATEI", EN: "FILE"},
	schema.Eintrag{Schluessel: "beschreibung", DE: "Prüft eine Datei.", EN: "Checks a file."},
	schema.Eintrag{Schluessel: "flag.format", DE: "Ausgabeformat", EN: "output format"},
	schema.Eintrag{Schluessel: "flag.k", DE: "Anzahl", EN: "count"},
	schema.Eintrag{Schluessel: "flag.zeitpunkt", DE: "Stichtag", EN: "reference day"},
	schema.Eintrag{Schluessel: "flag.bom", DE: "mit BOM", EN: "with BOM"},
	schema.Eintrag{Schluessel: "flag.profil", DE: "Profil", EN: "profile"},
	schema.Eintrag{Schluessel: "flag.regelwerk", DE: "Regelwerk", EN: "rule set"},
	schema.Eintrag{Schluessel: "flag.o", DE: "Zielverzeichnis", EN: "target directory"},
)

type testLauf struct {
	p              *Programm
	format, datum  *string
	profil         *string
	regelwerk      *string
	ausgabe        *string
	k              *int
	bom            *bool
	stdout, stderr bytes.Buffer
}

func neuerLauf(stdin io.Reader) *testLauf {
	l := &testLauf{}
	l.p = Neu("probe", testTexte, stdin, &l.stdout, &l.stderr)
	l.format = l.p.Auswahl("format", "markdown", "flag.format", "markdown", "json")
	l.k = l.p.Zahl("k", 3, 1, "flag.k")
	l.datum = l.p.Datum("zeitpunkt", "flag.zeitpunkt")
	l.bom = l.p.Schalter("bom", true, "flag.bom")
	l.profil = l.p.Text("profil", "DATEI", "flag.profil")
	l.regelwerk = l.p.Datei("regelwerk", "flag.regelwerk")
	l.ausgabe = l.p.Verzeichnis("o", "flag.o")
	return l
}

func TestParseGueltig(t *testing.T) {
	l := neuerLauf(nil)
	code, weiter := l.p.Parse([]string{"-lang", "en", "-format=json", "-k", "7", "-zeitpunkt", "2026-11-25", "-bom=false", "-profil", "p.json", "-regelwerk", "-", "-o", "aus", "a", "b"})
	require.True(t, weiter, "stderr: %s", l.stderr.String())
	assert.Equal(t, CodeOK, code)
	assert.Equal(t, language.English, l.p.Sprache)
	assert.Equal(t, "json", *l.format)
	assert.Equal(t, 7, *l.k)
	assert.Equal(t, "2026-11-25", *l.datum)
	assert.False(t, *l.bom)
	assert.Equal(t, "p.json", *l.profil)
	assert.Equal(t, "-", *l.regelwerk)
	assert.Equal(t, "aus", *l.ausgabe)
	assert.Equal(t, []string{"a", "b"}, l.p.Args())
	assert.Empty(t, l.stderr.String())

	l = neuerLauf(nil)
	_, weiter = l.p.Parse(nil)
	require.True(t, weiter)
	assert.Equal(t, language.German, l.p.Sprache)
	assert.Equal(t, "markdown", *l.format)
	assert.Equal(t, 3, *l.k)
	assert.Equal(t, "", *l.datum)
	assert.True(t, *l.bom)
}

func TestParseHilfe(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want []string
	}{
		{"deutsch", []string{"-h"}, []string{"Aufruf: probe [Optionen] DATEI", "  -regelwerk DATEI", "  -o VERZEICHNIS", "Prüft eine Datei.", "  -format markdown|json", "Ausgabeformat (Standard: markdown)", "  -k N", "  -zeitpunkt JJJJ-MM-TT", "  -lang de|en", "  -profil DATEI", "diese Hilfe zeigen"}},
		{"englisch davor", []string{"-lang", "en", "-h"}, []string{"Usage: probe [options] FILE", "Checks a file.", "output format (default: markdown)", "show this help", "  -zeitpunkt YYYY-MM-DD", "  -regelwerk FILE", "  -o DIRECTORY"}},
		{"englisch danach", []string{"-help", "-lang=en"}, []string{"Usage: probe [options] FILE"}},
		{"englisch nach Wert", []string{"-format", "json", "-bom", "-lang", "en", "-h"}, []string{"Usage: probe [options] FILE"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := neuerLauf(nil)
			code, weiter := l.p.Parse(tc.args)
			assert.False(t, weiter)
			assert.Equal(t, CodeOK, code)
			assert.Empty(t, l.stderr.String())
			for _, w := range tc.want {
				assert.Contains(t, l.stdout.String(), w)
			}
		})
	}
}

func TestParseFehler(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"unbekannte Option", []string{"-x"}, "probe: unbekannte Option -x; erlaubt sind -bom, -format, -k, -lang, -o, -profil, -regelwerk, -zeitpunkt, -h (Hilfe: probe -h)\n"},
		{"unbekannte Option englisch", []string{"-lang", "en", "--gibtsnicht=1"}, "probe: unknown option --gibtsnicht=1; allowed are -bom, -format, -k, -lang, -o, -profil, -regelwerk, -zeitpunkt, -h (help: probe -h)\n"},
		{"falsche Sprache", []string{"-lang", "fr"}, "probe: unbekannter Wert „fr“ für -lang; erlaubt sind de, en (Hilfe: probe -h)\n"},
		{"falsches Format englisch", []string{"-lang=en", "-format", "pdf"}, "probe: unknown value \"pdf\" for -format; allowed are markdown, json (help: probe -h)\n"},
		{"Wert fehlt", []string{"-format"}, "probe: -format braucht einen Wert (markdown|json) (Hilfe: probe -h)\n"},
		{"keine Zahl", []string{"-k", "0"}, "probe: „0“ für -k ist keine ganze Zahl ab 1 (Hilfe: probe -h)\n"},
		{"kein Datum", []string{"-zeitpunkt", "2026-13-01"}, "probe: „2026-13-01“ für -zeitpunkt ist kein Datum der Form JJJJ-MM-TT (Hilfe: probe -h)\n"},
		{"kein Datum englisch", []string{"-lang", "en", "-zeitpunkt", "1.2.2026"}, "probe: \"1.2.2026\" for -zeitpunkt is no date of the form YYYY-MM-DD (help: probe -h)\n"},
		{"kein Schalter", []string{"-bom=vielleicht"}, "probe: „vielleicht“ für -bom ist weder true noch false (Hilfe: probe -h)\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := neuerLauf(nil)
			code, weiter := l.p.Parse(tc.args)
			assert.False(t, weiter)
			assert.Equal(t, CodeAufruf, code)
			assert.Equal(t, tc.want, l.stderr.String())
			assert.Empty(t, l.stdout.String())
		})
	}
}

func TestSpracheAus(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want language.Tag
	}{
		{nil, language.German},
		{[]string{"-lang", "en"}, language.English},
		{[]string{"--lang=en", "-h"}, language.English},
		{[]string{"-lang", "fr"}, language.German},
		{[]string{"datei", "-lang", "en"}, language.German},
		{[]string{"-lang"}, language.German},
	} {
		assert.Equal(t, tc.want, SpracheAus(tc.args), "SpracheAus(%q)", tc.args)
	}
}

func TestUebersetze(t *testing.T) {
	dir := t.TempDir()
	_, fehlt := os.Open(filepath.Join(dir, "fehlt.json"))
	f, err := os.Open(dir)
	require.NoError(t, err)
	_, verzeichnis := io.ReadAll(f)
	require.NoError(t, f.Close())
	var x struct{ A int }
	syntax := json.Unmarshal([]byte(`{"A": h}`), &x)
	typ := json.Unmarshal([]byte(`{"A": "h"}`), &x)
	_, validierung := schema.Standard().Lies(strings.NewReader(`{"a": `))
	for _, tc := range []struct {
		name   string
		err    error
		de, en string
	}{
		{"fehlt", fehlt, "nicht gefunden", "not found"},
		{"verzeichnis", verzeichnis, "ist ein Verzeichnis, keine Datei", "is a directory, not a file"},
		{"syntax", syntax, "kein gültiges JSON (bei Byte 7)", "no valid JSON (at byte 7)"},
		{"typ", typ, "„A“ hat den falschen Typ (string)", "\"A\" has the wrong type (string)"},
		{"ende", io.ErrUnexpectedEOF, "die Eingabe endet mitten im Dokument", "the input ends in the middle of the document"},
		{"sonst", io.ErrNoProgress, io.ErrNoProgress.Error(), io.ErrNoProgress.Error()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.Error(t, tc.err)
			assert.Equal(t, tc.de, Uebersetze(tc.err, language.German))
			assert.Equal(t, tc.en, Uebersetze(tc.err, language.English))
			assert.Equal(t, tc.name != "sonst", Uebersetzbar(tc.err), "Uebersetzbar(%v)", tc.err)
		})
	}
	if validierung != nil {
		var vf *schema.ValidierungsFehler
		require.ErrorAs(t, validierung, &vf)
		assert.Equal(t, vf.Text(language.English), Uebersetze(validierung, language.English))
	}
}

func TestFehlerNenntDatei(t *testing.T) {
	l := neuerLauf(strings.NewReader("aus stdin"))
	_, weiter := l.p.Parse([]string{"-lang", "en"})
	require.True(t, weiter)
	_, err := l.p.Oeffne(filepath.Join(t.TempDir(), "fehlt.json"))
	require.Error(t, err)
	assert.Equal(t, CodeBefund, l.p.Fehler("fehlt.json", err))
	assert.Equal(t, "probe: fehlt.json: not found\n", l.stderr.String())

	r, err := l.p.Oeffne("-")
	require.NoError(t, err)
	data, err := io.ReadAll(r)
	require.NoError(t, err)
	assert.Equal(t, "aus stdin", string(data))
	assert.Equal(t, "standard input", l.p.Dateiname("-"))
}

func TestAufruffehler(t *testing.T) {
	l := neuerLauf(nil)
	assert.Equal(t, CodeAufruf, l.p.Aufruffehler("flag.k"))
	assert.Equal(t, "probe: Anzahl (Hilfe: probe -h)\n", l.stderr.String())
}

func TestTexte(t *testing.T) {
	require.NoError(t, meldungen.Pruefe(os.DirFS(".")))
	require.NoError(t, PruefeTexte(testTexte, nil))
	assert.Error(t, PruefeTexte(schema.NeuerKatalog(schema.Eintrag{Schluessel: "aufruf", DE: "A", EN: "A"}), nil))
}

func TestUmbrechen(t *testing.T) {
	assert.Equal(t, "eins zwei\ndrei\nvier", umbrechen("eins zwei drei\nvier", 9))
	assert.Equal(t, "Übergröße\nab", umbrechen("Übergröße ab", 9))
	assert.Equal(t, "", umbrechen("", 9))
}

func TestSchreibeDokument(t *testing.T) {
	var out bytes.Buffer
	gut := []byte(`{"$schema": "` + schema.ArtZuschnitt.ID() + `", "rahmen": "2.0"}`)
	require.NoError(t, SchreibeDokument(&out, schema.ArtZuschnitt, gut))
	assert.Equal(t, string(gut)+"\n", out.String())

	out.Reset()
	schlecht := []byte(`{"$schema": "` + schema.ArtZuschnitt.ID() + `", "rahmen": "3.0"}`)
	assert.ErrorIs(t, SchreibeDokument(&out, schema.ArtZuschnitt, schlecht), schema.ErrUngueltig)
	assert.ErrorIs(t, SchreibeDokument(&out, schema.ArtProfil, gut), schema.ErrUngueltig, "another kind")
	assert.Empty(t, out.String(), "nothing written")
}

// TestLies: "-" reads standard input, a file is opened and closed, a
// missing file is the OS error (translated by Fehler), and the reader's own
// error comes back unchanged.
func TestLies(t *testing.T) {
	p := Neu("test", testTexte, strings.NewReader("von stdin"), io.Discard, io.Discard)
	alles := func(r io.Reader) (string, error) {
		b, err := io.ReadAll(r)
		return string(b), err
	}
	got, err := Lies(p, "-", alles)
	require.NoError(t, err)
	assert.Equal(t, "von stdin", got)

	datei := filepath.Join(t.TempDir(), "d.txt")
	require.NoError(t, os.WriteFile(datei, []byte("aus der Datei"), 0o644))
	got, err = Lies(p, datei, alles)
	require.NoError(t, err)
	assert.Equal(t, "aus der Datei", got)

	_, err = Lies(p, filepath.Join(t.TempDir(), "fehlt.txt"), alles)
	assert.ErrorIs(t, err, os.ErrNotExist)

	kaputt := io.ErrUnexpectedEOF
	_, err = Lies(p, datei, func(io.Reader) (int, error) { return 0, kaputt })
	assert.ErrorIs(t, err, kaputt)
}
