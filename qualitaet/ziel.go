package qualitaet

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"
	"golang.org/x/text/language"
)

// ZielStatus is the lifecycle status of a goal (Ziel). The set is closed and
// the allowed changes are the table of [ZielLebenszyklus]:
//
//	vorgeschlagen → geplant | vereinbart | abgelehnt | fehlerhaft-erfasst
//	geplant       → vereinbart | aktiv | abgebrochen | fehlerhaft-erfasst
//	vereinbart    → aktiv | pausiert | abgebrochen | fehlerhaft-erfasst
//	aktiv         → pausiert | abgeschlossen | abgebrochen | fehlerhaft-erfasst
//	pausiert      → aktiv | abgebrochen | fehlerhaft-erfasst
//	abgeschlossen → aktiv (reopening, reason required) | fehlerhaft-erfasst
//	abgebrochen, abgelehnt, fehlerhaft-erfasst: final
//
// A goal is created as vorgeschlagen. "fehlerhaft-erfasst" (entered in
// error) retires a goal that should never have been recorded; its history
// stays. The zero value is no status and is invalid.
type ZielStatus string

// The statuses of a goal.
const (
	ZielVorgeschlagen     ZielStatus = "vorgeschlagen"
	ZielGeplant           ZielStatus = "geplant"
	ZielVereinbart        ZielStatus = "vereinbart"
	ZielAktiv             ZielStatus = "aktiv"
	ZielPausiert          ZielStatus = "pausiert"
	ZielAbgeschlossen     ZielStatus = "abgeschlossen"
	ZielAbgebrochen       ZielStatus = "abgebrochen"
	ZielAbgelehnt         ZielStatus = "abgelehnt"
	ZielFehlerhaftErfasst ZielStatus = "fehlerhaft-erfasst"
)

var zielZyklus = &Lebenszyklus[ZielStatus]{
	name:   "ziel",
	anfang: ZielVorgeschlagen,
	zeilen: []uebergang[ZielStatus]{
		{von: ZielVorgeschlagen, nach: []ZielStatus{ZielGeplant, ZielVereinbart, ZielAbgelehnt, ZielFehlerhaftErfasst},
			beschrieb: "vorgeschlagen", beschriebE: "proposed"},
		{von: ZielGeplant, nach: []ZielStatus{ZielVereinbart, ZielAktiv, ZielAbgebrochen, ZielFehlerhaftErfasst},
			beschrieb: "geplant", beschriebE: "planned"},
		{von: ZielVereinbart, nach: []ZielStatus{ZielAktiv, ZielPausiert, ZielAbgebrochen, ZielFehlerhaftErfasst},
			beschrieb: "vereinbart", beschriebE: "agreed"},
		{von: ZielAktiv, nach: []ZielStatus{ZielPausiert, ZielAbgeschlossen, ZielAbgebrochen, ZielFehlerhaftErfasst},
			beschrieb: "aktiv", beschriebE: "active"},
		{von: ZielPausiert, nach: []ZielStatus{ZielAktiv, ZielAbgebrochen, ZielFehlerhaftErfasst},
			beschrieb: "pausiert", beschriebE: "on hold"},
		{von: ZielAbgeschlossen, nach: []ZielStatus{ZielAktiv, ZielFehlerhaftErfasst}, mitGrund: []ZielStatus{ZielAktiv},
			beschrieb: "abgeschlossen", beschriebE: "completed"},
		{von: ZielAbgebrochen, beschrieb: "abgebrochen", beschriebE: "cancelled"},
		{von: ZielAbgelehnt, beschrieb: "abgelehnt", beschriebE: "rejected"},
		{von: ZielFehlerhaftErfasst, beschrieb: "fehlerhaft erfasst", beschriebE: "entered in error"},
	},
}

// ZielLebenszyklus returns the lifecycle of goals (see [ZielStatus]).
func ZielLebenszyklus() *Lebenszyklus[ZielStatus] { return zielZyklus }

// ParseZielStatus parses a goal status.
func ParseZielStatus(s string) (ZielStatus, error) {
	return parseEnum("ZielStatus", zielZyklus.Zustaende(), s)
}

// Valid reports whether s is a status of [ZielLebenszyklus].
func (s ZielStatus) Valid() bool { return zielZyklus.Enthaelt(s) }

// String returns the status, or "ZielStatus(x)" for an unknown one.
func (s ZielStatus) String() string { return enumString("ZielStatus", zielZyklus.Zustaende(), s) }

// MarshalText encodes a known status.
func (s ZielStatus) MarshalText() ([]byte, error) {
	return enumMarshal("ZielStatus", zielZyklus.Zustaende(), s)
}

// UnmarshalText accepts exactly the known statuses.
func (s *ZielStatus) UnmarshalText(b []byte) error {
	x, err := ParseZielStatus(string(b))
	if err == nil {
		*s = x
	}
	return err
}

// Zielerreichung is the achievement status of a goal or an indicator,
// separate from its lifecycle: whether the target is met and where the
// figures are heading. The derivation from measurements
// ([Indikator.Erreichung], [Ziel.Erreichung]) yields all values but
// kein-fortschritt and nicht-erreichbar, which are judgements people make
// and record with a reason ([Ziel.SetzeZielerreichung]). The zero value is no
// status.
type Zielerreichung string

// The achievement statuses.
const (
	ErreichungInArbeit        Zielerreichung = "in-arbeit"        // in progress, nothing to judge yet
	ErreichungVerbessert      Zielerreichung = "verbessert"       // moved towards the target
	ErreichungVerschlechtert  Zielerreichung = "verschlechtert"   // moved away from the target
	ErreichungUnveraendert    Zielerreichung = "unveraendert"     // no change against the baseline
	ErreichungErreicht        Zielerreichung = "erreicht"         // target met
	ErreichungGehalten        Zielerreichung = "gehalten"         // target met and already met at baseline (sustained)
	ErreichungNichtErreicht   Zielerreichung = "nicht-erreicht"   // due date passed, target not met
	ErreichungKeinFortschritt Zielerreichung = "kein-fortschritt" // judged: no progress is being made
	ErreichungNichtErreichbar Zielerreichung = "nicht-erreichbar" // judged: the target cannot be reached
)

var zielerreichungen = []Zielerreichung{ErreichungInArbeit, ErreichungVerbessert, ErreichungVerschlechtert,
	ErreichungUnveraendert, ErreichungErreicht, ErreichungGehalten, ErreichungNichtErreicht,
	ErreichungKeinFortschritt, ErreichungNichtErreichbar}

// Zielerreichungen returns all achievement statuses.
func Zielerreichungen() []Zielerreichung { return slices.Clone(zielerreichungen) }

// ParseZielerreichung parses an achievement status.
func ParseZielerreichung(s string) (Zielerreichung, error) {
	return parseEnum("Zielerreichung", zielerreichungen, s)
}

// Valid reports whether e is a known achievement status.
func (e Zielerreichung) Valid() bool { return slices.Contains(zielerreichungen, e) }

// String returns the status, or "Zielerreichung(x)" for an unknown one.
func (e Zielerreichung) String() string { return enumString("Zielerreichung", zielerreichungen, e) }

// Beschriftung returns the status's label for people in the language tag,
// or the status itself when it is unknown.
func (e Zielerreichung) Beschriftung(tag language.Tag) string {
	if !e.Valid() {
		return string(e)
	}
	return zieleMeldungen.Sprintf(tag, "erreichung."+string(e))
}

// MarshalText encodes a known status.
func (e Zielerreichung) MarshalText() ([]byte, error) {
	return enumMarshal("Zielerreichung", zielerreichungen, e)
}

// UnmarshalText accepts exactly the known statuses.
func (e *Zielerreichung) UnmarshalText(b []byte) error {
	x, err := ParseZielerreichung(string(b))
	if err == nil {
		*e = x
	}
	return err
}

// Folgethema is one of the three themes of the 2022 follow-up to the
// Qualitätsdialoge. The zero value means the goal belongs to none of them.
type Folgethema string

// The follow-up themes.
const (
	FolgethemaVerankerung          Folgethema = "politisch-strukturelle-verankerung"
	FolgethemaElternbeteiligung    Folgethema = "elternbeteiligung" // Beteiligung und Partizipation von Eltern
	FolgethemaWirkungsorientierung Folgethema = "wirkungsorientierung"
)

var folgethemen = []Folgethema{FolgethemaVerankerung, FolgethemaElternbeteiligung, FolgethemaWirkungsorientierung}

// Folgethemen returns the three follow-up themes.
func Folgethemen() []Folgethema { return slices.Clone(folgethemen) }

// ParseFolgethema parses a follow-up theme.
func ParseFolgethema(s string) (Folgethema, error) { return parseEnum("Folgethema", folgethemen, s) }

// Valid reports whether f is a known theme.
func (f Folgethema) Valid() bool { return slices.Contains(folgethemen, f) }

// String returns the theme, or "Folgethema(x)" for an unknown one.
func (f Folgethema) String() string { return enumString("Folgethema", folgethemen, f) }

// MarshalText encodes a known theme.
func (f Folgethema) MarshalText() ([]byte, error) { return enumMarshal("Folgethema", folgethemen, f) }

// UnmarshalText accepts exactly the known themes.
func (f *Folgethema) UnmarshalText(b []byte) error {
	x, err := ParseFolgethema(string(b))
	if err == nil {
		*f = x
	}
	return err
}

// Zyklusschritt is a step of the quality cycle (Public Health Action Cycle):
// Problem- und Zielbestimmung → Strategieformulierung → Umsetzung →
// Bewertung → Anpassung und Nachsteuerung, then round again. The zero value
// means no step is given.
type Zyklusschritt string

// The five steps, in cycle order.
const (
	SchrittZielbestimmung Zyklusschritt = "problem-und-zielbestimmung"
	SchrittStrategie      Zyklusschritt = "strategieformulierung"
	SchrittUmsetzung      Zyklusschritt = "umsetzung"
	SchrittBewertung      Zyklusschritt = "bewertung"
	SchrittAnpassung      Zyklusschritt = "anpassung" // Anpassung und Nachsteuerung
)

var zyklusschritte = []Zyklusschritt{SchrittZielbestimmung, SchrittStrategie, SchrittUmsetzung,
	SchrittBewertung, SchrittAnpassung}

// Zyklusschritte returns the five steps in cycle order.
func Zyklusschritte() []Zyklusschritt { return slices.Clone(zyklusschritte) }

// ParseZyklusschritt parses a step.
func ParseZyklusschritt(s string) (Zyklusschritt, error) {
	return parseEnum("Zyklusschritt", zyklusschritte, s)
}

// Valid reports whether s is a known step.
func (s Zyklusschritt) Valid() bool { return slices.Contains(zyklusschritte, s) }

// Naechster returns the step after s; after Anpassung the cycle starts again
// with Problem- und Zielbestimmung. An unknown step gives "".
func (s Zyklusschritt) Naechster() Zyklusschritt {
	i := slices.Index(zyklusschritte, s)
	if i < 0 {
		return ""
	}
	return zyklusschritte[(i+1)%len(zyklusschritte)]
}

// String returns the step, or "Zyklusschritt(x)" for an unknown one.
func (s Zyklusschritt) String() string { return enumString("Zyklusschritt", zyklusschritte, s) }

// MarshalText encodes a known step.
func (s Zyklusschritt) MarshalText() ([]byte, error) {
	return enumMarshal("Zyklusschritt", zyklusschritte, s)
}

// UnmarshalText accepts exactly the known steps.
func (s *Zyklusschritt) UnmarshalText(b []byte) error {
	x, err := ParseZyklusschritt(string(b))
	if err == nil {
		*s = x
	}
	return err
}

// Wirkungsstufe is a level of the impact ladder (Wirkungstreppe), an ordered
// scale from 1 to 7:
//
//	1 activities take place as planned    output
//	2 target groups are reached           output
//	3 target groups accept the offer      output
//	4 awareness or skills change          outcome
//	5 behaviour changes                   outcome
//	6 life situation changes              outcome
//	7 society changes                     impact
//
// Higher means further-reaching effects; compare levels with < and >. The
// zero value means no level is given (it is not a level: Valid is false). In
// JSON a level is the number 1–7; its text form is the digit.
type Wirkungsstufe int8

// The seven levels.
const (
	WirkungAktivitaeten Wirkungsstufe = iota + 1 // Aktivitäten finden wie geplant statt
	WirkungErreicht                              // Zielgruppen werden erreicht
	WirkungAkzeptanz                             // Zielgruppen akzeptieren das Angebot
	WirkungBewusstsein                           // Bewusstsein oder Fähigkeiten ändern sich
	WirkungVerhalten                             // Verhalten ändert sich
	WirkungLebenslage                            // Lebenslage ändert sich
	WirkungGesellschaft                          // Gesellschaft ändert sich
)

// Wirkungsklasse is the band of a [Wirkungsstufe]: output (levels 1–3),
// outcome (4–6) or impact (7).
type Wirkungsklasse string

// The three bands.
const (
	KlasseOutput  Wirkungsklasse = "output"
	KlasseOutcome Wirkungsklasse = "outcome"
	KlasseImpact  Wirkungsklasse = "impact"
)

// Valid reports whether w is one of the levels 1–7.
func (w Wirkungsstufe) Valid() bool { return w >= WirkungAktivitaeten && w <= WirkungGesellschaft }

// Klasse returns the band of the level, or "" for an invalid level.
func (w Wirkungsstufe) Klasse() Wirkungsklasse {
	switch {
	case !w.Valid():
		return ""
	case w <= WirkungAkzeptanz:
		return KlasseOutput
	case w <= WirkungLebenslage:
		return KlasseOutcome
	}
	return KlasseImpact
}

// Beschreibung returns what the level means, in the language tag; "" for an
// invalid level.
func (w Wirkungsstufe) Beschreibung(tag language.Tag) string {
	if !w.Valid() {
		return ""
	}
	return zieleMeldungen.Sprintf(tag, "wirkung."+strconv.Itoa(int(w)))
}

// String returns the digit of a valid level, or "Wirkungsstufe(n)".
func (w Wirkungsstufe) String() string {
	if !w.Valid() {
		return "Wirkungsstufe(" + strconv.Itoa(int(w)) + ")"
	}
	return strconv.Itoa(int(w))
}

// ParseWirkungsstufe parses a level "1" to "7".
func ParseWirkungsstufe(s string) (Wirkungsstufe, error) {
	n, err := strconv.Atoi(s)
	if err != nil || !Wirkungsstufe(n).Valid() || len(s) != 1 {
		return 0, fmt.Errorf("qualitaet.Wirkungsstufe: unbekannter Wert %q (erlaubt: 1 bis 7)", s)
	}
	return Wirkungsstufe(n), nil
}

// MarshalText encodes a valid level as its digit.
func (w Wirkungsstufe) MarshalText() ([]byte, error) {
	if !w.Valid() {
		return nil, fmt.Errorf("qualitaet.Wirkungsstufe: unbekannter Wert %d (erlaubt: 1 bis 7)", int(w))
	}
	return []byte(w.String()), nil
}

// UnmarshalText accepts the digits 1 to 7.
func (w *Wirkungsstufe) UnmarshalText(b []byte) error {
	x, err := ParseWirkungsstufe(string(b))
	if err == nil {
		*w = x
	}
	return err
}

// MarshalJSON encodes a valid level as a JSON number.
func (w Wirkungsstufe) MarshalJSON() ([]byte, error) { return w.MarshalText() }

// UnmarshalJSON accepts the JSON numbers 1 to 7.
func (w *Wirkungsstufe) UnmarshalJSON(b []byte) error { return w.UnmarshalText(b) }

// IDQuelle is the source of new IDs (an ID generator). The library never
// makes randomness or reads the clock itself: pass uuid.NewV7 in programs,
// a deterministic source in tests. Objects created here get version-7 UUIDs;
// documents may carry any non-nil UUID.
type IDQuelle func() (uuid.UUID, error)

// ErrTitelFehlt is returned when a goal or measure is created without a
// title.
var ErrTitelFehlt = errors.New("Titel fehlt")

// ErrIDQuelle is returned when the [IDQuelle] fails or gives no version-7
// UUID.
var ErrIDQuelle = errors.New("ID-Quelle liefert keine UUID v7")

func neueID(ids IDQuelle) (uuid.UUID, error) {
	if ids == nil {
		return uuid.Nil, ErrIDQuelle
	}
	id, err := ids()
	if err != nil {
		return uuid.Nil, fmt.Errorf("%w: %w", ErrIDQuelle, err)
	}
	if id.Version() != 7 || id.Variant() != uuid.RFC4122 {
		return uuid.Nil, fmt.Errorf("%w: %s", ErrIDQuelle, id)
	}
	return id, nil
}

// Ziel is a goal (Ziel) a Kommune sets itself in its quality development:
// what it wants to reach, which dimensions and Entwicklungsziele of the
// Qualitätsrahmen it serves, how far on the impact ladder it reaches, who is
// responsible, by when, and how it is measured (Indikatoren).
//
// The lifecycle status and the history are not fields: a goal starts with
// [NeuesZiel] and changes status only through [Ziel.Wechsle], which checks the
// table of [ZielLebenszyklus] and appends to the history. A goal read from
// JSON carries the status and history as stored; [PruefeZiele] checks that
// they form a valid chain. The zero Ziel has no history and cannot change
// status.
type Ziel struct {
	ID           uuid.UUID `json:"id"`
	Titel        string    `json:"titel"`
	Beschreibung string    `json:"beschreibung,omitempty"`
	// Dimensionen are the Qualitätsdimensionen the goal serves ("QD5").
	Dimensionen []ID `json:"dimensionen,omitempty"`
	// Entwicklungsziele are Entwicklungsziele of the catalogue ("QD5.T2.Z1")
	// or local ones from the Kommune's Zuschnitt ("QD3.T1.L1").
	Entwicklungsziele []ID          `json:"entwicklungsziele,omitempty"`
	Folgethema        Folgethema    `json:"folgethema,omitzero"`
	Wirkungsstufe     Wirkungsstufe `json:"wirkungsstufe,omitzero"`
	Zyklusschritt     Zyklusschritt `json:"zyklusschritt,omitzero"`
	// Verantwortlich is the responsible role, such as "Netzwerkkoordination"
	// (a role, not a person).
	Verantwortlich string        `json:"verantwortlich,omitempty"`
	Faellig        Kalenderdatum `json:"faellig,omitzero"`
	Indikatoren    []Indikator   `json:"indikatoren,omitempty"`
	// Zielerreichung is an achievement status set by people (see
	// [Ziel.SetzeZielerreichung]); when absent, [Ziel.Erreichung] derives it
	// from the indicators.
	Zielerreichung Erreichungsvermerk `json:"zielerreichung,omitzero"`
	// Hinweis is a note on the goal, e.g. that its figures are illustrative.
	Hinweis string `json:"hinweis,omitempty"`

	status  ZielStatus
	verlauf []Verlaufseintrag[ZielStatus]
}

// Erreichungsvermerk is an achievement status set by people rather than
// derived: the status, why (Grund, required), when and by whom (Durch,
// personal data). The zero value is absent.
type Erreichungsvermerk struct {
	Wert      Zielerreichung `json:"wert"`
	Grund     string         `json:"grund"`
	Zeitpunkt time.Time      `json:"zeitpunkt"`
	Durch     string         `json:"durch"`
}

// IsZero reports whether no status was set.
func (v Erreichungsvermerk) IsZero() bool { return v == Erreichungsvermerk{} }

// NeuesZiel creates a goal with a new ID from ids, the title, and a history
// that starts with the creation entry: no "von", "nach" = vorgeschlagen, at
// zeitpunkt, by durch. It fails with [ErrTitelFehlt], [ErrIDQuelle], or a
// [*UebergangsFehler] matching [ErrDurchFehlt] or [ErrZeitpunkt].
func NeuesZiel(titel string, zeitpunkt time.Time, durch string, ids IDQuelle) (Ziel, error) {
	z := Ziel{Titel: titel}
	nfc(&z.Titel)
	if strings.TrimSpace(z.Titel) == "" {
		return Ziel{}, ErrTitelFehlt
	}
	verlauf, err := zielZyklus.beginne(zeitpunkt, "", durch)
	if err != nil {
		return Ziel{}, err
	}
	if z.ID, err = neueID(ids); err != nil {
		return Ziel{}, err
	}
	z.status, z.verlauf = ZielVorgeschlagen, verlauf
	return z, nil
}

// Status returns the lifecycle status.
func (z Ziel) Status() ZielStatus { return z.status }

// Verlauf returns a copy of the history, oldest entry first.
func (z Ziel) Verlauf() []Verlaufseintrag[ZielStatus] { return slices.Clone(z.verlauf) }

// Wechsle changes the status to nach at zeitpunkt, for grund, by durch, and
// appends the change to the history. A change the table of
// [ZielLebenszyklus] does not allow, reopening without a reason, a missing
// actor, or a time before the last entry is refused with a
// [*UebergangsFehler] (errors.Is: [ErrUngueltigerUebergang], [ErrGrundFehlt],
// [ErrDurchFehlt], [ErrZeitpunkt]); the goal is then left unchanged.
func (z *Ziel) Wechsle(nach ZielStatus, zeitpunkt time.Time, grund, durch string) error {
	if len(z.verlauf) > 0 && z.verlauf[len(z.verlauf)-1].Nach != z.status {
		return &UebergangsFehler{Lebenszyklus: zielZyklus.name, Von: string(z.status), Nach: string(nach), Ursache: ErrUngueltigerUebergang}
	}
	verlauf, err := zielZyklus.wechsle(z.verlauf, nach, zeitpunkt, grund, durch)
	if err != nil {
		return err
	}
	z.status, z.verlauf = nach, verlauf
	return nil
}

// SetzeZielerreichung records an achievement status set by people, which
// then takes precedence over the derived one. A reason is required
// ([ErrGrundFehlt]), as are an actor ([ErrDurchFehlt]) and a time
// ([ErrZeitpunkt]); an unknown status is refused. On error the goal is left
// unchanged.
func (z *Ziel) SetzeZielerreichung(wert Zielerreichung, zeitpunkt time.Time, grund, durch string) error {
	v := Erreichungsvermerk{Wert: wert, Grund: grund, Zeitpunkt: zeitpunkt.Round(0), Durch: durch}
	v.normalisiere()
	switch {
	case !wert.Valid():
		return fmt.Errorf("qualitaet.Ziel.SetzeZielerreichung: unbekannter Wert %q", string(wert))
	case strings.TrimSpace(v.Grund) == "":
		return fmt.Errorf("qualitaet.Ziel.SetzeZielerreichung(%s): %w", wert, ErrGrundFehlt)
	case strings.TrimSpace(v.Durch) == "":
		return fmt.Errorf("qualitaet.Ziel.SetzeZielerreichung(%s): %w", wert, ErrDurchFehlt)
	case v.Zeitpunkt.IsZero():
		return fmt.Errorf("qualitaet.Ziel.SetzeZielerreichung(%s): %w", wert, ErrZeitpunkt)
	}
	z.Zielerreichung = v
	return nil
}

func (v *Erreichungsvermerk) normalisiere() {
	nfc(&v.Grund)
	nfc(&v.Durch)
}

// Erreichung returns the goal's achievement status on the day stichtag (the
// zero date means: all measurements, no due date passed). A status set by
// people ([Ziel.Zielerreichung]) wins. Otherwise it is aggregated from the
// indicators' statuses ([Indikator.Erreichung]), first rule that applies:
//
//  1. no indicators → in-arbeit;
//  2. any nicht-erreicht → nicht-erreicht;
//  3. all gehalten → gehalten; all erreicht or gehalten → erreicht;
//  4. any verschlechtert → verschlechtert;
//  5. any verbessert, erreicht or gehalten → verbessert (partly met is progress);
//  6. any unveraendert → unveraendert;
//  7. otherwise → in-arbeit.
func (z Ziel) Erreichung(stichtag Kalenderdatum) Zielerreichung {
	if !z.Zielerreichung.IsZero() {
		return z.Zielerreichung.Wert
	}
	if len(z.Indikatoren) == 0 {
		return ErreichungInArbeit
	}
	anzahl := map[Zielerreichung]int{}
	for _, i := range z.Indikatoren {
		anzahl[i.Erreichung(stichtag)]++
	}
	n := len(z.Indikatoren)
	switch {
	case anzahl[ErreichungNichtErreicht] > 0:
		return ErreichungNichtErreicht
	case anzahl[ErreichungGehalten] == n:
		return ErreichungGehalten
	case anzahl[ErreichungErreicht]+anzahl[ErreichungGehalten] == n:
		return ErreichungErreicht
	case anzahl[ErreichungVerschlechtert] > 0:
		return ErreichungVerschlechtert
	case anzahl[ErreichungVerbessert]+anzahl[ErreichungErreicht]+anzahl[ErreichungGehalten] > 0:
		return ErreichungVerbessert
	case anzahl[ErreichungUnveraendert] > 0:
		return ErreichungUnveraendert
	}
	return ErreichungInArbeit
}

type zielAlias Ziel

// MarshalJSON writes the goal with its "status" and "verlauf".
func (z Ziel) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		zielAlias
		Status  ZielStatus                    `json:"status"`
		Verlauf []Verlaufseintrag[ZielStatus] `json:"verlauf"`
	}{zielAlias(z), z.status, z.verlauf})
}

// UnmarshalJSON reads a goal with its stored status and history as they are;
// whether they are consistent is for [PruefeZiele] to say.
func (z *Ziel) UnmarshalJSON(b []byte) error {
	var x struct {
		*zielAlias
		Status  ZielStatus                    `json:"status"`
		Verlauf []Verlaufseintrag[ZielStatus] `json:"verlauf"`
	}
	var neu Ziel
	x.zielAlias = (*zielAlias)(&neu)
	if err := json.Unmarshal(b, &x); err != nil {
		return err
	}
	neu.status, neu.verlauf = x.Status, x.Verlauf
	*z = neu
	return nil
}

func (z *Ziel) normalisiere() {
	for _, s := range []*string{&z.Titel, &z.Beschreibung, &z.Verantwortlich, &z.Hinweis} {
		nfc(s)
	}
	z.Zielerreichung.normalisiere()
	for i := range z.Indikatoren {
		z.Indikatoren[i].normalisiere()
	}
	for i := range z.verlauf {
		z.verlauf[i].normalisiere()
	}
}
