package netzwerk

import (
	"math"
	"strconv"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// Plausible years: the checks refuse a founding year or a date before
// FruehestesJahr (the federal Frühe Hilfen programme started in 2006 and the
// KKG in 2012; 1990 leaves room for older local networks that became
// Netzwerke Frühe Hilfen) and a founding year after SpaetestesJahr (the
// bound of the shared "jahr" definition).
const (
	FruehestesJahr = 1990
	SpaetestesJahr = 2200
)

// Semantic rules (Regel) reported by [Pruefe], beside the JSON Schema
// keywords.
const (
	RegelPflicht   = "pflicht"   // a required text or ID is empty (values built in code)
	RegelKennung   = "kennung"   // an ID does not have the kennung form
	RegelWert      = "wert"      // an enum value is unknown (values built in code)
	RegelEindeutig = "eindeutig" // an ID or attendee occurs twice
	RegelSektor    = "sektor"    // a sector is unknown, redeclared, or does not match its actor
	RegelVerweis   = "verweis"   // a reference to an actor or regional network does not resolve
	RegelAnzahl    = "anzahl"    // a count is negative or not whole
	RegelDatum     = "datum"     // a date or year is no date or not plausible
)

// Validate checks a network built in code with the semantic checks of
// [Pruefe] (not the JSON Schema). It returns nil or a
// *schema.ValidierungsFehler of kind netzwerk.
func (n *Netzwerk) Validate() error {
	return schema.NeuerFehler(schema.ArtNetzwerk, Pruefe(n, ""))
}

// Pruefe runs the semantic checks on the network and returns every
// violation, with JSON pointers below zeiger ("" for a standalone document,
// "/netzwerk" inside a Kommune profile). The checks: IDs of actors, declared
// sectors and regional networks have the kennung form and are unique; every
// sector is a default or declared (and declared ones are no defaults);
// meetings, offers, cooperations and regional networks refer to existing
// actors, meetings to existing regional networks; no actor attends a
// meeting twice; a single agreement's actor belongs to the agreement's
// sector; counts and full-time equivalents are not negative and counts are
// whole; dates are calendar dates, not before [FruehestesJahr] and not
// before the founding year. For values built in code it also checks what the
// schema checks for documents: required texts are not empty and enum values
// are known. A nil network has no violations.
func Pruefe(n *Netzwerk, zeiger string) []schema.Verletzung {
	if n == nil {
		return nil
	}
	p := pruefer{n: n, basis: zeiger, ids: make(map[string]Akteur, len(n.Akteure))}
	for _, a := range n.Akteure {
		if _, dup := p.ids[a.ID]; !dup {
			p.ids[a.ID] = a
		}
	}
	p.allgemein()
	p.sektoren()
	p.akteure()
	p.gremien()
	p.kooperationen()
	p.treffen()
	p.angebote()
	p.regionalnetzwerke()
	return p.vs
}

type pruefer struct {
	n     *Netzwerk
	basis string
	ids   map[string]Akteur // first actor of each ID
	vs    []schema.Verletzung
}

func (p *pruefer) melde(regel, key string, pfad []any, args ...any) {
	p.vs = append(p.vs, meldungen.Verletzung(p.basis+schema.Zeiger(pfad...), regel, key, args...))
}

func pfad(teile ...any) []any { return teile }

func (p *pruefer) pflicht(wert string, feld string, ort []any) {
	if wert == "" {
		p.melde(RegelPflicht, "pflicht", ort, feld)
	}
}

func (p *pruefer) kennung(id string, feld string, ort []any) bool {
	if id == "" {
		p.melde(RegelPflicht, "pflicht", ort, feld)
		return false
	}
	if !kennungRe.MatchString(id) {
		p.melde(RegelKennung, "kennung", append(ort, feld), id)
		return false
	}
	return true
}

// eindeutigeKennung checks the "id" at ort like [pruefer.kennung] and
// reports a well-formed one that gesehen already holds; it adds it there.
func (p *pruefer) eindeutigeKennung(id string, ort []any, gesehen map[string]bool) {
	if !p.kennung(id, "id", ort) {
		return
	}
	if gesehen[id] {
		p.melde(RegelEindeutig, "doppelt", append(ort, "id"), id)
	}
	gesehen[id] = true
}

func (p *pruefer) sektor(s Sektor, ort []any) {
	switch {
	case s == "":
		p.melde(RegelPflicht, "pflicht", ort, "sektor")
	case !s.Valid():
		p.melde(RegelKennung, "kennung", append(ort, "sektor"), string(s))
	case !p.n.KenntSektor(s):
		p.melde(RegelSektor, "sektor.unbekannt", append(ort, "sektor"), string(s))
	}
}

func (p *pruefer) akteurVerweis(id string, ort []any) {
	if _, ok := p.ids[id]; !ok {
		p.melde(RegelVerweis, "verweis.akteur", ort, id)
	}
}

// plausiblesJahr reports whether a founding year passes the checks, so that
// an implausible one is reported once and not again at every date.
func plausiblesJahr(j int) bool { return j >= FruehestesJahr && j <= SpaetestesJahr }

func jahrText(j int) string { return strconv.Itoa(j) }

// datum checks a day that is there (callers handle the absent date). A day
// is invalid only when built in code with a year the text form cannot carry.
func (p *pruefer) datum(d qualitaet.Kalenderdatum, ort []any) {
	switch {
	case !d.Valid():
		p.melde(RegelDatum, "datum.ungueltig", ort, d.String())
	case d.Jahr() < FruehestesJahr:
		p.melde(RegelDatum, "datum.frueh", ort, d.String(), jahrText(FruehestesJahr))
	case plausiblesJahr(p.n.Gruendungsjahr) && d.Jahr() < p.n.Gruendungsjahr:
		p.melde(RegelDatum, "datum.vorGruendung", ort, d.String(), jahrText(p.n.Gruendungsjahr))
	}
}

func (p *pruefer) allgemein() {
	n := p.n
	for i, name := range n.Namen {
		p.pflicht(name, "namen", pfad("namen", i))
	}
	switch j := n.Gruendungsjahr; {
	case j == 0:
	case j < FruehestesJahr:
		p.melde(RegelDatum, "jahr.frueh", pfad("gruendungsjahr"), jahrText(j), jahrText(FruehestesJahr))
	case j > SpaetestesJahr:
		p.melde(RegelDatum, "jahr.spaet", pfad("gruendungsjahr"), jahrText(j), jahrText(SpaetestesJahr))
	}
	if k := n.Koordination; k != nil {
		p.pflicht(k.Traeger, "traeger", pfad("koordination"))
		if v, ok := k.Vollzeitaequivalente.Zahl(); ok && v < 0 {
			p.melde(RegelAnzahl, "vza.negativ", pfad("koordination", "vollzeitaequivalente"), v)
		}
	}
}

func (p *pruefer) sektoren() {
	gesehen := map[Sektor]bool{}
	for i, d := range p.n.Sektoren {
		ort := pfad("sektoren", i)
		if p.kennung(string(d.ID), "id", ort) {
			switch {
			case d.ID.Standard():
				p.melde(RegelSektor, "sektor.standard", append(ort, "id"), string(d.ID))
			case gesehen[d.ID]:
				p.melde(RegelEindeutig, "doppelt", append(ort, "id"), string(d.ID))
			}
			gesehen[d.ID] = true
		}
		p.pflicht(d.Name, "name", ort)
	}
}

func (p *pruefer) akteure() {
	gesehen := map[string]bool{}
	for i, a := range p.n.Akteure {
		ort := pfad("akteure", i)
		p.eindeutigeKennung(a.ID, ort, gesehen)
		p.pflicht(a.Organisation, "organisation", ort)
		p.sektor(a.Sektor, ort)
	}
}

func (p *pruefer) gremien() {
	for i, g := range p.n.Gremien {
		ort := pfad("gremien", i)
		if !g.Art.Valid() {
			p.melde(RegelWert, "wert", append(ort, "art"), string(g.Art), "art")
		}
		switch {
		case g.Anzahl < 0:
			p.melde(RegelAnzahl, "anzahl.negativ", append(ort, "anzahl"), g.Anzahl)
		case g.Anzahl > 0 && g.Anzahl < len(g.Instanzen):
			p.melde(RegelAnzahl, "anzahl.instanzen", append(ort, "anzahl"), g.Anzahl, len(g.Instanzen))
		}
		for j, name := range g.Instanzen {
			p.pflicht(name, "instanzen", append(ort, "instanzen", j))
		}
	}
}

func (p *pruefer) kooperationen() {
	for i, k := range p.n.Kooperationen {
		ort := pfad("kooperationen", i)
		p.sektor(k.Sektor, ort)
		if v, ok := k.Anzahl.Zahl(); ok {
			switch {
			case v < 0:
				p.melde(RegelAnzahl, "anzahl.negativ", append(ort, "anzahl"), v)
			case v != math.Trunc(v):
				p.melde(RegelAnzahl, "anzahl.ganz", append(ort, "anzahl"), v)
			}
		}
		if k.Akteur != "" {
			if a, ok := p.ids[k.Akteur]; !ok {
				p.melde(RegelVerweis, "verweis.akteur", append(ort, "akteur"), k.Akteur)
			} else if k.Sektor != "" && a.Sektor != "" && a.Sektor != k.Sektor {
				p.melde(RegelSektor, "kooperation.sektor", append(ort, "sektor"), a.ID, string(a.Sektor), string(k.Sektor))
			}
		}
		if !k.Datum.IsZero() {
			p.datum(k.Datum, append(ort, "datum"))
		}
		if k.Form != "" && !k.Form.Valid() {
			p.melde(RegelWert, "wert", append(ort, "form"), string(k.Form), "form")
		}
	}
}

func (p *pruefer) treffen() {
	regionen := map[string]bool{}
	for _, r := range p.n.Regionalnetzwerke {
		regionen[r.ID] = true
	}
	for i, t := range p.n.Treffen {
		ort := pfad("treffen", i)
		if t.Datum.IsZero() {
			p.melde(RegelPflicht, "pflicht", ort, "datum")
		} else {
			p.datum(t.Datum, append(ort, "datum"))
		}
		if !t.Art.Valid() {
			p.melde(RegelWert, "wert", append(ort, "art"), string(t.Art), "art")
		}
		if t.Regionalnetzwerk != "" && !regionen[t.Regionalnetzwerk] {
			p.melde(RegelVerweis, "verweis.regionalnetzwerk", append(ort, "regionalnetzwerk"), t.Regionalnetzwerk)
		}
		gesehen := map[string]bool{}
		for j, id := range t.Teilnehmende {
			o := append(ort, "teilnehmende", j)
			p.akteurVerweis(id, o)
			if gesehen[id] {
				p.melde(RegelEindeutig, "teilnehmende.doppelt", o, id)
			}
			gesehen[id] = true
		}
	}
}

func (p *pruefer) angebote() {
	for i, a := range p.n.Angebote {
		ort := pfad("angebote", i)
		p.pflicht(a.Name, "name", ort)
		if a.Anbieter != "" {
			p.akteurVerweis(a.Anbieter, append(ort, "anbieter"))
		}
		if a.Foerderbereich != 0 && !a.Foerderbereich.Valid() {
			p.melde(RegelWert, "wert", append(ort, "foerderbereich"), a.Foerderbereich.String(), "foerderbereich")
		}
		for j, z := range a.Zielgruppen {
			p.pflicht(z, "zielgruppen", append(ort, "zielgruppen", j))
		}
	}
}

func (p *pruefer) regionalnetzwerke() {
	gesehen := map[string]bool{}
	for i, r := range p.n.Regionalnetzwerke {
		ort := pfad("regionalnetzwerke", i)
		p.eindeutigeKennung(r.ID, ort, gesehen)
		p.pflicht(r.Name, "name", ort)
		for j, id := range r.Akteure {
			p.akteurVerweis(id, append(ort, "akteure", j))
		}
	}
}
