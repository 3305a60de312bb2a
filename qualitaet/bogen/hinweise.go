package bogen

import (
	"slices"
	"strings"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"golang.org/x/text/language"
)

// Gelesen is one sheet that was read: its file name (or another name for
// the source, such as the profile's existing ratings) and its ratings.
type Gelesen struct {
	Name            string
	Einschaetzungen []qualitaet.Einschaetzung
}

// Hinweis is a notice about sheets that were read, in German (Meldung) and
// English (Message). It never quotes a person's name.
type Hinweis struct {
	Meldung string
	Message string
}

// Text returns the notice in the language: English for English, else
// German.
func (h Hinweis) Text(tag language.Tag) string {
	if b, _ := tag.Base(); b.String() == "en" {
		return h.Message
	}
	return h.Meldung
}

// GleicheNamen finds raters who could be the same person: the same person
// text with different rater keys in the same round, on different sheets.
// Such ratings stay apart (two raters, see [Kennung]); nothing is merged.
// Each notice names the sheets and the keys, not the name. The order
// follows the sheets.
func GleicheNamen(boegen []Gelesen) []Hinweis {
	type wo struct {
		bogen   int
		kennung string
	}
	type schluessel struct{ runde, person string }
	gesehen := map[schluessel][]wo{}
	var reihe []schluessel
	for i, b := range boegen {
		for _, e := range b.Einschaetzungen {
			if e.Person == "" {
				continue
			}
			k := schluessel{e.Runde, e.Person}
			l := gesehen[k]
			if slices.ContainsFunc(l, func(w wo) bool { return w.bogen == i && w.kennung == e.Einschaetzende }) {
				continue
			}
			if len(l) == 0 {
				reihe = append(reihe, k)
			}
			gesehen[k] = append(l, wo{i, e.Einschaetzende})
		}
	}
	var out []Hinweis
	for _, k := range reihe {
		l := gesehen[k]
		var namen, kennungen []string
		boegenDa := map[int]bool{}
		for _, w := range l {
			if !boegenDa[w.bogen] {
				namen = append(namen, boegen[w.bogen].Name)
				boegenDa[w.bogen] = true
			}
			k := w.kennung
			if k == "" {
				k = "–" // a rating without a key: the person text is its rater
			}
			if !slices.Contains(kennungen, k) {
				kennungen = append(kennungen, k)
			}
		}
		if len(boegenDa) < 2 || len(kennungen) < 2 {
			continue
		}
		liste, keys := strings.Join(namen, ", "), strings.Join(kennungen, ", ")
		out = append(out, Hinweis{
			Meldung: meldungen.Sprintf(language.German, "hinweis.gleicherName", liste, keys),
			Message: meldungen.Sprintf(language.English, "hinweis.gleicherName", liste, keys),
		})
	}
	return out
}
