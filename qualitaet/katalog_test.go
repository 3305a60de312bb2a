package qualitaet_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"

	q "github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
)

// The exact titles of the Qualitätsdimensionen, by number.
var dimensionsTitel = []string{
	1:  "Grundidee",
	2:  "Zielbestimmung",
	3:  "Netzwerk",
	4:  "Planung",
	5:  "Politisch-strukturelle Verankerung",
	6:  "Qualifizierung und interprofessionelles Lernen",
	7:  "Zusammenarbeit mit der Familie",
	8:  "Qualität von Angeboten",
	9:  "Dokumentation und Evaluation",
	10: "Wirkungsorientierung",
}

// TestKatalogInvarianten walks both embedded catalogues, in the manner of
// go/types' codes_test, and enforces the invariants every published
// catalogue must keep. A change to the catalogue data that breaks one of
// them is a change of the published contract.
func TestKatalogInvarianten(t *testing.T) {
	tests := []struct {
		version     q.Version
		id          string
		dimensionen int
	}{
		{q.Version2016, "qualitaetsrahmen-2016", 9},
		{q.Version20, "qualitaetsrahmen-2.0", 10},
	}
	require.Equal(t, []q.Version{q.Version2016, q.Version20}, q.Versionen())
	for _, tt := range tests {
		t.Run(string(tt.version), func(t *testing.T) {
			r, err := q.RahmenVersion(tt.version)
			require.NoError(t, err)
			assert.Equal(t, tt.version, r.Version)
			assert.Equal(t, tt.id, r.ID)
			assert.NotEmpty(t, r.Titel)
			assert.NotEmpty(t, r.Quelle)
			assert.Empty(t, r.Basis, "a published catalogue has no base")
			assert.Nil(t, r.Zuschnitt, "a published catalogue has no Zuschnitt")
			require.Len(t, r.Dimensionen, tt.dimensionen)
			assert.NoError(t, r.Validate())

			veroeffentlicht := func(ort string, h q.Herkunft) {
				t.Helper()
				assert.Contains(t, []q.Herkunft{q.HerkunftNZFH, q.HerkunftErgaenzt}, h, "%s: Herkunft %q", ort, h)
			}
			text := func(ort, s string) {
				t.Helper()
				assert.NotEmpty(t, s, "%s: text", ort)
				assert.True(t, norm.NFC.IsNormalString(s), "%s: text is not NFC", ort)
			}
			frage := func(ort string, f q.Frage) {
				t.Helper()
				text(ort, f.Text)
				assert.NotEmpty(t, f.TextEn, "%s: English text", ort)
				veroeffentlicht(ort, f.Herkunft)
			}

			gesehen := map[q.ID]string{}
			var reihenfolge []q.ID
			eindeutig := func(id q.ID, ort string) {
				t.Helper()
				if vorher, ok := gesehen[id]; ok {
					t.Errorf("ID %s at %s and %s", id, vorher, ort)
				}
				gesehen[id] = ort
				reihenfolge = append(reihenfolge, id)
				p, err := q.ParseID(string(id))
				assert.NoError(t, err, "%s: ParseID(%q)", ort, id)
				assert.Equal(t, id, p)
				assert.True(t, r.Enthaelt(id), "Enthaelt(%s)", id)
			}
			ebenen := map[q.Ebene]int{}
			bereiche := map[q.Bereich]int{}
			herkuenfte := map[q.Herkunft]int{}

			for i, d := range r.Dimensionen {
				n := i + 1
				ort := string(d.ID)
				assert.Equal(t, q.ID(fmt.Sprintf("QD%d", n)), d.ID, "dimension %d", n)
				assert.Equal(t, n, d.Nummer, "%s: Nummer", ort)
				assert.Equal(t, dimensionsTitel[n], d.Titel, "%s: Titel", ort)
				assert.Equal(t, q.IDDimension, d.ID.Art())
				assert.Equal(t, d.ID, d.ID.Dimension())
				assert.Equal(t, n, d.ID.Nummer())
				eindeutig(d.ID, ort)
				text(ort+" titel", d.Titel)
				assert.NotEmpty(t, d.TitelEn, "%s: TitelEn", ort)
				text(ort+" kurzbeschreibung", d.Kurzbeschreibung)
				veroeffentlicht(ort, d.Herkunft)
				assert.GreaterOrEqual(t, len(d.ZentraleFragen), 2, "%s: Zentrale Fragen", ort)
				for j, f := range d.ZentraleFragen {
					frage(fmt.Sprintf("%s zentraleFragen/%d", ort, j), f)
				}
				assert.NotEmpty(t, d.Reflexionsfragen, "%s: Reflexionsfragen", ort)
				for j, f := range d.Reflexionsfragen {
					frage(fmt.Sprintf("%s reflexionsfragen/%d", ort, j), f)
				}
				assert.False(t, d.Schwerpunkt, "%s: a published catalogue has no focus", ort)
				require.NotEmpty(t, d.Themen, "%s: Themen", ort)
				for j, th := range d.Themen {
					ort := string(th.ID)
					assert.Equal(t, q.IDThema, th.ID.Art(), "%s: Art", ort)
					assert.Equal(t, d.ID, th.ID.Dimension(), "%s lies under %s", ort, d.ID)
					assert.Equal(t, th.ID, th.ID.Thema())
					if j > 0 {
						assert.Negative(t, q.VergleicheIDs(d.Themen[j-1].ID, th.ID), "%s: Themen in ID order", ort)
					}
					eindeutig(th.ID, ort)
					text(ort+" titel", th.Titel)
					veroeffentlicht(ort, th.Herkunft)
					assert.GreaterOrEqual(t, len(th.Entwicklungsziele), 2, "%s: Entwicklungsziele", ort)
					for k, z := range th.Entwicklungsziele {
						ort := string(z.ID)
						assert.Equal(t, q.IDEntwicklungsziel, z.ID.Art(), "%s: Art (no local goals in a published catalogue)", ort)
						assert.Equal(t, th.ID, z.ID.Thema(), "%s lies under %s", ort, th.ID)
						assert.Equal(t, d.ID, z.ID.Dimension(), "%s lies under %s", ort, d.ID)
						assert.True(t, z.ID.IsZiel())
						if k > 0 {
							assert.Negative(t, q.VergleicheIDs(th.Entwicklungsziele[k-1].ID, z.ID), "%s: goals in ID order", ort)
						}
						eindeutig(z.ID, ort)
						text(ort, z.Text)
						assert.NotEmpty(t, z.TextEn, "%s: TextEn", ort)
						assert.True(t, z.Ebene.Valid(), "%s: Ebene %q", ort, z.Ebene)
						assert.True(t, z.Bereich.Valid(), "%s: Bereich %q", ort, z.Bereich)
						veroeffentlicht(ort, z.Herkunft)
						veroeffentlicht(ort+" ebeneHerkunft", z.EbeneHerkunft)
						assert.Empty(t, z.Begruendung, "%s: Begruendung is for local goals", ort)
						assert.Empty(t, z.Indikatoren, "%s: a published catalogue has no indicators", ort)
						ebenen[z.Ebene]++
						bereiche[z.Bereich]++
						herkuenfte[z.Herkunft]++

						got, ok := r.Entwicklungsziel(z.ID)
						if assert.True(t, ok, "Entwicklungsziel(%s)", z.ID) {
							assert.Equal(t, z, *got)
						}
					}
				}
			}
			for _, e := range q.Ebenen() {
				assert.Positive(t, ebenen[e], "Ebene %s is used", e)
			}
			for _, b := range q.Bereiche() {
				assert.Positive(t, bereiche[b], "Bereich %s is used", b)
			}
			assert.Positive(t, herkuenfte[q.HerkunftNZFH], "goals grounded in the NZFH's publications")
			assert.Positive(t, herkuenfte[q.HerkunftErgaenzt], "goals this project formulated are marked")
			assert.Equal(t, reihenfolge, slices.Collect(r.IDs()), "IDs() walks the catalogue in order")
		})
	}
}

// The practice material works with six Entwicklungsziele for QD 2, 3, 4, 7
// and 8; QD 3 in particular.
func TestKatalogSechsZiele(t *testing.T) {
	for _, v := range q.Versionen() {
		r, err := q.RahmenVersion(v)
		require.NoError(t, err)
		for _, n := range []int{2, 3, 4, 7, 8} {
			id := q.ID(fmt.Sprintf("QD%d", n))
			d, ok := r.Dimension(id)
			require.True(t, ok, "%s: Dimension(%s)", v, id)
			ziele := 0
			for _, th := range d.Themen {
				ziele += len(th.Entwicklungsziele)
			}
			assert.Equal(t, 6, ziele, "%s: %s has %d Entwicklungsziele, want 6", v, id, ziele)
		}
	}
}

// A few goals of QD 3 whose content is published by the NZFH, pinned by ID:
// an ID keeps its meaning.
func TestKatalogQD3Inhalt(t *testing.T) {
	tests := []struct {
		id       q.ID
		ebene    q.Ebene
		enthaelt []string
	}{
		{"QD3.T1.Z1", q.Strategisch, []string{"Steuerungsverantwortung", "Jugendamt"}},
		{"QD3.T1.Z2", q.Operativ, []string{"KKG", "Akteure"}},
		{"QD3.T1.Z3", q.Operativ, []string{"Übersicht", "Aufgaben", "Rollen", "Ressourcen", "Grenzen"}},
		{"QD3.T1.Z4", q.Strategisch, []string{"Steuerungsgruppe"}},
		{"QD3.T2.Z2", q.Strategisch, []string{"Regeln der Zusammenarbeit"}},
	}
	for _, v := range q.Versionen() {
		r, err := q.RahmenVersion(v)
		require.NoError(t, err)
		th, ok := r.Thema("QD3.T1")
		require.True(t, ok)
		assert.Equal(t, "Das Netzwerk und seine Akteure", th.Titel)
		th, ok = r.Thema("QD3.T2")
		require.True(t, ok)
		assert.Equal(t, "Verständnis der Frühen Hilfen und der Netzwerkarbeit", th.Titel)
		for _, tt := range tests {
			z, ok := r.Entwicklungsziel(tt.id)
			require.True(t, ok, "%s: Entwicklungsziel(%s)", v, tt.id)
			assert.Equal(t, tt.ebene, z.Ebene, "%s: %s", v, tt.id)
			assert.Equal(t, q.HerkunftNZFH, z.Herkunft, "%s: %s", v, tt.id)
			assert.Equal(t, q.BereichNetzwerk, z.Bereich, "%s: %s", v, tt.id)
			for _, s := range tt.enthaelt {
				assert.Contains(t, z.Text, s, "%s: %s", v, tt.id)
			}
		}
	}
}

// 2016 and 2.0 share their IDs: every item of 2016 is in 2.0 unchanged, and
// 2.0 adds exactly QD 10.
func TestKatalogVersionenStabil(t *testing.T) {
	alt, err := q.RahmenVersion(q.Version2016)
	require.NoError(t, err)
	neu, err := q.RahmenVersion(q.Version20)
	require.NoError(t, err)
	for id := range alt.IDs() {
		assert.True(t, neu.Enthaelt(id), "%s of 2016 is missing in 2.0", id)
		got, err := q.Entsprechung(alt, neu, id)
		assert.NoError(t, err)
		assert.Equal(t, id, got)
	}
	for id := range neu.IDs() {
		assert.Equal(t, id.Nummer() != 10, alt.Enthaelt(id), "%s: in 2016 exactly when not in QD10", id)
	}
	for i := range alt.Dimensionen {
		assert.Equal(t, alt.Dimensionen[i], neu.Dimensionen[i], "QD%d is the same in both versions", i+1)
	}

	ids := func(r *q.Rahmen) (n int) {
		for range r.IDs() {
			n++
		}
		return n
	}
	// 2016: 9 dimensions + 24 Themen + 57 goals; 2.0 adds QD10 with 4
	// Themen and 8 goals.
	assert.Equal(t, 90, ids(alt))
	assert.Equal(t, 103, ids(neu))
}
