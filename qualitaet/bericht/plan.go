package bericht

import (
	"bytes"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
)

// PlanMarkdown writes a Qualitätsentwicklungsplan ([qualitaet.Planen]) on
// its own as a Markdown document to w, under a heading with the Kommune:
// first the plan's note on its data (Datenhinweis), if any, then the Stichtag, the process, the findings, per priority its goals, measures
// and indicators, the other goals and the summary. The labels follow
// [Optionen.Sprache], else the plan's language; the findings' reasons stay
// in the plan's language. A nil plan gives [ErrKeinPlan].
func PlanMarkdown(w io.Writer, p *qualitaet.Plan, opt Optionen) error {
	if p == nil {
		return ErrKeinPlan
	}
	b := &qualitaet.Bewertung{Kommune: p.Kommune, Datenhinweis: p.Datenhinweis, Sprache: p.Sprache,
		Rahmen: p.Bewertung.Rahmen, Regelwerk: p.Bewertung.Regelwerk, Zeitpunkt: p.Bewertung.Zeitpunkt}
	k := neuerKontext(b, opt)
	var m md
	titel := k.tp("plan.titel")
	if strings.TrimSpace(p.Kommune) != "" {
		titel = k.tp("plan.titelKommune", p.Kommune)
	}
	k.mdPlan(&m, p, titel, 1)
	_, err := w.Write(append(bytes.TrimRight(m.Bytes(), "\n"), '\n'))
	return err
}

// ErrKeinPlan is returned by [PlanMarkdown] for a nil plan.
var ErrKeinPlan = errors.New("bericht: kein Plan angegeben (nil)")

// tp formats a message key of the plan catalogue in the report's language.
func (k *kontext) tp(key string, args ...any) string { return planTexte.Sprintf(k.tag, key, args...) }

// kdatum writes a calendar day, "–" when absent.
func (k *kontext) kdatum(d qualitaet.Kalenderdatum) string {
	if d.IsZero() {
		return strich
	}
	return k.datum(d.Zeit())
}

// zielStatus, massnahmeStatus, schritt and erreichung name values for
// people in the report's language.
func (k *kontext) zielStatus(s qualitaet.ZielStatus) string {
	return qualitaet.ZielLebenszyklus().Beschriftung(s, k.tag)
}

func (k *kontext) massnahmeStatus(s qualitaet.MassnahmeStatus) string {
	return qualitaet.MassnahmeLebenszyklus().Beschriftung(s, k.tag)
}

func (k *kontext) schritt(s qualitaet.Zyklusschritt) string {
	if s == "" {
		return strich
	}
	return s.Beschriftung(k.tag)
}

// faellig writes a due date with "(überfällig)" when it has passed.
func (k *kontext) faellig(d qualitaet.Kalenderdatum, ueber bool) string {
	t := k.kdatum(d)
	if ueber {
		t += " (" + k.tp("plan.ueberfaellig") + ")"
	}
	return t
}

// standWert writes a figure of an indicator: percent for shares, else the
// number.
func (k *kontext) standWert(ind qualitaet.PlanIndikator, s *qualitaet.Stand) string {
	if s == nil || s.IsZero() {
		return strich
	}
	if ind.Art == qualitaet.ArtAnteil {
		return k.prozentZahl(k.zahl(s.Wert, 1))
	}
	return k.zahl(s.Wert, 2)
}

// planZeile is a row of the table of goals and measures.
type planZeile struct {
	Ziel         bool
	Ueberfaellig bool
	Zellen       []string
}

// zielZeilen lists the goals with their measures below each.
func (k *kontext) zielZeilen(ziele []qualitaet.PlanZiel) []planZeile {
	var out []planZeile
	for _, z := range ziele {
		status := k.zielStatus(z.Status) + " · " + z.Erreichung.Beschriftung(k.tag)
		titel := z.Titel
		if z.Wirkungsstufe.Valid() {
			titel += " (" + k.tp("plan.wirkung") + " " + z.Wirkungsstufe.String() + ")"
		}
		out = append(out, planZeile{Ziel: true, Ueberfaellig: z.Ueberfaellig, Zellen: []string{titel, status,
			leerStrich(z.Verantwortlich), k.faellig(z.Faellig, z.Ueberfaellig), k.schritt(z.Zyklusschritt)}})
		for _, m := range z.Massnahmen {
			out = append(out, planZeile{Ueberfaellig: m.Ueberfaellig, Zellen: []string{m.Titel, k.massnahmeStatus(m.Status),
				leerStrich(m.Verantwortlich), k.faellig(m.Faellig, m.Ueberfaellig), k.schritt(m.Zyklusschritt)}})
		}
	}
	return out
}

// indikatorZeilen lists the indicators of the goals.
func (k *kontext) indikatorZeilen(ziele []qualitaet.PlanZiel) [][]string {
	var out [][]string
	for _, z := range ziele {
		for _, ind := range z.Indikatoren {
			name := ind.Name
			if ind.Einheit != "" {
				name += " (" + ind.Einheit + ")"
			}
			zuletzt := k.standWert(ind, ind.LetzteMessung)
			if ind.LetzteMessung != nil {
				zuletzt += " (" + k.kdatum(ind.LetzteMessung.Datum) + ")"
			}
			richtung := k.tp("plan.steigend")
			if ind.Richtung == qualitaet.Fallend {
				richtung = k.tp("plan.fallend")
			}
			ziel := k.standWert(ind, &ind.Zielwert) + " (" + k.kdatum(ind.Zielwert.Datum) + ")"
			out = append(out, []string{name, k.standWert(ind, &ind.Ausgangswert), ziel, zuletzt, richtung,
				ind.Erreichung.Beschriftung(k.tag)})
		}
	}
	return out
}

func leerStrich(s string) string {
	if strings.TrimSpace(s) == "" {
		return strich
	}
	return s
}

// prioKopf is the line under a priority's heading: level, kinds, spread.
func (k *kontext) prioKopf(p qualitaet.PlanPrioritaet) string {
	stufe := k.stufe(p.Stufe)
	if p.Bezeichnung != "" && p.Stufe.Gesetzt() {
		stufe += " – " + p.Bezeichnung
	}
	arten := make([]string, len(p.Arten))
	for i, a := range p.Arten {
		arten[i] = k.prioArt(a)
	}
	t := k.tp("plan.prioKopf", stufe, strings.Join(arten, ", "))
	if s := p.Streuung; s != nil && s.Anzahl > 0 {
		t += " · " + k.tp("plan.streuung", int(s.Minimum), int(s.Maximum), s.Anzahl)
	}
	return t
}

// prioTitel is "1. ★ QD5.T1.Z1 text".
func (k *kontext) prioTitel(p qualitaet.PlanPrioritaet) string {
	t := strconv.Itoa(p.Rang) + ". "
	if p.Schwerpunkt {
		t += "★ "
	}
	t += string(p.Entwicklungsziel)
	if txt := k.zielTextVon(p.Entwicklungsziel); txt != "" {
		return t + " " + txt
	}
	if p.Text != "" {
		t += " " + p.Text
	}
	return t
}

// prozessZeilen are the process's lines as label and value.
func (k *kontext) prozessZeilen(pr *qualitaet.PlanProzess) [][2]string {
	var out [][2]string
	if pr.Verantwortlich != "" {
		out = append(out, [2]string{k.tp("plan.verantwortlich"), pr.Verantwortlich})
	}
	if len(pr.Gremien) > 0 {
		g := make([]string, len(pr.Gremien))
		for i, x := range pr.Gremien {
			g[i] = x.Bezeichnung
			if x.Ebene != "" {
				g[i] += " (" + k.ebene(x.Ebene) + ")"
			}
			if x.Aufgabe != "" {
				g[i] += ": " + x.Aufgabe
			}
		}
		out = append(out, [2]string{k.tp("plan.gremien"), strings.Join(g, "; ")})
	}
	if len(pr.Schwerpunkte) > 0 {
		s := make([]string, len(pr.Schwerpunkte))
		for i, id := range pr.Schwerpunkte {
			s[i] = k.idName(id)
		}
		out = append(out, [2]string{k.tp("plan.schwerpunkte"), strings.Join(s, ", ")})
	}
	if pr.Zyklusschritt != "" {
		out = append(out, [2]string{k.tp("plan.schritt"), k.schritt(pr.Zyklusschritt)})
	}
	if d := pr.NaechsteUeberpruefung; !d.IsZero() {
		t := k.kdatum(d)
		if pr.UeberpruefungUeberfaellig {
			t = k.tp("plan.ueberpruefungVorbei", t)
		}
		out = append(out, [2]string{k.tp("plan.ueberpruefung"), t})
	}
	return out
}

// zusammenfassungZeilen are the summary's counts as label and text, values
// with a count of 0 left out.
func (k *kontext) zusammenfassungZeilen(s qualitaet.PlanZusammenfassung) [][2]string {
	liste := func(as []qualitaet.PlanAnzahl, name func(string) string) string {
		var teile []string
		for _, a := range as {
			if a.Anzahl > 0 {
				teile = append(teile, name(a.Wert)+": "+strconv.Itoa(a.Anzahl))
			}
		}
		if len(teile) == 0 {
			return strich
		}
		return strings.Join(teile, " · ")
	}
	ohne := func(f func(string) string) func(string) string {
		return func(w string) string {
			if w == "" {
				return k.tp("plan.ohne")
			}
			return f(w)
		}
	}
	return [][2]string{
		{k.tp("plan.zieleNachStatus"), liste(s.ZieleNachStatus, ohne(func(w string) string { return k.zielStatus(qualitaet.ZielStatus(w)) }))},
		{k.tp("plan.massnahmenNachStatus"), liste(s.MassnahmenNachStatus, ohne(func(w string) string { return k.massnahmeStatus(qualitaet.MassnahmeStatus(w)) }))},
		{k.tp("plan.massnahmenNachSchritt"), liste(s.MassnahmenNachSchritt, ohne(func(w string) string { return k.schritt(qualitaet.Zyklusschritt(w)) }))},
		{k.tp("plan.zieleNachStufe"), liste(s.ZieleNachWirkungsstufe, ohne(func(w string) string { return k.tp("plan.stufe", w) }))},
	}
}

// mdPlan writes the plan as a Markdown section with a heading of the level
// ebene. A document of its own (ebene 1) shows the plan's Datenhinweis
// first; inside the full report the report's head already shows it.
func (k *kontext) mdPlan(m *md, p *qualitaet.Plan, titel string, ebene int) {
	m.ueberschrift(ebene, titel)
	if h := strings.TrimSpace(p.Datenhinweis); h != "" && ebene == 1 {
		m.absatz("> **" + k.t("kopf.datenhinweis") + ":** " + text(h))
	}
	m.zeile("- **" + k.tp("plan.stichtag") + ":** " + k.kdatum(p.Stichtag))
	m.zeile("")
	m.absatz(k.tp("plan.einleitung"))
	m.ueberschrift(ebene+1, k.tp("plan.prozess"))
	if p.Prozess == nil {
		m.absatz(k.tp("plan.keinProzess"))
	} else {
		for _, z := range k.prozessZeilen(p.Prozess) {
			m.zeile("- **" + text(z[0]) + ":** " + text(z[1]))
		}
		m.zeile("")
	}
	m.ueberschrift(ebene+1, k.tp("plan.befunde"))
	if len(p.Befunde) == 0 {
		m.absatz(k.tp("plan.keineBefunde"))
	}
	for _, b := range p.Befunde {
		m.zeile("- **" + text(b.Art.Beschriftung(k.tag)) + ":** " + text(b.Text))
	}
	m.zeile("")
	m.ueberschrift(ebene+1, k.tp("plan.prioritaeten"))
	if len(p.Prioritaeten) == 0 {
		m.absatz(k.tp("plan.keinePrioritaeten"))
	}
	for _, pr := range p.Prioritaeten {
		m.ueberschrift(ebene+2, k.prioTitel(pr))
		m.absatz(text(k.prioKopf(pr)))
		if len(pr.Ziele) == 0 {
			m.absatz(k.tp("plan.keinZiel"))
			continue
		}
		k.mdZiele(m, pr.Ziele)
	}
	if len(p.WeitereZiele) > 0 {
		m.ueberschrift(ebene+1, k.tp("plan.weitereZiele"))
		m.absatz(k.tp("plan.weitereZieleText"))
		k.mdZiele(m, p.WeitereZiele)
	}
	s := p.Zusammenfassung
	m.ueberschrift(ebene+1, k.tp("plan.zusammenfassung"))
	m.absatz(k.tp("plan.zusammenfassungText", s.Ziele, s.Massnahmen, s.UeberfaelligeMassnahmen, s.PrioritaetenOhneZiel))
	for _, z := range k.zusammenfassungZeilen(s) {
		m.zeile("- **" + z[0] + ":** " + text(z[1]))
	}
	m.zeile("")
}

func (k *kontext) mdZiele(m *md, ziele []qualitaet.PlanZiel) {
	var zeilen [][]string
	for _, z := range k.zielZeilen(ziele) {
		zellen := append([]string(nil), z.Zellen...)
		if z.Ziel {
			zellen[0] = "**" + zellen[0] + "**"
		} else {
			zellen[0] = "↳ " + zellen[0]
		}
		zeilen = append(zeilen, zellen)
	}
	m.tabelle([]string{k.tp("spalte.zielMassnahme"), k.tp("spalte.status"), k.tp("spalte.verantwortlich"),
		k.tp("spalte.faellig"), k.tp("spalte.schritt")}, "lllll", zeilen)
	if ind := k.indikatorZeilen(ziele); len(ind) > 0 {
		m.tabelle([]string{k.tp("spalte.indikator"), k.tp("spalte.ausgangswert"), k.tp("spalte.zielwert"),
			k.tp("spalte.zuletzt"), k.tp("spalte.richtung"), k.tp("spalte.erreichung")}, "lrrrll", ind)
	}
}
