package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func ausfuehren(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errs bytes.Buffer
	heute := func() time.Time { return time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC) }
	code := run(context.Background(), args, strings.NewReader(""), &out, &errs, heute)
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
	for _, tt := range []struct {
		args []string
		code int
		text string
	}{
		{[]string{"-zeitpunkt", "gestern"}, 2, "kein Datum"},
		{[]string{"-format", "pdf"}, 2, "unbekanntes Format"},
		{[]string{"a.json", "b.json"}, 2, "höchstens ein Profil"},
		{[]string{"-lang", "en", kaputt}, 1, "invalid input"},
		{[]string{filepath.Join(t.TempDir(), "fehlt.json")}, 1, "plan:"},
	} {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			_, errs, code := ausfuehren(t, tt.args...)
			assert.Equal(t, tt.code, code, errs)
			assert.Contains(t, errs, tt.text)
		})
	}
}
