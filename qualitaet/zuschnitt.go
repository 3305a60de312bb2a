package qualitaet

import (
	"encoding/json"
	"io"
	"slices"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// Zuschnitt is a Kommune's tailoring of the Qualitätsrahmen — without
// forking it. It names the base version, the focus dimensions
// (Schwerpunkte; the clusters of the Qualitätsdialoge worked on QD 3 plus one
// or two), dimensions left out for now, local Entwicklungsziele, and locally
// negotiated indicators. [Rahmen.Zuschneiden] resolves it against a
// catalogue. It is a document of its own (zuschnitt.schema.json) and the
// "zuschnitt" of a Kommune profile.
type Zuschnitt struct {
	Rahmen       Version            `json:"rahmen"`
	Beschreibung string             `json:"beschreibung,omitempty"`
	Schwerpunkte []ID               `json:"schwerpunkte,omitempty"`
	Ausgelassen  []ID               `json:"ausgelassen,omitempty"`
	LokaleZiele  []LokalesZiel      `json:"lokaleZiele,omitempty"`
	Indikatoren  []LokalerIndikator `json:"indikatoren,omitempty"`
}

// LokalesZiel is a local Entwicklungsziel a Kommune adds under a Thema of the
// catalogue. Its ID has the form QD3.T1.L1.
type LokalesZiel struct {
	ID          ID      `json:"id"`
	Ebene       Ebene   `json:"ebene"`
	Bereich     Bereich `json:"bereich"`
	Text        string  `json:"text"`
	TextEn      string  `json:"textEn,omitempty"`
	Begruendung string  `json:"begruendung,omitempty"`
}

// LokalerIndikator is an indicator a Kommune negotiated locally for an
// Entwicklungsziel (from the catalogue or local). The NZFH holds that
// indicators cannot be fixed centrally; this is where they live.
type LokalerIndikator struct {
	ID               string `json:"id"`
	Entwicklungsziel ID     `json:"entwicklungsziel"`
	Name             string `json:"name"`
	Beschreibung     string `json:"beschreibung,omitempty"`
	Einheit          string `json:"einheit,omitempty"`
}

// LiesZuschnitt reads a standalone Zuschnitt document and validates it
// against its schema. Whether its IDs exist is checked when it is resolved
// against a catalogue ([Rahmen.Zuschneiden], [PruefeZuschnitt]).
func LiesZuschnitt(r io.Reader) (*Zuschnitt, error) {
	data, err := schema.Standard().Lies(r)
	if err != nil {
		return nil, err
	}
	var z Zuschnitt
	if err := schema.Standard().Lade(data, schema.ArtZuschnitt, &z); err != nil {
		return nil, err
	}
	z.normalisiere()
	return &z, nil
}

func (z *Zuschnitt) normalisiere() {
	nfc(&z.Beschreibung)
	for i := range z.LokaleZiele {
		nfc(&z.LokaleZiele[i].Text)
		nfc(&z.LokaleZiele[i].TextEn)
		nfc(&z.LokaleZiele[i].Begruendung)
	}
	for i := range z.Indikatoren {
		nfc(&z.Indikatoren[i].Name)
		nfc(&z.Indikatoren[i].Beschreibung)
		nfc(&z.Indikatoren[i].Einheit)
	}
}

// Dokument returns the Zuschnitt as a standalone JSON document with its
// "$schema".
func (z Zuschnitt) Dokument() ([]byte, error) {
	return json.MarshalIndent(struct {
		Schema string `json:"$schema"`
		Zuschnitt
	}{schema.ArtZuschnitt.ID(), z}, "", "  ")
}

func (z Zuschnitt) clone() Zuschnitt {
	z.Schwerpunkte = slices.Clone(z.Schwerpunkte)
	z.Ausgelassen = slices.Clone(z.Ausgelassen)
	z.LokaleZiele = slices.Clone(z.LokaleZiele)
	z.Indikatoren = slices.Clone(z.Indikatoren)
	return z
}

// PruefeZuschnitt checks a Zuschnitt against the catalogue r and returns its
// violations with JSON pointers below zeiger ("" for a standalone document,
// "/zuschnitt" inside a profile): the base version must be r's; focus and
// left-out dimensions must exist and not overlap; local goals need a local
// ID under an existing Thema of a dimension that is not left out, and unique
// IDs; indicators need a unique ID and an existing goal.
func PruefeZuschnitt(r *Rahmen, z *Zuschnitt, zeiger string) []schema.Verletzung {
	var vs []schema.Verletzung
	v := func(z, regel, key string, args ...any) {
		vs = append(vs, meldungen.Verletzung(zeiger+z, regel, key, args...))
	}
	if z.Rahmen != r.Version {
		v("/rahmen", "rahmen", "zuschnitt.version", string(z.Rahmen), string(r.Version))
	}
	ausgelassen := map[ID]bool{}
	for i, id := range z.Ausgelassen {
		if _, ok := r.Dimension(id); !ok {
			v(schema.Zeiger("ausgelassen", i), "verweis", "zuschnitt.dimension", string(id))
		}
		ausgelassen[id] = true
	}
	for i, id := range z.Schwerpunkte {
		if _, ok := r.Dimension(id); !ok {
			v(schema.Zeiger("schwerpunkte", i), "verweis", "zuschnitt.dimension", string(id))
		}
		if ausgelassen[id] {
			v(schema.Zeiger("schwerpunkte", i), "widerspruch", "zuschnitt.schwerpunktAusgelassen", string(id))
		}
	}
	lokal := map[ID]bool{}
	for i, lz := range z.LokaleZiele {
		p := schema.Zeiger("lokaleZiele", i)
		switch {
		case lz.ID.Art() != IDLokalesZiel:
			v(p+"/id", "id", "id.art", string(lz.ID), IDLokalesZiel.String())
		case lokal[lz.ID]:
			v(p+"/id", "eindeutig", "zuschnitt.lokalDoppelt", string(lz.ID))
		default:
			if _, ok := r.Thema(lz.ID.Thema()); !ok {
				v(p+"/id", "verweis", "zuschnitt.thema", string(lz.ID), string(lz.ID.Thema()))
			} else if ausgelassen[lz.ID.Dimension()] {
				v(p+"/id", "widerspruch", "zuschnitt.lokalAusgelassen", string(lz.ID), string(lz.ID.Dimension()))
			}
		}
		lokal[lz.ID] = true
		if !lz.Ebene.Valid() {
			v(p+"/ebene", "enum", "ebene.unbekannt", string(lz.Ebene))
		}
		if !lz.Bereich.Valid() {
			v(p+"/bereich", "enum", "bereich.unbekannt", string(lz.Bereich))
		}
		if lz.Text == "" {
			v(p+"/text", "minLength", "text.leer")
		}
	}
	indikatoren := map[string]bool{}
	for i, ind := range z.Indikatoren {
		p := schema.Zeiger("indikatoren", i)
		if indikatoren[ind.ID] {
			v(p+"/id", "eindeutig", "zuschnitt.indikatorDoppelt", ind.ID)
		}
		indikatoren[ind.ID] = true
		_, imKatalog := r.Entwicklungsziel(ind.Entwicklungsziel)
		if !imKatalog && !lokal[ind.Entwicklungsziel] {
			v(p+"/entwicklungsziel", "verweis", "zuschnitt.ziel", string(ind.Entwicklungsziel))
		} else if ausgelassen[ind.Entwicklungsziel.Dimension()] {
			v(p+"/entwicklungsziel", "widerspruch", "zuschnitt.indikatorAusgelassen", string(ind.Entwicklungsziel))
		}
	}
	return vs
}

// Zuschneiden resolves the Zuschnitt z against the catalogue r and returns a
// new, tailored Rahmen; r is not changed. The result keeps the catalogue's
// order, drops the left-out dimensions, marks the focus dimensions
// (Dimension.Schwerpunkt), appends each local goal to its Thema after the
// catalogue's goals (in the order of the Zuschnitt, Herkunft "lokal"), and
// attaches the local indicators to their goals. Provenance is recorded:
// Basis names r's ID, Zuschnitt holds z, and every item keeps its Herkunft —
// see [Rahmen.Provenienz]. The same inputs always give the same result. A
// nil z returns a copy of r. Errors are *schema.ValidierungsFehler with
// pointers into the Zuschnitt document.
func (r *Rahmen) Zuschneiden(z *Zuschnitt) (*Rahmen, error) {
	if z == nil {
		return r.clone(), nil
	}
	if vs := PruefeZuschnitt(r, z, ""); len(vs) > 0 {
		return nil, schema.NeuerFehler(schema.ArtZuschnitt, vs)
	}
	out := r.clone()
	out.Basis = r.ID
	if r.Basis != "" {
		out.Basis = r.Basis
	}
	zc := z.clone()
	out.Zuschnitt = &zc
	dims := out.Dimensionen[:0]
	for _, d := range out.Dimensionen {
		if slices.Contains(z.Ausgelassen, d.ID) {
			continue
		}
		d.Schwerpunkt = slices.Contains(z.Schwerpunkte, d.ID)
		for j := range d.Themen {
			t := &d.Themen[j]
			for _, lz := range z.LokaleZiele {
				if lz.ID.Thema() == t.ID {
					t.Entwicklungsziele = append(t.Entwicklungsziele, Entwicklungsziel{
						ID: lz.ID, Ebene: lz.Ebene, Bereich: lz.Bereich, Text: lz.Text, TextEn: lz.TextEn,
						Herkunft: HerkunftLokal, EbeneHerkunft: HerkunftLokal, Begruendung: lz.Begruendung,
					})
				}
			}
			for k := range t.Entwicklungsziele {
				ez := &t.Entwicklungsziele[k]
				for _, ind := range z.Indikatoren {
					if ind.Entwicklungsziel == ez.ID {
						ez.Indikatoren = append(ez.Indikatoren, ind)
					}
				}
			}
		}
		dims = append(dims, d)
	}
	out.Dimensionen = dims
	out.index = baueIndex(out)
	return out, nil
}

// Provenienz records where an item of a (tailored) catalogue comes from.
type Provenienz struct {
	ID ID
	// Quelle is the ID of the base catalogue ("qualitaetsrahmen-2.0") for
	// catalogue items, "lokal" for items of the Zuschnitt.
	Quelle   string
	Herkunft Herkunft
}

// Provenienz lists the provenance of every dimension, Thema and goal in
// catalogue order.
func (r *Rahmen) Provenienz() []Provenienz {
	basis := r.ID
	if r.Basis != "" {
		basis = r.Basis
	}
	quelle := func(h Herkunft) string {
		if h == HerkunftLokal {
			return string(HerkunftLokal)
		}
		return basis
	}
	var out []Provenienz
	for _, d := range r.Dimensionen {
		out = append(out, Provenienz{d.ID, quelle(d.Herkunft), d.Herkunft})
		for _, t := range d.Themen {
			out = append(out, Provenienz{t.ID, quelle(t.Herkunft), t.Herkunft})
			for _, z := range t.Entwicklungsziele {
				out = append(out, Provenienz{z.ID, quelle(z.Herkunft), z.Herkunft})
			}
		}
	}
	return out
}
