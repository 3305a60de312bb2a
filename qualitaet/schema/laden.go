package schema

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"golang.org/x/text/language"
)

// Lade is the whole way in for a document of kind art: decode (see
// [Validator.Dekodiere]; a key twice in one object is refused there),
// check "$schema", validate against the schema, then fill dst from the
// validated tree. Semantic checks are the caller's next step. Any failure
// is a [*ValidierungsFehler]; dst may then be partly written and must not
// be used.
//
// Validation and decoding see one and the same tree, so a value the schema
// refuses never reaches dst, and one it accepts loads: a number the schema
// types as "integer" may be written 2.0 or 1e2, and a "date-time" may use
// any form RFC 3339 allows — lowercase "t" and "z", or a leap second, which
// time.Time (having none) holds as the last nanosecond before it.
func (v *Validator) Lade(data []byte, art Art, dst any) error {
	return v.lade(data, art, dst, true)
}

// LadeTeil is [Validator.Lade] for a document that may stand on its own or
// be a part of another: without "$schema" it is validated against the
// schema of kind art all the same (see [Validator.PruefeTeil]); with one, it
// must name that schema.
func (v *Validator) LadeTeil(data []byte, art Art, dst any) error {
	return v.lade(data, art, dst, false)
}

func (v *Validator) lade(data []byte, art Art, dst any, mitSchema bool) error {
	s, ok := v.k.schemas[art]
	if !ok || art == ArtGemeinsam {
		return fmt.Errorf("schema: kein Schema für Dokumentart %q", string(art))
	}
	wert, err := v.Dekodiere(data)
	if err != nil {
		return err
	}
	if obj, ok := wert.(map[string]any); !mitSchema && (!ok || obj["$schema"] == nil) {
		err = v.pruefeSchema(art, s, wert, true)
	} else {
		err = v.pruefe(art, s, wert, true)
	}
	if err != nil {
		return err
	}
	return v.fuelle(art, wert, data, dst)
}

// fuelle fills dst from wert, a tree decoded from data and valid against
// the schema of art. The tree is brought into the form Go's decoding takes
// (see [Validator.Lade]); where that changed nothing, data itself is
// decoded — the same tree, since Dekodiere refuses duplicate keys — else
// the tree is written out and decoded.
func (v *Validator) fuelle(art Art, wert any, data []byte, dst any) error {
	if k := v.k.schnell[art]; k != nil {
		var geaendert bool
		if wert, geaendert = k.Normalisiere(wert); geaendert {
			var err error
			if data, err = json.Marshal(wert); err != nil {
				return NeuerFehler(art, []Verletzung{dekodierFehler(err)})
			}
		}
	}
	if err := json.Unmarshal(data, dst); err != nil {
		return NeuerFehler(art, []Verletzung{dekodierFehler(err)})
	}
	return nil
}

// dekodierFehler turns an error of filling Go values from a validated tree
// into a violation. It is worded from the error's type and position, never
// from its text, which is English (encoding/json) or names Go identifiers:
// a JSON value of the wrong kind at a location, an error of the library that
// words itself in both languages, else that the value does not fit.
func dekodierFehler(err error) Verletzung {
	var te *json.UnmarshalTypeError
	var t interface{ Text(language.Tag) string }
	switch {
	case errors.As(err, &te):
		zeiger := ""
		if te.Field != "" {
			zeiger = "/" + strings.ReplaceAll(te.Field, ".", "/")
		}
		art, _, _ := strings.Cut(te.Value, " ") // "number 2.5" → "number"
		name, ok := typNamen[art]
		if !ok {
			return meldungen.Verletzung(zeiger, "typ", "dekodieren")
		}
		return Verletzung{Zeiger: zeiger, Regel: "typ",
			Meldung: meldungen.Sprintf(language.German, "dekodieren.typ", name[0]),
			Message: meldungen.Sprintf(language.English, "dekodieren.typ", name[1])}
	case errors.As(err, &t):
		return Verletzung{Regel: "typ",
			Meldung: meldungen.Sprintf(language.German, "dekodieren.grund", t.Text(language.German)),
			Message: meldungen.Sprintf(language.English, "dekodieren.grund", t.Text(language.English))}
	}
	return meldungen.Verletzung("", "typ", "dekodieren")
}
