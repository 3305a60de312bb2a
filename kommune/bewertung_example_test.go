package kommune_test

import (
	"fmt"
	"time"

	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
)

// Bewerte's options: the reference day (the library never reads the clock)
// and the language of every text of the Bewertung, here English. The
// profile is the embedded example, Landkreis Oder-Spree.
func ExampleBewerte() {
	p, err := kommune.Beispiel()
	if err != nil {
		fmt.Println(err)
		return
	}
	b, err := kommune.Bewerte(p, kommune.BewertungsOptionen{
		Zeitpunkt: time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC),
		Sprache:   language.English,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(b.Kommune, b.Sprache, b.Gesamt.Punkte, "points")
	fmt.Println(b.Dimensionen[0].ID, b.Dimensionen[0].Titel)
	fmt.Println(b.Prioritaeten[0].Rang, b.Prioritaeten[0].Entwicklungsziel, b.Prioritaeten[0].Begruendung)
	// Output:
	// Landkreis Oder-Spree en 44.2 points
	// QD1 Basic idea
	// 1 QD5.T1.Z1 clarify in dialogue: the ratings range from level 1 to 3, the result 1 is provisional; below the top level: stands at level 1 "initiated"
}
