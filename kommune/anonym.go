package kommune

import (
	"cmp"
	"slices"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
)

// StandardMindestRater is the default k of [FasseEinschaetzungenZusammen]:
// a sector is named in aggregated ratings only where at least this many
// raters belong to it.
const StandardMindestRater = 3

// FasseEinschaetzungenZusammen returns a copy of p whose self-assessments
// are aggregated per Entwicklungsziel (kleine Zellen, small cells) for
// sharing: instead of one row per rater — which, with sector, date and
// goal, identifies the only midwife of a small network — one row per goal,
// level (or "nicht beurteilbar") and sector says how many ratings it stands
// for ("anzahl"), without person, reason or the rater's own date. The sector
// is kept only where at least k raters of the profile belong to it (k < 1
// means [StandardMindestRater]): distinct named persons, and for unnamed
// entries the most that any one goal has in the sector; other ratings lose
// their sector. Every row
// of a goal carries the latest date of its ratings.
//
// The ratings that count are the ones the engine counts (one per named
// person, the latest), so [Bewerte] gives the same totals, consensus
// levels (medians), spreads and counts for the copy as for p; only the
// per-sector lines of sectors below k are gone. Everything else is shared
// with p.
func FasseEinschaetzungenZusammen(p *Profil, k int) *Profil {
	if k < 1 {
		k = StandardMindestRater
	}
	zaehlend := zaehlendeEinschaetzungen(p.Einschaetzungen)
	rater := raterJeSektor(zaehlend)
	type zelle struct {
		ziel   qualitaet.ID
		nb     bool
		stufe  qualitaet.Stufe
		sektor string
	}
	var reihe []zelle
	anzahl := map[zelle]int{}
	neueste := map[qualitaet.ID]time.Time{}
	for _, e := range zaehlend {
		z := zelle{ziel: e.Entwicklungsziel, nb: e.NichtBeurteilbar, stufe: e.Stufe}
		if e.NichtBeurteilbar {
			z.stufe = 0
		}
		if rater[e.Sektor] >= k {
			z.sektor = e.Sektor
		}
		if anzahl[z] == 0 {
			reihe = append(reihe, z)
		}
		anzahl[z] += max(e.Anzahl, 1)
		if e.Datum.After(neueste[z.ziel]) {
			neueste[z.ziel] = e.Datum
		}
	}
	slices.SortStableFunc(reihe, func(a, b zelle) int {
		if c := qualitaet.VergleicheIDs(a.ziel, b.ziel); c != 0 {
			return c
		}
		if a.nb != b.nb {
			if a.nb {
				return 1
			}
			return -1
		}
		return cmp.Or(cmp.Compare(a.stufe, b.stufe), cmp.Compare(a.sektor, b.sektor))
	})
	q := *p
	q.Einschaetzungen = make([]qualitaet.Einschaetzung, 0, len(reihe))
	for _, z := range reihe {
		q.Einschaetzungen = append(q.Einschaetzungen, qualitaet.Einschaetzung{Entwicklungsziel: z.ziel, Stufe: z.stufe,
			StufeGesetzt: !z.nb, NichtBeurteilbar: z.nb, Datum: neueste[z.ziel], Sektor: z.sektor, Anzahl: anzahl[z]})
	}
	return &q
}

// raterJeSektor counts the raters of each sector: the distinct named
// persons, plus for unnamed entries the most any one goal has in the
// sector (each rater rates a goal once, so that many at least are there).
func raterJeSektor(es []qualitaet.Einschaetzung) map[string]int {
	type zelle struct {
		sektor string
		ziel   qualitaet.ID
	}
	personen := map[string]map[string]bool{}
	ohneName := map[zelle]int{}
	for _, e := range es {
		if e.Sektor == "" {
			continue
		}
		if e.Person == "" {
			ohneName[zelle{e.Sektor, e.Entwicklungsziel}] += max(e.Anzahl, 1)
			continue
		}
		if personen[e.Sektor] == nil {
			personen[e.Sektor] = map[string]bool{}
		}
		personen[e.Sektor][e.Person] = true
	}
	meiste := map[string]int{}
	for z, n := range ohneName {
		meiste[z.sektor] = max(meiste[z.sektor], n)
	}
	out := map[string]int{}
	for s, ps := range personen {
		out[s] = len(ps)
	}
	for s, n := range meiste {
		out[s] += n
	}
	return out
}

// zaehlendeEinschaetzungen returns the entries the engine counts: per goal
// one per named person (the later date; on the same date the later entry),
// and every entry without a person.
func zaehlendeEinschaetzungen(es []qualitaet.Einschaetzung) []qualitaet.Einschaetzung {
	type schluessel struct {
		ziel   qualitaet.ID
		person string
	}
	index := map[schluessel]int{}
	var out []qualitaet.Einschaetzung
	for _, e := range es {
		if e.Person == "" {
			out = append(out, e)
			continue
		}
		s := schluessel{e.Entwicklungsziel, e.Person}
		if i, ok := index[s]; ok {
			if !e.Datum.Before(out[i].Datum) {
				out[i] = e
			}
			continue
		}
		index[s] = len(out)
		out = append(out, e)
	}
	return out
}
