// Command ziele walks a goal through its life: it creates a goal of a
// Netzwerk Frühe Hilfen with an indicator, moves it through its lifecycle
// (one refused change included), records measurements, adds a measure, and
// prints the history and the achievement status derived on each day.
//
//	go run ./examples/ziele               # the walk-through
//	go run ./examples/ziele -sprache en   # status labels and messages in English
//	go run ./examples/ziele -json         # the resulting goals document
//	go run ./examples/ziele -diagramm     # the goal lifecycle as a Mermaid diagram
//
// The figures are illustrative. IDs are UUID v7 from uuid.NewV7; times are
// fixed so that the story reads the same every run.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"github.com/google/uuid"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "ziele:", err)
		os.Exit(1)
	}
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

func run(args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("ziele", flag.ContinueOnError)
	fs.SetOutput(stderr)
	alsJSON := fs.Bool("json", false, "print the resulting goals document as JSON")
	diagramm := fs.Bool("diagramm", false, "print the goal lifecycle as a Mermaid diagram")
	sprache := fs.String("sprache", "de", "language of labels and messages: de or en")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unerwartete Argumente: %v", fs.Args())
	}
	tag, err := schema.ParseSprache(*sprache)
	if err != nil {
		return err
	}
	if *diagramm {
		_, err := fmt.Fprint(stdout, qualitaet.ZielLebenszyklus().Mermaid())
		return err
	}

	d, err := geschichte(stdout, tag, !*alsJSON)
	if err != nil {
		return err
	}
	if *alsJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(d)
	}
	return nil
}

// geschichte tells the story and returns the resulting document; with
// erzaehlen false it stays silent.
func geschichte(w io.Writer, sprache language.Tag, erzaehlen bool) (*qualitaet.ZieleDokument, error) {
	if !erzaehlen {
		w = io.Discard
	}
	zl := qualitaet.ZielLebenszyklus()
	t := func(key string, args ...any) string { return texte.Sprintf(sprache, key, args...) }

	z, err := qualitaet.NeuesZiel("Der Gesundheitsbereich ist in der Netzwerkarbeit vertreten",
		um(2023, 1, 16), "Netzwerkkoordination", uuid.NewV7)
	if err != nil {
		return nil, err
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
	fmt.Fprintln(w, t("ziel", z.Titel))
	fmt.Fprintf(w, "Wirkungsstufe %s (%s): %s\n\n", z.Wirkungsstufe, z.Wirkungsstufe.Klasse(), z.Wirkungsstufe.Beschreibung(sprache))

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
			fmt.Fprintln(w, t("abgelehnt", fe.Text(sprache), zl.Beschriftung(von, sprache), nachfolger(zl, von, sprache)))
		case err != nil:
			return nil, err
		default:
			fmt.Fprintf(w, "%s: %s → %s\n", s.am.Format(time.DateOnly), zl.Beschriftung(von, sprache), zl.Beschriftung(s.nach, sprache))
		}
	}

	zahlen := message.NewPrinter(sprache)
	ind := &z.Indikatoren[0]
	messungen := []qualitaet.Messung{
		{Datum: tag(2023, 6, 30), Zaehler: qualitaet.WertVon(3), Nenner: qualitaet.WertVon(6), Quelle: "Teilnahmelisten"},
		{Datum: tag(2023, 12, 31), Zaehler: qualitaet.WertVon(5), Nenner: qualitaet.WertVon(0), Quelle: "Tippfehler"},
		{Datum: tag(2023, 12, 31), Zaehler: qualitaet.WertVon(5), Nenner: qualitaet.WertVon(6), Quelle: "Teilnahmelisten"},
		{Datum: tag(2024, 6, 30), Zaehler: qualitaet.WertVon(6), Nenner: qualitaet.WertVon(6), Quelle: "Teilnahmelisten"},
	}
	fmt.Fprintln(w, "\n"+t("messungen", ind.Name))
	for _, m := range messungen {
		if err := ind.Erfasse(m); err != nil {
			fmt.Fprintln(w, t("nichtErfasst", m.Datum.String(), messfehler(err, m, ind.Art, sprache)))
			continue
		}
		x, _ := m.Ergebnis(ind.Art)
		fmt.Fprintln(w, t("messung", m.Datum.String(), zahlen.Sprintf("%5.1f %%", x), z.Erreichung(m.Datum).Bezeichnung(sprache)))
	}

	if err := z.Wechsle(qualitaet.ZielAbgeschlossen, um(2024, 7, 10), "alle sechs Regionalnetzwerke mit Gesundheitsakteuren", "Netzwerkkoordination"); err != nil {
		return nil, err
	}

	m, err := qualitaet.NeueMassnahme("Gesundheitsakteure persönlich zu den Regionalnetzwerktreffen einladen",
		[]uuid.UUID{z.ID}, um(2023, 3, 8), "Netzwerkkoordination", uuid.NewV7)
	if err != nil {
		return nil, err
	}
	m.Beginn, m.Faellig = tag(2023, 4, 1), tag(2024, 6, 30)
	for _, s := range []struct {
		nach qualitaet.MassnahmeStatus
		am   time.Time
	}{{qualitaet.MassnahmeInUmsetzung, um(2023, 4, 3)}, {qualitaet.MassnahmeUmgesetzt, um(2024, 6, 30)}} {
		if err := m.Wechsle(s.nach, s.am, "", "Netzwerkkoordination"); err != nil {
			return nil, err
		}
	}

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
	fmt.Fprintln(w, "\n"+t("erreichung", z.Erreichung(tag(2024, 7, 10)).Bezeichnung(sprache)))
	fmt.Fprintln(w, t("massnahme", m.Titel, qualitaet.MassnahmeLebenszyklus().Beschriftung(m.Status(), sprache), strconv.Itoa(len(m.Verlauf()))))

	d := &qualitaet.ZieleDokument{Hinweis: "Beispiel aus examples/ziele; die Werte sind erfunden.",
		Ziele: []qualitaet.Ziel{z}, Massnahmen: []qualitaet.Massnahme{m}}
	if err := d.Validate(); err != nil {
		return nil, err
	}
	return d, nil
}

// texte holds the walk-through's labels in German and English.
var texte = schema.NeuerKatalog(
	schema.Eintrag{Schluessel: "ziel", DE: "Ziel: %s", EN: "Goal: %s"},
	schema.Eintrag{Schluessel: "abgelehnt", DE: "abgelehnt: %s\n  erlaubt nach „%s“: %s", EN: "refused: %s\n  allowed after \"%s\": %s"},
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
