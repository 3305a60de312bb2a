package netzwerk

import (
	"maps"
	"slices"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"golang.org/x/text/language"
)

// Fakten are the facts (Fakten) about a network that the scoring engine's
// rules refer to by name: numbers (booleans as 1 and 0) and lists of IDs for
// the "contains" operator. The names are stable; [FaktNamen] lists and
// documents every one. A fact that cannot be known from the data is absent
// from the maps, never 0.
type Fakten struct {
	Zahlen map[string]float64  // numeric facts by name
	Listen map[string][]string // list facts by name (IDs or names)
}

// Werte returns a copy of the numeric facts.
func (f Fakten) Werte() map[string]float64 { return maps.Clone(f.Zahlen) }

// Zahl returns the numeric fact name and whether it is known.
func (f Fakten) Zahl(name string) (float64, bool) {
	v, ok := f.Zahlen[name]
	return v, ok
}

// Liste returns the list fact name and whether it is known. A known list
// may be empty (for example no missing sector).
func (f Fakten) Liste(name string) ([]string, bool) {
	v, ok := f.Listen[name]
	return slices.Clone(v), ok
}

// FaktInfo documents one fact: its stable name, whether it is a list, and
// what it means (in English and German), including when it is absent.
type FaktInfo struct {
	Name           string // stable name, e.g. "netzwerk.sektoren.anzahl"
	Liste          bool   // a list fact (in Fakten.Listen), else a number
	Beschreibung   string // English
	BeschreibungDe string // German
}

// The stable fact names. The meaning of each is in [FaktNamen] and in the
// table of the package documentation.
const (
	FaktAkteureAnzahl            = "netzwerk.akteure.anzahl"
	FaktSektorenAnzahl           = "netzwerk.sektoren.anzahl"
	FaktSektorenAnteil           = "netzwerk.sektoren.anteil"
	FaktSektorenFehlendAnzahl    = "netzwerk.sektoren.fehlend.anzahl"
	FaktSektorenAbgedeckt        = "netzwerk.sektoren.abgedeckt"
	FaktSektorenFehlend          = "netzwerk.sektoren.fehlend"
	FaktSektorenVorhanden        = "netzwerk.sektoren.vorhanden"
	FaktGesundheitVorhanden      = "netzwerk.gesundheit.vorhanden"
	FaktGesundheitAkteure        = "netzwerk.gesundheit.akteure"
	FaktGesundheitKooperationen  = "netzwerk.gesundheit.kooperationen"
	FaktKooperationenAnzahl      = "netzwerk.kooperationen.anzahl"
	FaktKoordinationVorhanden    = "netzwerk.koordination.vorhanden"
	FaktKoordinationVZAE         = "netzwerk.koordination.vollzeitaequivalente"
	FaktLenkungsgruppeVorhanden  = "netzwerk.lenkungsgruppe.vorhanden"
	FaktSteuerungsgruppenAnzahl  = "netzwerk.steuerungsgruppen.anzahl"
	FaktRegionalnetzwerkeAnzahl  = "netzwerk.regionalnetzwerke.anzahl"
	FaktArbeitsebeneVorhanden    = "netzwerk.arbeitsebene.vorhanden"
	FaktArchitekturVollstaendig  = "netzwerk.architektur.vollstaendig"
	FaktArchitekturFehlend       = "netzwerk.architektur.fehlend"
	FaktAlterJahre               = "netzwerk.alter.jahre"
	FaktTreffenAnzahl            = "netzwerk.treffen.anzahl"
	FaktTreffenTeilnahmeQuote    = "netzwerk.treffen.teilnahme.quote"
	FaktTreffenUnterSchwelleAnz  = "netzwerk.treffen.unterSchwelle.anzahl"
	FaktTreffenUnterSchwelle     = "netzwerk.treffen.unterSchwelle"
	FaktTreffenGesundheitAnteil  = "netzwerk.treffen.gesundheit.anteil"
	FaktAngeboteAnzahl           = "netzwerk.angebote.anzahl"
	FaktAngeboteNiedrigschwellig = "netzwerk.angebote.niedrigschwellig.anteil"
	FaktAngeboteAufsuchend       = "netzwerk.angebote.aufsuchend.anteil"
	FaktAngeboteFoerderbereich1  = "netzwerk.angebote.foerderbereich1.anzahl"
	FaktAngeboteFoerderbereich2  = "netzwerk.angebote.foerderbereich2.anzahl"
	FaktAngeboteFoerderbereich3  = "netzwerk.angebote.foerderbereich3.anzahl"
	FaktAngeboteZielgruppen      = "netzwerk.angebote.zielgruppen"
)

// Absence rules shared by several facts, quoted in their descriptions.
const (
	ohneSektordaten = " Absent when the network records no actors and no cooperations."
	ohneStruktur    = " Absent when the network records no structure at all (no coordination, no bodies, no regional networks)."
	ohneTreffen     = " Absent when no meeting in the period has recorded attendance."
	ohneAngebote    = " Absent when no offers are recorded."

	ohneSektordatenDe = " Fehlt, wenn das Netzwerk weder Akteure noch Kooperationen erfasst."
	ohneStrukturDe    = " Fehlt, wenn das Netzwerk keinerlei Struktur erfasst (keine Koordination, keine Gremien, keine Regionalnetzwerke)."
	ohneTreffenDe     = " Fehlt, wenn kein Treffen im Zeitraum eine erfasste Teilnahme hat."
	ohneAngeboteDe    = " Fehlt, wenn keine Angebote erfasst sind."
)

var faktNamen = []FaktInfo{
	{FaktAkteureAnzahl, false, "Number of actors. Absent when no actors are recorded.",
		"Zahl der Akteure. Fehlt, wenn keine Akteure erfasst sind."},
	{FaktSektorenAnzahl, false, "Number of reference sectors covered (see SektorAbdeckung)." + ohneSektordaten,
		"Zahl der abgedeckten Referenzsektoren (siehe SektorAbdeckung)." + ohneSektordatenDe},
	{FaktSektorenAnteil, false, "Covered share of the reference sectors, 0 to 1." + ohneSektordaten,
		"Abgedeckter Anteil der Referenzsektoren, 0 bis 1." + ohneSektordatenDe},
	{FaktSektorenFehlendAnzahl, false, "Number of reference sectors not covered." + ohneSektordaten,
		"Zahl der nicht abgedeckten Referenzsektoren." + ohneSektordatenDe},
	{FaktSektorenAbgedeckt, true, "IDs of the covered reference sectors." + ohneSektordaten,
		"Kennungen der abgedeckten Referenzsektoren." + ohneSektordatenDe},
	{FaktSektorenFehlend, true, "IDs of the reference sectors not covered (may be empty)." + ohneSektordaten,
		"Kennungen der nicht abgedeckten Referenzsektoren (kann leer sein)." + ohneSektordatenDe},
	{FaktSektorenVorhanden, true, "IDs of every sector the network covers, within the reference list or not." + ohneSektordaten,
		"Kennungen aller Sektoren, die das Netzwerk abdeckt, ob in der Referenzliste oder nicht." + ohneSektordatenDe},
	{FaktGesundheitVorhanden, false, "1 when the health sector is covered, else 0." + ohneSektordaten,
		"1, wenn das Gesundheitswesen abgedeckt ist, sonst 0." + ohneSektordatenDe},
	{FaktGesundheitAkteure, false, "Number of health-sector actors. Absent when no actors are recorded.",
		"Zahl der Akteure aus dem Gesundheitswesen. Fehlt, wenn keine Akteure erfasst sind."},
	{FaktGesundheitKooperationen, false, "Sum of the health sector's cooperation counts; 0 when cooperations are recorded but none for health. Absent when no cooperations are recorded or the health entries carry no count.",
		"Summe der Kooperationen mit dem Gesundheitswesen; 0, wenn Kooperationen erfasst sind, aber keine mit dem Gesundheitswesen. Fehlt, wenn keine Kooperationen erfasst sind oder die Einträge zum Gesundheitswesen keine Anzahl tragen."},
	{FaktKooperationenAnzahl, false, "Sum of all cooperation counts (a lower bound when some entries carry no count). Absent when no entry has a count.",
		"Summe aller Kooperationsanzahlen (eine Untergrenze, wenn Einträge ohne Anzahl dabei sind). Fehlt, wenn kein Eintrag eine Anzahl hat."},
	{FaktKoordinationVorhanden, false, "1 when a coordination office is recorded, else 0." + ohneStruktur,
		"1, wenn eine Koordinierungsstelle erfasst ist, sonst 0." + ohneStrukturDe},
	{FaktKoordinationVZAE, false, "Full-time equivalents of the coordination office. Absent when not stated.",
		"Vollzeitäquivalente der Koordinierungsstelle. Fehlt, wenn nicht angegeben."},
	{FaktLenkungsgruppeVorhanden, false, "1 when a steering body (Lenkungsgruppe) is recorded, else 0." + ohneStruktur,
		"1, wenn ein Steuerungsgremium (Lenkungsgruppe) erfasst ist, sonst 0." + ohneStrukturDe},
	{FaktSteuerungsgruppenAnzahl, false, "Number of steering groups (Steuerungsgruppen)." + ohneStruktur,
		"Zahl der Steuerungsgruppen." + ohneStrukturDe},
	{FaktRegionalnetzwerkeAnzahl, false, "Number of regional networks (the larger of the count recorded as bodies and the named regional networks)." + ohneStruktur,
		"Zahl der Regionalnetzwerke (die größere aus der Anzahl bei den Gremien und den benannten Regionalnetzwerken)." + ohneStrukturDe},
	{FaktArbeitsebeneVorhanden, false, "1 when a working level is recorded (steering groups, regional networks, working groups, quality circles), else 0." + ohneStruktur,
		"1, wenn eine Arbeitsebene erfasst ist (Steuerungsgruppen, Regionalnetzwerke, Arbeitsgruppen, Qualitätszirkel), sonst 0." + ohneStrukturDe},
	{FaktArchitekturVollstaendig, false, "1 when coordination, steering body and working level are all present, else 0." + ohneStruktur,
		"1, wenn Koordination, Steuerungsgremium und Arbeitsebene vorhanden sind, sonst 0." + ohneStrukturDe},
	{FaktArchitekturFehlend, true, "IDs of the missing architecture levels (koordination, steuerung, arbeitsebene), top down; may be empty." + ohneStruktur,
		"Kennungen der fehlenden Ebenen (koordination, steuerung, arbeitsebene), von oben nach unten; kann leer sein." + ohneStrukturDe},
	{FaktAlterJahre, false, "Reference year minus founding year. Absent without a founding year, without a reference year, or when the reference year is before the founding year.",
		"Referenzjahr minus Gründungsjahr. Fehlt ohne Gründungsjahr, ohne Referenzjahr oder wenn das Referenzjahr vor dem Gründungsjahr liegt."},
	{FaktTreffenAnzahl, false, "Number of meetings in the period (with or without recorded attendance). Absent when no meetings are recorded at all.",
		"Zahl der Treffen im Zeitraum (mit oder ohne erfasste Teilnahme). Fehlt, wenn überhaupt keine Treffen erfasst sind."},
	{FaktTreffenTeilnahmeQuote, false, "Mean attendance share of the actors expected at meetings in the period (see Teilnahme)." + ohneTreffen,
		"Mittlere Teilnahmequote der Akteure, die im Zeitraum zu Treffen erwartet wurden (siehe Teilnahme)." + ohneTreffenDe},
	{FaktTreffenUnterSchwelleAnz, false, "Number of actors whose attendance share is below the threshold." + ohneTreffen,
		"Zahl der Akteure, deren Teilnahmequote unter der Schwelle liegt." + ohneTreffenDe},
	{FaktTreffenUnterSchwelle, true, "IDs of the actors whose attendance share is below the threshold, sorted by organisation; may be empty." + ohneTreffen,
		"Kennungen der Akteure, deren Teilnahmequote unter der Schwelle liegt, nach Organisation sortiert; kann leer sein." + ohneTreffenDe},
	{FaktTreffenGesundheitAnteil, false, "Share of the meetings in the period that a health-sector actor attended." + ohneTreffen,
		"Anteil der Treffen im Zeitraum, an denen ein Akteur des Gesundheitswesens teilnahm." + ohneTreffenDe},
	{FaktAngeboteAnzahl, false, "Number of offers." + ohneAngebote, "Zahl der Angebote." + ohneAngeboteDe},
	{FaktAngeboteNiedrigschwellig, false, "Share of low-threshold offers, 0 to 1." + ohneAngebote,
		"Anteil niedrigschwelliger Angebote, 0 bis 1." + ohneAngeboteDe},
	{FaktAngeboteAufsuchend, false, "Share of outreach offers, 0 to 1." + ohneAngebote,
		"Anteil aufsuchender Angebote, 0 bis 1." + ohneAngeboteDe},
	{FaktAngeboteFoerderbereich1, false, "Number of offers in funding area I." + ohneAngebote,
		"Zahl der Angebote im Förderbereich I." + ohneAngeboteDe},
	{FaktAngeboteFoerderbereich2, false, "Number of offers in funding area II." + ohneAngebote,
		"Zahl der Angebote im Förderbereich II." + ohneAngeboteDe},
	{FaktAngeboteFoerderbereich3, false, "Number of offers in funding area III." + ohneAngebote,
		"Zahl der Angebote im Förderbereich III." + ohneAngeboteDe},
	{FaktAngeboteZielgruppen, true, "The target groups named by the offers, sorted; may be empty." + ohneAngebote,
		"Die Zielgruppen der Angebote, sortiert; kann leer sein." + ohneAngeboteDe},
}

// FaktNamen returns the documentation of every fact name, in a fixed order.
// Names are never renamed or reused; a retired name keeps its entry.
func FaktNamen() []FaktInfo { return slices.Clone(faktNamen) }

// StandardSchwelle is the attendance threshold [FaktenVon] uses when
// [FaktenOptionen.Schwelle] is 0: half of the expected meetings.
const StandardSchwelle = 0.5

// FaktenOptionen configures [FaktenVon]. The zero value means the defaults.
type FaktenOptionen struct {
	// Referenz is the reference list of sectors; nil means
	// [Referenzsektoren].
	Referenz []Sektor
	// Referenzjahr is the year the network's age is taken at; 0 leaves
	// "netzwerk.alter.jahre" absent. Pass it in (e.g. the year of the
	// assessment): the library never reads the clock.
	Referenzjahr int
	// Zeitraum is the period for the meeting facts; the zero value is all
	// time.
	Zeitraum Zeitraum
	// Schwelle is the attendance threshold (a share); 0 means
	// [StandardSchwelle].
	Schwelle float64
}

// FaktenVon computes the facts of the network; see [FaktNamen] for every
// name and when it is absent. A nil network has no facts.
func FaktenVon(n *Netzwerk, opt FaktenOptionen) Fakten {
	f := faktenSammler{Fakten{Zahlen: map[string]float64{}, Listen: map[string][]string{}}}
	if n == nil {
		return f.Fakten
	}
	if len(n.Akteure) > 0 {
		f.ganz(FaktAkteureAnzahl, len(n.Akteure))
	}
	g := Gesundheit(n, opt.Zeitraum)
	f.sektoren(n, opt.Referenz, g)
	f.kooperationen(n, g)
	f.architektur(n)
	if j := n.Gruendungsjahr; j != 0 && opt.Referenzjahr != 0 && opt.Referenzjahr >= j {
		f.ganz(FaktAlterJahre, opt.Referenzjahr-j)
	}
	f.treffen(n, opt, g)
	f.angebote(n)
	return f.Fakten
}

// faktenSammler collects facts; a value that is absent is left out.
type faktenSammler struct{ Fakten }

func (f faktenSammler) zahl(name string, w qualitaet.Wert) {
	if v, ok := w.Zahl(); ok {
		f.Zahlen[name] = v
	}
}

func (f faktenSammler) ganz(name string, v int) { f.Zahlen[name] = float64(v) }

func (f faktenSammler) bool01(name string, b bool) {
	f.Zahlen[name] = 0
	if b {
		f.Zahlen[name] = 1
	}
}

func (f faktenSammler) liste(name string, xs []string) { f.Listen[name] = append([]string{}, xs...) }

func sektorIDs(ss []Sektor) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = string(s)
	}
	return out
}

// sektoren: sector coverage and the health sector's presence.
func (f faktenSammler) sektoren(n *Netzwerk, referenz []Sektor, g Gesundheitsbefund) {
	ab := SektorAbdeckung(n, referenz)
	if ab.Daten {
		f.ganz(FaktSektorenAnzahl, len(ab.Abgedeckt))
		f.zahl(FaktSektorenAnteil, ab.Anteil)
		f.ganz(FaktSektorenFehlendAnzahl, len(ab.Fehlend))
		f.liste(FaktSektorenAbgedeckt, sektorIDs(ab.Abgedeckt))
		f.liste(FaktSektorenFehlend, sektorIDs(ab.Fehlend))
		vorhanden := append(slices.Clone(ab.Abgedeckt), ab.Weitere...)
		sortiereNach(vorhanden, func(s Sektor) string { return n.SektorName(s, language.German) }, func(s Sektor) string { return string(s) })
		f.liste(FaktSektorenVorhanden, sektorIDs(vorhanden))
		f.bool01(FaktGesundheitVorhanden, g.Vorhanden)
	}
	if len(n.Akteure) > 0 {
		f.ganz(FaktGesundheitAkteure, len(g.Akteure))
	}
}

// kooperationen: counted cooperations, overall and of the health sector.
func (f faktenSammler) kooperationen(n *Netzwerk, g Gesundheitsbefund) {
	if len(n.Kooperationen) == 0 {
		return
	}
	gesundheitEintraege := 0
	var alle []qualitaet.Wert
	for _, k := range n.Kooperationen {
		alle = append(alle, k.Zahl())
		if k.Sektor == Gesundheitswesen {
			gesundheitEintraege++
		}
	}
	if gesundheitEintraege == 0 {
		f.ganz(FaktGesundheitKooperationen, 0)
	} else {
		f.zahl(FaktGesundheitKooperationen, g.Kooperationen)
	}
	f.zahl(FaktKooperationenAnzahl, summe(alle))
}

// architektur: the levels of the network's architecture and the
// coordination's staff.
func (f faktenSammler) architektur(n *Netzwerk) {
	if n.Koordination != nil || len(n.Gremien) > 0 || len(n.Regionalnetzwerke) > 0 {
		a := Architektur(n)
		f.bool01(FaktKoordinationVorhanden, a.Koordination)
		f.bool01(FaktLenkungsgruppeVorhanden, a.Steuerung)
		f.ganz(FaktSteuerungsgruppenAnzahl, a.Steuerungsgruppen)
		f.ganz(FaktRegionalnetzwerkeAnzahl, a.Regionalnetzwerke)
		f.bool01(FaktArbeitsebeneVorhanden, a.Arbeitsebene)
		f.bool01(FaktArchitekturVollstaendig, a.Vollstaendig())
		var fehlend []string
		for _, e := range a.Fehlend {
			fehlend = append(fehlend, string(e))
		}
		f.liste(FaktArchitekturFehlend, fehlend)
	}
	if n.Koordination != nil {
		f.zahl(FaktKoordinationVZAE, n.Koordination.Vollzeitaequivalente)
	}
}

// treffen: meetings in the period and attendance.
func (f faktenSammler) treffen(n *Netzwerk, opt FaktenOptionen, g Gesundheitsbefund) {
	if len(n.Treffen) > 0 {
		im := 0
		for _, t := range n.Treffen {
			if opt.Zeitraum.Enthaelt(t.Datum) {
				im++
			}
		}
		f.ganz(FaktTreffenAnzahl, im)
	}
	schwelle := opt.Schwelle
	if schwelle == 0 {
		schwelle = StandardSchwelle
	}
	tb := Teilnahme(n, opt.Zeitraum, schwelle)
	if tb.Treffen == 0 {
		return
	}
	var quoten []qualitaet.Wert
	for _, r := range tb.Akteure {
		if r.Quote.Gesetzt() {
			quoten = append(quoten, r.Quote)
		}
	}
	if s, ok := summe(quoten).Zahl(); ok {
		f.Zahlen[FaktTreffenTeilnahmeQuote] = s / float64(len(quoten))
	}
	f.ganz(FaktTreffenUnterSchwelleAnz, len(tb.UnterSchwelle))
	var unter []string
	for _, r := range tb.UnterSchwelle {
		unter = append(unter, r.Akteur.ID)
	}
	f.liste(FaktTreffenUnterSchwelle, unter)
	f.zahl(FaktTreffenGesundheitAnteil, g.Anteil)
}

// angebote: the offers by kind, funding area and target group.
func (f faktenSammler) angebote(n *Netzwerk) {
	if len(n.Angebote) == 0 {
		return
	}
	ub := Angebotsuebersicht(n)
	f.ganz(FaktAngeboteAnzahl, ub.Anzahl)
	f.zahl(FaktAngeboteNiedrigschwellig, anteil(ub.Niedrigschwellig, ub.Anzahl))
	f.zahl(FaktAngeboteAufsuchend, anteil(ub.Aufsuchend, ub.Anzahl))
	for _, fb := range ub.NachFoerderbereich {
		switch fb.Foerderbereich {
		case FoerderbereichI:
			f.ganz(FaktAngeboteFoerderbereich1, len(fb.Angebote))
		case FoerderbereichII:
			f.ganz(FaktAngeboteFoerderbereich2, len(fb.Angebote))
		case FoerderbereichIII:
			f.ganz(FaktAngeboteFoerderbereich3, len(fb.Angebote))
		}
	}
	var gruppen []string
	for _, z := range ub.NachZielgruppe {
		gruppen = append(gruppen, z.Zielgruppe)
	}
	f.liste(FaktAngeboteZielgruppen, gruppen)
}
