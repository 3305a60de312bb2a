package netzwerk

import (
	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
)

// Netzwerk is a Netzwerk Frühe Hilfen: the local network of the institutions
// that support families from pregnancy to the child's third birthday, run by
// a coordination office (Netzwerkkoordination) under the steering
// responsibility of the Jugendamt. It is the JSON object of
// netzwerk.schema.json, standalone or as "netzwerk" inside a Kommune profile.
//
// Every part is optional: a nil slice means "not recorded", which the facts
// ([FaktenVon]) keep apart from "none". Build one in code and check it with
// [Netzwerk.Validate]; read one with [Parse] or [Lies].
type Netzwerk struct {
	// Namen are the network's names as the Kommune writes them.
	Namen []string `json:"namen,omitempty"`
	// Gruendungsjahr is the year the network was founded; 0 = not stated.
	Gruendungsjahr int `json:"gruendungsjahr,omitzero"`
	// Hinweis is a free note on the record, e.g. which entries are
	// illustrative rather than taken from a source.
	Hinweis string `json:"hinweis,omitempty"`
	// Koordination is the coordination office; nil = not recorded.
	Koordination *Koordination `json:"koordination,omitempty"`
	// Sektoren declares the network's own sectors beyond the defaults.
	Sektoren []SektorDefinition `json:"sektoren,omitempty"`
	// Akteure are the network's actors (institutions).
	Akteure []Akteur `json:"akteure,omitempty"`
	// Gremien are its bodies: steering body, steering groups, regional
	// networks, working groups.
	Gremien []Gremium `json:"gremien,omitempty"`
	// Kooperationen are its cooperations, counted per sector or single.
	Kooperationen []Kooperation `json:"kooperationen,omitempty"`
	// Treffen are its meetings with attendance.
	Treffen []Treffen `json:"treffen,omitempty"`
	// Angebote are the offers coordinated in the network.
	Angebote []Angebot `json:"angebote,omitempty"`
	// Regionalnetzwerke are its regional networks with their actors.
	Regionalnetzwerke []RegionalnetzwerkEintrag `json:"regionalnetzwerke,omitempty"`
}

// Koordination is the coordination office (Koordinierungsstelle,
// Netzwerkkoordination): who hosts it, where it is placed, and its staff in
// full-time equivalents.
type Koordination struct {
	// Traeger is the body that hosts the office, e.g. "Landkreis Oder-Spree".
	Traeger string `json:"traeger"`
	// Ansiedlung is where the office is placed, e.g. "Jugendamt" or
	// "Jugendhilfeplanung".
	Ansiedlung string `json:"ansiedlung,omitempty"`
	// Ansprechperson is the named contact person: personal data, marked
	// x-personenbezogen in the schema.
	Ansprechperson string `json:"ansprechperson,omitempty"`
	// Kontakt are the contact person's details (e-mail, telephone):
	// personal data, marked x-personenbezogen in the schema.
	Kontakt string `json:"kontakt,omitempty"`
	// Vollzeitaequivalente are the office's full-time equivalents
	// (Vollzeitäquivalente, VZÄ); absent when not stated, never 0 for that.
	Vollzeitaequivalente qualitaet.Wert `json:"vollzeitaequivalente,omitzero"`
}

// Akteur is an actor (Akteur) of the network: an institution or service
// with its sector, kind of institution and region.
type Akteur struct {
	// ID identifies the actor within the network (kennung); meetings,
	// offers, cooperations and regional networks refer to it.
	ID string `json:"id"`
	// Organisation is the name of the institution or service.
	Organisation string `json:"organisation"`
	// Sektor is the actor's sector: a default or one declared in
	// [Netzwerk.Sektoren].
	Sektor Sektor `json:"sektor"`
	// Einrichtungsart is the kind of institution, e.g. "Geburtsklinik".
	Einrichtungsart string `json:"einrichtungsart,omitempty"`
	// Region is the area the actor serves, e.g. a town or Sozialraum.
	Region string `json:"region,omitempty"`
	// Ansprechperson is the actor's contact person and Kontakt the contact
	// details (e-mail, telephone): personal data, marked
	// x-personenbezogen in the schema.
	Ansprechperson string `json:"ansprechperson,omitempty"`
	Kontakt        string `json:"kontakt,omitempty"`
	// Hinweis is a free note, e.g. that the entry is illustrative; it may
	// name people, so anonymisation scrubs it as free text.
	Hinweis string `json:"hinweis,omitempty"`
}

// Kooperation is a cooperation entry: either a count per sector as a
// Steckbrief gives it ("Gesundheit: 3"), or a single agreement with one
// actor, its date and form.
type Kooperation struct {
	// Sektor is the sector the cooperations are with.
	Sektor Sektor `json:"sektor"`
	// Bezeichnung is the label as written in the source ("Gesundheit").
	Bezeichnung string `json:"bezeichnung,omitempty"`
	// Anzahl is the number of cooperations; absent when not given (as for
	// "Sonstige: Kommunen, Beratungsstellen, …"), never 0 for that.
	Anzahl qualitaet.Wert `json:"anzahl,omitzero"`
	// Text is free text, e.g. the partners a "Sonstige" entry lists.
	Text string `json:"text,omitempty"`
	// Akteur is the partner of a single agreement (an [Akteur.ID]).
	Akteur string `json:"akteur,omitempty"`
	// Datum is the day a single agreement was made; zero = not stated.
	Datum qualitaet.Kalenderdatum `json:"datum,omitzero"`
	// Form is the form of a single agreement; "" = not stated.
	Form Kooperationsform `json:"form,omitempty"`
}

// Zahl returns how many cooperations the entry stands for: Anzahl when
// given, else 1 for a single agreement with an actor, else absent.
func (k Kooperation) Zahl() qualitaet.Wert {
	if k.Anzahl.Gesetzt() {
		return k.Anzahl
	}
	if k.Akteur != "" {
		return qualitaet.WertVon(1)
	}
	return qualitaet.Wert{}
}

// Treffen is a meeting (Treffen) of the network or one of its bodies, with
// the actors who attended.
type Treffen struct {
	// Datum is the day of the meeting (required).
	Datum qualitaet.Kalenderdatum `json:"datum"`
	// Art is the kind of meeting (required).
	Art TreffenArt `json:"art"`
	// Bezeichnung is the meeting's title, e.g. "Netzwerkkonferenz 2023".
	Bezeichnung string `json:"bezeichnung,omitempty"`
	// Regionalnetzwerk ties the meeting to one regional network (its
	// [RegionalnetzwerkEintrag.ID]); only that network's actors are then
	// expected to attend.
	Regionalnetzwerk string `json:"regionalnetzwerk,omitempty"`
	// Teilnehmende are the IDs of the actors who attended. nil means the
	// attendance was not recorded (such meetings are left out of
	// [Teilnahme]); an empty, non-nil list means nobody attended, and is
	// kept in JSON as [].
	Teilnehmende []string `json:"teilnehmende,omitzero"`
}

// Angebot is an offer (Angebot) of Frühe Hilfen coordinated in the network.
type Angebot struct {
	// Name is the offer's name (required).
	Name string `json:"name"`
	// Anbieter is the providing actor (an [Akteur.ID]).
	Anbieter string `json:"anbieter,omitempty"`
	// Zielgruppen are the target groups as free text, e.g. "Schwangere".
	Zielgruppen []string `json:"zielgruppen,omitempty"`
	// Foerderbereich is the funding area of the Bundesstiftung Frühe Hilfen;
	// 0 = not assigned.
	Foerderbereich Foerderbereich `json:"foerderbereich,omitzero"`
	// Niedrigschwellig reports a low-threshold offer (easy to reach, no
	// conditions); Aufsuchend an outreach offer (at the family's home).
	Niedrigschwellig bool `json:"niedrigschwellig,omitempty"`
	Aufsuchend       bool `json:"aufsuchend,omitempty"`
	// Hinweis is a free note, e.g. that the entry is illustrative.
	Hinweis string `json:"hinweis,omitempty"`
}

// RegionalnetzwerkEintrag is a named regional network (Regionalnetzwerk)
// with its region and actors. The number of regional networks may also be
// recorded without names as a [Gremium] of kind [Regionalnetzwerk].
type RegionalnetzwerkEintrag struct {
	// ID identifies the regional network (kennung); meetings refer to it.
	ID string `json:"id"`
	// Name is its name, Region the area it covers.
	Name   string `json:"name"`
	Region string `json:"region,omitempty"`
	// Akteure are the IDs of its member actors.
	Akteure []string `json:"akteure,omitempty"`
}

// KenntSektor reports whether s is a default sector or declared in
// n.Sektoren.
func (n *Netzwerk) KenntSektor(s Sektor) bool {
	if s.Standard() {
		return true
	}
	for _, d := range n.Sektoren {
		if d.ID == s {
			return true
		}
	}
	return false
}

// SektorName returns the name of a sector in the language tag: the default
// name, the declared name (NameEn in English when given), or the ID.
func (n *Netzwerk) SektorName(s Sektor, tag language.Tag) string {
	if s.Standard() {
		return s.Name(tag)
	}
	for _, d := range n.Sektoren {
		if d.ID == s {
			if d.NameEn != "" && englisch(tag) {
				return d.NameEn
			}
			if d.Name != "" {
				return d.Name
			}
		}
	}
	return string(s)
}

// Akteur returns the actor with the ID.
func (n *Netzwerk) Akteur(id string) (Akteur, bool) {
	for _, a := range n.Akteure {
		if a.ID == id {
			return a, true
		}
	}
	return Akteur{}, false
}
