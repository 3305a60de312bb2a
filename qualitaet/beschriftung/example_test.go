package beschriftung_test

import (
	"fmt"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/beschriftung"
)

// Labels written in different ways fold to one form: Normiere for labels
// whose words matter, Schluessel for names compared as keys.
func Example() {
	fmt.Println(beschriftung.Normiere("Anteil der 0–3 Jährigen:"))
	fmt.Println(beschriftung.Normiere("Anteil der 0 bis 3 jährigen"))
	for _, s := range []string{"Kinder- und Jugendhilfe", "KINDER & JUGENDHILFE", "kinder u. jugendhilfe"} {
		fmt.Println(beschriftung.Schluessel(s))
	}
	// Output:
	// anteil der 0-3 jaehrigen
	// anteil der 0-3 jaehrigen
	// kinderundjugendhilfe
	// kinderundjugendhilfe
	// kinderundjugendhilfe
}
