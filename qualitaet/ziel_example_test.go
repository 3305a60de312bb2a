package qualitaet_test

import (
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"github.com/google/uuid"
	"golang.org/x/text/language"
)

func zielZeit(y int, m time.Month, d, h int) time.Time {
	return time.Date(y, m, d, h, 0, 0, 0, time.UTC)
}

// A goal is created as "vorgeschlagen" and moves through its life one
// change at a time; each change names its time, reason and actor and is
// appended to the history.
func ExampleNeuesZiel() {
	z, err := qualitaet.NeuesZiel("Der Gesundheitsbereich ist in der Netzwerkarbeit vertreten",
		zielZeit(2023, 2, 1, 9), "Netzwerkkoordination", uuid.NewV7)
	if err != nil {
		fmt.Println(err)
		return
	}
	z.Entwicklungsziele = []qualitaet.ID{"QD3.T1.Z2"}
	z.Wirkungsstufe = qualitaet.WirkungErreicht
	_ = z.Wechsle(qualitaet.ZielVereinbart, zielZeit(2023, 3, 15, 14), "Lenkungsgruppe stimmt zu", "Lenkungsgruppe")
	_ = z.Wechsle(qualitaet.ZielAktiv, zielZeit(2023, 4, 1, 9), "", "Netzwerkkoordination")
	for _, e := range z.Verlauf() {
		von := string(e.Von)
		if von == "" {
			von = "(angelegt)"
		}
		fmt.Printf("%s %s → %s", e.Zeitpunkt.Format(time.DateOnly), von, e.Nach)
		if e.Grund != "" {
			fmt.Printf(": %s", e.Grund)
		}
		fmt.Println()
	}
	fmt.Println(z.Status(), "· Wirkungsstufe", z.Wirkungsstufe, z.Wirkungsstufe.Klasse())
	// Output:
	// 2023-02-01 (angelegt) → vorgeschlagen
	// 2023-03-15 vorgeschlagen → vereinbart: Lenkungsgruppe stimmt zu
	// 2023-04-01 vereinbart → aktiv
	// aktiv · Wirkungsstufe 2 output
}

// An illegal change returns a *UebergangsFehler and leaves the goal as it
// was; errors.Is tells the kind of refusal, errors.As the statuses.
func ExampleZiel_Wechsle() {
	z, _ := qualitaet.NeuesZiel("Gesamtstrategie Prävention", zielZeit(2023, 1, 10, 9), "Netzwerkkoordination", uuid.NewV7)
	_ = z.Wechsle(qualitaet.ZielGeplant, zielZeit(2023, 2, 1, 9), "", "Netzwerkkoordination")
	_ = z.Wechsle(qualitaet.ZielAktiv, zielZeit(2023, 3, 1, 9), "", "Netzwerkkoordination")
	_ = z.Wechsle(qualitaet.ZielAbgeschlossen, zielZeit(2023, 9, 1, 9), "Kreistag hat beschlossen", "Netzwerkkoordination")

	for _, versuch := range []struct {
		nach  qualitaet.ZielStatus
		grund string
	}{{qualitaet.ZielGeplant, ""}, {qualitaet.ZielAktiv, ""}, {qualitaet.ZielAktiv, "Beschluss wird überarbeitet"}} {
		err := z.Wechsle(versuch.nach, zielZeit(2023, 10, 1, 9), versuch.grund, "Netzwerkkoordination")
		var fe *qualitaet.UebergangsFehler
		switch {
		case err == nil:
			fmt.Println("wieder", z.Status())
		case errors.Is(err, qualitaet.ErrGrundFehlt):
			fmt.Println("Begründung nötig:", err)
		case errors.As(err, &fe):
			fmt.Printf("abgelehnt: %s → %s (%s)\n", fe.Von, fe.Nach, fe.Text(language.English))
		}
	}
	fmt.Println(len(z.Verlauf()), "Einträge")
	// Output:
	// abgelehnt: abgeschlossen → geplant (goal: change from "completed" to "planned" is not allowed)
	// Begründung nötig: Ziel: Übergang von „abgeschlossen“ nach „aktiv“ braucht eine Begründung
	// wieder aktiv
	// 5 Einträge
}

// The transition table is data; diagrams and tables are drawn from it.
func ExampleLebenszyklus_Mermaid() {
	fmt.Print(qualitaet.MassnahmeLebenszyklus().Mermaid(language.German))
	// Output:
	// stateDiagram-v2
	//     geplant: geplant
	//     in_umsetzung: in-umsetzung
	//     pausiert: pausiert
	//     umgesetzt: umgesetzt
	//     abgebrochen: abgebrochen
	//     fehlerhaft_erfasst: fehlerhaft-erfasst
	//     [*] --> geplant
	//     geplant --> in_umsetzung
	//     geplant --> abgebrochen
	//     geplant --> fehlerhaft_erfasst
	//     in_umsetzung --> pausiert
	//     in_umsetzung --> umgesetzt
	//     in_umsetzung --> abgebrochen
	//     in_umsetzung --> fehlerhaft_erfasst
	//     pausiert --> in_umsetzung
	//     pausiert --> abgebrochen
	//     pausiert --> fehlerhaft_erfasst
	//     umgesetzt --> in_umsetzung: Grund nötig
	//     umgesetzt --> fehlerhaft_erfasst
	//     abgebrochen --> [*]
	//     fehlerhaft_erfasst --> [*]
}

func ExampleLebenszyklus_Markdown() {
	fmt.Print(qualitaet.ZielLebenszyklus().Markdown(language.German))
	// Output:
	// | Status | Bedeutung | erlaubte Übergänge |
	// |---|---|---|
	// | `vorgeschlagen` | vorgeschlagen | `geplant`, `vereinbart`, `abgelehnt`, `fehlerhaft-erfasst` |
	// | `geplant` | geplant | `vereinbart`, `aktiv`, `abgebrochen`, `fehlerhaft-erfasst` |
	// | `vereinbart` | vereinbart | `aktiv`, `pausiert`, `abgebrochen`, `fehlerhaft-erfasst` |
	// | `aktiv` | aktiv | `pausiert`, `abgeschlossen`, `abgebrochen`, `fehlerhaft-erfasst` |
	// | `pausiert` | pausiert | `aktiv`, `abgebrochen`, `fehlerhaft-erfasst` |
	// | `abgeschlossen` | abgeschlossen | `aktiv`*, `fehlerhaft-erfasst` |
	// | `abgebrochen` | abgebrochen | – (final) |
	// | `abgelehnt` | abgelehnt | – (final) |
	// | `fehlerhaft-erfasst` | fehlerhaft erfasst | – (final) |
	//
	// Angelegt wird mit `vorgeschlagen`. * = nur mit Begründung.
}

// Measurements are recorded one by one; the achievement status is derived
// from them, the baseline and the target.
func ExampleIndikator_Erreichung() {
	i := qualitaet.Indikator{
		Name: "Befragte Akteure, die das Konzept kennen", Art: qualitaet.ArtAnteil, Richtung: qualitaet.Steigend,
		Ausgangswert: qualitaet.Stand{Wert: 40, Datum: qualitaet.KalenderdatumVon(2021, 3, 1)},
		Zielwert:     qualitaet.Stand{Wert: 90, Datum: qualitaet.KalenderdatumVon(2023, 12, 31)},
	}
	fmt.Println(i.Erreichung(qualitaet.KalenderdatumVon(2022, 1, 1)))
	_ = i.Erfasse(qualitaet.Messung{Datum: qualitaet.KalenderdatumVon(2022, 10, 15),
		Zaehler: qualitaet.WertVon(58), Nenner: qualitaet.WertVon(95), Quelle: "Netzwerkbefragung 2022"})
	fmt.Println(i.Erreichung(qualitaet.KalenderdatumVon(2023, 1, 1)))
	fmt.Println(i.Erreichung(qualitaet.KalenderdatumVon(2024, 1, 1)))
	err := i.Erfasse(qualitaet.Messung{Datum: qualitaet.KalenderdatumVon(2023, 10, 15),
		Zaehler: qualitaet.WertVon(71), Nenner: qualitaet.WertVon(0)})
	fmt.Println(errors.Is(err, qualitaet.ErrMessungUngueltig), err)
	// Output:
	// in-arbeit
	// verbessert
	// nicht-erreicht
	// true ungültige Messung: Nenner muss größer als 0 sein
}

// Reading a document runs the schema and the semantic checks; a broken
// history is reported with the JSON pointer of its entry.
func ExampleParseZiele() {
	doc := `{"$schema": "` + schema.ArtZiele.ID() + `",
	  "ziele": [{"id": "018c2d3e-4f50-7a61-8b72-93a4b5c6d7e8", "titel": "Konzept allen Akteuren bekannt",
	    "status": "aktiv",
	    "verlauf": [
	      {"nach": "vorgeschlagen", "zeitpunkt": "2023-01-10T09:00:00+01:00", "durch": "Netzwerkkoordination"},
	      {"von": "vorgeschlagen", "nach": "aktiv", "zeitpunkt": "2023-02-01T09:00:00+01:00", "durch": "Netzwerkkoordination"}]}]}`
	_, err := qualitaet.ParseZiele([]byte(doc))
	var fe *schema.ValidierungsFehler
	if errors.As(err, &fe) {
		for _, v := range fe.Verletzungen {
			fmt.Println(v.Zeiger, v.Regel)
			fmt.Println(v.Meldung)
		}
	}
	// Output:
	// /ziele/0/verlauf/1 verlauf
	// Übergang von „vorgeschlagen“ nach „aktiv“ ist nicht erlaubt; erlaubt: geplant, vereinbart, abgelehnt, fehlerhaft-erfasst
}

func ExampleLiesZiele() {
	f, err := os.Open("../testdata/ziele/oder-spree.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	d, err := qualitaet.LiesZiele(f)
	if err != nil {
		fmt.Println(err)
		return
	}
	stichtag := qualitaet.KalenderdatumVon(2023, 11, 1)
	for _, z := range d.Ziele {
		fmt.Printf("%-8s %-10s %s\n", z.Status(), z.Erreichung(stichtag), z.Titel)
	}
	// Output:
	// aktiv    verbessert Der Gesundheitsbereich ist in der Netzwerkarbeit vertreten
	// aktiv    erreicht   Eine Gesamtstrategie „Prävention“ ist mit Verwaltung und politischen Gremien entwickelt
	// aktiv    verbessert Das überarbeitete Konzept ist allen Akteuren bekannt und wird umgesetzt
	// aktiv    verbessert Qualitätskriterien zur Bewertung von Angeboten sind erarbeitet
}
