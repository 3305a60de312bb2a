package qualitaet

import (
	"embed"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"slices"
	"strings"
	"sync"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// Rahmen is a catalogue of the Qualitätsrahmen Frühe Hilfen: its
// Qualitätsdimensionen in order, each with Zentrale Fragen, Reflexionsfragen,
// Themen and Entwicklungsziele. The embedded catalogues come from [Standard]
// and [RahmenVersion]; others are read with [LiesRahmen] or [LadeRahmen].
//
// Every function of this package that returns a *Rahmen returns a value of
// its own: changing it affects no other caller. A Rahmen is safe for
// concurrent reading.
type Rahmen struct {
	ID      string  `json:"id"`
	Version Version `json:"version"`
	Titel   string  `json:"titel"`
	Quelle  string  `json:"quelle"`
	// Hinweis is a note every output showing the catalogue should carry,
	// e.g. that it is an invented example.
	Hinweis string `json:"hinweis,omitempty"`
	// BezugRahmen is the ID of the catalogue the items' Bezug lists refer to
	// (e.g. "qualitaetsrahmen-2.0"); "" where no item has a Bezug.
	BezugRahmen string      `json:"bezugRahmen,omitempty"`
	Dimensionen []Dimension `json:"dimensionen"`

	// Basis is the ID of the catalogue a tailored Rahmen was made from (see
	// [Rahmen.Zuschneiden]); "" for a catalogue as published.
	Basis string `json:"-"`
	// Zuschnitt is the tailoring applied, nil for a catalogue as published.
	Zuschnitt *Zuschnitt `json:"-"`

	index map[ID]ort // positions of every ID; shared by clones, never written after construction
}

// Dimension is a Qualitätsdimension (QD): a field of quality development
// such as "Netzwerk" (QD 3).
type Dimension struct {
	ID                 ID       `json:"id"`
	Nummer             int      `json:"nummer"`
	Titel              string   `json:"titel"`
	TitelEn            string   `json:"titelEn,omitempty"`
	Kurzbeschreibung   string   `json:"kurzbeschreibung"`
	KurzbeschreibungEn string   `json:"kurzbeschreibungEn,omitempty"`
	Herkunft           Herkunft `json:"herkunft"`
	// Quelle is the address of the source page of the dimension (for 2.0
	// the NZFH's dimension page).
	Quelle string `json:"quelle,omitempty"`
	// Grundlage names the basis of an item with Herkunft "abgeleitet".
	Grundlage string `json:"grundlage,omitempty"`
	// Bezug lists the IDs of the items of the catalogue BezugRahmen this one
	// comes from or corresponds to; see [Abbildung].
	Bezug []ID `json:"bezug,omitempty"`
	// ZentraleFragen are the guiding questions of the dimension.
	ZentraleFragen []Frage `json:"zentraleFragen"`
	// Reflexionsfragen are questions for talks with the political level.
	Reflexionsfragen []Frage `json:"reflexionsfragen,omitempty"`
	Themen           []Thema `json:"themen"`

	// Schwerpunkt reports whether a Zuschnitt chose the dimension as a focus.
	Schwerpunkt bool `json:"-"`
}

// Frage is a Zentrale Frage or a Reflexionsfrage.
type Frage struct {
	Text     string   `json:"text"`
	TextEn   string   `json:"textEn,omitempty"`
	Herkunft Herkunft `json:"herkunft"`
	// Grundlage names the basis of a question with Herkunft "abgeleitet".
	Grundlage string `json:"grundlage,omitempty"`
}

// Thema is a topic within a dimension, grouping Entwicklungsziele.
type Thema struct {
	ID       ID       `json:"id"`
	Titel    string   `json:"titel"`
	TitelEn  string   `json:"titelEn,omitempty"`
	Herkunft Herkunft `json:"herkunft"`
	// Grundlage names the basis of a Thema with Herkunft "abgeleitet".
	Grundlage string `json:"grundlage,omitempty"`
	// Bezug lists the IDs in the catalogue BezugRahmen this Thema comes from
	// or corresponds to.
	Bezug []ID `json:"bezug,omitempty"`
	// Abgleich says how far the Thema could be checked against the source
	// page; "" where the catalogue does not say.
	Abgleich          Abgleich           `json:"abgleich,omitempty"`
	Entwicklungsziele []Entwicklungsziel `json:"entwicklungsziele"`
}

// Entwicklungsziel is a development goal, stated as a target condition
// ("Das Netzwerk besteht unter der Steuerungsverantwortung des Jugendamts."),
// on one Ebene and about one Bereich.
type Entwicklungsziel struct {
	ID      ID      `json:"id"`
	Ebene   Ebene   `json:"ebene"`
	Bereich Bereich `json:"bereich"`
	Text    string  `json:"text"`
	TextEn  string  `json:"textEn,omitempty"`
	// Herkunft is the provenance of the goal; EbeneHerkunft that of its
	// Ebene (ergaenzt where the source gives none and we assigned it).
	Herkunft      Herkunft `json:"herkunft"`
	EbeneHerkunft Herkunft `json:"ebeneHerkunft,omitempty"`
	// Grundlage names the basis of a goal with Herkunft "abgeleitet".
	Grundlage string `json:"grundlage,omitempty"`
	// Bezug lists the IDs in the catalogue BezugRahmen this goal comes from
	// or corresponds to (e.g. the 2.0 goals a goal of the practice
	// material's forms covers).
	Bezug []ID `json:"bezug,omitempty"`
	// Abgeschnitten reports that the source page's text of the goal breaks
	// off: Text renders only what is readable and says so.
	Abgeschnitten bool `json:"abgeschnitten,omitempty"`

	// Begruendung is a local goal's reason, from the Zuschnitt.
	Begruendung string `json:"-"`
	// Indikatoren are the locally negotiated indicators a Zuschnitt attached.
	Indikatoren []LokalerIndikator `json:"-"`
}

type ort struct{ d, t, z int } // -1 where not applicable

//go:embed rahmen/*.json
var rahmenDateien embed.FS

var eingebettet = sync.OnceValues(func() (map[Version]*Rahmen, error) {
	m := map[Version]*Rahmen{}
	for _, v := range versionen {
		data, err := rahmenDateien.ReadFile("rahmen/" + string(v) + ".json")
		if err != nil {
			return nil, err
		}
		r, err := ParseRahmen(data)
		if err != nil {
			return nil, fmt.Errorf("eingebetteter Rahmen %s: %w", v, err)
		}
		if r.Version != v {
			return nil, fmt.Errorf("eingebetteter Rahmen %s: Version %s", v, r.Version)
		}
		m[v] = r
	}
	return m, nil
})

// Standard returns the default catalogue, version 2.0.
func Standard() *Rahmen {
	r, err := RahmenVersion(Version20)
	if err != nil {
		panic(err) // embedded, tested data
	}
	return r
}

// RahmenVersion returns the embedded catalogue of version v.
func RahmenVersion(v Version) (*Rahmen, error) {
	m, err := eingebettet()
	if err != nil {
		return nil, err
	}
	r, ok := m[v]
	if !ok {
		return nil, fmt.Errorf("qualitaet.RahmenVersion: unbekannte Version %q", string(v))
	}
	return r.clone(), nil
}

// LiesRahmen reads a catalogue document from r (at most the validator's size
// limit), validates it against rahmen.schema.json and the semantic rules
// (unique IDs, IDs that belong to their dimension and Thema), and returns it.
// Errors are *schema.ValidierungsFehler.
func LiesRahmen(r io.Reader) (*Rahmen, error) {
	data, err := schema.Standard().Lies(r)
	if err != nil {
		return nil, err
	}
	return ParseRahmen(data)
}

// LadeRahmen reads the catalogue document name from fsys; see [LiesRahmen].
func LadeRahmen(fsys fs.FS, name string) (*Rahmen, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return LiesRahmen(f)
}

// ParseRahmen is [LiesRahmen] on bytes.
func ParseRahmen(data []byte) (*Rahmen, error) {
	var r Rahmen
	if err := schema.Standard().Lade(data, schema.ArtRahmen, &r); err != nil {
		return nil, err
	}
	r.normalisiere()
	if err := r.Validate(); err != nil {
		return nil, err
	}
	return &r, nil
}

func nfc(s *string) { *s = norm.NFC.String(*s) }

func (r *Rahmen) normalisiere() {
	for _, s := range []*string{&r.ID, &r.Titel, &r.Quelle, &r.Hinweis, &r.BezugRahmen} {
		nfc(s)
	}
	for i := range r.Dimensionen {
		d := &r.Dimensionen[i]
		for _, s := range []*string{&d.Titel, &d.TitelEn, &d.Kurzbeschreibung, &d.KurzbeschreibungEn, &d.Quelle, &d.Grundlage} {
			nfc(s)
		}
		for _, fs := range [][]Frage{d.ZentraleFragen, d.Reflexionsfragen} {
			for j := range fs {
				nfc(&fs[j].Text)
				nfc(&fs[j].TextEn)
				nfc(&fs[j].Grundlage)
			}
		}
		for j := range d.Themen {
			t := &d.Themen[j]
			nfc(&t.Titel)
			nfc(&t.TitelEn)
			nfc(&t.Grundlage)
			for k := range t.Entwicklungsziele {
				z := &t.Entwicklungsziele[k]
				nfc(&z.Text)
				nfc(&z.TextEn)
				nfc(&z.Grundlage)
			}
		}
	}
}

// Validate checks the semantic rules of a catalogue built or changed in
// code: every ID well-formed, unique, and under its parent (QD3.T1 in QD3,
// QD3.T1.Z2 in QD3.T1), dimension numbers matching their IDs, no local goals
// or local provenance in a published catalogue. On success it (re)builds the
// look-up index. Errors are *schema.ValidierungsFehler.
func (r *Rahmen) Validate() error {
	vs := PruefeRahmen(r)
	if len(vs) > 0 {
		return schema.NeuerFehler(schema.ArtRahmen, vs)
	}
	r.index = baueIndex(r)
	return nil
}

// PruefeRahmen returns the semantic violations of a catalogue, with JSON
// pointers into its document: IDs well-formed, unique and under their
// parents; no local items; every item with Herkunft "abgeleitet" names its
// Grundlage; a goal with Herkunft "nzfh" sits under a Thema with Herkunft
// "nzfh"; Bezug lists only with a BezugRahmen.
func PruefeRahmen(r *Rahmen) []schema.Verletzung {
	p := rahmenPruefung{gesehen: map[ID]string{}, bezugRahmen: r.BezugRahmen}
	if !r.Version.Valid() {
		p.melde("/version", "enum", "version.unbekannt", string(r.Version))
	}
	if len(r.Dimensionen) == 0 {
		p.melde("/dimensionen", "minItems", "rahmen.leer")
	}
	for i := range r.Dimensionen {
		p.dimension(&r.Dimensionen[i], schema.Zeiger("dimensionen", i))
	}
	return p.vs
}

// rahmenPruefung collects the violations of one catalogue.
type rahmenPruefung struct {
	vs          []schema.Verletzung
	gesehen     map[ID]string
	bezugRahmen string
}

func (p *rahmenPruefung) melde(zeiger, regel, schluessel string, args ...any) {
	p.vs = append(p.vs, meldungen.Verletzung(zeiger, regel, schluessel, args...))
}

func (p *rahmenPruefung) eindeutig(id ID, zeiger string) {
	if vorher, ok := p.gesehen[id]; ok {
		p.melde(zeiger, "eindeutig", "id.doppelt", string(id), vorher)
		return
	}
	p.gesehen[id] = zeiger
}

// herkunft checks the provenance of one item: not local, and an
// "abgeleitet" item names its basis.
func (p *rahmenPruefung) herkunft(h Herkunft, grundlage string, bezug []ID, zeiger string) {
	if h == HerkunftLokal {
		p.melde(zeiger+"/herkunft", "herkunft", "herkunft.lokal")
	}
	if h == HerkunftAbgeleitet && strings.TrimSpace(grundlage) == "" {
		p.melde(zeiger+"/grundlage", "herkunft", "herkunft.grundlage")
	}
	if len(bezug) > 0 && p.bezugRahmen == "" {
		p.melde(zeiger+"/bezug", "bezug", "bezug.rahmen")
	}
}

func (p *rahmenPruefung) dimension(d *Dimension, dz string) {
	if d.ID.Art() != IDDimension {
		p.melde(dz+"/id", "id", "id.art", string(d.ID), IDDimension.String())
	} else if d.ID.Nummer() != d.Nummer {
		p.melde(dz+"/nummer", "id", "dimension.nummer", fmt.Sprint(d.Nummer), string(d.ID))
	}
	p.eindeutig(d.ID, dz)
	p.herkunft(d.Herkunft, d.Grundlage, d.Bezug, dz)
	for _, fs := range []struct {
		name   string
		fragen []Frage
	}{{"zentraleFragen", d.ZentraleFragen}, {"reflexionsfragen", d.Reflexionsfragen}} {
		for j, f := range fs.fragen {
			p.herkunft(f.Herkunft, f.Grundlage, nil, dz+schema.Zeiger(fs.name, j))
		}
	}
	if len(d.Themen) == 0 {
		p.melde(dz+"/themen", "minItems", "dimension.leer", string(d.ID))
	}
	for j := range d.Themen {
		p.thema(d, &d.Themen[j], dz+schema.Zeiger("themen", j))
	}
}

func (p *rahmenPruefung) thema(d *Dimension, t *Thema, tz string) {
	if t.ID.Art() != IDThema {
		p.melde(tz+"/id", "id", "id.art", string(t.ID), IDThema.String())
	} else if t.ID.Dimension() != d.ID {
		p.melde(tz+"/id", "id", "id.eltern", string(t.ID), string(d.ID))
	}
	p.eindeutig(t.ID, tz)
	p.herkunft(t.Herkunft, t.Grundlage, t.Bezug, tz)
	if len(t.Entwicklungsziele) == 0 {
		p.melde(tz+"/entwicklungsziele", "minItems", "thema.leer", string(t.ID))
	}
	for k := range t.Entwicklungsziele {
		p.ziel(t, &t.Entwicklungsziele[k], tz+schema.Zeiger("entwicklungsziele", k))
	}
}

func (p *rahmenPruefung) ziel(t *Thema, z *Entwicklungsziel, zz string) {
	switch {
	case z.ID.Art() != IDEntwicklungsziel:
		p.melde(zz+"/id", "id", "id.art", string(z.ID), IDEntwicklungsziel.String())
	case z.ID.Thema() != t.ID:
		p.melde(zz+"/id", "id", "id.eltern", string(z.ID), string(t.ID))
	}
	p.eindeutig(z.ID, zz)
	if !z.Ebene.Valid() {
		p.melde(zz+"/ebene", "enum", "ebene.unbekannt", string(z.Ebene))
	}
	if !z.Bereich.Valid() {
		p.melde(zz+"/bereich", "enum", "bereich.unbekannt", string(z.Bereich))
	}
	if z.Text == "" {
		p.melde(zz+"/text", "minLength", "text.leer")
	}
	p.herkunft(z.Herkunft, z.Grundlage, z.Bezug, zz)
	if z.Herkunft == HerkunftNZFH && t.Herkunft != HerkunftNZFH {
		p.melde(zz+"/herkunft", "herkunft", "herkunft.nzfhThema", string(z.ID), string(t.ID))
	}
}

func baueIndex(r *Rahmen) map[ID]ort {
	idx := map[ID]ort{}
	for i, d := range r.Dimensionen {
		idx[d.ID] = ort{i, -1, -1}
		for j, t := range d.Themen {
			idx[t.ID] = ort{i, j, -1}
			for k, z := range t.Entwicklungsziele {
				idx[z.ID] = ort{i, j, k}
			}
		}
	}
	return idx
}

// clone returns a deep copy that shares nothing mutable with r except the
// index, which is never written after construction.
func (r *Rahmen) clone() *Rahmen {
	c := *r
	c.Dimensionen = make([]Dimension, len(r.Dimensionen))
	for i, d := range r.Dimensionen {
		d.ZentraleFragen = append([]Frage(nil), d.ZentraleFragen...)
		d.Reflexionsfragen = append([]Frage(nil), d.Reflexionsfragen...)
		d.Bezug = slices.Clone(d.Bezug)
		themen := make([]Thema, len(d.Themen))
		for j, t := range d.Themen {
			t.Bezug = slices.Clone(t.Bezug)
			t.Entwicklungsziele = append([]Entwicklungsziel(nil), t.Entwicklungsziele...)
			for k := range t.Entwicklungsziele {
				z := &t.Entwicklungsziele[k]
				z.Indikatoren = append([]LokalerIndikator(nil), z.Indikatoren...)
				z.Bezug = slices.Clone(z.Bezug)
			}
			themen[j] = t
		}
		d.Themen = themen
		c.Dimensionen[i] = d
	}
	if r.Zuschnitt != nil {
		z := r.Zuschnitt.clone()
		c.Zuschnitt = &z
	}
	if c.index == nil {
		c.index = baueIndex(&c)
	}
	return &c
}

func (r *Rahmen) finde(id ID) (ort, bool) {
	idx := r.index
	if idx == nil {
		idx = baueIndex(r) // not cached: concurrent readers must not write
	}
	o, ok := idx[id]
	if !ok || o.d >= len(r.Dimensionen) || o.t >= len(r.Dimensionen[o.d].Themen) ||
		(o.t >= 0 && o.z >= len(r.Dimensionen[o.d].Themen[o.t].Entwicklungsziele)) {
		return ort{}, false // stale index of a catalogue changed in code
	}
	return o, true
}

// Dimension returns the dimension with the ID, or false.
func (r *Rahmen) Dimension(id ID) (*Dimension, bool) {
	o, ok := r.finde(id)
	if !ok || o.t != -1 || r.Dimensionen[o.d].ID != id {
		return nil, false
	}
	return &r.Dimensionen[o.d], true
}

// Thema returns the Thema with the ID, or false.
func (r *Rahmen) Thema(id ID) (*Thema, bool) {
	o, ok := r.finde(id)
	if !ok || o.t == -1 || o.z != -1 {
		return nil, false
	}
	t := &r.Dimensionen[o.d].Themen[o.t]
	return t, t.ID == id
}

// Entwicklungsziel returns the Entwicklungsziel (from the catalogue or local)
// with the ID, or false.
func (r *Rahmen) Entwicklungsziel(id ID) (*Entwicklungsziel, bool) {
	o, ok := r.finde(id)
	if !ok || o.z == -1 {
		return nil, false
	}
	z := &r.Dimensionen[o.d].Themen[o.t].Entwicklungsziele[o.z]
	return z, z.ID == id
}

// Enthaelt reports whether the catalogue has an item with the ID.
func (r *Rahmen) Enthaelt(id ID) bool {
	_, ok := r.finde(id)
	return ok
}

// Entwicklungsziele iterates over every Entwicklungsziel in catalogue order
// (dimension, Thema, goal), with the dimension it belongs to.
func (r *Rahmen) Entwicklungsziele() iter.Seq2[*Dimension, *Entwicklungsziel] {
	return func(yield func(*Dimension, *Entwicklungsziel) bool) {
		for i := range r.Dimensionen {
			d := &r.Dimensionen[i]
			for j := range d.Themen {
				for k := range d.Themen[j].Entwicklungsziele {
					if !yield(d, &d.Themen[j].Entwicklungsziele[k]) {
						return
					}
				}
			}
		}
	}
}

// IDs iterates over every ID of the catalogue in order: each dimension, then
// its Themen, each followed by its goals.
func (r *Rahmen) IDs() iter.Seq[ID] {
	return func(yield func(ID) bool) {
		for _, d := range r.Dimensionen {
			if !yield(d.ID) {
				return
			}
			for _, t := range d.Themen {
				if !yield(t.ID) {
					return
				}
				for _, z := range t.Entwicklungsziele {
					if !yield(z.ID) {
						return
					}
				}
			}
		}
	}
}

// TitelIn returns the dimension's title in the language tag: the English
// title where the catalogue has one and tag is English, else the German.
func (d *Dimension) TitelIn(tag language.Tag) string {
	if schema.Sprache(tag) == language.English && d.TitelEn != "" {
		return d.TitelEn
	}
	return d.Titel
}

// TextIn returns the goal's text in the language tag: English where
// available and tag is English, else German.
func (z *Entwicklungsziel) TextIn(tag language.Tag) string {
	if schema.Sprache(tag) == language.English && z.TextEn != "" {
		return z.TextEn
	}
	return z.Text
}

// MarshalJSON writes the catalogue as a document with its "$schema".
func (r *Rahmen) MarshalJSON() ([]byte, error) {
	type ohneMethoden Rahmen
	return json.Marshal(struct {
		Schema string `json:"$schema"`
		*ohneMethoden
	}{schema.ArtRahmen.ID(), (*ohneMethoden)(r)})
}
