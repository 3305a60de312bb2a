package vergleich

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
	"github.com/fruehehilfen/qualitaetsrahmen/netzwerk"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/beschriftung"
)

// Merkmal is a structural feature (Strukturmerkmal) of a Kommune that peer
// matching compares. It is a typed string; the zero value is no feature.
type Merkmal string

// The structural features, in the order they are listed and break ties.
const (
	// MerkmalGebietsart: Kreis or Stadt ([Gebietsart]), derived from the name.
	// Categorical: equal or not.
	MerkmalGebietsart Merkmal = "gebietsart"
	// MerkmalBevoelkerung: population ([kommune.KennzahlBevoelkerung]).
	MerkmalBevoelkerung Merkmal = "bevoelkerung"
	// MerkmalKinderU3: children under 3 ([kommune.KennzahlKinderU3]).
	MerkmalKinderU3 Merkmal = "kinderU3"
	// MerkmalArmutsanteilU3: share of children under 3 in poverty, percent
	// ([kommune.KennzahlArmutAnteilU3]).
	MerkmalArmutsanteilU3 Merkmal = "armutAnteilU3"
	// MerkmalBudgetProKindU3: budget for Frühe Hilfen per child under 3, €
	// ([kommune.KennzahlBudgetProKindU3]).
	MerkmalBudgetProKindU3 Merkmal = "budgetProKindU3"
	// MerkmalNetzwerkAlter: age of the network in years on the reference
	// day ([kommune.KennzahlNetzwerkAlter]).
	MerkmalNetzwerkAlter Merkmal = "netzwerkAlter"
	// MerkmalSektorAbdeckung: covered share (0–1) of the reference sectors
	// ([netzwerk.SektorAbdeckung] against netzwerk.Referenzsektoren).
	MerkmalSektorAbdeckung Merkmal = "sektorAbdeckung"
)

var alleMerkmale = []Merkmal{MerkmalGebietsart, MerkmalBevoelkerung, MerkmalKinderU3, MerkmalArmutsanteilU3,
	MerkmalBudgetProKindU3, MerkmalNetzwerkAlter, MerkmalSektorAbdeckung}

// Merkmale returns every structural feature in a fixed order.
func Merkmale() []Merkmal { return slices.Clone(alleMerkmale) }

// ParseMerkmal parses the name of a structural feature ("bevoelkerung", …).
func ParseMerkmal(s string) (Merkmal, error) {
	m := Merkmal(s)
	if !m.Valid() {
		return "", fmt.Errorf("vergleich: unbekanntes Merkmal %q", s)
	}
	return m, nil
}

// Valid reports whether m is one of [Merkmale].
func (m Merkmal) Valid() bool { return slices.Contains(alleMerkmale, m) }

// String returns the feature's name, or Merkmal("…") for an unknown one.
func (m Merkmal) String() string {
	if m.Valid() {
		return string(m)
	}
	return fmt.Sprintf("Merkmal(%q)", string(m))
}

// MarshalText encodes a known feature as its name.
func (m Merkmal) MarshalText() ([]byte, error) {
	if !m.Valid() {
		return nil, fmt.Errorf("vergleich: unbekanntes Merkmal %q", string(m))
	}
	return []byte(m), nil
}

// UnmarshalText accepts exactly the names of [Merkmale].
func (m *Merkmal) UnmarshalText(b []byte) error {
	x, err := ParseMerkmal(string(b))
	if err != nil {
		return err
	}
	*m = x
	return nil
}

// Kategorial reports whether the feature is categorical (compared equal or
// not) rather than a number.
func (m Merkmal) Kategorial() bool { return m == MerkmalGebietsart }

// Name returns the feature's name for people in the language tag, or
// String() for an unknown feature.
func (m Merkmal) Name(tag language.Tag) string {
	if !m.Valid() {
		return m.String()
	}
	return vergleichMeldungen.Sprintf(tag, "merkmal."+string(m))
}

// Gebietsart says whether a Kommune is a district (Kreis: Landkreis,
// Kreis, Region) or a city (Stadt). The zero value is unknown.
type Gebietsart string

// The kinds of area.
const (
	Kreis Gebietsart = "kreis"
	Stadt Gebietsart = "stadt"
)

// Valid reports whether g is Kreis or Stadt.
func (g Gebietsart) Valid() bool { return g == Kreis || g == Stadt }

// String returns "kreis" or "stadt", or Gebietsart("…") otherwise.
func (g Gebietsart) String() string {
	if g.Valid() {
		return string(g)
	}
	return fmt.Sprintf("Gebietsart(%q)", string(g))
}

// MarshalText encodes Kreis or Stadt.
func (g Gebietsart) MarshalText() ([]byte, error) {
	if !g.Valid() {
		return nil, fmt.Errorf("vergleich: unbekannte Gebietsart %q", string(g))
	}
	return []byte(g), nil
}

// UnmarshalText accepts exactly "kreis" and "stadt".
func (g *Gebietsart) UnmarshalText(b []byte) error {
	x := Gebietsart(b)
	if !x.Valid() {
		return fmt.Errorf("vergleich: unbekannte Gebietsart %q", string(b))
	}
	*g = x
	return nil
}

// Name returns "Kreis"/"Stadt" (English "district"/"city"), or String()
// for an unknown value.
func (g Gebietsart) Name(tag language.Tag) string {
	if !g.Valid() {
		return g.String()
	}
	return vergleichMeldungen.Sprintf(tag, "gebietsart."+string(g))
}

var kreisPraefixe = []string{"landkreis", "lk", "lk.", "lkr", "lkr.", "kreis", "region", "regionalverband", "staedteregion"}

// GebietsartAusName derives Kreis or Stadt from a Kommune's name, since a
// profile has no field for it. The rules, on the name normalised (lower
// case, umlauts spelt out) and split into words at spaces and dashes:
//
//  1. the first word is "Landkreis", "LK", "Lkr.", "Kreis", "Region",
//     "Regionalverband" or "Städteregion": Kreis ("Landkreis Neustadt an
//     der Waldnaab" is a Kreis although "stadt" occurs in it);
//  2. a word ends in "stadt" ("Stadt Musterstadt", "Hansestadt Rostock",
//     "Große Kreisstadt Meißen", "Darmstadt"): Stadt;
//  3. a word ends in "kreis" ("Wetteraukreis", "Rheingau-Taunus-Kreis",
//     "Rhein-Kreis Neuss"): Kreis.
//
// A bare name ("Dortmund", "Berlin-Pankow") says neither: it reports false,
// and the feature is absent for that Kommune.
func GebietsartAusName(name string) (Gebietsart, bool) {
	woerter := strings.FieldsFunc(beschriftung.Normiere(name), func(r rune) bool { return r == ' ' || r == '-' })
	if len(woerter) == 0 {
		return "", false
	}
	if slices.Contains(kreisPraefixe, woerter[0]) {
		return Kreis, true
	}
	for _, w := range woerter {
		if strings.HasSuffix(w, "stadt") {
			return Stadt, true
		}
	}
	for _, w := range woerter {
		if strings.HasSuffix(w, "kreis") {
			return Kreis, true
		}
	}
	return "", false
}

// Gewichte are the weights of the structural features in the similarity.
// The zero value means the default weights ([StandardGewichte]). A Gewichte
// with at least one weight set is taken as it is: a weight of 0 leaves its
// feature out. Weights must be finite and not negative.
type Gewichte struct {
	Gebietsart      float64
	Bevoelkerung    float64
	KinderU3        float64
	ArmutsanteilU3  float64
	BudgetProKindU3 float64
	NetzwerkAlter   float64
	SektorAbdeckung float64
}

// StandardGewichte returns the default weights. They follow Oder-Spree's
// wish to talk to Kommunen "of similar structure": whether Kreis or Stadt
// weighs most (3), size and social situation next (population 2, poverty
// share 2), and children under 3, budget per child, network age and sector
// coverage 1 each. Population and children under 3 move together, which is
// why the second counts less.
func StandardGewichte() Gewichte {
	return Gewichte{Gebietsart: 3, Bevoelkerung: 2, KinderU3: 1, ArmutsanteilU3: 2, BudgetProKindU3: 1,
		NetzwerkAlter: 1, SektorAbdeckung: 1}
}

func (g Gewichte) wirksam() Gewichte {
	if g == (Gewichte{}) {
		return StandardGewichte()
	}
	return g
}

// Gewicht returns the weight of the feature m in effect: the default when g
// is the zero value, 0 for an unknown feature.
func (g Gewichte) Gewicht(m Merkmal) float64 {
	g = g.wirksam()
	switch m {
	case MerkmalGebietsart:
		return g.Gebietsart
	case MerkmalBevoelkerung:
		return g.Bevoelkerung
	case MerkmalKinderU3:
		return g.KinderU3
	case MerkmalArmutsanteilU3:
		return g.ArmutsanteilU3
	case MerkmalBudgetProKindU3:
		return g.BudgetProKindU3
	case MerkmalNetzwerkAlter:
		return g.NetzwerkAlter
	case MerkmalSektorAbdeckung:
		return g.SektorAbdeckung
	}
	return 0
}

func (g Gewichte) pruefe() error {
	for _, m := range alleMerkmale {
		w := g.Gewicht(m)
		if math.IsNaN(w) || math.IsInf(w, 0) || w < 0 {
			return neuerVergleichsFehler(ErrGewicht, "fehler.gewicht", m.Name(language.German), fmt.Sprint(w))
		}
	}
	return nil
}

// Strukturmerkmale are the structural features of one Kommune: its name and
// the features known for it. Werte holds numbers; Gebietsart is held there
// as 1 for Kreis and 0 for Stadt. A feature that is not known is absent
// from Werte — never 0.
type Strukturmerkmale struct {
	Kommune string
	Werte   map[Merkmal]float64
}

// StrukturmerkmaleVon derives the structural features of a profile on the
// reference day stichtag (for the network's age; a zero stichtag leaves it
// absent). Gebietsart comes from the name ([GebietsartAusName]); the
// numbers are the key figures of [kommune.KennzahlenVon]; sector coverage is
// [netzwerk.SektorAbdeckung] against the default reference sectors, absent
// when the network records no actors and no cooperations.
func StrukturmerkmaleVon(p *kommune.Profil, stichtag time.Time) Strukturmerkmale {
	s := Strukturmerkmale{Werte: map[Merkmal]float64{}}
	if p == nil {
		return s
	}
	s.Kommune = beschriftung.NFC(strings.TrimSpace(p.Name))
	if g, ok := GebietsartAusName(p.Name); ok {
		s.Werte[MerkmalGebietsart] = gebietsartKode(g)
	}
	kz := kommune.KennzahlenVon(p, stichtag)
	for m, name := range map[Merkmal]string{
		MerkmalBevoelkerung:    kommune.KennzahlBevoelkerung,
		MerkmalKinderU3:        kommune.KennzahlKinderU3,
		MerkmalArmutsanteilU3:  kommune.KennzahlArmutAnteilU3,
		MerkmalBudgetProKindU3: kommune.KennzahlBudgetProKindU3,
		MerkmalNetzwerkAlter:   kommune.KennzahlNetzwerkAlter,
	} {
		if x, ok := kz.Wert(name).Zahl(); ok {
			s.Werte[m] = x
		}
	}
	if x, ok := netzwerk.SektorAbdeckung(&p.Netzwerk, nil).Anteil.Zahl(); ok {
		s.Werte[MerkmalSektorAbdeckung] = x
	}
	return s
}

func gebietsartKode(g Gebietsart) float64 {
	if g == Kreis {
		return 1
	}
	return 0
}

// Wert returns the feature m, absent when it is not known.
func (s Strukturmerkmale) Wert(m Merkmal) qualitaet.Wert {
	if x, ok := s.Werte[m]; ok {
		return qualitaet.WertVon(x)
	}
	return qualitaet.Wert{}
}

// Gebietsart returns Kreis or Stadt, or false when it is not known.
func (s Strukturmerkmale) Gebietsart() (Gebietsart, bool) {
	x, ok := s.Werte[MerkmalGebietsart]
	if !ok {
		return "", false
	}
	if x == 1 {
		return Kreis, true
	}
	return Stadt, true
}

// Beitrag is what one feature gives to the similarity of a pair: its
// closeness (Nähe) 1 − d_f and its share w_f·(1 − d_f) / Σw of the
// similarity. The shares of a pair's shared features add up to its
// similarity. Both are rounded to four decimals.
type Beitrag struct {
	Merkmal Merkmal `json:"merkmal"`
	Naehe   float64 `json:"naehe"`
	Anteil  float64 `json:"beitrag"`
}

// Aehnlichkeit is the similarity of two Kommunen A and B (0–1, rounded to
// four decimals; absent when they share no feature, written as null in
// JSON) and the features that made them similar: the (up to) three with the
// largest share, largest first, ties in the order of [Merkmale]; a feature
// that adds nothing (closeness 0) is never listed.
type Aehnlichkeit struct {
	A        string         `json:"a"`
	B        string         `json:"b"`
	Wert     qualitaet.Wert `json:"wert"`
	Merkmale []Beitrag      `json:"merkmale"`
}

// Normierung is the span of one feature over the compared set: the weight
// in effect, how many Kommunen have the feature, and its minimum and
// maximum (for Gebietsart 0 = Stadt, 1 = Kreis), shown rounded to four
// decimals (the similarities are computed from the exact values).
type Normierung struct {
	Merkmal Merkmal        `json:"merkmal"`
	Gewicht float64        `json:"gewicht"`
	Anzahl  int            `json:"anzahl"`
	Minimum qualitaet.Wert `json:"minimum"`
	Maximum qualitaet.Wert `json:"maximum"`
}

// Aehnlichkeiten holds the similarities of every pair of a compared set of
// Kommunen. Build it with [BerechneAehnlichkeiten]; it is immutable.
//
// The similarity of two Kommunen a and b is
//
//	s(a,b) = Σ_f w_f·(1 − d_f(a,b)) / Σ_f w_f
//
// over the features f known for both a and b with a weight w_f > 0. A
// feature absent on either side is skipped, never treated as 0; when the
// two share no such feature, the similarity is absent (null in JSON, "–"
// in Markdown) and the pair is nobody's peer. For a number, d_f is the
// min–max distance over the compared set,
//
//	d_f(a,b) = |x_a − x_b| / (max_f − min_f),
//
// with min_f and max_f over every Kommune of the set that has f, and
// d_f = 0 when max_f = min_f. For the categorical Gebietsart, d_f is 0 when
// both are Kreis or both Stadt, 1 otherwise. So s lies in 0…1, is
// symmetric by construction (|x_a − x_b| = |x_b − x_a|, the sum runs over
// the features in one fixed order), and depends on the set: adding a
// Kommune with an extreme value moves the others closer together. A
// Kommune is never compared with itself.
type Aehnlichkeiten struct {
	namen      []string
	index      map[string]int
	paare      [][]Aehnlichkeit // [i][j], A = namen[i]; the diagonal is unused
	normierung []Normierung
}

// BerechneAehnlichkeiten computes the similarities of every pair of the
// Kommunen ms with the weights g (zero value: [StandardGewichte]). It fails
// for fewer than two Kommunen, an empty name or a name given twice
// (compared in NFC without regard to case), and weights that are negative
// or not finite (errors are *VergleichsFehler).
func BerechneAehnlichkeiten(ms []Strukturmerkmale, g Gewichte) (*Aehnlichkeiten, error) {
	if err := g.pruefe(); err != nil {
		return nil, err
	}
	if len(ms) < 2 {
		return nil, neuerVergleichsFehler(ErrZuWenigeKommunen, "fehler.zuWenige", len(ms))
	}
	a := &Aehnlichkeiten{index: map[string]int{}}
	gesehen := map[string]bool{}
	for _, m := range ms {
		name := beschriftung.NFC(strings.TrimSpace(m.Kommune))
		if name == "" {
			return nil, neuerVergleichsFehler(ErrKommuneDoppelt, "fehler.ohneName")
		}
		k := strings.ToLower(name)
		if gesehen[k] {
			return nil, neuerVergleichsFehler(ErrKommuneDoppelt, "fehler.doppelt", name)
		}
		gesehen[k] = true
		a.index[name] = len(a.namen)
		a.namen = append(a.namen, name)
	}
	gw := g.wirksam()
	spanne := map[Merkmal][2]float64{}
	for _, f := range alleMerkmale {
		n := Normierung{Merkmal: f, Gewicht: gw.Gewicht(f)}
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, m := range ms {
			if x, ok := m.Werte[f]; ok && !math.IsNaN(x) && !math.IsInf(x, 0) {
				n.Anzahl++
				lo, hi = min(lo, x), max(hi, x)
			}
		}
		if n.Anzahl > 0 {
			n.Minimum, n.Maximum = qualitaet.WertVon(runde4(lo)), qualitaet.WertVon(runde4(hi))
			spanne[f] = [2]float64{lo, hi}
		}
		a.normierung = append(a.normierung, n)
	}
	a.paare = make([][]Aehnlichkeit, len(ms))
	for i := range ms {
		a.paare[i] = make([]Aehnlichkeit, len(ms))
	}
	for i := range ms {
		for j := i + 1; j < len(ms); j++ {
			wert, beitraege := aehnlichkeit(ms[i].Werte, ms[j].Werte, gw, spanne)
			a.paare[i][j] = Aehnlichkeit{A: a.namen[i], B: a.namen[j], Wert: wert, Merkmale: beitraege}
			a.paare[j][i] = Aehnlichkeit{A: a.namen[j], B: a.namen[i], Wert: wert, Merkmale: slices.Clone(beitraege)}
		}
	}
	return a, nil
}

// aehnlichkeit computes s(a,b) and the top three contributions; see
// [Aehnlichkeiten].
func aehnlichkeit(a, b map[Merkmal]float64, g Gewichte, spanne map[Merkmal][2]float64) (qualitaet.Wert, []Beitrag) {
	type teil struct {
		m            Merkmal
		naehe, summe float64
	}
	var teile []teil
	gewichte := 0.0
	for _, f := range alleMerkmale {
		w := g.Gewicht(f)
		xa, okA := a[f]
		xb, okB := b[f]
		if w == 0 || !okA || !okB || !endlich(xa) || !endlich(xb) {
			continue
		}
		d := 0.0
		if f.Kategorial() {
			if xa != xb {
				d = 1
			}
		} else if sp := spanne[f]; sp[1] > sp[0] {
			d = math.Abs(xa-xb) / (sp[1] - sp[0])
		}
		teile = append(teile, teil{f, 1 - d, w * (1 - d)})
		gewichte += w
	}
	if gewichte == 0 {
		return qualitaet.Wert{}, []Beitrag{}
	}
	summe := 0.0
	for _, t := range teile {
		summe += t.summe
	}
	slices.SortStableFunc(teile, func(x, y teil) int { return cmp.Compare(y.summe, x.summe) })
	beitraege := make([]Beitrag, 0, 3)
	for _, t := range teile {
		if len(beitraege) == 3 || t.summe <= 0 {
			break
		}
		beitraege = append(beitraege, Beitrag{Merkmal: t.m, Naehe: runde4(t.naehe), Anteil: runde4(t.summe / gewichte)})
	}
	return qualitaet.WertVon(runde4(summe / gewichte)), beitraege
}

func endlich(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }

func runde4(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// Kommunen returns the names of the compared Kommunen in the order given.
func (a *Aehnlichkeiten) Kommunen() []string { return slices.Clone(a.namen) }

// Normierung returns the span of every feature over the set, in the order
// of [Merkmale].
func (a *Aehnlichkeiten) Normierung() []Normierung { return slices.Clone(a.normierung) }

// Paar returns the similarity of the Kommunen named a and b (names as
// given, after NFC). It reports false for an unknown name and for a == b: a
// Kommune is never compared with itself.
func (a *Aehnlichkeiten) Paar(x, y string) (Aehnlichkeit, bool) {
	i, okI := a.index[beschriftung.NFC(strings.TrimSpace(x))]
	j, okJ := a.index[beschriftung.NFC(strings.TrimSpace(y))]
	if !okI || !okJ || i == j {
		return Aehnlichkeit{}, false
	}
	p := a.paare[i][j]
	p.Merkmale = slices.Clone(p.Merkmale)
	return p, true
}

// Paare returns every unordered pair once, A before B in German collation
// order, sorted by A then B.
func (a *Aehnlichkeiten) Paare() []Aehnlichkeit {
	reihe := a.sortiert()
	var out []Aehnlichkeit
	for x, i := range reihe {
		for _, j := range reihe[x+1:] {
			p := a.paare[i][j]
			p.Merkmale = slices.Clone(p.Merkmale)
			out = append(out, p)
		}
	}
	return out
}

// Peers returns the k Kommunen most similar to the one named name, most
// similar first (ties in German collation order of the names), each as an
// Aehnlichkeit with A = name. Pairs without a similarity are left out; k
// larger than the set gives every other Kommune, k ≤ 0 gives none. It
// returns nil for an unknown name.
func (a *Aehnlichkeiten) Peers(name string, k int) []Aehnlichkeit {
	i, ok := a.index[beschriftung.NFC(strings.TrimSpace(name))]
	if !ok || k <= 0 {
		return nil
	}
	var out []Aehnlichkeit
	for _, j := range a.sortiert() {
		if j == i || !a.paare[i][j].Wert.Gesetzt() {
			continue
		}
		p := a.paare[i][j]
		p.Merkmale = slices.Clone(p.Merkmale)
		out = append(out, p)
	}
	slices.SortStableFunc(out, func(x, y Aehnlichkeit) int {
		return cmp.Compare(y.Wert.Oder(0), x.Wert.Oder(0))
	})
	if len(out) > k {
		out = out[:k]
	}
	return out
}

// sortiert returns the indices of the names in German collation order.
func (a *Aehnlichkeiten) sortiert() []int {
	reihe := make([]int, len(a.namen))
	for i := range reihe {
		reihe[i] = i
	}
	c := deutscheSortierung()
	slices.SortStableFunc(reihe, func(x, y int) int { return c.CompareString(a.namen[x], a.namen[y]) })
	return reihe
}
