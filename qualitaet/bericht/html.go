package bericht

import (
	"bytes"
	_ "embed"
	"html/template"
	"io"
	"strings"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
)

//go:embed html.tmpl
var htmlVorlageText string

//go:embed html.css
var htmlCSS string

// htmlVorlage is parsed once; html/template escapes every value that is
// not marked as trusted, and only the package's own SVG and CSS are.
var htmlVorlage = template.Must(template.New("bericht").Funcs(template.FuncMap{
	"zieleVon": func(s *htmlSeite, z *htmlZiele) zieleDaten { return zieleDaten{Seite: s, Ziele: z} },
}).Parse(htmlVorlageText))

// zieleDaten is what the template "ziele" shows: a table of goals and
// measures, with the page for its labels.
type zieleDaten struct {
	Seite *htmlSeite
	Ziele *htmlZiele
}

// HTML writes the full report of a Bewertung as one self-contained HTML
// document to w: the CSS and the SVG charts are inline, there are no
// scripts, no fonts to load and no requests. It shows the same facts in the
// same words as [Markdown] (the texts come from one catalogue): the
// profile's note on its data first; the header with catalogue, Zuschnitt,
// round and Regelwerk; the overall result — headed as a pre-assessment from
// structural data (Vorbewertung aus Strukturdaten) when every level comes
// from rules — with how much of it rests on the network's own ratings, the
// Regelwerk's provenance, the scale and the legend of the provenance marks
// ([NZFH], [abgeleitet], [ergänzt], [lokal]) that stand at every goal; the
// dimensions with the radar chart; the key figures; the priorities the
// network chose in its round, then the computed ranking (a suggestion when
// the network chose), each goal once with all its reasons; where the
// ratings diverge, with agreed results, Entwicklungsbedarf and the result
// per Ebene, and the spread chart; the comparison with the earlier round;
// the gaps; the per-dimension detail; the plan ([Optionen.Plan]) with the
// goals and their history; the hints; and the note on the method. A print
// stylesheet lays it out on A4 with page breaks before the major sections,
// table headers repeated on every page, no table row split across pages,
// link targets printed as text and page numbers in the footer (where the
// browser supports CSS page margin boxes). Every text from the Bewertung or
// the plan is escaped. The language and numbers follow [Optionen]. A nil
// Bewertung gives [ErrKeineBewertung].
func HTML(w io.Writer, b *qualitaet.Bewertung, opt Optionen) error {
	return schreibeHTML(w, b, opt, false)
}

// HTMLKurz writes the short report (Kurzbericht) for a political committee
// as one self-contained HTML document, made to fit on at most two printed
// A4 pages: the profile's note on its data, the overall result (or
// pre-assessment) with how much of it rests on the network's own ratings,
// the radar chart, the priorities the network chose in its round first,
// then the first priorities of the computed ranking (three beside the
// network's choice, else five), each goal marked as the NZFH's or not with
// a legend, the overdue measures of the plan ([Optionen.Plan]), the
// Reflexionsfragen of the focus dimensions (from the catalogue the
// Bewertung used) and one sentence on method and provenance that says
// what the Regelwerk is (the standard one: this library's proposal, not
// the NZFH's).
func HTMLKurz(w io.Writer, b *qualitaet.Bewertung, opt Optionen) error {
	return schreibeHTML(w, b, opt, true)
}

func schreibeHTML(w io.Writer, b *qualitaet.Bewertung, opt Optionen, kurz bool) error {
	if b == nil {
		return ErrKeineBewertung
	}
	k := neuerKontext(b, opt)
	s := k.htmlSeite(opt.Plan, kurz)
	var buf bytes.Buffer
	if err := htmlVorlage.Execute(&buf, s); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// htmlSeite is what the template shows; every string is plain text that
// the template escapes, except CSS, the SVG charts and the overall result's
// sentence (escaped by fett).
type htmlSeite struct {
	Sprache, Titel, Stand string
	Kurz                  bool
	CSS                   template.CSS
	T                     map[string]string
	Datenhinweis          string
	Kopf                  [][2]string
	Runde                 string
	Gesamt                htmlGesamt
	Radar, Streuung       template.HTML
	Dimensionen           *htmlTabelle
	DimLegende            string
	Kennzahlen            *htmlTabelle
	Gewaehlt              *htmlGewaehlt
	Prioritaeten          htmlPrioritaeten
	StreuungTitel         string
	StreuungText          string
	StreuungTabelle       *htmlTabelle
	Vergleich             *htmlVergleich
	Luecken               [][2]string
	Plan                  *htmlPlan
	Ueberfaellig          [][]string
	Reflexion             []htmlFragen
	Methode               string
	MethodePunkte         []string
	Formeln               []string
	Details               []htmlDimension
	Hinweise              []string
	Fuss                  string
}

// htmlGesamt is the overall result: heading, the sentence with the figure,
// where the levels come from, the Regelwerk's provenance, the explanation,
// the scale and the legend of the provenance marks.
type htmlGesamt struct {
	Titel                      string
	Vorbewertung               bool
	Satz                       template.HTML
	Quellen, Regelwerk         string
	Erklaerung, Skala, Legende string
}

// htmlTabelle is a table with a CSS class per cell.
type htmlTabelle struct {
	Kopf   []htmlZelle
	Zeilen [][]htmlZelle
}

type htmlZelle struct{ Text, Klasse string }

// htmlTab makes an HTML table of shared content: right-aligned columns get
// the class "zahl", centred ones "mitte"; nil for a table without rows.
func htmlTab(t tabellenInhalt) *htmlTabelle {
	if len(t.Zeilen) == 0 {
		return nil
	}
	klasse := func(i int) string {
		switch t.Ausrichtung[i] {
		case 'r':
			return "zahl"
		case 'c':
			return "mitte"
		}
		return ""
	}
	h := &htmlTabelle{}
	for i, x := range t.Kopf {
		h.Kopf = append(h.Kopf, htmlZelle{x, klasse(i)})
	}
	for _, z := range t.Zeilen {
		zeile := make([]htmlZelle, len(z))
		for i, x := range z {
			zeile[i] = htmlZelle{x, klasse(i)}
		}
		h.Zeilen = append(h.Zeilen, zeile)
	}
	return h
}

// htmlGewaehlt is the network's own choice of priorities.
type htmlGewaehlt struct {
	Wer     string
	Tabelle *htmlTabelle
}

// htmlPrioritaeten is the computed ranking: heading, explanations, table,
// and the legend of the provenance marks it shows (Kurzbericht).
type htmlPrioritaeten struct {
	Titel, Erklaerung, Vorschlag, Legende string
	Tabelle                               *htmlTabelle
}

// htmlVergleich is the comparison of two rounds.
type htmlVergleich struct {
	Erklaerung string
	Tabelle    *htmlTabelle
	Listen     [][2]string
}

type htmlFragen struct {
	Dimension string
	Fragen    []string
}

type htmlDimension struct {
	Titel, Kurz string
	Begruendung []string
	Ziele       *htmlTabelle
}

type htmlPlan struct {
	Stichtag, Einleitung string
	Prozess              [][2]string
	KeinProzess          string
	Befunde              [][2]string
	KeineBefunde         string
	Prioritaeten         []htmlPrio
	Weitere              *htmlZiele
	Zusammenfassung      string
	Zaehlungen           [][2]string
	Verlaeufe            []htmlVerlauf
}

type htmlPrio struct {
	Titel, Kopf, KeinZiel string
	Ziele                 *htmlZiele
}

type htmlZiele struct {
	Zeilen      []planZeile
	Indikatoren [][]string
}

type htmlVerlauf struct {
	Titel   string
	Zeilen  [][]string
	Hinweis string
}

// fett escapes s and makes the parts between "**" (the bold of the shared
// message texts) <strong>.
func fett(s string) template.HTML {
	teile := strings.Split(s, "**")
	var b strings.Builder
	for i, t := range teile {
		t = template.HTMLEscapeString(t)
		if i%2 == 1 && i < len(teile)-1 {
			t = "<strong>" + t + "</strong>"
		}
		b.WriteString(t)
	}
	return template.HTML(b.String()) // #nosec: every part escaped above
}

func (k *kontext) htmlSeite(p *qualitaet.Plan, kurz bool) *htmlSeite {
	b := k.b
	s := &htmlSeite{Sprache: k.tag.String(), Kurz: kurz, CSS: template.CSS(htmlCSS), T: k.htmlTexte(),
		Stand: k.datum(b.Zeitpunkt), Datenhinweis: einzeilig(b.Datenhinweis), Runde: k.rundeText(),
		Fuss: k.tp("html.erstellt", k.datum(b.Zeitpunkt))}
	s.Titel = k.titelHTML(kurz)
	s.Kopf = k.htmlKopf()
	s.Gesamt = k.htmlGesamt(kurz)
	var radar svg
	k.radar(&radar)
	s.Radar = inlineSVG(radar.Bytes())
	if b.Priorisierung != nil {
		wer, t := k.gewaehltTexte()
		s.Gewaehlt = &htmlGewaehlt{Wer: wer, Tabelle: htmlTab(t)}
	}
	if kurz {
		k.htmlKurz(s, p)
		return s
	}
	k.htmlVoll(s, p)
	return s
}

// titelHTML is the report's title: the Kurzbericht's, a pre-assessment's
// or the report's with the Kommune.
func (k *kontext) titelHTML(kurz bool) string {
	switch {
	case kurz && strings.TrimSpace(k.b.Kommune) != "":
		return k.tp("html.kurzTitel", einzeilig(k.b.Kommune))
	case kurz:
		return k.tp("html.kurzTitelOhne")
	case k.b.Quellen.NurVorbewertung():
		return k.kopfTitel("md.titelVorbewertung")
	}
	return k.kopfTitel("md.titel")
}

func (k *kontext) htmlGesamt(kurz bool) htmlGesamt {
	titel, satz := k.gesamtTexte()
	g := htmlGesamt{Titel: titel, Vorbewertung: k.b.Quellen.NurVorbewertung(), Satz: fett(satz), Quellen: k.quellenText()}
	if kurz {
		return g
	}
	g.Regelwerk = k.regelwerkHerkunft()
	g.Erklaerung = k.t("md.gesamtErklaerung")
	if sk := k.skalaText(); sk != "" {
		g.Skala = k.t("md.skala", sk)
	}
	g.Legende = k.herkunftLegende()
	return g
}

// htmlKurz fills what only the Kurzbericht shows: the first priorities
// (three beside the network's own choice, else five) with the legend of
// their provenance marks, the overdue measures, the Reflexionsfragen and
// the sentence on method and provenance.
func (k *kontext) htmlKurz(s *htmlSeite, p *qualitaet.Plan) {
	n := 5
	s.Prioritaeten.Titel = k.tp("html.prioritaeten")
	if k.b.Priorisierung != nil {
		n = 3
		s.Prioritaeten.Titel = k.t("md.prioritaetenVorschlag")
	}
	s.Prioritaeten.Tabelle = htmlTab(k.prioritaetenTabelle(n, false))
	da := map[qualitaet.Herkunft]bool{}
	for i, pr := range k.b.Prioritaeten {
		if z, ok := k.b.Ziel(pr.Entwicklungsziel); ok && i < n {
			da[z.Herkunft] = true
		}
	}
	if k.b.Priorisierung != nil {
		for _, g := range k.b.Priorisierung.Ziele {
			if z, ok := k.b.Ziel(g.Entwicklungsziel); ok {
				da[z.Herkunft] = true
			}
		}
	}
	s.Prioritaeten.Legende = k.legendeVon(da)
	if p != nil {
		for _, m := range p.Ueberfaellig() {
			s.Ueberfaellig = append(s.Ueberfaellig, []string{m.Titel, leerStrich(m.Verantwortlich), k.kdatum(m.Faellig), k.massnahmeStatus(m.Status)})
		}
	}
	s.Reflexion = k.reflexionsfragen(p)
	s.Methode = k.tp("html.methode", string(k.b.Rahmen.Version), k.b.Regelwerk.Titel, k.b.Regelwerk.Version, satz(k.regelwerkWas()))
}

// htmlVoll fills the sections of the full report, in the order of the
// Markdown report.
func (k *kontext) htmlVoll(s *htmlSeite, p *qualitaet.Plan) {
	b := k.b
	var dim tabellenInhalt
	dim, s.DimLegende = k.dimensionenTabelle()
	s.Dimensionen = htmlTab(dim)
	s.Kennzahlen = htmlTab(k.kennzahlenTabelle())
	s.Prioritaeten = htmlPrioritaeten{Titel: k.t("md.prioritaeten"), Erklaerung: k.t("md.prioritaetenErklaerung"),
		Tabelle: htmlTab(k.prioritaetenTabelle(0, true))}
	if b.Priorisierung != nil {
		s.Prioritaeten.Titel, s.Prioritaeten.Vorschlag = k.t("md.prioritaetenVorschlag"), k.t("md.vorschlagErklaerung")
	}
	var streuung svg
	k.streuung(&streuung)
	s.Streuung = inlineSVG(streuung.Bytes())
	s.StreuungTitel = k.tp("html.streuung")
	if t := k.streuungTabelle(); len(t.Zeilen) > 0 {
		s.StreuungTitel, s.StreuungText, s.StreuungTabelle = k.t("md.streuung"), k.streuungErklaerung(), htmlTab(t)
	}
	if b.Vergleich != nil {
		v := &htmlVergleich{}
		var t tabellenInhalt
		v.Erklaerung, t, v.Listen = k.vergleichInhalt()
		v.Tabelle = htmlTab(t)
		s.Vergleich = v
	}
	for _, l := range b.Luecken {
		s.Luecken = append(s.Luecken, [2]string{l.Bezeichnung, strings.Join(l.Details, ", ")})
	}
	if p != nil {
		s.Plan = k.htmlPlan(p)
	}
	for i := range b.Dimensionen {
		d := &b.Dimensionen[i]
		s.Details = append(s.Details, htmlDimension{Titel: k.detailTitel(d), Begruendung: d.Begruendung,
			Kurz: k.t("md.dimensionKurz", k.punkte(d.Punkte), k.anteil(d.Abdeckung)), Ziele: htmlTab(k.detailTabelle(d))})
	}
	s.Hinweise = b.Hinweise
	s.MethodePunkte, s.Formeln = k.methodePunkte()
}

// htmlTexte are the fixed labels the template uses.
func (k *kontext) htmlTexte() map[string]string {
	t := map[string]string{}
	for _, key := range []string{"kopf.stand", "kopf.runde", "kopf.datenhinweis", "kopf.regelwerk", "md.dimensionen", "md.kennzahlen",
		"md.luecken", "md.details", "md.hinweise", "md.keinePrioritaeten", "md.gewaehlt", "md.gewaehltKeine", "md.vergleich",
		"md.vergleichGleich", "md.methode", "methode.kennzahlen"} {
		t[key] = k.t(key)
	}
	for _, key := range []string{"plan.titel", "plan.stichtag", "plan.prozess", "plan.befunde", "plan.prioritaeten",
		"plan.weitereZiele", "plan.weitereZieleText", "plan.zusammenfassung", "plan.ueberfaelligeMassnahmen",
		"plan.keineUeberfaelligen", "spalte.massnahme", "spalte.zielMassnahme", "spalte.status", "spalte.verantwortlich", "spalte.faellig",
		"spalte.schritt", "spalte.indikator", "spalte.ausgangswert", "spalte.zielwert", "spalte.zuletzt",
		"spalte.richtung", "spalte.erreichung", "spalte.befund", "spalte.datum", "spalte.von", "spalte.nach",
		"spalte.grund", "html.radar", "html.reflexion", "html.reflexionText", "html.zieleVerlauf", "plan.ueberfaellig"} {
		t[key] = k.tp(key)
	}
	return t
}

// inlineSVG makes a standalone SVG document of this package fit for
// inclusion in HTML: without the XML declaration. The SVG's texts were
// escaped when it was written.
func inlineSVG(b []byte) template.HTML {
	s := string(b)
	if i := strings.Index(s, "<svg"); i >= 0 {
		s = s[i:]
	}
	return template.HTML(s) // #nosec: generated by this package, every text escaped by esc
}

// htmlKopf lists the header lines: date, catalogue, Zuschnitt, round and
// Regelwerk, as in the Markdown report.
func (k *kontext) htmlKopf() [][2]string {
	b := k.b
	kopf := [][2]string{
		{k.t("kopf.stand"), k.datum(b.Zeitpunkt)},
		{k.t("kopf.rahmen"), k.t("kopf.rahmenText", string(b.Rahmen.Version), b.Rahmen.ID)},
	}
	if z := k.zuschnittText(); z != "" {
		kopf = append(kopf, [2]string{k.t("kopf.zuschnitt"), z})
	}
	if r := k.rundeText(); r != "" {
		kopf = append(kopf, [2]string{k.t("kopf.runde"), r})
	}
	return append(kopf, [2]string{k.t("kopf.regelwerk"), k.t("kopf.regelwerkText", b.Regelwerk.Titel, b.Regelwerk.ID, b.Regelwerk.Version)})
}

// reflexionsfragen are the Reflexionsfragen of the focus dimensions: the
// process's, else the Zuschnitt's.
func (k *kontext) reflexionsfragen(p *qualitaet.Plan) []htmlFragen {
	if k.rahmen == nil {
		return nil
	}
	ids := k.b.Rahmen.Schwerpunkte
	if p != nil && p.Prozess != nil && len(p.Prozess.Schwerpunkte) > 0 {
		ids = p.Prozess.Schwerpunkte
	}
	var out []htmlFragen
	for _, id := range ids {
		d, ok := k.rahmen.Dimension(id)
		if !ok || len(d.Reflexionsfragen) == 0 {
			continue
		}
		f := htmlFragen{Dimension: string(id) + " " + d.TitelIn(k.tag)}
		for _, q := range d.Reflexionsfragen {
			t := q.Text
			if k.en && q.TextEn != "" {
				t = q.TextEn
			}
			f.Fragen = append(f.Fragen, t)
		}
		out = append(out, f)
	}
	return out
}

func (k *kontext) htmlPlan(p *qualitaet.Plan) *htmlPlan {
	h := &htmlPlan{Stichtag: k.kdatum(p.Stichtag), Einleitung: k.tp("plan.einleitung"),
		KeineBefunde: k.tp("plan.keineBefunde")}
	if p.Prozess == nil {
		h.KeinProzess = k.tp("plan.keinProzess")
	} else {
		h.Prozess = k.prozessZeilen(p.Prozess)
	}
	for _, b := range p.Befunde {
		h.Befunde = append(h.Befunde, [2]string{b.Art.Beschriftung(k.tag), b.Text})
	}
	for _, pr := range p.Prioritaeten {
		hp := htmlPrio{Titel: k.prioTitel(pr), Kopf: k.prioKopf(pr)}
		if len(pr.Ziele) == 0 {
			hp.KeinZiel = k.tp("plan.keinZiel")
		} else {
			hp.Ziele = &htmlZiele{Zeilen: k.zielZeilen(pr.Ziele), Indikatoren: k.indikatorZeilen(pr.Ziele)}
		}
		h.Prioritaeten = append(h.Prioritaeten, hp)
	}
	if len(p.WeitereZiele) > 0 {
		h.Weitere = &htmlZiele{Zeilen: k.zielZeilen(p.WeitereZiele), Indikatoren: k.indikatorZeilen(p.WeitereZiele)}
	}
	s := p.Zusammenfassung
	h.Zusammenfassung = k.tp("plan.zusammenfassungText", s.Ziele, s.Massnahmen, s.UeberfaelligeMassnahmen, s.PrioritaetenOhneZiel)
	h.Zaehlungen = k.zusammenfassungZeilen(s)
	h.Verlaeufe = k.verlaeufe(p)
	return h
}

// verlaeufe lists every goal of the plan once with its status history.
func (k *kontext) verlaeufe(p *qualitaet.Plan) []htmlVerlauf {
	var out []htmlVerlauf
	gesehen := map[string]bool{}
	add := func(zs []qualitaet.PlanZiel) {
		for _, z := range zs {
			if gesehen[z.ID.String()] {
				continue
			}
			gesehen[z.ID.String()] = true
			v := htmlVerlauf{Titel: z.Titel, Hinweis: z.Hinweis}
			for _, e := range z.Verlauf {
				von := strich
				if e.Von != "" {
					von = k.zielStatus(e.Von)
				}
				v.Zeilen = append(v.Zeilen, []string{k.datum(e.Zeitpunkt), von, k.zielStatus(e.Nach), leerStrich(e.Grund)})
			}
			out = append(out, v)
		}
	}
	for _, pr := range p.Prioritaeten {
		add(pr.Ziele)
	}
	add(p.WeitereZiele)
	return out
}

// satz ends a text with a full stop unless it ends with one already.
func satz(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.HasSuffix(s, ".") {
		return s
	}
	return s + "."
}
