package qualitaet

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"golang.org/x/text/language"
)

// Konformitaetsvektor is a conformance vector (konformitaet.schema.json): a
// language-neutral test case for the evaluation engine. Any implementation
// — in any language — that evaluates Eingabe must produce the figures in
// Erwartet. The vectors live in testdata/konformitaet/.
type Konformitaetsvektor struct {
	Beschreibung string                `json:"beschreibung"`
	Eingabe      KonformitaetsEingabe  `json:"eingabe"`
	Erwartet     KonformitaetsErwartet `json:"erwartet"`
}

// KonformitaetsEingabe is the input of a vector: the catalogue version, an
// optional Zuschnitt, an optional Regelwerk (the embedded default when
// absent), facts, self-assessments, and optionally the survey rounds (with
// agreed results) and the round to evaluate ("" for the latest). Vectors
// without rounds read and mean what they did before rounds existed.
type KonformitaetsEingabe struct {
	Rahmen          Version         `json:"rahmen"`
	Zuschnitt       *Zuschnitt      `json:"zuschnitt,omitempty"`
	Regelwerk       *Regelwerk      `json:"regelwerk,omitempty"`
	Fakten          FaktenDokument  `json:"fakten"`
	Einschaetzungen []Einschaetzung `json:"einschaetzungen"`
	Runden          []Runde         `json:"runden,omitempty"`
	Runde           string          `json:"runde,omitempty"`
}

// FaktenDokument is the JSON form of [Fakten].
type FaktenDokument struct {
	Zahlen map[string]float64  `json:"zahlen,omitempty"`
	Listen map[string][]string `json:"listen,omitempty"`
}

// KonformitaetsErwartet lists the expected results: every dimension of the
// tailored catalogue in order with its points (null when not assessed) and
// coverage, the overall result, and optionally levels of single goals,
// the evaluated round's ID, and the priorities (in order, with their
// values).
type KonformitaetsErwartet struct {
	Dimensionen  []ErwarteteDimension  `json:"dimensionen"`
	Gesamt       Gesamt                `json:"gesamt"`
	Ziele        []ErwartetesZiel      `json:"ziele,omitempty"`
	Runde        string                `json:"runde,omitempty"`
	Prioritaeten []ErwartetePrioritaet `json:"prioritaeten,omitempty"`
}

// ErwartetePrioritaet is an expected priority: its goal and its value, in
// the order of the ranking.
type ErwartetePrioritaet struct {
	Entwicklungsziel ID      `json:"entwicklungsziel"`
	Wert             float64 `json:"wert"`
}

// ErwarteteDimension is the expected result of one dimension.
type ErwarteteDimension struct {
	ID        ID      `json:"id"`
	Punkte    Wert    `json:"punkte"`
	Abdeckung float64 `json:"abdeckung"`
}

// ErwartetesZiel is the expected level and source of one goal.
type ErwartetesZiel struct {
	ID     ID     `json:"id"`
	Stufe  Wert   `json:"stufe"`
	Quelle Quelle `json:"quelle,omitempty"` // "" when the source is not part of the expectation
}

// LiesKonformitaetsvektor reads and validates a conformance vector: its
// schema and the semantic rules of an embedded Regelwerk (see
// [Regelwerk.Validate]), with pointers into the vector
// ("/eingabe/regelwerk/regeln/1/id").
func LiesKonformitaetsvektor(r io.Reader) (*Konformitaetsvektor, error) {
	data, err := schema.Standard().Lies(r)
	if err != nil {
		return nil, err
	}
	var k Konformitaetsvektor
	if err := schema.Standard().Lade(data, schema.ArtKonformitaet, &k); err != nil {
		return nil, err
	}
	if k.Eingabe.Regelwerk != nil {
		// Pointers into the vector, not into the embedded Regelwerk.
		vs := k.Eingabe.Regelwerk.pruefe()
		for i := range vs {
			vs[i].Zeiger = "/eingabe/regelwerk" + vs[i].Zeiger
		}
		if err := schema.NeuerFehler(schema.ArtKonformitaet, vs); err != nil {
			return nil, err
		}
	}
	return &k, nil
}

// Konformitaetszeitpunkt is the fixed moment conformance vectors are
// evaluated at; results do not depend on it.
var Konformitaetszeitpunkt = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// Pruefe evaluates the vector's input and returns every difference from
// the expected figures, one line each in the language tag (empty when the
// engine conforms). Numbers are compared exactly as written: the engine's rounding is part of
// the contract.
func (k *Konformitaetsvektor) Pruefe(tag language.Tag) ([]string, error) {
	r, err := RahmenVersion(k.Eingabe.Rahmen)
	if err != nil {
		return nil, err
	}
	b, err := Bewerte(Eingabe{
		Rahmen: r, Zuschnitt: k.Eingabe.Zuschnitt, Regelwerk: k.Eingabe.Regelwerk,
		Fakten:          Fakten{Zahlen: k.Eingabe.Fakten.Zahlen, Listen: k.Eingabe.Fakten.Listen},
		Einschaetzungen: k.Eingabe.Einschaetzungen, Runden: k.Eingabe.Runden, Runde: k.Eingabe.Runde,
		Zeitpunkt: Konformitaetszeitpunkt,
	})
	if err != nil {
		return nil, err
	}
	var abw []string
	t := func(key string, args ...any) string { return konformitaetsMeldungen.Sprintf(tag, key, args...) }
	zahl := func(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }
	wert := func(w Wert) string {
		if f, ok := w.Zahl(); ok {
			return strconv.FormatFloat(f, 'f', -1, 64)
		}
		return "null"
	}
	gotIDs := make([]ID, len(b.Dimensionen))
	for i, d := range b.Dimensionen {
		gotIDs[i] = d.ID
	}
	wantIDs := make([]ID, len(k.Erwartet.Dimensionen))
	for i, d := range k.Erwartet.Dimensionen {
		wantIDs[i] = d.ID
	}
	if !slices.Equal(gotIDs, wantIDs) {
		abw = append(abw, t("konformitaet.dimensionen", fmt.Sprint(gotIDs), fmt.Sprint(wantIDs)))
	}
	for _, want := range k.Erwartet.Dimensionen {
		got, ok := b.Dimension(want.ID)
		if !ok {
			continue
		}
		if wert(got.Punkte) != wert(want.Punkte) {
			abw = append(abw, t("konformitaet.abweichung", string(want.ID)+" punkte", wert(got.Punkte), wert(want.Punkte)))
		}
		if got.Abdeckung != want.Abdeckung {
			abw = append(abw, t("konformitaet.abweichung", string(want.ID)+" abdeckung", zahl(got.Abdeckung), zahl(want.Abdeckung)))
		}
	}
	if wert(b.Gesamt.Punkte) != wert(k.Erwartet.Gesamt.Punkte) {
		abw = append(abw, t("konformitaet.abweichung", "gesamt punkte", wert(b.Gesamt.Punkte), wert(k.Erwartet.Gesamt.Punkte)))
	}
	if b.Gesamt.Abdeckung != k.Erwartet.Gesamt.Abdeckung {
		abw = append(abw, t("konformitaet.abweichung", "gesamt abdeckung", zahl(b.Gesamt.Abdeckung), zahl(k.Erwartet.Gesamt.Abdeckung)))
	}
	for _, want := range k.Erwartet.Ziele {
		got, ok := b.Ziel(want.ID)
		if !ok {
			abw = append(abw, t("konformitaet.fehlt", string(want.ID)))
			continue
		}
		if wert(got.Stufe) != wert(want.Stufe) {
			abw = append(abw, t("konformitaet.abweichung", string(want.ID)+" stufe", wert(got.Stufe), wert(want.Stufe)))
		}
		if want.Quelle != "" && got.Quelle != want.Quelle {
			abw = append(abw, t("konformitaet.abweichung", string(want.ID)+" quelle", string(got.Quelle), string(want.Quelle)))
		}
	}
	return append(abw, k.pruefeRundeUndPrioritaeten(b)...), nil
}

// pruefeRundeUndPrioritaeten compares the evaluated round and, when the
// vector lists them, the priorities in order with their values.
func (k *Konformitaetsvektor) pruefeRundeUndPrioritaeten(b *Bewertung) []string {
	var abw []string
	if want := k.Erwartet.Runde; want != "" {
		got := ""
		if b.Runde != nil {
			got = b.Runde.ID
		}
		if got != want {
			abw = append(abw, fmt.Sprintf("runde: %q, erwartet %q", got, want))
		}
	}
	if len(k.Erwartet.Prioritaeten) == 0 {
		return abw
	}
	for i, want := range k.Erwartet.Prioritaeten {
		if i >= len(b.Prioritaeten) {
			abw = append(abw, fmt.Sprintf("prioritaet %d: fehlt, erwartet %s", i+1, want.Entwicklungsziel))
			continue
		}
		got := b.Prioritaeten[i]
		if got.Entwicklungsziel != want.Entwicklungsziel || got.Wert != want.Wert {
			abw = append(abw, fmt.Sprintf("prioritaet %d: %s %g, erwartet %s %g", i+1, got.Entwicklungsziel, got.Wert, want.Entwicklungsziel, want.Wert))
		}
	}
	if len(b.Prioritaeten) > len(k.Erwartet.Prioritaeten) {
		abw = append(abw, fmt.Sprintf("prioritaeten: %d, erwartet %d", len(b.Prioritaeten), len(k.Erwartet.Prioritaeten)))
	}
	return abw
}

// Dokument returns the vector as an indented JSON document with "$schema",
// checked against its schema: what it returns, [LiesKonformitaetsvektor]
// reads back.
func (k *Konformitaetsvektor) Dokument() ([]byte, error) {
	data, err := json.MarshalIndent(struct {
		Schema string `json:"$schema"`
		*Konformitaetsvektor
	}{schema.ArtKonformitaet.ID(), k}, "", "  ")
	if err != nil {
		return nil, err
	}
	v := schema.Standard()
	wert, err := v.Dekodiere(data)
	if err != nil {
		return nil, err
	}
	if err := v.Pruefe(schema.ArtKonformitaet, wert); err != nil {
		return nil, err
	}
	return data, nil
}

// konformitaetsMeldungen holds the differences [Konformitaetsvektor.Pruefe]
// reports, in German and English. Field names (punkte, abdeckung, stufe,
// quelle) are those of the document and stay as they are.
var konformitaetsMeldungen = schema.NeuerKatalog(
	schema.Eintrag{Schluessel: "konformitaet.dimensionen", DE: "Dimensionen: %s, erwartet %s", EN: "dimensions: %s, expected %s"},
	schema.Eintrag{Schluessel: "konformitaet.abweichung", DE: "%s: %s, erwartet %s", EN: "%s: %s, expected %s"},
	schema.Eintrag{Schluessel: "konformitaet.fehlt", DE: "%s: fehlt in der Bewertung", EN: "%s: missing from the evaluation"},
)
