package qualitaet

import (
	"embed"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"golang.org/x/text/language"
)

// Regelwerk is a set of scoring rules as data (Regelwerk): the ordinal scale
// for Entwicklungsziele, weights, automated rules that pre-assess goals from
// facts of a profile, and how levels are aggregated into scores. The NZFH
// holds that quality indicators must be negotiated locally, so a Kommune or a
// Land reads, changes and shares this document; nothing of it is fixed in
// code. The default is [StandardRegelwerk]; others are read with
// [LiesRegelwerk]. A Regelwerk is not changed by evaluation and is safe for
// concurrent use.
//
// Every Regelwerk says what it is: Herkunft is its provenance (the default
// is [HerkunftErgaenzt], this library's own proposal — the NZFH publishes no
// numeric scale) and Hinweis is the one line a report prints about it.
type Regelwerk struct {
	ID           string        `json:"id"`
	Version      string        `json:"version"`
	Titel        string        `json:"titel"`
	Beschreibung string        `json:"beschreibung,omitempty"`
	Herkunft     Herkunft      `json:"herkunft"`
	Hinweis      string        `json:"hinweis"`
	Skala        []Skalenstufe `json:"skala"`
	Gewichte     Gewichte      `json:"gewichte"`
	Regeln       []Regel       `json:"regeln"`
	Aggregation  Aggregation   `json:"aggregation"`
}

// Skalenstufe labels one level of the scale in German and English.
type Skalenstufe struct {
	Stufe          Stufe  `json:"stufe"`
	Bezeichnung    string `json:"bezeichnung"`
	BezeichnungEn  string `json:"bezeichnungEn"`
	Beschreibung   string `json:"beschreibung,omitempty"`
	BeschreibungEn string `json:"beschreibungEn,omitempty"`
}

// Gewichte are the weights of dimensions and Entwicklungsziele. Anything not
// listed weighs 1. Weights are positive decimals; read from a document,
// they keep their decimal text, and the engine computes with it exactly.
type Gewichte struct {
	Dimensionen       map[ID]float64 `json:"dimensionen,omitempty"`
	Entwicklungsziele map[ID]float64 `json:"entwicklungsziele,omitempty"`

	// genau holds the decimal text of weights read from a document whose
	// text says more than their float64 (see [Gewichte.UnmarshalJSON]).
	genau map[ID]string
}

// Dimension returns the weight of dimension id (1 unless listed).
func (g Gewichte) Dimension(id ID) float64 {
	if w, ok := g.Dimensionen[id]; ok {
		return w
	}
	return 1
}

// Entwicklungsziel returns the weight of goal id (1 unless listed).
func (g Gewichte) Entwicklungsziel(id ID) float64 {
	if w, ok := g.Entwicklungsziele[id]; ok {
		return w
	}
	return 1
}

// Operator compares a fact with a rule's threshold.
type Operator string

// The operators of automated rules.
const (
	// Vorhanden: the fact is known (present), whatever its value.
	Vorhanden Operator = "vorhanden"
	// Gleich: the number equals Wert.
	Gleich Operator = "gleich"
	// Mindestens: the number is ≥ Wert.
	Mindestens Operator = "mindestens"
	// Hoechstens: the number is ≤ Wert.
	Hoechstens Operator = "hoechstens"
	// Zwischen: the number lies in [Von, Bis], both ends included.
	Zwischen Operator = "zwischen"
	// Enthaelt: the list fact contains Text.
	Enthaelt Operator = "enthaelt"
)

var operatoren = []Operator{Vorhanden, Gleich, Mindestens, Hoechstens, Zwischen, Enthaelt}

// ParseOperator parses an operator name.
func ParseOperator(s string) (Operator, error) { return parseEnum("Operator", operatoren, s) }

// Valid reports whether o is a known operator.
func (o Operator) Valid() bool { return slices.Contains(operatoren, o) }

// String returns the operator's name, or "Operator(x)".
func (o Operator) String() string { return enumString("Operator", operatoren, o) }

// MarshalText encodes a known operator.
func (o Operator) MarshalText() ([]byte, error) { return enumMarshal("Operator", operatoren, o) }

// UnmarshalText accepts exactly the known operators.
func (o *Operator) UnmarshalText(b []byte) error {
	x, err := ParseOperator(string(b))
	if err == nil {
		*o = x
	}
	return err
}

// Regel is an automated rule: if the fact named Fakt satisfies the operator
// with the threshold, the Entwicklungsziel is pre-assessed at Stufe, with a
// reason from the template. Templates may use {wert} (the fact's value),
// {schwelle} (the threshold: Wert, Text, or "Von–Bis") and {fakt} (the
// fact's name). A fact that is absent never satisfies a rule, except that
// nothing satisfies Vorhanden either.
//
// Fakt must be a name of the fact catalogue ([Faktkatalog]) of the kind the
// operator needs (a list for enthaelt, a number for the comparisons).
// Grundlage (basis) says which words of the goal the fact evidences and
// what it does not show; a rule that cannot name one has no place in a
// Regelwerk. GrundlageEn is the same in English (optional).
type Regel struct {
	ID               string   `json:"id"`
	Entwicklungsziel ID       `json:"entwicklungsziel"`
	Fakt             string   `json:"fakt"`
	Grundlage        string   `json:"grundlage"`
	GrundlageEn      string   `json:"grundlageEn,omitempty"`
	Operator         Operator `json:"operator"`
	Wert             *float64 `json:"wert,omitempty"`
	Von              *float64 `json:"von,omitempty"`
	Bis              *float64 `json:"bis,omitempty"`
	Text             string   `json:"text,omitempty"`
	Stufe            Stufe    `json:"stufe"`
	Begruendung      string   `json:"begruendung"`
	BegruendungEn    string   `json:"begruendungEn"`

	// genau holds, for wert, von and bis, the decimal text read from the
	// document when it says more than the float64 (see [Regel.Schwellen]).
	genau [3]string
}

// GeradeAnzahl says which value the median of an even number of ratings
// takes.
type GeradeAnzahl string

// The rules for the median of an even count.
const (
	// UntererMedian takes the lower of the two middle ratings (the default:
	// on an ordinal scale it never claims more than a rater said).
	UntererMedian GeradeAnzahl = "unterer"
	// ObererMedian takes the higher of the two middle ratings.
	ObererMedian GeradeAnzahl = "oberer"
	// MittelDerMitte takes the mean of the two middle ratings (may be x.5).
	MittelDerMitte GeradeAnzahl = "mittelwert"
)

var geradeAnzahlen = []GeradeAnzahl{UntererMedian, ObererMedian, MittelDerMitte}

// Valid reports whether g is a known rule.
func (g GeradeAnzahl) Valid() bool { return slices.Contains(geradeAnzahlen, g) }

// String returns the rule's name, or "GeradeAnzahl(x)".
func (g GeradeAnzahl) String() string { return enumString("GeradeAnzahl", geradeAnzahlen, g) }

// MarshalText encodes a known rule.
func (g GeradeAnzahl) MarshalText() ([]byte, error) {
	return enumMarshal("GeradeAnzahl", geradeAnzahlen, g)
}

// UnmarshalText accepts exactly the known rules.
func (g *GeradeAnzahl) UnmarshalText(b []byte) error {
	x, err := parseEnum("GeradeAnzahl", geradeAnzahlen, string(b))
	if err == nil {
		*g = x
	}
	return err
}

// Aggregation fixes how levels become scores. The rule, exactly (see also
// the README, section "Bewertung"):
//
//   - Level of a goal: the result of its self-assessments if it has any
//     rating; otherwise the highest level awarded by a rule whose condition
//     holds (ties: the first such rule in document order); otherwise the goal
//     is not assessed. Not assessed is never 0.
//   - Result of the ratings (Ergebnis der Einschätzungen): the median of the
//     ratings of the evaluated round (entries "nicht beurteilbar" are no
//     ratings; of several entries by the same rater — rater key, else
//     person, compared after NFC — for the same goal only the latest counts,
//     on the same day the later in the list, even when it is "nicht
//     beurteilbar"; an entry with neither key nor person is a rater of its
//     own; entries dated after the day of Eingabe.Zeitpunkt do not count; an
//     agreed Dialogergebnis replaces the result); an even count takes the
//     value GeradeAnzahl says. Spread = maximum − minimum; a goal is divergent when the spread is
//     at least DivergenzSchwelle.
//   - Dimension points = 100 · Σ(w·L/4) / Σ w over the assessed goals of the
//     dimension (w = goal weight, L = level); null when no goal is assessed.
//     Coverage = Σ w (assessed) / Σ w (all goals of the dimension).
//   - Overall points = Σ(W·P) / Σ W over the dimensions with points, with W
//     = dimension weight × SchwerpunktFaktor for focus dimensions, P the
//     unrounded dimension points; overall coverage = Σ(W·C) / Σ W over all
//     dimensions.
//   - All arithmetic is exact (rational numbers from the decimal weights);
//     only the results are rounded, half away from zero: points to one
//     decimal place, coverage to four.
type Aggregation struct {
	// SchwerpunktFaktor multiplies the weight of focus dimensions in the
	// overall score; 0 means 1.
	SchwerpunktFaktor float64 `json:"schwerpunktFaktor,omitempty"`
	// GeradeAnzahl is the median rule for an even count; "" means unterer.
	GeradeAnzahl GeradeAnzahl `json:"geradeAnzahl,omitempty"`
	// DivergenzSchwelle is the spread from which ratings diverge; 0 means 2.
	DivergenzSchwelle int `json:"divergenzSchwelle,omitempty"`
	// Prioritaeten is how many priorities a Bewertung lists; 0 means 10.
	Prioritaeten int `json:"prioritaeten,omitempty"`
	// Entwicklungsbedarf weighs a priority by the development need the
	// raters see (see [BedarfsGewichte]); nil means the defaults.
	Entwicklungsbedarf *BedarfsGewichte `json:"entwicklungsbedarf,omitempty"`

	// genauFaktor is SchwerpunktFaktor's decimal text when it says more
	// than the float64 (see [Aggregation.UnmarshalJSON]).
	genauFaktor string
}

func (a Aggregation) geradeAnzahl() GeradeAnzahl {
	if a.GeradeAnzahl == "" {
		return UntererMedian
	}
	return a.GeradeAnzahl
}

func (a Aggregation) divergenzSchwelle() int {
	if a.DivergenzSchwelle <= 0 {
		return 2
	}
	return a.DivergenzSchwelle
}

func (a Aggregation) prioritaeten() int {
	if a.Prioritaeten <= 0 {
		return 10
	}
	return a.Prioritaeten
}

//go:embed regelwerk/*.json
var regelwerkDateien embed.FS

var standardRegelwerk = sync.OnceValues(func() (*Regelwerk, error) {
	data, err := regelwerkDateien.ReadFile("regelwerk/standard.json")
	if err != nil {
		return nil, err
	}
	return ParseRegelwerk(data)
})

// StandardRegelwerk returns the embedded default Regelwerk. Each call returns
// a copy of its own.
func StandardRegelwerk() *Regelwerk {
	rw, err := standardRegelwerk()
	if err != nil {
		panic(err) // embedded, tested data
	}
	return rw.clone()
}

func (rw *Regelwerk) clone() *Regelwerk {
	c := *rw
	c.Skala = slices.Clone(rw.Skala)
	c.Regeln = slices.Clone(rw.Regeln)
	c.Gewichte.Dimensionen = cloneMap(rw.Gewichte.Dimensionen)
	c.Gewichte.Entwicklungsziele = cloneMap(rw.Gewichte.Entwicklungsziele)
	return &c
}

func cloneMap[K comparable, V any](m map[K]V) map[K]V {
	if m == nil {
		return nil
	}
	c := make(map[K]V, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}

// LiesRegelwerk reads a Regelwerk document from r and validates it against
// regelwerk.schema.json and the semantic rules (see [Regelwerk.Validate]).
func LiesRegelwerk(r io.Reader) (*Regelwerk, error) {
	data, err := schema.Standard().Lies(r)
	if err != nil {
		return nil, err
	}
	return ParseRegelwerk(data)
}

// ParseRegelwerk is [LiesRegelwerk] on bytes.
func ParseRegelwerk(data []byte) (*Regelwerk, error) {
	var rw Regelwerk
	if err := schema.Standard().Lade(data, schema.ArtRegelwerk, &rw); err != nil {
		return nil, err
	}
	for _, s := range []*string{&rw.Titel, &rw.Beschreibung, &rw.Hinweis} {
		nfc(s)
	}
	for i := range rw.Regeln {
		nfc(&rw.Regeln[i].Begruendung)
		nfc(&rw.Regeln[i].BegruendungEn)
		nfc(&rw.Regeln[i].Text)
		nfc(&rw.Regeln[i].Grundlage)
		nfc(&rw.Regeln[i].GrundlageEn)
	}
	for i := range rw.Skala {
		nfc(&rw.Skala[i].Bezeichnung)
		nfc(&rw.Skala[i].Beschreibung)
	}
	if err := rw.Validate(); err != nil {
		return nil, err
	}
	return &rw, nil
}

// Validate checks the semantic rules of a Regelwerk: it states a known
// provenance (Herkunft) and a Hinweis; the scale lists each level 0–4
// exactly once in order; weights are positive and name valid dimension or
// goal IDs; rule IDs are unique; each rule names a goal, a fact of the fact
// catalogue ([Faktkatalog]) of the kind its operator needs, its Grundlage, a
// known operator with the threshold it needs (a finite Wert for gleich,
// mindestens, hoechstens; finite Von ≤ Bis for zwischen; Text for enthaelt;
// none for vorhanden) and a level on the scale; templates use only known
// placeholders; a SchwerpunktFaktor other than 0 is a positive weight.
// Whether the named goals exist in a catalogue is checked when evaluating.
func (rw *Regelwerk) Validate() error {
	return schema.NeuerFehler(schema.ArtRegelwerk, rw.pruefe())
}

// verletzungen collects violations of a Regelwerk from the engine's and the
// Regelwerk's message catalogues.
type verletzungen []schema.Verletzung

func (vs *verletzungen) add(z, regel, key string, args ...any) {
	*vs = append(*vs, bewertungsMeldungen.Verletzung(z, regel, key, args...))
}

func (vs *verletzungen) addRW(z, regel, key string, args ...any) {
	*vs = append(*vs, regelwerkMeldungen.Verletzung(z, regel, key, args...))
}

func (rw *Regelwerk) pruefe() []schema.Verletzung {
	var vs verletzungen
	v := vs.add
	if !rw.Herkunft.Valid() {
		vs.addRW("/herkunft", "enum", "regelwerk.herkunft", string(rw.Herkunft), herkunftsListe())
	}
	if strings.TrimSpace(rw.Hinweis) == "" {
		vs.addRW("/hinweis", "minLength", "regelwerk.hinweis")
	}
	if len(rw.Skala) != int(MaxStufe)+1 {
		v("/skala", "skala", "skala.laenge", strconv.Itoa(int(MaxStufe)+1))
	}
	for i, s := range rw.Skala {
		if s.Stufe != Stufe(i) {
			v(schema.Zeiger("skala", i, "stufe"), "skala", "skala.reihenfolge", strconv.Itoa(i))
		}
	}
	for id, w := range rw.Gewichte.Dimensionen {
		if id.Art() != IDDimension {
			v(schema.Zeiger("gewichte", "dimensionen", string(id)), "id", "gewicht.id", string(id))
		}
		if !(w > 0) || math.IsInf(w, 0) {
			v(schema.Zeiger("gewichte", "dimensionen", string(id)), "gewicht", "gewicht.positiv")
		}
	}
	for id, w := range rw.Gewichte.Entwicklungsziele {
		if !id.IsZiel() {
			v(schema.Zeiger("gewichte", "entwicklungsziele", string(id)), "id", "gewicht.id", string(id))
		}
		if !(w > 0) || math.IsInf(w, 0) {
			v(schema.Zeiger("gewichte", "entwicklungsziele", string(id)), "gewicht", "gewicht.positiv")
		}
	}
	ids := map[string]int{}
	for i, r := range rw.Regeln {
		p := schema.Zeiger("regeln", i)
		if j, ok := ids[r.ID]; ok {
			v(p+"/id", "eindeutig", "regel.doppelt", r.ID, strconv.Itoa(j))
		} else {
			ids[r.ID] = i
		}
		r.pruefe(p, &vs)
	}
	// 0 means the default 1; anything else must be a positive weight.
	if f := rw.Aggregation.SchwerpunktFaktor; f != 0 && (!(f > 0) || math.IsInf(f, 0)) {
		v("/aggregation/schwerpunktFaktor", "gewicht", "gewicht.positiv")
	}
	if g := rw.Aggregation.GeradeAnzahl; g != "" && !g.Valid() {
		v("/aggregation/geradeAnzahl", "enum", "aggregation.geradeAnzahl", string(g))
	}
	return vs
}

// pruefe checks one rule at pointer p.
func (r Regel) pruefe(p string, vs *verletzungen) {
	v := vs.add
	if !r.Entwicklungsziel.IsZiel() {
		v(p+"/entwicklungsziel", "id", "regel.ziel", string(r.Entwicklungsziel))
	}
	if r.Fakt == "" {
		v(p+"/fakt", "minLength", "regel.fakt")
	} else if f, ok := FaktBeschreibung(r.Fakt); !ok {
		vs.addRW(p+"/fakt", "fakt", "regel.faktUnbekannt", r.Fakt)
	} else if liste := r.Operator == Enthaelt; r.Operator.Valid() && r.Operator != Vorhanden && f.Liste != liste {
		key := "regel.faktZahl"
		if liste {
			key = "regel.faktListe"
		}
		vs.addRW(p+"/fakt", "fakt", key, r.Fakt, string(r.Operator))
	}
	if strings.TrimSpace(r.Grundlage) == "" {
		vs.addRW(p+"/grundlage", "minLength", "regel.grundlage")
	}
	if !r.Stufe.Valid() {
		v(p+"/stufe", "skala", "regel.stufe", strconv.Itoa(int(r.Stufe)))
	}
	switch r.Operator {
	case Vorhanden:
		if r.Wert != nil || r.Von != nil || r.Bis != nil || r.Text != "" {
			v(p, "schwelle", "regel.schwelleUnnoetig", string(r.Operator))
		}
	case Gleich, Mindestens, Hoechstens:
		if r.Wert == nil || !endlich(*r.Wert) || r.Von != nil || r.Bis != nil || r.Text != "" {
			v(p, "schwelle", "regel.schwelleWert", string(r.Operator))
		}
	case Zwischen:
		if r.Von == nil || r.Bis == nil || !endlich(*r.Von) || !endlich(*r.Bis) || r.Wert != nil || r.Text != "" {
			v(p, "schwelle", "regel.schwelleVonBis")
		} else if vergleicheZahlen(r.schwelle(1), r.schwelle(2)) > 0 {
			v(p+"/bis", "schwelle", "regel.vonBis")
		}
	case Enthaelt:
		if r.Text == "" || r.Wert != nil || r.Von != nil || r.Bis != nil {
			v(p, "schwelle", "regel.schwelleText")
		}
	default:
		v(p+"/operator", "enum", "regel.operator", string(r.Operator))
	}
	for _, feld := range []string{"begruendung", "begruendungEn"} {
		t := r.Begruendung
		if feld == "begruendungEn" {
			t = r.BegruendungEn
		}
		if u := unbekannterPlatzhalter(t); u != "" {
			v(p+"/"+feld, "vorlage", "regel.platzhalter", u)
		}
	}
}

// herkunftsListe names the known provenances, comma-separated.
func herkunftsListe() string {
	namen := make([]string, len(herkuenfte))
	for i, h := range herkuenfte {
		namen[i] = string(h)
	}
	return strings.Join(namen, ", ")
}

// endlich reports whether x is a figure (neither NaN nor infinite).
func endlich(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }

func unbekannterPlatzhalter(t string) string {
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 {
			return ""
		}
		j := strings.IndexByte(t[i:], '}')
		if j < 0 {
			return t[i:]
		}
		switch name := t[i+1 : i+j]; name {
		case "wert", "schwelle", "fakt":
		default:
			return "{" + name + "}"
		}
		t = t[i+j+1:]
	}
}

// Bezeichnung returns the label of level s in the language tag (English
// for an English tag, else German).
func (rw *Regelwerk) Bezeichnung(s Stufe, tag language.Tag) string {
	for _, st := range rw.Skala {
		if st.Stufe == s {
			if schema.Sprache(tag) == language.English {
				return st.BezeichnungEn
			}
			return st.Bezeichnung
		}
	}
	return s.String()
}

// Dokument returns the Regelwerk as a JSON document with its "$schema".
func (rw *Regelwerk) Dokument() ([]byte, error) {
	return json.MarshalIndent(struct {
		Schema string `json:"$schema"`
		*Regelwerk
	}{schema.ArtRegelwerk.ID(), rw}, "", "  ")
}

// schwelleText renders a rule's threshold for reasons.
func (r Regel) schwelleText(zahl func(float64) string) string {
	switch r.Operator {
	case Gleich, Mindestens, Hoechstens:
		return zahl(*r.Wert)
	case Zwischen:
		return zahl(*r.Von) + "–" + zahl(*r.Bis)
	case Enthaelt:
		return r.Text
	}
	return ""
}

func (r Regel) String() string {
	return fmt.Sprintf("%s: %s %s → %s", r.ID, r.Fakt, r.Operator, r.Stufe)
}
