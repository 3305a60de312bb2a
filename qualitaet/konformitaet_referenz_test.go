package qualitaet_test

import (
	"bytes"
	"encoding/json"
	"math/big"
	"os"
	"slices"
	"strconv"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
)

// This file is the second opinion on the conformance vectors: a
// deliberately simple evaluation written from the README's rules
// ("Bewertung: how scores are computed"), with math/big and no shortcuts.
// It reads the numbers of a vector from the vector's own JSON text (so it
// sees every decimal as written) and takes from the library only the
// catalogue (goals of the tailored catalogue, in order) and the order of
// survey rounds. Its switches turn it into the engines the vectors must
// catch: float64 arithmetic, names compared without NFC, ratings pooled
// regardless of the Stichtag.

// refSchalter turns the reference into a deliberately wrong engine.
type refSchalter struct {
	float64      bool // compare and compute with float64
	ohneNFC      bool // compare names as bytes
	ohneStichtag bool // count ratings dated after eingabe.zeitpunkt
}

// refVektorErgebnis is what the reference computes for a vector.
type refVektorErgebnis struct {
	dimensionen    []refDim
	punkte         *big.Rat // nil: not assessed
	abdeckung      *big.Rat
	ziele          map[qualitaet.ID]refZielErgebnis
	vorbewertungen []string // "ID regel stufe" in catalogue order
	streuung       []refStreu
	prioritaeten   []string // "ID wert" in order
}

// refPrio is a priority before ordering (rule 6).
type refPrio struct {
	id                     qualitaet.ID
	schwerpunkt, divergent bool
	spannweite             int
	wert                   *big.Rat
}

type refDim struct {
	id        qualitaet.ID
	punkte    *big.Rat
	abdeckung *big.Rat
}

type refZielErgebnis struct {
	stufe  *big.Rat
	quelle qualitaet.Quelle
}

type refStreu struct {
	id                     qualitaet.ID
	anzahl, nb, spannweite int
	median                 *big.Rat
	divergent              bool
}

// refJSON decodes a JSON text keeping numbers as json.Number.
func refJSON(data []byte) map[string]any {
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	var m map[string]any
	if err := d.Decode(&m); err != nil {
		panic(err)
	}
	return m
}

func refObj(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

func refListe(v any) []any {
	l, _ := v.([]any)
	return l
}

func refText2(v any) string {
	s, _ := v.(string)
	return s
}

// refZahl is a number as written; in float64 mode its nearest float64.
func (s refSchalter) zahl(v any) *big.Rat {
	n, ok := v.(json.Number)
	if !ok {
		return nil
	}
	r, ok := new(big.Rat).SetString(string(n))
	if !ok {
		panic("refZahl: " + string(n))
	}
	if s.float64 {
		f, _ := strconv.ParseFloat(string(n), 64)
		r = new(big.Rat).SetFloat64(f)
	}
	return r
}

// rechne applies op exactly, or in float64 mode as float64 arithmetic.
func (s refSchalter) rechne(op byte, a, b *big.Rat) *big.Rat {
	if s.float64 {
		x, _ := a.Float64()
		y, _ := b.Float64()
		var z float64
		switch op {
		case '+':
			z = x + y
		case '*':
			z = x * y
		case '/':
			z = x / y
		}
		return new(big.Rat).SetFloat64(z)
	}
	switch op {
	case '+':
		return new(big.Rat).Add(a, b)
	case '*':
		return new(big.Rat).Mul(a, b)
	}
	return new(big.Rat).Quo(a, b)
}

func (s refSchalter) name(t string) string {
	if s.ohneNFC {
		return t
	}
	return norm.NFC.String(t)
}

// refRundeHalb rounds x ≥ 0 to n places, half away from zero.
func refRundeHalb(x *big.Rat, n int) *big.Rat {
	skala := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil))
	y := new(big.Rat).Add(new(big.Rat).Mul(x, skala), big.NewRat(1, 2))
	return new(big.Rat).Quo(new(big.Rat).SetInt(new(big.Int).Quo(y.Num(), y.Denom())), skala)
}

// refStandardRegelwerk is the embedded default Regelwerk as JSON.
func refStandardRegelwerk() map[string]any {
	data, err := os.ReadFile("regelwerk/standard.json")
	if err != nil {
		panic(err)
	}
	return refJSON(data)
}

// refRegelGreift: rule 1's condition, from the operator table of the
// README: a known list for vorhanden/enthaelt (text equal after NFC, case
// counting), a known number compared with the thresholds otherwise.
func (s refSchalter) regelGreift(regel, fakten map[string]any) bool {
	fakt := refText2(regel["fakt"])
	liste, istListe := refObj(fakten["listen"])[fakt]
	zahl := s.zahl(refObj(fakten["zahlen"])[fakt])
	switch refText2(regel["operator"]) {
	case "vorhanden":
		return istListe || zahl != nil
	case "enthaelt":
		for _, t := range refListe(liste) {
			if s.name(refText2(t)) == s.name(refText2(regel["text"])) {
				return true
			}
		}
		return false
	}
	if zahl == nil {
		return false
	}
	switch refText2(regel["operator"]) {
	case "gleich":
		return zahl.Cmp(s.zahl(regel["wert"])) == 0
	case "mindestens":
		return zahl.Cmp(s.zahl(regel["wert"])) >= 0
	case "hoechstens":
		return zahl.Cmp(s.zahl(regel["wert"])) <= 0
	case "zwischen":
		return zahl.Cmp(s.zahl(regel["von"])) >= 0 && zahl.Cmp(s.zahl(regel["bis"])) <= 0
	}
	return false
}

// refMedianVon: rule 2, the median of sorted levels, an even count by the
// Regelwerk's geradeAnzahl.
func refMedianVon(stufen []int, gerade string) *big.Rat {
	slices.Sort(stufen)
	n := len(stufen)
	if n%2 == 1 {
		return big.NewRat(int64(stufen[n/2]), 1)
	}
	a, b := stufen[n/2-1], stufen[n/2]
	switch gerade {
	case "oberer":
		return big.NewRat(int64(b), 1)
	case "mittelwert":
		return big.NewRat(int64(a+b), 2)
	}
	return big.NewRat(int64(a), 1)
}

// refEinschaetzung is one rating as the reference reads it.
type refEinschaetzung struct {
	ziel       qualitaet.ID
	stufe      int // -1: nicht beurteilbar
	datum      string
	schluessel string
	runde      string
	bedarf     string
}

// einschaetzungen reads the ratings of the evaluated round up to the
// Stichtag, keeping per rater and goal only the latest (later date; on
// the same day the later in the list); unnamed ratings are raters of their
// own.
func (s refSchalter) einschaetzungen(eingabe map[string]any, runde string) map[qualitaet.ID][]refEinschaetzung {
	stichtag := ""
	if z := refText2(eingabe["zeitpunkt"]); z != "" && !s.ohneStichtag {
		t, err := time.Parse(time.RFC3339, z)
		if err != nil {
			panic(err)
		}
		stichtag = t.Format(time.DateOnly)
	}
	out := map[qualitaet.ID][]refEinschaetzung{}
	for i, v := range refListe(eingabe["einschaetzungen"]) {
		e := refObj(v)
		r := refEinschaetzung{ziel: qualitaet.ID(refText2(e["entwicklungsziel"])), stufe: -1,
			datum: refText2(e["datum"]), runde: refText2(e["runde"]), bedarf: refText2(e["entwicklungsbedarf"])}
		if e["nichtBeurteilbar"] != true {
			n, _ := strconv.Atoi(string(e["stufe"].(json.Number)))
			r.stufe = n
		}
		switch {
		case refText2(e["einschaetzende"]) != "":
			r.schluessel = "k:" + s.name(refText2(e["einschaetzende"]))
		case refText2(e["person"]) != "":
			r.schluessel = "p:" + s.name(refText2(e["person"]))
		default:
			r.schluessel = "#" + strconv.Itoa(i)
		}
		if r.runde != runde || (stichtag != "" && r.datum > stichtag) {
			continue
		}
		liste := out[r.ziel]
		ersetzt := false
		for j := range liste {
			if liste[j].schluessel == r.schluessel {
				if r.datum >= liste[j].datum {
					liste[j] = r
				}
				ersetzt = true
			}
		}
		if !ersetzt {
			liste = append(liste, r)
		}
		out[r.ziel] = liste
	}
	return out
}

// refGewicht is a weight of the Regelwerk, 1 when it names none.
func (s refSchalter) gewicht(rw map[string]any, art string, id qualitaet.ID) *big.Rat {
	if w := s.zahl(refObj(refObj(rw["gewichte"])[art])[string(id)]); w != nil {
		return w
	}
	return big.NewRat(1, 1)
}

// refVektor evaluates a vector (parsed as k, its JSON text data) by the
// README's rules 1–5.
func refVektor(k *qualitaet.Konformitaetsvektor, data []byte, s refSchalter) refVektorErgebnis {
	eingabe := refObj(refJSON(data)["eingabe"])
	rw := refObj(eingabe["regelwerk"])
	if rw == nil {
		rw = refStandardRegelwerk()
	}
	agg := refObj(rw["aggregation"])
	gerade := refText2(agg["geradeAnzahl"])
	schwelle := 2
	if n, ok := agg["divergenzSchwelle"].(json.Number); ok && string(n) != "0" {
		schwelle, _ = strconv.Atoi(string(n))
	}
	faktor := big.NewRat(1, 1)
	if f := s.zahl(agg["schwerpunktFaktor"]); f != nil && f.Sign() > 0 {
		faktor = f
	}
	r, err := qualitaet.RahmenVersion(k.Eingabe.Rahmen)
	if err != nil {
		panic(err)
	}
	if k.Eingabe.Zuschnitt != nil {
		if r, err = r.Zuschneiden(k.Eingabe.Zuschnitt); err != nil {
			panic(err)
		}
	}
	runde := ""
	if folge := qualitaet.Rundenfolge(k.Eingabe.Runden, k.Eingabe.Einschaetzungen); len(folge) > 0 {
		// The latest round held on or before the Stichtag's day (undated
		// rounds count as held); without a Stichtag the latest; when all lie
		// after it, the earliest.
		runde = folge[0].ID
		for _, rd := range folge {
			if k.Eingabe.Zeitpunkt == nil || rd.Datum.IsZero() || !refTag(rd.Datum).After(refTag(*k.Eingabe.Zeitpunkt)) {
				runde = rd.ID
			}
		}
	}
	if k.Eingabe.Runde != "" {
		runde = k.Eingabe.Runde
	}
	dialog := map[qualitaet.ID]int64{}
	for _, rd := range refListe(eingabe["runden"]) {
		if refText2(refObj(rd)["id"]) == runde {
			for _, d := range refListe(refObj(rd)["dialogergebnisse"]) {
				n, _ := strconv.ParseInt(string(refObj(d)["stufe"].(json.Number)), 10, 64)
				dialog[qualitaet.ID(refText2(refObj(d)["entwicklungsziel"]))] = n
			}
		}
	}
	es := s.einschaetzungen(eingabe, runde)
	fakten := refObj(eingabe["fakten"])
	out := refVektorErgebnis{ziele: map[qualitaet.ID]refZielErgebnis{}}
	null, vier, hundert := new(big.Rat), big.NewRat(4, 1), big.NewRat(100, 1)
	gesZ, gesN, abdZ, abdN := null, null, null, null
	var prios []refPrio
	for _, d := range r.Dimensionen {
		summe, bewertet, alle := null, null, null
		for _, th := range d.Themen {
			for _, z := range th.Entwicklungsziele {
				w := s.gewicht(rw, "entwicklungsziele", z.ID)
				alle = s.rechne('+', alle, w)
				ergebnis := refZielErgebnis{quelle: qualitaet.QuelleKeine}
				// Rule 1: the highest level of a rule that holds, the first on a tie.
				var beste map[string]any
				for _, x := range refListe(rw["regeln"]) {
					regel := refObj(x)
					if qualitaet.ID(refText2(regel["entwicklungsziel"])) == z.ID && s.regelGreift(regel, fakten) &&
						(beste == nil || string(regel["stufe"].(json.Number)) > string(beste["stufe"].(json.Number))) {
						beste = regel
					}
				}
				if beste != nil {
					out.vorbewertungen = append(out.vorbewertungen, string(z.ID)+" "+refText2(beste["id"])+" "+string(beste["stufe"].(json.Number)))
					ergebnis.stufe, ergebnis.quelle = s.zahl(beste["stufe"]), qualitaet.QuelleRegel
				}
				// Rule 2: the result of the ratings.
				var stufen []int
				nb := 0
				for _, e := range es[z.ID] {
					if e.stufe < 0 {
						nb++
					} else {
						stufen = append(stufen, e.stufe)
					}
				}
				if len(stufen) > 0 {
					m := refMedianVon(stufen, gerade)
					sp := slices.Max(stufen) - slices.Min(stufen)
					out.streuung = append(out.streuung, refStreu{id: z.ID, anzahl: len(stufen), nb: nb, median: m, spannweite: sp, divergent: sp >= schwelle})
					ergebnis.stufe, ergebnis.quelle = m, qualitaet.QuelleSelbst
				}
				if n, ok := dialog[z.ID]; ok {
					ergebnis.stufe, ergebnis.quelle = big.NewRat(n, 1), qualitaet.QuelleDialog
				}
				out.ziele[z.ID] = ergebnis
				if p := s.prioritaet(rw, d.ID, z.ID, d.Schwerpunkt, ergebnis, es[z.ID], out.streuung, gerade); p != nil {
					prios = append(prios, *p)
				}
				if ergebnis.stufe != nil { // rule 3
					bewertet = s.rechne('+', bewertet, w)
					summe = s.rechne('+', summe, s.rechne('/', s.rechne('*', w, ergebnis.stufe), vier))
				}
			}
		}
		rd := refDim{id: d.ID, abdeckung: s.rechne('/', bewertet, alle)}
		W := s.gewicht(rw, "dimensionen", d.ID)
		if d.Schwerpunkt {
			W = s.rechne('*', W, faktor)
		}
		abdZ, abdN = s.rechne('+', abdZ, s.rechne('*', W, rd.abdeckung)), s.rechne('+', abdN, W)
		if bewertet.Sign() > 0 {
			rd.punkte = s.rechne('*', hundert, s.rechne('/', summe, bewertet))
			gesZ, gesN = s.rechne('+', gesZ, s.rechne('*', W, rd.punkte)), s.rechne('+', gesN, W)
		}
		out.dimensionen = append(out.dimensionen, rd)
	}
	// Rule 4 and 5: overall from unrounded figures; only results rounded.
	if gesN.Sign() > 0 {
		out.punkte = refRundeHalb(s.rechne('/', gesZ, gesN), 1)
	}
	out.abdeckung = new(big.Rat)
	if abdN.Sign() > 0 {
		out.abdeckung = refRundeHalb(s.rechne('/', abdZ, abdN), 4)
	}
	for i, d := range out.dimensionen {
		if d.punkte != nil {
			out.dimensionen[i].punkte = refRundeHalb(d.punkte, 1)
		}
		out.dimensionen[i].abdeckung = refRundeHalb(d.abdeckung, 4)
	}
	out.prioritaeten = refOrdne(prios, agg)
	slices.SortStableFunc(out.streuung, func(a, b refStreu) int {
		if a.spannweite != b.spannweite {
			return b.spannweite - a.spannweite
		}
		return qualitaet.VergleicheIDs(a.id, b.id)
	})
	return out
}

func refZ(r *big.Rat) string {
	if r == nil {
		return "null"
	}
	f, _ := r.Float64()
	return strconv.FormatFloat(f, 'f', -1, 64)
}

func refF(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func refW(w qualitaet.Wert) string {
	if f, ok := w.Zahl(); ok {
		return refF(f)
	}
	return "null"
}

// refZeilen writes a result as lines to compare: with the vector's
// expectation (only the parts the vector has) or with the engine.
func (r refVektorErgebnis) zeilen(ziele []qualitaet.ID) []string {
	var out []string
	for _, d := range r.dimensionen {
		out = append(out, string(d.id)+" "+refZ(d.punkte)+" "+refZ(d.abdeckung))
	}
	out = append(out, "gesamt "+refZ(r.punkte)+" "+refZ(r.abdeckung))
	for _, id := range ziele {
		z := r.ziele[id]
		out = append(out, string(id)+" "+refZ(z.stufe)+" "+string(z.quelle))
	}
	out = append(out, r.vorbewertungen...)
	for _, s := range r.streuung {
		out = append(out, refStreuZeile(s.id, s.anzahl, s.nb, refZ(s.median), s.spannweite, s.divergent))
	}
	return append(out, r.prioritaeten...)
}

func refStreuZeile(id qualitaet.ID, anzahl, nb int, median string, sp int, div bool) string {
	return string(id) + " " + strconv.Itoa(anzahl) + "/" + strconv.Itoa(nb) + " " + median + " " + strconv.Itoa(sp) + " " + strconv.FormatBool(div)
}

// refEngineZeilen writes the engine's Bewertung in the same lines.
func refEngineZeilen(b *qualitaet.Bewertung, ziele []qualitaet.ID) []string {
	var out []string
	for _, d := range b.Dimensionen {
		out = append(out, string(d.ID)+" "+refW(d.Punkte)+" "+refF(d.Abdeckung))
	}
	out = append(out, "gesamt "+refW(b.Gesamt.Punkte)+" "+refF(b.Gesamt.Abdeckung))
	for _, id := range ziele {
		z, _ := b.Ziel(id)
		out = append(out, string(id)+" "+refW(z.Stufe)+" "+string(z.Quelle))
	}
	for _, d := range b.Dimensionen {
		for _, z := range d.Entwicklungsziele {
			if z.Vorbewertung != nil {
				out = append(out, string(z.ID)+" "+z.Vorbewertung.Regel+" "+strconv.Itoa(int(z.Vorbewertung.Stufe)))
			}
		}
	}
	for _, s := range b.Streuung {
		out = append(out, refStreuZeile(s.Entwicklungsziel, s.Anzahl, s.NichtBeurteilbar, refF(s.Median), s.Spannweite, s.Divergent))
	}
	for _, p := range b.Prioritaeten {
		out = append(out, string(p.Entwicklungsziel)+" "+refF(p.Wert))
	}
	return out
}

// refErwartetZeilen compares the reference with the parts a vector
// expects: it returns the expected lines and the reference's lines for the
// same parts.
func refErwartetZeilen(k *qualitaet.Konformitaetsvektor, r refVektorErgebnis) (want, got []string) {
	e := k.Erwartet
	if e.Dimensionen != nil {
		for i, d := range e.Dimensionen {
			want = append(want, string(d.ID)+" "+refW(d.Punkte)+" "+refF(d.Abdeckung))
			if i < len(r.dimensionen) {
				g := r.dimensionen[i]
				got = append(got, string(g.id)+" "+refZ(g.punkte)+" "+refZ(g.abdeckung))
			}
		}
	}
	if e.Gesamt != nil {
		want = append(want, "gesamt "+refW(e.Gesamt.Punkte)+" "+refF(e.Gesamt.Abdeckung))
		got = append(got, "gesamt "+refZ(r.punkte)+" "+refZ(r.abdeckung))
	}
	for _, z := range e.Ziele {
		want = append(want, string(z.ID)+" "+refW(z.Stufe))
		got = append(got, string(z.ID)+" "+refZ(r.ziele[z.ID].stufe))
	}
	if e.Vorbewertungen != nil {
		for _, v := range e.Vorbewertungen {
			want = append(want, string(v.Entwicklungsziel)+" "+v.Regel+" "+strconv.Itoa(int(v.Stufe)))
		}
		got = append(got, r.vorbewertungen...)
	}
	if e.Streuung != nil {
		for _, s := range e.Streuung {
			want = append(want, refStreuZeile(s.Entwicklungsziel, s.Anzahl, s.NichtBeurteilbar, refF(s.Median), s.Spannweite, s.Divergent))
		}
		for _, s := range r.streuung {
			got = append(got, refStreuZeile(s.id, s.anzahl, s.nb, refZ(s.median), s.spannweite, s.divergent))
		}
	}
	if e.Prioritaeten != nil {
		for _, p := range e.Prioritaeten {
			want = append(want, string(p.Entwicklungsziel)+" "+refF(p.Wert))
		}
		got = append(got, r.prioritaeten...)
	}
	return want, got
}

// prioritaet: rule 6 for one goal — divergent ratings (unless agreed in
// the dialogue) and a level below the top; value dimension weight × goal
// weight × (4 − L)/4 × the weight of the goal's Entwicklungsbedarf.
func (s refSchalter) prioritaet(rw map[string]any, dim, id qualitaet.ID, schwerpunkt bool, z refZielErgebnis,
	es []refEinschaetzung, streuung []refStreu, gerade string) *refPrio {
	if z.stufe == nil {
		return nil
	}
	p := refPrio{id: id, schwerpunkt: schwerpunkt, wert: new(big.Rat)}
	if z.quelle == qualitaet.QuelleSelbst {
		for _, st := range streuung {
			if st.id == id && st.divergent {
				p.divergent, p.spannweite = true, st.spannweite
			}
		}
	}
	vier := big.NewRat(4, 1)
	if z.stufe.Cmp(vier) < 0 {
		abstand := s.rechne('/', new(big.Rat).Sub(vier, z.stufe), vier)
		p.wert = s.rechne('*', s.rechne('*', s.gewicht(rw, "dimensionen", dim), s.gewicht(rw, "entwicklungsziele", id)), abstand)
		if b := s.bedarfsGewicht(rw, es, gerade); b != nil {
			p.wert = s.rechne('*', p.wert, b)
		}
	} else if !p.divergent {
		return nil
	}
	return &p
}

// bedarfsGewicht is the Regelwerk's weight of the median Entwicklungsbedarf
// of the raters (gering < mittel < hoch; an even count as geradeAnzahl says,
// mittelwert taking the lower); nil when nobody stated one.
func (s refSchalter) bedarfsGewicht(rw map[string]any, es []refEinschaetzung, gerade string) *big.Rat {
	namen := []string{"gering", "mittel", "hoch"}
	var raenge []int
	for _, e := range es {
		if i := slices.Index(namen, e.bedarf); i >= 0 {
			raenge = append(raenge, i)
		}
	}
	if len(raenge) == 0 {
		return nil
	}
	if gerade == "mittelwert" {
		gerade = "unterer"
	}
	m := refMedianVon(raenge, gerade)
	name := namen[m.Num().Int64()]
	if w := s.zahl(refObj(refObj(rw["aggregation"])["entwicklungsbedarf"])[name]); w != nil && w.Sign() > 0 {
		return w
	}
	return map[string]*big.Rat{"gering": big.NewRat(1, 2), "mittel": big.NewRat(1, 1), "hoch": big.NewRat(3, 2)}[name]
}

// refOrdne orders the priorities (focus dimensions first, then divergent
// goals with the widest spread first, then by value, then by ID) and keeps
// as many as the Regelwerk says (10 by default).
func refOrdne(prios []refPrio, agg map[string]any) []string {
	slices.SortStableFunc(prios, func(a, b refPrio) int {
		switch {
		case a.schwerpunkt != b.schwerpunkt:
			if a.schwerpunkt {
				return -1
			}
			return 1
		case a.divergent != b.divergent:
			if a.divergent {
				return -1
			}
			return 1
		case a.spannweite != b.spannweite:
			return b.spannweite - a.spannweite
		}
		if c := refRundeHalb(b.wert, 4).Cmp(refRundeHalb(a.wert, 4)); c != 0 {
			return c
		}
		return qualitaet.VergleicheIDs(a.id, b.id)
	})
	n := 10
	if x, ok := agg["prioritaeten"].(json.Number); ok && string(x) != "0" {
		n, _ = strconv.Atoi(string(x))
	}
	var out []string
	for i, p := range prios {
		if i < n {
			out = append(out, string(p.id)+" "+refZ(refRundeHalb(p.wert, 4)))
		}
	}
	return out
}

// refTag is the calendar day of t, in UTC.
func refTag(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}
