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
// goal, identifies the only midwife of a small network — one row per round,
// goal, level (or "nicht beurteilbar"), Entwicklungsbedarf, sector and
// Ebene says how many ratings it stands for ("anzahl"), without rater key,
// person, reason or the rater's own date. The sector (and likewise the
// Ebene) is kept only where at least k raters of the profile belong to it
// (k < 1 means [StandardMindestRater]): distinct raters (by rater key, else
// person), and for anonymous entries the most that any one goal has there;
// other ratings lose it. Every row of a goal in a round carries the latest
// date of its ratings there.
//
// The ratings that count are the ones the engine counts (per round, goal
// and rater the latest), so [Bewerte] gives the same totals, results of the
// ratings (medians), spreads and counts for the copy as for p, in every
// round; only the per-sector and per-Ebene lines below k are gone.
// Everything else is shared with p.
func FasseEinschaetzungenZusammen(p *Profil, k int) *Profil {
	if k < 1 {
		k = StandardMindestRater
	}
	zaehlend := zaehlendeEinschaetzungen(p.Einschaetzungen)
	sektoren := raterJe(zaehlend, func(e qualitaet.Einschaetzung) string { return e.Sektor })
	ebenen := raterJe(zaehlend, func(e qualitaet.Einschaetzung) string { return string(e.Ebene) })
	var reihe []zelle
	anzahl := map[zelle]int{}
	neueste := map[[2]string]time.Time{}
	for _, e := range zaehlend {
		z := zelle{runde: e.Runde, ziel: e.Entwicklungsziel, nb: e.NichtBeurteilbar, stufe: e.Stufe, bedarf: e.Entwicklungsbedarf}
		if e.NichtBeurteilbar {
			z.stufe = 0
		}
		if sektoren[e.Sektor] >= k {
			z.sektor = e.Sektor
		}
		if ebenen[string(e.Ebene)] >= k {
			z.ebene = e.Ebene
		}
		if anzahl[z] == 0 {
			reihe = append(reihe, z)
		}
		anzahl[z] += max(e.Anzahl, 1)
		if t := z.tag(); e.Datum.After(neueste[t]) {
			neueste[t] = e.Datum
		}
	}
	slices.SortStableFunc(reihe, vergleicheZellen)
	q := *p
	q.Einschaetzungen = make([]qualitaet.Einschaetzung, 0, len(reihe))
	for _, z := range reihe {
		q.Einschaetzungen = append(q.Einschaetzungen, qualitaet.Einschaetzung{Entwicklungsziel: z.ziel, Stufe: z.stufe,
			StufeGesetzt: !z.nb, NichtBeurteilbar: z.nb, Datum: neueste[z.tag()], Runde: z.runde, Sektor: z.sektor,
			Ebene: z.ebene, Entwicklungsbedarf: z.bedarf, Anzahl: anzahl[z]})
	}
	return &q
}

// zelle is one aggregated row: round, goal, level or "nicht beurteilbar",
// need, and the sector and Ebene where they are kept.
type zelle struct {
	runde  string
	ziel   qualitaet.ID
	nb     bool
	stufe  qualitaet.Stufe
	bedarf qualitaet.Entwicklungsbedarf
	sektor string
	ebene  qualitaet.Ebene
}

// tag is the key of a row's date: its round and goal.
func (z zelle) tag() [2]string { return [2]string{z.runde, string(z.ziel)} }

// vergleicheZellen orders rows by round, goal, rated before "nicht
// beurteilbar", level, need, sector and Ebene.
func vergleicheZellen(a, b zelle) int {
	if c := cmp.Compare(a.runde, b.runde); c != 0 {
		return c
	}
	if c := qualitaet.VergleicheIDs(a.ziel, b.ziel); c != 0 {
		return c
	}
	if a.nb != b.nb {
		if a.nb {
			return 1
		}
		return -1
	}
	return cmp.Or(cmp.Compare(a.stufe, b.stufe), cmp.Compare(a.bedarf, b.bedarf),
		cmp.Compare(a.sektor, b.sektor), cmp.Compare(a.ebene, b.ebene))
}

// raterJe counts the raters of each value of an attribute (sector or
// Ebene): the distinct raters (by key, else person), plus for anonymous
// entries the most any one goal has with that value (each rater rates a
// goal once per round, so that many at least are there).
func raterJe(es []qualitaet.Einschaetzung, wert func(qualitaet.Einschaetzung) string) map[string]int {
	type zelle struct {
		wert, runde string
		ziel        qualitaet.ID
	}
	rater := map[string]map[string]bool{}
	ohneName := map[zelle]int{}
	for _, e := range es {
		w := wert(e)
		if w == "" {
			continue
		}
		wer := e.Schluessel()
		if wer == "" {
			ohneName[zelle{w, e.Runde, e.Entwicklungsziel}] += max(e.Anzahl, 1)
			continue
		}
		if rater[w] == nil {
			rater[w] = map[string]bool{}
		}
		rater[w][wer] = true
	}
	meiste := map[string]int{}
	for z, n := range ohneName {
		meiste[z.wert] = max(meiste[z.wert], n)
	}
	out := map[string]int{}
	for w, rs := range rater {
		out[w] = len(rs)
	}
	for w, n := range meiste {
		out[w] += n
	}
	return out
}

// zaehlendeEinschaetzungen returns the entries the engine counts: per
// round, goal and rater (key, else person) the latest (on the same date the
// later entry), and every entry without either.
func zaehlendeEinschaetzungen(es []qualitaet.Einschaetzung) []qualitaet.Einschaetzung {
	type schluessel struct {
		runde string
		ziel  qualitaet.ID
		wer   string
	}
	index := map[schluessel]int{}
	var out []qualitaet.Einschaetzung
	for _, e := range es {
		wer := e.Schluessel()
		if wer == "" {
			out = append(out, e)
			continue
		}
		s := schluessel{e.Runde, e.Entwicklungsziel, wer}
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
