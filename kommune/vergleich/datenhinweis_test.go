package vergleich

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
)

// TestTrendDatenhinweis: the trend carries the newer Bewertung's note on
// its data, the older one's only when it differs, and its Markdown shows
// them first — one unlabelled by date, two each with its date.
func TestTrendDatenhinweis(t *testing.T) {
	alt := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	neu := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		name, alt, neu  string
		hinweis, vorher string
		zeilen          []string
	}{
		{"gleich", "Erfunden.", " Erfunden. ", "Erfunden.", "", []string{"> **Hinweis zu den Daten:** Erfunden."}},
		{"nur neu", "", "Erfunden.", "Erfunden.", "", []string{"> **Hinweis zu den Daten:** Erfunden."}},
		{"verschieden", "Alt\nerfunden.", "Neu erfunden.", "Neu erfunden.", "Alt\nerfunden.", []string{
			"> **Hinweis zu den Daten der Bewertung vom 01.03.2025:** Alt erfunden.",
			"> **Hinweis zu den Daten der Bewertung vom 01.03.2026:** Neu erfunden."}},
		{"nur alt", "Alt erfunden.", "", "", "Alt erfunden.", []string{
			"> **Hinweis zu den Daten der Bewertung vom 01.03.2025:** Alt erfunden."}},
		{"keiner", "", "", "", "", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tr, err := Trend(&qualitaet.Bewertung{Kommune: "Stadt A", Zeitpunkt: alt, Sprache: "de", Datenhinweis: tt.alt},
				&qualitaet.Bewertung{Kommune: "Stadt A", Zeitpunkt: neu, Sprache: "de", Datenhinweis: tt.neu})
			require.NoError(t, err)
			assert.Equal(t, tt.hinweis, tr.Datenhinweis)
			assert.Equal(t, strings.TrimSpace(tt.vorher), tr.DatenhinweisVorher)
			var buf bytes.Buffer
			require.NoError(t, tr.Markdown(&buf))
			var kopf []string
			for _, z := range strings.Split(buf.String(), "\n")[2:] {
				if strings.HasPrefix(z, "Von der Bewertung") {
					break
				}
				if z != "" {
					kopf = append(kopf, z)
				}
			}
			assert.Equal(t, tt.zeilen, kopf, "the notes come first, under the heading")
			doc, err := tr.Dokument()
			require.NoError(t, err, "the notes fit trend.schema.json")
			zurueck, err := ParseTrend(doc)
			require.NoError(t, err)
			assert.Equal(t, tr.Datenhinweis, zurueck.Datenhinweis)
			assert.Equal(t, tr.DatenhinweisVorher, zurueck.DatenhinweisVorher)
		})
	}
}

// TestVergleichDatenhinweiseMarkdown: the comparison's Markdown lists the
// notes of the Kommunen that have one, in their order, before everything
// else; without any note there is no such list.
func TestVergleichDatenhinweiseMarkdown(t *testing.T) {
	v := &Vergleich{Zeitpunkt: time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC), Sprache: "en",
		Kommunen: []VergleichsZeile{{Name: "Stadt A", Datenhinweis: "Invented <b>data</b>\nfor tests."}, {Name: "Stadt B"}}}
	var buf bytes.Buffer
	require.NoError(t, v.Markdown(&buf))
	assert.True(t, strings.HasPrefix(buf.String(), "# Comparison of 2 Kommunen\n\n**Notes on the data (from the profiles):**\n\n"+
		"- **Stadt A:** Invented &lt;b>data&lt;/b> for tests.\n\nAs of 25 November 2026."), buf.String())
	assert.NotContains(t, buf.String(), "- **Stadt B:**")

	v.Kommunen[0].Datenhinweis = ""
	buf.Reset()
	require.NoError(t, v.Markdown(&buf))
	assert.NotContains(t, buf.String(), "Notes on the data")
}
