package kommune_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func rundenProfil(t *testing.T) *kommune.Profil {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "testdata", "profile", "runden.json"))
	require.NoError(t, err)
	defer f.Close()
	p, err := kommune.LiesProfil(f)
	require.NoError(t, err)
	return p
}

// TestBewerteRunden: the profile testdata/profile/runden.json has two
// rounds; the latest (2026-03) is evaluated, the one before compared.
// QD3.T1.Z1: 2024-11 1, 2, 3 → 2; 2026-03 1, 3 → lower median 1, agreed 2.
// QD3.T1.Z2: 2024-11 2, 2 → 2; 2026-03 3, 3 → 3.
// QD3.T2.Z1: only 2026-03: 1, 2, 4, 4 → lower median 2.
// QD3 = 100·(2 + 3 + 2)/(4·3) = 58.3; coverage 3/6 = 0.5.
func TestBewerteRunden(t *testing.T) {
	p := rundenProfil(t)
	b, err := kommune.Bewerte(p, kommune.BewertungsOptionen{Zeitpunkt: time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)})
	require.NoError(t, err)
	require.NotNil(t, b.Runde)
	assert.Equal(t, "2026-03", b.Runde.ID)
	d, _ := b.Dimension("QD3")
	assert.Equal(t, 58.3, d.Punkte.Oder(-1))
	z, _ := b.Ziel("QD3.T1.Z1")
	assert.Equal(t, qualitaet.QuelleDialog, z.Quelle)
	require.NotNil(t, b.Vergleich)
	assert.Equal(t, []qualitaet.ID{"QD3.T1.Z1", "QD3.T1.Z2"}, b.Vergleich.Bewegt)
	require.NotNil(t, b.Priorisierung)
	assert.Equal(t, qualitaet.ID("QD3.T2.Z1"), b.Priorisierung.Ziele[0].Entwicklungsziel)

	// The earlier round on request: 1, 2, 3 → 2 and 2, 2 → 2; no dialogue there.
	b, err = kommune.Bewerte(p, kommune.BewertungsOptionen{Zeitpunkt: time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC), Runde: "2024-11"})
	require.NoError(t, err)
	d, _ = b.Dimension("QD3")
	assert.Equal(t, 50.0, d.Punkte.Oder(-1))
	assert.Nil(t, b.Vergleich)
	assert.Nil(t, b.Priorisierung)

	// The document form reads back equal.
	data, err := p.Dokument()
	require.NoError(t, err)
	q, err := kommune.ParseProfil(data)
	require.NoError(t, err)
	assert.Equal(t, p.Runden, q.Runden)
	assert.Equal(t, p.Einschaetzungen, q.Einschaetzungen)
}

// A rating naming a round the profile does not list, a round ID twice and
// an agreed result of an unknown goal are refused.
func TestRundenPruefen(t *testing.T) {
	p := rundenProfil(t)
	p.Einschaetzungen[0].Runde = "2025-01"
	p.Runden = append(p.Runden, qualitaet.Runde{ID: "2024-11", Datum: time.Date(2024, 12, 1, 0, 0, 0, 0, time.UTC)})
	p.Runden[1].Dialogergebnisse = append(p.Runden[1].Dialogergebnisse, qualitaet.Dialogergebnis{Entwicklungsziel: "QD3.T9.Z9", Stufe: 1,
		Datum: time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC)})
	_, err := p.Dokument()
	require.Error(t, err)
	for _, want := range []string{"/einschaetzungen/0/runde", "/runden/2/id", "/runden/1/dialogergebnisse/1/entwicklungsziel"} {
		assert.True(t, strings.Contains(err.Error(), want), "%s in %v", want, err)
	}
}
