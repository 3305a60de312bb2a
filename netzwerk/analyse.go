package netzwerk

import (
	"slices"
	"strings"

	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
)

// The analyses are plain functions of a network (and a reference list,
// period or threshold where they need one). They never fail: a network with
// no data gives a result that says so (absent figures, empty lists), and
// they tolerate networks that [Pruefe] would refuse (dangling references are
// skipped). Lists of names are in German collation order.

// summe adds the figures of the entries: absent entries add nothing, and
// the sum is absent when no entry has a figure.
func summe(ws []qualitaet.Wert) qualitaet.Wert {
	var s float64
	gesetzt := false
	for _, w := range ws {
		if v, ok := w.Zahl(); ok {
			s += v
			gesetzt = true
		}
	}
	if !gesetzt {
		return qualitaet.Wert{}
	}
	return qualitaet.WertVon(s)
}

// anteil returns a/b, absent when b is 0.
func anteil(a, b int) qualitaet.Wert {
	if b == 0 {
		return qualitaet.Wert{}
	}
	return qualitaet.WertVon(float64(a) / float64(b))
}

// SektorZeile is one row of a sector coverage: a reference sector, its
// German name, how many actors and cooperations the network records for it,
// and whether it is covered.
type SektorZeile struct {
	Sektor Sektor // the reference sector
	Name   string // its German name
	// Akteure is the number of actors of the sector.
	Akteure int
	// Kooperationen is the sum of the sector's cooperation counts (see
	// [Kooperation.Zahl]); absent when none of its entries has a count.
	Kooperationen qualitaet.Wert
	// Eintraege is the number of cooperation entries for the sector.
	Eintraege int
	// Abgedeckt reports whether the sector is covered (see
	// [SektorAbdeckung]).
	Abgedeckt bool
}

// Abdeckungsbericht is the sector coverage (Sektorenabdeckung) of a
// network against a reference list, see [SektorAbdeckung].
type Abdeckungsbericht struct {
	// Zeilen has one row per reference sector, in the order of the
	// reference list.
	Zeilen []SektorZeile
	// Abgedeckt and Fehlend are the covered and the missing reference
	// sectors, each sorted by German name.
	Abgedeckt, Fehlend []Sektor
	// FehlendNamen are the German names of the missing sectors, sorted.
	FehlendNamen []string
	// Weitere are the sectors the network covers beyond the reference list
	// (such as "sonstige" or its own), sorted by German name.
	Weitere []Sektor
	// Anteil is the covered share of the reference list (0…1); absent when
	// the list is empty or the network records no actors and no
	// cooperations ([Abdeckungsbericht.Daten] false).
	Anteil qualitaet.Wert
	// Daten reports whether the network records any actor or cooperation,
	// the data the coverage is computed from.
	Daten bool
}

// SektorAbdeckung computes which sectors of the reference list the network
// covers. A sector is covered when at least one actor belongs to it or a
// cooperation entry of the sector has a count above 0 or no count at all (an
// entry such as "Sonstige: Kommunen, …" names partners without counting
// them; an explicit count of 0 covers nothing). A nil or empty referenz
// means [Referenzsektoren] (the defaults without "sonstige"); duplicates in
// it count once.
func SektorAbdeckung(n *Netzwerk, referenz []Sektor) Abdeckungsbericht {
	if n == nil {
		n = &Netzwerk{}
	}
	if len(referenz) == 0 {
		referenz = Referenzsektoren()
	}
	akteure := map[Sektor]int{}
	for _, a := range n.Akteure {
		akteure[a.Sektor]++
	}
	zahlen := map[Sektor][]qualitaet.Wert{}
	abgedeckt := map[Sektor]bool{}
	for s, k := range akteure {
		abgedeckt[s] = k > 0
	}
	for _, k := range n.Kooperationen {
		z := k.Zahl()
		zahlen[k.Sektor] = append(zahlen[k.Sektor], z)
		if v, ok := z.Zahl(); !ok || v > 0 {
			abgedeckt[k.Sektor] = true
		}
	}
	b := Abdeckungsbericht{Daten: len(n.Akteure) > 0 || len(n.Kooperationen) > 0}
	inReferenz := map[Sektor]bool{}
	for _, s := range referenz {
		if inReferenz[s] {
			continue
		}
		inReferenz[s] = true
		z := SektorZeile{Sektor: s, Name: n.SektorName(s, language.German), Akteure: akteure[s],
			Kooperationen: summe(zahlen[s]), Eintraege: len(zahlen[s]), Abgedeckt: abgedeckt[s]}
		b.Zeilen = append(b.Zeilen, z)
		if z.Abgedeckt {
			b.Abgedeckt = append(b.Abgedeckt, s)
		} else {
			b.Fehlend = append(b.Fehlend, s)
		}
	}
	for s, ok := range abgedeckt {
		if ok && !inReferenz[s] {
			b.Weitere = append(b.Weitere, s)
		}
	}
	name := func(s Sektor) string { return n.SektorName(s, language.German) }
	id := func(s Sektor) string { return string(s) }
	sortiereNach(b.Abgedeckt, name, id)
	sortiereNach(b.Fehlend, name, id)
	sortiereNach(b.Weitere, name, id)
	for _, s := range b.Fehlend {
		b.FehlendNamen = append(b.FehlendNamen, name(s))
	}
	if b.Daten {
		b.Anteil = anteil(len(b.Abgedeckt), len(b.Zeilen))
	}
	return b
}

// Gesundheitsbefund is the involvement of the health sector
// (Gesundheitswesen) in a network, see [Gesundheit]. Involving the health
// sector is the classic gap of Netzwerke Frühe Hilfen (Oder-Spree names it
// both as a goal and as a challenge).
type Gesundheitsbefund struct {
	// Vorhanden reports whether the network records a health actor or a
	// health cooperation entry that covers the sector (see
	// [SektorAbdeckung]).
	Vorhanden bool
	// Akteure are the health actors, sorted by organisation.
	Akteure []Akteur
	// Einrichtungsarten are the distinct kinds of health institutions,
	// sorted.
	Einrichtungsarten []string
	// Kooperationen is the sum of the health cooperation counts; absent
	// when no health entry has a count.
	Kooperationen qualitaet.Wert
	// Treffen is the number of meetings in the period, with recorded
	// attendance, that at least one health actor attended; Erfasst is the
	// number of meetings in the period with recorded attendance.
	Treffen, Erfasst int
	// Anteil is Treffen/Erfasst; absent when no meeting in the period has
	// recorded attendance.
	Anteil qualitaet.Wert
}

// Gesundheit analyses the involvement of the health sector: its actors and
// their kinds, its cooperations, and in how many meetings of the period z
// (the zero Zeitraum is all time) health actors took part.
func Gesundheit(n *Netzwerk, z Zeitraum) Gesundheitsbefund {
	if n == nil {
		n = &Netzwerk{}
	}
	var g Gesundheitsbefund
	ids := map[string]bool{}
	arten := map[string]bool{}
	for _, a := range n.Akteure {
		if a.Sektor != Gesundheitswesen {
			continue
		}
		g.Akteure = append(g.Akteure, a)
		ids[a.ID] = true
		if a.Einrichtungsart != "" && !arten[a.Einrichtungsart] {
			arten[a.Einrichtungsart] = true
			g.Einrichtungsarten = append(g.Einrichtungsarten, a.Einrichtungsart)
		}
	}
	sortiereNach(g.Akteure, func(a Akteur) string { return a.Organisation }, func(a Akteur) string { return a.ID })
	sortiereDeutsch(g.Einrichtungsarten)
	var zahlen []qualitaet.Wert
	abdeckend := false
	for _, k := range n.Kooperationen {
		if k.Sektor == Gesundheitswesen {
			zahlen = append(zahlen, k.Zahl())
			if v, ok := k.Zahl().Zahl(); !ok || v > 0 {
				abdeckend = true
			}
		}
	}
	g.Kooperationen = summe(zahlen)
	g.Vorhanden = len(g.Akteure) > 0 || abdeckend
	for _, t := range n.Treffen {
		if t.Teilnehmende == nil || !z.Enthaelt(t.Datum) {
			continue
		}
		g.Erfasst++
		if slices.ContainsFunc(t.Teilnehmende, func(id string) bool { return ids[id] }) {
			g.Treffen++
		}
	}
	g.Anteil = anteil(g.Treffen, g.Erfasst)
	return g
}

// AkteurTeilnahme is one actor's attendance in a period.
type AkteurTeilnahme struct {
	Akteur Akteur // the actor the row is about
	// Erwartet is the number of meetings in the period, with recorded
	// attendance, at which the actor was expected: every meeting not tied
	// to a regional network, the meetings of the regional networks the
	// actor belongs to, and any meeting the actor attended.
	Erwartet int
	// Teilgenommen is the number of those meetings the actor attended.
	Teilgenommen int
	// Quote is Teilgenommen/Erwartet (0…1); absent when Erwartet is 0.
	Quote qualitaet.Wert
}

// SektorTeilnahme is a sector's attendance in a period.
type SektorTeilnahme struct {
	Sektor Sektor // the sector the row is about
	Name   string // its German name
	// Akteure is the number of the sector's actors.
	Akteure int
	// Teilnahmen is the sum of its actors' attendances.
	Teilnahmen int
	// Treffen is the number of meetings at least one of its actors
	// attended.
	Treffen int
	// Quote is Treffen divided by the meetings of the period with recorded
	// attendance; absent when there are none.
	Quote qualitaet.Wert
}

// Teilnahmebericht is the meeting attendance (Teilnahme an Treffen) of a
// network over a period, see [Teilnahme].
type Teilnahmebericht struct {
	Zeitraum Zeitraum // the period analysed
	Schwelle float64  // the threshold applied
	// Treffen is the number of meetings in the period with recorded
	// attendance; OhneErfassung the number of meetings in the period whose
	// attendance was not recorded (left out of every figure).
	Treffen, OhneErfassung int
	// Akteure has a row for every actor, sorted by organisation.
	Akteure []AkteurTeilnahme
	// Sektoren has a row for every sector with actors, sorted by German
	// name.
	Sektoren []SektorTeilnahme
	// UnterSchwelle are the rows of Akteure whose Quote is below Schwelle,
	// sorted by organisation. Actors with no expected meeting are never
	// below the threshold: there is nothing to judge.
	UnterSchwelle []AkteurTeilnahme
}

// Teilnahme computes the attendance per actor and per sector over the
// period z (both ends included; the zero Zeitraum is all time) and lists the
// actors whose attendance share is below schwelle (a share, e.g. 0.5 for
// half the meetings). Only meetings with recorded attendance count; see
// [AkteurTeilnahme.Erwartet] for which meetings an actor is expected at.
func Teilnahme(n *Netzwerk, z Zeitraum, schwelle float64) Teilnahmebericht {
	if n == nil {
		n = &Netzwerk{}
	}
	b := Teilnahmebericht{Zeitraum: z, Schwelle: schwelle}
	zeilen := make([]AkteurTeilnahme, len(n.Akteure))
	index := map[string]int{}
	for i, a := range n.Akteure {
		zeilen[i].Akteur = a
		if _, dup := index[a.ID]; !dup {
			index[a.ID] = i
		}
	}
	sektorTreffen := zaehleTreffen(n, z, zeilen, index, &b)
	proSektor := map[Sektor]*SektorTeilnahme{}
	for i := range zeilen {
		r := &zeilen[i]
		r.Quote = anteil(r.Teilgenommen, r.Erwartet)
		s := r.Akteur.Sektor
		st := proSektor[s]
		if st == nil {
			st = &SektorTeilnahme{Sektor: s, Name: n.SektorName(s, language.German), Treffen: sektorTreffen[s]}
			st.Quote = anteil(st.Treffen, b.Treffen)
			proSektor[s] = st
		}
		st.Akteure++
		st.Teilnahmen += r.Teilgenommen
	}
	organisation := func(a AkteurTeilnahme) string { return a.Akteur.Organisation }
	id := func(a AkteurTeilnahme) string { return a.Akteur.ID }
	sortiereNach(zeilen, organisation, id)
	b.Akteure = zeilen
	for _, r := range zeilen {
		if q, ok := r.Quote.Zahl(); ok && q < schwelle {
			b.UnterSchwelle = append(b.UnterSchwelle, r)
		}
	}
	for _, st := range proSektor {
		b.Sektoren = append(b.Sektoren, *st)
	}
	sortiereNach(b.Sektoren, func(s SektorTeilnahme) string { return s.Name }, func(s SektorTeilnahme) string { return string(s.Sektor) })
	if len(b.Akteure) == 0 {
		b.Akteure = nil
	}
	return b
}

// zaehleTreffen counts, over the meetings of the period with recorded
// attendance, each actor's expected and attended meetings (in zeilen; index
// gives the first row of each ID) and the meetings each sector attended;
// it counts the meetings into b.
func zaehleTreffen(n *Netzwerk, z Zeitraum, zeilen []AkteurTeilnahme, index map[string]int, b *Teilnahmebericht) map[Sektor]int {
	mitglieder := map[string]map[string]bool{}
	for _, r := range n.Regionalnetzwerke {
		m := map[string]bool{}
		for _, id := range r.Akteure {
			m[id] = true
		}
		mitglieder[r.ID] = m
	}
	sektorTreffen := map[Sektor]int{}
	for _, t := range n.Treffen {
		if !z.Enthaelt(t.Datum) {
			continue
		}
		if t.Teilnehmende == nil {
			b.OhneErfassung++
			continue
		}
		b.Treffen++
		da := map[string]bool{}
		for _, id := range t.Teilnehmende {
			da[id] = true
		}
		sektoren := map[Sektor]bool{}
		for i := range zeilen {
			a := zeilen[i].Akteur
			if index[a.ID] != i {
				continue // a duplicate ID, which Pruefe refuses
			}
			anwesend := da[a.ID]
			if anwesend || t.Regionalnetzwerk == "" || mitglieder[t.Regionalnetzwerk][a.ID] {
				zeilen[i].Erwartet++
			}
			if anwesend {
				zeilen[i].Teilgenommen++
				sektoren[a.Sektor] = true
			}
		}
		for s := range sektoren {
			sektorTreffen[s]++
		}
	}
	return sektorTreffen
}

// ArchitekturEbene is a level of the architecture of a Netzwerk Frühe
// Hilfen: the coordination office, the steering body, and the working level
// (steering groups, regional networks, working groups).
type ArchitekturEbene string

// The levels of the architecture, top down.
const (
	EbeneKoordination ArchitekturEbene = "koordination"
	EbeneSteuerung    ArchitekturEbene = "steuerung"
	EbeneArbeit       ArchitekturEbene = "arbeitsebene"
)

// ArchitekturEbenen returns the levels top down.
func ArchitekturEbenen() []ArchitekturEbene {
	return []ArchitekturEbene{EbeneKoordination, EbeneSteuerung, EbeneArbeit}
}

// Valid reports whether e is one of [ArchitekturEbenen].
func (e ArchitekturEbene) Valid() bool { return slices.Contains(ArchitekturEbenen(), e) }

// String returns the level's ID, or ArchitekturEbene("…") for an unknown
// level.
func (e ArchitekturEbene) String() string {
	if e.Valid() {
		return string(e)
	}
	return `ArchitekturEbene("` + strings.ReplaceAll(string(e), `"`, `\"`) + `")`
}

// Name returns the level's name in the language tag, or String() for an
// unknown level.
func (e ArchitekturEbene) Name(tag language.Tag) string {
	if !e.Valid() {
		return e.String()
	}
	return meldungen.Sprintf(tag, "ebene."+string(e))
}

// Architekturbefund is the architecture check of a network, see
// [Architektur].
type Architekturbefund struct {
	// Koordination reports whether a coordination office is recorded.
	Koordination bool
	// Steuerung reports whether a steering body (a [Gremium] of kind
	// [Lenkungsgruppe]) is recorded.
	Steuerung bool
	// Arbeitsebene reports whether a working level is recorded: steering
	// groups, regional networks, working groups or quality circles.
	Arbeitsebene bool
	// Counts of bodies by [Gremium.Zahl]. Regionalnetzwerke is the larger
	// of the count recorded as bodies and the number of named regional
	// networks, which describe the same networks.
	Lenkungsgruppen, Steuerungsgruppen, Regionalnetzwerke, Arbeitsgruppen int
	// Fehlend are the missing levels, top down.
	Fehlend []ArchitekturEbene
}

// Vollstaendig reports whether all three levels are present.
func (a Architekturbefund) Vollstaendig() bool { return len(a.Fehlend) == 0 }

// FehlendNamen returns the names of the missing levels in the language tag,
// top down.
func (a Architekturbefund) FehlendNamen(tag language.Tag) []string {
	var out []string
	for _, e := range a.Fehlend {
		out = append(out, e.Name(tag))
	}
	return out
}

// Architektur checks the architecture a Netzwerk Frühe Hilfen should have
// (QD 3): a coordination office, a steering body that steers together with
// the coordination, and a working level. Arbeitsgruppen counts working
// groups and quality circles.
func Architektur(n *Netzwerk) Architekturbefund {
	if n == nil {
		n = &Netzwerk{}
	}
	var a Architekturbefund
	a.Koordination = n.Koordination != nil && n.Koordination.Traeger != ""
	for _, g := range n.Gremien {
		switch g.Art {
		case Lenkungsgruppe:
			a.Lenkungsgruppen += g.Zahl()
		case Steuerungsgruppe:
			a.Steuerungsgruppen += g.Zahl()
		case Regionalnetzwerk:
			a.Regionalnetzwerke += g.Zahl()
		case Arbeitsgruppe, Qualitaetszirkel:
			a.Arbeitsgruppen += g.Zahl()
		}
	}
	a.Regionalnetzwerke = max(a.Regionalnetzwerke, len(n.Regionalnetzwerke))
	a.Steuerung = a.Lenkungsgruppen > 0
	a.Arbeitsebene = a.Steuerungsgruppen+a.Regionalnetzwerke+a.Arbeitsgruppen > 0
	for _, e := range []struct {
		ok bool
		e  ArchitekturEbene
	}{{a.Koordination, EbeneKoordination}, {a.Steuerung, EbeneSteuerung}, {a.Arbeitsebene, EbeneArbeit}} {
		if !e.ok {
			a.Fehlend = append(a.Fehlend, e.e)
		}
	}
	return a
}

// FoerderbereichAngebote are the offers of one funding area (0 = not
// assigned), their names sorted.
type FoerderbereichAngebote struct {
	Foerderbereich Foerderbereich // I, II, III, or 0 for not assigned
	Angebote       []string       // offer names, sorted
}

// ZielgruppenAngebote are the offers for one target group, their names
// sorted.
type ZielgruppenAngebote struct {
	Zielgruppe string   // the target group as written (NFC, trimmed)
	Angebote   []string // offer names, sorted
}

// Angebotsbericht is the overview of a network's offers, see
// [Angebotsuebersicht].
type Angebotsbericht struct {
	Anzahl int // number of offers
	// NachFoerderbereich has a row for I, II and III (also when empty),
	// then one for offers without a funding area if there are any.
	NachFoerderbereich []FoerderbereichAngebote
	// NachZielgruppe has a row per target group, sorted; an offer with
	// several target groups appears in each.
	NachZielgruppe []ZielgruppenAngebote
	// OhneZielgruppe are the offers that name no target group, sorted.
	OhneZielgruppe []string
	// Niedrigschwellig and Aufsuchend count the low-threshold and the
	// outreach offers.
	Niedrigschwellig, Aufsuchend int
}

// Angebotsuebersicht groups the network's offers by funding area and by
// target group and counts the low-threshold and outreach offers. Target
// groups are grouped by their text (NFC, surrounding space ignored).
func Angebotsuebersicht(n *Netzwerk) Angebotsbericht {
	if n == nil {
		n = &Netzwerk{}
	}
	b := Angebotsbericht{Anzahl: len(n.Angebote)}
	nachBereich := map[Foerderbereich][]string{}
	nachGruppe := map[string][]string{}
	for _, a := range n.Angebote {
		nachBereich[a.Foerderbereich] = append(nachBereich[a.Foerderbereich], a.Name)
		gesehen := map[string]bool{}
		for _, z := range a.Zielgruppen {
			z = strings.TrimSpace(nfc(z))
			if z == "" || gesehen[z] {
				continue
			}
			gesehen[z] = true
			nachGruppe[z] = append(nachGruppe[z], a.Name)
		}
		if len(gesehen) == 0 {
			b.OhneZielgruppe = append(b.OhneZielgruppe, a.Name)
		}
		if a.Niedrigschwellig {
			b.Niedrigschwellig++
		}
		if a.Aufsuchend {
			b.Aufsuchend++
		}
	}
	for _, f := range Foerderbereiche() {
		namen := nachBereich[f]
		sortiereDeutsch(namen)
		b.NachFoerderbereich = append(b.NachFoerderbereich, FoerderbereichAngebote{f, namen})
		delete(nachBereich, f)
	}
	var ohne []string
	for _, namen := range nachBereich { // 0 and values Pruefe refuses
		ohne = append(ohne, namen...)
	}
	if len(ohne) > 0 {
		sortiereDeutsch(ohne)
		b.NachFoerderbereich = append(b.NachFoerderbereich, FoerderbereichAngebote{0, ohne})
	}
	for z, namen := range nachGruppe {
		sortiereDeutsch(namen)
		b.NachZielgruppe = append(b.NachZielgruppe, ZielgruppenAngebote{z, namen})
	}
	sortiereNach(b.NachZielgruppe, func(z ZielgruppenAngebote) string { return z.Zielgruppe },
		func(z ZielgruppenAngebote) string { return z.Zielgruppe })
	sortiereDeutsch(b.OhneZielgruppe)
	return b
}
