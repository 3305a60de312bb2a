package qualitaet

import (
	"encoding/json"
	"slices"
	"strings"
	"time"

	"github.com/google/uuid"
)

// MassnahmeStatus is the lifecycle status of a measure (Maßnahme). The set
// is closed and the allowed changes are the table of [MassnahmeLebenszyklus]:
//
//	geplant       → in-umsetzung | abgebrochen | fehlerhaft-erfasst
//	in-umsetzung  → pausiert | umgesetzt | abgebrochen | fehlerhaft-erfasst
//	pausiert      → in-umsetzung | abgebrochen | fehlerhaft-erfasst
//	umgesetzt     → in-umsetzung (resumed, reason required) | fehlerhaft-erfasst
//	abgebrochen, fehlerhaft-erfasst: final
//
// A measure is created as geplant. The zero value is no status and is
// invalid.
type MassnahmeStatus string

// The statuses of a measure.
const (
	MassnahmeGeplant           MassnahmeStatus = "geplant"
	MassnahmeInUmsetzung       MassnahmeStatus = "in-umsetzung"
	MassnahmePausiert          MassnahmeStatus = "pausiert"
	MassnahmeUmgesetzt         MassnahmeStatus = "umgesetzt"
	MassnahmeAbgebrochen       MassnahmeStatus = "abgebrochen"
	MassnahmeFehlerhaftErfasst MassnahmeStatus = "fehlerhaft-erfasst"
)

var massnahmeZyklus = &Lebenszyklus[MassnahmeStatus]{
	name:   "massnahme",
	anfang: MassnahmeGeplant,
	zeilen: []uebergang[MassnahmeStatus]{
		{von: MassnahmeGeplant, nach: []MassnahmeStatus{MassnahmeInUmsetzung, MassnahmeAbgebrochen, MassnahmeFehlerhaftErfasst},
			beschrieb: "geplant", beschriebE: "planned"},
		{von: MassnahmeInUmsetzung, nach: []MassnahmeStatus{MassnahmePausiert, MassnahmeUmgesetzt, MassnahmeAbgebrochen, MassnahmeFehlerhaftErfasst},
			beschrieb: "in Umsetzung", beschriebE: "in progress"},
		{von: MassnahmePausiert, nach: []MassnahmeStatus{MassnahmeInUmsetzung, MassnahmeAbgebrochen, MassnahmeFehlerhaftErfasst},
			beschrieb: "pausiert", beschriebE: "on hold"},
		{von: MassnahmeUmgesetzt, nach: []MassnahmeStatus{MassnahmeInUmsetzung, MassnahmeFehlerhaftErfasst},
			mitGrund: []MassnahmeStatus{MassnahmeInUmsetzung}, beschrieb: "umgesetzt", beschriebE: "implemented"},
		{von: MassnahmeAbgebrochen, beschrieb: "abgebrochen", beschriebE: "cancelled"},
		{von: MassnahmeFehlerhaftErfasst, beschrieb: "fehlerhaft erfasst", beschriebE: "entered in error"},
	},
}

// MassnahmeLebenszyklus returns the lifecycle of measures (see
// [MassnahmeStatus]).
func MassnahmeLebenszyklus() *Lebenszyklus[MassnahmeStatus] { return massnahmeZyklus }

// ParseMassnahmeStatus parses a measure status.
func ParseMassnahmeStatus(s string) (MassnahmeStatus, error) {
	return parseEnum("MassnahmeStatus", massnahmeZyklus.Zustaende(), s)
}

// Valid reports whether s is a status of [MassnahmeLebenszyklus].
func (s MassnahmeStatus) Valid() bool { return massnahmeZyklus.Enthaelt(s) }

// String returns the status, or "MassnahmeStatus(x)" for an unknown one.
func (s MassnahmeStatus) String() string {
	return enumString("MassnahmeStatus", massnahmeZyklus.Zustaende(), s)
}

// MarshalText encodes a known status.
func (s MassnahmeStatus) MarshalText() ([]byte, error) {
	return enumMarshal("MassnahmeStatus", massnahmeZyklus.Zustaende(), s)
}

// UnmarshalText accepts exactly the known statuses.
func (s *MassnahmeStatus) UnmarshalText(b []byte) error {
	x, err := ParseMassnahmeStatus(string(b))
	if err == nil {
		*s = x
	}
	return err
}

// Massnahme is a measure (Maßnahme) planned to reach one or more goals: what
// is done, for which goals (by their IDs, which must exist in the same
// document or profile), who is responsible, from when and by when.
//
// As with [Ziel], status and history are changed only through
// [Massnahme.Wechsle]; a measure starts with [NeueMassnahme].
type Massnahme struct {
	ID           uuid.UUID `json:"id"`
	Titel        string    `json:"titel"`
	Beschreibung string    `json:"beschreibung,omitempty"`
	// Ziele are the IDs of the goals the measure serves.
	Ziele []uuid.UUID `json:"ziele"`
	// Verantwortlich is the responsible role (not a person).
	Verantwortlich string        `json:"verantwortlich,omitempty"`
	Beginn         Kalenderdatum `json:"beginn,omitzero"`
	Faellig        Kalenderdatum `json:"faellig,omitzero"`
	// Zyklusschritt is the step of the quality cycle the measure belongs
	// to; without it the measure counts in its first goal's step.
	Zyklusschritt Zyklusschritt `json:"zyklusschritt,omitzero"`
	Hinweis       string        `json:"hinweis,omitempty"`

	status  MassnahmeStatus
	verlauf []Verlaufseintrag[MassnahmeStatus]
}

// NeueMassnahme creates a measure for the goals with a new ID from ids and a
// history that starts with the creation entry: no "von", "nach" = geplant,
// at zeitpunkt, by durch. It fails like [NeuesZiel]; whether the goals
// exist is checked with the document ([PruefeZiele]).
func NeueMassnahme(titel string, ziele []uuid.UUID, zeitpunkt time.Time, durch string, ids IDQuelle) (Massnahme, error) {
	m := Massnahme{Titel: titel, Ziele: slices.Clone(ziele)}
	nfc(&m.Titel)
	if strings.TrimSpace(m.Titel) == "" {
		return Massnahme{}, ErrTitelFehlt
	}
	verlauf, err := massnahmeZyklus.beginne(zeitpunkt, "", durch)
	if err != nil {
		return Massnahme{}, err
	}
	if m.ID, err = neueID(ids); err != nil {
		return Massnahme{}, err
	}
	m.status, m.verlauf = MassnahmeGeplant, verlauf
	return m, nil
}

// Status returns the lifecycle status.
func (m Massnahme) Status() MassnahmeStatus { return m.status }

// Verlauf returns a copy of the history, oldest entry first.
func (m Massnahme) Verlauf() []Verlaufseintrag[MassnahmeStatus] { return slices.Clone(m.verlauf) }

// Wechsle changes the status to nach at zeitpunkt, for grund, by durch, and
// appends the change to the history. Refusals are as for [Ziel.Wechsle]
// (resuming an implemented measure needs a reason); the measure is then left
// unchanged.
func (m *Massnahme) Wechsle(nach MassnahmeStatus, zeitpunkt time.Time, grund, durch string) error {
	if len(m.verlauf) > 0 && m.verlauf[len(m.verlauf)-1].Nach != m.status {
		return &UebergangsFehler{Lebenszyklus: massnahmeZyklus.name, Von: string(m.status), Nach: string(nach), Ursache: ErrUngueltigerUebergang}
	}
	verlauf, err := massnahmeZyklus.wechsle(m.verlauf, nach, zeitpunkt, grund, durch)
	if err != nil {
		return err
	}
	m.status, m.verlauf = nach, verlauf
	return nil
}

type massnahmeAlias Massnahme

// MarshalJSON writes the measure with its "status" and "verlauf".
func (m Massnahme) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		massnahmeAlias
		Status  MassnahmeStatus                    `json:"status"`
		Verlauf []Verlaufseintrag[MassnahmeStatus] `json:"verlauf"`
	}{massnahmeAlias(m), m.status, m.verlauf})
}

// UnmarshalJSON reads a measure with its stored status and history as they
// are; whether they are consistent is for [PruefeZiele] to say.
func (m *Massnahme) UnmarshalJSON(b []byte) error {
	var x struct {
		*massnahmeAlias
		Status  MassnahmeStatus                    `json:"status"`
		Verlauf []Verlaufseintrag[MassnahmeStatus] `json:"verlauf"`
	}
	var neu Massnahme
	x.massnahmeAlias = (*massnahmeAlias)(&neu)
	if err := json.Unmarshal(b, &x); err != nil {
		return err
	}
	neu.status, neu.verlauf = x.Status, x.Verlauf
	*m = neu
	return nil
}

func (m *Massnahme) normalisiere() {
	for _, s := range []*string{&m.Titel, &m.Beschreibung, &m.Verantwortlich, &m.Hinweis} {
		nfc(s)
	}
	for i := range m.verlauf {
		m.verlauf[i].normalisiere()
	}
}
