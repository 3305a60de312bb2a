package bogen

import (
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
)

// Zusammenfuehren merges ratings read from sheets into existing ones
// (typically a profile's Einschaetzungen) and returns a new slice: every
// existing entry in its order, then every new entry in the order given,
// without the new entries that exactly repeat one already there (same goal,
// level or "nicht beurteilbar", day, person, rater key, round, sector,
// Ebene, Entwicklungsbedarf and comment). Two raters who rate alike are two
// ratings, not a repetition. So reading
// the same sheet twice changes nothing, and the result is the same on every
// run. Neither argument is changed.
//
// When the same rater rates the same goal again on another sheet, both
// entries are kept: the history of the network's ratings is data. The
// evaluation (qualitaet.Bewerte) uses one survey round and counts only the
// latest rating per rater (rater key, else person) in it — the later date;
// on the same date the later entry. A profile does not accept two different
// ratings of one goal by one rater on the same day; [Lies] already refuses
// a second rating of a goal by one rater in one round of a sheet.
func Zusammenfuehren(bestehende []qualitaet.Einschaetzung, neue ...[]qualitaet.Einschaetzung) []qualitaet.Einschaetzung {
	n := len(bestehende)
	for _, ns := range neue {
		n += len(ns)
	}
	out := make([]qualitaet.Einschaetzung, 0, n)
	gesehen := make(map[gleichheit]bool, n)
	for _, e := range bestehende {
		out = append(out, e)
		gesehen[gleichheitVon(e)] = true
	}
	for _, ns := range neue {
		for _, e := range ns {
			k := gleichheitVon(e)
			if gesehen[k] {
				continue
			}
			gesehen[k] = true
			out = append(out, e)
		}
	}
	return out
}

// gleichheit is what makes two ratings the same: every field, the day of
// the date, and the level only where there is one.
type gleichheit struct {
	ziel                             qualitaet.ID
	stufe                            qualitaet.Stufe
	nichtBeurteilbar                 bool
	datum, person, sektor, kommentar string
	einschaetzende, runde            string
	ebene                            qualitaet.Ebene
	bedarf                           qualitaet.Entwicklungsbedarf
}

func gleichheitVon(e qualitaet.Einschaetzung) gleichheit {
	k := gleichheit{ziel: e.Entwicklungsziel, nichtBeurteilbar: e.NichtBeurteilbar,
		datum: e.Datum.Format(time.DateOnly), person: e.Person, sektor: e.Sektor, kommentar: e.Begruendung,
		einschaetzende: e.Einschaetzende, runde: e.Runde, ebene: e.Ebene, bedarf: e.Entwicklungsbedarf}
	if !e.NichtBeurteilbar {
		k.stufe = e.Stufe
	}
	return k
}
