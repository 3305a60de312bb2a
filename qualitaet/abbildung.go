package qualitaet

import "fmt"

// ZuordnungsArt is the kind of a correspondence between two catalogue
// versions.
type ZuordnungsArt string

// The kinds of correspondence. Because IDs are stable between versions, an
// item corresponds to the item with the same ID.
const (
	// ZuordnungGleich: the item exists in both versions with the same text.
	ZuordnungGleich ZuordnungsArt = "gleich"
	// ZuordnungUmformuliert: the item exists in both versions with different text.
	ZuordnungUmformuliert ZuordnungsArt = "umformuliert"
	// ZuordnungNeu: the item exists only in the newer version.
	ZuordnungNeu ZuordnungsArt = "neu"
	// ZuordnungEntfallen: the item exists only in the older version.
	ZuordnungEntfallen ZuordnungsArt = "entfallen"
)

// Zuordnung is the correspondence of one ID between two catalogues: Von is
// the ID in the first catalogue, Nach in the second ("" where the item does
// not exist there).
type Zuordnung struct {
	Von, Nach ID
	Art       ZuordnungsArt
}

// Abbildung returns the mapping (Abbildung) between two catalogues, e.g.
// 2016 → 2.0: every ID of von in von's order, then the IDs only in nach in
// nach's order. Items are compared by their titles (dimensions, Themen) or
// texts (goals).
func Abbildung(von, nach *Rahmen) []Zuordnung {
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

// Entsprechung returns the ID in catalogue nach that corresponds to id of
// catalogue von, or an error naming why there is none.
func Entsprechung(von, nach *Rahmen, id ID) (ID, error) {
	if !von.Enthaelt(id) {
		return "", fmt.Errorf("qualitaet.Entsprechung: %s gibt es im Rahmen %s nicht", id, von.ID)
	}
	if !nach.Enthaelt(id) {
		return "", fmt.Errorf("qualitaet.Entsprechung: %s hat im Rahmen %s keine Entsprechung", id, nach.ID)
	}
	return id, nil
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
