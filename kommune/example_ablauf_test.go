package kommune_test

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/bericht"
)

// The main flow of the library: read a Kommune's profile, evaluate it
// against the Qualitätsrahmen, and write the report. The evaluation date is
// passed in — the library never reads the clock.
func Example() {
	// 1. Read: a profile document is validated and checked as it is read.
	f, err := os.Open("../testdata/profile/oder-spree.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	p, err := kommune.LiesProfil(f)
	if err != nil {
		fmt.Println(err) // every violation, with its JSON pointer
		return
	}

	// 2. Evaluate: facts → rules → self-assessments → dimensions → totals
	// → priorities.
	b, err := kommune.Bewerte(p, kommune.BewertungsOptionen{
		Zeitpunkt: time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(b.Kommune, "–", len(b.Dimensionen), "Qualitätsdimensionen")

	// 3. Report: Markdown for people; b.Dokument() gives the JSON document.
	var md bytes.Buffer
	if err := bericht.Markdown(&md, b, bericht.Optionen{}); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(strings.Contains(md.String(), b.Kommune))
	// Output:
	// Landkreis Oder-Spree – 10 Qualitätsdimensionen
	// true
}
