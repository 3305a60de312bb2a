package netzwerk_test

import (
	"errors"
	"fmt"
	"os"

	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/netzwerk"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// A network built in code, checked, and analysed: which sectors are
// missing, whether the architecture is complete, and the facts a scoring
// rule can use.
func Example() {
	n := &netzwerk.Netzwerk{
		Namen:          []string{"Netzwerk Frühe Hilfen Musterstadt"},
		Gruendungsjahr: 2014,
		Koordination:   &netzwerk.Koordination{Traeger: "Stadt Musterstadt", Ansiedlung: "Jugendamt"},
		Akteure: []netzwerk.Akteur{
			{ID: "jugendamt", Organisation: "Jugendamt Musterstadt", Sektor: netzwerk.KinderUndJugendhilfe},
			{ID: "klinik", Organisation: "Klinikum Musterstadt", Sektor: netzwerk.Gesundheitswesen, Einrichtungsart: "Geburtsklinik"},
			{ID: "profamilia", Organisation: "pro familia Beratungsstelle", Sektor: netzwerk.Schwangerschaftsberatung},
		},
		Gremien: []netzwerk.Gremium{{Art: netzwerk.Arbeitsgruppe, Bezeichnung: "AG Übergänge"}},
		Kooperationen: []netzwerk.Kooperation{
			{Sektor: netzwerk.Ehrenamt, Bezeichnung: "Freiwilligenarbeit", Anzahl: qualitaet.WertVon(2)},
		},
	}
	if err := n.Validate(); err != nil {
		fmt.Println(err)
		return
	}

	ab := netzwerk.SektorAbdeckung(n, nil)
	anteil, _ := ab.Anteil.Zahl()
	fmt.Printf("Sektoren abgedeckt: %d von %d (%.0f %%)\n", len(ab.Abgedeckt), len(ab.Zeilen), 100*anteil)
	fmt.Println("Es fehlen:", ab.FehlendNamen)

	a := netzwerk.Architektur(n)
	fmt.Println("Architektur vollständig:", a.Vollstaendig())
	fmt.Println("Es fehlt:", a.FehlendNamen(language.German))

	f := netzwerk.FaktenVon(n, netzwerk.FaktenOptionen{Referenzjahr: 2024})
	for _, name := range []string{netzwerk.FaktSektorenAnzahl, netzwerk.FaktGesundheitVorhanden,
		netzwerk.FaktLenkungsgruppeVorhanden, netzwerk.FaktAlterJahre, netzwerk.FaktTreffenAnzahl} {
		if v, ok := f.Zahl(name); ok {
			fmt.Printf("%s = %g\n", name, v)
		} else {
			fmt.Printf("%s fehlt\n", name)
		}
	}
	// Output:
	// Sektoren abgedeckt: 4 von 9 (44 %)
	// Es fehlen: [Eingliederungshilfe Frühförderung Gewaltschutz Materielle Sicherung Suchtberatung]
	// Architektur vollständig: false
	// Es fehlt: [Steuerungsgremium (Lenkungsgruppe)]
	// netzwerk.sektoren.anzahl = 4
	// netzwerk.gesundheit.vorhanden = 1
	// netzwerk.lenkungsgruppe.vorhanden = 0
	// netzwerk.alter.jahre = 10
	// netzwerk.treffen.anzahl fehlt
}

// Reading the Oder-Spree network from its document and analysing it.
func ExampleParse() {
	data, err := os.ReadFile("../testdata/netzwerk/oder-spree.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	n, err := netzwerk.Parse(data)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(n.Namen[0], "seit", n.Gruendungsjahr)
	a := netzwerk.Architektur(n)
	fmt.Printf("Lenkungsgruppen: %d, Steuerungsgruppen: %d, Regionalnetzwerke: %d\n",
		a.Lenkungsgruppen, a.Steuerungsgruppen, a.Regionalnetzwerke)
	g := netzwerk.Gesundheit(n, netzwerk.Zeitraum{})
	fmt.Println("Gesundheitswesen:", len(g.Akteure), "Akteure,", g.Kooperationen, "Kooperationen")
	fmt.Println("Es fehlen:", netzwerk.SektorAbdeckung(n, nil).FehlendNamen)
	// Output:
	// Frühe Hilfen und Gesunde Kinder Oder-Spree seit 2012
	// Lenkungsgruppen: 1, Steuerungsgruppen: 6, Regionalnetzwerke: 6
	// Gesundheitswesen: 7 Akteure, 3 Kooperationen
	// Es fehlen: [Eingliederungshilfe Gewaltschutz Materielle Sicherung Suchtberatung]
}

// An invalid document: the error lists every violation with its JSON
// pointer, in German and English.
func ExampleParse_fehler() {
	data := []byte(`{
	  "akteure": [{"id": "ja", "organisation": "Jugendamt", "sektor": "kinder-und-jugendhilfe"}],
	  "treffen": [{"datum": "2023-05-10", "art": "netzwerktreffen", "teilnehmende": ["ja", "klinik"]}]
	}`)
	_, err := netzwerk.Parse(data)
	var ve *schema.ValidierungsFehler
	if errors.As(err, &ve) {
		for _, v := range ve.Verletzungen {
			fmt.Printf("%s [%s]\n  %s\n  %s\n", v.Zeiger, v.Regel, v.Meldung, v.Message)
		}
	}
	// Output:
	// /treffen/0/teilnehmende/1 [verweis]
	//   Akteur „klinik“ gibt es in diesem Netzwerk nicht
	//   there is no actor "klinik" in this network
}

// Meeting attendance over a year, with the actors below half of the
// meetings they were expected at.
func ExampleTeilnahme() {
	n := &netzwerk.Netzwerk{
		Akteure: []netzwerk.Akteur{
			{ID: "ja", Organisation: "Jugendamt", Sektor: netzwerk.KinderUndJugendhilfe},
			{ID: "praxis", Organisation: "Kinderarztpraxis Dr. Weber", Sektor: netzwerk.Gesundheitswesen},
			{ID: "hebamme", Organisation: "Hebammenpraxis", Sektor: netzwerk.Gesundheitswesen},
		},
		Treffen: []netzwerk.Treffen{
			{Datum: qualitaet.MussKalenderdatum("2023-02-01"), Art: netzwerk.Netzwerktreffen, Teilnehmende: []string{"ja", "hebamme"}},
			{Datum: qualitaet.MussKalenderdatum("2023-06-01"), Art: netzwerk.Netzwerktreffen, Teilnehmende: []string{"ja"}},
			{Datum: qualitaet.MussKalenderdatum("2023-11-01"), Art: netzwerk.Netzwerktreffen, Teilnehmende: []string{"ja", "hebamme"}},
		},
	}
	jahr := netzwerk.Zeitraum{Von: qualitaet.MussKalenderdatum("2023-01-01"), Bis: qualitaet.MussKalenderdatum("2023-12-31")}
	b := netzwerk.Teilnahme(n, jahr, 0.5)
	for _, r := range b.Akteure {
		fmt.Printf("%-28s %d von %d\n", r.Akteur.Organisation, r.Teilgenommen, r.Erwartet)
	}
	for _, s := range b.Sektoren {
		q, _ := s.Quote.Zahl()
		fmt.Printf("%s: bei %.0f %% der Treffen vertreten\n", s.Name, 100*q)
	}
	for _, r := range b.UnterSchwelle {
		fmt.Println("unter der Schwelle:", r.Akteur.Organisation)
	}
	// Output:
	// Hebammenpraxis               2 von 3
	// Jugendamt                    3 von 3
	// Kinderarztpraxis Dr. Weber   0 von 3
	// Gesundheitswesen: bei 67 % der Treffen vertreten
	// Kinder- und Jugendhilfe: bei 100 % der Treffen vertreten
	// unter der Schwelle: Kinderarztpraxis Dr. Weber
}

func ExampleSektorAusBezeichnung() {
	for _, label := range []string{"Gesundheit", "Kinder- und Jugend", "Freiwilligenarbeit", "Polizei"} {
		s, ok := netzwerk.SektorAusBezeichnung(label)
		fmt.Printf("%q → %q %v\n", label, string(s), ok)
	}
	// Output:
	// "Gesundheit" → "gesundheitswesen" true
	// "Kinder- und Jugend" → "kinder-und-jugendhilfe" true
	// "Freiwilligenarbeit" → "ehrenamt" true
	// "Polizei" → "" false
}

// Writing a standalone document: "$schema" first.
func ExampleNetzwerk_Dokument() {
	n := &netzwerk.Netzwerk{Namen: []string{"Netzwerk Frühe Hilfen Musterstadt"}, Gruendungsjahr: 2014}
	doc, err := n.Dokument()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(string(doc))
	// Output:
	// {
	//   "$schema": "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/netzwerk.schema.json",
	//   "namen": [
	//     "Netzwerk Frühe Hilfen Musterstadt"
	//   ],
	//   "gruendungsjahr": 2014
	// }
}
