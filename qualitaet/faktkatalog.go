package qualitaet

import (
	"slices"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// Faktquelle names who produces a fact (Fakt) of the fact catalogue.
type Faktquelle string

// The producers of facts.
const (
	// FaktquelleKommune: the key figures of a profile (kommune.KennzahlenVon).
	FaktquelleKommune Faktquelle = "kommune"
	// FaktquelleNetzwerk: the facts of a network (netzwerk.FaktenVon).
	FaktquelleNetzwerk Faktquelle = "netzwerk"
	// FaktquelleZiele: the goal facts ([ZielFakten]).
	FaktquelleZiele Faktquelle = "ziele"
)

var faktquellen = []Faktquelle{FaktquelleKommune, FaktquelleNetzwerk, FaktquelleZiele}

// ParseFaktquelle parses the name of a producer.
func ParseFaktquelle(s string) (Faktquelle, error) {
	return parseEnum("Faktquelle", faktquellen, s)
}

// Valid reports whether q is a known producer.
func (q Faktquelle) Valid() bool { return slices.Contains(faktquellen, q) }

// String returns the producer's name, or "Faktquelle(x)".
func (q Faktquelle) String() string { return enumString("Faktquelle", faktquellen, q) }

// MarshalText encodes a known producer.
func (q Faktquelle) MarshalText() ([]byte, error) {
	return enumMarshal("Faktquelle", faktquellen, q)
}

// UnmarshalText accepts exactly the known producers.
func (q *Faktquelle) UnmarshalText(b []byte) error {
	x, err := ParseFaktquelle(string(b))
	if err == nil {
		*q = x
	}
	return err
}

// Faktbeschreibung documents one fact a rule of a Regelwerk may name: its
// stable name, who produces it, whether it is a list (for the operator
// enthaelt) or a number, its unit and its meaning in German and English.
//
// Units: "" for counts and lists, "%" for percentages (0–100), "Anteil"
// for shares from 0 to 1, "ja/nein" for 1 (yes) or 0 (no), "€", "Jahre",
// "VZÄ" for full-time equivalents. Every fact is absent when its inputs are
// absent (never 0); the producing package documents exactly when.
type Faktbeschreibung struct {
	Name        string
	Quelle      Faktquelle
	Liste       bool
	Einheit     string
	Bedeutung   string
	BedeutungEn string
}

// Units of the fact catalogue.
const (
	einheitProzent = "%"
	einheitAnteil  = "Anteil"
	einheitJaNein  = "ja/nein"
	einheitEuro    = "€"
	einheitJahre   = "Jahre"
	einheitVZAE    = "VZÄ"
)

func fk(name string, einheit, de, en string) Faktbeschreibung {
	return Faktbeschreibung{Name: name, Quelle: FaktquelleKommune, Einheit: einheit, Bedeutung: de, BedeutungEn: en}
}

func fn(name string, einheit, de, en string) Faktbeschreibung {
	return Faktbeschreibung{Name: name, Quelle: FaktquelleNetzwerk, Einheit: einheit, Bedeutung: de, BedeutungEn: en}
}

func fnListe(name, de, en string) Faktbeschreibung {
	return Faktbeschreibung{Name: name, Quelle: FaktquelleNetzwerk, Liste: true, Bedeutung: de, BedeutungEn: en}
}

func fz(name string, liste bool, de, en string) Faktbeschreibung {
	return Faktbeschreibung{Name: name, Quelle: FaktquelleZiele, Liste: liste, Bedeutung: de, BedeutungEn: en}
}

// faktkatalog is the fact catalogue: every fact name the producers know.
// Tests in kommune and netzwerk check that it lists exactly the facts they
// produce, of the same kind and unit.
var faktkatalog = []Faktbeschreibung{
	fk("kommune.bevoelkerung", "", "Bevölkerungszahl", "population"),
	fk("kommune.bevoelkerung.entwicklung", einheitProzent, "Bevölkerungsentwicklung im Zeitraum des Steckbriefs", "population change over the Steckbrief's period"),
	fk("kommune.migration.anteil", einheitProzent, "Anteil der Bevölkerung mit Migrationshintergrund", "share of the population with migration background"),
	fk("kommune.kinderU3", "", "Kinder von 0 bis 3 Jahren", "children aged 0 to 3"),
	fk("kommune.kinderU3.anteilBevoelkerung", einheitProzent, "Anteil der Kinder unter 3 an der Bevölkerung", "children under 3 as a share of the population"),
	fk("kommune.armut.kinderU3", "", "Kinder unter 3 in Familien in Armutslagen", "children under 3 in families in poverty"),
	fk("kommune.armut.anteilU3", einheitProzent, "Anteil der Kinder unter 3 in Armutslagen", "share of children under 3 in poverty"),
	fk("kommune.alleinerziehend.haushalteU3", "", "Alleinerziehenden-Haushalte mit Kind unter 3", "single-parent households with a child under 3"),
	fk("kommune.alleinerziehend.anteilU3", einheitProzent, "Alleinerziehenden-Haushalte im Verhältnis zu den Kindern unter 3", "single-parent households relative to the children under 3"),
	fk("kommune.budget.gesamt", einheitEuro, "Kommunales Budget für Frühe Hilfen", "municipal budget for Frühe Hilfen"),
	fk("kommune.budget.proKindU3", einheitEuro, "Budget je Kind unter 3", "budget per child under 3"),
	fk("kommune.budget.proKindU3Armut", einheitEuro, "Budget je Kind unter 3 in Armutslagen", "budget per child under 3 in poverty"),
	fk("kommune.budget.pro1000Einwohner", einheitEuro, "Budget je 1.000 Einwohner", "budget per 1,000 inhabitants"),
	fk("kommune.budget.anteilBundesstiftung", einheitProzent, "Höchstanteil des Budgets aus Mitteln der Bundesstiftung Frühe Hilfen", "upper bound of the budget's share from the Bundesstiftung Frühe Hilfen"),
	fk("kommune.netzwerk.alterJahre", einheitJahre, "Alter des Netzwerks laut Steckbrief", "age of the network according to the Steckbrief"),
	fk("kommune.netzwerk.erstesDokumentAlterJahre", einheitJahre, "Jahre seit dem ersten Dokument des Netzwerks (welcher Art es ist, sagt der Fakt nicht)", "years since the network's first document (the fact does not say what kind of document)"),
	fk("kommune.netzwerk.kooperationen", "", "Kooperationen laut Steckbrief", "cooperations according to the Steckbrief"),
	fk("kommune.netzwerk.kooperationenPro1000KinderU3", "", "Kooperationen je 1.000 Kinder unter 3", "cooperations per 1,000 children under 3"),
	fk("kommune.netzwerk.sektorenMitKooperation", "", "Sektoren mit mindestens einem Kooperationseintrag", "sectors with at least one cooperation entry"),
	fk("kommune.netzwerk.gremien", "", "Gremien des Netzwerks ohne Regionalnetzwerke", "bodies of the network, regional networks not included"),
	fk("kommune.netzwerk.regionalnetzwerke", "", "Regionalnetzwerke laut Steckbrief", "regional networks according to the Steckbrief"),

	fn("netzwerk.akteure.anzahl", "", "Zahl der erfassten Akteure", "number of recorded actors"),
	fn("netzwerk.sektoren.anzahl", "", "Zahl der abgedeckten Referenzsektoren", "number of reference sectors covered"),
	fn("netzwerk.sektoren.anteil", einheitAnteil, "Abgedeckter Anteil der Referenzsektoren", "covered share of the reference sectors"),
	fn("netzwerk.sektoren.fehlend.anzahl", "", "Zahl der nicht abgedeckten Referenzsektoren", "number of reference sectors not covered"),
	fnListe("netzwerk.sektoren.abgedeckt", "Kennungen der abgedeckten Referenzsektoren", "IDs of the covered reference sectors"),
	fnListe("netzwerk.sektoren.fehlend", "Kennungen der nicht abgedeckten Referenzsektoren", "IDs of the reference sectors not covered"),
	fnListe("netzwerk.sektoren.vorhanden", "Kennungen aller Sektoren des Netzwerks", "IDs of every sector of the network"),
	fn("netzwerk.gesundheit.vorhanden", einheitJaNein, "Das Gesundheitswesen ist im Netzwerk vertreten", "the health sector is represented in the network"),
	fn("netzwerk.gesundheit.akteure", "", "Zahl der Akteure aus dem Gesundheitswesen", "number of health-sector actors"),
	fn("netzwerk.gesundheit.kooperationen", "", "Kooperationen mit dem Gesundheitswesen", "cooperations with the health sector"),
	fn("netzwerk.kooperationen.anzahl", "", "Summe der Kooperationen", "sum of the cooperations"),
	fn("netzwerk.koordination.vorhanden", einheitJaNein, "Eine Koordinierungsstelle ist erfasst", "a coordination office is recorded"),
	fn("netzwerk.koordination.vollzeitaequivalente", einheitVZAE, "Stellenumfang der Koordinierungsstelle", "staffing of the coordination office"),
	fn("netzwerk.lenkungsgruppe.vorhanden", einheitJaNein, "Ein Steuerungsgremium (Lenkungsgruppe) ist erfasst", "a steering body (Lenkungsgruppe) is recorded"),
	fn("netzwerk.steuerungsgruppen.anzahl", "", "Zahl der Steuerungsgruppen", "number of steering groups"),
	fn("netzwerk.regionalnetzwerke.anzahl", "", "Zahl der Regionalnetzwerke", "number of regional networks"),
	fn("netzwerk.arbeitsebene.vorhanden", einheitJaNein, "Eine Arbeitsebene ist erfasst", "a working level is recorded"),
	fn("netzwerk.architektur.vollstaendig", einheitJaNein, "Koordination, Steuerungsgremium und Arbeitsebene sind erfasst", "coordination, steering body and working level are recorded"),
	fnListe("netzwerk.architektur.fehlend", "Kennungen der fehlenden Ebenen der Netzwerkarchitektur", "IDs of the missing levels of the network architecture"),
	fn("netzwerk.alter.jahre", einheitJahre, "Alter des Netzwerks im Referenzjahr", "age of the network in the reference year"),
	fn("netzwerk.treffen.anzahl", "", "Zahl der Treffen im Zeitraum", "number of meetings in the period"),
	fn("netzwerk.treffen.teilnahme.quote", einheitAnteil, "Mittlere Teilnahmequote der erwarteten Akteure", "mean attendance share of the expected actors"),
	fn("netzwerk.treffen.unterSchwelle.anzahl", "", "Zahl der Akteure mit Teilnahme unter der Schwelle", "number of actors attending below the threshold"),
	fnListe("netzwerk.treffen.unterSchwelle", "Kennungen der Akteure mit Teilnahme unter der Schwelle", "IDs of the actors attending below the threshold"),
	fn("netzwerk.treffen.gesundheit.anteil", einheitAnteil, "Anteil der Treffen mit Beteiligung des Gesundheitswesens", "share of the meetings a health-sector actor attended"),
	fn("netzwerk.angebote.anzahl", "", "Zahl der Angebote", "number of offers"),
	fn("netzwerk.angebote.niedrigschwellig.anteil", einheitAnteil, "Anteil niedrigschwelliger Angebote", "share of low-threshold offers"),
	fn("netzwerk.angebote.aufsuchend.anteil", einheitAnteil, "Anteil aufsuchender Angebote", "share of outreach offers"),
	fn("netzwerk.angebote.foerderbereich1.anzahl", "", "Zahl der Angebote im Förderbereich I", "number of offers in funding area I"),
	fn("netzwerk.angebote.foerderbereich2.anzahl", "", "Zahl der Angebote im Förderbereich II", "number of offers in funding area II"),
	fn("netzwerk.angebote.foerderbereich3.anzahl", "", "Zahl der Angebote im Förderbereich III", "number of offers in funding area III"),
	fnListe("netzwerk.angebote.zielgruppen", "Zielgruppen der Angebote", "target groups of the offers"),

	fz(FaktZieleAnzahl, false, "Zahl der erfassten Ziele der Kommune", "number of recorded goals of the Kommune"),
	fz(FaktZieleAktiv, false, "Zahl der aktiven Ziele", "number of active goals"),
	fz(FaktZieleAbgeschlossen, false, "Zahl der abgeschlossenen Ziele", "number of completed goals"),
	fz(FaktZieleErreicht, false, "Zahl der am Stichtag erreichten oder gehaltenen Ziele", "number of goals reached or held on the reference day"),
	fz(FaktZieleIndikatoren, false, "Zahl der zu Zielen vereinbarten Indikatoren", "number of indicators agreed for goals"),
	fz(FaktZieleMessungen, false, "Zahl der erfassten Messungen zu Indikatoren", "number of recorded indicator measurements"),
	fz(FaktZieleWirkungsziele, false, "Zahl der Ziele auf Stufe 4 bis 7 der Wirkungstreppe", "number of goals on levels 4 to 7 of the impact ladder"),
	fz(FaktZieleEntwicklungsziele, true, "Entwicklungsziele, an denen Ziele der Kommune arbeiten", "Entwicklungsziele the Kommune's goals work on"),
	fz(FaktZieleDimensionen, true, "Dimensionen, an denen Ziele der Kommune arbeiten", "dimensions the Kommune's goals work on"),
	fz(FaktZieleFolgethemen, true, "Folgethemen der Ziele", "follow-up themes of the goals"),
	fz(FaktMassnahmenAnzahl, false, "Zahl der erfassten Maßnahmen", "number of recorded measures"),
	fz(FaktMassnahmenInUmsetzung, false, "Zahl der Maßnahmen in Umsetzung", "number of measures being implemented"),
	fz(FaktMassnahmenUmgesetzt, false, "Zahl der umgesetzten Maßnahmen", "number of implemented measures"),
}

// Faktkatalog returns the fact catalogue: every fact a rule of a Regelwerk
// may name, in a fixed order (kommune, netzwerk, ziele). A Regelwerk whose
// rule names any other fact is invalid.
func Faktkatalog() []Faktbeschreibung { return slices.Clone(faktkatalog) }

// FaktBeschreibung returns the catalogue entry of the fact name and whether
// there is one.
func FaktBeschreibung(name string) (Faktbeschreibung, bool) {
	i := slices.IndexFunc(faktkatalog, func(f Faktbeschreibung) bool { return f.Name == name })
	if i < 0 {
		return Faktbeschreibung{}, false
	}
	return faktkatalog[i], true
}

// regelwerkMeldungen holds the texts of the Regelwerk checks on provenance,
// facts and Grundlage, in German and English.
var regelwerkMeldungen = schema.NeuerKatalog(
	schema.Eintrag{Schluessel: "regelwerk.herkunft", DE: "unbekannte Herkunft %q (erlaubt: %s)", EN: "unknown provenance %q (allowed: %s)"},
	schema.Eintrag{Schluessel: "regelwerk.hinweis", DE: "das Regelwerk braucht einen Hinweis, was es ist", EN: "the Regelwerk needs a note saying what it is"},
	schema.Eintrag{Schluessel: "regel.faktUnbekannt", DE: "unbekannter Fakt %q (siehe den Faktenkatalog)", EN: "unknown fact %q (see the fact catalogue)"},
	schema.Eintrag{Schluessel: "regel.faktListe", DE: "der Fakt %q ist eine Zahl; Operator %s braucht eine Liste", EN: "the fact %q is a number; operator %s needs a list"},
	schema.Eintrag{Schluessel: "regel.faktZahl", DE: "der Fakt %q ist eine Liste; Operator %s braucht eine Zahl", EN: "the fact %q is a list; operator %s needs a number"},
	schema.Eintrag{Schluessel: "regel.grundlage", DE: "die Regel nennt keine Grundlage (welche Worte des Ziels der Fakt belegt)", EN: "the rule names no basis (which words of the goal the fact evidences)"},
)
