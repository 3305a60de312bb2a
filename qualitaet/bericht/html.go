package bericht

import (
	"bytes"
	_ "embed"
	"html/template"
	"io"
	"strconv"
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
// scripts, no fonts to load and no requests. It shows the header with the
// Regelwerk's provenance where the Bewertung names one, the overall result,
// the dimensions with the radar chart, the key figures, the priorities,
// the spread of the ratings, the gaps, the plan ([Optionen.Plan]) with the
// goals and their history, the per-dimension detail and the hints. A print
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
// A4 pages: the overall result, the radar chart, the first three to five
// priorities, the overdue measures of the plan ([Optionen.Plan]), the
// Reflexionsfragen of the focus dimensions (from the catalogue the
// Bewertung used) and one sentence on method and provenance.
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
// the template escapes, except CSS and the SVG charts.
type htmlSeite struct {
	Sprache, Titel, Stand string
	Kurz                  bool
	CSS                   template.CSS
	Kopf                  [][2]string
	Gesamt, Abdeckung     string
	GesamtErklaerung      string
	Skala                 string
	Radar, Streuung       template.HTML
	T                     map[string]string
	Dimensionen           [][]string
	DimLegende            string
	Kennzahlen            [][]string
	Prioritaeten          [][]string
	PrioErklaerung        string
	Luecken               [][2]string
	Plan                  *htmlPlan
	Ueberfaellig          [][]string
	Reflexion             []htmlFragen
	Methode               string
	Details               []htmlDimension
	Hinweise              []string
	Fuss                  string
}

type htmlFragen struct {
	Dimension string
	Fragen    []string
}

type htmlDimension struct {
	Titel, Kurz string
	Begruendung []string
	Ziele       [][]string
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

func (k *kontext) htmlSeite(p *qualitaet.Plan, kurz bool) *htmlSeite {
	b := k.b
	s := &htmlSeite{Sprache: k.tag.String(), Kurz: kurz, CSS: template.CSS(htmlCSS), T: k.htmlTexte(),
		Stand: k.datum(b.Zeitpunkt), Skala: k.skalaText(), GesamtErklaerung: k.t("md.gesamtErklaerung"),
		Abdeckung: k.tp("html.abdeckung", k.anteil(b.Gesamt.Abdeckung)), Methode: k.methode(),
		Fuss: k.tp("html.erstellt", k.datum(b.Zeitpunkt))}
	s.Titel = k.kopfTitel("md.titel")
	if kurz {
		s.Titel = k.tp("html.kurzTitelOhne")
		if strings.TrimSpace(b.Kommune) != "" {
			s.Titel = k.tp("html.kurzTitel", einzeilig(b.Kommune))
		}
	}
	s.Gesamt = k.tp("html.gesamtOhne")
	if b.Gesamt.Punkte.Gesetzt() {
		s.Gesamt = k.tp("html.gesamt", k.punkte(b.Gesamt.Punkte))
	}
	s.Kopf = k.htmlKopf()
	var radar, streuung svg
	k.radar(&radar)
	s.Radar = inlineSVG(radar.Bytes())
	if kurz {
		s.Prioritaeten = k.htmlPrioritaeten(5)
		if p != nil {
			for _, m := range p.Ueberfaellig() {
				s.Ueberfaellig = append(s.Ueberfaellig, []string{m.Titel, leerStrich(m.Verantwortlich), k.kdatum(m.Faellig), k.massnahmeStatus(m.Status)})
			}
		}
		s.Reflexion = k.reflexionsfragen(p)
		return s
	}
	k.streuung(&streuung)
	s.Streuung = inlineSVG(streuung.Bytes())
	s.Dimensionen, s.DimLegende = k.htmlDimensionen()
	for _, kz := range b.Kennzahlen {
		s.Kennzahlen = append(s.Kennzahlen, []string{kz.Bezeichnung, k.kennzahl(kz)})
	}
	s.Prioritaeten = k.htmlPrioritaeten(0)
	s.PrioErklaerung = k.t("md.prioritaetenErklaerung")
	for _, l := range b.Luecken {
		s.Luecken = append(s.Luecken, [2]string{l.Bezeichnung, strings.Join(l.Details, ", ")})
	}
	if p != nil {
		s.Plan = k.htmlPlan(p)
	}
	s.Details = k.htmlDetails()
	s.Hinweise = b.Hinweise
	return s
}

// htmlTexte are the fixed labels the template uses.
func (k *kontext) htmlTexte() map[string]string {
	t := map[string]string{}
	for _, key := range []string{"kopf.stand", "md.gesamt", "md.dimensionen", "md.kennzahlen", "md.prioritaeten", "md.luecken",
		"md.details", "md.hinweise", "md.keinePrioritaeten", "spalte.nr", "spalte.dimension", "spalte.punkte",
		"spalte.abdeckung", "spalte.schwerpunkt", "spalte.kennzahl", "spalte.wert", "spalte.rang", "spalte.art",
		"spalte.ziel", "spalte.begruendung", "spalte.stufe", "spalte.quelle"} {
		t[key] = k.t(key)
	}
	for _, key := range []string{"plan.titel", "plan.stichtag", "plan.prozess", "plan.befunde", "plan.prioritaeten",
		"plan.weitereZiele", "plan.weitereZieleText", "plan.zusammenfassung", "plan.ueberfaelligeMassnahmen",
		"plan.keineUeberfaelligen", "spalte.massnahme", "spalte.zielMassnahme", "spalte.status", "spalte.verantwortlich", "spalte.faellig",
		"spalte.schritt", "spalte.indikator", "spalte.ausgangswert", "spalte.zielwert", "spalte.zuletzt",
		"spalte.richtung", "spalte.erreichung", "spalte.befund", "spalte.datum", "spalte.von", "spalte.nach",
		"spalte.grund", "html.radar", "html.prioritaeten", "html.reflexion", "html.reflexionText", "html.inhalt",
		"html.streuung", "html.zieleVerlauf", "plan.ueberfaellig"} {
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

// htmlKopf lists the header lines: date, catalogue, Zuschnitt, Regelwerk
// and, where the Bewertung carries them, the Regelwerk's provenance and
// note.
func (k *kontext) htmlKopf() [][2]string {
	b := k.b
	kopf := [][2]string{
		{k.t("kopf.stand"), k.datum(b.Zeitpunkt)},
		{k.t("kopf.rahmen"), k.t("kopf.rahmenText", string(b.Rahmen.Version), b.Rahmen.ID)},
	}
	if z := k.zuschnittText(); z != "" {
		kopf = append(kopf, [2]string{k.t("kopf.zuschnitt"), z})
	}
	kopf = append(kopf, [2]string{k.t("kopf.regelwerk"), k.t("kopf.regelwerkText", b.Regelwerk.Titel, b.Regelwerk.ID, b.Regelwerk.Version)})
	if h := k.regelwerkHerkunft(); h != "" {
		kopf = append(kopf, [2]string{k.tp("html.herkunft"), h})
	}
	return kopf
}

// methode is the one sentence on method and provenance of the Kurzbericht.
func (k *kontext) methode() string {
	b := k.b
	herkunft := ""
	if h := k.regelwerkHerkunft(); h != "" {
		herkunft = " (" + k.tp("html.herkunft") + ": " + h + ")"
	}
	return k.tp("html.methode", string(b.Rahmen.Version), b.Regelwerk.Titel, b.Regelwerk.Version, herkunft)
}

func (k *kontext) htmlDimensionen() ([][]string, string) {
	var zeilen [][]string
	fehlt := false
	for i := range k.b.Dimensionen {
		d := &k.b.Dimensionen[i]
		stern := ""
		if d.Schwerpunkt {
			stern = "★"
		}
		fehlt = fehlt || !d.Punkte.Gesetzt()
		zeilen = append(zeilen, []string{strconv.Itoa(d.Nummer), k.dimName(d), k.punkte(d.Punkte), k.anteil(d.Abdeckung), stern})
	}
	var legende []string
	if fehlt {
		legende = append(legende, k.t("md.legendeStrich"))
	}
	if k.schwerpunkte() {
		legende = append(legende, k.t("md.legendeStern"))
	}
	return zeilen, strings.Join(legende, " ")
}

// htmlPrioritaeten lists the priorities, each Entwicklungsziel once, at
// most n (0: all).
func (k *kontext) htmlPrioritaeten(n int) [][]string {
	var zeilen [][]string
	gesehen := map[qualitaet.ID]bool{}
	for _, p := range k.b.Prioritaeten {
		if n > 0 && (gesehen[p.Entwicklungsziel] || len(zeilen) == n) {
			continue
		}
		gesehen[p.Entwicklungsziel] = true
		ziel := k.zielZelle(p.Entwicklungsziel)
		if p.Schwerpunkt {
			ziel = "★ " + ziel
		}
		zeilen = append(zeilen, []string{strconv.Itoa(p.Rang), k.prioArt(p.Art), ziel, p.Begruendung})
	}
	return zeilen
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

func (k *kontext) htmlDetails() []htmlDimension {
	var out []htmlDimension
	for i := range k.b.Dimensionen {
		d := &k.b.Dimensionen[i]
		titel := k.dimName(d)
		if d.Schwerpunkt {
			titel += " ★"
		}
		hd := htmlDimension{Titel: titel, Kurz: k.t("md.dimensionKurz", k.punkte(d.Punkte), k.anteil(d.Abdeckung)),
			Begruendung: d.Begruendung}
		for j := range d.Entwicklungsziele {
			z := &d.Entwicklungsziele[j]
			stufe := k.stufe(z.Stufe)
			if l := k.stufenBezeichnung(z); z.Stufe.Gesetzt() && l != "" {
				stufe += " – " + l
			}
			hd.Ziele = append(hd.Ziele, []string{string(z.ID) + " " + k.zielText(z), stufe, k.quelle(z.Quelle), strings.Join(z.Begruendung, " · ")})
		}
		out = append(out, hd)
	}
	return out
}
