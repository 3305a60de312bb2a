package kommune_test

import (
	"fmt"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"golang.org/x/text/language"
)

// The Qualitätsentwicklungsplan of the example on a Stichtag: what is
// overdue, and whether the agreed review has passed.
func ExamplePlan() {
	p, _ := kommune.Beispiel()
	tag := time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	b, _ := kommune.Bewerte(p, kommune.BewertungsOptionen{Zeitpunkt: tag})
	plan, err := kommune.Plan(p, b, qualitaet.KalenderdatumAus(tag), language.German)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, m := range plan.Ueberfaellig() {
		fmt.Printf("überfällig seit %s: %s\n", m.Faellig, m.Titel)
	}
	fmt.Println("Überprüfung verstrichen:", plan.Prozess.UeberpruefungUeberfaellig)
	// Output:
	// überfällig seit 2023-12-31: Akteure des Gesundheitswesens gezielt zu den Regionalnetzwerktreffen einladen
	// überfällig seit 2023-12-31: Überarbeitetes Konzept in allen sechs Steuerungsgruppen vorstellen
	// überfällig seit 2024-06-30: Arbeitsgruppe „Qualitätskriterien“ mit den Trägern der Angebote
	// Überprüfung verstrichen: true
}
