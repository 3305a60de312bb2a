package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHTMLFormate checks the two HTML formats on the embedded example: one
// self-contained document each, the Kurzbericht with the overdue measures
// of the plan and the Reflexionsfragen, the full report with the plan.
func TestHTMLFormate(t *testing.T) {
	for _, tt := range []struct {
		format string
		muss   []string
	}{
		{"html-kurz", []string{"Kurzbericht Frühe Hilfen: Landkreis Oder-Spree", "Überfällige Maßnahmen",
			"Akteure des Gesundheitswesens gezielt zu den Regionalnetzwerktreffen einladen", "Fragen für das Gespräch mit der Politik"}},
		{"html", []string{"Qualitätsbericht Frühe Hilfen: Landkreis Oder-Spree", "Qualitätsentwicklungsplan", "Ziele und ihr Verlauf"}},
	} {
		t.Run(tt.format, func(t *testing.T) {
			out, _, err := ausfuehren(t, "-format", tt.format, "-zeitpunkt", "2026-11-25")
			require.NoError(t, err)
			assert.True(t, strings.HasPrefix(out, "<!DOCTYPE html>"))
			for _, m := range tt.muss {
				assert.True(t, strings.Contains(out, m), "%s: %q missing", tt.format, m)
			}
		})
	}
}
