package qualitaet

import (
	"encoding/json"
	"io"
	"math/big"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
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
// absent; present, it replaces the default entirely), facts,
// self-assessments, optionally the survey rounds (with agreed results) and
// the round to evaluate ("" for the latest), and optionally the moment of
// the evaluation (Zeitpunkt: ratings dated after its day are not counted;
// absent, no rating is cut off). Vectors without these read and mean what
// they did before.
type KonformitaetsEingabe struct {
	Rahmen          Version         `json:"rahmen"`
	Zuschnitt       *Zuschnitt      `json:"zuschnitt,omitempty"`
	Regelwerk       *Regelwerk      `json:"regelwerk,omitempty"`
	Fakten          FaktenDokument  `json:"fakten"`
	Einschaetzungen []Einschaetzung `json:"einschaetzungen"`
	Runden          []Runde         `json:"runden,omitempty"`
	Runde           string          `json:"runde,omitempty"`
	Zeitpunkt       *time.Time      `json:"zeitpunkt,omitempty"`
}

// FaktenDokument is the JSON form of [Fakten]. Numbers keep their decimal
// text: the engine compares them exactly.
type FaktenDokument struct {
	Zahlen map[string]json.Number `json:"zahlen,omitempty"`
	Listen map[string][]string    `json:"listen,omitempty"`
}

// Fakten returns the facts for the engine: each number as float64 and,
// where its decimal text says more than the float64, exactly (Genau). An
// error names a number a float64 cannot hold.
func (d FaktenDokument) Fakten() (Fakten, error) {
	f := Fakten{Zahlen: make(map[string]float64, len(d.Zahlen)), Listen: d.Listen}
	for name, n := range d.Zahlen {
		z, err := zahlAusText(n.String())
		if err != nil {
			return Fakten{}, err
		}
		f.Zahlen[name] = z.f
		if z.r != nil {
			if f.Genau == nil {
				f.Genau = map[string]*big.Rat{}
			}
			f.Genau[name] = z.r
		}
	}
	return f, nil
}

// KonformitaetsErwartet lists the expected results. Every part is
// optional: absent, it is not checked; present, it must match exactly.
// Dimensionen lists every dimension of the tailored catalogue in order with
// its points (null when not assessed) and coverage; Gesamt the overall
// result; Ziele levels of single goals; Runde the evaluated round;
// Prioritaeten the priorities in order with their values (and optionally
// their reasons' kinds); Streuung every goal with ratings, in the
// Bewertung's order; Vorbewertungen every goal an automated rule assessed,
// in catalogue order; Fehler the violations (JSON pointer into the vector
// and rule) for input the engine must refuse.
type KonformitaetsErwartet struct {
	Dimensionen    []ErwarteteDimension    `json:"dimensionen,omitempty"`
	Gesamt         *Gesamt                 `json:"gesamt,omitempty"`
	Ziele          []ErwartetesZiel        `json:"ziele,omitempty"`
	Runde          string                  `json:"runde,omitempty"`
	Prioritaeten   []ErwartetePrioritaet   `json:"prioritaeten,omitempty"`
	Streuung       []ErwarteteStreuung     `json:"streuung,omitempty"`
	Vorbewertungen []ErwarteteVorbewertung `json:"vorbewertungen,omitempty"`
	Fehler         []ErwarteterFehler      `json:"fehler,omitempty"`
}

// MarshalJSON writes the expectation with every part that is present,
// an empty list included (an empty list is checked: "there is none"),
// and without the parts that are absent.
func (e KonformitaetsErwartet) MarshalJSON() ([]byte, error) {
	liste := func(l any, leer bool) (json.RawMessage, error) {
		if leer {
			return nil, nil
		}
		return json.Marshal(l)
	}
	var out struct {
		Dimensionen    json.RawMessage `json:"dimensionen,omitempty"`
		Gesamt         *Gesamt         `json:"gesamt,omitempty"`
		Ziele          json.RawMessage `json:"ziele,omitempty"`
		Runde          string          `json:"runde,omitempty"`
		Prioritaeten   json.RawMessage `json:"prioritaeten,omitempty"`
		Streuung       json.RawMessage `json:"streuung,omitempty"`
		Vorbewertungen json.RawMessage `json:"vorbewertungen,omitempty"`
		Fehler         json.RawMessage `json:"fehler,omitempty"`
	}
	out.Gesamt, out.Runde = e.Gesamt, e.Runde
	var err error
	for _, f := range []struct {
		ziel *json.RawMessage
		l    any
		leer bool
	}{
		{&out.Dimensionen, e.Dimensionen, e.Dimensionen == nil}, {&out.Ziele, e.Ziele, e.Ziele == nil},
		{&out.Prioritaeten, e.Prioritaeten, e.Prioritaeten == nil}, {&out.Streuung, e.Streuung, e.Streuung == nil},
		{&out.Vorbewertungen, e.Vorbewertungen, e.Vorbewertungen == nil}, {&out.Fehler, e.Fehler, e.Fehler == nil},
	} {
		if *f.ziel, err = liste(f.l, f.leer); err != nil {
			return nil, err
		}
	}
	return json.Marshal(out)
}

// ErwartetePrioritaet is an expected priority: its goal and its value, in
// the order of the ranking, and optionally the kinds of its reasons in
// order.
type ErwartetePrioritaet struct {
	Entwicklungsziel ID               `json:"entwicklungsziel"`
	Wert             float64          `json:"wert"`
	Gruende          []PrioritaetsArt `json:"gruende,omitempty"`
}

// ErwarteteStreuung is the expected result and spread of one goal's
// ratings.
type ErwarteteStreuung struct {
	Entwicklungsziel ID      `json:"entwicklungsziel"`
	Anzahl           int     `json:"anzahl"`
	NichtBeurteilbar int     `json:"nichtBeurteilbar"`
	Median           float64 `json:"median"`
	Spannweite       int     `json:"spannweite"`
	Divergent        bool    `json:"divergent"`
}

// ErwarteteVorbewertung is the expected pre-assessment of one goal: the
// winning rule and its level.
type ErwarteteVorbewertung struct {
	Entwicklungsziel ID     `json:"entwicklungsziel"`
	Regel            string `json:"regel"`
	Stufe            Stufe  `json:"stufe"`
}

// ErwarteterFehler is one violation the engine must report for the
// vector's input: the JSON pointer into the vector and the rule.
type ErwarteterFehler struct {
	Zeiger string `json:"zeiger"`
	Regel  string `json:"regel"`
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
	if k.Eingabe.Regelwerk != nil && k.Erwartet.Fehler == nil {
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
	schema.Eintrag{Schluessel: "konformitaet.dimensionen", DE: "%s, erwartet %s", EN: "%s, expected %s"},
	schema.Eintrag{Schluessel: "konformitaet.abweichung", DE: "%s: %s, erwartet %s", EN: "%s: %s, expected %s"},
	schema.Eintrag{Schluessel: "konformitaet.fehlt", DE: "%s: fehlt in der Bewertung", EN: "%s: missing from the evaluation"},
	schema.Eintrag{Schluessel: "konformitaet.abgelehnt", DE: "die Eingabe wurde abgelehnt (%s), erwartet eine Bewertung", EN: "the input was refused (%s), expected an evaluation"},
	schema.Eintrag{Schluessel: "konformitaet.angenommen", DE: "die Eingabe wurde angenommen, erwartet die Ablehnung %s", EN: "the input was accepted, expected the refusal %s"},
)
