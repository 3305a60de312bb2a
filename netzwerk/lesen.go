package netzwerk

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// SchemaID is the $id of netzwerk.schema.json, which a standalone network
// document names in "$schema".
var SchemaID = schema.ArtNetzwerk.ID()

// Lies reads a network document from r (at most the size limit of
// schema.Standard(), see [schema.Validator.Lies]) and parses it with
// [Parse].
func Lies(r io.Reader) (*Netzwerk, error) {
	data, err := schema.Standard().Lies(r)
	if err != nil {
		return nil, err
	}
	return Parse(data)
}

// Parse is the whole way in for a network document: decode (size, depth,
// syntax, numbers), validate against netzwerk.schema.json, unmarshal,
// normalise all text to NFC, and run the semantic checks of [Pruefe]. A
// document with "$schema" must name netzwerk.schema.json; one without is
// validated as a network too, as it appears inside a Kommune profile. Every
// failure is a *schema.ValidierungsFehler.
func Parse(data []byte) (*Netzwerk, error) {
	n := new(Netzwerk)
	if err := schema.Standard().LadeTeil(data, schema.ArtNetzwerk, n); err != nil {
		return nil, err
	}
	n.normalisiere()
	if err := n.Validate(); err != nil {
		return nil, err
	}
	return n, nil
}

// Dokument returns the network as a standalone JSON document: "$schema"
// first, indented by two spaces, ending in a newline. It refuses a network
// that would not read back: the result is checked with the semantic checks
// and against the schema, and any violation is returned as a
// *schema.ValidierungsFehler. To embed a network in another document,
// marshal the Netzwerk value itself, which writes no "$schema".
func (n *Netzwerk) Dokument() ([]byte, error) {
	if err := n.Validate(); err != nil {
		return nil, err
	}
	type ohneMethoden Netzwerk
	doc := struct {
		Schema string `json:"$schema"`
		ohneMethoden
	}{SchemaID, ohneMethoden(*n)}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	v := schema.Standard()
	wert, err := v.Dekodiere(b.Bytes())
	if err != nil {
		return nil, err
	}
	if err := v.Pruefe(schema.ArtNetzwerk, wert); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// normalisiere brings every text of the network to NFC.
func (n *Netzwerk) normalisiere() {
	liste := func(xs []string) {
		for i := range xs {
			xs[i] = nfc(xs[i])
		}
	}
	liste(n.Namen)
	n.Hinweis = nfc(n.Hinweis)
	if k := n.Koordination; k != nil {
		k.Traeger, k.Ansiedlung, k.Ansprechperson = nfc(k.Traeger), nfc(k.Ansiedlung), nfc(k.Ansprechperson)
	}
	for i := range n.Sektoren {
		d := &n.Sektoren[i]
		d.Name, d.NameEn = nfc(d.Name), nfc(d.NameEn)
	}
	for i := range n.Akteure {
		a := &n.Akteure[i]
		a.Organisation, a.Einrichtungsart, a.Region, a.Hinweis = nfc(a.Organisation), nfc(a.Einrichtungsart), nfc(a.Region), nfc(a.Hinweis)
	}
	for i := range n.Gremien {
		g := &n.Gremien[i]
		g.Bezeichnung = nfc(g.Bezeichnung)
		liste(g.Instanzen)
	}
	for i := range n.Kooperationen {
		k := &n.Kooperationen[i]
		k.Bezeichnung, k.Text = nfc(k.Bezeichnung), nfc(k.Text)
	}
	for i := range n.Treffen {
		n.Treffen[i].Bezeichnung = nfc(n.Treffen[i].Bezeichnung)
	}
	for i := range n.Angebote {
		a := &n.Angebote[i]
		a.Name, a.Hinweis = nfc(a.Name), nfc(a.Hinweis)
		liste(a.Zielgruppen)
	}
	for i := range n.Regionalnetzwerke {
		r := &n.Regionalnetzwerke[i]
		r.Name, r.Region = nfc(r.Name), nfc(r.Region)
	}
}
