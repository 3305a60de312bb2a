package bericht

import (
	"bytes"
	"io"
	"strconv"
	"strings"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
)

// Markdown writes the report of a Bewertung (Bewertungsbericht) as a
// Markdown document (CommonMark with GitHub tables) to w: title with the
// Kommune, the profile's note on its data, date, catalogue and Regelwerk;
// the overall result with how much of it rests on the network's own
// ratings and how much on automated rules, the Regelwerk's provenance and
// the legend of the goals' provenance (NZFH, derived, added, local); a
// table of the dimensions; the key figures; the priorities (each goal once,
// with all its reasons); where the ratings diverge; the gaps; per
// dimension its reasons and goals (unless [Optionen.Kurzfassung]); the
// hints; and a note on the method (the formulas). A Bewertung whose levels
// all come from automated rules is headed as a pre-assessment from
// structural data (Vorbewertung aus Strukturdaten), not as a score. The
// language is German unless the Bewertung or [Optionen.Sprache] says
// English. The output depends only on its arguments. The report is built in
// memory and written with a single Write, so w receives either all of it or
// the error of that Write. A nil Bewertung gives [ErrKeineBewertung].
//
// Free text from the Bewertung is kept on one line; in tables "|" is
// escaped, and "<" is written as "&lt;" everywhere so that no text can
// become HTML.
func Markdown(w io.Writer, b *qualitaet.Bewertung, opt Optionen) error {
	if b == nil {
		return ErrKeineBewertung
	}
	k := neuerKontext(b, opt)
	var m md
	k.mdKopf(&m)
	k.mdGesamt(&m)
	k.mdDimensionen(&m)
	k.mdKennzahlen(&m)
	if k.b.Priorisierung != nil {
		k.mdGewaehlt(&m)
	}
	k.mdPrioritaeten(&m)
	k.mdStreuung(&m)
	k.mdVergleich(&m)
	k.mdLuecken(&m)
	if !opt.Kurzfassung {
		k.mdDetails(&m)
	}
	if opt.Plan != nil {
		k.mdPlan(&m, opt.Plan, k.tp("plan.titel"), 2)
	}
	k.mdHinweise(&m)
	k.mdMethode(&m)
	_, err := w.Write(bytes.TrimRight(m.Bytes(), "\n"))
	if err == nil {
		_, err = io.WriteString(w, "\n")
	}
	return err
}

// md collects the document; blocks are separated by one blank line.
type md struct{ bytes.Buffer }

func (m *md) zeile(s string) { m.WriteString(s + "\n") }

func (m *md) absatz(s string) { m.WriteString(s + "\n\n") }

func (m *md) ueberschrift(ebene int, s string) {
	m.absatz(strings.Repeat("#", ebene) + " " + text(s))
}

// tabelle writes a table; ausrichtung holds one of "l", "r", "c" per column.
func (m *md) tabelle(kopf []string, ausrichtung string, zeilen [][]string) {
	m.zeile(tabellenZeile(kopf))
	trenner := make([]string, len(kopf))
	for i := range kopf {
		switch ausrichtung[i] {
		case 'r':
			trenner[i] = "---:"
		case 'c':
			trenner[i] = ":---:"
		default:
			trenner[i] = "---"
		}
	}
	m.zeile("|" + strings.Join(trenner, "|") + "|")
	for _, z := range zeilen {
		m.zeile(tabellenZeile(z))
	}
	m.zeile("")
}

// inhalt writes a table of shared content.
func (m *md) inhalt(t tabellenInhalt) { m.tabelle(t.Kopf, t.Ausrichtung, t.Zeilen) }

func tabellenZeile(zellen []string) string {
	var b strings.Builder
	b.WriteString("|")
	for _, z := range zellen {
		b.WriteString(" " + zelle(z) + " |")
	}
	return b.String()
}

// text makes free text safe for a Markdown line: one line, no raw HTML.
func text(s string) string { return strings.ReplaceAll(einzeilig(s), "<", "&lt;") }

// zelle makes text safe for a table cell: text plus an escaped "|". An
// empty cell stays empty.
func zelle(s string) string { return strings.ReplaceAll(text(s), "|", `\|`) }

func (k *kontext) mdKopf(m *md) {
	b := k.b
	if b.Quellen.NurVorbewertung() {
		m.ueberschrift(1, k.kopfTitel("md.titelVorbewertung"))
	} else {
		m.ueberschrift(1, k.kopfTitel("md.titel"))
	}
	if h := strings.TrimSpace(b.Datenhinweis); h != "" {
		m.absatz("> **" + k.t("kopf.datenhinweis") + ":** " + text(h))
	}
	m.zeile("- **" + k.t("kopf.stand") + ":** " + k.datum(b.Zeitpunkt))
	m.zeile("- **" + k.t("kopf.rahmen") + ":** " + text(k.t("kopf.rahmenText", string(b.Rahmen.Version), b.Rahmen.ID)))
	if z := k.zuschnittText(); z != "" {
		m.zeile("- **" + k.t("kopf.zuschnitt") + ":** " + text(z))
	}
	if r := k.rundeText(); r != "" {
		m.zeile("- **" + k.t("kopf.runde") + ":** " + text(r))
	}
	m.zeile("- **" + k.t("kopf.regelwerk") + ":** " + text(k.t("kopf.regelwerkText", b.Regelwerk.Titel, b.Regelwerk.ID, b.Regelwerk.Version)))
	m.zeile("")
}

// zuschnittText summarises the tailoring; "" without one.
func (k *kontext) zuschnittText() string {
	r := k.b.Rahmen
	var teile []string
	namen := func(ids []qualitaet.ID) string {
		n := make([]string, len(ids))
		for i, id := range ids {
			n[i] = k.idName(id)
		}
		return strings.Join(n, ", ")
	}
	if len(r.Schwerpunkte) > 0 {
		teile = append(teile, k.t("kopf.schwerpunkte", namen(r.Schwerpunkte)))
	}
	if len(r.Ausgelassen) > 0 {
		teile = append(teile, k.t("kopf.ausgelassen", namen(r.Ausgelassen)))
	}
	if r.LokaleZiele > 0 {
		teile = append(teile, k.t("kopf.lokaleZiele", strconv.Itoa(r.LokaleZiele)))
	}
	return strings.Join(teile, "; ")
}

func (k *kontext) mdGesamt(m *md) {
	ueberschrift, satz := k.gesamtTexte()
	m.ueberschrift(2, ueberschrift)
	m.absatz(satz)
	if q := k.quellenText(); q != "" {
		m.absatz(q)
	}
	m.absatz("**" + k.t("kopf.regelwerk") + ":** " + text(k.regelwerkHerkunft()))
	m.absatz(k.t("md.gesamtErklaerung"))
	if s := k.skalaText(); s != "" {
		m.absatz(k.t("md.skala", s))
	}
	if l := k.herkunftLegende(); l != "" {
		m.absatz(l)
	}
}

func (k *kontext) mdDimensionen(m *md) {
	m.ueberschrift(2, k.t("md.dimensionen"))
	if len(k.b.Dimensionen) == 0 {
		m.absatz(k.t("md.keineDimensionen"))
		return
	}
	t, legende := k.dimensionenTabelle()
	m.inhalt(t)
	if legende != "" {
		m.absatz(legende)
	}
}

func (k *kontext) mdKennzahlen(m *md) {
	if len(k.b.Kennzahlen) == 0 {
		return
	}
	m.ueberschrift(2, k.t("md.kennzahlen"))
	m.inhalt(k.kennzahlenTabelle())
}

// zielZelle is "QD3.T1.Z2 [NZFH] text" for tables: the ID, the mark of
// the goal's provenance, and its text.
func (k *kontext) zielZelle(id qualitaet.ID) string {
	z, ok := k.b.Ziel(id)
	if !ok {
		return string(id)
	}
	zelle := string(id)
	if h := k.herkunftMarke(z.Herkunft); h != "" {
		zelle += " " + h
	}
	return zelle + " " + k.zielText(z)
}

func (k *kontext) mdPrioritaeten(m *md) {
	if k.b.Priorisierung != nil {
		m.ueberschrift(2, k.t("md.prioritaetenVorschlag"))
	} else {
		m.ueberschrift(2, k.t("md.prioritaeten"))
	}
	if len(k.b.Prioritaeten) == 0 {
		m.absatz(k.t("md.keinePrioritaeten"))
		return
	}
	m.absatz(k.t("md.prioritaetenErklaerung"))
	if k.b.Priorisierung != nil {
		m.absatz(k.t("md.vorschlagErklaerung"))
	}
	m.inhalt(k.prioritaetenTabelle(0, true))
}

// prioGruende joins the reasons of a priority; a Bewertung of the older
// shape (without Gruende) gives its kind and text.
func (k *kontext) prioGruende(p qualitaet.Prioritaet) string {
	if len(p.Gruende) == 0 {
		return k.prioArt(p.Art) + ": " + p.Begruendung
	}
	texte := make([]string, len(p.Gruende))
	for i, g := range p.Gruende {
		texte[i] = g.Begruendung
	}
	return strings.Join(texte, "; ")
}

func (k *kontext) mdStreuung(m *md) {
	t := k.streuungTabelle()
	if len(t.Zeilen) == 0 {
		return
	}
	m.ueberschrift(2, k.t("md.streuung"))
	m.absatz(k.streuungErklaerung())
	m.inhalt(t)
}

func (k *kontext) mdLuecken(m *md) {
	if len(k.b.Luecken) == 0 {
		return
	}
	m.ueberschrift(2, k.t("md.luecken"))
	for _, l := range k.b.Luecken {
		z := "- **" + text(l.Bezeichnung) + "**"
		if len(l.Details) > 0 {
			z += ": " + text(strings.Join(l.Details, ", "))
		}
		m.zeile(z)
	}
	m.zeile("")
}

func (k *kontext) mdDetails(m *md) {
	if len(k.b.Dimensionen) == 0 {
		return
	}
	m.ueberschrift(2, k.t("md.details"))
	for i := range k.b.Dimensionen {
		d := &k.b.Dimensionen[i]
		m.ueberschrift(3, k.detailTitel(d))
		m.absatz(k.t("md.dimensionKurz", k.punkte(d.Punkte), k.anteil(d.Abdeckung)))
		for _, g := range d.Begruendung {
			m.zeile("- " + text(g))
		}
		if len(d.Begruendung) > 0 {
			m.zeile("")
		}
		if len(d.Entwicklungsziele) > 0 {
			m.inhalt(k.detailTabelle(d))
		}
	}
}

func (k *kontext) mdHinweise(m *md) {
	if len(k.b.Hinweise) == 0 {
		return
	}
	m.ueberschrift(2, k.t("md.hinweise"))
	for _, h := range k.b.Hinweise {
		m.zeile("- " + text(h))
	}
	m.zeile("")
}

// mdMethode writes the note on the method: how points, the result of the
// ratings and the order of the priorities are computed, and the formulas of
// the key figures. The running text above names no formula.
func (k *kontext) mdMethode(m *md) {
	m.ueberschrift(2, k.t("md.methode"))
	punkte, formeln := k.methodePunkte()
	for _, p := range punkte {
		m.zeile("- " + p)
	}
	if len(formeln) > 0 {
		m.zeile("- " + k.t("methode.kennzahlen"))
		for _, f := range formeln {
			m.zeile("  - " + text(f))
		}
	}
	m.zeile("")
}
