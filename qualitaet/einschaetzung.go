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
// personal data.
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
}

// Bewertet reports whether the entry is a rating (not "nicht beurteilbar").
func (e Einschaetzung) Bewertet() bool { return !e.NichtBeurteilbar }

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
}

// MarshalJSON writes the entry in the document form shown on the type.
func (e Einschaetzung) MarshalJSON() ([]byte, error) {
	j := einschaetzungJSON{Entwicklungsziel: e.Entwicklungsziel, NichtBeurteilbar: e.NichtBeurteilbar,
		Datum: e.Datum.Format(time.DateOnly), Einschaetzende: e.Einschaetzende, Runde: e.Runde, Person: e.Person,
		Sektor: e.Sektor, Ebene: e.Ebene, Entwicklungsbedarf: e.Entwicklungsbedarf, Begruendung: e.Begruendung}
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
	*e = Einschaetzung{Entwicklungsziel: j.Entwicklungsziel, NichtBeurteilbar: j.NichtBeurteilbar, Datum: d,
		Einschaetzende: j.Einschaetzende, Runde: j.Runde, Person: j.Person, Sektor: j.Sektor, Ebene: j.Ebene,
		Entwicklungsbedarf: j.Entwicklungsbedarf, Begruendung: j.Begruendung}
	if j.Stufe != nil {
		e.Stufe = *j.Stufe
	}
	return nil
}
