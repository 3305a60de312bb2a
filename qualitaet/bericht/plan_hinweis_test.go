package bericht_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/bericht"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestPlanMarkdownDatenhinweis: the plan on its own shows the profile's
// note on its data right under its heading, labelled in the report's
// language, on one line; without a note there is no such line; inside the
// full report the note stands once, in the report's head.
func TestPlanMarkdownDatenhinweis(t *testing.T) {
	for _, tt := range []struct {
		name, hinweis string
		sprache       language.Tag
		zeile         string
	}{
		{"deutsch", "Erfundene Daten\nzur Veranschaulichung", language.German,
			"> **Hinweis zu den Daten:** Erfundene Daten zur Veranschaulichung"},
		{"englisch", "Erfundene Daten", language.English,
			"> **Note on the data (from the profile):** Erfundene Daten"},
		{"ohne", "", language.German, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e := oderSpree(tt.sprache)
			e.Datenhinweis = tt.hinweis
			b := bewerte(t, e)
			plan := planFuer(t, b, "Ziel")
			assert.Equal(t, tt.hinweis, plan.Datenhinweis, "the plan carries the Bewertung's note")
			var buf bytes.Buffer
			require.NoError(t, bericht.PlanMarkdown(&buf, plan, bericht.Optionen{}))
			zeilen := strings.Split(buf.String(), "\n")
			require.Greater(t, len(zeilen), 3)
			assert.True(t, strings.HasPrefix(zeilen[0], "# "), zeilen[0])
			if tt.zeile == "" {
				assert.NotContains(t, buf.String(), "> **")
				return
			}
			assert.Equal(t, tt.zeile, zeilen[2], "the note comes first, under the heading")
			buf.Reset()
			require.NoError(t, bericht.Markdown(&buf, b, bericht.Optionen{Plan: plan}))
			assert.Equal(t, 1, strings.Count(buf.String(), tt.zeile), "the full report shows the note once")
		})
	}
}
