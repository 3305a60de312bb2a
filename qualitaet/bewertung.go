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
	// Genau holds exact values of numbers read from decimal text that says
	// more than a float64 (0.30000000000000000001); a name here is compared
	// with this value, whatever Zahlen holds. Optional.
	Genau map[string]*big.Rat
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
// nil means [StandardRegelwerk] (a Regelwerk given replaces the default
// entirely). Zeitpunkt is the moment the Bewertung is made for — it is
// passed in, never read from a clock — and its day is the Stichtag:
// ratings dated after it are not counted (named in Hinweise); the zero
// time cuts off nothing. Sprache chooses the
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
	// Datenhinweis is the profile's own note on its data (e.g. that parts
	// are illustrative); it is carried into the Bewertung unchanged so that
	// every report of it can print it first.
	Datenhinweis string
	// Runden are the survey rounds ([Runde]) with what the network decided
	// in them. Runde names the round to evaluate; "" means the latest held
	// on or before the day of Zeitpunkt (see [Rundenfolge]; without a
	// Zeitpunkt the latest of all). Only the ratings of that round count; rounds are never
	// pooled. Vergleichsrunde names the round to compare it with; "" means
	// the round before it, when there is one.
	Runden          []Runde
	Runde           string
	Vergleichsrunde string
	Zeitpunkt       time.Time
	Sprache         language.Tag
}

// stichtagVon returns the day of the moment t (in t's own zone) as
// midnight UTC, like the ratings' dates: days are compared, not times.
func stichtagVon(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// Quelle says where a goal's level comes from.
type Quelle string

// The sources of a level.
const (
	QuelleSelbst Quelle = "selbsteinschaetzung"
	// QuelleDialog: the level the network agreed on in the dialogue
	// ([Dialogergebnis]); it replaces the result of the ratings.
	QuelleDialog Quelle = "dialog"
	QuelleRegel  Quelle = "regel"
	QuelleKeine  Quelle = "keine"
)

// Bewertung is the result of an evaluation: per dimension of the (tailored)
// catalogue its points (0–100, or absent), coverage and reasons; per
// Entwicklungsziel its level and where it comes from; the overall score; the
// key figures, gaps, priorities, and the spread of the ratings. Quellen
// counts where the levels come from; Datenhinweis is the profile's note on
// its data. It is the document bewertung.schema.json describes.
type Bewertung struct {
	Kommune      string              `json:"kommune"`
	Datenhinweis string              `json:"datenhinweis,omitempty"`
	Runde        *RundenAngabe       `json:"runde,omitempty"`
	Rahmen       RahmenAngabe        `json:"rahmen"`
	Regelwerk    RegelwerkAngabe     `json:"regelwerk"`
	Zeitpunkt    time.Time           `json:"zeitpunkt"`
	Sprache      string              `json:"sprache"`
	Dimensionen  []DimensionErgebnis `json:"dimensionen"`
	Gesamt       Gesamt              `json:"gesamt"`
	Quellen      QuellenAnzahl       `json:"quellen"`
	Kennzahlen   []Kennzahl          `json:"kennzahlen"`
	Luecken      []Luecke            `json:"luecken"`
	// Priorisierung is the network's own choice of priorities in the
	// round; it comes first. Prioritaeten is the computed ranking, a
	// suggestion beside it.
	Priorisierung *PriorisierungsErgebnis `json:"priorisierung,omitempty"`
	Prioritaeten  []Prioritaet            `json:"prioritaeten"`
	Streuung      []Streuung              `json:"streuung"`
	Vergleich     *Rundenvergleich        `json:"vergleich,omitempty"`
	Hinweise      []string                `json:"hinweise,omitempty"`
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
// of the result needs from it: its provenance and note (copied from
// [Regelwerk.Herkunft] and [Regelwerk.Hinweis], e.g. that it is this
// library's proposal and not a standard of the NZFH), the labels of the
// levels (in the Bewertung's language, index = level), the rule for the
// median of an even count of ratings, and the spread from which ratings
// count as divergent.
type RegelwerkAngabe struct {
	ID                string       `json:"id"`
	Version           string       `json:"version"`
	Titel             string       `json:"titel"`
	Herkunft          Herkunft     `json:"herkunft,omitempty"`
	Hinweis           string       `json:"hinweis,omitempty"`
	Skala             []string     `json:"skala"`
	GeradeAnzahl      GeradeAnzahl `json:"geradeAnzahl,omitempty"`
	DivergenzSchwelle int          `json:"divergenzSchwelle"`
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
	// Dialog is the level the network agreed on for the goal in the round;
	// when set, it is the goal's Stufe (Quelle "dialog") and the result of
	// the ratings stays in the Bewertung's Streuung.
	Dialog *Dialogergebnis `json:"dialog,omitempty"`
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

// QuellenAnzahl counts the Entwicklungsziele of a Bewertung by where their
// level comes from: the network's own ratings (Selbsteinschaetzung) or an
// automated rule reading structural data (Regel, the pre-assessment). A
// Bewertung with Selbsteinschaetzung 0 rests on the rules alone.
type QuellenAnzahl struct {
	Entwicklungsziele   int `json:"entwicklungsziele"`
	Selbsteinschaetzung int `json:"selbsteinschaetzung"`
	Dialog              int `json:"dialog,omitempty"`
	Regel               int `json:"regel"`
}

// NurVorbewertung reports whether the levels come from automated rules
// only: some goal is assessed, none by the network's own ratings or
// dialogue.
func (q QuellenAnzahl) NurVorbewertung() bool {
	return q.Selbsteinschaetzung == 0 && q.Dialog == 0 && q.Regel > 0
}

// PrioritaetsArt is the kind of a reason for a priority.
type PrioritaetsArt string

// The kinds of reasons for a priority.
const (
	// NiedrigeStufe: the goal's level is below the top of the scale
	// (any level 0–3, so the code does not mean "low"), weighted by its
	// importance.
	NiedrigeStufe PrioritaetsArt = "niedrige-stufe"
	// KlaerenImDialog: the raters disagree strongly; the goal's result is
	// provisional until the network has talked about it.
	KlaerenImDialog PrioritaetsArt = "klaeren-im-dialog"
	// Bedarf: the raters see a development need (Entwicklungsbedarf); the
	// Regelwerk's weight for it scales Wert (see
	// [Aggregation.Entwicklungsbedarf]).
	Bedarf PrioritaetsArt = "entwicklungsbedarf"
)

// Prioritaet is one item of the list of what to work on first: one goal,
// once, with every reason it is there (Gruende, in the order dialogue,
// level). Art is the first reason's kind and Begruendung all reasons as one
// text, for readers of the older shape. Wert is the weight of the dimension
// times the weight of the goal times the distance to the top of the scale
// (0–1; 0 for a goal at the top that is listed for dialogue only), times
// the Regelwerk's weight of the goal's Entwicklungsbedarf where raters
// stated one. Order:
// focus dimensions first, then goals to clarify in dialogue (widest spread
// first), then by Wert, then by ID.
type Prioritaet struct {
	Rang             int                `json:"rang"`
	Entwicklungsziel ID                 `json:"entwicklungsziel"`
	Dimension        ID                 `json:"dimension"`
	Art              PrioritaetsArt     `json:"art"`
	Wert             float64            `json:"wert"`
	Schwerpunkt      bool               `json:"schwerpunkt"`
	Begruendung      string             `json:"begruendung"`
	Gruende          []PrioritaetsGrund `json:"gruende,omitempty"`
	// Gewaehlt reports whether the network chose the goal itself (see
	// [Bewertung.Priorisierung]).
	Gewaehlt   bool `json:"gewaehlt,omitempty"`
	spannweite int
}

// PrioritaetsGrund is one reason for a priority: its kind and a sentence
// that names it ("im Dialog klären: …", "unter der höchsten Stufe: …").
type PrioritaetsGrund struct {
	Art         PrioritaetsArt `json:"art"`
	Begruendung string         `json:"begruendung"`
}

// Streuung is the spread of the ratings of one goal: how many raters rated
// it, the lowest and highest level, the result of the ratings (Median: the
// median, an even count resolved as [Aggregation.GeradeAnzahl] says), and
// whether the ratings diverge (then the result is provisional until the
// network has talked about it). One rating per rater counts: the latest of
// each rater key (else person text). Sektoren lists the median per rater sector where raters
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
	// Entwicklungsbedarf counts the raters' Entwicklungsbedarf; nil when
	// nobody stated one.
	Entwicklungsbedarf *BedarfsVerteilung `json:"entwicklungsbedarf,omitempty"`
	// Ebenen is the result per rater level (strategisch, operativ) where
	// raters named one; EntlangEbenen reports whether the two levels'
	// results differ by the divergence threshold or more.
	Ebenen           []EbenenMedian `json:"ebenen,omitempty"`
	EntlangEbenen    bool           `json:"entlangEbenen,omitempty"`
	stufenNachSektor map[string][]Stufe
	gueltig          []Einschaetzung // the entries that count (one per rater)
}

// SektorMedian is the median rating of the raters of one sector.
type SektorMedian struct {
	Sektor string  `json:"sektor"`
	Name   string  `json:"name,omitempty"`
	Anzahl int     `json:"anzahl"`
	Median float64 `json:"median"`
}

// Bewerte evaluates: it picks one survey round (Eingabe.Runde, the latest by
// default; see [Rundenfolge]), tailors the catalogue, applies the
// self-assessments of that round (one per rater), the levels the network
// agreed on in it and the automated rules of the Regelwerk, and aggregates
// as [Aggregation] says; it compares the round with the one before (or
// Eingabe.Vergleichsrunde) and shows the network's choice of priorities. It
// is pure and deterministic: the same Eingabe gives the same Bewertung. It
// fails only for an unknown round, a Zuschnitt that does not fit the
// catalogue, an invalid Regelwerk, or a rating off the scale 0–4 (all
// *schema.ValidierungsFehler; a rating's pointer is
// /einschaetzungen/<index>/stufe, as in a profile). Ratings of goals
// that the tailored catalogue does not have are skipped and listed in
// Hinweise.
func Bewerte(e Eingabe) (*Bewertung, error) {
	tag := schema.Sprache(e.Sprache)
	rw, r, err := regelwerkUndRahmen(e)
	if err != nil {
		return nil, err
	}
	b := neueBewertung(e, r, rw, tag)
	tx := neueTexte(tag)

	// Ratings per goal of the evaluated round, one per rater (the latest).
	if err := pruefeStufen(e.Einschaetzungen); err != nil {
		return nil, err
	}
	rd, vorher, err := rundeVon(e, tag)
	if err != nil {
		return nil, err
	}
	b.Runde = rundenAngabe(rd, e.Runden, e.Einschaetzungen)
	bewertungen := bewertungenDerRunde(e, r, rd, b, tx)

	agg := rw.Aggregation
	var gesamtZaehler, gesamtNenner, gesamtAbdeckung, gesamtGewichte big.Rat
	var prios []Prioritaet
	for _, d := range r.Dimensionen {
		k := zielKontext{rw: rw, tx: tx, f: e.Fakten, sektornamen: e.Sektornamen, dw: rw.Gewichte.Dimension(d.ID), d: d, runde: rd}
		de, punkte, abdeckung := bewerteDimension(k, bewertungen, b, &prios)
		W := rw.Gewichte.exakt(d.ID, k.dw)
		if d.Schwerpunkt {
			W.Mul(W, agg.schwerpunktFaktorExakt())
		}
		gesamtGewichte.Add(&gesamtGewichte, W)
		gesamtAbdeckung.Add(&gesamtAbdeckung, new(big.Rat).Mul(W, abdeckung))
		if punkte != nil {
			gesamtZaehler.Add(&gesamtZaehler, new(big.Rat).Mul(W, punkte))
			gesamtNenner.Add(&gesamtNenner, W)
		}
		b.Dimensionen = append(b.Dimensionen, de)
	}
	if gesamtNenner.Sign() > 0 {
		f, _ := runde(new(big.Rat).Quo(&gesamtZaehler, &gesamtNenner), 1).Float64()
		b.Gesamt.Punkte = WertVon(f)
	}
	if gesamtGewichte.Sign() > 0 {
		b.Gesamt.Abdeckung, _ = runde(new(big.Rat).Quo(&gesamtAbdeckung, &gesamtGewichte), 4).Float64()
	}
	b.Prioritaeten = ordnePrioritaeten(prios, agg.prioritaeten())
	b.Priorisierung = priorisierung(rd, r, b, tx)
	if vorher != nil {
		b.Vergleich = vergleiche(vorher, rd, e.Runden, bisZumStichtag(e), r, agg)
	}
	slices.SortStableFunc(b.Streuung, func(a, c Streuung) int {
		if a.Spannweite != c.Spannweite {
			return c.Spannweite - a.Spannweite
		}
		return VergleicheIDs(a.Entwicklungsziel, c.Entwicklungsziel)
	})
	return b, nil
}

// pruefeStufen refuses ratings off the scale 0–4 and ratings whose level
// was never set (neither StufeGesetzt nor a level above 0, and not "nicht
// beurteilbar"), with the pointer of each as in a profile.
func pruefeStufen(einschaetzungen []Einschaetzung) error {
	var falsch []schema.Verletzung
	for i, es := range einschaetzungen {
		switch {
		case es.NichtBeurteilbar:
		case !es.HatStufe():
			// A forgotten level is no level 0: set StufeGesetzt (as
			// NeueEinschaetzung and the JSON decoder do) or say "nicht
			// beurteilbar".
			falsch = append(falsch, bewertungsMeldungen.Verletzung(schema.Zeiger("einschaetzungen", i, "stufe"), "pflicht",
				"regel.stufeFehlt"))
		case !es.Stufe.Valid():
			falsch = append(falsch, bewertungsMeldungen.Verletzung(schema.Zeiger("einschaetzungen", i, "stufe"), "skala",
				"regel.stufe", strconv.Itoa(int(es.Stufe))))
		}
	}
	return schema.NeuerFehler(schema.ArtProfil, falsch)
}

// bewertungenDerRunde collects the ratings per goal that count: those of
// round rd dated up to the Stichtag, of goals the tailored catalogue has
// (the others are named in b.Hinweise). An aggregated entry counts Anzahl
// times.
func bewertungenDerRunde(e Eingabe, r *Rahmen, rd *Runde, b *Bewertung, tx *texte) map[ID][]Einschaetzung {
	bewertungen := map[ID][]Einschaetzung{}
	stichtag := stichtagVon(e.Zeitpunkt)
	for i, es := range e.Einschaetzungen {
		if es.Runde != rd.ID {
			continue
		}
		if !e.Zeitpunkt.IsZero() && stichtagVon(es.Datum).After(stichtag) {
			b.Hinweise = append(b.Hinweise, tx.t("hinweis.nachStichtag", strconv.Itoa(i), tx.datum(es.Datum), tx.datum(e.Zeitpunkt)))
			continue
		}
		if _, ok := r.Entwicklungsziel(es.Entwicklungsziel); !ok {
			if dim := es.Entwicklungsziel.Dimension(); r.Zuschnitt != nil && slices.Contains(r.Zuschnitt.Ausgelassen, dim) {
				b.Hinweise = append(b.Hinweise, tx.t("hinweis.zielAusgelassen", strconv.Itoa(i), string(es.Entwicklungsziel), string(dim)))
			} else {
				b.Hinweise = append(b.Hinweise, tx.t("hinweis.zielUnbekannt", strconv.Itoa(i), string(es.Entwicklungsziel), r.ID))
			}
			continue
		}
		for n := max(es.Anzahl, 1); n > 0; n-- { // an aggregated entry counts Anzahl times
			bewertungen[es.Entwicklungsziel] = append(bewertungen[es.Entwicklungsziel], es)
		}
	}
	return bewertungen
}

// regelwerkUndRahmen resolves the Regelwerk (the embedded default for nil,
// else validated) and the tailored catalogue of an Eingabe.
func regelwerkUndRahmen(e Eingabe) (*Regelwerk, *Rahmen, error) {
	rw := e.Regelwerk
	if rw == nil {
		var err error
		if rw, err = standardRegelwerk(); err != nil { // shared: Bewerte only reads it
			return nil, nil, err
		}
	} else if err := rw.Validate(); err != nil {
		return nil, nil, err
	}
	r := e.Rahmen
	if r == nil {
		v := Version20
		if e.Zuschnitt != nil {
			v = e.Zuschnitt.Rahmen
		}
		var err error
		if r, err = geteilterRahmen(v); err != nil {
			return nil, nil, err
		}
	}
	if e.Zuschnitt != nil {
		var err error
		if r, err = r.Zuschneiden(e.Zuschnitt); err != nil {
			return nil, nil, err
		}
	}
	return rw, r, nil
}

// neueBewertung starts the Bewertung: what it names (Kommune, catalogue,
// Regelwerk, time, language) and what it carries over from the Eingabe.
func neueBewertung(e Eingabe, r *Rahmen, rw *Regelwerk, tag language.Tag) *Bewertung {
	b := &Bewertung{
		Kommune:      e.Kommune,
		Rahmen:       RahmenAngabe{ID: r.ID, Version: r.Version},
		Datenhinweis: e.Datenhinweis,
		Regelwerk: RegelwerkAngabe{ID: rw.ID, Version: rw.Version, Titel: rw.Titel, Herkunft: rw.Herkunft, Hinweis: rw.Hinweis,
			Skala: skala(rw, tag), GeradeAnzahl: rw.Aggregation.geradeAnzahl(), DivergenzSchwelle: rw.Aggregation.divergenzSchwelle()},
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
	return b
}

// bewerteDimension evaluates the goals of dimension k.d: its result, its
// unrounded points (nil when no goal is assessed) and its exact coverage.
// It appends the spreads to b.Streuung, counts the sources in b.Quellen and
// appends the priorities to prios.
func bewerteDimension(k zielKontext, bewertungen map[ID][]Einschaetzung, b *Bewertung, prios *[]Prioritaet) (DimensionErgebnis, *big.Rat, *big.Rat) {
	d := k.d
	de := DimensionErgebnis{ID: d.ID, Nummer: d.Nummer, Titel: d.TitelIn(k.tx.tag), Schwerpunkt: d.Schwerpunkt,
		Gewicht: k.dw, Entwicklungsziele: []ZielErgebnis{}}
	var summe, bewertetGewicht, alleGewichte big.Rat
	nSelbst, nDialog, nRegel, nZiele := 0, 0, 0, 0
	var nicht []string
	for _, t := range d.Themen {
		for _, z := range t.Entwicklungsziele {
			nZiele++
			k.zw = k.rw.Gewichte.Entwicklungsziel(z.ID)
			alleGewichte.Add(&alleGewichte, k.rw.Gewichte.exakt(z.ID, k.zw))
			ze, stufe, prio := bewerteZiel(k, z, bewertungen[z.ID], &b.Streuung)
			if prio != nil {
				*prios = append(*prios, *prio)
			}
			switch {
			case stufe == nil:
				nicht = append(nicht, string(z.ID))
			case ze.Quelle == QuelleSelbst:
				nSelbst++
			case ze.Quelle == QuelleDialog:
				nDialog++
			case ze.Quelle == QuelleRegel:
				nRegel++
			}
			if stufe != nil {
				w := k.rw.Gewichte.exakt(z.ID, k.zw)
				bewertetGewicht.Add(&bewertetGewicht, w)
				summe.Add(&summe, new(big.Rat).Mul(w, stufe))
			}
			de.Entwicklungsziele = append(de.Entwicklungsziele, ze)
		}
	}
	abdeckung := new(big.Rat)
	if alleGewichte.Sign() > 0 {
		abdeckung.Quo(&bewertetGewicht, &alleGewichte)
	}
	de.Abdeckung, _ = runde(abdeckung, 4).Float64()
	var punkte *big.Rat
	if bewertetGewicht.Sign() > 0 {
		punkte = new(big.Rat).Quo(&summe, &bewertetGewicht)
		punkte.Mul(punkte, big.NewRat(100, int64(MaxStufe)))
		f, _ := runde(punkte, 1).Float64()
		de.Punkte = WertVon(f)
	}
	de.Begruendung = dimensionsBegruendung(k.tx, de, nZiele, nSelbst+nDialog, nRegel, nicht)
	b.Quellen.Entwicklungsziele += nZiele
	b.Quellen.Selbsteinschaetzung += nSelbst
	b.Quellen.Dialog += nDialog
	b.Quellen.Regel += nRegel
	return de, punkte, abdeckung
}

func skala(rw *Regelwerk, tag language.Tag) []string {
	out := make([]string, 0, int(MaxStufe)+1)
	for s := MinStufe; s <= MaxStufe; s++ {
		out = append(out, rw.Bezeichnung(s, tag))
	}
	return out
}

// zielKontext is what [bewerteZiel] needs besides the goal: the Regelwerk,
// texts, facts, sector names, the weights of the dimension and the goal,
// and the dimension.
type zielKontext struct {
	rw          *Regelwerk
	tx          *texte
	f           Fakten
	sektornamen map[string][2]string
	dw, zw      float64
	d           Dimension
	runde       *Runde
}

// bewerteZiel evaluates one goal: its result, its level (nil when not
// assessed) and its priority (nil when it has none). The spread of its
// ratings is appended to streuungen.
func bewerteZiel(k zielKontext, z Entwicklungsziel, es []Einschaetzung, streuungen *[]Streuung) (ZielErgebnis, *big.Rat, *Prioritaet) {
	ze := ZielErgebnis{ID: z.ID, Text: z.TextIn(k.tx.tag), Ebene: z.Ebene, Bereich: z.Bereich, Herkunft: z.Herkunft,
		Gewicht: k.zw, Quelle: QuelleKeine, Begruendung: []string{}}
	agg := k.rw.Aggregation
	vb := vorbewerte(k.rw, z.ID, k.f, k.tx)
	ze.Vorbewertung = vb
	var stufe *big.Rat
	st := streuung(z.ID, es, agg, k.sektornamen, k.tx.tag)
	if st != nil {
		ze.Einschaetzungen = st.Anzahl
		if st.Anzahl > 0 {
			*streuungen = append(*streuungen, *st)
			stufe = rat(st.Median)
			ze.Quelle = QuelleSelbst
			ze.Begruendung = append(ze.Begruendung, selbstBegruendung(k.tx, st, agg.geradeAnzahl()))
			if vb != nil {
				ze.Begruendung = append(ze.Begruendung, k.tx.t("grund.vorbewertungUeberstimmt", vb.Regel, strconv.Itoa(int(vb.Stufe)), vb.Begruendung))
			}
		} else if st.NichtBeurteilbar == 1 {
			ze.Begruendung = append(ze.Begruendung, k.tx.t("grund.nichtBeurteilbarEine"))
		} else if st.NichtBeurteilbar > 1 {
			ze.Begruendung = append(ze.Begruendung, k.tx.t("grund.nichtBeurteilbar", strconv.Itoa(st.NichtBeurteilbar)))
		}
	}
	if d, ok := k.runde.Dialogergebnis(z.ID); ok {
		stufe = new(big.Rat).SetInt64(int64(d.Stufe))
		ze.Quelle = QuelleDialog
		ze.Dialog = &d
		ze.Begruendung = append(ze.Begruendung, dialogBegruendung(k.tx, d))
	}
	if stufe == nil && vb != nil {
		stufe = new(big.Rat).SetInt64(int64(vb.Stufe))
		ze.Quelle = QuelleRegel
		ze.Begruendung = append(ze.Begruendung, k.tx.t("grund.regel", vb.Regel, vb.Begruendung))
	}
	if stufe == nil {
		return ze, nil, nil
	}
	f, _ := stufe.Float64()
	ze.Stufe = WertVon(f)
	ze.Bezeichnung = stufenBezeichnung(k.rw, stufe, k.tx.tag)
	return ze, stufe, prioritaet(k, &ze, stufe, st)
}

// prioritaet gives the goal's one priority with all its reasons: ratings
// that diverge (clarify in dialogue; the result is provisional) and a level
// below the top of the scale. Nil when there is neither.
func prioritaet(k zielKontext, ze *ZielErgebnis, stufe *big.Rat, st *Streuung) *Prioritaet {
	p := Prioritaet{Entwicklungsziel: ze.ID, Dimension: k.d.ID, Schwerpunkt: k.d.Schwerpunkt}
	stufeText := k.tx.stufe(stufe)
	if ze.Quelle == QuelleSelbst && st != nil && st.Divergent { // an agreed result settles the dialogue
		p.spannweite = st.Spannweite
		p.Gruende = append(p.Gruende, PrioritaetsGrund{Art: KlaerenImDialog, Begruendung: k.tx.t("prio.dialog",
			strconv.Itoa(int(st.Minimum)), strconv.Itoa(int(st.Maximum)), stufeText)})
	}
	top := new(big.Rat).SetInt64(int64(MaxStufe))
	if stufe.Cmp(top) < 0 {
		abstand := new(big.Rat).Sub(top, stufe)
		abstand.Quo(abstand, top)
		wert := new(big.Rat).Mul(new(big.Rat).Mul(k.rw.Gewichte.exakt(k.d.ID, k.dw), k.rw.Gewichte.exakt(ze.ID, k.zw)), abstand)
		if st != nil && st.Entwicklungsbedarf != nil {
			wert.Mul(wert, k.rw.Aggregation.bedarfsGewichtExakt(st.Entwicklungsbedarf.Wert))
		}
		p.Wert, _ = runde(wert, 4).Float64()
		key := "prio.niedrig"
		if ze.Quelle == QuelleRegel {
			key = "prio.niedrigRegel"
		}
		p.Gruende = append(p.Gruende, PrioritaetsGrund{Art: NiedrigeStufe, Begruendung: k.tx.t(key, stufeText, ze.Bezeichnung)})
		if st != nil && st.Entwicklungsbedarf != nil {
			bv := st.Entwicklungsbedarf
			p.Gruende = append(p.Gruende, PrioritaetsGrund{Art: Bedarf, Begruendung: k.tx.t("prio.bedarf",
				k.tx.bedarf(bv.Wert), strconv.Itoa(bv.anzahl()), k.tx.zahl(k.rw.Aggregation.bedarfsGewicht(bv.Wert)))})
		}
	}
	if len(p.Gruende) == 0 {
		return nil
	}
	p.Art = p.Gruende[0].Art
	texte := make([]string, len(p.Gruende))
	for i, g := range p.Gruende {
		texte[i] = g.Begruendung
	}
	p.Begruendung = strings.Join(texte, "; ")
	return &p
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
		if c := cmp.Compare(b.spannweite, a.spannweite); c != 0 {
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
	if tx.tag == language.English && best.BegruendungEn != "" {
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

// pruefeRegel reports whether the rule's condition holds. Figures and
// thresholds are compared exactly ([vergleicheZahlen]); list entries and
// the rule's text are compared after NFC, letter case counting.
func pruefeRegel(r *Regel, f Fakten) bool {
	if r.Operator == Enthaelt || r.Operator == Vorhanden {
		if l, ok := f.Listen[r.Fakt]; ok {
			if r.Operator == Vorhanden {
				return true
			}
			return slices.ContainsFunc(l, func(s string) bool { return gleicherText(s, r.Text) })
		}
	}
	x, ok := faktZahl(f, r.Fakt)
	if !ok {
		return false // NaN and infinities are no figures: absent, like WertVon
	}
	switch r.Operator {
	case Vorhanden:
		return true
	case Gleich:
		return vergleicheZahlen(x, r.schwelle(0)) == 0
	case Mindestens:
		return vergleicheZahlen(x, r.schwelle(0)) >= 0
	case Hoechstens:
		return vergleicheZahlen(x, r.schwelle(0)) <= 0
	case Zwischen:
		return vergleicheZahlen(x, r.schwelle(1)) >= 0 && vergleicheZahlen(x, r.schwelle(2)) <= 0
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

// streuung computes the result (median) and spread of the entries for one goal;
// nil when there are none.
func streuung(id ID, es []Einschaetzung, agg Aggregation, sektornamen map[string][2]string, tag language.Tag) *Streuung {
	if len(es) == 0 {
		return nil
	}
	// One entry per rater (the rater key, else the person): the latest
	// (later date; on the same date the later entry in the list).
	neueste := map[string]int{}
	var gueltig []Einschaetzung
	for _, e := range es {
		k := e.Schluessel()
		if k == "" {
			gueltig = append(gueltig, e)
			continue
		}
		if i, ok := neueste[k]; ok {
			if !e.Datum.Before(gueltig[i].Datum) {
				gueltig[i] = e
			}
			continue
		}
		neueste[k] = len(gueltig)
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
		st.Entwicklungsbedarf = bedarfsVerteilung(gueltig, agg)
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
	st.Entwicklungsbedarf = bedarfsVerteilung(gueltig, agg)
	ebenenErgebnis(st, agg, tag)
	return st
}

// sektorName returns the display name of a sector in the language, "" when
// none is known.
func sektorName(namen map[string][2]string, s string, tag language.Tag) string {
	n, ok := namen[s]
	if !ok {
		return ""
	}
	if tag == language.English && n[1] != "" {
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
			if tag == language.English && n[1] != "" {
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

func stufenBezeichnung(rw *Regelwerk, s *big.Rat, tag language.Tag) string {
	if s.IsInt() {
		return rw.Bezeichnung(Stufe(s.Num().Int64()), tag)
	}
	f, _ := s.Float64()
	unten := Stufe(f)
	return rw.Bezeichnung(unten, tag) + " – " + rw.Bezeichnung(unten+1, tag)
}

// selbstBegruendung names the ratings of a goal and their result: one
// rating with its date (and reason), several with their levels and the
// result under the rule that produced it ("Median", or for an even count
// the Regelwerk's rule by name), marked provisional when they diverge.
func selbstBegruendung(tx *texte, st *Streuung, g GeradeAnzahl) string {
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
	regel := tx.t("ergebnis.median")
	if st.Anzahl%2 == 0 {
		regel = tx.geradeRegel(g)
	}
	text := tx.t("grund.selbstMehrere", strconv.Itoa(st.Anzahl), strings.Join(stufen, ", "), regel, tx.zahl(st.Median))
	if st.Divergent {
		text += " " + tx.t("grund.vorlaeufig")
	}
	return text
}

// dimensionsBegruendung gives the reasons of a dimension: how many goals
// are assessed and from where, the goals not assessed (said once here,
// not at each goal), and whether it is a focus dimension.
func dimensionsBegruendung(tx *texte, de DimensionErgebnis, nZiele, nSelbst, nRegel int, nicht []string) []string {
	var out []string
	switch {
	case !de.Punkte.Gesetzt():
		out = append(out, tx.t("dimension.ohnePunkte", strconv.Itoa(nZiele)))
	default:
		out = append(out, tx.t("dimension.abdeckung", strconv.Itoa(nSelbst+nRegel), strconv.Itoa(nZiele),
			strconv.Itoa(nSelbst), strconv.Itoa(nRegel)))
		if len(nicht) > 0 {
			out = append(out, tx.t("dimension.nicht", strings.Join(nicht, ", ")))
		}
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
	if tx.tag == language.English {
		return t.Format(time.DateOnly)
	}
	return t.Format("02.01.2006")
}

// geradeRegel names the rule for the median of an even count.
func (tx *texte) geradeRegel(g GeradeAnzahl) string {
	switch g {
	case ObererMedian:
		return tx.t("ergebnis.oberer")
	case MittelDerMitte:
		return tx.t("ergebnis.mittelwert")
	}
	return tx.t("ergebnis.unterer")
}

// stufe writes a level, which may be fractional (2,5).
func (tx *texte) stufe(s *big.Rat) string {
	f, _ := s.Float64()
	return tx.zahl(f)
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
