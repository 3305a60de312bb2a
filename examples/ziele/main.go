// Command ziele walks a goal through its life: it creates a goal of a
// Netzwerk Frühe Hilfen with an indicator, moves it through its lifecycle
// (one refused change included), records measurements, adds a measure, and
// prints the history and the achievement status derived on each day.
//
//	go run ./examples/ziele               # the walk-through
//	go run ./examples/ziele -lang en      # status labels and messages in English
//	go run ./examples/ziele -json         # the resulting goals document
//	go run ./examples/ziele -diagramm     # the goal lifecycle as a Mermaid diagram
//
// The figures are illustrative. IDs are UUID v7 from uuid.NewV7; times are
// fixed so that the story reads the same every run. Exit status: 0 done, 1
// error, 2 wrong call; -h prints the help.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/examples/internal/programm"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"github.com/google/uuid"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func um(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 8, 0, 0, 0, time.UTC)
}

func tag(y int, m time.Month, d int) qualitaet.Kalenderdatum {
	return qualitaet.KalenderdatumVon(y, m, d)
}

// schritt is one planned status change of the story.
type schritt struct {
	nach  qualitaet.ZielStatus
	am    time.Time
	grund string
	durch string
}

func run(_ context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	p := programm.Neu("ziele", texte, stdin, stdout, stderr)
	alsJSON := p.Schalter("json", false, "flag.json")
	diagramm := p.Schalter("diagramm", false, "flag.diagramm")
	if code, weiter := p.Parse(args); !weiter {
		return code
	}
	if len(p.Args()) > 0 {
		return p.Aufruffehler("keineArgumente")
	}
	if *diagramm {
		if _, err := fmt.Fprint(stdout, qualitaet.ZielLebenszyklus().Mermaid(p.Sprache)); err != nil {
			return p.Fehler("", err)
		}
		return programm.CodeOK
	}
	d, err := geschichte(stdout, p.Sprache, !*alsJSON)
	if err == nil && *alsJSON {
		var data []byte
		if data, err = json.MarshalIndent(d, "", "  "); err == nil {
			err = programm.SchreibeDokument(stdout, schema.ArtZiele, data)
		}
	}
	if err != nil {
		return p.Fehler("", err)
	}
	return programm.CodeOK
}

// geschichte tells the story and returns the resulting document; with
// erzaehlen false it stays silent.
func geschichte(w io.Writer, sprache language.Tag, erzaehlen bool) (*qualitaet.ZieleDokument, error) {
	if !erzaehlen {
		w = io.Discard
	}
	z, err := neuesZiel()
	if err != nil {
		return nil, err
	}
	fmt.Fprintln(w, texte.Sprintf(sprache, "ziel", z.Titel))
	fmt.Fprintln(w, texte.Sprintf(sprache, "wirkungsstufe", z.Wirkungsstufe.String(), string(z.Wirkungsstufe.Klasse()), z.Wirkungsstufe.Beschreibung(sprache))+"\n")
	if err := wechsle(w, &z, sprache); err != nil {
		return nil, err
	}
	messe(w, &z, sprache)
	if err := z.Wechsle(qualitaet.ZielAbgeschlossen, um(2024, 7, 10), "alle sechs Regionalnetzwerke mit Gesundheitsakteuren", "Netzwerkkoordination"); err != nil {
		return nil, err
	}
	m, err := massnahme(z)
	if err != nil {
		return nil, err
	}
	verlauf(w, z, m, sprache)
	d := &qualitaet.ZieleDokument{Hinweis: "Beispiel aus examples/ziele; die Werte sind erfunden.",
		Ziele: []qualitaet.Ziel{z}, Massnahmen: []qualitaet.Massnahme{m}}
	if err := d.Validate(); err != nil {
		return nil, err
	}
	return d, nil
}

// neuesZiel creates the goal of the story with its indicator.
func neuesZiel() (qualitaet.Ziel, error) {
	z, err := qualitaet.NeuesZiel("Der Gesundheitsbereich ist in der Netzwerkarbeit vertreten",
		um(2023, 1, 16), "Netzwerkkoordination", uuid.NewV7)
	if err != nil {
		return z, err
	}
	z.Dimensionen = []qualitaet.ID{"QD3"}
	z.Entwicklungsziele = []qualitaet.ID{"QD3.T1.Z2"}
	z.Wirkungsstufe = qualitaet.WirkungErreicht
	z.Zyklusschritt = qualitaet.SchrittUmsetzung
	z.Verantwortlich = "Netzwerkkoordination"
	z.Faellig = tag(2024, 12, 31)
	z.Hinweis = "Beispiel mit erfundenen Werten."
	z.Indikatoren = []qualitaet.Indikator{{
		Name: "Regionale Netzwerke mit Vertretung aus dem Gesundheitswesen", Art: qualitaet.ArtAnteil,
		Richtung: qualitaet.Steigend, Einheit: "% der 6 regionalen Netzwerke",
		Ausgangswert: qualitaet.Stand{Wert: 100.0 * 2 / 6, Datum: tag(2023, 1, 1)},
		Zielwert:     qualitaet.Stand{Wert: 100, Datum: tag(2024, 12, 31)},
	}}
	return z, nil
}

// wechsle moves the goal through its planned changes, one refused.
func wechsle(w io.Writer, z *qualitaet.Ziel, sprache language.Tag) error {
	zl := qualitaet.ZielLebenszyklus()
	schritte := []schritt{
		{qualitaet.ZielVereinbart, um(2023, 3, 8), "in der Strategie- und Lenkungsgruppe vereinbart", "Strategie- und Lenkungsgruppe"},
		{qualitaet.ZielAktiv, um(2023, 4, 3), "", "Netzwerkkoordination"},
		{qualitaet.ZielVorgeschlagen, um(2023, 5, 2), "noch einmal beraten", "Netzwerkkoordination"},
		{qualitaet.ZielPausiert, um(2023, 7, 1), "Koordinationsstelle bis September unbesetzt", "Jugendamtsleitung"},
		{qualitaet.ZielAktiv, um(2023, 9, 1), "Stelle wieder besetzt", "Jugendamtsleitung"},
	}
	for _, s := range schritte {
		von := z.Status()
		err := z.Wechsle(s.nach, s.am, s.grund, s.durch)
		var fe *qualitaet.UebergangsFehler
		switch {
		case errors.As(err, &fe):
			fmt.Fprintln(w, texte.Sprintf(sprache, "wechselAbgelehnt", fe.Text(sprache), zl.Beschriftung(von, sprache), nachfolger(zl, von, sprache)))
		case err != nil:
			return err
		default:
			fmt.Fprintf(w, "%s: %s → %s\n", s.am.Format(time.DateOnly), zl.Beschriftung(von, sprache), zl.Beschriftung(s.nach, sprache))
		}
	}
	return nil
}

// messe records the measurements of the goal's indicator, one refused.
func messe(w io.Writer, z *qualitaet.Ziel, sprache language.Tag) {
	zahlen := message.NewPrinter(sprache)
	ind := &z.Indikatoren[0]
	messungen := []qualitaet.Messung{
		{Datum: tag(2023, 6, 30), Zaehler: qualitaet.WertVon(3), Nenner: qualitaet.WertVon(6), Quelle: "Teilnahmelisten"},
		{Datum: tag(2023, 12, 31), Zaehler: qualitaet.WertVon(5), Nenner: qualitaet.WertVon(0), Quelle: "Tippfehler"},
		{Datum: tag(2023, 12, 31), Zaehler: qualitaet.WertVon(5), Nenner: qualitaet.WertVon(6), Quelle: "Teilnahmelisten"},
		{Datum: tag(2024, 6, 30), Zaehler: qualitaet.WertVon(6), Nenner: qualitaet.WertVon(6), Quelle: "Teilnahmelisten"},
	}
	fmt.Fprintln(w, "\n"+texte.Sprintf(sprache, "messungen", ind.Name))
	for _, m := range messungen {
		if err := ind.Erfasse(m); err != nil {
			fmt.Fprintln(w, texte.Sprintf(sprache, "nichtErfasst", m.Datum.String(), messfehler(err, m, ind.Art, sprache)))
			continue
		}
		x, _ := m.Ergebnis(ind.Art)
		fmt.Fprintln(w, texte.Sprintf(sprache, "messung", m.Datum.String(), zahlen.Sprintf("%5.1f %%", x), z.Erreichung(m.Datum).Beschriftung(sprache)))
	}
}

// massnahme adds a measure for the goal and carries it out.
func massnahme(z qualitaet.Ziel) (qualitaet.Massnahme, error) {
	m, err := qualitaet.NeueMassnahme("Gesundheitsakteure persönlich zu den Regionalnetzwerktreffen einladen",
		[]uuid.UUID{z.ID}, um(2023, 3, 8), "Netzwerkkoordination", uuid.NewV7)
	if err != nil {
		return m, err
	}
	m.Beginn, m.Faellig = tag(2023, 4, 1), tag(2024, 6, 30)
	for _, s := range []struct {
		nach qualitaet.MassnahmeStatus
		am   time.Time
	}{{qualitaet.MassnahmeInUmsetzung, um(2023, 4, 3)}, {qualitaet.MassnahmeUmgesetzt, um(2024, 6, 30)}} {
		if err := m.Wechsle(s.nach, s.am, "", "Netzwerkkoordination"); err != nil {
			return m, err
		}
	}
	return m, nil
}

// verlauf prints the goal's history and the achievement it derives.
func verlauf(w io.Writer, z qualitaet.Ziel, m qualitaet.Massnahme, sprache language.Tag) {
	zl := qualitaet.ZielLebenszyklus()
	t := func(key string, args ...any) string { return texte.Sprintf(sprache, key, args...) }
	fmt.Fprintln(w, "\n"+t("verlauf", zl.Beschriftung(z.Status(), sprache)))
	for _, e := range z.Verlauf() {
		von := t("angelegt")
		if e.Von != "" {
			von = zl.Beschriftung(e.Von, sprache)
		}
		fmt.Fprintf(w, "  %s  %-13s → %-13s  %s", e.Zeitpunkt.Format(time.DateOnly), von, zl.Beschriftung(e.Nach, sprache), e.Durch)
		if e.Grund != "" {
			fmt.Fprintf(w, ": %s", e.Grund)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, "\n"+t("erreichung", z.Erreichung(tag(2024, 7, 10)).Beschriftung(sprache)))
	ml := qualitaet.MassnahmeLebenszyklus()
	fmt.Fprintln(w, t("massnahme", m.Titel, ml.Beschriftung(m.Status(), sprache), strconv.Itoa(len(m.Verlauf()))))
}

// texte holds the program's help and the walk-through's labels in German
// and English.
var texte = schema.NeuerKatalog(
	schema.Eintrag{Schluessel: "aufruf", DE: "(ohne Argumente)", EN: "(no arguments)"},
	schema.Eintrag{Schluessel: "beschreibung",
		DE: "Führt ein Ziel eines Netzwerks Frühe Hilfen durch seinen Lebenszyklus (mit einem abgelehnten Wechsel), erfasst Messungen, fügt eine Maßnahme hinzu und zeigt den Verlauf. Die Werte sind erfunden.",
		EN: "Walks a goal of a Netzwerk Frühe Hilfen through its lifecycle (one refused change included), records measurements, adds a measure and prints the history. The figures are illustrative."},
	schema.Eintrag{Schluessel: "flag.json", DE: "das entstandene Zieledokument als JSON schreiben", EN: "print the resulting goals document as JSON"},
	schema.Eintrag{Schluessel: "flag.diagramm", DE: "den Lebenszyklus eines Ziels als Mermaid-Diagramm schreiben", EN: "print the goal lifecycle as a Mermaid diagram"},
	schema.Eintrag{Schluessel: "keineArgumente", DE: "das Programm nimmt keine Argumente, nur Optionen", EN: "the program takes no arguments, only options"},
	schema.Eintrag{Schluessel: "ziel", DE: "Ziel: %s", EN: "Goal: %s"},
	schema.Eintrag{Schluessel: "wirkungsstufe", DE: "Wirkungsstufe %s (%s): %s", EN: "Impact level %s (%s): %s"},
	schema.Eintrag{Schluessel: "wechselAbgelehnt", DE: "abgelehnt: %s\n  erlaubt nach „%s“: %s", EN: "refused: %s\n  allowed after \"%s\": %s"},
	schema.Eintrag{Schluessel: "messungen", DE: "Messungen: %s", EN: "Measurements: %s"},
	schema.Eintrag{Schluessel: "nichtErfasst", DE: "  %s  nicht erfasst: %s", EN: "  %s  not recorded: %s"},
	schema.Eintrag{Schluessel: "messung", DE: "  %s  %s  → Zielerreichung am Tag: %s", EN: "  %s  %s  → achievement on the day: %s"},
	schema.Eintrag{Schluessel: "verlauf", DE: "Verlauf des Ziels (%s):", EN: "History of the goal (%s):"},
	schema.Eintrag{Schluessel: "angelegt", DE: "(angelegt)", EN: "(created)"},
	schema.Eintrag{Schluessel: "erreichung", DE: "Zielerreichung (abgeleitet, Stichtag 2024-07-10): %s", EN: "Achievement (derived, reference day 2024-07-10): %s"},
	schema.Eintrag{Schluessel: "massnahme", DE: "Maßnahme: %s (%s, %s Einträge im Verlauf)", EN: "Measure: %s (%s, %s entries in its history)"},
	schema.Eintrag{Schluessel: "ungueltig", DE: "ungültige Messung: %s", EN: "invalid measurement: %s"},
)

// nachfolger lists the statuses allowed after von, labelled in the language.
func nachfolger(zl *qualitaet.Lebenszyklus[qualitaet.ZielStatus], von qualitaet.ZielStatus, sprache language.Tag) string {
	var namen []string
	for _, s := range zl.Nachfolger(von) {
		namen = append(namen, zl.Beschriftung(s, sprache))
	}
	return strings.Join(namen, ", ")
}

// messfehler says why a measurement was refused, in the language.
func messfehler(err error, m qualitaet.Messung, art qualitaet.Indikatorart, sprache language.Tag) string {
	if mangel := m.MangelIn(art, sprache); mangel != "" {
		return texte.Sprintf(sprache, "ungueltig", mangel)
	}
	return err.Error()
}
