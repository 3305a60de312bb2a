package vergleich

import (
	"bytes"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
)

var (
	trendAlt = time.Date(2021, 3, 1, 0, 0, 0, 0, time.UTC)
	trendNeu = time.Date(2022, 3, 1, 0, 0, 0, 0, time.UTC)
)

func datum(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse(time.DateOnly, s)
	require.NoError(t, err)
	return d
}

// zweiBewertungen evaluates the Oder-Spree example on 1 March 2021 and a
// second version of it on 1 March 2022, in which a year of network work
// added ratings: the health office now rates QD3.T1.Z2 at 3 (was 1), the
// coordination rates QD5.T2.Z1 at 2 (was 0), pregnancy counselling can now
// judge QD3.T2.Z2 (2; was "nicht beurteilbar"), and the youth-welfare
// planning's rating of QD5.T3.Z1 was withdrawn.
func zweiBewertungen(t *testing.T, tag schemaTag) (*qualitaet.Bewertung, *qualitaet.Bewertung) {
	t.Helper()
	alt, err := kommune.Beispiel()
	require.NoError(t, err)
	neu, err := kommune.Beispiel()
	require.NoError(t, err)
	tag2022 := datum(t, "2022-02-15")
	var behalten []qualitaet.Einschaetzung
	for _, e := range neu.Einschaetzungen {
		if e.Entwicklungsziel == "QD5.T3.Z1" {
			continue
		}
		behalten = append(behalten, e)
	}
	neu.Einschaetzungen = append(behalten,
		qualitaet.Einschaetzung{Entwicklungsziel: "QD3.T1.Z2", Stufe: 3, Datum: tag2022, Person: "Vertretung Gesundheitsamt", Sektor: "gesundheitswesen"},
		qualitaet.Einschaetzung{Entwicklungsziel: "QD5.T2.Z1", Stufe: 2, Datum: tag2022, Person: "Netzwerkkoordination", Sektor: "kinder-und-jugendhilfe"},
		qualitaet.Einschaetzung{Entwicklungsziel: "QD3.T2.Z2", Stufe: 2, Datum: tag2022, Person: "Vertretung Schwangerschaftsberatung", Sektor: "schwangerschaftsberatung"},
	)
	require.NoError(t, neu.Validate())
	ba, err := kommune.Bewerte(alt, kommune.BewertungsOptionen{Zeitpunkt: trendAlt, Sprache: tag})
	require.NoError(t, err)
	bn, err := kommune.Bewerte(neu, kommune.BewertungsOptionen{Zeitpunkt: trendNeu, Sprache: tag})
	require.NoError(t, err)
	return ba, bn
}

type schemaTag = language.Tag

func TestTrend(t *testing.T) {
	a, n := zweiBewertungen(t, language.German)
	tr, err := Trend(a, n)
	require.NoError(t, err)
	assert.Equal(t, "Landkreis Oder-Spree", tr.Kommune)
	assert.Equal(t, trendAlt, tr.Von)
	assert.Equal(t, trendNeu, tr.Bis)
	assert.Equal(t, "de", tr.Sprache)

	assert.Equal(t, qualitaet.WertVon(44.2), tr.Gesamt.Vorher)
	assert.Equal(t, qualitaet.WertVon(47.4), tr.Gesamt.Nachher)
	assert.Equal(t, qualitaet.WertVon(3.2), tr.Gesamt.Delta, "47,4 − 44,2 rounded to one decimal, no float noise")

	require.Len(t, tr.Dimensionen, 10)
	nachID := map[qualitaet.ID]DimensionTrend{}
	for _, d := range tr.Dimensionen {
		nachID[d.ID] = d
	}
	// QD3: 65 → 66,7, now 6 of its 8 goals assessed.
	assert.Equal(t, qualitaet.WertVon(1.7), nachID["QD3"].Delta)
	assert.Equal(t, qualitaet.WertVon(0.75), nachID["QD3"].AbdeckungNachher)
	// QD5: one goal more at a higher level, one fewer assessed.
	assert.Equal(t, qualitaet.WertVon(11.3), nachID["QD5"].Delta)
	d5, _ := nachID["QD5"].AbdeckungDelta.Zahl()
	assert.Less(t, d5, 0.0)
	// QD4 has points on neither side: no delta, never 0.
	assert.False(t, nachID["QD4"].Vorher.Gesetzt())
	assert.False(t, nachID["QD4"].Delta.Gesetzt())
	assert.Equal(t, qualitaet.WertVon(0), nachID["QD1"].Delta, "unchanged is 0, not absent")

	require.Len(t, tr.Veraendert, 2)
	assert.Equal(t, ZielTrend{ID: "QD3.T1.Z2", Dimension: "QD3", Text: tr.Veraendert[0].Text,
		Vorher: qualitaet.WertVon(1), Nachher: qualitaet.WertVon(2),
		QuelleVorher: qualitaet.QuelleSelbst, QuelleNachher: qualitaet.QuelleSelbst, Delta: 1}, tr.Veraendert[0],
		"consensus of the ratings 2 and 1 (lower median) → 2 and 3")
	assert.Equal(t, qualitaet.ID("QD5.T2.Z1"), tr.Veraendert[1].ID)
	assert.Equal(t, 2.0, tr.Veraendert[1].Delta)
	require.Len(t, tr.Neu, 1)
	assert.Equal(t, ZielStand{ID: "QD3.T2.Z2", Dimension: "QD3", Text: tr.Neu[0].Text, Stufe: qualitaet.WertVon(2), Quelle: qualitaet.QuelleSelbst}, tr.Neu[0])
	require.Len(t, tr.Entfallen, 1)
	assert.Equal(t, qualitaet.ID("QD5.T3.Z1"), tr.Entfallen[0].ID)
	assert.Equal(t, qualitaet.WertVon(1), tr.Entfallen[0].Stufe)
	assert.NotEmpty(t, tr.Entfallen[0].Text)

	for _, f := range []struct {
		datei string
		tag   language.Tag
	}{{"trend-oder-spree.de", language.German}, {"trend-oder-spree.en", language.English}} {
		a, n := zweiBewertungen(t, f.tag)
		tr, err := Trend(a, n)
		require.NoError(t, err)
		var md bytes.Buffer
		require.NoError(t, tr.Markdown(&md))
		golden(t, "../../testdata/vergleich/"+f.datei+".md", md.Bytes())
		doc, err := tr.Dokument()
		require.NoError(t, err)
		golden(t, "../../testdata/vergleich/"+f.datei+".json", doc)

		// The two Bewertungen stored and read back give the same trend:
		// what examples/vergleich -trend computes from files.
		var gelesen [2]*qualitaet.Bewertung
		for i, b := range []*qualitaet.Bewertung{a, n} {
			data, err := b.Dokument()
			require.NoError(t, err)
			golden(t, fmt.Sprintf("../../testdata/bewertung/%s.%d.json", f.datei, b.Zeitpunkt.Year()), data)
			gelesen[i], err = qualitaet.ParseBewertung(data)
			require.NoError(t, err)
		}
		tr2, err := Trend(gelesen[0], gelesen[1])
		require.NoError(t, err)
		assert.Equal(t, tr, tr2)
	}
}

// TestTrendAndereDimensionen compares Bewertungen whose catalogues differ:
// a dimension on one side only has absent points and coverage on the other.
func TestTrendAndereDimensionen(t *testing.T) {
	p, err := kommune.Beispiel()
	require.NoError(t, err)
	a, err := kommune.Bewerte(p, kommune.BewertungsOptionen{Zeitpunkt: trendAlt})
	require.NoError(t, err)
	p.Zuschnitt = &qualitaet.Zuschnitt{Rahmen: qualitaet.Version20, Schwerpunkte: []qualitaet.ID{"QD3", "QD5"}, Ausgelassen: []qualitaet.ID{"QD10"}}
	n, err := kommune.Bewerte(p, kommune.BewertungsOptionen{Zeitpunkt: trendNeu})
	require.NoError(t, err)
	tr, err := Trend(a, n)
	require.NoError(t, err)
	last := tr.Dimensionen[len(tr.Dimensionen)-1]
	assert.Equal(t, qualitaet.ID("QD10"), last.ID)
	assert.True(t, last.Vorher.Gesetzt())
	assert.False(t, last.Nachher.Gesetzt())
	assert.False(t, last.Delta.Gesetzt())
	assert.True(t, last.AbdeckungVorher.Gesetzt())
	assert.False(t, last.AbdeckungNachher.Gesetzt())
	assert.False(t, last.AbdeckungDelta.Gesetzt())
	assert.NotEmpty(t, last.Titel)
	for _, z := range tr.Entfallen {
		assert.Equal(t, qualitaet.ID("QD10"), z.Dimension, "only the goals of the left-out dimension are no longer assessed")
	}
	assert.NotEmpty(t, tr.Entfallen)
}

func TestTrendFehler(t *testing.T) {
	a, n := zweiBewertungen(t, language.German)
	anders := *n
	anders.Kommune = "Landkreis Musterkreis"
	gleich := *n
	gleich.Zeitpunkt = a.Zeitpunkt
	klein := *n
	klein.Kommune = " landkreis oder-spree "
	tests := []struct {
		name     string
		alt, neu *qualitaet.Bewertung
		want     error
		text     string
	}{
		{"other Kommune", a, &anders, ErrAndereKommune, "vergleich: Bewertungen verschiedener Kommunen: „Landkreis Oder-Spree“ und „Landkreis Musterkreis“"},
		{"swapped", n, a, ErrZeitfolge, "vergleich: die ältere Bewertung (2022-03-01T00:00:00Z) liegt nicht vor der neueren (2021-03-01T00:00:00Z)"},
		{"same moment", a, &gleich, ErrZeitfolge, "vergleich: die ältere Bewertung (2021-03-01T00:00:00Z) liegt nicht vor der neueren (2021-03-01T00:00:00Z)"},
		{"nil old", nil, n, ErrOptionen, "vergleich: für einen Trend fehlt eine Bewertung (nil)"},
		{"nil new", a, nil, ErrOptionen, "vergleich: für einen Trend fehlt eine Bewertung (nil)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Trend(tt.alt, tt.neu)
			require.ErrorIs(t, err, tt.want)
			assert.EqualError(t, err, tt.text)
			var vf *VergleichsFehler
			require.True(t, errors.As(err, &vf))
			assert.NotEqual(t, vf.Text(language.English), err.Error())
		})
	}
	_, err := Trend(a, &klein)
	assert.NoError(t, err, "the same name in other case and spacing is the same Kommune")
}
