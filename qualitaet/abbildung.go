package qualitaet

import (
	"fmt"
	"slices"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// ZuordnungsArt is the kind of a correspondence between two catalogues.
type ZuordnungsArt string

// The kinds of correspondence.
//
// Where one catalogue names the other in its BezugRahmen (the embedded 2016
// catalogue names 2.0; a catalogue of one's own names the embedded one), its
// items' Bezug lists say which items correspond: a Bezug of an item with
// Herkunft "abgeleitet" means the item was carried over from there
// (uebernommen), any other Bezug is an assignment the catalogue makes
// (zugeordnet). Otherwise items correspond by equal IDs and are compared by
// their content (gleich, umformuliert).
const (
	// ZuordnungGleich: the item exists in both catalogues with the same ID and
	// text, and neither says it was taken from the other.
	ZuordnungGleich ZuordnungsArt = "gleich"
	// ZuordnungUmformuliert: the item exists in both with the same ID and a
	// different text.
	ZuordnungUmformuliert ZuordnungsArt = "umformuliert"
	// ZuordnungUebernommen: one item was carried over from the other (its
	// Bezug names it and its Herkunft is "abgeleitet"). Equal texts then say
	// nothing about the source the copy stands for.
	ZuordnungUebernommen ZuordnungsArt = "uebernommen"
	// ZuordnungZugeordnet: an item of one catalogue names the item of the
	// other it corresponds to (its Bezug), e.g. a goal of the practice
	// material's forms and the 2.0 goals it covers.
	ZuordnungZugeordnet ZuordnungsArt = "zugeordnet"
	// ZuordnungNeu: the item exists only in the second catalogue.
	ZuordnungNeu ZuordnungsArt = "neu"
	// ZuordnungEntfallen: the item exists only in the first catalogue.
	ZuordnungEntfallen ZuordnungsArt = "entfallen"
)

var zuordnungsArten = []ZuordnungsArt{ZuordnungGleich, ZuordnungUmformuliert, ZuordnungUebernommen,
	ZuordnungZugeordnet, ZuordnungNeu, ZuordnungEntfallen}

// ParseZuordnungsArt parses a kind of correspondence.
func ParseZuordnungsArt(s string) (ZuordnungsArt, error) {
	return parseEnum("ZuordnungsArt", zuordnungsArten, s)
}

// Valid reports whether a is a known kind of correspondence.
func (a ZuordnungsArt) Valid() bool { return slices.Contains(zuordnungsArten, a) }

// String returns the kind, or "ZuordnungsArt(x)" for an unknown one.
func (a ZuordnungsArt) String() string { return enumString("ZuordnungsArt", zuordnungsArten, a) }

// MarshalText encodes a known kind.
func (a ZuordnungsArt) MarshalText() ([]byte, error) {
	return enumMarshal("ZuordnungsArt", zuordnungsArten, a)
}

// UnmarshalText accepts exactly the known kinds.
func (a *ZuordnungsArt) UnmarshalText(b []byte) error {
	x, err := ParseZuordnungsArt(string(b))
	if err == nil {
		*a = x
	}
	return err
}

// Zuordnung is the correspondence of one item between two catalogues: Von is
// the ID in the first catalogue, Nach in the second ("" where the item has
// no counterpart there).
type Zuordnung struct {
	Von, Nach ID
	Art       ZuordnungsArt
}

// Abbildung returns the mapping (Abbildung) between two catalogues, e.g.
// 2016 → 2.0 or a catalogue of one's own → 2.0: every ID of von in von's
// order, with one Zuordnung per counterpart, then the IDs of nach that no
// item of von corresponds to, in nach's order. See [ZuordnungsArt] for how
// items are matched.
func Abbildung(von, nach *Rahmen) []Zuordnung {
	switch {
	case von.BezugRahmen != "" && von.BezugRahmen == nach.ID:
		return abbildungUeberBezug(von, nach, false)
	case nach.BezugRahmen != "" && nach.BezugRahmen == von.ID:
		return abbildungUeberBezug(nach, von, true)
	}
	var out []Zuordnung
	for id := range von.IDs() {
		if !nach.Enthaelt(id) {
			out = append(out, Zuordnung{Von: id, Art: ZuordnungEntfallen})
			continue
		}
		art := ZuordnungGleich
		if von.inhalt(id) != nach.inhalt(id) {
			art = ZuordnungUmformuliert
		}
		out = append(out, Zuordnung{Von: id, Nach: id, Art: art})
	}
	for id := range nach.IDs() {
		if !von.Enthaelt(id) {
			out = append(out, Zuordnung{Nach: id, Art: ZuordnungNeu})
		}
	}
	return out
}

// abbildungUeberBezug maps via the Bezug lists of quelle, which refer to
// ziel. umgekehrt reports that the caller asked for ziel → quelle.
func abbildungUeberBezug(quelle, ziel *Rahmen, umgekehrt bool) []Zuordnung {
	type paar struct {
		von, nach ID
		art       ZuordnungsArt
	}
	var paare []paar // in quelle's order
	erreicht := map[ID]bool{}
	for id := range quelle.IDs() {
		bezug, h := quelle.bezug(id)
		art := ZuordnungZugeordnet
		if h == HerkunftAbgeleitet {
			art = ZuordnungUebernommen
		}
		for _, b := range bezug {
			if ziel.Enthaelt(b) {
				paare = append(paare, paar{id, b, art})
				erreicht[b] = true
			}
		}
	}
	var out []Zuordnung
	if !umgekehrt {
		zugeordnet := map[ID]bool{}
		for _, p := range paare {
			out = append(out, Zuordnung{Von: p.von, Nach: p.nach, Art: p.art})
			zugeordnet[p.von] = true
		}
		out = ergaenzeOhneGegenstueck(out, quelle, zugeordnet)
		for id := range ziel.IDs() {
			if !erreicht[id] {
				out = append(out, Zuordnung{Nach: id, Art: ZuordnungNeu})
			}
		}
		return out
	}
	// ziel → quelle: every ID of ziel in ziel's order with the items of
	// quelle that name it, then quelle's items that name nothing in ziel.
	zugeordnet := map[ID]bool{}
	for id := range ziel.IDs() {
		if !erreicht[id] {
			out = append(out, Zuordnung{Von: id, Art: ZuordnungEntfallen})
			continue
		}
		for _, p := range paare {
			if p.nach == id {
				out = append(out, Zuordnung{Von: id, Nach: p.von, Art: p.art})
				zugeordnet[p.von] = true
			}
		}
	}
	for id := range quelle.IDs() {
		if !zugeordnet[id] {
			out = append(out, Zuordnung{Nach: id, Art: ZuordnungNeu})
		}
	}
	return out
}

// ergaenzeOhneGegenstueck inserts, in r's order, an "entfallen" entry for
// every ID of r that has no pair in out, keeping out's order otherwise.
func ergaenzeOhneGegenstueck(out []Zuordnung, r *Rahmen, zugeordnet map[ID]bool) []Zuordnung {
	res := make([]Zuordnung, 0, len(out))
	i := 0
	for id := range r.IDs() {
		if !zugeordnet[id] {
			res = append(res, Zuordnung{Von: id, Art: ZuordnungEntfallen})
			continue
		}
		for i < len(out) && out[i].Von == id {
			res = append(res, out[i])
			i++
		}
	}
	return res
}

// PruefeBezug checks a catalogue's references to the catalogue basis, e.g.
// a catalogue of one's own (the practice material's goals, the 2016 print
// edition) against the embedded 2.0: BezugRahmen must name basis, and every
// ID in a Bezug list must exist there. It returns nil or a
// *schema.ValidierungsFehler whose pointers point into r's document.
func (r *Rahmen) PruefeBezug(basis *Rahmen) error {
	var vs []schema.Verletzung
	if r.BezugRahmen != basis.ID {
		vs = append(vs, meldungen.Verletzung("/bezugRahmen", "bezug", "bezug.rahmenFalsch", r.BezugRahmen, basis.ID))
	}
	pruefe := func(zeiger string, bezug []ID) {
		for i, id := range bezug {
			if !basis.Enthaelt(id) {
				vs = append(vs, meldungen.Verletzung(zeiger+schema.Zeiger("bezug", i), "bezug", "bezug.unbekannt", string(id), basis.ID))
			}
		}
	}
	for i, d := range r.Dimensionen {
		dz := schema.Zeiger("dimensionen", i)
		pruefe(dz, d.Bezug)
		for j, t := range d.Themen {
			tz := dz + schema.Zeiger("themen", j)
			pruefe(tz, t.Bezug)
			for k, z := range t.Entwicklungsziele {
				pruefe(tz+schema.Zeiger("entwicklungsziele", k), z.Bezug)
			}
		}
	}
	if len(vs) > 0 {
		return schema.NeuerFehler(schema.ArtRahmen, vs)
	}
	return nil
}

// bezug returns the Bezug list and the provenance of the item with the ID.
func (r *Rahmen) bezug(id ID) ([]ID, Herkunft) {
	if d, ok := r.Dimension(id); ok {
		return d.Bezug, d.Herkunft
	}
	if t, ok := r.Thema(id); ok {
		return t.Bezug, t.Herkunft
	}
	if z, ok := r.Entwicklungsziel(id); ok {
		return z.Bezug, z.Herkunft
	}
	return nil, ""
}

// Entsprechung returns the first ID in catalogue nach that corresponds to id
// of catalogue von (see [Abbildung]), or an error naming why there is none.
func Entsprechung(von, nach *Rahmen, id ID) (ID, error) {
	ids, err := Entsprechungen(von, nach, id)
	if err != nil {
		return "", err
	}
	return ids[0], nil
}

// Entsprechungen returns every ID in catalogue nach that corresponds to id
// of catalogue von, in nach's order as [Abbildung] lists them, or an error
// naming why there is none.
func Entsprechungen(von, nach *Rahmen, id ID) ([]ID, error) {
	if !von.Enthaelt(id) {
		return nil, fmt.Errorf("qualitaet.Entsprechung: %s gibt es im Rahmen %s nicht", id, von.ID)
	}
	var ids []ID
	for _, z := range Abbildung(von, nach) {
		if z.Von == id && z.Nach != "" && !slices.Contains(ids, z.Nach) {
			ids = append(ids, z.Nach)
		}
	}
	if len(ids) == 0 {
		return nil, fmt.Errorf("qualitaet.Entsprechung: %s hat im Rahmen %s keine Entsprechung", id, nach.ID)
	}
	return ids, nil
}

func (r *Rahmen) inhalt(id ID) string {
	if d, ok := r.Dimension(id); ok {
		return d.Titel
	}
	if t, ok := r.Thema(id); ok {
		return t.Titel
	}
	if z, ok := r.Entwicklungsziel(id); ok {
		return string(z.Ebene) + "|" + string(z.Bereich) + "|" + z.Text
	}
	return ""
}
