package bericht_test

import (
	"bytes"
	"testing"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/bericht"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// runden is an invented Kommune with two survey rounds:
//
//	             2024-11 (a, b, c)      2026-03
//	QD3.T1.Z1    1, 2, 3 → 2, spread 2  two "Hebamme" 1, 3 → lower median 1, spread 2; agreed in dialogue: 2
//	QD3.T1.Z2    2, 2    → 2, spread 0  3, 3 → 3, spread 0; need hoch, mittel → mittel
//	QD3.T2.Z1    –                      strategisch 4, 4; operativ 1, 2 → lower median 2, spread 3; levels apart (4 against 1)
//
// and the network's own choice of priorities in 2026-03.
func runden(sprache language.Tag) qualitaet.Eingabe {
	tag := func(s string) time.Time {
		t, _ := time.Parse(time.DateOnly, s)
		return t
	}
	e := func(runde, k, person, ziel string, s int) qualitaet.Einschaetzung {
		d := "2024-11-20"
		if runde == "2026-03" {
			d = "2026-03-12"
		}
		return qualitaet.Einschaetzung{Entwicklungsziel: qualitaet.ID(ziel), StufeGesetzt: true, Stufe: qualitaet.Stufe(s), Datum: tag(d),
			Runde: runde, Einschaetzende: k, Person: person}
	}
	mit := func(x qualitaet.Einschaetzung, eb qualitaet.Ebene, b qualitaet.Entwicklungsbedarf) qualitaet.Einschaetzung {
		x.Ebene, x.Entwicklungsbedarf = eb, b
		return x
	}
	es := []qualitaet.Einschaetzung{
		e("2024-11", "a", "", "QD3.T1.Z1", 1), e("2024-11", "b", "", "QD3.T1.Z1", 2), e("2024-11", "c", "", "QD3.T1.Z1", 3),
		e("2024-11", "a", "", "QD3.T1.Z2", 2), e("2024-11", "b", "", "QD3.T1.Z2", 2),
		e("2026-03", "h1", "Hebamme", "QD3.T1.Z1", 1), e("2026-03", "h2", "Hebamme", "QD3.T1.Z1", 3),
		mit(e("2026-03", "a", "", "QD3.T1.Z2", 3), "", qualitaet.BedarfHoch), mit(e("2026-03", "b", "", "QD3.T1.Z2", 3), "", qualitaet.BedarfMittel),
		mit(e("2026-03", "a", "", "QD3.T2.Z1", 4), qualitaet.Strategisch, ""), mit(e("2026-03", "b", "", "QD3.T2.Z1", 4), qualitaet.Strategisch, ""),
		mit(e("2026-03", "c", "", "QD3.T2.Z1", 1), qualitaet.Operativ, ""), mit(e("2026-03", "d", "", "QD3.T2.Z1", 2), qualitaet.Operativ, ""),
	}
	return qualitaet.Eingabe{
		Kommune:      "Musterstadt",
		Datenhinweis: "Erfundenes Beispiel zur Veranschaulichung der Einschätzungsrunden; keine echten Daten.",
		Zuschnitt:    &qualitaet.Zuschnitt{Rahmen: qualitaet.Version20, Ausgelassen: []qualitaet.ID{"QD1", "QD2", "QD4", "QD5", "QD6", "QD7", "QD8", "QD9", "QD10"}},
		Runden: []qualitaet.Runde{
			{ID: "2024-11", Datum: tag("2024-11-20"), Titel: "Netzwerktreffen November 2024"},
			{ID: "2026-03", Datum: tag("2026-03-12"), Titel: "Netzwerktreffen März 2026",
				Dialogergebnisse: []qualitaet.Dialogergebnis{{Entwicklungsziel: "QD3.T1.Z1", Stufe: 2, Datum: tag("2026-03-12"), Anwesende: 14}},
				Priorisierung: &qualitaet.Priorisierung{Datum: tag("2026-03-12"), Anwesende: 14, Ziele: []qualitaet.GewaehltesZiel{
					{Entwicklungsziel: "QD3.T2.Z1", Begruendung: "Das gemeinsame Verständnis zuerst mit beiden Ebenen klären"},
					{Entwicklungsziel: "QD3.T1.Z2"}}}},
		},
		Einschaetzungen: es,
		Zeitpunkt:       time.Date(2026, 4, 1, 12, 0, 0, 0, time.UTC),
		Sprache:         sprache,
	}
}

func TestRundenBericht(t *testing.T) {
	for _, tt := range []struct {
		sprache language.Tag
		datei   string
		want    []string
	}{
		{language.German, "runden.de.md", []string{
			"- **Runde:** Netzwerktreffen März 2026 (2026-03) vom 12.03.2026, 8 Einschätzungen von 6 Einschätzenden; ausgewertet ist nur diese von 2 Runden",
			"## Vom Netzwerk gewählte Prioritäten",
			"## Berechnete Rangfolge (Vorschlag)",
			"Einschätzungen: 1–3, unterer Median 1 · im Dialog vereinbart: 2",
			"2 – in Umsetzung (im Dialog vereinbart)",
			"die Ebenen schätzen verschieden ein: strategisch 4, operativ 1",
			"Entwicklungsbedarf mittel (1 × hoch, 1 × mittel)",
			"## Vergleich der Runden",
			"- **Ergebnis verändert:** QD3.T1.Z1, QD3.T1.Z2",
			"Davon aus Selbsteinschätzung des Netzwerks: 3 von 8 Entwicklungszielen, 1 davon im Dialog vereinbart",
		}},
		{language.English, "runden.en.md", []string{
			"ratings: 1–3, lower median 1 · agreed in dialogue: 2",
			"## Priorities chosen by the network",
			"## Comparison of rounds",
		}},
	} {
		t.Run(tt.datei, func(t *testing.T) {
			b := bewerte(t, runden(tt.sprache))
			var buf bytes.Buffer
			require.NoError(t, bericht.Markdown(&buf, b, bericht.Optionen{}))
			for _, w := range tt.want {
				assert.Contains(t, buf.String(), w)
			}
			vergleicheGolden(t, tt.datei, buf.Bytes())
		})
	}
	// The chosen priorities come before the computed ranking, the open
	// dialogue (QD3.T2.Z1) stays marked, the agreed one (QD3.T1.Z1) not.
	b := bewerte(t, runden(language.German))
	var buf bytes.Buffer
	require.NoError(t, bericht.Markdown(&buf, b, bericht.Optionen{}))
	s := buf.String()
	assert.Less(t, bytes.Index(buf.Bytes(), []byte("Vom Netzwerk gewählte")), bytes.Index(buf.Bytes(), []byte("Berechnete Rangfolge")))
	assert.Contains(t, s, "| QD3.T2.Z1 [NZFH]")
	assert.Contains(t, s, "2 – in Umsetzung (vorläufig – im Dialog klären)")
}

// TestRundenStreuungSVG: the spread chart of a round names the round and
// shows the earlier round's spread and median per goal.
func TestRundenStreuungSVG(t *testing.T) {
	for _, tt := range []struct {
		sprache language.Tag
		datei   string
	}{{language.German, "runden-streuung.de.svg"}, {language.English, "runden-streuung.en.svg"}} {
		b := bewerte(t, runden(tt.sprache))
		var buf bytes.Buffer
		require.NoError(t, bericht.StreuungSVG(&buf, b, bericht.Optionen{}))
		s := buf.String()
		// QD3.T1.Z1 and QD3.T1.Z2 were rated in the earlier round, QD3.T2.Z1 not.
		assert.Equal(t, 2, bytes.Count(buf.Bytes(), []byte(`class="spanne-vorher"`)))
		assert.Equal(t, 2, bytes.Count(buf.Bytes(), []byte(`class="median-vorher"`)))
		if tt.sprache == language.German {
			assert.Contains(t, s, "Runde: Netzwerktreffen März 2026")
			assert.Contains(t, s, "frühere Runde (Netzwerktreffen November 2024): Spannweite gestrichelt, Median hohl")
		}
		vergleicheGolden(t, tt.datei, buf.Bytes())
	}
	// Without a comparison, no marks of an earlier round.
	e := runden(language.German)
	e.Runde = "2024-11"
	var buf bytes.Buffer
	require.NoError(t, bericht.StreuungSVG(&buf, bewerte(t, e), bericht.Optionen{}))
	assert.NotContains(t, buf.String(), "spanne-vorher")
	assert.Contains(t, buf.String(), "Runde: Netzwerktreffen November 2024")
}
