package schema_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// FuzzDekodiere checks that Dekodiere never panics, returns either a value or
// a *ValidierungsFehler, never accepts what encoding/json calls invalid, and
// that whatever it accepts can be validated (Erkenne) without a panic.
func FuzzDekodiere(f *testing.F) {
	for _, s := range []string{
		`{"a": [1, 2.5, "x", null, true, {}], "b": -0.5e3}`,
		"{\"a\": 1,\n \"b\": }", `{"a" 1}`, `[1,,2]`, "[\"a\tb\"]", "{\r\n\"a\":x}", `{"ä": x}`, `12x`,
		`{"a":[1,2`, `{"a":"xy`, ``, "  \n", `{"a":1} x`, `{"a":1}{"b":2}`, "{\"a\":1}\n\n  2",
		verschachtelt(64), verschachtelt(65), "{\"x\":\n" + strings.Repeat("[", 1000),
		`["[[[[{{{{"]`, `["\"[[[[", 1]`, `["\\", [[1]]]`, `[[["]]]"], [1]]]`,
		`{"a":[1e1000001]}`, `{"a":[0, 1e-1000001]}`, `[1e400, 1E+400, -1e-400]`, `[1e401]`, `1e1000001`,
		`{"a/b~c":[1E+999]}`, `[` + strings.Repeat("9", 65) + `]`,
		`{"$schema":"https://evil.example/x.json"}`, `{"$schema":42}`,
		`{"$schema":"` + zuschnittID + `","rahmen":"2.0","schwerpunkte":["QD3","QD5"]}`,
		`{"$schema":"` + zuschnittID + `","rahmen":"2.1","schwerpunkte":["QD3","QD3"],"x/y~":1}`,
		rahmenMitFehlern,
	} {
		f.Add([]byte(s))
	}
	v, err := schema.NeuerValidator(schema.Optionen{MaxGroesse: 1 << 16})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		wert, err := v.Dekodiere(data)
		if err != nil {
			var ve *schema.ValidierungsFehler
			if !errors.As(err, &ve) || len(ve.Verletzungen) == 0 {
				t.Fatalf("Dekodiere(%q) = %v; want a *ValidierungsFehler with violations", data, err)
			}
			if !errors.Is(err, schema.ErrUngueltig) {
				t.Fatalf("Dekodiere(%q): %v does not match ErrUngueltig", data, err)
			}
			for _, x := range ve.Verletzungen {
				if x.Meldung == "" || x.Message == "" {
					t.Fatalf("Dekodiere(%q): violation without text: %+v", data, x)
				}
				if x.Zeile < 0 || x.Spalte < 0 || (x.Zeile == 0) != (x.Spalte == 0) || x.Zeile > strings.Count(string(data), "\n")+1 {
					t.Fatalf("Dekodiere(%q): position %d:%d out of range", data, x.Zeile, x.Spalte)
				}
			}
			return
		}
		if !json.Valid(data) {
			t.Fatalf("Dekodiere(%q) accepted invalid JSON", data)
		}
		if art, err := schema.ArtVon(wert); err == nil {
			_ = v.Pruefe(art, wert)
		}
		_ = v.PruefeTeil(schema.ArtRahmen, wert)
		_ = v.PruefeTeil(schema.ArtZuschnitt, wert)
	})
}
