package vergleich_test

import (
	"fmt"
	"os"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
	"github.com/fruehehilfen/qualitaetsrahmen/kommune/vergleich"
)

// The package's main flow: read profiles, compare them with the default
// options, and look at each Kommune's row — its cluster, its overall points
// and its closest peer.
func Example() {
	var profile []*kommune.Profil
	for _, datei := range []string{"oder-spree", "musterkreis"} {
		data, err := os.ReadFile("../../testdata/profile/" + datei + ".json")
		if err != nil {
			fmt.Println(err)
			return
		}
		p, err := kommune.ParseProfil(data)
		if err != nil {
			fmt.Println(err)
			return
		}
		profile = append(profile, p)
	}
	var opt vergleich.VergleichsOptionen
	opt.Zeitpunkt = time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	v, err := vergleich.Vergleiche(profile, opt)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, k := range v.Kommunen {
		cluster := "—"
		if k.Cluster != nil {
			cluster = k.Cluster.ID
		}
		fmt.Printf("%s: Cluster %s, %v Punkte, ähnlichste %s\n", k.Name, cluster, k.Gesamt.Punkte, k.Peers[0].Kommune)
	}
	// Output:
	// Landkreis Musterkreis: Cluster —, 43.8 Punkte, ähnlichste Landkreis Oder-Spree
	// Landkreis Oder-Spree: Cluster C3, 44.2 Punkte, ähnlichste Landkreis Musterkreis
}
