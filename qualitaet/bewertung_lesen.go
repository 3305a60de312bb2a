package qualitaet

import (
	"io"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// bewertungLeserMeldungen holds the messages of the semantic checks of a
// stored Bewertung ([PruefeBewertung]).
var bewertungLeserMeldungen = schema.NeuerKatalog(
	schema.Eintrag{Schluessel: "bewertung.dimensionDoppelt", DE: "Dimension %s steht mehrfach in der Bewertung", EN: "dimension %s appears more than once in the Bewertung"},
	schema.Eintrag{Schluessel: "bewertung.keineDimension", DE: "%s ist keine Qualitätsdimension", EN: "%s is not a quality dimension"},
	schema.Eintrag{Schluessel: "bewertung.zielAusserhalb", DE: "Entwicklungsziel %s gehört nicht zur Dimension %s", EN: "Entwicklungsziel %s does not belong to dimension %s"},
	schema.Eintrag{Schluessel: "bewertung.zielDoppelt", DE: "Entwicklungsziel %s steht mehrfach in der Bewertung", EN: "Entwicklungsziel %s appears more than once in the Bewertung"},
	schema.Eintrag{Schluessel: "bewertung.prioritaetOhneZiel", DE: "Priorität nennt Entwicklungsziel %s, das die Bewertung nicht enthält", EN: "priority names Entwicklungsziel %s, which the Bewertung does not contain"},
	schema.Eintrag{Schluessel: "bewertung.prioritaetDimension", DE: "Priorität nennt für %s die Dimension %s", EN: "priority for %s names dimension %s"},
)

// LiesBewertung reads a stored Bewertung document (kind
// [schema.ArtBewertung], as [Bewertung.Dokument] writes it) from r: bounded
// read (the validator's size and depth limits), schema, unmarshalling and
// the semantic checks of [PruefeBewertung]. Any failure of the document is
// a [*schema.ValidierungsFehler] listing every violation. What it returns
// can be compared over time (the Trend of package kommune/vergleich) or
// turned into a report again.
func LiesBewertung(r io.Reader) (*Bewertung, error) {
	data, err := schema.Standard().Lies(r)
	if err != nil {
		return nil, err
	}
	return ParseBewertung(data)
}

// ParseBewertung is [LiesBewertung] for a document in memory.
func ParseBewertung(data []byte) (*Bewertung, error) {
	var b Bewertung
	if err := schema.Standard().Lade(data, schema.ArtBewertung, &b); err != nil {
		return nil, err
	}
	if err := schema.NeuerFehler(schema.ArtBewertung, PruefeBewertung(&b)); err != nil {
		return nil, err
	}
	return &b, nil
}

// PruefeBewertung runs the checks a schema cannot express on a Bewertung:
// every dimension is a dimension ID and appears once; every
// Entwicklungsziel lies under its dimension and appears once; every
// priority names an Entwicklungsziel of the Bewertung and that goal's
// dimension. Pointers are those of the document.
func PruefeBewertung(b *Bewertung) []schema.Verletzung {
	var vs []schema.Verletzung
	add := func(zeiger, regel, key string, args ...any) {
		vs = append(vs, bewertungLeserMeldungen.Verletzung(zeiger, regel, key, args...))
	}
	dimensionen := map[ID]bool{}
	ziele := map[ID]ID{}
	for i, d := range b.Dimensionen {
		z := schema.Zeiger("dimensionen", i)
		switch {
		case d.ID.Art() != IDDimension:
			add(z+"/id", regelVerweis, "bewertung.keineDimension", d.ID)
		case dimensionen[d.ID]:
			add(z+"/id", regelEindeutig, "bewertung.dimensionDoppelt", d.ID)
		}
		dimensionen[d.ID] = true
		for j, e := range d.Entwicklungsziele {
			ez := z + schema.Zeiger("entwicklungsziele", j) + "/id"
			if e.ID.Dimension() != d.ID {
				add(ez, regelVerweis, "bewertung.zielAusserhalb", e.ID, d.ID)
			}
			if _, doppelt := ziele[e.ID]; doppelt {
				add(ez, regelEindeutig, "bewertung.zielDoppelt", e.ID)
			}
			ziele[e.ID] = d.ID
		}
	}
	for i, p := range b.Prioritaeten {
		z := schema.Zeiger("prioritaeten", i)
		d, ok := ziele[p.Entwicklungsziel]
		switch {
		case !ok:
			add(z+"/entwicklungsziel", regelVerweis, "bewertung.prioritaetOhneZiel", p.Entwicklungsziel)
		case d != p.Dimension:
			add(z+"/dimension", regelVerweis, "bewertung.prioritaetDimension", p.Entwicklungsziel, p.Dimension)
		}
	}
	return vs
}
