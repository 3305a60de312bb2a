package kommune

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// SchemaID is the $id of profil.schema.json, which every profile document
// names in "$schema".
var SchemaID = schema.ArtProfil.ID()

// LiesProfil reads a profile document from r (at most the size limit of
// schema.Standard(), see [schema.Validator.Lies]) and parses it with
// [ParseProfil].
func LiesProfil(r io.Reader) (*Profil, error) {
	data, err := schema.Standard().Lies(r)
	if err != nil {
		return nil, err
	}
	return ParseProfil(data)
}

// ParseProfil is the whole way in for a profile document: decode (size,
// depth, syntax, numbers), check "$schema", validate against
// profil.schema.json, unmarshal, normalise all text to NFC, and run the
// semantic checks of [Profil.Validate]. Every failure is a
// [*schema.ValidierungsFehler].
func ParseProfil(data []byte) (*Profil, error) {
	p := new(Profil)
	if err := schema.Standard().Lade(data, schema.ArtProfil, p); err != nil {
		return nil, err
	}
	p.normalisiere()
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return p, nil
}

// MarshalJSON writes the profile as a standalone document with "$schema"
// first.
func (p Profil) MarshalJSON() ([]byte, error) { return json.Marshal(p.mitSchema()) }

type ohneMethoden Profil

type profilDokument struct {
	Schema string `json:"$schema"`
	ohneMethoden
}

func (p Profil) mitSchema() profilDokument { return profilDokument{SchemaID, ohneMethoden(p)} }

// Dokument returns the profile as a JSON document indented by two spaces
// and ending in a newline, text as written (no HTML escaping of "&", "<",
// ">"), after checking it with [Profil.Validate] and against the schema:
// what it returns, [ParseProfil] reads back.
func (p *Profil) Dokument() ([]byte, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(p.mitSchema()); err != nil {
		return nil, err
	}
	v := schema.Standard()
	wert, err := v.Dekodiere(b.Bytes())
	if err != nil {
		return nil, err
	}
	if err := v.Pruefe(schema.ArtProfil, wert); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// normalisiere brings all text of the Steckbrief part to NFC. The parts of
// other packages (network, goals) are normalised by them when read on their
// own; here their text is taken as the schema let it through.
func (p *Profil) normalisiere() {
	for _, s := range []*string{&p.Name, &p.Land, &p.Hinweis, &p.WirUeberUns.Ansprechperson,
		&p.WirUeberUns.Funktion, &p.WirUeberUns.Zielgruppen, &p.WirUeberUns.ErstesDokument.Titel,
		&p.Kommunalstruktur.Migrationsanteil.Hinweis, &p.Kommunalstruktur.Bevoelkerungsentwicklung.Hinweis,
		&p.Kommunalstruktur.Budget.Hinweis} {
		*s = nfc(*s)
	}
	k := &p.Kommunalstruktur
	for i := range k.Budget.Anteile {
		k.Budget.Anteile[i].Quelle = nfc(k.Budget.Anteile[i].Quelle)
		k.Budget.Anteile[i].Hinweis = nfc(k.Budget.Anteile[i].Hinweis)
	}
	for _, m := range []map[Feld]string{k.Hinweise, k.Beschriftungen, p.WirUeberUns.Hinweise, p.WirUeberUns.Beschriftungen} {
		for f, s := range m {
			m[f] = nfc(s)
		}
	}
	for _, ws := range [][]Angabe{k.Weitere, p.WirUeberUns.Weitere} {
		for i := range ws {
			ws[i].Beschriftung, ws[i].Wert = nfc(ws[i].Beschriftung), nfc(ws[i].Wert)
		}
	}
	for i := range p.Netzwerk.Namen {
		p.Netzwerk.Namen[i] = nfc(p.Netzwerk.Namen[i])
	}
	normalisierePunkte(p.Vorspann)
	for i := range p.Abschnitte {
		p.Abschnitte[i].Titel = nfc(p.Abschnitte[i].Titel)
		normalisierePunkte(p.Abschnitte[i].Punkte)
	}
	for i := range p.Einschaetzungen {
		e := &p.Einschaetzungen[i]
		e.Person, e.Begruendung = nfc(e.Person), nfc(e.Begruendung)
	}
	if p.Prozess != nil {
		p.Prozess.Normalisiere()
	}
}

func normalisierePunkte(ps []Punkt) {
	for i := range ps {
		ps[i].Text = nfc(ps[i].Text)
		normalisierePunkte(ps[i].Unterpunkte)
	}
}
