package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite golden files")

func fest() time.Time { return time.Date(2026, 11, 25, 9, 30, 0, 0, time.UTC) }

func ausfuehren(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := run(args, &out, &errOut, fest)
	return out.String(), errOut.String(), err
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

	for _, args := range [][]string{
		{"-format", "pdf"},
		{"-rahmen", "3.0"},
		{"-zeitpunkt", "25.11.2026"},
		{"-lang", "!!"},
		{"a.json", "b.json"},
		{filepath.Join(dir, "fehlt.json")},
		{"-regelwerk", filepath.Join(dir, "fehlt.json")},
	} {
		_, _, err := ausfuehren(t, args...)
		assert.Error(t, err, "run(%v)", args)
	}
}

// TestRunden: a profile with two survey rounds is evaluated for the latest,
// compared with the one before; -runde picks another; an unknown round is
// an error naming the known ones.
func TestRunden(t *testing.T) {
	profil := filepath.Join("..", "..", "testdata", "profile", "runden.json")
	out, _, err := ausfuehren(t, profil)
	require.NoError(t, err)
	assert.Contains(t, out, "- **Runde:** Netzwerktreffen März 2026 (2026-03)")
	assert.Contains(t, out, "## Vergleich der Runden")
	assert.Contains(t, out, "Einschätzungen: 1–3, unterer Median 1 · im Dialog vereinbart: 2")

	out, _, err = ausfuehren(t, "-runde", "2024-11", profil)
	require.NoError(t, err)
	assert.Contains(t, out, "- **Runde:** Netzwerktreffen November 2024 (2024-11)")
	assert.NotContains(t, out, "## Vergleich der Runden")

	_, errOut, err := ausfuehren(t, "-runde", "2023", profil)
	require.Error(t, err)
	assert.Contains(t, errOut, `die Runde "2023" gibt es nicht (bekannt: "2024-11", "2026-03")`)
}
