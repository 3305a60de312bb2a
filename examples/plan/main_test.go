package main

import (
	"bytes"
	"context"
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

func ausfuehren(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errs bytes.Buffer
	heute := func() time.Time { return time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC) }
	code := plane(context.Background(), args, strings.NewReader(""), &out, &errs, heute)
	return out.String(), errs.String(), code
}

// TestPlan runs the program on the example: the Markdown plan names the
// overdue measures with their reasons, the JSON plan validates against its
// schema, and the Stichtag decides what is overdue.
func TestPlan(t *testing.T) {
	out, errs, code := ausfuehren(t, "-zeitpunkt", "2026-11-25")
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, "# Qualitätsentwicklungsplan: Landkreis Oder-Spree")
	assert.Contains(t, out, "**Maßnahme überfällig:** Maßnahme „Akteure des Gesundheitswesens gezielt zu den Regionalnetzwerktreffen einladen“ war bis 31.12.2023 fällig")
	assert.Contains(t, out, "30.09.2026 – verstrichen, steht noch aus", "the review date has passed")

	out, errs, code = ausfuehren(t, "-format", "json", "-lang", "en", "-zeitpunkt", "2026-11-25")
	require.Equal(t, 0, code, errs)
	wert, err := schema.Standard().Dekodiere([]byte(out))
	require.NoError(t, err)
	require.NoError(t, schema.Standard().Pruefe(schema.ArtPlan, wert))
	assert.True(t, strings.Contains(out, `"text": "Measure \"Akteure des Gesundheitswesens gezielt`), "findings in English")
	assert.Contains(t, out, `"datenhinweis": "Beispielprofil.`, "the plan document carries the profile's data note")

	// Without -zeitpunkt the day comes from the injected clock: on
	// 01.03.2024 the review lies ahead.
	out, _, code = ausfuehren(t)
	require.Equal(t, 0, code)
	assert.Contains(t, out, "- **Stichtag:** 01.03.2024")
	assert.NotContains(t, out, "verstrichen")
}

func TestPlanFehler(t *testing.T) {
	kaputt := filepath.Join(t.TempDir(), "kaputt.json")
	require.NoError(t, os.WriteFile(kaputt, []byte(`{"$schema": "x"}`), 0o644))
	fehlt := filepath.Join(t.TempDir(), "fehlt.json")
	for _, tt := range []struct {
		args []string
		code int
		text string
	}{
		{[]string{"-zeitpunkt", "gestern"}, 2, "plan: „gestern“ für -zeitpunkt ist kein Datum der Form JJJJ-MM-TT (Hilfe: plan -h)\n"},
		{[]string{"-format", "pdf"}, 2, "plan: unbekannter Wert „pdf“ für -format; erlaubt sind markdown, json (Hilfe: plan -h)\n"},
		{[]string{"a.json", "b.json"}, 2, "plan: höchstens ein Profil angeben (Hilfe: plan -h)\n"},
		{[]string{"-lang", "en", kaputt}, 1, "plan: " + kaputt + ": "},
		{[]string{fehlt}, 1, "plan: " + fehlt + ": nicht gefunden\n"},
	} {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			out, errs, code := ausfuehren(t, tt.args...)
			assert.Equal(t, tt.code, code, errs)
			assert.Empty(t, out)
			assert.Contains(t, errs, tt.text)
			assert.Equal(t, 1, strings.Count(errs, "plan: "), "one message: %s", errs)
		})
	}
}

// TestEinheitlich: the behaviour every example program shares.
func TestEinheitlich(t *testing.T) {
	programmtest.Einheitlich(t, run, programmtest.Fall{Name: "plan", Datei: func(name string) []string { return []string{name} }})
}

// TestTexte: every message is in both languages and used.
func TestTexte(t *testing.T) {
	require.NoError(t, programm.PruefeTexte(texte, os.DirFS(".")))
}

// TestPlanStandardeingabe: "-" reads the profile from standard input.
func TestPlanStandardeingabe(t *testing.T) {
	profil, err := os.ReadFile(filepath.Join("..", "..", "testdata", "profile", "oder-spree.json"))
	require.NoError(t, err)
	var out, errs bytes.Buffer
	heute := func() time.Time { return time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC) }
	code := plane(context.Background(), []string{"-"}, bytes.NewReader(profil), &out, &errs, heute)
	require.Equal(t, 0, code, errs.String())
	assert.True(t, strings.HasPrefix(out.String(), "# Qualitätsentwicklungsplan: Landkreis Oder-Spree\n\n> **Hinweis zu den Daten:** Beispielprofil."),
		"the data note comes first: %.200s", out.String())
}
