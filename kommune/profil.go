package kommune

import (
	"github.com/fruehehilfen/qualitaetsrahmen/netzwerk"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
)

// Profil is the profile of a Kommune (Kommunenprofil): what its Steckbrief
// says — name and Land, the municipal structure, "Wir über uns", the list
// sections — plus what the quality work adds: the network in detail, the
// Zuschnitt of the Qualitätsrahmen, goals, measures and self-assessments.
// It is the JSON document of profil.schema.json.
//
// The Steckbrief part is lossless: [ParseSteckbrief] fills it and
// [Profil.Steckbrief] writes it back in the same format, so that
// importing an exported profile gives the same Steckbrief part again (see
// [Profil.SteckbriefTeil]). The zero value is an empty profile; it is not
// valid, because a profile needs a name.
type Profil struct {
	// Name is the Kommune's name as the heading gives it ("Landkreis
	// Oder-Spree"). Names of Kommunen are public, no personal data.
	Name string `json:"name"`
	// Land is the federal state (Bundesland), "" when the heading names
	// none.
	Land string `json:"land,omitempty"`
	// Hinweis is a free note on the record, e.g. which parts are
	// illustrative rather than taken from a source. The Steckbrief does not
	// carry it.
	Hinweis string `json:"hinweis,omitempty"`
	// Vorspann is text before the first section, kept as written.
	Vorspann []Punkt `json:"vorspann,omitempty"`
	// Kommunalstruktur holds the section KOMMUNALSTRUKTUR.
	Kommunalstruktur Kommunalstruktur `json:"kommunalstruktur,omitzero"`
	// WirUeberUns holds the section WIR ÜBER UNS except what belongs to the
	// network (names, founding year, bodies, cooperations), which is in
	// Netzwerk.
	WirUeberUns WirUeberUns `json:"wirUeberUns,omitzero"`
	// Netzwerk is the Netzwerk Frühe Hilfen (package netzwerk). The
	// Steckbrief gives its names, founding year, bodies and cooperations.
	Netzwerk netzwerk.Netzwerk `json:"netzwerk,omitzero"`
	// Abschnitte are the list sections after WIR ÜBER UNS, in their order,
	// known ones ([Abschnittsart]) and unknown ones alike.
	Abschnitte []Abschnitt `json:"abschnitte,omitempty"`
	// Zuschnitt is the Kommune's tailoring of the Qualitätsrahmen; nil when
	// none is recorded.
	Zuschnitt *qualitaet.Zuschnitt `json:"zuschnitt,omitempty"`
	// Ziele and Massnahmen are the Kommune's goals and measures.
	Ziele      []qualitaet.Ziel      `json:"ziele,omitempty"`
	Massnahmen []qualitaet.Massnahme `json:"massnahmen,omitempty"`
	// Einschaetzungen are self-assessments of Entwicklungsziele by network
	// actors (Gesamteinschätzung).
	Einschaetzungen []qualitaet.Einschaetzung `json:"einschaetzungen,omitempty"`
	// Prozess is the agreed quality development process (who is
	// responsible, bodies, focus, cycle step, next review); nil when none
	// is recorded. The Qualitätsentwicklungsplan ([Plan]) reports on it.
	Prozess *qualitaet.Prozess `json:"prozess,omitempty"`
	// Runden are the survey rounds of the Gesamteinschätzung with what the
	// network agreed on in them (see [qualitaet.Runde]); a rating's Runde
	// names one of them.
	Runden []qualitaet.Runde `json:"runden,omitempty"`
}

// Feld names a line of the sections KOMMUNALSTRUKTUR and WIR ÜBER UNS. Its
// value is the JSON name of the line's figure or text; it keys the maps of
// labels (Beschriftungen) and notes (Hinweise). The zero value is no field.
type Feld string

// The lines of KOMMUNALSTRUKTUR, in the order a Steckbrief gives them.
const (
	FeldBevoelkerung             Feld = "bevoelkerung"
	FeldMigrationsanteil         Feld = "migrationsanteil"
	FeldBevoelkerungsentwicklung Feld = "bevoelkerungsentwicklung"
	FeldKinderUnter3             Feld = "kinderUnter3"
	FeldKinderUnter3Armut        Feld = "kinderUnter3Armut"
	FeldAlleinerziehendeU3       Feld = "alleinerziehendeU3"
	FeldBudget                   Feld = "budget"
)

// The lines of WIR ÜBER UNS, in the order a Steckbrief gives them.
const (
	FeldAnsprechperson Feld = "ansprechperson"
	FeldFunktion       Feld = "funktion"
	FeldNetzwerkNamen  Feld = "netzwerkNamen"
	FeldGruendung      Feld = "gruendung"
	FeldErstesDokument Feld = "erstesDokument"
	FeldZielgruppen    Feld = "zielgruppen"
	FeldGremien        Feld = "gremien"
	FeldKooperationen  Feld = "kooperationen"
)

// Kommunalstruktur is the section KOMMUNALSTRUKTUR of a Steckbrief: the
// municipal structure in figures. Every figure is optional; a Steckbrief
// that writes "k. A." or "-" leaves it absent, never 0.
//
// The Steckbrief's labels are not always accurate: "Anteil der 0–3
// Jährigen" holds a number of children and "Alleinerziehenden-Quote mit
// Kind U3" a number of households. The fields are named for what they hold.
type Kommunalstruktur struct {
	// Bevoelkerung is the population (Bevölkerungszahl insgesamt).
	Bevoelkerung qualitaet.Wert `json:"bevoelkerung,omitzero"`
	// Migrationsanteil is the share of the population with a migration
	// background, in percent, and the year of the figure.
	Migrationsanteil Migrationsanteil `json:"migrationsanteil,omitzero"`
	// Bevoelkerungsentwicklung is the change of the population in percent.
	Bevoelkerungsentwicklung Bevoelkerungsentwicklung `json:"bevoelkerungsentwicklung,omitzero"`
	// KinderUnter3 is the number of children aged 0 to 3.
	KinderUnter3 qualitaet.Wert `json:"kinderUnter3,omitzero"`
	// KinderUnter3Armut is the number of those children in families in
	// poverty (Armutslagen).
	KinderUnter3Armut qualitaet.Wert `json:"kinderUnter3Armut,omitzero"`
	// AlleinerziehendeU3 is the number of single-parent households with a
	// child under 3.
	AlleinerziehendeU3 qualitaet.Wert `json:"alleinerziehendeU3,omitzero"`
	// Budget is the municipal budget for Frühe Hilfen and its parts.
	Budget Budget `json:"budget,omitzero"`
	// Hinweise are notes written after a plain figure in brackets, or the
	// whole text of a value the reader did not understand, keyed by
	// FeldBevoelkerung, FeldKinderUnter3, FeldKinderUnter3Armut or
	// FeldAlleinerziehendeU3.
	Hinweise map[Feld]string `json:"hinweise,omitempty"`
	// Beschriftungen are labels as written where they differ from the
	// standard label ([Standardbeschriftung]).
	Beschriftungen map[Feld]string `json:"beschriftungen,omitempty"`
	// Weitere are lines with labels the reader does not know, kept in
	// their order.
	Weitere []Angabe `json:"weitere,omitempty"`
}

// Migrationsanteil is the share of the population with a migration
// background (Anteil mit Migrationshintergrund): percent, the year of the
// figure (0 = not stated) and a note.
type Migrationsanteil struct {
	Prozent qualitaet.Wert `json:"prozent,omitzero"`
	Jahr    int            `json:"jahr,omitzero"`
	Hinweis string         `json:"hinweis,omitempty"`
}

// Bevoelkerungsentwicklung is the change of the population
// (Bevölkerungsentwicklung) in percent, signed, over a period that the
// Steckbrief's label names ("2011 bis 2016"), with a note such as "zum
// Vorjahr".
type Bevoelkerungsentwicklung struct {
	Prozent  qualitaet.Wert `json:"prozent,omitzero"`
	Zeitraum Zeitraum       `json:"zeitraum,omitzero"`
	Hinweis  string         `json:"hinweis,omitempty"`
}

// Zeitraum is a period of whole years, Von to Bis; the zero value is no
// period.
type Zeitraum struct {
	Von int `json:"von"`
	Bis int `json:"bis"`
}

// Budget is the municipal budget for Frühe Hilfen (Kommunales Budget für
// Frühe Hilfen) in euros and its parts by source of funds.
type Budget struct {
	Gesamt  qualitaet.Wert `json:"gesamt,omitzero"`
	Hinweis string         `json:"hinweis,omitempty"`
	Anteile []Budgetanteil `json:"anteile,omitempty"`
}

// Budgetanteil is a part of the budget as the Steckbrief writes it: its
// source in words as the label of the line ("aus Mitteln der Bundesstiftung
// Frühe Hilfen und über kreiseigene Richtlinie") and the amount in euros.
type Budgetanteil struct {
	Quelle  string         `json:"quelle"`
	Betrag  qualitaet.Wert `json:"betrag,omitzero"`
	Hinweis string         `json:"hinweis,omitempty"`
}

// Angabe is a line with a label the reader does not know: the label and
// the value as written ("" when the line has no value).
type Angabe struct {
	Beschriftung string `json:"beschriftung"`
	Wert         string `json:"wert,omitempty"`
}

// WirUeberUns is the section WIR ÜBER UNS of a Steckbrief without the
// lines about the network, which are in [Profil.Netzwerk].
type WirUeberUns struct {
	// Ansprechperson is the contact person's name: personal data, marked
	// x-personenbezogen in the schema.
	Ansprechperson string `json:"ansprechperson,omitempty"`
	// Funktion is the contact person's role in the network.
	Funktion string `json:"funktion,omitempty"`
	// ErstesDokument is the network's first document (Unser erstes
	// Dokument).
	ErstesDokument Dokument `json:"erstesDokument,omitzero"`
	// Zielgruppen are the target groups as written.
	Zielgruppen string `json:"zielgruppen,omitempty"`
	// Hinweise keep notes and not understood values of the lines whose
	// value is a figure: FeldGruendung.
	Hinweise map[Feld]string `json:"hinweise,omitempty"`
	// Beschriftungen are labels as written where they differ from the
	// standard label ([Standardbeschriftung]).
	Beschriftungen map[Feld]string `json:"beschriftungen,omitempty"`
	// Weitere are lines with labels the reader does not know.
	Weitere []Angabe `json:"weitere,omitempty"`
}

// Dokument is a document with its title and year (0 = not stated).
type Dokument struct {
	Titel string `json:"titel,omitempty"`
	Jahr  int    `json:"jahr,omitzero"`
}

// Abschnitt is a section of the Steckbrief after WIR ÜBER UNS: its title as
// written, its heading level (2 for "##", 3 for "###"), its kind when known
// and its items as a tree.
type Abschnitt struct {
	Titel  string        `json:"titel"`
	Ebene  int           `json:"ebene"`
	Art    Abschnittsart `json:"art,omitempty"`
	Punkte []Punkt       `json:"punkte,omitempty"`
}

// Punkt is an item of a section: a list item ("- …") with its nested items,
// or a free paragraph (Absatz), which has no nested items. Text may span
// several lines, joined by "\n".
type Punkt struct {
	Text        string  `json:"text"`
	Absatz      bool    `json:"absatz,omitempty"`
	Unterpunkte []Punkt `json:"unterpunkte,omitempty"`
}

// Abschnitt returns the first section of kind art.
func (p *Profil) Abschnitt(art Abschnittsart) (Abschnitt, bool) {
	for _, a := range p.Abschnitte {
		if a.Art == art {
			return a, true
		}
	}
	return Abschnitt{}, false
}

// Punkte returns the items of every section of kind art, in order.
func (p *Profil) Punkte(art Abschnittsart) []Punkt {
	var out []Punkt
	for _, a := range p.Abschnitte {
		if a.Art == art {
			out = append(out, a.Punkte...)
		}
	}
	return out
}

// SteckbriefTeil returns the part of the profile a Steckbrief carries, as
// the Steckbrief reader would give it back: name, Land, the Vorspann, the
// two structured sections, the list sections, and of the network its
// names, founding year, and its bodies and cooperations as counts per title
// and sector — a title left empty is written as the name of the kind or
// sector, and kind and sector are those the title stands for
// ([netzwerk.GremiumArtAusBezeichnung], [netzwerk.SektorAusBezeichnung]).
// Single agreements with an actor are no Steckbrief entries and are left
// out. Reading [Profil.Steckbrief] gives exactly this part back for every
// profile whose texts are as the reader leaves them (trimmed lines, no line
// that starts like a list item or heading).
func (p *Profil) SteckbriefTeil() *Profil {
	q := &Profil{
		Name: p.Name, Land: p.Land, Vorspann: p.Vorspann,
		Kommunalstruktur: p.Kommunalstruktur, WirUeberUns: p.WirUeberUns, Abschnitte: p.Abschnitte,
	}
	q.Netzwerk.Namen = p.Netzwerk.Namen
	q.Netzwerk.Gruendungsjahr = p.Netzwerk.Gruendungsjahr
	for _, g := range p.Netzwerk.Gremien {
		b := gremiumBezeichnung(g)
		art, _ := netzwerk.GremiumArtAusBezeichnung(b)
		q.Netzwerk.Gremien = append(q.Netzwerk.Gremien, netzwerk.Gremium{Art: art, Bezeichnung: b, Anzahl: max(g.Anzahl, 0)})
	}
	for _, k := range p.Netzwerk.Kooperationen {
		if k.Akteur != "" {
			continue
		}
		b := kooperationBezeichnung(k)
		q.Netzwerk.Kooperationen = append(q.Netzwerk.Kooperationen,
			netzwerk.Kooperation{Sektor: sektorVon(b), Bezeichnung: b, Anzahl: k.Anzahl, Text: k.Text})
	}
	return q
}
