package kommune

import (
	"math"
	"strconv"
	"sync"

	"github.com/fruehehilfen/qualitaetsrahmen/netzwerk"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// Rules (Regel of a [schema.Verletzung]) of the profile's semantic checks,
// beyond the JSON Schema keywords.
const (
	RegelPflicht       = "pflicht"      // a required text is empty
	RegelBereich       = "bereich"      // a figure lies outside its range
	RegelPlausibel     = "plausibel"    // figures contradict each other
	RegelBeschriftungP = "beschriftung" // a kept label does not name its line
	RegelVerweis       = "verweis"      // an ID refers to nothing
	RegelEindeutig     = "eindeutig"    // an entry is given twice
	RegelWiderspruch   = "widerspruch"  // two fields exclude each other
	RegelArt           = "art"          // a section's kind does not fit its title
)

// Validate runs the semantic checks on the profile and returns nil or a
// [*schema.ValidierungsFehler] listing every violation with its JSON
// pointer. It checks what the schema cannot: the figures of
// KOMMUNALSTRUKTUR fit together (children in poverty and single-parent
// households no more than children under 3, those no more than the
// population, the budget's parts no more than the budget); kept labels
// still name their line, so the export reads back; the kinds of sections
// fit their titles; the network passes [netzwerk.Pruefe], the Zuschnitt
// [qualitaet.PruefeZuschnitt], goals and measures [qualitaet.PruefeZiele];
// self-assessments name Entwicklungsziele of the (tailored) catalogue, a
// sector the network knows, and are not given twice. For values built in
// code it also checks what the schema checks for documents: a name, known
// Land, figures in range.
func (p *Profil) Validate() error {
	return schema.NeuerFehler(schema.ArtProfil, p.pruefe())
}

// standardRahmen is one copy of the default catalogue for the checks,
// made once and only read: qualitaet.Standard copies on every call.
var standardRahmen = sync.OnceValue(qualitaet.Standard)

// eingebetteteRahmen holds one copy of each embedded catalogue for the
// checks, made once and only read (Zuschneiden works on a copy of its own).
var eingebetteteRahmen = sync.OnceValue(func() map[qualitaet.Version]*qualitaet.Rahmen {
	m := map[qualitaet.Version]*qualitaet.Rahmen{}
	for _, v := range qualitaet.Versionen() {
		if r, err := qualitaet.RahmenVersion(v); err == nil {
			m[v] = r
		}
	}
	return m
})

// rahmenVersion is qualitaet.RahmenVersion without the copy.
func rahmenVersion(v qualitaet.Version) (*qualitaet.Rahmen, error) {
	if r, ok := eingebetteteRahmen()[v]; ok {
		return r, nil
	}
	return qualitaet.RahmenVersion(v)
}

type pruefer struct {
	vs []schema.Verletzung
}

func (c *pruefer) v(zeiger, regel, key string, args ...any) {
	c.vs = append(c.vs, meldungen.Verletzung(zeiger, regel, key, args...))
}

func (p *Profil) pruefe() []schema.Verletzung {
	c := &pruefer{}
	if trimme(p.Name) == "" {
		c.v("/name", RegelPflicht, "pruefen.name")
	}
	if p.Land != "" {
		if l, ok := LandAusName(p.Land); !ok || l != p.Land {
			c.v("/land", RegelBereich, "pruefen.land", p.Land)
		}
	}
	c.kommunalstruktur(&p.Kommunalstruktur)
	c.wirUeberUns(&p.WirUeberUns)
	c.abschnitte(p.Abschnitte)
	c.punkte(func() string { return "/vorspann" }, p.Vorspann, 0)
	c.vs = append(c.vs, netzwerk.Pruefe(&p.Netzwerk, "/netzwerk")...)
	var rahmen *qualitaet.Rahmen
	if p.Zuschnitt != nil {
		basis, err := rahmenVersion(p.Zuschnitt.Rahmen)
		if err != nil {
			c.v("/zuschnitt/rahmen", RegelBereich, "pruefen.rahmen", string(p.Zuschnitt.Rahmen))
		} else {
			vs := qualitaet.PruefeZuschnitt(basis, p.Zuschnitt, "/zuschnitt")
			c.vs = append(c.vs, vs...)
			rahmen = basis
			if len(vs) == 0 {
				if r, err := basis.Zuschneiden(p.Zuschnitt); err == nil {
					rahmen = r
				}
			}
		}
	}
	if rahmen == nil {
		rahmen = standardRahmen()
	}
	c.vs = append(c.vs, qualitaet.PruefeZiele(p.Ziele, p.Massnahmen, "")...)
	c.einschaetzungen(p, rahmen)
	return c.vs
}

func (c *pruefer) anzahl(zeiger string, w qualitaet.Wert) {
	if f, ok := w.Zahl(); ok && (f < 0 || f != math.Trunc(f)) {
		c.v(zeiger, RegelBereich, "pruefen.anzahl", FormatZahl(f))
	}
}

func (c *pruefer) bereich(zeiger string, w qualitaet.Wert, min, max float64) {
	if f, ok := w.Zahl(); ok && (f < min || f > max) {
		c.v(zeiger, RegelBereich, "pruefen.bereich", FormatZahl(f), FormatZahl(min), FormatZahl(max))
	}
}

func (c *pruefer) jahr(zeiger string, j int) {
	if j != 0 && (j < 1900 || j > 2200) {
		c.v(zeiger, RegelBereich, "pruefen.jahr", strconv.Itoa(j))
	}
}

// hoechstens reports a figure a that is larger than the figure b it is
// part of.
func (c *pruefer) hoechstens(zeiger string, a, b qualitaet.Wert, bName string) {
	x, okA := a.Zahl()
	y, okB := b.Zahl()
	if okA && okB && x > y {
		c.v(zeiger, RegelPlausibel, "pruefen.hoechstens", FormatZahl(x), bName, FormatZahl(y))
	}
}

func (c *pruefer) kommunalstruktur(k *Kommunalstruktur) {
	const z = "/kommunalstruktur"
	c.anzahl(z+"/bevoelkerung", k.Bevoelkerung)
	c.anzahl(z+"/kinderUnter3", k.KinderUnter3)
	c.anzahl(z+"/kinderUnter3Armut", k.KinderUnter3Armut)
	c.anzahl(z+"/alleinerziehendeU3", k.AlleinerziehendeU3)
	c.bereich(z+"/migrationsanteil/prozent", k.Migrationsanteil.Prozent, 0, 100)
	c.jahr(z+"/migrationsanteil/jahr", k.Migrationsanteil.Jahr)
	c.bereich(z+"/bevoelkerungsentwicklung/prozent", k.Bevoelkerungsentwicklung.Prozent, -100, math.MaxFloat64)
	zr := k.Bevoelkerungsentwicklung.Zeitraum
	if zr != (Zeitraum{}) {
		c.jahr(z+"/bevoelkerungsentwicklung/zeitraum/von", zr.Von)
		c.jahr(z+"/bevoelkerungsentwicklung/zeitraum/bis", zr.Bis)
		if zr.Von > zr.Bis {
			c.v(z+"/bevoelkerungsentwicklung/zeitraum", RegelPlausibel, "pruefen.zeitraum", strconv.Itoa(zr.Von), strconv.Itoa(zr.Bis))
		}
	}
	c.bereich(z+"/budget/gesamt", k.Budget.Gesamt, 0, math.MaxFloat64)
	c.hoechstens(z+"/kinderUnter3", k.KinderUnter3, k.Bevoelkerung, "bevoelkerung")
	c.hoechstens(z+"/kinderUnter3Armut", k.KinderUnter3Armut, k.KinderUnter3, "kinderUnter3")
	c.hoechstens(z+"/alleinerziehendeU3", k.AlleinerziehendeU3, k.KinderUnter3, "kinderUnter3")
	summe, gegeben := 0.0, false
	for i, a := range k.Budget.Anteile {
		zi := schema.Zeiger("kommunalstruktur", "budget", "anteile", i)
		c.bereich(zi+"/betrag", a.Betrag, 0, math.MaxFloat64)
		if _, budget, ok := erkenneBeschriftung(a.Quelle); !ok || !budget {
			c.v(zi+"/quelle", RegelBeschriftungP, "pruefen.quelle", kuerze(a.Quelle))
		}
		if f, ok := a.Betrag.Zahl(); ok {
			summe, gegeben = summe+f, true
		}
	}
	if gegeben {
		c.hoechstens(z+"/budget/anteile", qualitaet.WertVon(summe), k.Budget.Gesamt, "budget/gesamt")
	}
	for f := range k.Hinweise {
		switch f {
		case FeldBevoelkerung, FeldKinderUnter3, FeldKinderUnter3Armut, FeldAlleinerziehendeU3:
		default:
			c.v(z+"/hinweise/"+string(f), RegelBereich, "pruefen.feld", string(f))
		}
	}
	c.beschriftungen(z, k.Beschriftungen, true, zr)
}

func (c *pruefer) beschriftungen(z string, m map[Feld]string, kommunal bool, zr Zeitraum) {
	for f, label := range m {
		info, ok := feldInfoVon(f)
		zf := z + "/beschriftungen/" + string(f)
		if !ok || info.kommunal != kommunal {
			c.v(zf, RegelBereich, "pruefen.feld", string(f))
			continue
		}
		if g, budget, ok := erkenneBeschriftung(label); !ok || budget || g != f {
			c.v(zf, RegelBeschriftungP, "pruefen.beschriftung", kuerze(label), string(f))
			continue
		}
		if f == FeldBevoelkerungsentwicklung && zeitraumAus(label) != zr {
			c.v(zf, RegelWiderspruch, "pruefen.beschriftungZeitraum", kuerze(label))
		}
	}
}

func (c *pruefer) wirUeberUns(w *WirUeberUns) {
	const z = "/wirUeberUns"
	c.jahr(z+"/erstesDokument/jahr", w.ErstesDokument.Jahr)
	for f := range w.Hinweise {
		if f != FeldGruendung {
			c.v(z+"/hinweise/"+string(f), RegelBereich, "pruefen.feld", string(f))
		}
	}
	c.beschriftungen(z, w.Beschriftungen, false, Zeitraum{})
}

func (c *pruefer) abschnitte(as []Abschnitt) {
	var offen []int // sections a later one may sit under, levels rising (see leser.offen)
	for i, a := range as {
		z := func() string { return "/abschnitte/" + strconv.Itoa(i) }
		if trimme(a.Titel) == "" {
			c.v(z()+"/titel", RegelPflicht, "pruefen.titel")
		}
		if a.Ebene < 1 || a.Ebene > 6 {
			c.v(z()+"/ebene", RegelBereich, "pruefen.ebene", strconv.Itoa(a.Ebene))
		}
		for len(offen) > 0 && as[offen[len(offen)-1]].Ebene >= a.Ebene {
			offen = offen[:len(offen)-1]
		}
		var oben Abschnittsart
		if len(offen) > 0 {
			oben = as[offen[len(offen)-1]].Art
		}
		offen = append(offen, i)
		if erkannt, _ := ArtAusTitel(a.Titel, oben); erkannt != a.Art {
			c.v(z()+"/art", RegelArt, "pruefen.art", string(a.Art), kuerze(a.Titel), string(erkannt))
		}
		c.punkte(func() string { return z() + "/punkte" }, a.Punkte, 0)
	}
}

// punkte checks an item tree; the pointer of the list is built only when a
// violation needs it, so a valid profile costs no string building.
func (c *pruefer) punkte(z func() string, ps []Punkt, tiefe int) {
	if tiefe >= MaxPunktTiefe {
		c.v(z(), RegelBereich, "pruefen.tiefe", MaxPunktTiefe)
		return
	}
	for i, p := range ps {
		unter := func() string { return z() + "/" + strconv.Itoa(i) + "/unterpunkte" }
		if p.Absatz && len(p.Unterpunkte) > 0 {
			c.v(unter(), RegelWiderspruch, "pruefen.absatz")
		}
		if len(p.Unterpunkte) > 0 {
			c.punkte(unter, p.Unterpunkte, tiefe+1)
		}
	}
}

func (c *pruefer) einschaetzungen(p *Profil, r *qualitaet.Rahmen) {
	type schluessel struct {
		ziel   qualitaet.ID
		person string
		datum  string
		runde  string
	}
	gesehen := map[schluessel]bool{}
	runden := c.runden(p, r)
	for i, e := range p.Einschaetzungen {
		z := "/einschaetzungen/" + strconv.Itoa(i)
		if _, ok := r.Entwicklungsziel(e.Entwicklungsziel); !ok {
			c.v(z+"/entwicklungsziel", RegelVerweis, "pruefen.entwicklungsziel", string(e.Entwicklungsziel))
		}
		switch {
		case !e.NichtBeurteilbar && !e.HatStufe():
			c.v(z+"/stufe", RegelPflicht, "pruefen.stufeFehlt")
		case !e.NichtBeurteilbar && !e.Stufe.Valid():
			c.v(z+"/stufe", RegelBereich, "pruefen.stufe", strconv.Itoa(int(e.Stufe)))
		}
		if e.Datum.IsZero() {
			c.v(z+"/datum", RegelPflicht, "pruefen.datum")
		}
		if e.Sektor != "" && !p.Netzwerk.KenntSektor(netzwerk.Sektor(e.Sektor)) {
			c.v(z+"/sektor", RegelVerweis, "pruefen.sektor", e.Sektor)
		}
		if e.Runde != "" && !runden[e.Runde] {
			c.v(z+"/runde", RegelVerweis, "pruefen.runde", e.Runde)
		}
		k := schluessel{e.Entwicklungsziel, e.Schluessel(), e.Datum.Format("2006-01-02"), e.Runde}
		if gesehen[k] && e.Anzahl == 0 { // aggregated rows share goal and day by design
			c.v(z, RegelEindeutig, "pruefen.einschaetzungDoppelt", string(e.Entwicklungsziel), k.datum)
		}
		gesehen[k] = true
	}
}

// runden checks the survey rounds (unique IDs, a day, agreed results and
// chosen goals in the catalogue, levels on the scale) and returns the set
// of their IDs.
func (c *pruefer) runden(p *Profil, r *qualitaet.Rahmen) map[string]bool {
	ids := map[string]bool{}
	for i, rd := range p.Runden {
		z := "/runden/" + strconv.Itoa(i)
		if ids[rd.ID] {
			c.v(z+"/id", RegelEindeutig, "pruefen.rundeDoppelt", rd.ID)
		}
		ids[rd.ID] = true
		if rd.Datum.IsZero() {
			c.v(z+"/datum", RegelPflicht, "pruefen.datum")
		}
		ziele := map[qualitaet.ID]bool{}
		for j, d := range rd.Dialogergebnisse {
			zd := z + "/dialogergebnisse/" + strconv.Itoa(j)
			if _, ok := r.Entwicklungsziel(d.Entwicklungsziel); !ok {
				c.v(zd+"/entwicklungsziel", RegelVerweis, "pruefen.entwicklungsziel", string(d.Entwicklungsziel))
			}
			if ziele[d.Entwicklungsziel] {
				c.v(zd+"/entwicklungsziel", RegelEindeutig, "pruefen.dialogDoppelt", string(d.Entwicklungsziel))
			}
			ziele[d.Entwicklungsziel] = true
			if !d.Stufe.Valid() {
				c.v(zd+"/stufe", RegelBereich, "pruefen.stufe", strconv.Itoa(int(d.Stufe)))
			}
		}
		if rd.Priorisierung != nil {
			for j, g := range rd.Priorisierung.Ziele {
				if _, ok := r.Entwicklungsziel(g.Entwicklungsziel); !ok {
					c.v(z+"/priorisierung/ziele/"+strconv.Itoa(j)+"/entwicklungsziel", RegelVerweis, "pruefen.entwicklungsziel", string(g.Entwicklungsziel))
				}
			}
		}
	}
	return ids
}
