package bogen

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"golang.org/x/text/language"
)

// The columns of a sheet (Spalten), in the order [Schreibe] writes them.
// Column names are the format and stay German in every language.
const (
	SpalteEntwicklungsziel = "entwicklungsziel" // ID of the goal, required
	SpalteZiel             = "ziel"             // text of the goal, for the reader; optional, ignored by Lies
	SpalteHerkunft         = "herkunft"         // provenance of the goal (nzfh, abgeleitet, ergaenzt, lokal), for the reader; optional, ignored by Lies
	SpaltePerson           = "person"           // name or role of the rater, required
	SpalteSektor           = "sektor"           // sector of the rater, optional
	SpalteStufe            = "stufe"            // level 0–4, empty or "k. A." for "nicht beurteilbar"
	SpalteDatum            = "datum"            // day of the rating, required
	SpalteKommentar        = "kommentar"        // reason or remark, optional
	// The optional columns of the second step of the Gesamteinschätzung.
	SpalteKennung            = "kennung"            // rater key (short code without names), optional
	SpalteRunde              = "runde"              // survey round ID, optional
	SpalteEbene              = "ebene"              // the rater's level: strategisch or operativ, optional
	SpalteEntwicklungsbedarf = "entwicklungsbedarf" // development need: gering, mittel, hoch, optional
)

var spalten = []string{SpalteEntwicklungsziel, SpalteZiel, SpalteHerkunft, SpaltePerson, SpalteKennung, SpalteSektor,
	SpalteEbene, SpalteRunde, SpalteStufe, SpalteEntwicklungsbedarf, SpalteDatum, SpalteKommentar}

// Spalten returns the column names in the order of a written sheet.
func Spalten() []string { return append([]string(nil), spalten...) }

// Optionen control [Schreibe]. The zero value writes a German Markdown sheet
// of every dimension of the catalogue, with the scale of the default
// Regelwerk.
type Optionen struct {
	// Format is Markdown (also for "") or CSV.
	Format Format
	// Dimensionen selects dimensions by number (3 for QD 3). The sheet keeps
	// the catalogue's order whatever the order here; nil or empty means all.
	Dimensionen []int
	// Regelwerk supplies the labels and descriptions of the scale; nil means
	// qualitaet.StandardRegelwerk().
	Regelwerk *qualitaet.Regelwerk
	// Sprache is the language of the texts: English for English tags,
	// German otherwise (see schema.Sprache). The CSV header is the same in
	// every language.
	Sprache language.Tag
	// BOM writes a UTF-8 byte order mark before a CSV sheet. Excel on
	// Windows needs it to show umlauts; Lies reads sheets with and without.
	BOM bool
}

// DimensionFehler is the error of [Schreibe] for a selected dimension
// number that the catalogue does not have (10 in the 2016 catalogue).
type DimensionFehler struct {
	Nummer int
	Rahmen string // title of the catalogue
}

// Error returns the German message.
func (e *DimensionFehler) Error() string { return e.Text(language.German) }

// Text returns the message in the language tag.
func (e *DimensionFehler) Text(tag language.Tag) string {
	return meldungen.Sprintf(tag, "dimension.unbekannt", strconv.Itoa(e.Nummer), e.Rahmen)
}

// Schreibe writes a blank rating sheet (Einschätzungsbogen) for the
// Entwicklungsziele of the catalogue r (nil means qualitaet.Standard()) to w.
//
// The Markdown sheet, for print, explains the scale (levels 0–4 with their
// labels and descriptions from the Regelwerk, and "k. A." for "nicht
// beurteilbar"), explains the marks of provenance (NZFH, abgeleitet,
// ergänzt, lokal: whether an item is the NZFH's or this library's), has
// fields for name or role, sector and date, and one table per Thema (its
// heading marked with its provenance), grouped by dimension, with a row per
// goal: ID, provenance, text, and empty columns for level and comment.
//
// The CSV sheet, for spreadsheets, is separated by ";" (what German
// spreadsheets expect) and has the header
//
//	entwicklungsziel;ziel;herkunft;person;sektor;stufe;datum;kommentar
//
// and one row per goal with its ID, text and provenance (the code: nzfh,
// abgeleitet, ergaenzt, lokal); the other columns are left for the rater. [Lies] reads it back once filled in.
//
// Nothing is written when the options are invalid; the error for an unknown
// dimension number is a *DimensionFehler.
func Schreibe(w io.Writer, r *qualitaet.Rahmen, opt Optionen) error {
	if r == nil {
		r = qualitaet.Standard()
	}
	format := opt.Format
	if format == "" {
		format = Markdown
	}
	if !format.Valid() {
		return fmt.Errorf("bogen.Schreibe: %s", meldungen.Sprintf(language.German, "format.unbekannt", string(format)))
	}
	dims, err := waehle(r, opt.Dimensionen)
	if err != nil {
		return err
	}
	rw := opt.Regelwerk
	if rw == nil {
		rw = qualitaet.StandardRegelwerk()
	}
	tag := schema.Sprache(opt.Sprache)
	var b bytes.Buffer
	switch format {
	case CSV:
		if opt.BOM {
			b.WriteString(bom)
		}
		err = schreibeCSV(&b, dims, tag)
	default:
		schreibeMarkdown(&b, r, dims, rw, tag)
	}
	if err != nil {
		return err
	}
	_, err = w.Write(b.Bytes())
	return err
}

// waehle returns the selected dimensions in catalogue order.
func waehle(r *qualitaet.Rahmen, nummern []int) ([]*qualitaet.Dimension, error) {
	var dims []*qualitaet.Dimension
	gewaehlt := map[int]bool{}
	for _, n := range nummern {
		gefunden := false
		for i := range r.Dimensionen {
			if r.Dimensionen[i].Nummer == n {
				gefunden = true
			}
		}
		if !gefunden {
			return nil, &DimensionFehler{Nummer: n, Rahmen: rahmenName(r)}
		}
		gewaehlt[n] = true
	}
	for i := range r.Dimensionen {
		d := &r.Dimensionen[i]
		if len(nummern) == 0 || gewaehlt[d.Nummer] {
			dims = append(dims, d)
		}
	}
	return dims, nil
}

func rahmenName(r *qualitaet.Rahmen) string {
	if r.Titel != "" {
		return r.Titel
	}
	return "Rahmen " + r.ID
}

func schreibeCSV(w io.Writer, dims []*qualitaet.Dimension, tag language.Tag) error {
	cw := csv.NewWriter(w)
	cw.Comma = ';'
	if err := cw.Write(spalten); err != nil {
		return err
	}
	for _, d := range dims {
		for _, t := range d.Themen {
			for i := range t.Entwicklungsziele {
				z := &t.Entwicklungsziele[i]
				zeile := make([]string, len(spalten))
				zeile[0], zeile[1], zeile[2] = string(z.ID), z.TextIn(tag), string(z.Herkunft)
				if err := cw.Write(zeile); err != nil {
					return err
				}
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

func schreibeMarkdown(b *bytes.Buffer, r *qualitaet.Rahmen, dims []*qualitaet.Dimension, rw *qualitaet.Regelwerk, tag language.Tag) {
	en := tag == language.English
	m := func(key string, args ...any) string { return meldungen.Sprintf(tag, key, args...) }
	zeile := func(zellen ...string) {
		b.WriteString("|")
		for _, z := range zellen {
			b.WriteString(" ")
			b.WriteString(zelle(z))
			if z != "" {
				b.WriteString(" ")
			}
			b.WriteString("|")
		}
		b.WriteString("\n")
	}
	trenner := func(n int) {
		b.WriteString(strings.Repeat("|---", n))
		b.WriteString("|\n")
	}

	fmt.Fprintf(b, "# %s\n\n%s\n\n", m("blatt.titel", rahmenName(r)), m("blatt.einleitung"))
	zeile(m("blatt.person"), m("blatt.kennung"), m("blatt.sektor"), m("blatt.ebene"), m("blatt.runde"), m("blatt.datum"))
	trenner(6)
	zeile("", "", "", "", "", "")

	fmt.Fprintf(b, "\n## %s\n\n", m("blatt.skala"))
	zeile(m("blatt.stufe"), m("blatt.bezeichnung"), m("blatt.beschreibung"))
	trenner(3)
	for _, s := range rw.Skala {
		bez, besch := s.Bezeichnung, s.Beschreibung
		if en {
			bez, besch = oder(s.BezeichnungEn, bez), oder(s.BeschreibungEn, besch)
		}
		zeile(strconv.Itoa(int(s.Stufe)), bez, besch)
	}
	zeile("k. A.", m("blatt.ka"), m("blatt.kaBeschreibung"))
	schreibeLegende(b, dims, tag)

	for _, d := range dims {
		fmt.Fprintf(b, "\n## %s\n", m("blatt.dimension", strconv.Itoa(d.Nummer), d.TitelIn(tag)))
		for _, t := range d.Themen {
			titel := t.Titel
			if en {
				titel = oder(t.TitelEn, titel)
			}
			fmt.Fprintf(b, "\n### %s %s", t.ID, zelle(titel))
			if h := herkunftName(t.Herkunft, tag); h != "" {
				fmt.Fprintf(b, " [%s]", h)
			}
			b.WriteString("\n\n")
			zeile(m("blatt.id"), m("blatt.herkunft"), m("blatt.ziel"), m("blatt.stufe"), m("blatt.bedarf"), m("blatt.kommentar"))
			trenner(6)
			for i := range t.Entwicklungsziele {
				z := &t.Entwicklungsziele[i]
				zeile(string(z.ID), herkunftName(z.Herkunft, tag), z.TextIn(tag), "", "", "")
			}
		}
	}
}

// herkuenfte are the provenances in the order the legend lists them.
var herkuenfte = []qualitaet.Herkunft{qualitaet.HerkunftNZFH, qualitaet.HerkunftAbgeleitet, qualitaet.HerkunftErgaenzt, qualitaet.HerkunftLokal}

// herkunftName is the mark of a provenance on the sheet ("NZFH",
// "abgeleitet", "ergänzt", "lokal"); "" for none.
func herkunftName(h qualitaet.Herkunft, tag language.Tag) string { return h.Beschriftung(tag) }

// herkunftErklaerung says what a provenance means, for the legend.
func herkunftErklaerung(h qualitaet.Herkunft, tag language.Tag) string {
	switch h {
	case qualitaet.HerkunftNZFH:
		return meldungen.Sprintf(tag, "herkunft.nzfhLang")
	case qualitaet.HerkunftAbgeleitet:
		return meldungen.Sprintf(tag, "herkunft.abgeleitetLang")
	case qualitaet.HerkunftErgaenzt:
		return meldungen.Sprintf(tag, "herkunft.ergaenztLang")
	}
	return meldungen.Sprintf(tag, "herkunft.lokalLang")
}

// schreibeLegende explains the marks of provenance that the selected
// Themen and goals carry, in a fixed order; nothing when none carries one.
func schreibeLegende(b *bytes.Buffer, dims []*qualitaet.Dimension, tag language.Tag) {
	da := map[qualitaet.Herkunft]bool{}
	for _, d := range dims {
		for _, t := range d.Themen {
			da[t.Herkunft] = true
			for _, z := range t.Entwicklungsziele {
				da[z.Herkunft] = true
			}
		}
	}
	var zeilen []string
	for _, h := range herkuenfte {
		if da[h] {
			zeilen = append(zeilen, "| "+herkunftName(h, tag)+" | "+zelle(herkunftErklaerung(h, tag))+" |")
		}
	}
	if len(zeilen) == 0 {
		return
	}
	fmt.Fprintf(b, "\n## %s\n\n%s\n\n| %s | %s |\n|---|---|\n%s\n", meldungen.Sprintf(tag, "blatt.herkunftTitel"),
		meldungen.Sprintf(tag, "blatt.herkunftText"), meldungen.Sprintf(tag, "blatt.herkunft"), meldungen.Sprintf(tag, "blatt.bedeutung"),
		strings.Join(zeilen, "\n"))
}

func oder(s, sonst string) string {
	if s != "" {
		return s
	}
	return sonst
}

// zelle makes text safe for one Markdown table cell.
var zellenErsetzer = strings.NewReplacer("|", `\|`, "\r\n", " ", "\n", " ", "\r", " ")

func zelle(s string) string { return zellenErsetzer.Replace(s) }
