package kommune

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/netzwerk"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
)

func TestKennzahlenOderSpree(t *testing.T) {
	text, err := os.ReadFile(filepath.Join(steckbriefOrdner, "oder-spree.md"))
	require.NoError(t, err)
	p, _ := liesSteckbrief(t, string(text))
	k := KennzahlenVon(p, time.Date(2019, 8, 21, 0, 0, 0, 0, time.UTC))
	for name, want := range map[string]float64{
		KennzahlBevoelkerung:                 178068,
		KennzahlBevoelkerungsentwicklung:     -0.6,
		KennzahlMigrationsanteil:             3.9,
		KennzahlKinderU3:                     4299,
		KennzahlKinderU3Anteil:               4299.0 / 178068 * 100,
		KennzahlArmutU3:                      972,
		KennzahlArmutAnteilU3:                972.0 / 4299 * 100,
		KennzahlAlleinerziehendU3:            288,
		KennzahlAlleinerziehendAnteilU3:      288.0 / 4299 * 100,
		KennzahlBudget:                       93000,
		KennzahlBudgetProKindU3:              93000.0 / 4299,
		KennzahlBudgetProKindU3Armut:         93000.0 / 972,
		KennzahlBudgetPro1000Einwohner:       93000.0 / 178068 * 1000,
		KennzahlBudgetAnteilBundesstiftung:   40000.0 / 93000 * 100,
		KennzahlNetzwerkAlter:                7,
		KennzahlErstesDokumentAlter:          5,
		KennzahlKooperationen:                15,
		KennzahlKooperationenPro1000KinderU3: 15.0 / 4299 * 1000,
		KennzahlKooperationsSektoren:         6,
		KennzahlGremien:                      7,
		KennzahlRegionalnetzwerke:            0,
	} {
		got, ok := k.Wert(name).Zahl()
		assert.True(t, ok, "%s is present", name)
		assert.InDelta(t, want, got, 1e-9, "%s", name)
	}
	assert.InDelta(t, 21.63, k.Werte()[KennzahlBudgetProKindU3], 0.01, "93.000 € for 4.299 children")
	assert.InDelta(t, 22.61, k.Werte()[KennzahlArmutAnteilU3], 0.01)
	assert.InDelta(t, 43.01, k.Werte()[KennzahlBudgetAnteilBundesstiftung], 0.01)
	assert.Len(t, k.Werte(), len(KennzahlNamen()))
	assert.Len(t, k.Fuer(language.German), len(KennzahlNamen()))
}

func TestKennzahlenFehlendeEingaben(t *testing.T) {
	w := qualitaet.WertVon
	for _, tc := range []struct {
		name    string
		p       Profil
		absent  []string
		present map[string]float64
	}{
		{"leeres Profil", Profil{}, []string{KennzahlBevoelkerung, KennzahlBudgetProKindU3, KennzahlArmutAnteilU3,
			KennzahlNetzwerkAlter, KennzahlKooperationen, KennzahlGremien, KennzahlKooperationsSektoren}, nil},
		{"keine Kinder", Profil{Kommunalstruktur: Kommunalstruktur{KinderUnter3: w(0), KinderUnter3Armut: w(0), Budget: Budget{Gesamt: w(1000)}}},
			[]string{KennzahlBudgetProKindU3, KennzahlArmutAnteilU3, KennzahlBudgetProKindU3Armut},
			map[string]float64{KennzahlKinderU3: 0, KennzahlBudget: 1000}},
		{"Armut k. A.", Profil{Kommunalstruktur: Kommunalstruktur{KinderUnter3: w(100)}},
			[]string{KennzahlArmutAnteilU3, KennzahlArmutU3}, map[string]float64{KennzahlKinderU3: 100}},
		{"Budget ohne Bundesstiftung", Profil{Kommunalstruktur: Kommunalstruktur{Budget: Budget{Gesamt: w(1000),
			Anteile: []Budgetanteil{{Quelle: "aus Landesmitteln", Betrag: w(500)}}}}},
			[]string{KennzahlBudgetAnteilBundesstiftung}, map[string]float64{KennzahlBudget: 1000}},
		{"Bundesstiftung ohne Betrag", Profil{Kommunalstruktur: Kommunalstruktur{Budget: Budget{Gesamt: w(1000),
			Anteile: []Budgetanteil{{Quelle: "aus Mitteln der Bundesstiftung"}}}}},
			[]string{KennzahlBudgetAnteilBundesstiftung}, nil},
		{"Gründung nach Stichtag", Profil{Netzwerk: netzwerkMitGruendung(2030)}, []string{KennzahlNetzwerkAlter}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k := KennzahlenVon(&tc.p, time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC))
			for _, name := range tc.absent {
				assert.False(t, k.Wert(name).Gesetzt(), "%s is absent", name)
				_, ok := k.Werte()[name]
				assert.False(t, ok)
			}
			for name, want := range tc.present {
				assert.Equal(t, want, k.Werte()[name], name)
			}
		})
	}
	k := KennzahlenVon(&Profil{Netzwerk: netzwerkMitGruendung(2012)}, time.Time{})
	assert.False(t, k.Wert(KennzahlNetzwerkAlter).Gesetzt(), "no reference day, no age")
	assert.False(t, Kennzahlen{}.Wert(KennzahlBevoelkerung).Gesetzt())
	assert.False(t, k.Wert("kommune.unbekannt").Gesetzt())
}

func TestKennzahlNamen(t *testing.T) {
	gesehen := map[string]bool{}
	for _, i := range KennzahlNamen() {
		assert.False(t, gesehen[i.Name], "%s is unique", i.Name)
		gesehen[i.Name] = true
		assert.Regexp(t, `^kommune\.[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)*$`, i.Name)
		assert.Contains(t, []string{"", "%", "€", "Jahre"}, i.Einheit)
		assert.NotEmpty(t, i.Bezeichnung(language.German))
		assert.NotEqual(t, i.Bezeichnung(language.German), i.Bezeichnung(englisch))
	}
	assert.Len(t, KennzahlenVon(&Profil{}, time.Time{}).Alle(), len(gesehen))
}

func netzwerkMitGruendung(jahr int) netzwerk.Netzwerk { return netzwerk.Netzwerk{Gruendungsjahr: jahr} }
