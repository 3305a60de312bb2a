package qualitaet

import (
	"cmp"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// Fakten are the facts of a profile that automated rules read: numbers
// (key figures, network facts, goal facts; booleans as 1 and 0) and lists
// (e.g. the IDs of missing sectors). A fact that is not known is absent from
// both maps — never 0; a NaN or infinite number counts as absent. The names are documented where the facts are made:
// kommune.Kennzahlen, netzwerk.Fakten, and [ZielFakten].
type Fakten struct {
	Zahlen map[string]float64
	Listen map[string][]string
}

// Kennzahl is a key figure shown in a Bewertung: its stable name, label,
// value and unit ("€", "%", "Jahre", "" for counts).
type Kennzahl struct {
	Name        string  `json:"name"`
	Bezeichnung string  `json:"bezeichnung"`
	Wert        float64 `json:"wert"`
	Einheit     string  `json:"einheit,omitempty"`
}

// Luecke is a gap found in the profile, such as a sector missing from the
// network, named for people.
type Luecke struct {
	Art         string   `json:"art"`
	Bezeichnung string   `json:"bezeichnung"`
	Details     []string `json:"details,omitempty"`
}

// Eingabe is everything an evaluation needs. Rahmen nil means the embedded
// catalogue of the Zuschnitt's version (2.0 without a Zuschnitt); Regelwerk
// nil means [StandardRegelwerk]. Zeitpunkt is the moment the Bewertung is
// made for — it is passed in, never read from a clock. Sprache chooses the
// language of all texts (German unless English).
type Eingabe struct {
	Kommune         string
	Rahmen          *Rahmen
	Zuschnitt       *Zuschnitt
	Regelwerk       *Regelwerk
	Fakten          Fakten
	Einschaetzungen []Einschaetzung
	Kennzahlen      []Kennzahl
	Luecken         []Luecke
	// Sektornamen gives the display names of sector IDs (index 0 German, 1
	// English), used to say whether ratings diverge along sector lines.
	Sektornamen map[string][2]string
	Zeitpunkt   time.Time
	Sprache     language.Tag
}

// Quelle says where a goal's level comes from.
type Quelle string

// The sources of a level.
const (
	QuelleSelbst Quelle = "selbsteinschaetzung"
	QuelleRegel  Quelle = "regel"
	QuelleKeine  Quelle = "keine"
)

// Bewertung is the result of an evaluation: per dimension of the (tailored)
// catalogue its points (0–100, or absent), coverage and reasons; per
// Entwicklungsziel its level and where it comes from; the overall score; the
// key figures, gaps, priorities, and the spread of the ratings. It is the
// document bewertung.schema.json describes.
type Bewertung struct {
	Kommune      string              `json:"kommune"`
	Rahmen       RahmenAngabe        `json:"rahmen"`
	Regelwerk    RegelwerkAngabe     `json:"regelwerk"`
	Zeitpunkt    time.Time           `json:"zeitpunkt"`
	Sprache      string              `json:"sprache"`
	Dimensionen  []DimensionErgebnis `json:"dimensionen"`
	Gesamt       Gesamt              `json:"gesamt"`
	Kennzahlen   []Kennzahl          `json:"kennzahlen"`
	Luecken      []Luecke            `json:"luecken"`
	Prioritaeten []Prioritaet        `json:"prioritaeten"`
	Streuung     []Streuung          `json:"streuung"`
	Hinweise     []string            `json:"hinweise,omitempty"`
}

// RahmenAngabe names the catalogue a Bewertung used.
type RahmenAngabe struct {
	ID           string  `json:"id"`
	Version      Version `json:"version"`
	Schwerpunkte []ID    `json:"schwerpunkte,omitempty"`
	Ausgelassen  []ID    `json:"ausgelassen,omitempty"`
	LokaleZiele  int     `json:"lokaleZiele,omitempty"`
}

// RegelwerkAngabe names the Regelwerk a Bewertung used, with what a reader
// of the result needs from it: the labels of the levels (in the
// Bewertung's language, index = level) and the spread from which ratings
// count as divergent.
type RegelwerkAngabe struct {
	ID                string   `json:"id"`
	Version           string   `json:"version"`
	Titel             string   `json:"titel"`
	Skala             []string `json:"skala"`
	DivergenzSchwelle int      `json:"divergenzSchwelle"`
}

// DimensionErgebnis is the result for one dimension.
type DimensionErgebnis struct {
	ID                ID             `json:"id"`
	Nummer            int            `json:"nummer"`
	Titel             string         `json:"titel"`
	Punkte            Wert           `json:"punkte"`
	Abdeckung         float64        `json:"abdeckung"`
	Schwerpunkt       bool           `json:"schwerpunkt"`
	Gewicht           float64        `json:"gewicht"`
	Begruendung       []string       `json:"begruendung"`
	Entwicklungsziele []ZielErgebnis `json:"entwicklungsziele"`
}

// ZielErgebnis is the result for one Entwicklungsziel. Stufe is absent when
// the goal is not assessed; it may be fractional when the median of an even
// count is a mean (see [Aggregation]).
type ZielErgebnis struct {
	ID              ID            `json:"id"`
	Text            string        `json:"text"`
	Ebene           Ebene         `json:"ebene"`
	Bereich         Bereich       `json:"bereich"`
	Herkunft        Herkunft      `json:"herkunft"`
	Gewicht         float64       `json:"gewicht"`
	Stufe           Wert          `json:"stufe"`
	Bezeichnung     string        `json:"bezeichnung,omitempty"`
	Quelle          Quelle        `json:"quelle"`
	Einschaetzungen int           `json:"einschaetzungen"`
	Begruendung     []string      `json:"begruendung"`
	Vorbewertung    *Vorbewertung `json:"vorbewertung,omitempty"`
}

// Vorbewertung is the result of the automated rules for a goal — the
// pre-assessment. It is shown even where a self-assessment wins, so the
// network sees what the data suggests.
type Vorbewertung struct {
	Regel       string `json:"regel"`
	Stufe       Stufe  `json:"stufe"`
	Begruendung string `json:"begruendung"`
}

// Gesamt is the overall result.
type Gesamt struct {
	Punkte    Wert    `json:"punkte"`
	Abdeckung float64 `json:"abdeckung"`
}

// PrioritaetsArt is the kind of a priority.
type PrioritaetsArt string

// The kinds of priorities.
const (
	// NiedrigeStufe: the goal's level is low, weighted by its importance.
	NiedrigeStufe PrioritaetsArt = "niedrige-stufe"
	// KlaerenImDialog: the raters disagree strongly; talk about it first.
	KlaerenImDialog PrioritaetsArt = "klaeren-im-dialog"
)

// Prioritaet is one item of the list of what to work on first. Wert is the
// weight of the dimension times the weight of the goal times the distance
// to the top of the scale (0–1); focus dimensions come first, then goals to
// clarify in dialogue, then by Wert, then by ID.
type Prioritaet struct {
	Rang             int            `json:"rang"`
	Entwicklungsziel ID             `json:"entwicklungsziel"`
	Dimension        ID             `json:"dimension"`
	Art              PrioritaetsArt `json:"art"`
	Wert             float64        `json:"wert"`
	Schwerpunkt      bool           `json:"schwerpunkt"`
	Begruendung      string         `json:"begruendung"`
}

// Streuung is the spread of the ratings of one goal: how many raters rated
// it, the lowest and highest level, the consensus (median), and whether the
// ratings diverge. Sektoren lists the median per rater sector where raters
// named one; EntlangSektoren reports whether a divergence runs along sector
// lines (every rating of one sector below every rating of another).
type Streuung struct {
	Entwicklungsziel ID             `json:"entwicklungsziel"`
	Anzahl           int            `json:"anzahl"`
	NichtBeurteilbar int            `json:"nichtBeurteilbar"`
	Minimum          Stufe          `json:"minimum"`
	Maximum          Stufe          `json:"maximum"`
	Median           float64        `json:"median"`
	Spannweite       int            `json:"spannweite"`
	Divergent        bool           `json:"divergent"`
	Sektoren         []SektorMedian `json:"sektoren,omitempty"`
	EntlangSektoren  bool           `json:"entlangSektoren"`
	Hinweis          string         `json:"hinweis,omitempty"`
	Stufen           []Stufe        `json:"stufen"`
	stufenNachSektor map[string][]Stufe
	gueltig          []Einschaetzung // the entries that count (one per named person)
}

// SektorMedian is the median rating of the raters of one sector.
type SektorMedian struct {
	Sektor string  `json:"sektor"`
	Name   string  `json:"name,omitempty"`
	Anzahl int     `json:"anzahl"`
	Median float64 `json:"median"`
}

// Bewerte evaluates: it tailors the catalogue, applies the self-assessments
// and the automated rules of the Regelwerk, and aggregates as [Aggregation]
// says. It is pure and deterministic: the same Eingabe gives the same
// Bewertung. It fails only for a Zuschnitt that does not fit the catalogue,
// an invalid Regelwerk, or a rating off the scale 0–4 (all
// *schema.ValidierungsFehler; a rating's pointer is
// /einschaetzungen/<index>/stufe, as in a profile). Ratings of goals
// that the tailored catalogue does not have are skipped and listed in
// Hinweise.
//
// It is a pipeline: the facts arrive in the Eingabe; per Entwicklungsziel
// the rules of the Regelwerk give a pre-assessment and the self-assessments
// (their consensus) win over it; the goals' levels give each dimension's
// points and coverage; the dimensions give the totals; the low and
// disputed goals give the priorities.
func Bewerte(e Eingabe) (*Bewertung, error) {
	l, err := neuerLauf(e)
	if err != nil {
		return nil, err
	}
	if err := l.sammleEinschaetzungen(e.Einschaetzungen); err != nil {
		return nil, err
	}
	for _, d := range l.r.Dimensionen {
		l.b.Dimensionen = append(l.b.Dimensionen, l.dimension(d))
	}
	l.summiere()
	l.ordne()
	return l.b, nil
}

// lauf is one run of [Bewerte]: its inputs, the catalogue and Regelwerk in
// effect, the result so far and the sums the totals are made of.
type lauf struct {
	e           Eingabe
	tag         language.Tag
	en          bool
	rw          *Regelwerk
	r           *Rahmen
	tx          *texte
	b           *Bewertung
	bewertungen map[ID][]Einschaetzung // ratings per goal

	gesamtZaehler, gesamtNenner, gesamtAbdeckung, gesamtGewichte big.Rat
	prios                                                        []Prioritaet
}

// neuerLauf resolves the Regelwerk and the (tailored) catalogue and starts
// the result with what the Eingabe gives.
func neuerLauf(e Eingabe) (*lauf, error) {
	tag := schema.Sprache(e.Sprache)
	en := tag == schema.Englisch
	rw, err := regelwerkFuer(e)
	if err != nil {
		return nil, err
	}
	r, err := rahmenFuer(e)
	if err != nil {
		return nil, err
	}
	b := &Bewertung{
		Kommune:      e.Kommune,
		Rahmen:       RahmenAngabe{ID: r.ID, Version: r.Version},
		Regelwerk:    RegelwerkAngabe{ID: rw.ID, Version: rw.Version, Titel: rw.Titel, Skala: skala(rw, en), DivergenzSchwelle: rw.Aggregation.divergenzSchwelle()},
		Zeitpunkt:    e.Zeitpunkt,
		Sprache:      tag.String(),
		Kennzahlen:   slices.Clone(e.Kennzahlen),
		Luecken:      slices.Clone(e.Luecken),
		Prioritaeten: []Prioritaet{},
		Streuung:     []Streuung{},
	}
	if b.Kennzahlen == nil {
		b.Kennzahlen = []Kennzahl{}
	}
	if b.Luecken == nil {
		b.Luecken = []Luecke{}
	}
	if r.Zuschnitt != nil {
		b.Rahmen.Schwerpunkte = slices.Clone(r.Zuschnitt.Schwerpunkte)
		b.Rahmen.Ausgelassen = slices.Clone(r.Zuschnitt.Ausgelassen)
		b.Rahmen.LokaleZiele = len(r.Zuschnitt.LokaleZiele)
	}
	return &lauf{e: e, tag: tag, en: en, rw: rw, r: r, tx: neueTexte(tag), b: b}, nil
}

// regelwerkFuer returns the Eingabe's Regelwerk, validated, or the shared
// default.
func regelwerkFuer(e Eingabe) (*Regelwerk, error) {
	if e.Regelwerk == nil {
		return standardRegelwerk() // shared: Bewerte only reads it
	}
	if err := e.Regelwerk.Validate(); err != nil {
		return nil, err
	}
	return e.Regelwerk, nil
}

// rahmenFuer returns the catalogue of the Eingabe (or the embedded one of
// the Zuschnitt's version, 2.0 without one), tailored by the Zuschnitt.
func rahmenFuer(e Eingabe) (*Rahmen, error) {
	r := e.Rahmen
	if r == nil {
		v := Version20
		if e.Zuschnitt != nil {
			v = e.Zuschnitt.Rahmen
		}
		var err error
		if r, err = geteilterRahmen(v); err != nil {
			return nil, err
		}
	}
	if e.Zuschnitt != nil {
		return r.Zuschneiden(e.Zuschnitt)
	}
	return r, nil
}

// sammleEinschaetzungen checks the levels of the self-assessments and
// groups them by goal; ratings of goals the catalogue lacks become hints.
func (l *lauf) sammleEinschaetzungen(alle []Einschaetzung) error {
	var falsch []schema.Verletzung
	for i, es := range alle {
		if !es.NichtBeurteilbar && !es.Stufe.Valid() {
			falsch = append(falsch, bewertungsMeldungen.Verletzung(schema.Zeiger("einschaetzungen", i, "stufe"), "skala",
				"regel.stufe", strconv.Itoa(int(es.Stufe))))
		}
	}
	if len(falsch) > 0 {
		return schema.NeuerFehler(schema.ArtProfil, falsch)
	}
	l.bewertungen = map[ID][]Einschaetzung{}
	for i, es := range alle {
		if _, ok := l.r.Entwicklungsziel(es.Entwicklungsziel); !ok {
			l.b.Hinweise = append(l.b.Hinweise, l.tx.t("hinweis.zielUnbekannt", strconv.Itoa(i), string(es.Entwicklungsziel), l.r.ID))
			continue
		}
		l.bewertungen[es.Entwicklungsziel] = append(l.bewertungen[es.Entwicklungsziel], es)
	}
	return nil
}

// dimensionsSumme collects the goals of one dimension: the weighted sum of
// their levels, the weight of the assessed and of all goals, and how many
// were assessed by self-assessment or by rule.
type dimensionsSumme struct {
	summe, bewertetGewicht, alleGewichte big.Rat
	nSelbst, nRegel, nZiele              int
}

// dimension evaluates every goal of d and gives the dimension's points
// (weighted mean level on 0–100) and coverage, adding to the totals.
func (l *lauf) dimension(d Dimension) DimensionErgebnis {
	dw := l.rw.Gewichte.Dimension(d.ID)
	de := DimensionErgebnis{ID: d.ID, Nummer: d.Nummer, Titel: d.TitelIn(l.en), Schwerpunkt: d.Schwerpunkt,
		Gewicht: dw, Entwicklungsziele: []ZielErgebnis{}}
	var ds dimensionsSumme
	for _, t := range d.Themen {
		for _, z := range t.Entwicklungsziele {
			de.Entwicklungsziele = append(de.Entwicklungsziele, l.ziel(d, z, dw, &ds))
		}
	}
	var abdeckung big.Rat
	if ds.alleGewichte.Sign() > 0 {
		abdeckung.Quo(&ds.bewertetGewicht, &ds.alleGewichte)
	}
	de.Abdeckung, _ = runde(&abdeckung, 4).Float64()
	W := rat(dw)
	if d.Schwerpunkt {
		W.Mul(W, rat(l.rw.Aggregation.schwerpunktFaktor()))
	}
	l.gesamtGewichte.Add(&l.gesamtGewichte, W)
	l.gesamtAbdeckung.Add(&l.gesamtAbdeckung, new(big.Rat).Mul(W, &abdeckung))
	if ds.bewertetGewicht.Sign() > 0 {
		punkte := new(big.Rat).Quo(&ds.summe, &ds.bewertetGewicht)
		punkte.Mul(punkte, big.NewRat(100, int64(MaxStufe)))
		f, _ := runde(punkte, 1).Float64()
		de.Punkte = WertVon(f)
		l.gesamtZaehler.Add(&l.gesamtZaehler, new(big.Rat).Mul(W, punkte))
		l.gesamtNenner.Add(&l.gesamtNenner, W)
	}
	de.Begruendung = dimensionsBegruendung(l.tx, de, ds.nZiele, ds.nSelbst, ds.nRegel)
	return de
}

// ziel evaluates one goal: the rules' pre-assessment, then the consensus
// of the self-assessments, which wins; a level adds to the dimension's sums
// and, below the top of the scale, gives a priority.
func (l *lauf) ziel(d Dimension, z Entwicklungsziel, dw float64, ds *dimensionsSumme) ZielErgebnis {
	tx := l.tx
	ds.nZiele++
	zw := l.rw.Gewichte.Entwicklungsziel(z.ID)
	ds.alleGewichte.Add(&ds.alleGewichte, rat(zw))
	ze := ZielErgebnis{ID: z.ID, Text: z.TextIn(l.en), Ebene: z.Ebene, Bereich: z.Bereich, Herkunft: z.Herkunft,
		Gewicht: zw, Quelle: QuelleKeine, Begruendung: []string{}}
	vb := vorbewerte(l.rw, z.ID, l.e.Fakten, tx)
	ze.Vorbewertung = vb
	stufe := l.selbsteinschaetzung(d, z, vb, &ze)
	if stufe == nil && vb != nil {
		stufe = new(big.Rat).SetInt64(int64(vb.Stufe))
		ze.Quelle = QuelleRegel
		ze.Begruendung = append(ze.Begruendung, tx.t("grund.regel", vb.Regel, vb.Begruendung))
	}
	if stufe == nil {
		ze.Begruendung = append(ze.Begruendung, tx.t("grund.keine"))
		return ze
	}
	f, _ := stufe.Float64()
	ze.Stufe = WertVon(f)
	ze.Bezeichnung = stufenBezeichnung(l.rw, stufe, l.en)
	switch ze.Quelle {
	case QuelleSelbst:
		ds.nSelbst++
	case QuelleRegel:
		ds.nRegel++
	}
	w := rat(zw)
	ds.bewertetGewicht.Add(&ds.bewertetGewicht, w)
	ds.summe.Add(&ds.summe, new(big.Rat).Mul(w, stufe))
	if stufe.Cmp(new(big.Rat).SetInt64(int64(MaxStufe))) < 0 {
		abstand := new(big.Rat).Sub(new(big.Rat).SetInt64(int64(MaxStufe)), stufe)
		abstand.Quo(abstand, new(big.Rat).SetInt64(int64(MaxStufe)))
		wert := new(big.Rat).Mul(new(big.Rat).Mul(rat(dw), w), abstand)
		wf, _ := runde(wert, 4).Float64()
		l.prios = append(l.prios, Prioritaet{Entwicklungsziel: z.ID, Dimension: d.ID, Art: NiedrigeStufe,
			Wert: wf, Schwerpunkt: d.Schwerpunkt,
			Begruendung: tx.t("prio.niedrig", string(z.ID), ze.Bezeichnung, tx.zahl(wf))})
	}
	return ze
}

// selbsteinschaetzung applies the self-assessments of goal z: their
// spread, their consensus as the level (nil without a rating), the reason,
// and a priority to clarify in dialogue where they diverge.
func (l *lauf) selbsteinschaetzung(d Dimension, z Entwicklungsziel, vb *Vorbewertung, ze *ZielErgebnis) *big.Rat {
	tx := l.tx
	st := streuung(z.ID, l.bewertungen[z.ID], l.rw.Aggregation, l.e.Sektornamen, l.tag)
	if st == nil {
		return nil
	}
	ze.Einschaetzungen = st.Anzahl
	if st.Anzahl == 0 {
		if st.NichtBeurteilbar > 0 {
			ze.Begruendung = append(ze.Begruendung, tx.t("grund.nichtBeurteilbar", strconv.Itoa(st.NichtBeurteilbar)))
		}
		return nil
	}
	l.b.Streuung = append(l.b.Streuung, *st)
	ze.Quelle = QuelleSelbst
	ze.Begruendung = append(ze.Begruendung, selbstBegruendung(tx, st))
	if st.Divergent {
		l.prios = append(l.prios, Prioritaet{Entwicklungsziel: z.ID, Dimension: d.ID, Art: KlaerenImDialog,
			Wert: float64(st.Spannweite) / float64(MaxStufe), Schwerpunkt: d.Schwerpunkt,
			Begruendung: tx.t("prio.dialog", string(z.ID), strconv.Itoa(int(st.Minimum)), strconv.Itoa(int(st.Maximum)))})
	}
	if vb != nil {
		ze.Begruendung = append(ze.Begruendung, tx.t("grund.vorbewertungUeberstimmt", vb.Regel, strconv.Itoa(int(vb.Stufe)), vb.Begruendung))
	}
	return rat(st.Median)
}

// summiere gives the totals: the weighted mean of the dimensions' points
// (focus dimensions weighted by the Schwerpunkt factor) and of their
// coverage.
func (l *lauf) summiere() {
	if l.gesamtNenner.Sign() > 0 {
		f, _ := runde(new(big.Rat).Quo(&l.gesamtZaehler, &l.gesamtNenner), 1).Float64()
		l.b.Gesamt.Punkte = WertVon(f)
	}
	if l.gesamtGewichte.Sign() > 0 {
		l.b.Gesamt.Abdeckung, _ = runde(new(big.Rat).Quo(&l.gesamtAbdeckung, &l.gesamtGewichte), 4).Float64()
	}
}

// ordne orders the priorities and the spreads (widest first).
func (l *lauf) ordne() {
	l.b.Prioritaeten = ordnePrioritaeten(l.prios, l.rw.Aggregation.prioritaeten())
	slices.SortStableFunc(l.b.Streuung, func(a, c Streuung) int {
		if a.Spannweite != c.Spannweite {
			return c.Spannweite - a.Spannweite
		}
		return VergleicheIDs(a.Entwicklungsziel, c.Entwicklungsziel)
	})
}

func skala(rw *Regelwerk, en bool) []string {
	out := make([]string, 0, int(MaxStufe)+1)
	for s := MinStufe; s <= MaxStufe; s++ {
		out = append(out, rw.Bezeichnung(s, en))
	}
	return out
}

func ordnePrioritaeten(prios []Prioritaet, n int) []Prioritaet {
	rang := func(a PrioritaetsArt) int {
		if a == KlaerenImDialog {
			return 0
		}
		return 1
	}
	slices.SortStableFunc(prios, func(a, b Prioritaet) int {
		if a.Schwerpunkt != b.Schwerpunkt {
			if a.Schwerpunkt {
				return -1
			}
			return 1
		}
		if c := cmp.Compare(rang(a.Art), rang(b.Art)); c != 0 {
			return c
		}
		if c := cmp.Compare(b.Wert, a.Wert); c != 0 {
			return c
		}
		return VergleicheIDs(a.Entwicklungsziel, b.Entwicklungsziel)
	})
	if len(prios) > n {
		prios = prios[:n]
	}
	for i := range prios {
		prios[i].Rang = i + 1
	}
	if prios == nil {
		prios = []Prioritaet{}
	}
	return prios
}

// geteilterRahmen returns the embedded catalogue of version v itself, not
// the copy [RahmenVersion] hands out: Bewerte only reads it, and a
// Zuschnitt works on a copy of its own.
func geteilterRahmen(v Version) (*Rahmen, error) {
	m, err := eingebettet()
	if err != nil {
		return nil, err
	}
	if r, ok := m[v]; ok {
		return r, nil
	}
	return RahmenVersion(v)
}

// vorbewerte applies the rules for goal id and returns the winning one: the
// highest level among the rules whose condition holds, the first in document
// order on a tie; nil when none holds.
func vorbewerte(rw *Regelwerk, id ID, f Fakten, tx *texte) *Vorbewertung {
	var best *Regel
	for i := range rw.Regeln {
		r := &rw.Regeln[i]
		if r.Entwicklungsziel != id {
			continue
		}
		if pruefeRegel(r, f) && (best == nil || r.Stufe > best.Stufe) {
			best = r
		}
	}
	if best == nil {
		return nil
	}
	bestWert := faktText(best, f, tx)
	vorlage := best.Begruendung
	if tx.tag == schema.Englisch && best.BegruendungEn != "" {
		vorlage = best.BegruendungEn
	}
	text := ersetzePlatzhalter(vorlage, bestWert, best.schwelleText(tx.zahl), best.Fakt)
	return &Vorbewertung{Regel: best.ID, Stufe: best.Stufe, Begruendung: text}
}

// ersetzePlatzhalter fills the placeholders {wert}, {schwelle} and {fakt}
// of a reason template in one pass, like strings.Replacer, without building
// a replacer per reason.
func ersetzePlatzhalter(vorlage, wert, schwelle, fakt string) string {
	if !strings.Contains(vorlage, "{") {
		return vorlage
	}
	var b strings.Builder
	b.Grow(len(vorlage) + len(wert) + len(schwelle))
	for i := 0; i < len(vorlage); i++ {
		if vorlage[i] == '{' {
			rest := vorlage[i:]
			switch {
			case strings.HasPrefix(rest, "{wert}"):
				b.WriteString(wert)
				i += len("{wert}") - 1
				continue
			case strings.HasPrefix(rest, "{schwelle}"):
				b.WriteString(schwelle)
				i += len("{schwelle}") - 1
				continue
			case strings.HasPrefix(rest, "{fakt}"):
				b.WriteString(fakt)
				i += len("{fakt}") - 1
				continue
			}
		}
		b.WriteByte(vorlage[i])
	}
	return b.String()
}

// pruefeRegel reports whether the rule's condition holds. Figures are
// compared as float64: the exact decimals they print as ([rat]) are in the
// same order, so the answer is the exact one.
func pruefeRegel(r *Regel, f Fakten) bool {
	if r.Operator == Enthaelt || r.Operator == Vorhanden {
		if l, ok := f.Listen[r.Fakt]; ok {
			if r.Operator == Vorhanden {
				return true
			}
			return slices.Contains(l, r.Text)
		}
	}
	x, ok := f.Zahlen[r.Fakt]
	if !ok || math.IsNaN(x) || math.IsInf(x, 0) {
		return false // NaN and infinities are no figures: absent, like WertVon
	}
	switch r.Operator {
	case Vorhanden:
		return true
	case Gleich:
		return x == *r.Wert
	case Mindestens:
		return x >= *r.Wert
	case Hoechstens:
		return x <= *r.Wert
	case Zwischen:
		return x >= *r.Von && x <= *r.Bis
	}
	return false
}

// faktText returns the value of the fact a rule reads, as text for its
// reason: a list joined by commas, a figure as the language writes it.
func faktText(r *Regel, f Fakten, tx *texte) string {
	if r.Operator == Enthaelt || r.Operator == Vorhanden {
		if l, ok := f.Listen[r.Fakt]; ok {
			return strings.Join(l, ", ")
		}
	}
	if x, ok := f.Zahlen[r.Fakt]; ok && !math.IsNaN(x) && !math.IsInf(x, 0) {
		return tx.zahl(x)
	}
	return ""
}

// streuung computes the consensus and spread of the entries for one goal;
// nil when there are none.
func streuung(id ID, es []Einschaetzung, agg Aggregation, sektornamen map[string][2]string, tag language.Tag) *Streuung {
	if len(es) == 0 {
		return nil
	}
	// One entry per named person: the latest (later date; on the same date
	// the later entry in the list).
	neueste := map[string]int{}
	var gueltig []Einschaetzung
	for _, e := range es {
		if e.Person == "" {
			gueltig = append(gueltig, e)
			continue
		}
		if i, ok := neueste[e.Person]; ok {
			if !e.Datum.Before(gueltig[i].Datum) {
				gueltig[i] = e
			}
			continue
		}
		neueste[e.Person] = len(gueltig)
		gueltig = append(gueltig, e)
	}
	st := &Streuung{Entwicklungsziel: id, Stufen: []Stufe{}, stufenNachSektor: map[string][]Stufe{}, gueltig: gueltig}
	for _, e := range gueltig {
		if e.NichtBeurteilbar {
			st.NichtBeurteilbar++
			continue
		}
		st.Stufen = append(st.Stufen, e.Stufe)
		if e.Sektor != "" {
			st.stufenNachSektor[e.Sektor] = append(st.stufenNachSektor[e.Sektor], e.Stufe)
		}
	}
	st.Anzahl = len(st.Stufen)
	if st.Anzahl == 0 {
		return st
	}
	slices.Sort(st.Stufen)
	st.Minimum, st.Maximum = st.Stufen[0], st.Stufen[len(st.Stufen)-1]
	st.Spannweite = int(st.Maximum - st.Minimum)
	st.Median = median(st.Stufen, agg.geradeAnzahl())
	st.Divergent = st.Spannweite >= agg.divergenzSchwelle()
	sektoren := make([]string, 0, len(st.stufenNachSektor))
	for s := range st.stufenNachSektor {
		sektoren = append(sektoren, s)
	}
	slices.Sort(sektoren)
	for _, s := range sektoren {
		l := st.stufenNachSektor[s]
		slices.Sort(l)
		st.Sektoren = append(st.Sektoren, SektorMedian{Sektor: s, Name: sektorName(sektornamen, s, tag),
			Anzahl: len(l), Median: median(l, agg.geradeAnzahl())})
	}
	if st.Divergent && len(sektoren) >= 2 {
		st.EntlangSektoren, st.Hinweis = entlangSektoren(st, sektornamen, tag)
	}
	return st
}

// sektorName returns the display name of a sector in the language, "" when
// none is known.
func sektorName(namen map[string][2]string, s string, tag language.Tag) string {
	n, ok := namen[s]
	if !ok {
		return ""
	}
	if tag == schema.Englisch && n[1] != "" {
		return n[1]
	}
	return n[0]
}

// entlangSektoren reports whether the sectors' ratings separate: some
// sector's every rating lies below another sector's every rating, and the
// sectors together span the divergence (the lowest and the highest rating
// belong to different, separated sectors).
func entlangSektoren(st *Streuung, namen map[string][2]string, tag language.Tag) (bool, string) {
	// Every pair is tried, in name order: the first sector holding the
	// lowest rating need not be the one that separates.
	sektoren := make([]string, 0, len(st.stufenNachSektor))
	for s := range st.stufenNachSektor {
		sektoren = append(sektoren, s)
	}
	slices.Sort(sektoren)
	var tief, hoch string
suche:
	for _, t := range sektoren {
		tl := st.stufenNachSektor[t]
		if tl[0] != st.Minimum {
			continue
		}
		for _, h := range sektoren {
			hl := st.stufenNachSektor[h]
			if h != t && hl[len(hl)-1] == st.Maximum && hl[0] > tl[len(tl)-1] {
				tief, hoch = t, h
				break suche
			}
		}
	}
	if tief == "" {
		return false, ""
	}
	name := func(s string) string {
		if n, ok := namen[s]; ok {
			if tag == schema.Englisch && n[1] != "" {
				return n[1]
			}
			return n[0]
		}
		return s
	}
	return true, bewertungsMeldungen.Sprintf(tag, "streuung.sektoren", name(tief), name(hoch))
}

func median(sortiert []Stufe, g GeradeAnzahl) float64 {
	n := len(sortiert)
	if n%2 == 1 {
		return float64(sortiert[n/2])
	}
	a, b := sortiert[n/2-1], sortiert[n/2]
	switch g {
	case ObererMedian:
		return float64(b)
	case MittelDerMitte:
		return float64(a+b) / 2
	}
	return float64(a)
}

func stufenBezeichnung(rw *Regelwerk, s *big.Rat, en bool) string {
	if s.IsInt() {
		return rw.Bezeichnung(Stufe(s.Num().Int64()), en)
	}
	f, _ := s.Float64()
	unten := Stufe(f)
	return rw.Bezeichnung(unten, en) + " – " + rw.Bezeichnung(unten+1, en)
}

func selbstBegruendung(tx *texte, st *Streuung) string {
	if st.Anzahl == 1 {
		for _, e := range st.gueltig {
			if !e.NichtBeurteilbar {
				text := tx.t("grund.selbstEinzeln", strconv.Itoa(int(e.Stufe)), tx.datum(e.Datum))
				if e.Begruendung != "" {
					text += " — " + e.Begruendung
				}
				return text
			}
		}
	}
	stufen := make([]string, len(st.Stufen))
	for i, s := range st.Stufen {
		stufen[i] = strconv.Itoa(int(s))
	}
	return tx.t("grund.selbstMehrere", strconv.Itoa(st.Anzahl), strings.Join(stufen, ", "),
		strconv.FormatFloat(st.Median, 'f', -1, 64))
}

func dimensionsBegruendung(tx *texte, de DimensionErgebnis, nZiele, nSelbst, nRegel int) []string {
	out := []string{tx.t("dimension.abdeckung", strconv.Itoa(nSelbst+nRegel), strconv.Itoa(nZiele),
		strconv.Itoa(nSelbst), strconv.Itoa(nRegel))}
	if !de.Punkte.Gesetzt() {
		out = append(out, tx.t("dimension.ohnePunkte"))
	}
	if de.Schwerpunkt {
		out = append(out, tx.t("dimension.schwerpunkt"))
	}
	return out
}

// texte formats the engine's messages and figures in one language, reusing
// one message printer for a whole evaluation (printers are costly to make
// and not safe for concurrent use, so each evaluation has its own).
type texte struct {
	tag     language.Tag
	drucker *message.Printer
}

func neueTexte(tag language.Tag) *texte {
	return &texte{tag: tag, drucker: bewertungsMeldungen.Drucker(tag)}
}

func (tx *texte) t(key string, args ...any) string { return tx.drucker.Sprintf(key, args...) }

// datum formats a day the way the language writes it: 01.10.2026 in
// German, 2026-10-01 in English.
func (tx *texte) datum(t time.Time) string {
	if tx.tag == schema.Englisch {
		return t.Format(time.DateOnly)
	}
	return t.Format("02.01.2006")
}

func (tx *texte) zahl(f float64) string {
	return tx.drucker.Sprint(number.Decimal(f, number.MaxFractionDigits(2)))
}

// rat converts a float64 to the exact decimal it prints as (shortest
// representation), so 0.1 is 1/10, not the binary neighbour.
func rat(f float64) *big.Rat {
	r, _ := new(big.Rat).SetString(strconv.FormatFloat(f, 'f', -1, 64))
	return r
}

// runde rounds r to n decimal places, half away from zero, exactly.
func runde(r *big.Rat, n int) *big.Rat {
	skala := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil)
	x := new(big.Rat).Mul(r, new(big.Rat).SetInt(skala))
	num, den := new(big.Int).Set(x.Num()), x.Denom()
	neg := num.Sign() < 0
	num.Abs(num)
	q, rest := new(big.Int).QuoRem(num, den, new(big.Int))
	if new(big.Int).Mul(rest, big.NewInt(2)).Cmp(den) >= 0 {
		q.Add(q, big.NewInt(1))
	}
	if neg {
		q.Neg(q)
	}
	return new(big.Rat).SetFrac(q, skala)
}

// Dokument returns the Bewertung as an indented JSON document with its
// "$schema".
func (b *Bewertung) Dokument() ([]byte, error) {
	return json.MarshalIndent(struct {
		Schema string `json:"$schema"`
		*Bewertung
	}{schema.ArtBewertung.ID(), b}, "", "  ")
}

// Dimension returns the result for dimension id, or false.
func (b *Bewertung) Dimension(id ID) (*DimensionErgebnis, bool) {
	for i := range b.Dimensionen {
		if b.Dimensionen[i].ID == id {
			return &b.Dimensionen[i], true
		}
	}
	return nil, false
}

// Ziel returns the result for goal id, or false.
func (b *Bewertung) Ziel(id ID) (*ZielErgebnis, bool) {
	d, ok := b.Dimension(id.Dimension())
	if !ok {
		return nil, false
	}
	for i := range d.Entwicklungsziele {
		if d.Entwicklungsziele[i].ID == id {
			return &d.Entwicklungsziele[i], true
		}
	}
	return nil, false
}

func (s Streuung) String() string {
	return fmt.Sprintf("%s: n=%d min=%d max=%d median=%g", s.Entwicklungsziel, s.Anzahl, s.Minimum, s.Maximum, s.Median)
}
