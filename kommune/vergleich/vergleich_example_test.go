package vergleich_test

import (
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
	"github.com/fruehehilfen/qualitaetsrahmen/kommune/vergleich"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
)

// The options of a comparison: weights of one's own (only Kreis or Stadt
// and population count for similarity), two peers per Kommune, and every
// profile anonymised before anything is derived from it. Oder-Spree is the
// package's example profile, the other two are fictional.
func ExampleVergleiche() {
	oderSpree, err := kommune.Beispiel()
	if err != nil {
		fmt.Println(err)
		return
	}
	profile := []*kommune.Profil{oderSpree}
	for _, datei := range []string{"musterkreis", "beispielstadt"} {
		f, err := os.Open("../../testdata/profile/" + datei + ".json")
		if err != nil {
			fmt.Println(err)
			return
		}
		p, err := kommune.LiesProfil(f)
		f.Close()
		if err != nil {
			fmt.Println(err)
			return
		}
		profile = append(profile, p)
	}
	opt := vergleich.VergleichsOptionen{
		Gewichte: vergleich.Gewichte{Gebietsart: 1, Bevoelkerung: 1},
		K:        2,
		Anonym:   true,
	}
	opt.Zeitpunkt = time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	v, err := vergleich.Vergleiche(profile, opt)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("anonymisiert:", v.Anonymisiert)
	for _, k := range v.Kommunen {
		for _, p := range k.Peers {
			fmt.Printf("%s → %s (%v)\n", k.Name, p.Kommune, p.Wert)
		}
	}
	// Output:
	// anonymisiert: true
	// Landkreis Musterkreis → Landkreis Oder-Spree (0.9105)
	// Landkreis Musterkreis → Stadt Beispielstadt (0)
	// Landkreis Oder-Spree → Landkreis Musterkreis (0.9105)
	// Landkreis Oder-Spree → Stadt Beispielstadt (0.0895)
	// Stadt Beispielstadt → Landkreis Oder-Spree (0.0895)
	// Stadt Beispielstadt → Landkreis Musterkreis (0)
}

// Similarities of Kommunen given by their features, with weights of one's
// own: here population and Kreis or Stadt only.
func ExampleBerechneAehnlichkeiten() {
	a, err := vergleich.BerechneAehnlichkeiten([]vergleich.Strukturmerkmale{
		{Kommune: "Landkreis A", Werte: map[vergleich.Merkmal]float64{vergleich.MerkmalGebietsart: 1, vergleich.MerkmalBevoelkerung: 100000}},
		{Kommune: "Landkreis B", Werte: map[vergleich.Merkmal]float64{vergleich.MerkmalGebietsart: 1, vergleich.MerkmalBevoelkerung: 150000}},
		{Kommune: "Stadt C", Werte: map[vergleich.Merkmal]float64{vergleich.MerkmalGebietsart: 0, vergleich.MerkmalBevoelkerung: 300000}},
	}, vergleich.Gewichte{Gebietsart: 1, Bevoelkerung: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range a.Paare() {
		fmt.Println(p.A, "–", p.B, p.Wert)
	}
	// Output:
	// Landkreis A – Landkreis B 0.875
	// Landkreis A – Stadt C 0
	// Landkreis B – Stadt C 0.125
}

// Look up the cluster of the Qualitätsdialoge a Kommune belonged to, and
// its focus dimensions.
func ExampleClusterVon() {
	z, ok := vergleich.ClusterVon("Landkreis Oder-Spree")
	fmt.Println(ok, z.Cluster.ID, z.Cluster.Titel, z.Mitglied)
	for _, s := range z.Schwerpunkte {
		fmt.Println(s.Dimension, s.Titel)
	}
	_, ok = vergleich.ClusterVon("Stadt Beispielstadt")
	fmt.Println(ok)
	// Output:
	// true C3 Politisch-strukturelle Verankerung LK Oder-Spree
	// QD3 Netzwerk
	// QD5 Politisch-strukturelle Verankerung
	// false
}

// The development of Oder-Spree between two evaluations: a year later, the
// health office rates one goal higher.
func ExampleTrend() {
	p, _ := kommune.Beispiel()
	alt, err := kommune.Bewerte(p, kommune.BewertungsOptionen{Zeitpunkt: time.Date(2021, 3, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		fmt.Println(err)
		return
	}
	p.Einschaetzungen = append(p.Einschaetzungen, qualitaet.Einschaetzung{Entwicklungsziel: "QD3.T1.Z2", Stufe: 3,
		Datum: time.Date(2022, 2, 15, 0, 0, 0, 0, time.UTC), Person: "Vertretung Gesundheitsamt", Sektor: "gesundheitswesen"})
	neu, err := kommune.Bewerte(p, kommune.BewertungsOptionen{Zeitpunkt: time.Date(2022, 3, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		fmt.Println(err)
		return
	}
	t, err := vergleich.Trend(alt, neu)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("Gesamt:", t.Gesamt.Vorher, "→", t.Gesamt.Nachher, "Δ", t.Gesamt.Delta)
	for _, z := range t.Veraendert {
		fmt.Println(z.ID, z.Vorher, "→", z.Nachher)
	}
	// The order matters: the older Bewertung comes first.
	if _, err := vergleich.Trend(neu, alt); errors.Is(err, vergleich.ErrZeitfolge) {
		fmt.Println("vertauscht:", err)
	}
	// Output:
	// Gesamt: 44.2 → 45.4 Δ 1.2
	// QD3.T1.Z2 1 → 2
	// vertauscht: vergleich: die ältere Bewertung (2022-03-01T00:00:00Z) liegt nicht vor der neueren (2021-03-01T00:00:00Z)
}
