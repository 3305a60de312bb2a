package qualitaet_test

import (
	"fmt"
	"os"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
)

// Read a stored Bewertung document back, e.g. to compare it with a newer
// one (examples/vergleich -trend does so).
func ExampleLiesBewertung() {
	f, err := os.Open("../testdata/bewertung/trend-oder-spree.de.2021.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	b, err := qualitaet.LiesBewertung(f)
	if err != nil {
		fmt.Println(err) // every violation, with its JSON pointer
		return
	}
	fmt.Println(b.Kommune, b.Zeitpunkt.Format("2006-01-02"), b.Gesamt.Punkte)
	// Output:
	// Landkreis Oder-Spree 2021-03-01 44.2
}
