package anonym_test

import (
	"errors"
	"fmt"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema/anonym"
)

// Anonymise a network document before sharing it: the contact person and
// her e-mail address become placeholders, also where the note names them,
// and the summary says which free text a person should still read.
func Example() {
	netz := []byte(`{
	  "$schema": "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/netzwerk.schema.json",
	  "hinweis": "Erfundenes Beispiel. Vertretung von Frau Erika Mustermann: Herr Otto Normal, Tel. 0171 1234567.",
	  "koordination": {"traeger": "Landkreis Musterkreis", "ansprechperson": "Erika Mustermann",
	    "kontakt": "erika.mustermann@musterkreis.example"}
	}`)
	lauf, err := anonym.NeuerLauf(anonym.Optionen{})
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := lauf.Lerne(netz); err != nil {
		fmt.Println(err)
		return
	}
	erg, err := lauf.Anonymisiere(netz)
	var vf *schema.ValidierungsFehler
	if errors.As(err, &vf) {
		fmt.Println("ungültig:", vf)
		return
	}
	fmt.Print(string(erg.Dokument))
	for _, k := range anonym.Kategorien {
		fmt.Println(k, erg.Ersetzt[k])
	}
	fmt.Println("zu prüfen:", erg.Behalten)
	// Output:
	// {
	//   "$schema": "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/netzwerk.schema.json",
	//   "hinweis": "Erfundenes Beispiel. Vertretung von Person 1: Person 2, Tel. Telefon 1.",
	//   "koordination": {
	//     "traeger": "Landkreis Musterkreis",
	//     "ansprechperson": "Person 1",
	//     "kontakt": "E-Mail 1"
	//   }
	// }
	// person 3
	// e-mail 1
	// telefon 1
	// url 0
	// zu prüfen: [/hinweis /koordination/traeger]
}

// In strict mode free text is dropped; structured values stay.
func ExampleOptionen_streng() {
	ziele := []byte(`{
	  "$schema": "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/ziele.schema.json",
	  "ziele": [{"id": "017038a0-6280-731c-86bd-463e3923bc1a", "titel": "Geburtskliniken einbinden",
	    "status": "vorgeschlagen", "verantwortlich": "Netzwerkkoordination",
	    "verlauf": [{"nach": "vorgeschlagen", "zeitpunkt": "2026-01-05T09:00:00Z", "durch": "Dr. Anna Schulz",
	      "grund": "Vorschlag von Dr. Anna Schulz (anna.schulz@klinik.example)"}]}]
	}`)
	anon, err := anonym.Anonymisiere(ziele, anonym.Optionen{Streng: true, Rollen: []string{"Netzwerkkoordination"}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(string(anon))
	// Output:
	// {
	//   "$schema": "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/ziele.schema.json",
	//   "ziele": [
	//     {
	//       "id": "017038a0-6280-731c-86bd-463e3923bc1a",
	//       "titel": "[entfernt]",
	//       "status": "vorgeschlagen",
	//       "verantwortlich": "Netzwerkkoordination",
	//       "verlauf": [
	//         {
	//           "nach": "vorgeschlagen",
	//           "zeitpunkt": "2026-01-05T09:00:00Z",
	//           "durch": "Person 1",
	//           "grund": "[entfernt]"
	//         }
	//       ]
	//     }
	//   ]
	// }
}
