package anonym_test

import (
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema/anonym"
)

// bewertungVon evaluates a profile of the repository's testdata as the
// program examples/bewertung does (German, fixed day) and returns the
// Bewertung document.
func bewertungVon(t *testing.T, datei string) []byte {
	t.Helper()
	data, err := os.ReadFile(datei)
	require.NoError(t, err)
	p, err := kommune.ParseProfil(data)
	require.NoError(t, err)
	b, err := kommune.Bewerte(p, kommune.BewertungsOptionen{Zeitpunkt: time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)})
	require.NoError(t, err)
	doc, err := b.Dokument()
	require.NoError(t, err)
	return doc
}

// zellen is the part of a Bewertung the small-cell rule must keep or
// change, decoded loosely.
type zellen struct {
	Dimensionen []struct {
		ID     string   `json:"id"`
		Punkte *float64 `json:"punkte"`
	} `json:"dimensionen"`
	Gesamt   json.RawMessage `json:"gesamt"`
	Streuung []struct {
		Entwicklungsziel string  `json:"entwicklungsziel"`
		Anzahl           int     `json:"anzahl"`
		Median           float64 `json:"median"`
		Minimum          int     `json:"minimum"`
		Maximum          int     `json:"maximum"`
		Stufen           []int   `json:"stufen"`
		Sektoren         []zeile `json:"sektoren"`
		Ebenen           []zeile `json:"ebenen"`
		EntlangSektoren  bool    `json:"entlangSektoren"`
		EntlangEbenen    bool    `json:"entlangEbenen"`
		Hinweis          string  `json:"hinweis"`
	} `json:"streuung"`
}

type zeile struct {
	Anzahl int `json:"anzahl"`
}

func leseZellen(t *testing.T, doc []byte) zellen {
	t.Helper()
	var z zellen
	require.NoError(t, json.Unmarshal(doc, &z))
	return z
}

func TestKleineZellen(t *testing.T) {
	// Expected counts worked out from the profiles: in Oder-Spree the
	// spread names 10 sector lines, one with 2 raters (Kinder- und
	// Jugendhilfe for QD5.T1.Z1, 2 raters), the other nine with 1; the
	// rounds example names no sector but 4 level lines, three with 2
	// raters and one (strategisch for QD3.T1.Z2) with 1.
	tests := []struct {
		name, datei     string
		k, unterdrueckt int
		entlangEbenen   bool // QD3.T2.Z1's levels still compared
	}{
		{"Oder-Spree k=3", "../../../testdata/profile/oder-spree.json", 3, 10, false},
		{"Oder-Spree k=2", "../../../testdata/profile/oder-spree.json", 2, 9, false},
		{"Oder-Spree off", "../../../testdata/profile/oder-spree.json", 0, 0, false},
		{"rounds k=3", "../../../testdata/profile/runden.json", 3, 4, false},
		{"rounds k=2", "../../../testdata/profile/runden.json", 2, 1, true},
		{"rounds off", "../../../testdata/profile/runden.json", 0, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := bewertungVon(t, tt.datei)
			lauf, err := anonym.NeuerLauf(anonym.Optionen{MindestRater: tt.k})
			require.NoError(t, err)
			require.NoError(t, lauf.Lerne(doc))
			erg, err := lauf.Anonymisiere(doc)
			require.NoError(t, err) // checked against bewertung.schema.json inside
			assert.Equal(t, tt.unterdrueckt, erg.KleineZellen)
			if tt.k == 3 { // every line is gone: no pointer into one is listed for review
				for _, z := range erg.Behalten {
					assert.NotContains(t, z, "/sektoren/")
				}
			}

			vorher, nachher := leseZellen(t, doc), leseZellen(t, erg.Dokument)
			assert.Equal(t, vorher.Dimensionen, nachher.Dimensionen, "dimension points")
			assert.JSONEq(t, string(vorher.Gesamt), string(nachher.Gesamt), "totals")
			require.Len(t, nachher.Streuung, len(vorher.Streuung))
			entlangEbenen := false
			for i, s := range nachher.Streuung {
				v := vorher.Streuung[i]
				assert.Equal(t, v.Entwicklungsziel, s.Entwicklungsziel)
				assert.Equal(t, []any{v.Anzahl, v.Median, v.Minimum, v.Maximum, v.Stufen},
					[]any{s.Anzahl, s.Median, s.Minimum, s.Maximum, s.Stufen}, "figures of %s", s.Entwicklungsziel)
				for _, z := range append(s.Sektoren, s.Ebenen...) {
					assert.GreaterOrEqual(t, z.Anzahl, max(tt.k, 1), "small cell left in %s", s.Entwicklungsziel)
				}
				if s.Entwicklungsziel == "QD3.T2.Z1" {
					entlangEbenen = s.EntlangEbenen
				}
			}
			assert.Equal(t, tt.entlangEbenen, entlangEbenen)
			if tt.k == 0 {
				assert.Equal(t, vorher.Streuung, nachher.Streuung)
			}
		})
	}
}

// TestKleineZellenHinweis: a divergence along sector lines names both
// sectors; when one of them is a small cell the statement goes too.
func TestKleineZellenHinweis(t *testing.T) {
	var b map[string]any
	require.NoError(t, json.Unmarshal(bewertungVon(t, "../../../testdata/profile/oder-spree.json"), &b))
	s := b["streuung"].([]any)[1].(map[string]any)
	require.Equal(t, "QD3.T1.Z2", s["entwicklungsziel"])
	s["entlangSektoren"] = true
	s["hinweis"] = "Gesundheitswesen schätzt niedriger ein als Kinder- und Jugendhilfe"
	doc, err := json.Marshal(b)
	require.NoError(t, err)

	for _, k := range []int{0, 3} {
		erg, err := anonym.NeuerLauf(anonym.Optionen{MindestRater: k})
		require.NoError(t, err)
		require.NoError(t, erg.Lerne(doc))
		out, err := erg.Anonymisiere(doc)
		require.NoError(t, err)
		z := leseZellen(t, out.Dokument).Streuung[1]
		if k == 0 {
			assert.True(t, z.EntlangSektoren)
			assert.Contains(t, z.Hinweis, "Gesundheitswesen")
			assert.Len(t, z.Sektoren, 2)
			continue
		}
		assert.False(t, z.EntlangSektoren)
		assert.Empty(t, z.Hinweis)
		var roh struct {
			Streuung []map[string]any `json:"streuung"`
		}
		require.NoError(t, json.Unmarshal(out.Dokument, &roh))
		assert.NotContains(t, roh.Streuung[1], "sektoren", "an empty list is dropped, as the engine omits it")
		assert.NotContains(t, roh.Streuung[1], "hinweis")
	}
}
