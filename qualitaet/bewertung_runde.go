package qualitaet

import (
	"math/big"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"golang.org/x/text/language"
)

// RundenAngabe names the survey round a Bewertung evaluated: its ID, title
// and day, how many ratings and raters it has, and how many rounds the
// input knows in all.
type RundenAngabe struct {
	ID              string `json:"id"`
	Titel           string `json:"titel,omitempty"`
	Datum           string `json:"datum"`
	Einschaetzungen int    `json:"einschaetzungen"`
	Einschaetzende  int    `json:"einschaetzende"`
	Runden          int    `json:"runden"`
}

// PriorisierungsErgebnis is the network's own choice of priorities in the
// evaluated round, as a Bewertung shows it: the day, the number of
// participants, and the chosen goals in the order the network gave them.
type PriorisierungsErgebnis struct {
	Datum     string                `json:"datum"`
	Anwesende int                   `json:"anwesende,omitempty"`
	Ziele     []GewaehltePrioritaet `json:"ziele"`
}

// GewaehltePrioritaet is one goal the network chose to work on: its rank
// in the network's list, its text, the network's reason, and the goal's
// level in the Bewertung (absent when not assessed).
type GewaehltePrioritaet struct {
	Rang             int    `json:"rang"`
	Entwicklungsziel ID     `json:"entwicklungsziel"`
	Dimension        ID     `json:"dimension"`
	Text             string `json:"text"`
	Begruendung      string `json:"begruendung,omitempty"`
	Stufe            Wert   `json:"stufe"`
}

// BedarfsGewichte are the Regelwerk's weights of a goal's summarised
// Entwicklungsbedarf in its priority: the priority's Wert is multiplied by
// the weight of the summary value. A weight of 0 (or absent) means the
// default: gering 0.5, mittel 1, hoch 1.5 — this library's proposal, not a
// figure of the NZFH. A goal without any stated need keeps weight 1.
type BedarfsGewichte struct {
	Gering float64 `json:"gering,omitempty"`
	Mittel float64 `json:"mittel,omitempty"`
	Hoch   float64 `json:"hoch,omitempty"`

	// genau holds the decimal text of gering, mittel and hoch when it says
	// more than the float64.
	genau [3]string
}

// bedarfsGewicht returns the weight of a summarised Entwicklungsbedarf.
func (a Aggregation) bedarfsGewicht(b Entwicklungsbedarf) float64 {
	g := BedarfsGewichte{}
	if a.Entwicklungsbedarf != nil {
		g = *a.Entwicklungsbedarf
	}
	wahl := func(x, standard float64) float64 {
		if x > 0 {
			return x
		}
		return standard
	}
	switch b {
	case BedarfGering:
		return wahl(g.Gering, 0.5)
	case BedarfHoch:
		return wahl(g.Hoch, 1.5)
	case BedarfMittel:
		return wahl(g.Mittel, 1)
	}
	return 1
}

// BedarfsVerteilung counts the raters' Entwicklungsbedarf for one goal
// (one per rater, like the levels) and gives the summary value Wert: the
// median of the stated values, an even count resolved as the Regelwerk's
// GeradeAnzahl says, where "mittelwert" takes the lower of the two middle
// values (a mean of categories is no category).
type BedarfsVerteilung struct {
	Gering int                `json:"gering"`
	Mittel int                `json:"mittel"`
	Hoch   int                `json:"hoch"`
	Wert   Entwicklungsbedarf `json:"wert"`
}

func (v BedarfsVerteilung) anzahl() int { return v.Gering + v.Mittel + v.Hoch }

// bedarfsVerteilung aggregates the stated needs; nil when none is stated.
func bedarfsVerteilung(gueltig []Einschaetzung, agg Aggregation) *BedarfsVerteilung {
	var raenge []Stufe
	v := &BedarfsVerteilung{}
	for _, e := range gueltig {
		switch e.Entwicklungsbedarf {
		case BedarfGering:
			v.Gering++
		case BedarfMittel:
			v.Mittel++
		case BedarfHoch:
			v.Hoch++
		default:
			continue
		}
		raenge = append(raenge, Stufe(e.Entwicklungsbedarf.rang()))
	}
	if len(raenge) == 0 {
		return nil
	}
	slices.Sort(raenge)
	g := agg.geradeAnzahl()
	if g == MittelDerMitte {
		g = UntererMedian
	}
	v.Wert = bedarfe[int(median(raenge, g))]
	return v
}

// EbenenMedian is the result of the ratings of the raters of one level
// (Ebene: strategisch or operativ).
type EbenenMedian struct {
	Ebene  Ebene   `json:"ebene"`
	Anzahl int     `json:"anzahl"`
	Median float64 `json:"median"`
}

// ebenenErgebnis fills the result per rater level and flags a difference
// of the divergence threshold or more between the two levels.
func ebenenErgebnis(st *Streuung, agg Aggregation, _ language.Tag) {
	nach := map[Ebene][]Stufe{}
	for _, e := range st.gueltig {
		if !e.NichtBeurteilbar && e.Ebene.Valid() {
			nach[e.Ebene] = append(nach[e.Ebene], e.Stufe)
		}
	}
	for _, eb := range ebenen {
		l := nach[eb]
		if len(l) == 0 {
			continue
		}
		slices.Sort(l)
		st.Ebenen = append(st.Ebenen, EbenenMedian{Ebene: eb, Anzahl: len(l), Median: median(l, agg.geradeAnzahl())})
	}
	if len(st.Ebenen) == 2 {
		d := st.Ebenen[0].Median - st.Ebenen[1].Median
		if d < 0 {
			d = -d
		}
		st.EntlangEbenen = d >= float64(agg.divergenzSchwelle())
	}
}

// rundeVon picks the round an evaluation uses and the round to compare it
// with (nil for none). An Eingabe without rounds and ratings gives the
// empty round "".
func rundeVon(e Eingabe, tag language.Tag) (*Runde, *Runde, error) {
	folge := Rundenfolge(e.Runden, e.Einschaetzungen)
	finde := func(id, feld string) (int, error) {
		i := slices.IndexFunc(folge, func(r Runde) bool { return r.ID == id })
		if i < 0 {
			ids := make([]string, len(folge))
			for j, r := range folge {
				ids[j] = strconv.Quote(r.ID)
			}
			liste := strings.Join(ids, ", ")
			if liste == "" {
				liste = bewertungsMeldungen.Sprintf(tag, "runde.keine")
			}
			return 0, schema.NeuerFehler(schema.ArtProfil, []schema.Verletzung{bewertungsMeldungen.Verletzung(
				schema.Zeiger(feld), "verweis", "runde.unbekannt", id, liste)})
		}
		return i, nil
	}
	if len(folge) == 0 {
		if e.Runde != "" {
			_, err := finde(e.Runde, "runde")
			return nil, nil, err
		}
		return &Runde{}, nil, nil
	}
	i := letzteRundeBis(folge, e.Zeitpunkt)
	if e.Runde != "" {
		var err error
		if i, err = finde(e.Runde, "runde"); err != nil {
			return nil, nil, err
		}
	}
	var vorher *Runde
	switch {
	case e.Vergleichsrunde != "":
		j, err := finde(e.Vergleichsrunde, "vergleichsrunde")
		if err != nil {
			return nil, nil, err
		}
		if j == i {
			return nil, nil, schema.NeuerFehler(schema.ArtProfil, []schema.Verletzung{bewertungsMeldungen.Verletzung(
				schema.Zeiger("vergleichsrunde"), "verweis", "runde.gleich")})
		}
		vorher = &folge[j]
	case i > 0:
		vorher = &folge[i-1]
	}
	return &folge[i], vorher, nil
}

// rundenAngabe names the round in a Bewertung; nil when the input has no
// rounds at all (ratings without a round and no declared rounds).
func rundenAngabe(r *Runde, runden []Runde, es []Einschaetzung) *RundenAngabe {
	folge := Rundenfolge(runden, es)
	if r.ID == "" && len(folge) <= 1 {
		return nil
	}
	a := &RundenAngabe{ID: r.ID, Titel: r.Titel, Datum: r.Datum.Format(time.DateOnly), Runden: len(folge)}
	raters := map[string]bool{}
	for _, e := range es {
		if e.Runde != r.ID {
			continue
		}
		a.Einschaetzungen++
		k := e.Schluessel()
		if k == "" {
			k = "#" + strconv.Itoa(a.Einschaetzungen)
		}
		raters[k] = true
	}
	a.Einschaetzende = len(raters)
	return a
}

// priorisierung shows the network's choice of the round and marks the
// chosen goals among the computed priorities; nil when the round records
// no choice.
func priorisierung(runde *Runde, r *Rahmen, b *Bewertung, tx *texte) *PriorisierungsErgebnis {
	p := runde.Priorisierung
	if p == nil {
		return nil
	}
	out := &PriorisierungsErgebnis{Datum: p.Datum.Format(time.DateOnly), Anwesende: p.Anwesende, Ziele: []GewaehltePrioritaet{}}
	for _, g := range p.Ziele {
		z, ok := r.Entwicklungsziel(g.Entwicklungsziel)
		if !ok {
			b.Hinweise = append(b.Hinweise, tx.t("hinweis.gewaehltUnbekannt", string(g.Entwicklungsziel), r.ID))
			continue
		}
		gp := GewaehltePrioritaet{Rang: len(out.Ziele) + 1, Entwicklungsziel: z.ID, Dimension: z.ID.Dimension(),
			Text: z.TextIn(tx.tag), Begruendung: g.Begruendung}
		if ze, ok := b.Ziel(z.ID); ok {
			gp.Stufe = ze.Stufe
		}
		out.Ziele = append(out.Ziele, gp)
		for i := range b.Prioritaeten {
			if b.Prioritaeten[i].Entwicklungsziel == z.ID {
				b.Prioritaeten[i].Gewaehlt = true
			}
		}
	}
	return out
}

// dialogBegruendung names an agreed result with its day, the number
// present and the note.
func dialogBegruendung(tx *texte, d Dialogergebnis) string {
	var text string
	if d.Anwesende > 0 {
		text = tx.t("grund.dialogAnwesende", strconv.Itoa(int(d.Stufe)), tx.datum(d.Datum), strconv.Itoa(d.Anwesende))
	} else {
		text = tx.t("grund.dialog", strconv.Itoa(int(d.Stufe)), tx.datum(d.Datum))
	}
	if d.Notiz != "" {
		text += " — " + d.Notiz
	}
	return text
}

// bedarf names a value of Entwicklungsbedarf in the language.
func (tx *texte) bedarf(b Entwicklungsbedarf) string { return tx.t("bedarf." + string(b)) }

// Tendenz says how the spread of a goal's ratings changed from one round to
// the next.
type Tendenz string

// The tendencies of a spread.
const (
	Angenaehert  Tendenz = "angenaehert"  // the spread is smaller: the raters converged
	Auseinander  Tendenz = "auseinander"  // the spread is larger: the raters diverged
	Unveraendert Tendenz = "unveraendert" // the spread is the same
)

// Rundenwert is the result of a goal's ratings in one round: how many
// raters, the median (as [Aggregation] says) and the spread.
type Rundenwert struct {
	Anzahl     int     `json:"anzahl"`
	Median     float64 `json:"median"`
	Minimum    Stufe   `json:"minimum"`
	Maximum    Stufe   `json:"maximum"`
	Spannweite int     `json:"spannweite"`
}

// ZielVergleich compares the ratings of one goal in two rounds. Vorher and
// Nachher are absent when the goal has no rating (other than "nicht
// beurteilbar") in that round; Differenz (after minus before), Bewegt
// (the median moved) and Tendenz are set only when it has both.
type ZielVergleich struct {
	Entwicklungsziel ID          `json:"entwicklungsziel"`
	Vorher           *Rundenwert `json:"vorher,omitempty"`
	Nachher          *Rundenwert `json:"nachher,omitempty"`
	Differenz        Wert        `json:"differenz"`
	Bewegt           bool        `json:"bewegt"`
	Tendenz          Tendenz     `json:"tendenz,omitempty"`
}

// Rundenvergleich compares two survey rounds of one Kommune: per goal
// rated in either round (in catalogue order) the median and spread before
// and after, and the goals whose median moved, whose raters converged
// (smaller spread) and diverged (larger spread). It compares the ratings
// only; agreed results of the dialogue are not part of it.
type Rundenvergleich struct {
	Vorher      RundenAngabe    `json:"vorher"`
	Nachher     RundenAngabe    `json:"nachher"`
	Ziele       []ZielVergleich `json:"ziele"`
	Bewegt      []ID            `json:"bewegt"`
	Angenaehert []ID            `json:"angenaehert"`
	Auseinander []ID            `json:"auseinander"`
}

// VergleicheRunden compares the rounds vorher and nachher of an Eingabe
// (its Runden and Einschaetzungen, the catalogue and Regelwerk as for
// [Bewerte]); nachher "" means the latest round, vorher "" the round before
// nachher. It fails for an unknown round, the same round twice, a first
// round without one before it, a Zuschnitt that does not fit, or an invalid
// Regelwerk. Ratings dated after the day of e.Zeitpunkt do not count.
func VergleicheRunden(e Eingabe, vorher, nachher string) (*Rundenvergleich, error) {
	rw, r, err := regelwerkUndRahmen(e)
	if err != nil {
		return nil, err
	}
	e.Runde, e.Vergleichsrunde = nachher, vorher
	n, v, err := rundeVon(e, schema.Sprache(e.Sprache))
	if err != nil {
		return nil, err
	}
	if v == nil {
		return nil, schema.NeuerFehler(schema.ArtProfil, []schema.Verletzung{bewertungsMeldungen.Verletzung(
			schema.Zeiger("vergleichsrunde"), "verweis", "runde.gleich")})
	}
	return vergleiche(v, n, e.Runden, bisZumStichtag(e), r, rw.Aggregation), nil
}

// bisZumStichtag returns the ratings of e dated up to the day of its
// Zeitpunkt (all of them for the zero time).
func bisZumStichtag(e Eingabe) []Einschaetzung {
	if e.Zeitpunkt.IsZero() {
		return e.Einschaetzungen
	}
	stichtag := stichtagVon(e.Zeitpunkt)
	var out []Einschaetzung
	for _, es := range e.Einschaetzungen {
		if !stichtagVon(es.Datum).After(stichtag) {
			out = append(out, es)
		}
	}
	return out
}

// vergleiche compares the ratings of two rounds goal by goal.
func vergleiche(vorher, nachher *Runde, runden []Runde, es []Einschaetzung, r *Rahmen, agg Aggregation) *Rundenvergleich {
	werte := func(id string) map[ID]*Rundenwert {
		nachZiel := map[ID][]Einschaetzung{}
		for _, e := range EinschaetzungenDerRunde(es, id) {
			nachZiel[e.Entwicklungsziel] = append(nachZiel[e.Entwicklungsziel], e)
		}
		out := map[ID]*Rundenwert{}
		for zid, l := range nachZiel {
			if st := streuung(zid, l, agg, nil, language.German); st != nil && st.Anzahl > 0 {
				out[zid] = &Rundenwert{Anzahl: st.Anzahl, Median: st.Median, Minimum: st.Minimum, Maximum: st.Maximum, Spannweite: st.Spannweite}
			}
		}
		return out
	}
	v, n := werte(vorher.ID), werte(nachher.ID)
	rv := &Rundenvergleich{Vorher: *rundenAngabeFuer(vorher, runden, es), Nachher: *rundenAngabeFuer(nachher, runden, es),
		Ziele: []ZielVergleich{}, Bewegt: []ID{}, Angenaehert: []ID{}, Auseinander: []ID{}}
	for _, d := range r.Dimensionen {
		for _, t := range d.Themen {
			for _, z := range t.Entwicklungsziele {
				a, b := v[z.ID], n[z.ID]
				if a == nil && b == nil {
					continue
				}
				rv.Ziele = append(rv.Ziele, zielVergleich(z.ID, a, b, rv))
			}
		}
	}
	return rv
}

func zielVergleich(id ID, a, b *Rundenwert, rv *Rundenvergleich) ZielVergleich {
	zv := ZielVergleich{Entwicklungsziel: id, Vorher: a, Nachher: b}
	if a == nil || b == nil {
		return zv
	}
	diff, _ := new(big.Rat).Sub(rat(b.Median), rat(a.Median)).Float64()
	zv.Differenz = WertVon(diff)
	zv.Bewegt = diff != 0
	if zv.Bewegt {
		rv.Bewegt = append(rv.Bewegt, id)
	}
	switch {
	case b.Spannweite < a.Spannweite:
		zv.Tendenz = Angenaehert
		rv.Angenaehert = append(rv.Angenaehert, id)
	case b.Spannweite > a.Spannweite:
		zv.Tendenz = Auseinander
		rv.Auseinander = append(rv.Auseinander, id)
	default:
		zv.Tendenz = Unveraendert
	}
	return zv
}

// rundenAngabeFuer names a round with its counts, also the round "".
func rundenAngabeFuer(r *Runde, runden []Runde, es []Einschaetzung) *RundenAngabe {
	if a := rundenAngabe(r, runden, es); a != nil {
		return a
	}
	return &RundenAngabe{ID: r.ID, Titel: r.Titel, Datum: r.Datum.Format(time.DateOnly), Runden: 1}
}

// letzteRundeBis is the index in folge (oldest first) of the round a
// Bewertung evaluates when none is named: the latest round held on or before
// the day of the evaluation's moment (a round without a date counts as
// held); without a moment the latest of all. When every round lies after
// that day, the earliest (whose ratings the Stichtag then leaves out).
func letzteRundeBis(folge []Runde, zeitpunkt time.Time) int {
	if zeitpunkt.IsZero() {
		return len(folge) - 1
	}
	stichtag := stichtagVon(zeitpunkt)
	for i := len(folge) - 1; i >= 0; i-- {
		if folge[i].Datum.IsZero() || !stichtagVon(folge[i].Datum).After(stichtag) {
			return i
		}
	}
	return 0
}
