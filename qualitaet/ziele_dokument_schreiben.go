package qualitaet

import (
	"bytes"
	"encoding/json"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// Dokument returns the goals document as JSON indented by two spaces and
// ending in a newline, "$schema" first, text as written (no HTML escaping),
// after checking it with [ZieleDokument.Validate] and against the schema:
// what it returns, [ParseZiele] reads back. It is the counterpart of the
// Dokument methods of the other document kinds.
func (d *ZieleDokument) Dokument() ([]byte, error) {
	if err := d.Validate(); err != nil {
		return nil, err
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(d); err != nil {
		return nil, err
	}
	v := schema.Standard()
	wert, err := v.Dekodiere(b.Bytes())
	if err != nil {
		return nil, err
	}
	if err := v.Pruefe(schema.ArtZiele, wert); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
