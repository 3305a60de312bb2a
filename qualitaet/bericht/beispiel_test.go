package bericht_test

import (
	"testing"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// stichtag is the fixed moment of every test Bewertung.
var stichtag = time.Date(2026, time.October, 1, 10, 0, 0, 0, time.UTC)

// oderSpree is the Eingabe of the golden reports: facts from the
// Oder-Spree Steckbrief, ratings by five people from three sectors
// (including a goal whose ratings diverge along sector lines, a "cannot
// judge", a rating of a goal the tailoring left out, and text with "|" and
// a line break), a Zuschnitt with the focus QD3 and QD5, key figures and a
// gap.
func oderSpree(sprache language.Tag) qualitaet.Eingabe {
	tag := func(d int) time.Time { return time.Date(2026, time.September, d, 0, 0, 0, 0, time.UTC) }
	es := func(ziel string, stufe int, person, sektor string) qualitaet.Einschaetzung {
		return qualitaet.Einschaetzung{Entwicklungsziel: qualitaet.ID(ziel), StufeGesetzt: true, Stufe: qualitaet.Stufe(stufe), Datum: tag(15),
			Person: person, Sektor: sektor}
	}
	kjh, ges, sb := "kinder-und-jugendhilfe", "gesundheitswesen", "schwangerschaftsberatung"
	einschaetzungen := []qualitaet.Einschaetzung{
		// Diverging along sector lines: youth welfare high, health low.
		es("QD3.T1.Z2", 3, "Koordination", kjh),
		es("QD3.T1.Z2", 3, "ASD", kjh),
		es("QD3.T1.Z2", 1, "Hebamme", ges),
		es("QD3.T1.Z2", 1, "Kinderarzt", ges),
		// Agreement.
		es("QD3.T1.Z1", 4, "Koordination", kjh),
		es("QD3.T1.Z1", 4, "ASD", kjh),
		es("QD3.T1.Z1", 4, "Hebamme", ges),
		// Spread 1, one "cannot judge".
		es("QD3.T2.Z1", 2, "Koordination", kjh),
		es("QD3.T2.Z1", 3, "Beratung", sb),
		{Entwicklungsziel: "QD3.T2.Z1", NichtBeurteilbar: true, Datum: tag(15), Person: "Kinderarzt", Sektor: ges},
		// Diverging, not along sector lines.
		es("QD5.T1.Z1", 0, "Koordination", kjh),
		es("QD5.T1.Z1", 3, "ASD", kjh),
		es("QD5.T1.Z1", 1, "Hebamme", ges),
		// A single rating with a reason that needs escaping.
		{Entwicklungsziel: "QD5.T1.Z2", StufeGesetzt: true, Stufe: 2, Datum: tag(20), Person: "Koordination", Sektor: kjh,
			Begruendung: "Bericht im Ausschuss 2025 | Nachfrage\nzur Finanzierung"},
		// A later rating replaces an earlier one of the same person.
		es("QD7.T1.Z3", 1, "Hebamme", ges),
		{Entwicklungsziel: "QD7.T1.Z3", StufeGesetzt: true, Stufe: 3, Datum: tag(28), Person: "Hebamme", Sektor: ges},
		// QD9 is left out: this rating is skipped with a hint.
		es("QD9.T1.Z1", 2, "Koordination", kjh),
		// A local goal.
		es("QD3.T2.L1", 2, "Koordination", kjh),
	}
	return qualitaet.Eingabe{
		Kommune: "Landkreis Oder-Spree",
		Zuschnitt: &qualitaet.Zuschnitt{
			Rahmen:       qualitaet.Version20,
			Schwerpunkte: []qualitaet.ID{"QD3", "QD5"},
			Ausgelassen:  []qualitaet.ID{"QD9"},
			LokaleZiele: []qualitaet.LokalesZiel{{ID: "QD3.T2.L1", Ebene: qualitaet.Operativ, Bereich: qualitaet.BereichNetzwerk,
				Text:   "Die sechs Regionalnetzwerke tauschen sich zweimal im Jahr aus.",
				TextEn: "The six regional networks meet twice a year."}},
		},
		Fakten: qualitaet.Fakten{Zahlen: map[string]float64{
			"netzwerk.koordination.vorhanden":           1,
			"netzwerk.alter.jahre":                      14,
			"netzwerk.sektoren.anzahl":                  5,
			"netzwerk.lenkungsgruppe.vorhanden":         1,
			"netzwerk.regionalnetzwerke.anzahl":         6,
			"netzwerk.gesundheit.vorhanden":             1,
			"kommune.budget.gesamt":                     93000,
			"kommune.budget.proKindU3":                  21.63,
			"kommune.netzwerk.erstesDokumentAlterJahre": 12,
			"ziele.wirkungsziele.anzahl":                1,
		}},
		Einschaetzungen: einschaetzungen,
		Kennzahlen: []qualitaet.Kennzahl{
			{Name: "bevoelkerung", Bezeichnung: "Bevölkerung", Wert: 178068},
			{Name: "kinderU3", Bezeichnung: "Kinder von 0 bis 3 Jahren", Wert: 4299},
			{Name: "armutsquoteU3", Bezeichnung: "Anteil der Kinder unter 3 in Armutslagen", Wert: 22.6, Einheit: "%"},
			{Name: "budget", Bezeichnung: "Kommunales Budget für Frühe Hilfen", Wert: 93000, Einheit: "€"},
			{Name: "budgetProKind", Bezeichnung: "Budget je Kind unter 3", Wert: 21.63, Einheit: "€"},
			{Name: "netzwerkAlter", Bezeichnung: "Alter des Netzwerks", Wert: 14, Einheit: "Jahre"},
		},
		Luecken: []qualitaet.Luecke{{Art: "sektor", Bezeichnung: "Sektoren ohne Kooperation",
			Details: []string{"Suchtberatung", "Gewaltschutz"}}},
		Sektornamen: map[string][2]string{
			kjh: {"Kinder- und Jugendhilfe", "child and youth welfare"},
			ges: {"Gesundheitswesen", "health care"},
			sb:  {"Schwangerschaftsberatung", "pregnancy counselling"},
		},
		Zeitpunkt: stichtag,
		Sprache:   sprache,
	}
}

// bewerte evaluates an Eingabe and fails the test on error.
func bewerte(t testing.TB, e qualitaet.Eingabe) *qualitaet.Bewertung {
	t.Helper()
	b, err := qualitaet.Bewerte(e)
	require.NoError(t, err)
	return b
}
