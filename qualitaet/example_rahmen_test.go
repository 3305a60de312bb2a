package qualitaet_test

import (
	"errors"
	"fmt"
	"os"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"golang.org/x/text/language"
)

func ExampleStandard() {
	r := qualitaet.Standard()
	fmt.Println(r.Titel)
	for _, d := range r.Dimensionen {
		fmt.Printf("QD %d: %s\n", d.Nummer, d.Titel)
	}
	// Output:
	// Qualitätsrahmen Frühe Hilfen 2.0
	// QD 1: Grundidee
	// QD 2: Zielbestimmung
	// QD 3: Netzwerk
	// QD 4: Planung
	// QD 5: Politisch-strukturelle Verankerung
	// QD 6: Qualifizierung und interprofessionelles Lernen
	// QD 7: Zusammenarbeit mit der Familie
	// QD 8: Qualität von Angeboten
	// QD 9: Dokumentation und Evaluation
	// QD 10: Wirkungsorientierung
}

func ExampleRahmen_Entwicklungsziel() {
	r := qualitaet.Standard()
	z, ok := r.Entwicklungsziel("QD3.T1.Z1")
	fmt.Println(ok, z.Ebene, z.Bereich, z.Herkunft)
	fmt.Println(z.Text)
	fmt.Println(z.TextIn(language.English))

	_, ok = r.Entwicklungsziel("QD3.T1.Z9")
	fmt.Println(ok)
	// Output:
	// true strategisch netzwerk nzfh
	// Das Netzwerk Frühe Hilfen besteht unter der Steuerungsverantwortung des Jugendamts.
	// The Frühe Hilfen network exists under the steering responsibility of the youth welfare office.
	// false
}

func ExampleRahmen_Zuschneiden() {
	z := &qualitaet.Zuschnitt{
		Rahmen:       qualitaet.Version20,
		Schwerpunkte: []qualitaet.ID{"QD3", "QD5"},
		LokaleZiele: []qualitaet.LokalesZiel{{
			ID:      "QD3.T1.L1",
			Ebene:   qualitaet.Operativ,
			Bereich: qualitaet.BereichNetzwerk,
			Text:    "Das Gesundheitswesen ist über das Gesunde-Kinder-Netzwerk eingebunden.",
		}},
	}
	r, err := qualitaet.Standard().Zuschneiden(z)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range r.Dimensionen {
		if d.Schwerpunkt {
			fmt.Println("Schwerpunkt:", d.ID, d.Titel)
		}
	}
	th, _ := r.Thema("QD3.T1")
	for _, ez := range th.Entwicklungsziele {
		fmt.Println(ez.ID, ez.Herkunft)
	}
	// Output:
	// Schwerpunkt: QD3 Netzwerk
	// Schwerpunkt: QD5 Politisch-strukturelle Verankerung
	// QD3.T1.Z1 nzfh
	// QD3.T1.Z2 nzfh
	// QD3.T1.Z3 nzfh
	// QD3.T1.Z4 nzfh
	// QD3.T1.L1 lokal
}

func ExampleParseRahmen_error() {
	// A catalogue that is valid against the schema but whose IDs do not fit
	// together: QD3 carries number 4, a Thema of QD5, and a goal twice.
	doc := `{
	  "$schema": "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/rahmen.schema.json",
	  "id": "beispiel", "version": "2.0", "titel": "Beispiel", "quelle": "Beispiel",
	  "dimensionen": [{
	    "id": "QD3", "nummer": 4, "titel": "Netzwerk", "kurzbeschreibung": "Kurz.", "herkunft": "nzfh",
	    "zentraleFragen": [{"text": "Wer gehört dazu?", "herkunft": "nzfh"}],
	    "themen": [{"id": "QD5.T1", "titel": "Kommunalpolitik", "herkunft": "nzfh", "entwicklungsziele": [
	      {"id": "QD5.T1.Z1", "ebene": "strategisch", "bereich": "netzwerk", "text": "Eins.", "herkunft": "nzfh"},
	      {"id": "QD5.T1.Z1", "ebene": "operativ", "bereich": "netzwerk", "text": "Zwei.", "herkunft": "nzfh"}
	    ]}]
	  }]
	}`
	_, err := qualitaet.ParseRahmen([]byte(doc))
	var ve *schema.ValidierungsFehler
	if errors.As(err, &ve) {
		for _, v := range ve.Verletzungen {
			fmt.Printf("%s: %s\n", v.Ort(), v.Meldung)
		}
	}
	// Output:
	// /dimensionen/0/nummer: Nummer 4 passt nicht zur ID QD3
	// /dimensionen/0/themen/0/entwicklungsziele/1: ID QD5.T1.Z1 kommt doppelt vor (zuerst bei /dimensionen/0/themen/0/entwicklungsziele/0)
	// /dimensionen/0/themen/0/id: ID QD5.T1 gehört nicht zu QD3
}

func ExampleAbbildung() {
	alt, err := qualitaet.RahmenVersion(qualitaet.Version2016)
	if err != nil {
		fmt.Println(err)
		return
	}
	n := map[qualitaet.ZuordnungsArt]int{}
	for _, z := range qualitaet.Abbildung(alt, qualitaet.Standard()) {
		n[z.Art]++
	}
	for _, art := range []qualitaet.ZuordnungsArt{qualitaet.ZuordnungGleich, qualitaet.ZuordnungUebernommen,
		qualitaet.ZuordnungNeu, qualitaet.ZuordnungEntfallen} {
		fmt.Println(art, n[art])
	}
	// Output:
	// gleich 0
	// uebernommen 94
	// neu 13
	// entfallen 0
}

// A network that rates with the practice material's forms loads their
// goals as a catalogue of its own and maps it to the embedded 2.0. The file
// here is an invented example and says so.
func ExampleAbbildung_eigenerKatalog() {
	eigen, err := qualitaet.LadeRahmen(os.DirFS("../testdata/rahmen"), "eigener-katalog-beispiel.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	std := qualitaet.Standard()
	if err := eigen.PruefeBezug(std); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(eigen.Hinweis)
	for _, z := range qualitaet.Abbildung(eigen, std) {
		if z.Von.Dimension() == "QD3" && z.Von.IsZiel() {
			fmt.Println(z.Von, "→", z.Nach, z.Art)
		}
	}
	// Output:
	// Erfundenes Beispiel: Die Ziele sind nicht die des NZFH-Praxismaterials.
	// QD3.T1.Z1 → QD3.T1.Z1 zugeordnet
	// QD3.T1.Z2 → QD3.T1.Z2 zugeordnet
	// QD3.T1.Z3 → QD3.T1.Z3 zugeordnet
	// QD3.T1.Z4 → QD3.T1.Z4 zugeordnet
	// QD3.T1.Z5 → QD3.T2.Z1 zugeordnet
	// QD3.T1.Z5 → QD3.T2.Z3 zugeordnet
	// QD3.T1.Z6 → QD3.T2.Z2 zugeordnet
}

// Every item says where it comes from: the NZFH's page, our formulation of
// something the page says in prose (with its basis), or our own addition.
func ExampleHerkunft() {
	r := qualitaet.Standard()
	for _, id := range []qualitaet.ID{"QD3.T1.Z1", "QD4.T1.Z5", "QD4.T2.Z1", "QD2.T3.Z1"} {
		z, _ := r.Entwicklungsziel(id)
		fmt.Printf("%s %s abgeschnitten=%t grundlage=%q\n", id, z.Herkunft, z.Abgeschnitten, z.Grundlage)
	}
	th, _ := r.Thema("QD4.T1")
	fmt.Println(th.ID, th.Herkunft, th.Abgleich)
	// Output:
	// QD3.T1.Z1 nzfh abgeschnitten=false grundlage=""
	// QD4.T1.Z5 nzfh abgeschnitten=true grundlage=""
	// QD4.T2.Z1 abgeleitet abgeschnitten=false grundlage="Zentrale Frage 2 der Seite"
	// QD2.T3.Z1 ergaenzt abgeschnitten=false grundlage=""
	// QD4.T1 nzfh teilweise
}
