package kommune

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/bericht"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// planStichtag is the day of the example plan: after the review date
// agreed in the example's process (30.09.2026) and after the due dates of
// three measures.
var planStichtag = qualitaet.MussKalenderdatum("2026-11-25")

func beispielPlan(t *testing.T, tag language.Tag, stichtag qualitaet.Kalenderdatum) *qualitaet.Plan {
	t.Helper()
	p, err := Beispiel()
	require.NoError(t, err)
	b, err := Bewerte(p, BewertungsOptionen{Zeitpunkt: time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC), Sprache: tag})
	require.NoError(t, err)
	pl, err := Plan(p, b, stichtag, tag)
	require.NoError(t, err)
	return pl
}

// TestPlanGolden pins the example's plan as JSON and as Markdown in German
// and English (go test ./kommune -update rewrites testdata/plan), and checks
// that the JSON document validates against plan.schema.json.
func TestPlanGolden(t *testing.T) {
	for _, tt := range []struct {
		tag    language.Tag
		endung string
	}{{language.German, "de"}, {language.English, "en"}} {
		t.Run(tt.endung, func(t *testing.T) {
			pl := beispielPlan(t, tt.tag, planStichtag)
			doc, err := pl.Dokument()
			require.NoError(t, err)
			doc = append(doc, '\n')
			wert, err := schema.Standard().Dekodiere(doc)
			require.NoError(t, err)
			require.NoError(t, schema.Standard().Pruefe(schema.ArtPlan, wert), "plan validates against its schema")
			var md bytes.Buffer
			require.NoError(t, bericht.PlanMarkdown(&md, pl, bericht.Optionen{}))
			vergleichePlanGolden(t, "oder-spree."+tt.endung+".json", doc)
			vergleichePlanGolden(t, "oder-spree."+tt.endung+".md", md.Bytes())
		})
	}
}

func vergleichePlanGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	pfad := filepath.Join("..", "testdata", "plan", name)
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(pfad), 0o755))
		require.NoError(t, os.WriteFile(pfad, got, 0o644))
		return
	}
	want, err := os.ReadFile(pfad)
	require.NoError(t, err, "run go test ./kommune -update")
	assert.Equal(t, string(want), string(got), "%s differs; review and run go test ./kommune -update", pfad)
}

// TestPlanOderSpree checks the example's plan against what its data says,
// worked out by hand from testdata/profile/oder-spree.json.
func TestPlanOderSpree(t *testing.T) {
	zaehle := func(pl *qualitaet.Plan) map[qualitaet.Befundart]int {
		n := map[qualitaet.Befundart]int{}
		for _, b := range pl.Befunde {
			n[b.Art]++
		}
		return n
	}
	t.Run("on 25.11.2026", func(t *testing.T) {
		pl := beispielPlan(t, language.German, planStichtag)
		n := zaehle(pl)
		// Three measures are due by 31.12.2023 or 30.06.2024 and still in
		// progress; the annual report has no due date, the Fachtag is done.
		assert.Equal(t, 3, n[qualitaet.BefundMassnahmeUeberfaellig])
		assert.Equal(t, 3, pl.Zusammenfassung.UeberfaelligeMassnahmen)
		assert.Len(t, pl.Ueberfaellig(), 3)
		assert.Equal(t, 4, n[qualitaet.BefundZielUeberfaellig], "all four goals are active and past due")
		assert.Equal(t, 1, n[qualitaet.BefundUeberpruefungUeberfaellig], "review agreed for 30.09.2026")
		require.NotNil(t, pl.Prozess)
		assert.True(t, pl.Prozess.UeberpruefungUeberfaellig)
		assert.Equal(t, 1, n[qualitaet.BefundMassnahmeZielErledigt], "the annual report serves a goal whose indicator met its target")
		assert.Zero(t, n[qualitaet.BefundZielOhneMassnahme], "every goal has a measure")
		assert.Equal(t, 4, pl.Zusammenfassung.Ziele)
		assert.Equal(t, 5, pl.Zusammenfassung.Massnahmen)
		assert.Equal(t, qualitaet.ID("QD5.T1.Z1"), pl.Prioritaeten[0].Entwicklungsziel, "the Bewertung's order")
		assert.Equal(t, []qualitaet.PrioritaetsArt{qualitaet.KlaerenImDialog, qualitaet.NiedrigeStufe}, pl.Prioritaeten[0].Arten,
			"an Entwicklungsziel listed twice is one priority with both kinds")
	})
	t.Run("on 01.03.2024", func(t *testing.T) {
		pl := beispielPlan(t, language.German, qualitaet.MussKalenderdatum("2024-03-01"))
		n := zaehle(pl)
		assert.Equal(t, 2, n[qualitaet.BefundMassnahmeUeberfaellig], "only the two due by 31.12.2023")
		assert.Zero(t, n[qualitaet.BefundUeberpruefungUeberfaellig], "the review lies ahead")
		assert.False(t, pl.Prozess.UeberpruefungUeberfaellig)
		assert.Equal(t, 2, n[qualitaet.BefundZielUeberfaellig], "two goals were due by 31.12.2023")
	})
}

// TestProfilProzess checks that the profile's process is validated by the
// schema: a known level and dates, dimension IDs; and that it is read.
func TestProfilProzess(t *testing.T) {
	basis := `{"$schema": "` + SchemaID + `", "name": "Musterstadt", "prozess": %s}`
	for _, tt := range []struct {
		name, prozess, zeiger string
	}{
		{"valid", `{"verantwortlich": "Netzwerkkoordination", "gremien": [{"bezeichnung": "Steuerungsgruppe", "ebene": "strategisch"}], "schwerpunkte": ["QD3"], "zyklusschritt": "bewertung", "naechsteUeberpruefung": "2026-09-30"}`, ""},
		{"unknown level", `{"gremien": [{"bezeichnung": "AG", "ebene": "mittel"}]}`, "/prozess/gremien/0/ebene"},
		{"no date", `{"naechsteUeberpruefung": "bald"}`, "/prozess/naechsteUeberpruefung"},
		{"no dimension", `{"schwerpunkte": ["QD3.T1"]}`, "/prozess/schwerpunkte/0"},
		{"unknown step", `{"zyklusschritt": "planung"}`, "/prozess/zyklusschritt"},
		{"unknown field", `{"leitung": "X"}`, "/prozess/leitung"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p, err := ParseProfil([]byte(fmt.Sprintf(basis, tt.prozess)))
			if tt.zeiger == "" {
				require.NoError(t, err)
				require.NotNil(t, p.Prozess)
				assert.Equal(t, qualitaet.MussKalenderdatum("2026-09-30"), p.Prozess.NaechsteUeberpruefung)
				assert.Equal(t, qualitaet.Strategisch, p.Prozess.Gremien[0].Ebene)
				return
			}
			var vf *schema.ValidierungsFehler
			require.ErrorAs(t, err, &vf)
			var zeiger []string
			for _, v := range vf.Verletzungen {
				zeiger = append(zeiger, v.Zeiger)
			}
			assert.Contains(t, zeiger, tt.zeiger)
		})
	}
}
