package qualitaet

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"golang.org/x/text/unicode/norm"
)

// Entwicklungsbedarf is how much development a rater sees a goal needing
// (gering, mittel, hoch), asked besides the level in the Gesamteinschätzung.
// The zero value is "not stated".
type Entwicklungsbedarf string

// The three values of an Entwicklungsbedarf, lowest first.
const (
	BedarfGering Entwicklungsbedarf = "gering"
	BedarfMittel Entwicklungsbedarf = "mittel"
	BedarfHoch   Entwicklungsbedarf = "hoch"
)

var bedarfe = []Entwicklungsbedarf{BedarfGering, BedarfMittel, BedarfHoch}

// Entwicklungsbedarfe returns the three values, lowest first.
func Entwicklungsbedarfe() []Entwicklungsbedarf { return slices.Clone(bedarfe) }

// ParseEntwicklungsbedarf parses "gering", "mittel" or "hoch".
func ParseEntwicklungsbedarf(s string) (Entwicklungsbedarf, error) {
	return parseEnum("Entwicklungsbedarf", bedarfe, s)
}

// Valid reports whether b is one of the three values.
func (b Entwicklungsbedarf) Valid() bool { return slices.Contains(bedarfe, b) }

// String returns the value, or "Entwicklungsbedarf(x)" for an unknown one.
func (b Entwicklungsbedarf) String() string { return enumString("Entwicklungsbedarf", bedarfe, b) }

// MarshalText encodes a known value.
func (b Entwicklungsbedarf) MarshalText() ([]byte, error) {
	return enumMarshal("Entwicklungsbedarf", bedarfe, b)
}

// UnmarshalText accepts exactly the three values.
func (b *Entwicklungsbedarf) UnmarshalText(t []byte) error {
	x, err := ParseEntwicklungsbedarf(string(t))
	if err == nil {
		*b = x
	}
	return err
}

// rang is the position on the scale gering (0) to hoch (2); -1 for none.
func (b Entwicklungsbedarf) rang() int { return slices.Index(bedarfe, b) }

// Runde is a survey round of the Gesamteinschätzung (Einschätzungsrunde):
// the ratings of one meeting or one period, e.g. "Netzwerktreffen März
// 2026". An evaluation uses the ratings of one round and never pools rounds.
// A round also holds what the network decided in its dialogue on the
// ratings: the levels it agreed on (Dialogergebnisse) and the goals it chose
// to work on (Priorisierung). In JSON:
//
//	{"id": "2026-03", "datum": "2026-03-12", "titel": "Netzwerktreffen März 2026",
//	 "dialogergebnisse": [{"entwicklungsziel": "QD3.T1.Z1", "stufe": 2,
//	   "datum": "2026-03-12", "anwesende": 14}],
//	 "priorisierung": {"datum": "2026-03-12", "anwesende": 14,
//	   "ziele": [{"entwicklungsziel": "QD3.T1.Z1", "begruendung": "…"}]}}
type Runde struct {
	// ID is the round's short code, unique within a profile; ratings name
	// it in their Runde.
	ID string `json:"id"`
	// Datum is the day of the round (the meeting); it orders the rounds.
	Datum time.Time `json:"-"`
	// Titel names the round for people.
	Titel            string           `json:"titel,omitempty"`
	Dialogergebnisse []Dialogergebnis `json:"dialogergebnisse,omitempty"`
	Priorisierung    *Priorisierung   `json:"priorisierung,omitempty"`
}

// Dialogergebnis is the level the network agreed on for one goal after
// talking about the ratings (the dialogue, the method's third step). It
// replaces the result computed from the ratings in the score. Anwesende is
// how many people were present (0: not recorded).
type Dialogergebnis struct {
	Entwicklungsziel ID        `json:"entwicklungsziel"`
	Stufe            Stufe     `json:"stufe"`
	Datum            time.Time `json:"-"`
	Notiz            string    `json:"notiz,omitempty"`
	Anwesende        int       `json:"anwesende,omitempty"`
}

// Priorisierung is the network's own choice of priorities in a round (the
// NZFH's step "Priorisierungen vornehmen und Aktivitäten planen"): the goals
// it will work on, each with a reason, the day and how many took part.
type Priorisierung struct {
	Datum     time.Time        `json:"-"`
	Anwesende int              `json:"anwesende,omitempty"`
	Ziele     []GewaehltesZiel `json:"ziele"`
}

// GewaehltesZiel is one goal the network chose to work on, with its reason.
type GewaehltesZiel struct {
	Entwicklungsziel ID     `json:"entwicklungsziel"`
	Begruendung      string `json:"begruendung,omitempty"`
}

type rundeJSON struct {
	ID               string           `json:"id"`
	Datum            string           `json:"datum"`
	Titel            string           `json:"titel,omitempty"`
	Dialogergebnisse []Dialogergebnis `json:"dialogergebnisse,omitempty"`
	Priorisierung    *Priorisierung   `json:"priorisierung,omitempty"`
}

// MarshalJSON writes the round with its day as a calendar date.
func (r Runde) MarshalJSON() ([]byte, error) {
	return json.Marshal(rundeJSON{ID: r.ID, Datum: r.Datum.Format(time.DateOnly), Titel: r.Titel,
		Dialogergebnisse: r.Dialogergebnisse, Priorisierung: r.Priorisierung})
}

// UnmarshalJSON reads the document form; the day is a calendar date.
func (r *Runde) UnmarshalJSON(b []byte) error {
	var j rundeJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	d, err := datumAus("Runde", j.Datum)
	if err != nil {
		return err
	}
	*r = Runde{ID: j.ID, Datum: d, Titel: j.Titel, Dialogergebnisse: j.Dialogergebnisse, Priorisierung: j.Priorisierung}
	return nil
}

type dialogJSON struct {
	Entwicklungsziel ID     `json:"entwicklungsziel"`
	Stufe            Stufe  `json:"stufe"`
	Datum            string `json:"datum"`
	Notiz            string `json:"notiz,omitempty"`
	Anwesende        int    `json:"anwesende,omitempty"`
}

// MarshalJSON writes the agreed result with its day as a calendar date.
func (d Dialogergebnis) MarshalJSON() ([]byte, error) {
	return json.Marshal(dialogJSON{Entwicklungsziel: d.Entwicklungsziel, Stufe: d.Stufe,
		Datum: d.Datum.Format(time.DateOnly), Notiz: d.Notiz, Anwesende: d.Anwesende})
}

// UnmarshalJSON reads the document form; the level lies on the scale.
func (d *Dialogergebnis) UnmarshalJSON(b []byte) error {
	var j dialogJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	t, err := datumAus("Dialogergebnis", j.Datum)
	if err != nil {
		return err
	}
	if !j.Stufe.Valid() {
		return fmt.Errorf("qualitaet.Dialogergebnis: %s liegt nicht auf der Skala 0–4", j.Stufe)
	}
	*d = Dialogergebnis{Entwicklungsziel: j.Entwicklungsziel, Stufe: j.Stufe, Datum: t, Notiz: j.Notiz, Anwesende: j.Anwesende}
	return nil
}

type priorisierungJSON struct {
	Datum     string           `json:"datum"`
	Anwesende int              `json:"anwesende,omitempty"`
	Ziele     []GewaehltesZiel `json:"ziele"`
}

// MarshalJSON writes the choice with its day as a calendar date.
func (p Priorisierung) MarshalJSON() ([]byte, error) {
	z := p.Ziele
	if z == nil {
		z = []GewaehltesZiel{}
	}
	return json.Marshal(priorisierungJSON{Datum: p.Datum.Format(time.DateOnly), Anwesende: p.Anwesende, Ziele: z})
}

// UnmarshalJSON reads the document form; the day is a calendar date.
func (p *Priorisierung) UnmarshalJSON(b []byte) error {
	var j priorisierungJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	t, err := datumAus("Priorisierung", j.Datum)
	if err != nil {
		return err
	}
	*p = Priorisierung{Datum: t, Anwesende: j.Anwesende, Ziele: j.Ziele}
	return nil
}

func datumAus(typ, s string) (time.Time, error) {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("qualitaet.%s: Datum %q ist kein Kalenderdatum", typ, s)
	}
	return d, nil
}

// Dialogergebnis returns the agreed result for goal id in the round, or
// false.
func (r *Runde) Dialogergebnis(id ID) (Dialogergebnis, bool) {
	for _, d := range r.Dialogergebnisse {
		if d.Entwicklungsziel == id {
			return d, true
		}
	}
	return Dialogergebnis{}, false
}

// Rundenfolge returns the rounds of a set of ratings, oldest first: every
// declared round, and for ratings that name a round not declared (or name
// none, ID "") a round of that ID dated by its latest rating. Rounds of the
// same day are ordered by ID. Ratings without any round and no declared
// rounds give one round with ID "" — the whole set, as before rounds
// existed.
func Rundenfolge(runden []Runde, es []Einschaetzung) []Runde {
	out := slices.Clone(runden)
	bekannt := map[string]int{}
	for i, r := range out {
		bekannt[r.ID] = i
	}
	for _, e := range es {
		i, ok := bekannt[e.Runde]
		if !ok {
			bekannt[e.Runde] = len(out)
			out = append(out, Runde{ID: e.Runde, Datum: e.Datum, Titel: e.Runde})
			continue
		}
		if i >= len(runden) && e.Datum.After(out[i].Datum) {
			out[i].Datum = e.Datum
		}
	}
	slices.SortStableFunc(out, func(a, b Runde) int {
		if c := a.Datum.Compare(b.Datum); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return out
}

// WaehleRunde picks a round of a set of ratings and returns it with its
// ratings and the round before it (nil when it is the first): the round
// named id, or the latest for "". It reports false when no round has the ID
// (for "", when there are neither rounds nor ratings).
func WaehleRunde(runden []Runde, es []Einschaetzung, id string) (runde *Runde, ihre []Einschaetzung, vorher *Runde, ok bool) {
	folge := Rundenfolge(runden, es)
	i := len(folge) - 1
	if id != "" {
		i = slices.IndexFunc(folge, func(r Runde) bool { return r.ID == id })
	}
	if i < 0 {
		return nil, nil, nil, false
	}
	runde = &folge[i]
	if i > 0 {
		vorher = &folge[i-1]
	}
	return runde, EinschaetzungenDerRunde(es, runde.ID), vorher, true
}

// EinschaetzungenDerRunde returns the ratings that belong to round id, in order.
func EinschaetzungenDerRunde(es []Einschaetzung, id string) []Einschaetzung {
	var out []Einschaetzung
	for _, e := range es {
		if e.Runde == id {
			out = append(out, e)
		}
	}
	return out
}

// Schluessel returns the rater of a rating: the rater key
// (Einschaetzende), else the person text, both after NFC (the same name
// composed or decomposed is one rater); "" when it has neither (then
// every such rating counts as a rater of its own).
func (e Einschaetzung) Schluessel() string {
	if e.Einschaetzende != "" {
		return "k:" + norm.NFC.String(e.Einschaetzende)
	}
	if e.Person != "" {
		return "p:" + norm.NFC.String(e.Person)
	}
	return ""
}
