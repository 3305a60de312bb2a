package schema

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
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

func dekodierFehler(err error) Verletzung {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) && te.Field != "" {
		z := "/" + strings.ReplaceAll(te.Field, ".", "/")
		return meldungen.Verletzung(z, "typ", "dekodieren", kuerze(err.Error()))
	}
	return meldungen.Verletzung("", "typ", "dekodieren", kuerze(err.Error()))
}
