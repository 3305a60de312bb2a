package main

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fruehehilfen/qualitaetsrahmen/examples/internal/programm"
	"github.com/fruehehilfen/qualitaetsrahmen/examples/internal/programmtest"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

var update = flag.Bool("update", false, "rewrite golden files")

func fest() time.Time { return time.Date(2026, 11, 25, 9, 30, 0, 0, time.UTC) }

// ausfuehren runs the command with the fixed clock; the error is nil for
// exit status 0 and else names the status and standard error.
func ausfuehren(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := bewerte(context.Background(), args, strings.NewReader(""), &out, &errOut, fest)
	if code != 0 {
		return out.String(), errOut.String(), fmt.Errorf("exit %d: %s", code, errOut.String())
	}
	return out.String(), errOut.String(), nil
}

// TestGolden pins the main job's output on the embedded example in every
// format and both languages. Refresh with go test ./examples/bewertung -update.
func TestGolden(t *testing.T) {
	faelle := []struct {
		datei string
		args  []string
	}{
		{"oder-spree.de.md", nil},
		{"oder-spree.en.md", []string{"-lang", "en"}},
		{"oder-spree.de.json", []string{"-format", "json"}},
		{"oder-spree.de.svg", []string{"-format", "svg"}},
		{"runden.de.json", []string{"-format", "json", filepath.Join("..", "..", "testdata", "profile", "runden.json")}},
		{"runden.en.md", []string{"-lang", "en", filepath.Join("..", "..", "testdata", "profile", "runden.json")}},
	}
	for _, f := range faelle {
		t.Run(f.datei, func(t *testing.T) {
			out, _, err := ausfuehren(t, f.args...)
			require.NoError(t, err)
			golden := filepath.Join("..", "..", "testdata", "bewertung", f.datei)
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(golden), 0o755))
				require.NoError(t, os.WriteFile(golden, []byte(out), 0o644))
				return
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err)
			assert.Equal(t, string(want), out)
		})
	}
}

func TestJSONIstGueltig(t *testing.T) {
	out, _, err := ausfuehren(t, "-format", "json")
	require.NoError(t, err)
	v := schema.Standard()
	wert, err := v.Dekodiere([]byte(out))
	require.NoError(t, err)
	require.NoError(t, v.Pruefe(schema.ArtBewertung, wert))
	assert.Contains(t, out, `"kommune": "Landkreis Oder-Spree"`)
	assert.Contains(t, out, `"zeitpunkt": "2026-11-25T09:30:00Z"`)
}

func TestBerichtDeutschUndEnglisch(t *testing.T) {
	de, _, err := ausfuehren(t)
	require.NoError(t, err)
	assert.Contains(t, de, "# Qualitätsbericht Frühe Hilfen: Landkreis Oder-Spree")
	assert.Contains(t, de, "93.000 €")
	assert.Contains(t, de, "Im Netzwerk fehlen 4 Sektoren der Referenzliste dieser Bibliothek")
	en, _, err := ausfuehren(t, "-lang", "en")
	require.NoError(t, err)
	assert.Contains(t, en, "€93,000")
	assert.Contains(t, en, "Network")
	assert.NotContains(t, en, "Qualitätsbericht")

	// Issue 15: the data note first, the Regelwerk's provenance under the
	// totals, provenance at every goal, no "Konsens".
	assert.Contains(t, de, "> **Hinweis zu den Daten:** Beispielprofil.")
	assert.Contains(t, de, "\n**Regelwerk:** Standard-Regelwerk")
	assert.Contains(t, de, "Herkunft der Entwicklungsziele: [NZFH]")
	assert.Contains(t, de, "| QD3.T1.Z1 Das Netzwerk Frühe Hilfen besteht unter der Steuerungsverantwortung des Jugendamts. | NZFH |")
	assert.Contains(t, en, "> **Note on the data (from the profile):** Beispielprofil.")
	assert.Contains(t, en, "\n**Rule set (Regelwerk):** Standard-Regelwerk")
	assert.Contains(t, en, "Provenance of the Entwicklungsziele: [NZFH]")
	for _, md := range []string{de, en} {
		assert.NotContains(t, strings.ToLower(md), "konsens")
		assert.NotContains(t, strings.ToLower(md), "consensus")
	}

	// Each goal appears once among the priorities.
	js, _, err := ausfuehren(t, "-format", "json")
	require.NoError(t, err)
	var b struct {
		Prioritaeten []struct {
			Entwicklungsziel string `json:"entwicklungsziel"`
		} `json:"prioritaeten"`
	}
	require.NoError(t, json.Unmarshal([]byte(js), &b))
	require.NotEmpty(t, b.Prioritaeten)
	gesehen := map[string]bool{}
	for _, p := range b.Prioritaeten {
		assert.False(t, gesehen[p.Entwicklungsziel], "%s appears twice", p.Entwicklungsziel)
		gesehen[p.Entwicklungsziel] = true
	}
}

func TestSVG(t *testing.T) {
	for _, format := range []string{"svg", "streuung"} {
		out, _, err := ausfuehren(t, "-format", format)
		require.NoError(t, err)
		d := xml.NewDecoder(strings.NewReader(out))
		for {
			_, err := d.Token()
			if err != nil {
				require.ErrorContains(t, err, "EOF", "format %s: SVG must be well-formed XML", format)
				break
			}
		}
		assert.True(t, strings.HasPrefix(strings.TrimSpace(out), "<svg") || strings.HasPrefix(out, "<?xml"), "format %s", format)
	}
}

func TestRahmen2016(t *testing.T) {
	out, _, err := ausfuehren(t, "-rahmen", "2016", "-format", "json")
	require.NoError(t, err)
	assert.Contains(t, out, `"version": "2016"`)
	assert.NotContains(t, out, `"id": "QD10"`)
}

func TestEigenesRegelwerkUndProfil(t *testing.T) {
	dir := t.TempDir()
	profil := filepath.Join(dir, "profil.json")
	require.NoError(t, os.WriteFile(profil, []byte(`{"$schema": "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/profil.schema.json", "name": "Musterstadt"}`), 0o600))
	out, _, err := ausfuehren(t, "-format", "json", profil)
	require.NoError(t, err)
	assert.Contains(t, out, `"kommune": "Musterstadt"`)
	assert.Contains(t, out, `"punkte": null`)

	rw := filepath.Join("..", "..", "testdata", "regelwerk")
	namen, _ := filepath.Glob(filepath.Join(rw, "*.json"))
	if len(namen) > 0 {
		_, _, err = ausfuehren(t, "-regelwerk", namen[0], profil)
		require.NoError(t, err)
	}
}

func TestFehler(t *testing.T) {
	dir := t.TempDir()
	kaputt := filepath.Join(dir, "kaputt.json")
	require.NoError(t, os.WriteFile(kaputt, []byte(`{"$schema": "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/profil.schema.json"}`), 0o600))
	_, stderr, err := ausfuehren(t, kaputt)
	require.Error(t, err)
	assert.Contains(t, stderr, "Pflichtfeld „name“ fehlt")
	_, stderr, err = ausfuehren(t, "-lang", "en", kaputt)
	require.Error(t, err)
	assert.Contains(t, stderr, `required property "name" is missing`)

	fehlt := filepath.Join(dir, "fehlt.json")
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"-format", "pdf"}, 2, "bewertung: unbekannter Wert „pdf“ für -format; erlaubt sind markdown, md, html, html-kurz, json, svg, streuung (Hilfe: bewertung -h)\n"},
		{[]string{"-rahmen", "3.0"}, 2, "bewertung: unbekannter Wert „3.0“ für -rahmen; erlaubt sind 2016, 2.0 (Hilfe: bewertung -h)\n"},
		{[]string{"-lang", "en", "-rahmen", "3.0"}, 2, "bewertung: unknown value \"3.0\" for -rahmen; allowed are 2016, 2.0 (help: bewertung -h)\n"},
		{[]string{"-zeitpunkt", "25.11.2026"}, 2, "bewertung: „25.11.2026“ für -zeitpunkt ist kein Datum der Form JJJJ-MM-TT (Hilfe: bewertung -h)\n"},
		{[]string{"-lang", "!!"}, 2, "bewertung: unbekannter Wert „!!“ für -lang; erlaubt sind de, en (Hilfe: bewertung -h)\n"},
		{[]string{"a.json", "b.json"}, 2, "bewertung: höchstens ein Profil angeben (Hilfe: bewertung -h)\n"},
		{[]string{fehlt}, 1, "bewertung: " + fehlt + ": nicht gefunden\n"},
		{[]string{"-regelwerk", fehlt}, 1, "bewertung: " + fehlt + ": nicht gefunden\n"},
		{[]string{"-lang", "en", "-regelwerk", kaputt}, 1, "bewertung: " + kaputt + ": invalid document"},
	} {
		var out, errOut bytes.Buffer
		code := bewerte(context.Background(), tc.args, strings.NewReader(""), &out, &errOut, fest)
		assert.Equal(t, tc.code, code, "run(%q)", tc.args)
		assert.True(t, strings.HasPrefix(errOut.String(), tc.want), "run(%q): stderr %q, want %q", tc.args, errOut.String(), tc.want)
		assert.Empty(t, out.String(), "run(%q)", tc.args)
	}
}

func TestEinheitlich(t *testing.T) {
	programmtest.Einheitlich(t, run, programmtest.Fall{Name: "bewertung", Datei: func(name string) []string { return []string{name} }})
}

// TestStandardeingabe: "-" reads the profile from standard input.
func TestStandardeingabe(t *testing.T) {
	profil := `{"$schema": "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/profil.schema.json", "name": "Musterstadt"}`
	var out, errOut bytes.Buffer
	code := bewerte(context.Background(), []string{"-format", "json", "-"}, strings.NewReader(profil), &out, &errOut, fest)
	require.Equal(t, 0, code, errOut.String())
	assert.Contains(t, out.String(), `"kommune": "Musterstadt"`)
}

// TestRunden: a profile with two survey rounds is evaluated for the latest,
// compared with the one before; -runde picks another; an unknown round is
// an error naming the file and the known rounds.
func TestRunden(t *testing.T) {
	profil := filepath.Join("..", "..", "testdata", "profile", "runden.json")
	code, out, errOut := programmtest.Lauf(run, nil, profil)
	require.Equal(t, programm.CodeOK, code, errOut)
	assert.Contains(t, out, "- **Runde:** Netzwerktreffen März 2026 (2026-03)")
	assert.Contains(t, out, "## Vergleich der Runden")
	assert.Contains(t, out, "Einschätzungen: 1–3, unterer Median 1 · im Dialog vereinbart: 2")

	code, out, errOut = programmtest.Lauf(run, nil, "-runde", "2024-11", profil)
	require.Equal(t, programm.CodeOK, code, errOut)
	assert.Contains(t, out, "- **Runde:** Netzwerktreffen November 2024 (2024-11)")
	assert.NotContains(t, out, "## Vergleich der Runden")

	code, out, errOut = programmtest.Lauf(run, nil, "-runde", "2024-11", "-vergleichsrunde", "2026-03", profil)
	require.Equal(t, programm.CodeOK, code, errOut)
	assert.Contains(t, out, "## Vergleich der Runden")

	for _, tc := range []struct {
		args []string
		code int
		want string // all of stderr
	}{
		{[]string{"-runde", "2023", profil}, 1, "bewertung: " + profil + ": ungültiges Dokument (1 Verstoß)\n  /runde: die Runde \"2023\" gibt es nicht (bekannt: \"2024-11\", \"2026-03\")\n"},
		{[]string{"-lang", "en", "-runde", "2023", profil}, 1, "bewertung: " + profil + ": invalid document (1 violation)\n  /runde: there is no round \"2023\" (known: \"2024-11\", \"2026-03\")\n"},
		{[]string{"-vergleichsrunde", "2023", profil}, 1, "bewertung: " + profil + ": ungültiges Dokument (1 Verstoß)\n  /vergleichsrunde: die Runde \"2023\" gibt es nicht (bekannt: \"2024-11\", \"2026-03\")\n"},
		{[]string{"-runde", "2026-03", "-vergleichsrunde", "2026-03", profil}, 1, "bewertung: " + profil + ": ungültiges Dokument (1 Verstoß)\n  /vergleichsrunde: eine Runde lässt sich nicht mit sich selbst vergleichen\n"},
		{[]string{profil, "-runde"}, 2, "bewertung: höchstens ein Profil angeben (Hilfe: bewertung -h)\n"},
		{[]string{"-runde"}, 2, "bewertung: -runde braucht einen Wert (ID) (Hilfe: bewertung -h)\n"},
		{[]string{"-lang", "en", "-vergleichsrunde"}, 2, "bewertung: -vergleichsrunde needs a value (ID) (help: bewertung -h)\n"},
	} {
		code, out, errOut := programmtest.Lauf(run, nil, tc.args...)
		assert.Equal(t, tc.code, code, "run(%q)", tc.args)
		assert.Equal(t, tc.want, errOut, "run(%q)", tc.args)
		assert.Empty(t, out, "run(%q)", tc.args)
	}
}
