package schema_test

import (
	"errors"
	"fmt"

	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

func ExampleValidator_Erkenne() {
	doc := []byte(`{
	  "$schema": "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/zuschnitt.schema.json",
	  "rahmen": "2.0",
	  "schwerpunkte": ["QD3", "QD5"]
	}`)
	art, wert, err := schema.Standard().Erkenne(doc)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(art)
	fmt.Println(wert.(map[string]any)["schwerpunkte"])
	// Output:
	// zuschnitt
	// [QD3 QD5]
}

func ExampleValidierungsFehler_Text() {
	doc := []byte(`{
	  "$schema": "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/zuschnitt.schema.json",
	  "rahmen": "2.1",
	  "schwerpunkte": ["QD3", "Netzwerk"]
	}`)
	_, _, err := schema.Standard().Erkenne(doc)
	var ve *schema.ValidierungsFehler
	if errors.As(err, &ve) {
		fmt.Println(ve.Text(language.English))
		fmt.Println(ve.Text(language.German))
	}
	// Output:
	// invalid document (2 violations)
	//   /rahmen: value "2.1" is not allowed; allowed: "2016", "2.0"
	//   /schwerpunkte/1: value "Netzwerk" does not have the required form (^QD[1-9][0-9]?$)
	// ungültiges Dokument (2 Verstöße)
	//   /rahmen: Wert "2.1" ist nicht erlaubt; erlaubt: "2016", "2.0"
	//   /schwerpunkte/1: Wert "Netzwerk" hat nicht die verlangte Form (^QD[1-9][0-9]?$)
}

func ExampleValidator_Dekodiere() {
	_, err := schema.Standard().Dekodiere([]byte("{\"a\": 1,\n \"b\": }"))
	var ve *schema.ValidierungsFehler
	if errors.As(err, &ve) {
		for _, v := range ve.Verletzungen {
			fmt.Println(v.Ort())
			fmt.Println(v.Text(language.English))
		}
	}
	fmt.Println(errors.Is(err, schema.ErrSyntax))
	// Output:
	// / (2:7)
	// not valid JSON: unexpected character "}"
	// true
}
