package dokument_test

import (
	"errors"
	"fmt"
	"os"

	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
	"github.com/fruehehilfen/qualitaetsrahmen/kommune/dokument"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// Check a file of unknown kind: Lies finds the kind from "$schema" and
// returns the typed value; a broken document gives every violation.
func Example() {
	f, err := os.Open("../../testdata/profile/oder-spree.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	d, err := dokument.Lies(f)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Art)
	if p, ok := d.Wert.(*kommune.Profil); ok {
		fmt.Println(p.Name)
	}

	_, err = dokument.Pruefe([]byte(`{"$schema": "` + schema.ArtNetzwerk.ID() + `", "namen": 3}`))
	var vf *schema.ValidierungsFehler
	fmt.Println(errors.As(err, &vf), len(vf.Verletzungen) > 0)
	// Output:
	// profil
	// Landkreis Oder-Spree
	// true true
}
