package kommune_test

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"time"

	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/bericht"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// The main flow: read a profile (schema and semantic checks), evaluate it on
// a reference day, and write the report — in the language passed in, here
// English.
func ExampleBewerte() {
	f, err := os.Open("../testdata/profile/oder-spree.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	p, err := kommune.LiesProfil(f)
	var vf *schema.ValidierungsFehler
	if errors.As(err, &vf) {
		fmt.Println(vf.Text(language.English)) // every violation with its JSON pointer
		return
	}
	if err != nil {
		fmt.Println(err)
		return
	}
	stichtag := time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	b, err := kommune.Bewerte(p, kommune.BewertungsOptionen{Zeitpunkt: stichtag, Sprache: language.English})
	if err != nil {
		fmt.Println(err)
		return
	}
	var md bytes.Buffer
	if err := bericht.Markdown(&md, b, bericht.Optionen{Sprache: language.English}); err != nil {
		fmt.Println(err)
		return
	}
	titel, _ := bufio.NewReader(&md).ReadString('\n')
	fmt.Print(titel)
	fmt.Println(b.Kommune, len(b.Dimensionen), "dimensions")
	// Output:
	// # Quality report Frühe Hilfen: Landkreis Oder-Spree
	// Landkreis Oder-Spree 10 dimensions
}
