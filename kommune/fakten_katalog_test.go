package kommune

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fruehehilfen/qualitaetsrahmen/netzwerk"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
)

// TestKennzahlenImFaktenkatalog: the key figures are exactly the facts of
// source kommune in qualitaet's fact catalogue, with the same units — so
// every key figure can be named by a rule, and no rule names a figure that
// is never produced.
func TestKennzahlenImFaktenkatalog(t *testing.T) {
	katalog := map[string]string{}
	for _, f := range qualitaet.Faktkatalog() {
		if f.Quelle == qualitaet.FaktquelleKommune {
			assert.False(t, f.Liste, "%s: key figures are numbers", f.Name)
			katalog[f.Name] = f.Einheit
		}
	}
	kennzahlen := map[string]string{}
	for _, k := range KennzahlNamen() {
		kennzahlen[k.Name] = k.Einheit
	}
	assert.Equal(t, katalog, kennzahlen, "catalogue (name → unit) against KennzahlNamen")

	p, err := Beispiel()
	require.NoError(t, err)
	for name := range KennzahlenVon(p, time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)).Werte() {
		_, ok := qualitaet.FaktBeschreibung(name)
		assert.True(t, ok, "%s is produced but not in the catalogue", name)
	}
}

// TestKennzahlGremien: bodies and regional networks are two figures; the
// Oder-Spree profile has 1 Strategie- und Lenkungsgruppe and 6
// Steuerungsgruppen (7 bodies) and 6 regional networks.
func TestKennzahlGremien(t *testing.T) {
	p, err := Beispiel()
	require.NoError(t, err)
	k := KennzahlenVon(p, time.Time{})
	assert.Equal(t, qualitaet.WertVon(7), k.Wert(KennzahlGremien))
	assert.Equal(t, qualitaet.WertVon(6), k.Wert(KennzahlRegionalnetzwerke))

	regional := netzwerk.Gremium{Art: netzwerk.Regionalnetzwerk, Bezeichnung: "Regionalnetzwerke", Anzahl: 3}
	lenkung := netzwerk.Gremium{Art: netzwerk.Lenkungsgruppe, Bezeichnung: "Lenkungsgruppe"}
	benannt := []netzwerk.RegionalnetzwerkEintrag{{ID: "nord", Name: "Nord"}, {ID: "sued", Name: "Süd"}, {ID: "ost", Name: "Ost"}, {ID: "west", Name: "West"}}
	for _, tc := range []struct {
		name              string
		n                 netzwerk.Netzwerk
		gremien, regional qualitaet.Wert
	}{
		{"nichts erfasst", netzwerk.Netzwerk{}, qualitaet.Wert{}, qualitaet.Wert{}},
		{"nur Regionalnetzwerke als Gremien", netzwerk.Netzwerk{Gremien: []netzwerk.Gremium{regional}}, qualitaet.WertVon(0), qualitaet.WertVon(3)},
		{"nur ein Gremium", netzwerk.Netzwerk{Gremien: []netzwerk.Gremium{lenkung}}, qualitaet.WertVon(1), qualitaet.WertVon(0)},
		{"mehr benannte als gezählte Regionalnetzwerke", netzwerk.Netzwerk{Gremien: []netzwerk.Gremium{lenkung, regional}, Regionalnetzwerke: benannt},
			qualitaet.WertVon(1), qualitaet.WertVon(4)},
		{"nur benannte Regionalnetzwerke", netzwerk.Netzwerk{Regionalnetzwerke: benannt[:2]}, qualitaet.Wert{}, qualitaet.WertVon(2)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k := KennzahlenVon(&Profil{Netzwerk: tc.n}, time.Time{})
			assert.Equal(t, tc.gremien, k.Wert(KennzahlGremien), "Gremien")
			assert.Equal(t, tc.regional, k.Wert(KennzahlRegionalnetzwerke), "Regionalnetzwerke")
		})
	}
}
