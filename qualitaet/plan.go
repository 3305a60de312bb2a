package qualitaet

import (
	"encoding/json"
	"errors"
	"slices"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"github.com/google/uuid"
	"golang.org/x/text/language"
)

// PlanEingabe is everything a Qualitätsentwicklungsplan is derived from: the
// Bewertung (its priorities, levels and spread), the Kommune's goals and
// measures, the agreed process (nil when none is recorded) and the Stichtag,
// the day on which due dates and measurements are judged. Sprache chooses
// the language of the findings; the zero tag takes the Bewertung's.
type PlanEingabe struct {
	Bewertung  *Bewertung
	Ziele      []Ziel
	Massnahmen []Massnahme
	Prozess    *Prozess
	Stichtag   Kalenderdatum
	Sprache    language.Tag
}

// Plan is a Qualitätsentwicklungsplan: the plan a coordinator takes to the
// Steuerungsgruppe. Per priority of the Bewertung (in its order, each
// Entwicklungsziel once) it names the Entwicklungsziel with its level and
// spread, the project goals (Ziele) that serve it, each goal's measures and
// indicators; goals that serve no priority follow in WeitereZiele. Findings
// (Befunde) say, with a reason, what needs attention on the Stichtag; the
// summary counts goals and measures. Datenhinweis is the profile's note on
// its data, carried over from the Bewertung (e.g. that goals and measures
// are illustrative); every output of the plan shows it first. It is the
// document plan.schema.json describes. [Planen] derives it; the same input
// gives the same plan.
type Plan struct {
	Kommune         string              `json:"kommune"`
	Datenhinweis    string              `json:"datenhinweis,omitempty"`
	Stichtag        Kalenderdatum       `json:"stichtag"`
	Sprache         string              `json:"sprache"`
	Bewertung       PlanBewertung       `json:"bewertung"`
	Prozess         *PlanProzess        `json:"prozess,omitempty"`
	Prioritaeten    []PlanPrioritaet    `json:"prioritaeten"`
	WeitereZiele    []PlanZiel          `json:"weitereZiele,omitempty"`
	Befunde         []Befund            `json:"befunde"`
	Zusammenfassung PlanZusammenfassung `json:"zusammenfassung"`
}

// PlanBewertung names the Bewertung a plan was derived from.
type PlanBewertung struct {
	Zeitpunkt time.Time       `json:"zeitpunkt"`
	Regelwerk RegelwerkAngabe `json:"regelwerk"`
	Rahmen    RahmenAngabe    `json:"rahmen"`
}

// PlanProzess is the agreed process as the plan shows it: the process, the
// dimensions in focus actually used (the process's own, else the
// Zuschnitt's), and whether the next review date has passed on the
// Stichtag.
type PlanProzess struct {
	Prozess
	UeberpruefungUeberfaellig bool `json:"ueberpruefungUeberfaellig"`
}

// PlanPrioritaet is one priority of the plan: the Entwicklungsziel with its
// text, dimension, level and spread as the Bewertung gives them, its first
// rank and the kinds of priority it has, and the goals serving it (those
// that name it in their Entwicklungsziele).
type PlanPrioritaet struct {
	Rang             int              `json:"rang"`
	Entwicklungsziel ID               `json:"entwicklungsziel"`
	Text             string           `json:"text"`
	Dimension        ID               `json:"dimension"`
	Schwerpunkt      bool             `json:"schwerpunkt"`
	Arten            []PrioritaetsArt `json:"arten"`
	Stufe            Wert             `json:"stufe,omitzero"`
	Bezeichnung      string           `json:"bezeichnung,omitempty"`
	Streuung         *PlanStreuung    `json:"streuung,omitempty"`
	Ziele            []PlanZiel       `json:"ziele"`
}

// PlanStreuung is the spread of the ratings of an Entwicklungsziel.
type PlanStreuung struct {
	Anzahl     int     `json:"anzahl"`
	Minimum    Stufe   `json:"minimum"`
	Maximum    Stufe   `json:"maximum"`
	Median     float64 `json:"median"`
	Spannweite int     `json:"spannweite"`
	Divergent  bool    `json:"divergent"`
}

// PlanZiel is a goal as the plan shows it: the goal's own data, its
// achievement on the Stichtag, whether it is past its due date, its
// measures and indicators and its status history (without who made each
// change: that is personal data).
type PlanZiel struct {
	ID                uuid.UUID       `json:"id"`
	Titel             string          `json:"titel"`
	Status            ZielStatus      `json:"status"`
	Erreichung        Zielerreichung  `json:"erreichung"`
	Entwicklungsziele []ID            `json:"entwicklungsziele,omitempty"`
	Wirkungsstufe     Wirkungsstufe   `json:"wirkungsstufe,omitzero"`
	Zyklusschritt     Zyklusschritt   `json:"zyklusschritt,omitzero"`
	Verantwortlich    string          `json:"verantwortlich,omitempty"`
	Faellig           Kalenderdatum   `json:"faellig,omitzero"`
	Ueberfaellig      bool            `json:"ueberfaellig"`
	Massnahmen        []PlanMassnahme `json:"massnahmen"`
	Indikatoren       []PlanIndikator `json:"indikatoren"`
	Verlauf           []PlanVerlauf   `json:"verlauf"`
	Hinweis           string          `json:"hinweis,omitempty"`
}

// PlanMassnahme is a measure as the plan shows it; Zyklusschritt is the
// measure's own step or, without one, its goal's; Ueberfaellig reports
// whether its due date has passed on the Stichtag while it is not done.
type PlanMassnahme struct {
	ID             uuid.UUID       `json:"id"`
	Titel          string          `json:"titel"`
	Verantwortlich string          `json:"verantwortlich,omitempty"`
	Beginn         Kalenderdatum   `json:"beginn,omitzero"`
	Faellig        Kalenderdatum   `json:"faellig,omitzero"`
	Status         MassnahmeStatus `json:"status"`
	Zyklusschritt  Zyklusschritt   `json:"zyklusschritt,omitzero"`
	Ueberfaellig   bool            `json:"ueberfaellig"`
	Hinweis        string          `json:"hinweis,omitempty"`
}

// PlanIndikator is an indicator with its baseline, target, the latest valid
// measurement on or before the Stichtag, its direction and its achievement.
type PlanIndikator struct {
	Name          string         `json:"name"`
	Art           Indikatorart   `json:"art"`
	Richtung      Richtung       `json:"richtung"`
	Einheit       string         `json:"einheit,omitempty"`
	Ausgangswert  Stand          `json:"ausgangswert,omitzero"`
	Zielwert      Stand          `json:"zielwert"`
	LetzteMessung *Stand         `json:"letzteMessung,omitempty"`
	Erreichung    Zielerreichung `json:"erreichung"`
	Hinweis       string         `json:"hinweis,omitempty"`
}

// PlanVerlauf is one status change of a goal: from, to, when and why.
type PlanVerlauf struct {
	Von       ZielStatus `json:"von,omitzero"`
	Nach      ZielStatus `json:"nach"`
	Zeitpunkt time.Time  `json:"zeitpunkt"`
	Grund     string     `json:"grund,omitempty"`
}

// PlanAnzahl is a count for one value (a status, a step, a level); the
// value "" counts what has none.
type PlanAnzahl struct {
	Wert   string `json:"wert"`
	Anzahl int    `json:"anzahl"`
}

// PlanZusammenfassung sums the plan up: goals and measures (those not
// entered in error), counted per status, measures per cycle step, the
// overdue measures, goals per level of the Wirkungstreppe, and the
// priorities without any goal. Every value of each scale is listed, in the
// scale's order, also with 0.
type PlanZusammenfassung struct {
	Ziele                   int          `json:"ziele"`
	Massnahmen              int          `json:"massnahmen"`
	ZieleNachStatus         []PlanAnzahl `json:"zieleNachStatus"`
	MassnahmenNachStatus    []PlanAnzahl `json:"massnahmenNachStatus"`
	MassnahmenNachSchritt   []PlanAnzahl `json:"massnahmenNachSchritt"`
	UeberfaelligeMassnahmen int          `json:"ueberfaelligeMassnahmen"`
	ZieleNachWirkungsstufe  []PlanAnzahl `json:"zieleNachWirkungsstufe"`
	PrioritaetenOhneZiel    int          `json:"prioritaetenOhneZiel"`
}

// ErrKeinStichtag is returned by [Planen] without a Stichtag, and
// ErrKeineBewertung without a Bewertung.
var (
	ErrKeinStichtag   = errors.New("qualitaet.Planen: Stichtag fehlt")
	ErrKeineBewertung = errors.New("qualitaet.Planen: keine Bewertung")
)

// offeneZiele are the goal statuses in which work is still to be done.
var offeneZiele = []ZielStatus{ZielVorgeschlagen, ZielGeplant, ZielVereinbart, ZielAktiv, ZielPausiert}

// offeneMassnahmen are the measure statuses in which a measure is not done.
var offeneMassnahmen = []MassnahmeStatus{MassnahmeGeplant, MassnahmeInUmsetzung, MassnahmePausiert}

// Planen derives the Qualitätsentwicklungsplan from a Bewertung, the goals
// and measures, the process and a Stichtag. Goals and measures entered in
// error (fehlerhaft-erfasst) are left out. A goal serves a priority when it
// names the priority's Entwicklungsziel. The findings are listed by kind in
// the order of [Befundarten], each kind in the order of the goals and
// measures. It fails only without a Bewertung or a Stichtag; nothing is read
// from a clock.
func Planen(e PlanEingabe) (*Plan, error) {
	if e.Bewertung == nil {
		return nil, ErrKeineBewertung
	}
	if e.Stichtag.IsZero() {
		return nil, ErrKeinStichtag
	}
	tag := e.Sprache
	if tag == language.Und {
		tag, _ = schema.ParseSprache(e.Bewertung.Sprache)
	}
	tag = schema.Sprache(tag)
	pl := &planer{e: e, tag: tag, ziele: map[uuid.UUID]*Ziel{}}
	return pl.plan(), nil
}

type planer struct {
	e          PlanEingabe
	tag        language.Tag
	ziele      map[uuid.UUID]*Ziel
	zielListe  []*Ziel
	massnahmen []*Massnahme
	befunde    [anzahlBefundarten][]Befund
}

func (pl *planer) plan() *Plan {
	b := pl.e.Bewertung
	for i := range pl.e.Ziele {
		if z := &pl.e.Ziele[i]; z.Status() != ZielFehlerhaftErfasst {
			pl.ziele[z.ID] = z
			pl.zielListe = append(pl.zielListe, z)
		}
	}
	for i := range pl.e.Massnahmen {
		if m := &pl.e.Massnahmen[i]; m.Status() != MassnahmeFehlerhaftErfasst {
			pl.massnahmen = append(pl.massnahmen, m)
		}
	}
	p := &Plan{
		Kommune: b.Kommune, Datenhinweis: b.Datenhinweis, Stichtag: pl.e.Stichtag, Sprache: pl.tag.String(),
		Bewertung: PlanBewertung{Zeitpunkt: b.Zeitpunkt, Regelwerk: b.Regelwerk, Rahmen: b.Rahmen},
	}
	p.Prozess = pl.prozess()
	verwendet := map[uuid.UUID]bool{}
	gesehen := map[ID]bool{}
	for _, pr := range b.Prioritaeten {
		if gesehen[pr.Entwicklungsziel] {
			i := slices.IndexFunc(p.Prioritaeten, func(x PlanPrioritaet) bool { return x.Entwicklungsziel == pr.Entwicklungsziel })
			if !slices.Contains(p.Prioritaeten[i].Arten, pr.Art) {
				p.Prioritaeten[i].Arten = append(p.Prioritaeten[i].Arten, pr.Art)
			}
			continue
		}
		gesehen[pr.Entwicklungsziel] = true
		pp := pl.prioritaet(pr)
		for _, z := range pl.zielListe {
			if slices.Contains(z.Entwicklungsziele, pr.Entwicklungsziel) {
				pp.Ziele = append(pp.Ziele, pl.planZiel(z))
				verwendet[z.ID] = true
			}
		}
		if !slices.ContainsFunc(pp.Ziele, func(z PlanZiel) bool {
			return z.Status != ZielAbgebrochen && z.Status != ZielAbgelehnt
		}) {
			p.Zusammenfassung.PrioritaetenOhneZiel++
			pl.befund(BefundPrioritaetOhneZiel, Befund{Entwicklungsziel: pr.Entwicklungsziel},
				string(pr.Entwicklungsziel), pp.Text)
		}
		p.Prioritaeten = append(p.Prioritaeten, pp)
	}
	for _, z := range pl.zielListe {
		if !verwendet[z.ID] {
			p.WeitereZiele = append(p.WeitereZiele, pl.planZiel(z))
		}
	}
	pl.pruefeZiele()
	pl.pruefeMassnahmen()
	p.Befunde = []Befund{}
	for _, bs := range pl.befunde {
		p.Befunde = append(p.Befunde, bs...)
	}
	pl.zusammenfassen(&p.Zusammenfassung)
	return p
}

func (pl *planer) prozess() *PlanProzess {
	if pl.e.Prozess == nil {
		pl.befund(BefundProzessFehlt, Befund{})
		return nil
	}
	pp := &PlanProzess{Prozess: *pl.e.Prozess}
	pp.Gremien = slices.Clone(pp.Gremien)
	pp.Schwerpunkte = slices.Clone(pp.Schwerpunkte)
	if len(pp.Schwerpunkte) == 0 {
		pp.Schwerpunkte = slices.Clone(pl.e.Bewertung.Rahmen.Schwerpunkte)
	}
	if d := pp.NaechsteUeberpruefung; !d.IsZero() && d.Vor(pl.e.Stichtag) {
		pp.UeberpruefungUeberfaellig = true
		pl.befund(BefundUeberpruefungUeberfaellig, Befund{Datum: d}, pl.datum(d))
	}
	return pp
}

// prioritaetsArten lists the kinds of a priority's reasons, each once; a
// priority of the older shape (no Gruende) has its one Art.
func prioritaetsArten(pr Prioritaet) []PrioritaetsArt {
	arten := []PrioritaetsArt{pr.Art}
	for _, g := range pr.Gruende {
		if !slices.Contains(arten, g.Art) {
			arten = append(arten, g.Art)
		}
	}
	return arten
}

func (pl *planer) prioritaet(pr Prioritaet) PlanPrioritaet {
	pp := PlanPrioritaet{Rang: pr.Rang, Entwicklungsziel: pr.Entwicklungsziel, Dimension: pr.Dimension,
		Schwerpunkt: pr.Schwerpunkt, Arten: prioritaetsArten(pr), Ziele: []PlanZiel{}}
	if z, ok := pl.e.Bewertung.Ziel(pr.Entwicklungsziel); ok {
		pp.Text, pp.Stufe, pp.Bezeichnung = z.Text, z.Stufe, z.Bezeichnung
	}
	for _, s := range pl.e.Bewertung.Streuung {
		if s.Entwicklungsziel == pr.Entwicklungsziel {
			pp.Streuung = &PlanStreuung{Anzahl: s.Anzahl, Minimum: s.Minimum, Maximum: s.Maximum,
				Median: s.Median, Spannweite: s.Spannweite, Divergent: s.Divergent}
		}
	}
	return pp
}

// planZiel shows goal z with its measures and indicators on the Stichtag.
func (pl *planer) planZiel(z *Ziel) PlanZiel {
	st := pl.e.Stichtag
	pz := PlanZiel{ID: z.ID, Titel: z.Titel, Status: z.Status(), Erreichung: z.Erreichung(st),
		Entwicklungsziele: slices.Clone(z.Entwicklungsziele), Wirkungsstufe: z.Wirkungsstufe,
		Zyklusschritt: z.Zyklusschritt, Verantwortlich: z.Verantwortlich, Faellig: z.Faellig,
		Ueberfaellig: pl.zielUeberfaellig(z), Hinweis: z.Hinweis,
		Massnahmen: []PlanMassnahme{}, Indikatoren: []PlanIndikator{}, Verlauf: []PlanVerlauf{}}
	for _, m := range pl.massnahmen {
		if slices.Contains(m.Ziele, z.ID) {
			pz.Massnahmen = append(pz.Massnahmen, PlanMassnahme{ID: m.ID, Titel: m.Titel,
				Verantwortlich: m.Verantwortlich, Beginn: m.Beginn, Faellig: m.Faellig, Status: m.Status(),
				Zyklusschritt: pl.schritt(m), Ueberfaellig: pl.massnahmeUeberfaellig(m), Hinweis: m.Hinweis})
		}
	}
	for _, ind := range z.Indikatoren {
		pi := PlanIndikator{Name: ind.Name, Art: ind.Art, Richtung: ind.Richtung, Einheit: ind.Einheit,
			Ausgangswert: ind.Ausgangswert, Zielwert: ind.Zielwert, Erreichung: ind.Erreichung(st), Hinweis: ind.Hinweis}
		if m, x, ok := letzteMessung(ind, st); ok {
			pi.LetzteMessung = &Stand{Wert: x, Datum: m.Datum}
		}
		pz.Indikatoren = append(pz.Indikatoren, pi)
	}
	for _, v := range z.verlauf {
		pz.Verlauf = append(pz.Verlauf, PlanVerlauf{Von: v.Von, Nach: v.Nach, Zeitpunkt: v.Zeitpunkt, Grund: v.Grund})
	}
	return pz
}

// letzteMessung returns the latest valid measurement on or before stichtag
// with its figure.
func letzteMessung(ind Indikator, stichtag Kalenderdatum) (Messung, float64, bool) {
	for i := len(ind.Messungen) - 1; i >= 0; i-- {
		m := ind.Messungen[i]
		if m.Datum.Nach(stichtag) {
			continue
		}
		if x, ok := m.Ergebnis(ind.Art); ok {
			return m, x, true
		}
	}
	return Messung{}, 0, false
}

// schritt is the measure's cycle step, or its first goal's.
func (pl *planer) schritt(m *Massnahme) Zyklusschritt {
	if m.Zyklusschritt != "" {
		return m.Zyklusschritt
	}
	for _, id := range m.Ziele {
		if z, ok := pl.ziele[id]; ok {
			return z.Zyklusschritt
		}
	}
	return ""
}

func (pl *planer) massnahmeUeberfaellig(m *Massnahme) bool {
	return !m.Faellig.IsZero() && pl.e.Stichtag.Nach(m.Faellig) && slices.Contains(offeneMassnahmen, m.Status())
}

func (pl *planer) zielUeberfaellig(z *Ziel) bool {
	return !z.Faellig.IsZero() && pl.e.Stichtag.Nach(z.Faellig) && slices.Contains(offeneZiele, z.Status())
}

// datum writes a day for a finding's text in the plan's language.
func (pl *planer) datum(d Kalenderdatum) string {
	if pl.tag == language.English {
		return d.Zeit().Format("2 January 2006")
	}
	return d.Zeit().Format("02.01.2006")
}

func (pl *planer) zusammenfassen(s *PlanZusammenfassung) {
	s.Ziele, s.Massnahmen = len(pl.zielListe), len(pl.massnahmen)
	zaehle := func(werte []string, von func(int) string, n int) []PlanAnzahl {
		out := make([]PlanAnzahl, len(werte))
		for i, w := range werte {
			out[i].Wert = w
		}
		for i := range n {
			if j := slices.Index(werte, von(i)); j >= 0 {
				out[j].Anzahl++
			}
		}
		return out
	}
	s.ZieleNachStatus = zaehle(alsTexte(zielZyklus.Zustaende()),
		func(i int) string { return string(pl.zielListe[i].Status()) }, len(pl.zielListe))
	s.MassnahmenNachStatus = zaehle(alsTexte(massnahmeZyklus.Zustaende()),
		func(i int) string { return string(pl.massnahmen[i].Status()) }, len(pl.massnahmen))
	s.MassnahmenNachSchritt = zaehle(append(alsTexte(zyklusschritte), ""),
		func(i int) string { return string(pl.schritt(pl.massnahmen[i])) }, len(pl.massnahmen))
	stufen := []string{"1", "2", "3", "4", "5", "6", "7", ""}
	s.ZieleNachWirkungsstufe = zaehle(stufen, func(i int) string {
		if w := pl.zielListe[i].Wirkungsstufe; w.Valid() {
			return w.String()
		}
		return ""
	}, len(pl.zielListe))
	for _, m := range pl.massnahmen {
		if pl.massnahmeUeberfaellig(m) {
			s.UeberfaelligeMassnahmen++
		}
	}
}

// Dokument returns the plan as an indented JSON document with its
// "$schema".
func (p *Plan) Dokument() ([]byte, error) {
	return json.MarshalIndent(struct {
		Schema string `json:"$schema"`
		*Plan
	}{schema.ArtPlan.ID(), p}, "", "  ")
}

// Ueberfaellig returns the measures of the plan that are overdue on the
// Stichtag, each once, in the order the plan first shows them.
func (p *Plan) Ueberfaellig() []PlanMassnahme {
	var out []PlanMassnahme
	gesehen := map[uuid.UUID]bool{}
	add := func(zs []PlanZiel) {
		for _, z := range zs {
			for _, m := range z.Massnahmen {
				if m.Ueberfaellig && !gesehen[m.ID] {
					gesehen[m.ID] = true
					out = append(out, m)
				}
			}
		}
	}
	for _, pr := range p.Prioritaeten {
		add(pr.Ziele)
	}
	add(p.WeitereZiele)
	return out
}
