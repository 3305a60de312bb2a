package dokument

import (
	"bytes"
	"io"

	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
	"github.com/fruehehilfen/qualitaetsrahmen/kommune/vergleich"
	"github.com/fruehehilfen/qualitaetsrahmen/netzwerk"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// Dokument is a checked document: its kind and its typed value (see the
// package documentation for the type per kind).
type Dokument struct {
	Art  schema.Art
	Wert any
}

// Lies reads a document from r within the limits of the standard validator
// (size, depth; see [schema.Optionen]) and checks it as [Pruefe] does.
func Lies(r io.Reader) (*Dokument, error) {
	data, err := schema.Standard().Lies(r)
	if err != nil {
		return nil, err
	}
	return Pruefe(data)
}

// Pruefe detects the kind of the document in data from its "$schema",
// validates it against that schema and runs the semantic checks of its
// kind. It returns the typed document, or an error: a
// [*schema.ValidierungsFehler] with every violation when the document is
// at fault (not JSON, no or an unknown "$schema", a schema or a semantic
// rule broken). A document is never half accepted.
func Pruefe(data []byte) (*Dokument, error) {
	v := schema.Standard()
	wert, err := v.Dekodiere(data)
	if err != nil {
		return nil, err
	}
	art, err := schema.ArtVon(wert)
	if err != nil {
		return nil, err
	}
	lies, ok := leser[art]
	if !ok {
		// A kind without a reader of its own: the schema is all there is.
		if err := v.Pruefe(art, wert); err != nil {
			return nil, err
		}
		return &Dokument{Art: art, Wert: wert}, nil
	}
	typisiert, err := lies(data)
	if err != nil {
		return nil, err
	}
	return &Dokument{Art: art, Wert: typisiert}, nil
}

// leser holds the complete reader of each kind.
var leser = map[schema.Art]func([]byte) (any, error){
	schema.ArtRahmen:       typisiert(qualitaet.ParseRahmen),
	schema.ArtZuschnitt:    liesZuschnitt,
	schema.ArtZiele:        typisiert(qualitaet.ParseZiele),
	schema.ArtRegelwerk:    typisiert(qualitaet.ParseRegelwerk),
	schema.ArtBewertung:    typisiert(qualitaet.ParseBewertung),
	schema.ArtKonformitaet: typisiert(liesKonformitaet),
	schema.ArtNetzwerk:     typisiert(netzwerk.Parse),
	schema.ArtProfil:       typisiert(kommune.ParseProfil),
	schema.ArtCluster:      typisiert(vergleich.ParseCluster),
	schema.ArtVergleich:    typisiert(vergleich.ParseVergleich),
	schema.ArtTrend:        typisiert(vergleich.ParseTrend),
	schema.ArtPlan:         typisiert(qualitaet.ParsePlan),
}

// typisiert turns a reader of *T into one of any, so that a failed read
// gives a nil interface rather than a typed nil.
func typisiert[T any](lies func([]byte) (*T, error)) func([]byte) (any, error) {
	return func(data []byte) (any, error) {
		x, err := lies(data)
		if err != nil {
			return nil, err
		}
		return x, nil
	}
}

func liesKonformitaet(data []byte) (*qualitaet.Konformitaetsvektor, error) {
	return qualitaet.LiesKonformitaetsvektor(bytes.NewReader(data))
}

// liesZuschnitt reads a Zuschnitt and resolves it against the embedded
// catalogue of its version, so that IDs it names that the catalogue lacks
// are violations too.
func liesZuschnitt(data []byte) (any, error) {
	z, err := qualitaet.LiesZuschnitt(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	r, err := qualitaet.RahmenVersion(z.Rahmen)
	if err != nil {
		return nil, err
	}
	if _, err := r.Zuschneiden(z); err != nil {
		return nil, err
	}
	return z, nil
}
