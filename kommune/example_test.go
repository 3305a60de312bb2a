package kommune_test

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

func ExampleParseSteckbrief() {
	text := "# Landkreis Oder-Spree, Brandenburg\n\n" +
		"## KOMMUNALSTRUKTUR\n\n" +
		"Bevölkerungszahl insgesamt\t178.068\n" +
		"Anteil der 0–3 Jährigen in Familien in Armutslagen in der Kommune\tk. A.\n" +
		"Fläche in km²\t2.243\n"
	p, warnungen, err := kommune.ParseSteckbrief(strings.NewReader(text))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Name, "/", p.Land)
	fmt.Println("Bevölkerung:", p.Kommunalstruktur.Bevoelkerung)
	fmt.Println("Kinder in Armutslagen:", p.Kommunalstruktur.KinderUnter3Armut)
	for _, w := range warnungen {
		fmt.Println(w)
	}
	// Output:
	// Landkreis Oder-Spree / Brandenburg
	// Bevölkerung: 178068
	// Kinder in Armutslagen: k. A.
	// Zeile 7: Beschriftung „Fläche in km²“ ist unbekannt; die Zeile steht unter „weitere“
}

func ExampleKennzahlenVon() {
	f, err := os.Open("../testdata/steckbriefe/oder-spree.md")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	p, _, err := kommune.ParseSteckbrief(f)
	if err != nil {
		fmt.Println(err)
		return
	}
	k := kommune.KennzahlenVon(p, time.Date(2019, 8, 21, 0, 0, 0, 0, time.UTC))
	for _, name := range []string{kommune.KennzahlBudgetProKindU3, kommune.KennzahlArmutAnteilU3,
		kommune.KennzahlBudgetAnteilBundesstiftung, kommune.KennzahlNetzwerkAlter} {
		w, _ := k.Wert(name).Zahl()
		fmt.Printf("%s = %s\n", name, qualitaet.ZahlText(language.German, w))
	}
	// Output:
	// kommune.budget.proKindU3 = 21,63
	// kommune.armut.anteilU3 = 22,61
	// kommune.budget.anteilBundesstiftung = 43,01
	// kommune.netzwerk.alterJahre = 7
}

func ExampleParseProfil_fehler() {
	doc := `{"$schema": "` + kommune.SchemaID + `", "name": "Landkreis Oder-Spree",
		"kommunalstruktur": {"bevoelkerung": -1}}`
	_, err := kommune.ParseProfil([]byte(doc))
	var ve *schema.ValidierungsFehler
	if errors.As(err, &ve) {
		for _, v := range ve.Verletzungen {
			fmt.Println(v.Zeiger, "–", v.Text(language.German))
			fmt.Println(v.Zeiger, "–", v.Text(language.English))
		}
	}
	// Output:
	// /kommunalstruktur/bevoelkerung – Wert -1 ist kleiner als das Minimum 0
	// /kommunalstruktur/bevoelkerung – value -1 is less than the minimum 0
}

func ExampleProfil_Steckbrief() {
	p := &kommune.Profil{Name: "Stadt Musterstadt", Land: "Hessen"}
	p.Kommunalstruktur.Bevoelkerung = qualitaet.WertVon(61250)
	p.Kommunalstruktur.Bevoelkerungsentwicklung.Prozent = qualitaet.WertVon(1.8)
	p.Kommunalstruktur.Budget.Gesamt = qualitaet.WertVon(64000)
	p.Abschnitte = []kommune.Abschnitt{{Titel: "Unsere Projektziele", Ebene: 2, Art: kommune.Projektziele,
		Punkte: []kommune.Punkt{{Text: "Elternbeteiligung stärken", Unterpunkte: []kommune.Punkt{{Text: "in den Stadtteilen"}}}}}}
	fmt.Print(string(p.Steckbrief()))
	// Output:
	// # Stadt Musterstadt, Hessen
	//
	// ## KOMMUNALSTRUKTUR
	//
	// Bevölkerungszahl insgesamt	61.250
	// Bevölkerungszahl mit Migrationshintergrund (Anteil in %)	k. A.
	// Bevölkerungsentwicklung (in %)	+ 1,8
	// Anteil der 0–3 Jährigen in der Kommune	k. A.
	// Anteil der 0–3 Jährigen in Familien in Armutslagen in der Kommune	k. A.
	// Alleinerziehenden-Quote mit Kind U3	k. A.
	// Kommunales Budget für Frühe Hilfen	64.000 €
	//
	// ## WIR ÜBER UNS
	//
	// Ansprechperson	k. A.
	// Funktion im Netzwerk	k. A.
	// Netzwerk-Name(n)	k. A.
	// Netzwerkgründung	k. A.
	// Unser erstes Dokument	k. A.
	// Zielgruppen	k. A.
	// FH-Gremien	k. A.
	// Anzahl Kooperationen	k. A.
	//
	// ## Unsere Projektziele
	//
	// - Elternbeteiligung stärken
	//   - in den Stadtteilen
}

func ExampleParseZahl() {
	for _, s := range []string{"178.068", "3,9", "- 0,6", "93.000 €", "64.000 EUR", "1.5"} {
		f, err := kommune.ParseZahl(s)
		if errors.Is(err, kommune.ErrKeineZahl) {
			fmt.Printf("%q: keine Zahl\n", s)
			continue
		}
		fmt.Printf("%q: %v\n", s, f)
	}
	// Output:
	// "178.068": 178068
	// "3,9": 3.9
	// "- 0,6": -0.6
	// "93.000 €": 93000
	// "64.000 EUR": 64000
	// "1.5": keine Zahl
}
