package qualitaet

import (
	"io"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// LiesPlan reads a stored Qualitätsentwicklungsplan (kind [schema.ArtPlan],
// as [Plan.Dokument] writes it) from r: bounded read, schema and
// unmarshalling from the validated tree. A plan is derived data; what makes
// it consistent is checked where it is made ([Planen]), so a stored plan is
// checked by its schema. Any failure of the document is a
// [*schema.ValidierungsFehler] listing every violation.
func LiesPlan(r io.Reader) (*Plan, error) {
	data, err := schema.Standard().Lies(r)
	if err != nil {
		return nil, err
	}
	return ParsePlan(data)
}

// ParsePlan is [LiesPlan] for a document in memory.
func ParsePlan(data []byte) (*Plan, error) {
	var p Plan
	if err := schema.Standard().Lade(data, schema.ArtPlan, &p); err != nil {
		return nil, err
	}
	return &p, nil
}
