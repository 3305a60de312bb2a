package qualitaet

import (
	"bytes"
	"encoding/json"
	"io"
	"strings"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"github.com/google/uuid"
)

// Rules (Regel) of the semantic checks of goals and measures, as they appear
// in [schema.Verletzung].
const (
	regelVerlauf   = "verlauf"   // history chain and status
	regelEindeutig = "eindeutig" // IDs unique and non-nil
	regelVerweis   = "verweis"   // links: goals of measures, catalogue IDs
	regelKatalog   = "katalog"   // links that the catalogue at hand does not hold
	regelGrund     = "grund"     // a reason or actor is missing
	regelMessung   = "messung"   // measurements and figures of indicators
	regelWert      = "wert"      // enum values and texts of values built in code
	regelZeitraum  = "zeitraum"  // dates in the wrong order
)

// ZieleDokument is a document of goals and measures (Ziele und Maßnahmen),
// kind [schema.ArtZiele]: {"$schema", "hinweis"?, "ziele": [...],
// "massnahmen": [...]}. Inside a Kommune's profile the same "ziele" and
// "massnahmen" arrays appear at the profile's top level (see [PruefeZiele]).
type ZieleDokument struct {
	// Hinweis is a note on the whole document, e.g. that it holds
	// illustrative figures.
	Hinweis    string      `json:"hinweis,omitempty"`
	Ziele      []Ziel      `json:"ziele"`
	Massnahmen []Massnahme `json:"massnahmen,omitempty"`
}

// LiesZiele reads a goals document from r: bounded read, decoding, schema,
// unmarshalling, NFC normalisation and the semantic checks of
// [PruefeZiele]. Any failure is a [*schema.ValidierungsFehler].
func LiesZiele(r io.Reader) (*ZieleDokument, error) {
	data, err := schema.Standard().Lies(r)
	if err != nil {
		return nil, err
	}
	return ParseZiele(data)
}

// ParseZiele is [LiesZiele] for a document in memory.
func ParseZiele(data []byte) (*ZieleDokument, error) {
	var d ZieleDokument
	if err := schema.Standard().Lade(data, schema.ArtZiele, &d); err != nil {
		return nil, err
	}
	d.normalisiere()
	if err := d.Validate(); err != nil {
		return nil, err
	}
	return &d, nil
}

// Validate runs the semantic checks of [PruefeZiele] on a document built in
// code; it returns nil or a [*schema.ValidierungsFehler].
func (d *ZieleDokument) Validate() error {
	return schema.NeuerFehler(schema.ArtZiele, PruefeZiele(d.Ziele, d.Massnahmen, ""))
}

// MarshalJSON writes the document with its "$schema" first.
func (d ZieleDokument) MarshalJSON() ([]byte, error) {
	type ohneSchema ZieleDokument
	x := ohneSchema(d)
	if x.Ziele == nil {
		x.Ziele = []Ziel{}
	}
	inhalt, err := json.Marshal(x)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.WriteString(`{"$schema":`)
	kopf, _ := json.Marshal(schema.ArtZiele.ID())
	b.Write(kopf)
	if len(inhalt) > 2 {
		b.WriteByte(',')
	}
	b.Write(inhalt[1:])
	return b.Bytes(), nil
}

func (d *ZieleDokument) normalisiere() {
	nfc(&d.Hinweis)
	for i := range d.Ziele {
		d.Ziele[i].normalisiere()
	}
	for i := range d.Massnahmen {
		d.Massnahmen[i].normalisiere()
	}
}

// PruefeZiele runs the semantic checks on goals and measures and returns
// every violation. zeiger is the JSON pointer of the object that holds the
// "ziele" and "massnahmen" arrays: "" for a goals document and for a
// Kommune's profile, so violations point at "/ziele/0/verlauf/3" or
// "/massnahmen/1/ziele/0". It checks:
//
//   - IDs are non-nil and unique across goals and measures;
//   - titles are not empty; enum values are known (for values built in code);
//   - "dimensionen" hold dimension IDs and "entwicklungsziele" IDs of
//     Entwicklungsziele, catalogue or local (whether they exist in a
//     catalogue is [PruefeKatalogverweise]'s business);
//   - a manually set "zielerreichung" has a reason, an actor and a time;
//   - indicators have a target date, baseline before target, figures that
//     fit their kind, measurements in date order, not before the baseline,
//     with valid figures (denominators > 0);
//   - every measure serves at least one goal, each of which exists, and
//     starts no later than it is due;
//   - every history forms a valid chain ([Lebenszyklus.PruefeVerlauf]).
func PruefeZiele(ziele []Ziel, massnahmen []Massnahme, zeiger string) []schema.Verletzung {
	zp := &zielPruefung{gesehen: map[uuid.UUID]string{}}
	for i, z := range ziele {
		zp.ziel(z, zeiger+schema.Zeiger("ziele", i))
	}
	zielIDs := map[uuid.UUID]bool{}
	for _, z := range ziele {
		zielIDs[z.ID] = true
	}
	for i, m := range massnahmen {
		zp.massnahme(m, zeiger+schema.Zeiger("massnahmen", i), zielIDs)
	}
	return zp.vs
}

// zielPruefung collects the violations of [PruefeZiele] and the IDs seen so
// far, each with the pointer where it first stood.
type zielPruefung struct {
	vs      []schema.Verletzung
	gesehen map[uuid.UUID]string
}

func (zp *zielPruefung) add(z, key string, regel string, args ...any) {
	zp.vs = append(zp.vs, zieleMeldungen.Verletzung(z, regel, key, args...))
}

// pruefeID checks that the ID at p is set and unique.
func (zp *zielPruefung) pruefeID(p string, id uuid.UUID) {
	switch vorher, doppelt := zp.gesehen[id]; {
	case id == uuid.Nil:
		zp.add(p+"/id", "id.nil", regelEindeutig)
	case doppelt:
		zp.add(p+"/id", "id.doppelt", regelEindeutig, id.String(), vorher)
	default:
		zp.gesehen[id] = p
	}
}

// text checks that the text at p is not blank.
func (zp *zielPruefung) text(p, wert string) {
	if strings.TrimSpace(wert) == "" {
		zp.add(p, "text.leer", regelWert)
	}
}

// enum checks that a value of a closed set, where set, is one of it.
func (zp *zielPruefung) enum(p string, gesetzt, valid bool, wert any) {
	if gesetzt && !valid {
		zp.add(p, "wert.unbekannt", regelWert, wert)
	}
}

// ziel checks one goal at the pointer p.
func (zp *zielPruefung) ziel(z Ziel, p string) {
	zp.pruefeID(p, z.ID)
	zp.text(p+"/titel", z.Titel)
	for j, id := range z.Dimensionen {
		if id.Art() != IDDimension {
			zp.add(p+schema.Zeiger("dimensionen", j), "verweis.dimension", regelVerweis, string(id))
		}
	}
	for j, id := range z.Entwicklungsziele {
		if !id.IsZiel() {
			zp.add(p+schema.Zeiger("entwicklungsziele", j), "verweis.entwicklungsziel", regelVerweis, string(id))
		}
	}
	zp.enum(p+"/folgethema", z.Folgethema != "", z.Folgethema.Valid(), string(z.Folgethema))
	zp.enum(p+"/wirkungsstufe", z.Wirkungsstufe != 0, z.Wirkungsstufe.Valid(), z.Wirkungsstufe.String())
	zp.enum(p+"/zyklusschritt", z.Zyklusschritt != "", z.Zyklusschritt.Valid(), string(z.Zyklusschritt))
	if v := z.Zielerreichung; !v.IsZero() {
		zp.zielerreichung(v, p+"/zielerreichung")
	}
	for k, ind := range z.Indikatoren {
		zp.vs = append(zp.vs, pruefeIndikator(ind, p+schema.Zeiger("indikatoren", k))...)
	}
	zp.vs = append(zp.vs, zielZyklus.PruefeVerlauf(z.verlauf, z.status, p)...)
}

// zielerreichung checks a goal's attainment at the pointer q: a known
// value with reason, who and when.
func (zp *zielPruefung) zielerreichung(v Erreichungsvermerk, q string) {
	zp.enum(q+"/wert", true, v.Wert.Valid(), string(v.Wert))
	if strings.TrimSpace(v.Grund) == "" {
		zp.add(q+"/grund", "zielerreichung.grund", regelGrund, string(v.Wert))
	}
	if strings.TrimSpace(v.Durch) == "" {
		zp.add(q+"/durch", "zielerreichung.durch", regelGrund)
	}
	if v.Zeitpunkt.IsZero() {
		zp.add(q+"/zeitpunkt", "zielerreichung.zeitpunkt", regelGrund)
	}
}

// massnahme checks one measure at the pointer p; zielIDs are the IDs of
// the goals it may serve.
func (zp *zielPruefung) massnahme(m Massnahme, p string, zielIDs map[uuid.UUID]bool) {
	zp.pruefeID(p, m.ID)
	zp.text(p+"/titel", m.Titel)
	zp.enum(p+"/zyklusschritt", m.Zyklusschritt != "", m.Zyklusschritt.Valid(), string(m.Zyklusschritt))
	if len(m.Ziele) == 0 {
		zp.add(p+"/ziele", "massnahme.keineZiele", regelVerweis)
	}
	for j, id := range m.Ziele {
		if !zielIDs[id] || id == uuid.Nil {
			zp.add(p+schema.Zeiger("ziele", j), "massnahme.zielFehlt", regelVerweis, id.String())
		}
	}
	if !m.Beginn.IsZero() && !m.Faellig.IsZero() && m.Faellig.Vor(m.Beginn) {
		zp.add(p+"/faellig", "massnahme.zeitraum", regelZeitraum, m.Faellig.String(), m.Beginn.String())
	}
	zp.vs = append(zp.vs, massnahmeZyklus.PruefeVerlauf(m.verlauf, m.status, p)...)
}

func pruefeIndikator(ind Indikator, p string) []schema.Verletzung {
	var vs []schema.Verletzung
	add := func(z, regel, key string, args ...any) {
		vs = append(vs, zieleMeldungen.Verletzung(z, regel, key, args...))
	}
	if strings.TrimSpace(ind.Name) == "" {
		add(p+"/name", regelWert, "text.leer")
	}
	if !ind.Art.Valid() {
		add(p+"/art", regelWert, "wert.unbekannt", string(ind.Art))
	}
	if !ind.Richtung.Valid() {
		add(p+"/richtung", regelWert, "wert.unbekannt", string(ind.Richtung))
	}
	if ind.Zielwert.Datum.IsZero() {
		add(p+"/zielwert/datum", regelMessung, "indikator.zieldatum")
	}
	for _, s := range []struct {
		feld  string
		stand Stand
	}{{"ausgangswert", ind.Ausgangswert}, {"zielwert", ind.Zielwert}} {
		if s.stand.IsZero() {
			continue
		}
		if key := wertMangel(ind.Art, s.stand.Wert); key != "" && ind.Art.Valid() {
			add(p+"/"+s.feld+"/wert", regelMessung, key)
		}
	}
	if !ind.Ausgangswert.IsZero() && !ind.Zielwert.IsZero() && !ind.Ausgangswert.Datum.Vor(ind.Zielwert.Datum) {
		add(p+"/zielwert/datum", regelZeitraum, "indikator.zeitraum",
			ind.Zielwert.Datum.String(), ind.Ausgangswert.Datum.String())
	}
	for k, m := range ind.Messungen {
		q := p + schema.Zeiger("messungen", k)
		if ind.Art.Valid() {
			if key := m.mangel(ind.Art); key != "" {
				add(q, regelMessung, key)
			}
		}
		if k > 0 && m.Datum.Vor(ind.Messungen[k-1].Datum) {
			add(q+"/datum", regelMessung, "messung.reihenfolge", m.Datum.String(), ind.Messungen[k-1].Datum.String())
		}
		if !ind.Ausgangswert.IsZero() && !m.Datum.IsZero() && m.Datum.Vor(ind.Ausgangswert.Datum) {
			add(q+"/datum", regelMessung, "messung.vorBasis", m.Datum.String(), ind.Ausgangswert.Datum.String())
		}
	}
	return vs
}

// PruefeKatalogverweise checks that the dimensions and Entwicklungsziele the
// goals link to exist, asking vorhanden — typically the Enthaelt method of
// the (tailored) catalogue at hand: (*Rahmen).Enthaelt. zeiger is as for
// [PruefeZiele]. Malformed IDs are left to PruefeZiele.
func PruefeKatalogverweise(ziele []Ziel, zeiger string, vorhanden func(ID) bool) []schema.Verletzung {
	var vs []schema.Verletzung
	for i, z := range ziele {
		p := zeiger + schema.Zeiger("ziele", i)
		for _, l := range []struct {
			feld string
			ids  []ID
		}{{"dimensionen", z.Dimensionen}, {"entwicklungsziele", z.Entwicklungsziele}} {
			for j, id := range l.ids {
				if id.IsValid() && !vorhanden(id) {
					vs = append(vs, zieleMeldungen.Verletzung(p+schema.Zeiger(l.feld, j), regelKatalog, "verweis.katalog", string(id)))
				}
			}
		}
	}
	return vs
}
