package qualitaet

import "slices"

// Names of the goal facts that [ZielFakten] derives, for rules of a
// Regelwerk. Counts are numbers; lists hold IDs or names.
//
//	ziele.anzahl                  goals recorded (any status except fehlerhaft-erfasst)
//	ziele.aktiv.anzahl            goals with status aktiv
//	ziele.abgeschlossen.anzahl    goals with status abgeschlossen
//	ziele.erreicht.anzahl         goals whose achievement on the reference day is erreicht or gehalten
//	ziele.indikatoren.anzahl      indicators over all goals
//	ziele.messungen.anzahl        measurements over all indicators
//	ziele.wirkungsziele.anzahl    goals on level 4–7 of the impact ladder (outcome or impact)
//	ziele.entwicklungsziele       list: Entwicklungsziele the goals link to (sorted, unique)
//	ziele.dimensionen             list: dimensions the goals link to, directly or via their goals
//	ziele.folgethemen             list: follow-up themes of the goals
//	massnahmen.anzahl             measures recorded (except fehlerhaft-erfasst)
//	massnahmen.inUmsetzung.anzahl measures with status in-umsetzung
//	massnahmen.umgesetzt.anzahl   measures with status umgesetzt
//
// A profile without any goal says nothing about its goal work: then no goal
// fact is present at all (not 0); the same holds for measures.
const (
	FaktZieleAnzahl            = "ziele.anzahl"
	FaktZieleAktiv             = "ziele.aktiv.anzahl"
	FaktZieleAbgeschlossen     = "ziele.abgeschlossen.anzahl"
	FaktZieleErreicht          = "ziele.erreicht.anzahl"
	FaktZieleIndikatoren       = "ziele.indikatoren.anzahl"
	FaktZieleMessungen         = "ziele.messungen.anzahl"
	FaktZieleWirkungsziele     = "ziele.wirkungsziele.anzahl"
	FaktZieleEntwicklungsziele = "ziele.entwicklungsziele"
	FaktZieleDimensionen       = "ziele.dimensionen"
	FaktZieleFolgethemen       = "ziele.folgethemen"
	FaktMassnahmenAnzahl       = "massnahmen.anzahl"
	FaktMassnahmenInUmsetzung  = "massnahmen.inUmsetzung.anzahl"
	FaktMassnahmenUmgesetzt    = "massnahmen.umgesetzt.anzahl"
)

// ZielFakten derives the goal facts (see the names above) from goals and
// measures on the reference day stichtag, for the automated rules of a
// Regelwerk. Goals and measures entered in error are not counted.
func ZielFakten(ziele []Ziel, massnahmen []Massnahme, stichtag Kalenderdatum) Fakten {
	f := Fakten{Zahlen: map[string]float64{}, Listen: map[string][]string{}}
	var gezaehlt int
	var eziele, dims, themen []string
	for _, z := range ziele {
		if z.Status() == ZielFehlerhaftErfasst {
			continue
		}
		gezaehlt++
		switch z.Status() {
		case ZielAktiv:
			f.Zahlen[FaktZieleAktiv]++
		case ZielAbgeschlossen:
			f.Zahlen[FaktZieleAbgeschlossen]++
		}
		if e := z.Erreichung(stichtag); e == ErreichungErreicht || e == ErreichungGehalten {
			f.Zahlen[FaktZieleErreicht]++
		}
		f.Zahlen[FaktZieleIndikatoren] += float64(len(z.Indikatoren))
		for _, ind := range z.Indikatoren {
			f.Zahlen[FaktZieleMessungen] += float64(len(ind.Messungen))
		}
		if z.Wirkungsstufe >= 4 {
			f.Zahlen[FaktZieleWirkungsziele]++
		}
		for _, id := range z.Entwicklungsziele {
			eziele = append(eziele, string(id))
			dims = append(dims, string(id.Dimension()))
		}
		for _, id := range z.Dimensionen {
			dims = append(dims, string(id))
		}
		if z.Folgethema != "" {
			themen = append(themen, string(z.Folgethema))
		}
	}
	if gezaehlt > 0 {
		f.Zahlen[FaktZieleAnzahl] = float64(gezaehlt)
		for _, name := range []string{FaktZieleAktiv, FaktZieleAbgeschlossen, FaktZieleErreicht, FaktZieleIndikatoren,
			FaktZieleMessungen, FaktZieleWirkungsziele} {
			f.Zahlen[name] += 0
		}
		f.Listen[FaktZieleEntwicklungsziele] = sortiertEindeutig(eziele)
		f.Listen[FaktZieleDimensionen] = sortiertEindeutig(dims)
		f.Listen[FaktZieleFolgethemen] = sortiertEindeutig(themen)
	}
	var m int
	for _, x := range massnahmen {
		switch x.Status() {
		case MassnahmeFehlerhaftErfasst:
			continue
		case MassnahmeInUmsetzung:
			f.Zahlen[FaktMassnahmenInUmsetzung]++
		case MassnahmeUmgesetzt:
			f.Zahlen[FaktMassnahmenUmgesetzt]++
		}
		m++
	}
	if m > 0 {
		f.Zahlen[FaktMassnahmenAnzahl] = float64(m)
		f.Zahlen[FaktMassnahmenInUmsetzung] += 0
		f.Zahlen[FaktMassnahmenUmgesetzt] += 0
	}
	return f
}

func sortiertEindeutig(s []string) []string {
	out := slices.Clone(s)
	slices.Sort(out)
	out = slices.Compact(out)
	if out == nil {
		out = []string{}
	}
	return out
}

// Vereinige returns the union of fact sets; a later set's fact wins over an
// earlier one's of the same name.
func Vereinige(mengen ...Fakten) Fakten {
	f := Fakten{Zahlen: map[string]float64{}, Listen: map[string][]string{}}
	for _, m := range mengen {
		for k, v := range m.Zahlen {
			f.Zahlen[k] = v
		}
		for k, v := range m.Listen {
			f.Listen[k] = v
		}
	}
	return f
}
