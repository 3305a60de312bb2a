package qualitaet_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// Facts of the network pre-assess goals through the rules of the default
// Regelwerk; a self-assessment of the network overrides the rule for its
// goal, which stays visible as the pre-assessment.
func ExampleBewerte() {
	b, err := qualitaet.Bewerte(qualitaet.Eingabe{
		Kommune: "Musterstadt",
		Fakten: qualitaet.Fakten{Zahlen: map[string]float64{
			"netzwerk.sektoren.anzahl":        6,
			"netzwerk.koordination.vorhanden": 1,
		}},
		Einschaetzungen: []qualitaet.Einschaetzung{{
			Entwicklungsziel: "QD3.T1.Z1",
			StufeGesetzt:     true, Stufe: 4,
			Datum:       time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC),
			Person:      "Netzwerkkoordination",
			Begruendung: "Steuerung liegt beim Jugendamt",
		}},
		Zeitpunkt: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	// QD3: levels 4 (self) and 2 (rule) → 100·(4/4 + 2/4)/2 = 75; 2 of 6 goals.
	// No rule of the default Regelwerk awards more than level 2.
	d, _ := b.Dimension("QD3")
	fmt.Printf("%s: %s Punkte, Abdeckung %g\n", d.Titel, d.Punkte, d.Abdeckung)
	z, _ := b.Ziel("QD3.T1.Z1")
	for _, g := range z.Begruendung {
		fmt.Println("-", g)
	}
	z, _ = b.Ziel("QD3.T1.Z2")
	fmt.Println(z.ID, z.Stufe, z.Quelle)
	fmt.Println("gesamt:", b.Gesamt.Punkte)
	// Output:
	// Netzwerk: 75 Punkte, Abdeckung 0.25
	// - Selbsteinschätzung: Stufe 4 (01.10.2026) — Steuerung liegt beim Jugendamt
	// - Vorbewertung aus Strukturdaten (Regel QD3-koordination, Stufe 2) tritt hinter die Selbsteinschätzung zurück: Eine Netzwerkkoordination ist benannt.
	// QD3.T1.Z2 2 regel
	// gesamt: 62.5
}

// A Regelwerk changed in code is checked with Validate; its error lists
// every violation with a JSON pointer into the Regelwerk document.
func ExampleRegelwerk_Validate() {
	rw := qualitaet.StandardRegelwerk()
	vier, von, bis := 4.0, 5.0, 2.0
	rw.Regeln = []qualitaet.Regel{{
		ID: "sektoren", Entwicklungsziel: "QD1.T2.Z1", Fakt: "netzwerk.sektoren.anzahl",
		Grundlage: "„kooperieren über Sektorengrenzen“: Kooperationen mit mehreren Sektoren",
		Operator:  qualitaet.Mindestens, Wert: &vier, Stufe: 2,
		Begruendung: "{wert} Sektoren (ab {schwelle})", BegruendungEn: "{wert} sectors (from {schwelle})",
	}, {
		ID: "sektoren", Entwicklungsziel: "QD1.T2.Z1", Fakt: "netzwerk.sektor.anzahl",
		Grundlage: "„kooperieren über Sektorengrenzen“: Kooperationen mit mehreren Sektoren",
		Operator:  qualitaet.Zwischen, Von: &von, Bis: &bis, Stufe: 2,
		Begruendung: "{wert} Sektoren", BegruendungEn: "{wert} sectors",
	}}
	err := rw.Validate()
	var fe *schema.ValidierungsFehler
	if errors.As(err, &fe) {
		for _, v := range fe.Verletzungen {
			fmt.Printf("%s: %s\n", v.Zeiger, v.Meldung)
		}
		return
	}
	fmt.Println("gültig")
	// Output:
	// /regeln/1/bis: „bis“ ist kleiner als „von“
	// /regeln/1/fakt: unbekannter Fakt "netzwerk.sektor.anzahl" (siehe den Faktenkatalog)
	// /regeln/1/id: Regel-ID "sektoren" kommt doppelt vor (zuerst bei Regel 0)
}
