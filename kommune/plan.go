package kommune

import (
	"fmt"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"golang.org/x/text/language"
)

// Plan derives the Qualitätsentwicklungsplan of a profile from its
// Bewertung b (see [Bewerte]) on the day stichtag: the profile's goals,
// measures and process against the Bewertung's priorities
// ([qualitaet.Planen]). The language tag chooses the language of the
// findings; the zero tag takes the Bewertung's. It fails without a profile,
// a Bewertung or a Stichtag.
func Plan(p *Profil, b *qualitaet.Bewertung, stichtag qualitaet.Kalenderdatum, tag language.Tag) (*qualitaet.Plan, error) {
	if p == nil {
		return nil, fmt.Errorf("kommune.Plan: kein Profil")
	}
	return qualitaet.Planen(qualitaet.PlanEingabe{Bewertung: b, Ziele: p.Ziele, Massnahmen: p.Massnahmen,
		Prozess: p.Prozess, Stichtag: stichtag, Sprache: tag})
}
