package bogen_test

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/bogen"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// A blank CSV sheet for the goals of QD 3, to open in a spreadsheet.
func ExampleSchreibe() {
	err := bogen.Schreibe(os.Stdout, qualitaet.Standard(), bogen.Optionen{Format: bogen.CSV, Dimensionen: []int{3}})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// entwicklungsziel;ziel;herkunft;person;kennung;sektor;ebene;runde;stufe;entwicklungsbedarf;datum;kommentar
	// QD3.T1.Z1;Das Netzwerk Frühe Hilfen besteht unter der Steuerungsverantwortung des Jugendamts.;nzfh;;;;;;;;;
	// QD3.T1.Z2;Die im KKG genannten Akteure wirken aktiv im Netzwerk mit und erleben ihre Mitwirkung als nützlich.;nzfh;;;;;;;;;
	// QD3.T1.Z3;Eine aktuelle Übersicht über die beteiligten Akteure liegt vor, und die Akteure wissen voneinander, welche Aufgaben, Aufträge, Rollen, Ressourcen und Grenzen sie haben.;nzfh;;;;;;;;;
	// QD3.T1.Z4;Die Netzwerkkoordination steuert das Netzwerk strategisch gemeinsam mit einem Gremium, etwa einer Steuerungsgruppe.;nzfh;;;;;;;;;
	// QD3.T2.Z1;Die Akteure teilen ein gemeinsames Verständnis davon, was Frühe Hilfen sind.;nzfh;;;;;;;;;
	// QD3.T2.Z2;Für die Zusammenarbeit im Netzwerk sind verbindliche Grundsätze festgelegt.;nzfh;;;;;;;;;
	// QD3.T2.Z3;Die Akteure teilen ein gemeinsames Verständnis von Netzwerkarbeit und fühlen sich als Gemeinschaft, die für Familien gemeinsam Verantwortung trägt.;nzfh;;;;;;;;;
	// QD3.T2.Z4;Viertes Ziel des Themas: auf der Seite ist nur sein Anfang („Die Beteili…“) lesbar, der Inhalt ist nicht bekannt.;nzfh;;;;;;;;;
}

// Reading filled sheets: the first is fine, the second has a level off the
// scale and a goal the 2016 catalogue does not have. Every bad row is
// reported, with line and column, in German or English.
func ExampleLies() {
	r, _ := qualitaet.RahmenVersion(qualitaet.Version2016)
	boegen := map[string]string{
		"hebamme.csv": "Entwicklungsziel;Person;Sektor;Stufe;Datum;Kommentar\r\n" +
			"QD3.T1.Z2;Familienhebamme;Gesundheitswesen;1;24.11.2026;\"Praxen fehlen;\r\nKliniken auch\"\r\n" +
			"QD3.T1.Z3;Familienhebamme;Gesundheitswesen;k. A.;24.11.2026;\r\n",
		"jugendamt.csv": "entwicklungsziel;person;stufe;datum\n" +
			"QD3.T1.Z2;Netzwerkkoordination;7;2026-11-24\n" +
			"QD10.T1.Z1;Netzwerkkoordination;3;2026-11-24\n",
	}
	for _, name := range []string{"hebamme.csv", "jugendamt.csv"} {
		es, err := bogen.Lies(strings.NewReader(boegen[name]), name, r, bogen.LeseOptionen{})
		var vf *schema.ValidierungsFehler
		if errors.As(err, &vf) {
			for _, v := range vf.Verletzungen {
				fmt.Println(v.Meldung)
				fmt.Println(v.Message)
			}
			continue
		}
		for _, e := range es {
			if e.Bewertet() {
				fmt.Printf("%s %s (%s): %s %q\n", e.Entwicklungsziel, e.Person, e.Sektor, e.Stufe, e.Begruendung)
			} else {
				fmt.Printf("%s %s (%s): nicht beurteilbar\n", e.Entwicklungsziel, e.Person, e.Sektor)
			}
		}
	}
	// Output:
	// QD3.T1.Z2 Familienhebamme (gesundheitswesen): Stufe 1 "Praxen fehlen;\nKliniken auch"
	// QD3.T1.Z3 Familienhebamme (gesundheitswesen): nicht beurteilbar
	// jugendamt.csv, Zeile 2, Spalte „stufe“: Stufe 7 liegt außerhalb der Skala 0–4
	// jugendamt.csv, line 2, column "stufe": level 7 is outside the scale 0–4
	// jugendamt.csv, Zeile 3, Spalte „entwicklungsziel“: Entwicklungsziel QD10.T1.Z1 gibt es im Qualitätsrahmen Frühe Hilfen (2016) nicht
	// jugendamt.csv, line 3, column "entwicklungsziel": Entwicklungsziel QD10.T1.Z1 does not exist in the Qualitätsrahmen Frühe Hilfen (2016)
}

// Ratings of several sheets join a profile's list; reading a sheet twice
// adds nothing.
func ExampleZusammenfuehren() {
	d := func(s string) qualitaet.Einschaetzung {
		es, err := bogen.Lies(strings.NewReader("entwicklungsziel;person;stufe;datum\n"+s), "x.csv", nil, bogen.LeseOptionen{})
		if err != nil {
			panic(err)
		}
		return es[0]
	}
	profil := []qualitaet.Einschaetzung{d("QD3.T1.Z2;Netzwerkkoordination;4;24.11.2026\n")}
	hebamme := []qualitaet.Einschaetzung{d("QD3.T1.Z2;Familienhebamme;1;24.11.2026\n")}
	alle := bogen.Zusammenfuehren(profil, hebamme, hebamme)
	for _, e := range alle {
		fmt.Println(e.Entwicklungsziel, e.Person, e.Stufe)
	}
	// Output:
	// QD3.T1.Z2 Netzwerkkoordination Stufe 4
	// QD3.T1.Z2 Familienhebamme Stufe 1
}
