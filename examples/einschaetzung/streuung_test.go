package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/bericht"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestStreuungDerFuenfBoegen merges the QD 3 sheets of five raters into the
// Oder-Spree profile (its illustrative ratings removed, so that only the
// sheets count) and checks the spread of every QD 3 goal against figures
// worked out by hand from the sheets in testdata/boegen:
//
//	goal       Ehrenamt Frühförd. Gesundh. KJH Schwangersch.  sorted      n  min max median spread
//	QD3.T1.Z1  3        4         3        4   4              3 3 4 4 4   5  3   4   4      1
//	QD3.T1.Z2  2        2         1        4   3              1 2 2 3 4   5  1   4   2      3 divergent
//	QD3.T1.Z3  k. A.    3         2        3   2              2 2 3 3     4  2   3   2*     1 (+1 nicht beurteilbar)
//	QD3.T1.Z4  1        2         1        3   2              1 1 2 2 3   5  1   3   2      2 divergent
//	QD3.T2.Z1  2        2         2        3   3              2 2 2 3 3   5  2   3   2      1
//	QD3.T2.Z2  2        1         1        2   2              1 1 2 2 2   5  1   2   2      1
//
// (* even count: the lower middle value, the default.) QD3.T1.Z2 diverges
// along sector lines — health (1) below youth welfare (4); so does QD3.T1.Z4
// — volunteers (1, first by name among the lowest) below youth welfare (3).
// QD 3 points: 100 · (4+2+2+2+2+2)/(6·4) = 58.33… → 58.3, coverage 1.
func TestStreuungDerFuenfBoegen(t *testing.T) {
	p, err := kommune.Beispiel()
	require.NoError(t, err)
	p.Einschaetzungen = nil
	data, err := p.Dokument()
	require.NoError(t, err)
	profil := filepath.Join(t.TempDir(), "profil.json")
	require.NoError(t, os.WriteFile(profil, data, 0o600))

	out, errOut, err := ausfuehren(t, "", append([]string{"einlesen", "-profil", profil}, qd3Boegen(t)...)...)
	require.NoError(t, err, errOut)
	p, err = kommune.ParseProfil([]byte(out))
	require.NoError(t, err)
	require.Len(t, p.Einschaetzungen, 30)

	b, err := kommune.Bewerte(p, kommune.BewertungsOptionen{Zeitpunkt: time.Date(2026, 12, 15, 0, 0, 0, 0, time.UTC)})
	require.NoError(t, err)

	type zeile struct {
		id                 qualitaet.ID
		anzahl, nb         int
		min, max           qualitaet.Stufe
		median             float64
		spannweite         int
		divergent, entlang bool
	}
	want := []zeile{ // ordered by spread, then ID
		{"QD3.T1.Z2", 5, 0, 1, 4, 2, 3, true, true},
		{"QD3.T1.Z4", 5, 0, 1, 3, 2, 2, true, true},
		{"QD3.T1.Z1", 5, 0, 3, 4, 4, 1, false, false},
		{"QD3.T1.Z3", 4, 1, 2, 3, 2, 1, false, false},
		{"QD3.T2.Z1", 5, 0, 2, 3, 2, 1, false, false},
		{"QD3.T2.Z2", 5, 0, 1, 2, 2, 1, false, false},
	}
	require.Len(t, b.Streuung, len(want))
	for i, w := range want {
		s := b.Streuung[i]
		got := zeile{s.Entwicklungsziel, s.Anzahl, s.NichtBeurteilbar, s.Minimum, s.Maximum, s.Median, s.Spannweite, s.Divergent, s.EntlangSektoren}
		assert.Equal(t, w, got, "Streuung[%d]", i)
	}
	assert.Equal(t, "Gesundheitswesen schätzt niedriger ein als Kinder- und Jugendhilfe", b.Streuung[0].Hinweis)
	assert.Equal(t, "Ehrenamt schätzt niedriger ein als Kinder- und Jugendhilfe", b.Streuung[1].Hinweis)

	qd3, ok := b.Dimension("QD3")
	require.True(t, ok)
	assert.Equal(t, 58.3, qd3.Punkte.Oder(-1))
	assert.Equal(t, 0.75, qd3.Abdeckung, "the sheets rate 6 of the 8 goals of QD 3")

	// The divergent goals lead the priorities of the focus dimension QD 3
	// (focus QD 5 has no ratings left, so its rule-based items follow).
	require.GreaterOrEqual(t, len(b.Prioritaeten), 2)
	assert.Equal(t, qualitaet.KlaerenImDialog, b.Prioritaeten[0].Art)
	assert.Equal(t, qualitaet.ID("QD3.T1.Z2"), b.Prioritaeten[0].Entwicklungsziel)
	assert.Equal(t, qualitaet.ID("QD3.T1.Z4"), b.Prioritaeten[1].Entwicklungsziel)

	// The report names the most divergent goals first in its section.
	var md bytes.Buffer
	require.NoError(t, bericht.Markdown(&md, b, bericht.Optionen{}))
	abschnitt := md.String()[strings.Index(md.String(), "## Wo die Einschätzungen auseinandergehen"):]
	z2, z4 := strings.Index(abschnitt, "QD3.T1.Z2"), strings.Index(abschnitt, "QD3.T1.Z4")
	require.True(t, z2 > 0 && z4 > 0, "both divergent goals are named in the section")
	assert.Less(t, z2, z4, "the most divergent goal comes first")
	assert.Contains(t, abschnitt, "Gesundheitswesen schätzt niedriger ein als Kinder- und Jugendhilfe")
}
