package qualitaet

import (
	"slices"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"github.com/google/uuid"
	"golang.org/x/text/language"
)

// Befundart is the kind of a finding (Befund) of a Qualitätsentwicklungsplan.
// The set is closed; the zero value is no kind.
type Befundart string

// The kinds of findings, in the order a plan lists them.
const (
	// BefundProzessFehlt: no process is agreed (who, which bodies, when to
	// review).
	BefundProzessFehlt Befundart = "prozess-fehlt"
	// BefundUeberpruefungUeberfaellig: the next review date has passed.
	BefundUeberpruefungUeberfaellig Befundart = "ueberpruefung-ueberfaellig"
	// BefundPrioritaetOhneZiel: no goal (other than cancelled or rejected
	// ones) serves a priority.
	BefundPrioritaetOhneZiel Befundart = "prioritaet-ohne-ziel"
	// BefundZielOhneMassnahme: an open goal has no measure.
	BefundZielOhneMassnahme Befundart = "ziel-ohne-massnahme"
	// BefundZielUeberfaellig: an open goal is past its due date.
	BefundZielUeberfaellig Befundart = "ziel-ueberfaellig"
	// BefundMassnahmeUeberfaellig: a measure not done is past its due date.
	BefundMassnahmeUeberfaellig Befundart = "massnahme-ueberfaellig"
	// BefundMassnahmeZielErledigt: a measure not done serves only goals that
	// are achieved, completed, cancelled or rejected.
	BefundMassnahmeZielErledigt Befundart = "massnahme-ziel-erledigt"
	// BefundIndikatorOhneMessung: an indicator of an open goal has no
	// measurement in the twelve months up to the Stichtag.
	BefundIndikatorOhneMessung Befundart = "indikator-ohne-messung"
)

var befundarten = []Befundart{BefundProzessFehlt, BefundUeberpruefungUeberfaellig, BefundPrioritaetOhneZiel,
	BefundZielOhneMassnahme, BefundZielUeberfaellig, BefundMassnahmeUeberfaellig, BefundMassnahmeZielErledigt,
	BefundIndikatorOhneMessung}

const anzahlBefundarten = 8

// Befundarten returns the kinds of findings in the order a plan lists them.
func Befundarten() []Befundart { return slices.Clone(befundarten) }

// ParseBefundart parses a kind of finding.
func ParseBefundart(s string) (Befundart, error) { return parseEnum("Befundart", befundarten, s) }

// Valid reports whether a is a known kind.
func (a Befundart) Valid() bool { return slices.Contains(befundarten, a) }

// String returns the kind, or "Befundart(x)" for an unknown one.
func (a Befundart) String() string { return enumString("Befundart", befundarten, a) }

// MarshalText encodes a known kind.
func (a Befundart) MarshalText() ([]byte, error) { return enumMarshal("Befundart", befundarten, a) }

// UnmarshalText accepts exactly the known kinds.
func (a *Befundart) UnmarshalText(b []byte) error {
	x, err := ParseBefundart(string(b))
	if err == nil {
		*a = x
	}
	return err
}

// Befund is a finding of a plan: its kind, the reason in words a
// coordinator understands (in the plan's language), and what it is about —
// an Entwicklungsziel, a goal, a measure, an indicator (by name) — and the
// date that matters (a due date, the last measurement, the review date).
type Befund struct {
	Art              Befundart     `json:"art"`
	Text             string        `json:"text"`
	Entwicklungsziel ID            `json:"entwicklungsziel,omitempty"`
	Ziel             uuid.UUID     `json:"ziel,omitzero"`
	Massnahme        uuid.UUID     `json:"massnahme,omitzero"`
	Indikator        string        `json:"indikator,omitempty"`
	Datum            Kalenderdatum `json:"datum,omitzero"`
}

// befund records a finding of kind art with the text of its message, args
// formatting it.
func (pl *planer) befund(art Befundart, b Befund, args ...any) {
	pl.befundMit(art, "befund."+string(art), b, args...)
}

// befundMit records a finding of kind art with the text of message key.
func (pl *planer) befundMit(art Befundart, key string, b Befund, args ...any) {
	b.Art = art
	b.Text = planMeldungen.Sprintf(pl.tag, key, args...)
	i := slices.Index(befundarten, art)
	pl.befunde[i] = append(pl.befunde[i], b)
}

// erledigt reports whether a goal needs no more measures: completed,
// cancelled or rejected, or its target met on the Stichtag.
func (pl *planer) erledigt(z *Ziel) bool {
	switch z.Status() {
	case ZielAbgeschlossen, ZielAbgebrochen, ZielAbgelehnt:
		return true
	}
	e := z.Erreichung(pl.e.Stichtag)
	return e == ErreichungErreicht || e == ErreichungGehalten
}

func (pl *planer) pruefeZiele() {
	st := pl.e.Stichtag
	jahrVorher := KalenderdatumAus(st.Zeit().AddDate(-1, 0, 0))
	for _, z := range pl.zielListe {
		if !slices.Contains(offeneZiele, z.Status()) {
			continue
		}
		status := zielZyklus.Beschriftung(z.Status(), pl.tag)
		if !slices.ContainsFunc(pl.massnahmen, func(m *Massnahme) bool {
			return slices.Contains(m.Ziele, z.ID) && m.Status() != MassnahmeAbgebrochen
		}) {
			pl.befund(BefundZielOhneMassnahme, Befund{Ziel: z.ID}, z.Titel, status)
		}
		if pl.zielUeberfaellig(z) {
			pl.befund(BefundZielUeberfaellig, Befund{Ziel: z.ID, Datum: z.Faellig}, z.Titel, pl.datum(z.Faellig), status)
		}
		for _, ind := range z.Indikatoren {
			m, _, ok := letzteMessung(ind, st)
			switch {
			case !ok:
				pl.befundMit(BefundIndikatorOhneMessung, "befund.keineMessung", Befund{Ziel: z.ID, Indikator: ind.Name}, ind.Name, z.Titel)
			case m.Datum.Vor(jahrVorher):
				pl.befundMit(BefundIndikatorOhneMessung, "befund.alteMessung",
					Befund{Ziel: z.ID, Indikator: ind.Name, Datum: m.Datum}, ind.Name, z.Titel, pl.datum(m.Datum))
			}
		}
	}
}

func (pl *planer) pruefeMassnahmen() {
	for _, m := range pl.massnahmen {
		if !slices.Contains(offeneMassnahmen, m.Status()) {
			continue
		}
		status := massnahmeZyklus.Beschriftung(m.Status(), pl.tag)
		if pl.massnahmeUeberfaellig(m) {
			wer := m.Verantwortlich
			if wer == "" {
				wer = planMeldungen.Sprintf(pl.tag, "befund.niemand")
			}
			pl.befund(BefundMassnahmeUeberfaellig, Befund{Massnahme: m.ID, Datum: m.Faellig},
				m.Titel, pl.datum(m.Faellig), status, wer)
		}
		var ziele []*Ziel
		for _, id := range m.Ziele {
			if z, ok := pl.ziele[id]; ok {
				ziele = append(ziele, z)
			}
		}
		if len(ziele) > 0 && !slices.ContainsFunc(ziele, func(z *Ziel) bool { return !pl.erledigt(z) }) {
			z := ziele[0]
			grund := zielZyklus.Beschriftung(z.Status(), pl.tag)
			if slices.Contains(offeneZiele, z.Status()) {
				grund = z.Erreichung(pl.e.Stichtag).Beschriftung(pl.tag)
			}
			pl.befund(BefundMassnahmeZielErledigt, Befund{Massnahme: m.ID, Ziel: z.ID}, m.Titel, status, z.Titel, grund)
		}
	}
}

// Beschriftung returns a short label of the kind for people, in the
// language tag (German unless English).
func (a Befundart) Beschriftung(tag language.Tag) string {
	if !a.Valid() {
		return a.String()
	}
	return planMeldungen.Sprintf(schema.Sprache(tag), "art."+string(a))
}
