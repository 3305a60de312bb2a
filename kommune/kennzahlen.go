package kommune

import (
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/netzwerk"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/beschriftung"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// The names of the key figures (Kennzahlen) of a profile. They are stable:
// rules of a Regelwerk refer to them. Each is described in [KennzahlNamen];
// a figure whose inputs are absent is absent, never 0.
const (
	// Population (Bevölkerung), persons.
	KennzahlBevoelkerung = "kommune.bevoelkerung"
	// Population change in percent over the Steckbrief's period.
	KennzahlBevoelkerungsentwicklung = "kommune.bevoelkerung.entwicklung"
	// Share with migration background, percent.
	KennzahlMigrationsanteil = "kommune.migration.anteil"
	// Children aged 0 to 3.
	KennzahlKinderU3 = "kommune.kinderU3"
	// Children under 3 per 100 inhabitants: kinderUnter3 / bevoelkerung × 100.
	KennzahlKinderU3Anteil = "kommune.kinderU3.anteilBevoelkerung"
	// Children under 3 in families in poverty.
	KennzahlArmutU3 = "kommune.armut.kinderU3"
	// Share of children under 3 in poverty: kinderUnter3Armut / kinderUnter3 × 100.
	KennzahlArmutAnteilU3 = "kommune.armut.anteilU3"
	// Single-parent households with a child under 3.
	KennzahlAlleinerziehendU3 = "kommune.alleinerziehend.haushalteU3"
	// Single-parent households per 100 children under 3:
	// alleinerziehendeU3 / kinderUnter3 × 100.
	KennzahlAlleinerziehendAnteilU3 = "kommune.alleinerziehend.anteilU3"
	// Municipal budget for Frühe Hilfen, €.
	KennzahlBudget = "kommune.budget.gesamt"
	// Budget per child under 3, €: budget / kinderUnter3.
	KennzahlBudgetProKindU3 = "kommune.budget.proKindU3"
	// Budget per child under 3 in poverty, €: budget / kinderUnter3Armut.
	KennzahlBudgetProKindU3Armut = "kommune.budget.proKindU3Armut"
	// Budget per 1,000 inhabitants, €: budget / bevoelkerung × 1000.
	KennzahlBudgetPro1000Einwohner = "kommune.budget.pro1000Einwohner"
	// Share of the budget from parts that name the Bundesstiftung Frühe
	// Hilfen, percent: Σ such parts / budget × 100.
	KennzahlBudgetAnteilBundesstiftung = "kommune.budget.anteilBundesstiftung"
	// Age of the network in years: year of the reference day − founding year.
	KennzahlNetzwerkAlter = "kommune.netzwerk.alterJahre"
	// Years since the network's first document.
	KennzahlErstesDokumentAlter = "kommune.netzwerk.erstesDokumentAlterJahre"
	// Cooperations counted in the Steckbrief: Σ Anzahl over its entries.
	KennzahlKooperationen = "kommune.netzwerk.kooperationen"
	// Cooperations per 1,000 children under 3.
	KennzahlKooperationenPro1000KinderU3 = "kommune.netzwerk.kooperationenPro1000KinderU3"
	// Sectors with at least one cooperation entry.
	KennzahlKooperationsSektoren = "kommune.netzwerk.sektorenMitKooperation"
	// Bodies (Gremien): Σ of their counts, regional networks not included
	// (they are no bodies but parts of the network).
	KennzahlGremien = "kommune.netzwerk.gremien"
	// Regional networks (Regionalnetzwerke): the larger of the count recorded
	// among the bodies and the named regional networks.
	KennzahlRegionalnetzwerke = "kommune.netzwerk.regionalnetzwerke"
)

// KennzahlInfo describes a key figure: its name, unit ("" for counts, "%",
// "€", "Jahre") and what it is, in German and English, with its formula.
type KennzahlInfo struct {
	Name         string
	Einheit      string
	Beschreibung string
	Description  string
}

// Bezeichnung returns the description in the language tag.
func (i KennzahlInfo) Bezeichnung(tag language.Tag) string {
	if schema.Sprache(tag) == language.English {
		return i.Description
	}
	return i.Beschreibung
}

var kennzahlInfos = []KennzahlInfo{
	{KennzahlBevoelkerung, "", "Bevölkerungszahl insgesamt", "population"},
	{KennzahlBevoelkerungsentwicklung, "%", "Bevölkerungsentwicklung im Zeitraum des Steckbriefs", "population change over the Steckbrief's period"},
	{KennzahlMigrationsanteil, "%", "Anteil der Bevölkerung mit Migrationshintergrund", "share of the population with migration background"},
	{KennzahlKinderU3, "", "Kinder von 0 bis 3 Jahren", "children aged 0 to 3"},
	{KennzahlKinderU3Anteil, "%", "Anteil der Kinder unter 3 an der Bevölkerung (Kinder U3 / Bevölkerung × 100)", "share of children under 3 in the population (children under 3 / population × 100)"},
	{KennzahlArmutU3, "", "Kinder unter 3 in Familien in Armutslagen", "children under 3 in families in poverty"},
	{KennzahlArmutAnteilU3, "%", "Anteil der Kinder unter 3 in Armutslagen (in Armut / Kinder U3 × 100)", "share of children under 3 in poverty (in poverty / children under 3 × 100)"},
	{KennzahlAlleinerziehendU3, "", "Alleinerziehenden-Haushalte mit Kind unter 3", "single-parent households with a child under 3"},
	{KennzahlAlleinerziehendAnteilU3, "%", "Alleinerziehenden-Haushalte im Verhältnis zu den Kindern unter 3 (Haushalte / Kinder U3 × 100)", "single-parent households relative to children under 3 (households / children under 3 × 100)"},
	{KennzahlBudget, "€", "Kommunales Budget für Frühe Hilfen", "municipal budget for Frühe Hilfen"},
	{KennzahlBudgetProKindU3, "€", "Budget je Kind unter 3 (Budget / Kinder U3)", "budget per child under 3 (budget / children under 3)"},
	{KennzahlBudgetProKindU3Armut, "€", "Budget je Kind unter 3 in Armutslagen (Budget / Kinder U3 in Armut)", "budget per child under 3 in poverty (budget / children under 3 in poverty)"},
	{KennzahlBudgetPro1000Einwohner, "€", "Budget je 1.000 Einwohner (Budget / Bevölkerung × 1.000)", "budget per 1,000 inhabitants (budget / population × 1,000)"},
	{KennzahlBudgetAnteilBundesstiftung, "%", "Anteil der Bundesstiftung Frühe Hilfen am Budget, höchstens (Summe der Budgetanteile, deren Quelle die Bundesstiftung nennt / Budget × 100; ein Anteil, der daneben weitere Quellen nennt, zählt ganz)", "share of the Bundesstiftung Frühe Hilfen in the budget, at most (sum of the budget parts whose source names the Bundesstiftung / budget × 100; a part naming further sources as well counts in full)"},
	{KennzahlNetzwerkAlter, "Jahre", "Alter des Netzwerks (Jahr des Stichtags − Gründungsjahr)", "age of the network (year of the reference day − founding year)"},
	{KennzahlErstesDokumentAlter, "Jahre", "Jahre seit dem ersten Dokument des Netzwerks (Jahr des Stichtags − Jahr des Dokuments)", "years since the network's first document (year of the reference day − year of the document)"},
	{KennzahlKooperationen, "", "Kooperationen laut Steckbrief (Summe der Anzahlen; Einträge ohne Anzahl zählen nicht)", "cooperations in the Steckbrief (sum of the counts; entries without a count do not count)"},
	{KennzahlKooperationenPro1000KinderU3, "", "Kooperationen je 1.000 Kinder unter 3", "cooperations per 1,000 children under 3"},
	{KennzahlKooperationsSektoren, "", "Sektoren mit mindestens einem Kooperationseintrag", "sectors with at least one cooperation entry"},
	{KennzahlGremien, "", "Gremien des Netzwerks (Summe ihrer Anzahlen, ohne Regionalnetzwerke)", "bodies of the network (sum of their counts, regional networks not included)"},
	{KennzahlRegionalnetzwerke, "", "Regionalnetzwerke des Netzwerks", "regional networks of the network"},
}

// KennzahlNamen returns the description of every key figure in a fixed
// order.
func KennzahlNamen() []KennzahlInfo { return append([]KennzahlInfo(nil), kennzahlInfos...) }

// Kennzahl is a key figure of a profile: its name, value (absent when an
// input is absent) and unit.
type Kennzahl struct {
	Name    string
	Wert    qualitaet.Wert
	Einheit string
}

// Kennzahlen are the key figures of one profile on one reference day, in
// the order of [KennzahlNamen]. The zero value has no figures.
type Kennzahlen struct {
	liste []Kennzahl
}

// KennzahlenVon derives the key figures of p. stichtag is the reference
// day for ages (network, first document); a zero stichtag leaves them
// absent. No figure is ever a division by zero or made up from an absent
// input: such figures are absent.
func KennzahlenVon(p *Profil, stichtag time.Time) Kennzahlen {
	k := &p.Kommunalstruktur
	werte := map[string]qualitaet.Wert{
		KennzahlBevoelkerung:             k.Bevoelkerung,
		KennzahlBevoelkerungsentwicklung: k.Bevoelkerungsentwicklung.Prozent,
		KennzahlMigrationsanteil:         k.Migrationsanteil.Prozent,
		KennzahlKinderU3:                 k.KinderUnter3,
		KennzahlKinderU3Anteil:           quote(k.KinderUnter3, k.Bevoelkerung, 100),
		KennzahlArmutU3:                  k.KinderUnter3Armut,
		KennzahlArmutAnteilU3:            quote(k.KinderUnter3Armut, k.KinderUnter3, 100),
		KennzahlAlleinerziehendU3:        k.AlleinerziehendeU3,
		KennzahlAlleinerziehendAnteilU3:  quote(k.AlleinerziehendeU3, k.KinderUnter3, 100),
		KennzahlBudget:                   k.Budget.Gesamt,
		KennzahlBudgetProKindU3:          quote(k.Budget.Gesamt, k.KinderUnter3, 1),
		KennzahlBudgetProKindU3Armut:     quote(k.Budget.Gesamt, k.KinderUnter3Armut, 1),
		KennzahlBudgetPro1000Einwohner:   quote(k.Budget.Gesamt, k.Bevoelkerung, 1000),
	}
	var bund qualitaet.Wert
	for _, a := range k.Budget.Anteile {
		if f, ok := a.Betrag.Zahl(); ok && a.Bundesstiftung() {
			bund = qualitaet.WertVon(bund.Oder(0) + f)
		}
	}
	werte[KennzahlBudgetAnteilBundesstiftung] = quote(bund, k.Budget.Gesamt, 100)
	if !stichtag.IsZero() {
		werte[KennzahlNetzwerkAlter] = alter(p.Netzwerk.Gruendungsjahr, stichtag)
		werte[KennzahlErstesDokumentAlter] = alter(p.WirUeberUns.ErstesDokument.Jahr, stichtag)
	}
	var koop qualitaet.Wert
	sektoren := map[string]bool{}
	for _, ko := range p.Netzwerk.Kooperationen {
		if ko.Akteur != "" {
			continue
		}
		if f, ok := ko.Anzahl.Zahl(); ok {
			koop = qualitaet.WertVon(koop.Oder(0) + f)
		}
		sektoren[string(ko.Sektor)] = true
	}
	werte[KennzahlKooperationen] = koop
	werte[KennzahlKooperationenPro1000KinderU3] = quote(koop, k.KinderUnter3, 1000)
	if len(sektoren) > 0 {
		werte[KennzahlKooperationsSektoren] = qualitaet.WertVon(float64(len(sektoren)))
	}
	gremien, regional := gremienUndRegionalnetzwerke(&p.Netzwerk)
	werte[KennzahlGremien] = gremien
	werte[KennzahlRegionalnetzwerke] = regional
	out := Kennzahlen{liste: make([]Kennzahl, len(kennzahlInfos))}
	for i, info := range kennzahlInfos {
		out.liste[i] = Kennzahl{Name: info.Name, Wert: werte[info.Name], Einheit: info.Einheit}
	}
	return out
}

// gremienUndRegionalnetzwerke counts the bodies and, apart from them, the
// regional networks (the larger of those recorded as bodies and those
// named). Both are absent when the network records neither bodies nor
// regional networks.
func gremienUndRegionalnetzwerke(n *netzwerk.Netzwerk) (gremien, regional qualitaet.Wert) {
	if len(n.Gremien) == 0 && len(n.Regionalnetzwerke) == 0 {
		return qualitaet.Wert{}, qualitaet.Wert{}
	}
	g, r := 0, 0
	for _, x := range n.Gremien {
		if x.Art == netzwerk.Regionalnetzwerk {
			r += x.Zahl()
		} else {
			g += x.Zahl()
		}
	}
	r = max(r, len(n.Regionalnetzwerke))
	if len(n.Gremien) > 0 {
		gremien = qualitaet.WertVon(float64(g))
	}
	return gremien, qualitaet.WertVon(float64(r))
}

// quote returns a / b × faktor, absent when a or b is absent or b is 0.
func quote(a, b qualitaet.Wert, faktor float64) qualitaet.Wert {
	x, okA := a.Zahl()
	y, okB := b.Zahl()
	if !okA || !okB || y == 0 {
		return qualitaet.Wert{}
	}
	return qualitaet.WertVon(x / y * faktor)
}

func alter(jahr int, stichtag time.Time) qualitaet.Wert {
	if jahr == 0 || stichtag.Year() < jahr {
		return qualitaet.Wert{}
	}
	return qualitaet.WertVon(float64(stichtag.Year() - jahr))
}

// Bundesstiftung reports whether the part's source names the Bundesstiftung
// Frühe Hilfen (federal foundation money), alone or with other sources.
func (a Budgetanteil) Bundesstiftung() bool {
	n := beschriftung.Normiere(a.Quelle)
	return strings.Contains(n, "bundesstiftung") || strings.Contains(n, "bundesinitiative")
}

// Wert returns the figure with the name, absent when it is absent or the
// name is unknown.
func (k Kennzahlen) Wert(name string) qualitaet.Wert {
	for _, z := range k.liste {
		if z.Name == name {
			return z.Wert
		}
	}
	return qualitaet.Wert{}
}

// Alle returns every figure in the order of [KennzahlNamen], absent ones
// included.
func (k Kennzahlen) Alle() []Kennzahl { return append([]Kennzahl(nil), k.liste...) }

// Werte returns the present figures by name, for a scoring engine's facts.
func (k Kennzahlen) Werte() map[string]float64 {
	out := make(map[string]float64, len(k.liste))
	for _, z := range k.liste {
		if f, ok := z.Wert.Zahl(); ok {
			out[z.Name] = f
		}
	}
	return out
}

// Fuer returns the present figures as [qualitaet.Kennzahl] with their
// description in the language tag, for [qualitaet.Eingabe].
func (k Kennzahlen) Fuer(tag language.Tag) []qualitaet.Kennzahl {
	var out []qualitaet.Kennzahl
	for i, z := range k.liste {
		if f, ok := z.Wert.Zahl(); ok {
			out = append(out, qualitaet.Kennzahl{Name: z.Name, Bezeichnung: kennzahlInfos[i].Bezeichnung(tag), Wert: f, Einheit: z.Einheit})
		}
	}
	return out
}
