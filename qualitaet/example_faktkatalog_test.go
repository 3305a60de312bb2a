package qualitaet_test

import (
	"fmt"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
)

// The fact catalogue lists every fact a rule of a Regelwerk may name, with
// its producer, kind and unit; the default Regelwerk says what it is.
func ExampleFaktBeschreibung() {
	f, ok := qualitaet.FaktBeschreibung("netzwerk.sektoren.anzahl")
	fmt.Println(ok, f.Quelle, f.Liste, f.Bedeutung)
	_, ok = qualitaet.FaktBeschreibung("kommune.koordination.stellenanteil")
	fmt.Println(ok)

	rw := qualitaet.StandardRegelwerk()
	fmt.Println(rw.Herkunft, "–", rw.Hinweis)
	// Output:
	// true netzwerk false Zahl der abgedeckten Referenzsektoren
	// false
	// ergaenzt – Skala, Gewichte und Regeln sind ein Vorschlag dieser Bibliothek, kein Standard des NZFH (das NZFH veröffentlicht keine Punkteskala).
}
