package qualitaet

import (
	"cmp"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"strconv"

	"golang.org/x/text/unicode/norm"
)

// genaueZahl is a number of a rule or a fact as the engine compares it: its
// float64 and, when its decimal text says more than that float64's shortest
// decimal (0.30000000000000000001, 9007199254740993), the exact value. The
// value of a genaueZahl is always r when r is set, else the shortest
// decimal of f ([rat]).
type genaueZahl struct {
	f float64
	r *big.Rat
}

// exakt returns the exact value.
func (z genaueZahl) exakt() *big.Rat {
	if z.r != nil {
		return z.r
	}
	return rat(z.f)
}

// vergleicheZahlen compares two numbers exactly (-1, 0, +1). When neither
// carries more than its float64, the floats are compared: the shortest
// decimal of a finite float64 lies inside the float's rounding interval,
// and these intervals are disjoint and ordered like the floats, so the
// floats' order is the exact order of the decimals (TestVergleicheZahlen
// checks this against math/big on adversarial decimals). Otherwise both
// are compared as rationals.
func vergleicheZahlen(a, b genaueZahl) int {
	if a.r == nil && b.r == nil {
		return cmp.Compare(a.f, b.f)
	}
	return a.exakt().Cmp(b.exakt())
}

// zahlAusText reads a JSON number's text exactly. An error for text that
// is no number or whose magnitude a float64 cannot hold (1e400, 1e-400).
func zahlAusText(s string) (genaueZahl, error) {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return genaueZahl{}, fmt.Errorf("qualitaet: %s ist als Zahl nicht darstellbar", s)
	}
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		return genaueZahl{}, fmt.Errorf("qualitaet: %s ist keine Zahl", s)
	}
	if r.Cmp(rat(f)) == 0 {
		return genaueZahl{f: f}, nil
	}
	return genaueZahl{f: f, r: r}, nil
}

// dezimalText writes an exact value read from decimal text back as decimal
// text (such values always have a finite decimal expansion).
func dezimalText(r *big.Rat) string {
	// The denominator is 2^a·5^b; max(a, b) places are exact.
	d := new(big.Int).Set(r.Denom())
	stellen := 0
	for d.Cmp(big.NewInt(1)) != 0 {
		switch {
		case new(big.Int).Rem(d, big.NewInt(10)).Sign() == 0:
			d.Quo(d, big.NewInt(10))
		case new(big.Int).Rem(d, big.NewInt(2)).Sign() == 0:
			d.Quo(d, big.NewInt(2))
		case new(big.Int).Rem(d, big.NewInt(5)).Sign() == 0:
			d.Quo(d, big.NewInt(5))
		default:
			return r.FloatString(40) // not from decimal text: the nearest 40 places
		}
		stellen++
	}
	return r.FloatString(stellen)
}

// faktZahl returns the number fact name as the engine compares it; false
// when it is absent, NaN or infinite (no figure, like [WertVon]).
func faktZahl(f Fakten, name string) (genaueZahl, bool) {
	if r, ok := f.Genau[name]; ok && r != nil {
		x, _ := r.Float64()
		return genaueZahl{f: x, r: r}, true
	}
	x, ok := f.Zahlen[name]
	if !ok || math.IsNaN(x) || math.IsInf(x, 0) {
		return genaueZahl{}, false
	}
	return genaueZahl{f: x}, true
}

// schwelle returns threshold i of the rule (0 wert, 1 von, 2 bis) exactly.
func (r *Regel) schwelle(i int) genaueZahl {
	p := [3]*float64{r.Wert, r.Von, r.Bis}[i]
	z := genaueZahl{f: *p}
	if r.genau[i] != "" {
		z.r, _ = new(big.Rat).SetString(r.genau[i])
	}
	return z
}

// Schwellen returns the rule's thresholds exactly as its document wrote
// them (nil where the rule has none): wert, von and bis.
func (r Regel) Schwellen() (wert, von, bis *big.Rat) {
	out := [3]*big.Rat{}
	for i, p := range [3]*float64{r.Wert, r.Von, r.Bis} {
		if p != nil {
			out[i] = r.schwelle(i).exakt()
		}
	}
	return out[0], out[1], out[2]
}

// regelOhneMethoden is Regel without its JSON methods.
type regelOhneMethoden Regel

// regelJSON is the document form of a Regel whose thresholds keep their
// decimal text.
type regelJSON struct {
	regelOhneMethoden
	Wert *json.Number `json:"wert,omitempty"`
	Von  *json.Number `json:"von,omitempty"`
	Bis  *json.Number `json:"bis,omitempty"`
}

// UnmarshalJSON reads a rule and keeps the exact value of each threshold
// whose decimal text says more than its float64 (the engine compares
// exactly).
func (r *Regel) UnmarshalJSON(b []byte) error {
	var roh regelJSON
	if err := json.Unmarshal(b, &roh); err != nil {
		return err
	}
	neu := Regel(roh.regelOhneMethoden)
	for i, n := range [3]*json.Number{roh.Wert, roh.Von, roh.Bis} {
		if n == nil {
			continue
		}
		z, err := zahlAusText(n.String())
		if err != nil {
			return err
		}
		f := z.f
		switch i {
		case 0:
			neu.Wert = &f
		case 1:
			neu.Von = &f
		default:
			neu.Bis = &f
		}
		if z.r != nil {
			neu.genau[i] = n.String()
		}
	}
	*r = neu
	return nil
}

// MarshalJSON writes a rule with its thresholds' exact decimal text.
func (r Regel) MarshalJSON() ([]byte, error) {
	out := regelJSON{regelOhneMethoden: regelOhneMethoden(r)}
	for i, p := range [3]*float64{r.Wert, r.Von, r.Bis} {
		if p == nil {
			continue
		}
		n := json.Number(strconv.FormatFloat(*p, 'g', -1, 64))
		if r.genau[i] != "" {
			n = json.Number(r.genau[i])
		}
		switch i {
		case 0:
			out.Wert = &n
		case 1:
			out.Von = &n
		default:
			out.Bis = &n
		}
	}
	return json.Marshal(out)
}

// gleicherText reports whether two texts are equal after NFC: the same
// words in composed and decomposed form are the same text.
func gleicherText(a, b string) bool {
	if a == b {
		return true
	}
	return norm.NFC.String(a) == norm.NFC.String(b)
}

// gewichteJSON is the document form of Gewichte with decimal text.
type gewichteJSON struct {
	Dimensionen       map[ID]json.Number `json:"dimensionen,omitempty"`
	Entwicklungsziele map[ID]json.Number `json:"entwicklungsziele,omitempty"`
}

// UnmarshalJSON reads weights and keeps the exact value of each weight
// whose decimal text says more than its float64: the engine computes
// with the decimals as written.
func (g *Gewichte) UnmarshalJSON(b []byte) error {
	var roh gewichteJSON
	if err := json.Unmarshal(b, &roh); err != nil {
		return err
	}
	neu := Gewichte{}
	lies := func(von map[ID]json.Number) (map[ID]float64, error) {
		if von == nil {
			return nil, nil
		}
		out := make(map[ID]float64, len(von))
		for id, n := range von {
			z, err := zahlAusText(n.String())
			if err != nil {
				return nil, err
			}
			out[id] = z.f
			if z.r != nil {
				if neu.genau == nil {
					neu.genau = map[ID]string{}
				}
				neu.genau[id] = n.String()
			}
		}
		return out, nil
	}
	var err error
	if neu.Dimensionen, err = lies(roh.Dimensionen); err != nil {
		return err
	}
	if neu.Entwicklungsziele, err = lies(roh.Entwicklungsziele); err != nil {
		return err
	}
	*g = neu
	return nil
}

// MarshalJSON writes weights with their exact decimal text.
func (g Gewichte) MarshalJSON() ([]byte, error) {
	schreibe := func(von map[ID]float64) map[ID]json.Number {
		if von == nil {
			return nil
		}
		out := make(map[ID]json.Number, len(von))
		for id, f := range von {
			out[id] = json.Number(strconv.FormatFloat(f, 'g', -1, 64))
			if t, ok := g.genau[id]; ok && g.stimmt(t, f) {
				out[id] = json.Number(t)
			}
		}
		return out
	}
	return json.Marshal(gewichteJSON{Dimensionen: schreibe(g.Dimensionen), Entwicklungsziele: schreibe(g.Entwicklungsziele)})
}

// stimmt reports whether decimal text t was read as f (the map entry was
// not changed since).
func (g Gewichte) stimmt(t string, f float64) bool {
	x, err := strconv.ParseFloat(t, 64)
	return err == nil && x == f
}

// exakt returns the exact value of weight f of id: its decimal text when
// it was read from one, else the shortest decimal of f.
func (g Gewichte) exakt(id ID, f float64) *big.Rat {
	if t, ok := g.genau[id]; ok && g.stimmt(t, f) {
		r, _ := new(big.Rat).SetString(t)
		return r
	}
	return rat(f)
}

// genauText reads a JSON number into *f and returns its decimal text when
// that says more than the float64 ("" otherwise); n nil leaves f alone.
func genauText(n *json.Number, f *float64) (string, error) {
	if n == nil {
		return "", nil
	}
	z, err := zahlAusText(n.String())
	if err != nil {
		return "", err
	}
	*f = z.f
	if z.r != nil {
		return n.String(), nil
	}
	return "", nil
}

// zahlMitText writes f as a JSON number, with its decimal text t when t
// was read as f.
func zahlMitText(f float64, t string) *json.Number {
	n := json.Number(strconv.FormatFloat(f, 'g', -1, 64))
	if x, err := strconv.ParseFloat(t, 64); t != "" && err == nil && x == f {
		n = json.Number(t)
	}
	return &n
}

// exaktMitText is the exact value of f: its decimal text t when t was read
// as f, else the shortest decimal of f.
func exaktMitText(f float64, t string) *big.Rat {
	if x, err := strconv.ParseFloat(t, 64); t != "" && err == nil && x == f {
		r, _ := new(big.Rat).SetString(t)
		return r
	}
	return rat(f)
}

type aggregationOhneMethoden Aggregation

// UnmarshalJSON reads the aggregation and keeps SchwerpunktFaktor's
// decimal text.
func (a *Aggregation) UnmarshalJSON(b []byte) error {
	var roh struct {
		aggregationOhneMethoden
		SchwerpunktFaktor *json.Number `json:"schwerpunktFaktor,omitempty"`
	}
	if err := json.Unmarshal(b, &roh); err != nil {
		return err
	}
	neu := Aggregation(roh.aggregationOhneMethoden)
	var err error
	if neu.genauFaktor, err = genauText(roh.SchwerpunktFaktor, &neu.SchwerpunktFaktor); err != nil {
		return err
	}
	*a = neu
	return nil
}

// MarshalJSON writes the aggregation with SchwerpunktFaktor's decimal text.
func (a Aggregation) MarshalJSON() ([]byte, error) {
	out := struct {
		aggregationOhneMethoden
		SchwerpunktFaktor *json.Number `json:"schwerpunktFaktor,omitempty"`
	}{aggregationOhneMethoden: aggregationOhneMethoden(a)}
	if a.SchwerpunktFaktor != 0 {
		out.SchwerpunktFaktor = zahlMitText(a.SchwerpunktFaktor, a.genauFaktor)
	}
	return json.Marshal(out)
}

// schwerpunktFaktorExakt is the focus factor as written (1 for 0).
func (a Aggregation) schwerpunktFaktorExakt() *big.Rat {
	if a.SchwerpunktFaktor <= 0 {
		return big.NewRat(1, 1)
	}
	return exaktMitText(a.SchwerpunktFaktor, a.genauFaktor)
}

type bedarfsGewichteJSON struct {
	Gering *json.Number `json:"gering,omitempty"`
	Mittel *json.Number `json:"mittel,omitempty"`
	Hoch   *json.Number `json:"hoch,omitempty"`
}

// UnmarshalJSON reads the weights and keeps their decimal text.
func (g *BedarfsGewichte) UnmarshalJSON(b []byte) error {
	var roh bedarfsGewichteJSON
	if err := json.Unmarshal(b, &roh); err != nil {
		return err
	}
	var neu BedarfsGewichte
	for i, x := range []struct {
		n *json.Number
		f *float64
	}{{roh.Gering, &neu.Gering}, {roh.Mittel, &neu.Mittel}, {roh.Hoch, &neu.Hoch}} {
		t, err := genauText(x.n, x.f)
		if err != nil {
			return err
		}
		neu.genau[i] = t
	}
	*g = neu
	return nil
}

// MarshalJSON writes the weights with their decimal text.
func (g BedarfsGewichte) MarshalJSON() ([]byte, error) {
	var out bedarfsGewichteJSON
	for i, x := range []struct {
		f    float64
		ziel **json.Number
	}{{g.Gering, &out.Gering}, {g.Mittel, &out.Mittel}, {g.Hoch, &out.Hoch}} {
		if x.f != 0 {
			*x.ziel = zahlMitText(x.f, g.genau[i])
		}
	}
	return json.Marshal(out)
}

// bedarfsGewichtExakt is [Aggregation.bedarfsGewicht] as written.
func (a Aggregation) bedarfsGewichtExakt(b Entwicklungsbedarf) *big.Rat {
	f := a.bedarfsGewicht(b)
	if a.Entwicklungsbedarf == nil {
		return rat(f)
	}
	i, ok := map[Entwicklungsbedarf]int{BedarfGering: 0, BedarfMittel: 1, BedarfHoch: 2}[b]
	if !ok {
		return rat(f)
	}
	return exaktMitText(f, a.Entwicklungsbedarf.genau[i])
}
