package qualitaet

import (
	"encoding/json"
	"fmt"
	"strconv"
	"time"
)

// Stufe is a level on the ordinal scale of a Regelwerk: 0 (not started) to
// 4 (anchored and reviewed). The order means something — a higher level is
// further developed — so it is an integer, like slog.Level. Its labels live
// in the Regelwerk, as data. The zero value is level 0, a real rating, which
// is why "not rated" is never a Stufe but the absence of one.
type Stufe int

// MinStufe and MaxStufe bound the scale.
const (
	MinStufe Stufe = 0
	MaxStufe Stufe = 4
)

// Valid reports whether s lies on the scale.
func (s Stufe) Valid() bool { return s >= MinStufe && s <= MaxStufe }

// String returns "Stufe 3", or "Stufe(9)" off the scale.
func (s Stufe) String() string {
	if s.Valid() {
		return "Stufe " + strconv.Itoa(int(s))
	}
	return "Stufe(" + strconv.Itoa(int(s)) + ")"
}

// Einschaetzung is one rating of one Entwicklungsziel by one rater — a
// self-assessment from the network (Gesamteinschätzung). A rater may
// explicitly say "nicht beurteilbar" (cannot judge), which is no rating at
// all and never counts as level 0. Person (the rater's name or role) is
// personal data. The zero value is invalid (see [Einschaetzung.Validate]);
// build entries with [NeueEinschaetzung] and
// [NichtBeurteilbareEinschaetzung].
//
// Einschaetzende is the rater key: a short code that identifies the rater
// within a round, so that two people who sign with the same role ("Hebamme")
// stay two raters. Without it, the person text identifies the rater (as
// before keys existed). Runde is the ID of the survey round ([Runde]; ""
// for none), Ebene the level the rater acts on (strategisch or operativ;
// "" when not stated) and Entwicklungsbedarf how much development the rater
// sees the goal needing ("" when not stated). In JSON:
//
//	{"entwicklungsziel": "QD3.T1.Z1", "stufe": 3, "datum": "2026-10-01",
//	 "einschaetzende": "e-3f2a9c1b", "runde": "2026-10",
//	 "person": "Netzwerkkoordination", "sektor": "kinder-und-jugendhilfe",
//	 "ebene": "strategisch", "entwicklungsbedarf": "mittel",
//	 "begruendung": "…"}
//	{"entwicklungsziel": "QD3.T1.Z2", "nichtBeurteilbar": true, "datum": "2026-10-01"}
type Einschaetzung struct {
	Entwicklungsziel ID
	// Stufe is the level; it is meaningful only when Bewertet reports true.
	Stufe Stufe
	// NichtBeurteilbar marks an explicit "cannot judge".
	NichtBeurteilbar bool
	// Datum is the day of the rating (its time of day is not kept).
	Datum              time.Time
	Einschaetzende     string
	Runde              string
	Person             string
	Sektor             string
	Ebene              Ebene
	Entwicklungsbedarf Entwicklungsbedarf
	Begruendung        string
	// Anzahl is how many ratings of this level (or "nicht beurteilbar")
	// the entry stands for: 0 or 1 for one, more in a profile whose ratings
	// were aggregated per goal for sharing (then without Person). The
	// engine counts the entry Anzahl times.
	Anzahl int
}

// Bewertet reports whether the entry is a rating (not "nicht beurteilbar").
func (e Einschaetzung) Bewertet() bool { return !e.NichtBeurteilbar }

// NeueEinschaetzung returns the rating of Entwicklungsziel ziel with level
// s on the day of datum (its time of day is dropped). It fails for an ID
// that names no Entwicklungsziel, a zero date and a level off the scale.
// Person, Sektor and Begruendung may be set on the result.
func NeueEinschaetzung(ziel ID, s Stufe, datum time.Time) (Einschaetzung, error) {
	e := Einschaetzung{Entwicklungsziel: ziel, Stufe: s, Datum: tag(datum)}
	return e, e.Validate()
}

// NichtBeurteilbareEinschaetzung returns an explicit "nicht beurteilbar"
// (cannot judge) for Entwicklungsziel ziel on the day of datum: no rating,
// never level 0.
func NichtBeurteilbareEinschaetzung(ziel ID, datum time.Time) (Einschaetzung, error) {
	e := Einschaetzung{Entwicklungsziel: ziel, NichtBeurteilbar: true, Datum: tag(datum)}
	return e, e.Validate()
}

func tag(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// Validate reports whether e is an entry that can be written and read
// back: it names an Entwicklungsziel, has a date, and is either a level on
// the scale or "nicht beurteilbar" with no level. The zero Einschaetzung is
// invalid — it names no goal and no day — so a value nobody filled in is
// never taken for a rating of level 0.
func (e Einschaetzung) Validate() error {
	switch {
	case e == Einschaetzung{}:
		return fmt.Errorf("qualitaet.Einschaetzung: leere Einschätzung (kein Entwicklungsziel, keine Stufe, kein Datum)")
	case !e.Entwicklungsziel.IsZiel():
		return fmt.Errorf("qualitaet.Einschaetzung: %q ist kein Entwicklungsziel", string(e.Entwicklungsziel))
	case e.Datum.IsZero():
		return fmt.Errorf("qualitaet.Einschaetzung: %s hat kein Datum", e.Entwicklungsziel)
	case e.NichtBeurteilbar && e.Stufe != MinStufe:
		return fmt.Errorf("qualitaet.Einschaetzung: %s hat eine Stufe und ist zugleich „nicht beurteilbar“", e.Entwicklungsziel)
	case !e.NichtBeurteilbar && !e.Stufe.Valid():
		return fmt.Errorf("qualitaet.Einschaetzung: %s liegt nicht auf der Skala 0–4", e.Stufe)
	}
	return nil
}

type einschaetzungJSON struct {
	Entwicklungsziel   ID                 `json:"entwicklungsziel"`
	Stufe              *Stufe             `json:"stufe,omitempty"`
	NichtBeurteilbar   bool               `json:"nichtBeurteilbar,omitempty"`
	Datum              string             `json:"datum"`
	Einschaetzende     string             `json:"einschaetzende,omitempty"`
	Runde              string             `json:"runde,omitempty"`
	Person             string             `json:"person,omitempty"`
	Sektor             string             `json:"sektor,omitempty"`
	Ebene              Ebene              `json:"ebene,omitempty"`
	Entwicklungsbedarf Entwicklungsbedarf `json:"entwicklungsbedarf,omitempty"`
	Begruendung        string             `json:"begruendung,omitempty"`
	Anzahl             int                `json:"anzahl,omitempty"`
}

// MarshalJSON writes the entry in the document form shown on the type. It
// refuses an entry [Einschaetzung.Validate] refuses, so the zero value
// never becomes a stored level 0.
func (e Einschaetzung) MarshalJSON() ([]byte, error) {
	if err := e.Validate(); err != nil {
		return nil, err
	}
	j := einschaetzungJSON{Entwicklungsziel: e.Entwicklungsziel, NichtBeurteilbar: e.NichtBeurteilbar,
		Datum: e.Datum.Format(time.DateOnly), Einschaetzende: e.Einschaetzende, Runde: e.Runde, Person: e.Person,
		Sektor: e.Sektor, Ebene: e.Ebene, Entwicklungsbedarf: e.Entwicklungsbedarf, Begruendung: e.Begruendung, Anzahl: e.Anzahl}
	if !e.NichtBeurteilbar {
		s := e.Stufe
		j.Stufe = &s
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads the document form. An entry needs either a "stufe" or
// "nichtBeurteilbar": true, not both; the date is a calendar date.
func (e *Einschaetzung) UnmarshalJSON(b []byte) error {
	var j einschaetzungJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	d, err := time.Parse(time.DateOnly, j.Datum)
	if err != nil {
		return fmt.Errorf("qualitaet.Einschaetzung: Datum %q ist kein Kalenderdatum", j.Datum)
	}
	switch {
	case j.Stufe != nil && j.NichtBeurteilbar:
		return fmt.Errorf("qualitaet.Einschaetzung: %s hat eine Stufe und ist zugleich „nicht beurteilbar“", j.Entwicklungsziel)
	case j.Stufe == nil && !j.NichtBeurteilbar:
		return fmt.Errorf("qualitaet.Einschaetzung: %s hat weder eine Stufe noch „nicht beurteilbar“", j.Entwicklungsziel)
	case j.Stufe != nil && !j.Stufe.Valid():
		return fmt.Errorf("qualitaet.Einschaetzung: %s liegt nicht auf der Skala 0–4", *j.Stufe)
	}
	x := Einschaetzung{Entwicklungsziel: j.Entwicklungsziel, NichtBeurteilbar: j.NichtBeurteilbar, Datum: d,
		Einschaetzende: j.Einschaetzende, Runde: j.Runde, Person: j.Person, Sektor: j.Sektor, Ebene: j.Ebene,
		Entwicklungsbedarf: j.Entwicklungsbedarf, Begruendung: j.Begruendung, Anzahl: j.Anzahl}
	if j.Stufe != nil {
		x.Stufe = *j.Stufe
	}
	if err := x.Validate(); err != nil {
		return err
	}
	*e = x
	return nil
}
