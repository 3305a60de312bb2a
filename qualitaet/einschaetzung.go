package qualitaet

import (
	"encoding/json"
	"strconv"
	"time"

	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
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
	// StufeGesetzt records that the level was given. A level other than 0
	// is given in any case; level 0 only with StufeGesetzt, which
	// [NeueEinschaetzung] and the JSON decoder set for every level they
	// read. So an entry whose level somebody forgot (no Stufe, not
	// NichtBeurteilbar) is invalid instead of reading as level 0.
	StufeGesetzt bool
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

// HatStufe reports whether a level was given: StufeGesetzt, or a level
// other than 0 (see [Einschaetzung.StufeGesetzt]).
func (e Einschaetzung) HatStufe() bool { return e.StufeGesetzt || e.Stufe != MinStufe }

// NeueEinschaetzung returns the rating of Entwicklungsziel ziel with level
// s on the day of datum (its time of day is dropped). It fails for an ID
// that names no Entwicklungsziel, a zero date and a level off the scale.
// Person, Sektor and Begruendung may be set on the result.
func NeueEinschaetzung(ziel ID, s Stufe, datum time.Time) (Einschaetzung, error) {
	e := Einschaetzung{Entwicklungsziel: ziel, Stufe: s, StufeGesetzt: true, Datum: tag(datum)}
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
// invalid — it names no goal and no day — and so is an entry without a
// level that is not "nicht beurteilbar": a value nobody filled in is never
// taken for a rating of level 0. The error is an [*EinschaetzungsFehler].
func (e Einschaetzung) Validate() error {
	fehler := func(key string, args ...any) error {
		return &EinschaetzungsFehler{Entwicklungsziel: e.Entwicklungsziel, key: key, args: args}
	}
	switch {
	case e == Einschaetzung{}:
		return fehler("einschaetzung.leer")
	case !e.Entwicklungsziel.IsZiel():
		return fehler("einschaetzung.ziel", string(e.Entwicklungsziel))
	case e.Datum.IsZero():
		return fehler("einschaetzung.datum", string(e.Entwicklungsziel))
	case e.NichtBeurteilbar && e.HatStufe():
		return fehler("einschaetzung.beides", string(e.Entwicklungsziel))
	case !e.NichtBeurteilbar && !e.HatStufe():
		return fehler("einschaetzung.keineStufe", string(e.Entwicklungsziel))
	case !e.NichtBeurteilbar && !e.Stufe.Valid():
		return fehler("einschaetzung.skala", string(e.Entwicklungsziel), strconv.Itoa(int(e.Stufe)))
	}
	return nil
}

// EinschaetzungsFehler is the error for an entry that is no valid
// Einschaetzung: which goal (as given) and what is wrong. Error() is
// German and names the type, for programmers; Text words it for people in
// either language.
type EinschaetzungsFehler struct {
	Entwicklungsziel ID
	key              string
	args             []any
}

func (e *EinschaetzungsFehler) Error() string {
	return "qualitaet.Einschaetzung: " + e.Text(language.German)
}

// Text returns the message in the language tag (German unless English).
func (e *EinschaetzungsFehler) Text(tag language.Tag) string {
	return einschaetzungMeldungen.Sprintf(tag, e.key, e.args...)
}

// einschaetzungMeldungen holds the messages about single ratings.
var einschaetzungMeldungen = schema.NeuerKatalog(
	schema.Eintrag{Schluessel: "einschaetzung.leer", DE: "leere Einschätzung (kein Entwicklungsziel, keine Stufe, kein Datum)", EN: "empty rating (no Entwicklungsziel, no level, no date)"},
	schema.Eintrag{Schluessel: "einschaetzung.ziel", DE: "„%s“ ist kein Entwicklungsziel", EN: "\"%s\" is no Entwicklungsziel"},
	schema.Eintrag{Schluessel: "einschaetzung.datum", DE: "Einschätzung von %s hat kein Datum", EN: "rating of %s has no date"},
	schema.Eintrag{Schluessel: "einschaetzung.datumForm", DE: "Einschätzung von %s: Datum „%s“ ist kein Kalenderdatum", EN: "rating of %s: date \"%s\" is no calendar date"},
	schema.Eintrag{Schluessel: "einschaetzung.beides", DE: "Einschätzung von %s hat eine Stufe und ist zugleich „nicht beurteilbar“", EN: "rating of %s has a level and is \"cannot judge\" as well"},
	schema.Eintrag{Schluessel: "einschaetzung.keineStufe", DE: "Einschätzung von %s hat weder eine Stufe noch „nicht beurteilbar“", EN: "rating of %s has neither a level nor \"cannot judge\""},
	schema.Eintrag{Schluessel: "einschaetzung.skala", DE: "Einschätzung von %s: Stufe %s liegt nicht auf der Skala 0–4", EN: "rating of %s: level %s is not on the scale 0–4"},
)

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
// "nichtBeurteilbar": true, not both; the date is a calendar date. A level
// read, 0 included, is marked StufeGesetzt. The error is an
// [*EinschaetzungsFehler].
func (e *Einschaetzung) UnmarshalJSON(b []byte) error {
	var j einschaetzungJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	d, err := time.Parse(time.DateOnly, j.Datum)
	if err != nil {
		return &EinschaetzungsFehler{Entwicklungsziel: j.Entwicklungsziel, key: "einschaetzung.datumForm",
			args: []any{string(j.Entwicklungsziel), j.Datum}}
	}
	x := Einschaetzung{Entwicklungsziel: j.Entwicklungsziel, NichtBeurteilbar: j.NichtBeurteilbar, Datum: d,
		Einschaetzende: j.Einschaetzende, Runde: j.Runde, Person: j.Person, Sektor: j.Sektor, Ebene: j.Ebene,
		Entwicklungsbedarf: j.Entwicklungsbedarf, Begruendung: j.Begruendung, Anzahl: j.Anzahl}
	if j.Stufe != nil {
		x.Stufe, x.StufeGesetzt = *j.Stufe, true
	}
	if err := x.Validate(); err != nil {
		return err
	}
	*e = x
	return nil
}
