package qualitaet

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"golang.org/x/text/language"
)

// Konformitaetszeitpunkt is a fixed moment for tests and examples. Vectors
// are evaluated at their own eingabe.zeitpunkt; a vector without one is
// evaluated without a Stichtag (no rating is cut off).
var Konformitaetszeitpunkt = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// Abweichung is one difference between a vector's expectation and the
// engine: the part of "erwartet" it concerns (dimensionen, gesamt, ziele,
// runde, prioritaeten, streuung, vorbewertungen, fehler) and the
// difference in words.
type Abweichung struct {
	Teil string
	Text string
}

// String returns "teil: text".
func (a Abweichung) String() string { return a.Teil + ": " + a.Text }

// Pruefe evaluates the vector's input and returns every difference from
// the expected results, one line each ("teil: text", see [Abweichung]) in
// the language tag (empty when the engine conforms). Numbers are compared
// exactly as written: the engine's rounding is part of the contract.
func (k *Konformitaetsvektor) Pruefe(tag language.Tag) ([]string, error) {
	abw, err := k.Abweichungen(tag)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(abw))
	for i, a := range abw {
		out[i] = a.String()
	}
	return out, nil
}

// Abweichungen is [Konformitaetsvektor.Pruefe] with each difference's part
// kept apart. An error only when the vector cannot be evaluated at all
// (an unknown catalogue version, a number a float64 cannot hold) or when
// the engine refuses input the vector expects it to accept is that not an
// error but a difference of part "fehler".
func (k *Konformitaetsvektor) Abweichungen(tag language.Tag) ([]Abweichung, error) {
	e, err := k.eingabe()
	if err != nil {
		return nil, err
	}
	p := &konformitaetsPruefung{tag: tag}
	b, err := Bewerte(e)
	var fe *schema.ValidierungsFehler
	switch {
	case err != nil && !errors.As(err, &fe):
		return nil, err
	case k.Erwartet.Fehler != nil:
		p.fehler(k.Erwartet.Fehler, fe)
		return p.abw, nil
	case fe != nil:
		p.fehler(nil, fe)
		return p.abw, nil
	}
	p.dimensionen(k.Erwartet, b)
	p.ziele(k.Erwartet.Ziele, b)
	p.runde(k.Erwartet.Runde, b)
	p.prioritaeten(k.Erwartet.Prioritaeten, b)
	p.streuung(k.Erwartet.Streuung, b)
	p.vorbewertungen(k.Erwartet.Vorbewertungen, b)
	return p.abw, nil
}

// eingabe builds the engine's input from the vector.
func (k *Konformitaetsvektor) eingabe() (Eingabe, error) {
	r, err := RahmenVersion(k.Eingabe.Rahmen)
	if err != nil {
		return Eingabe{}, err
	}
	f, err := k.Eingabe.Fakten.Fakten()
	if err != nil {
		return Eingabe{}, err
	}
	e := Eingabe{
		Rahmen: r, Zuschnitt: k.Eingabe.Zuschnitt, Regelwerk: k.Eingabe.Regelwerk, Fakten: f,
		Einschaetzungen: k.Eingabe.Einschaetzungen, Runden: k.Eingabe.Runden, Runde: k.Eingabe.Runde,
	}
	if k.Eingabe.Zeitpunkt != nil {
		e.Zeitpunkt = *k.Eingabe.Zeitpunkt
	}
	return e, nil
}

// konformitaetsPruefung collects the differences of one vector.
type konformitaetsPruefung struct {
	tag language.Tag
	abw []Abweichung
}

func (p *konformitaetsPruefung) melde(teil, key string, args ...any) {
	p.abw = append(p.abw, Abweichung{Teil: teil, Text: konformitaetsMeldungen.Sprintf(p.tag, key, args...)})
}

// abweichung reports "what: got, expected want" unless got == want.
func (p *konformitaetsPruefung) abweichung(teil, was, got, want string) {
	if got != want {
		p.melde(teil, "konformitaet.abweichung", was, got, want)
	}
}

func vektorZahl(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func vektorWert(w Wert) string {
	if f, ok := w.Zahl(); ok {
		return vektorZahl(f)
	}
	return "null"
}

func (p *konformitaetsPruefung) dimensionen(want KonformitaetsErwartet, b *Bewertung) {
	if want.Dimensionen != nil {
		gotIDs := make([]ID, len(b.Dimensionen))
		for i, d := range b.Dimensionen {
			gotIDs[i] = d.ID
		}
		wantIDs := make([]ID, len(want.Dimensionen))
		for i, d := range want.Dimensionen {
			wantIDs[i] = d.ID
		}
		if !slices.Equal(gotIDs, wantIDs) {
			p.melde("dimensionen", "konformitaet.dimensionen", fmt.Sprint(gotIDs), fmt.Sprint(wantIDs))
		}
		for _, w := range want.Dimensionen {
			if got, ok := b.Dimension(w.ID); ok {
				p.abweichung("dimensionen", string(w.ID)+" punkte", vektorWert(got.Punkte), vektorWert(w.Punkte))
				p.abweichung("dimensionen", string(w.ID)+" abdeckung", vektorZahl(got.Abdeckung), vektorZahl(w.Abdeckung))
			}
		}
	}
	if g := want.Gesamt; g != nil {
		p.abweichung("gesamt", "punkte", vektorWert(b.Gesamt.Punkte), vektorWert(g.Punkte))
		p.abweichung("gesamt", "abdeckung", vektorZahl(b.Gesamt.Abdeckung), vektorZahl(g.Abdeckung))
	}
}

func (p *konformitaetsPruefung) ziele(want []ErwartetesZiel, b *Bewertung) {
	for _, w := range want {
		got, ok := b.Ziel(w.ID)
		if !ok {
			p.melde("ziele", "konformitaet.fehlt", string(w.ID))
			continue
		}
		p.abweichung("ziele", string(w.ID)+" stufe", vektorWert(got.Stufe), vektorWert(w.Stufe))
		if w.Quelle != "" {
			p.abweichung("ziele", string(w.ID)+" quelle", string(got.Quelle), string(w.Quelle))
		}
	}
}

func (p *konformitaetsPruefung) runde(want string, b *Bewertung) {
	if want == "" {
		return
	}
	got := ""
	if b.Runde != nil {
		got = b.Runde.ID
	}
	p.abweichung("runde", "id", strconv.Quote(got), strconv.Quote(want))
}

// liste compares two lists entry by entry (each entry as text) and their
// lengths.
func (p *konformitaetsPruefung) liste(teil string, got, want []string) {
	for i := range max(len(got), len(want)) {
		g, w := "–", "–"
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		p.abweichung(teil, strconv.Itoa(i+1), g, w)
	}
}

func (p *konformitaetsPruefung) prioritaeten(want []ErwartetePrioritaet, b *Bewertung) {
	if want == nil {
		return
	}
	mitGruenden := slices.ContainsFunc(want, func(w ErwartetePrioritaet) bool { return w.Gruende != nil })
	text := func(id ID, wert float64, arten []PrioritaetsArt) string {
		s := string(id) + " " + vektorZahl(wert)
		if mitGruenden {
			a := make([]string, len(arten))
			for i, x := range arten {
				a[i] = string(x)
			}
			s += " [" + strings.Join(a, ", ") + "]"
		}
		return s
	}
	var got, exp []string
	for _, g := range b.Prioritaeten {
		arten := make([]PrioritaetsArt, len(g.Gruende))
		for i, x := range g.Gruende {
			arten[i] = x.Art
		}
		got = append(got, text(g.Entwicklungsziel, g.Wert, arten))
	}
	for _, w := range want {
		exp = append(exp, text(w.Entwicklungsziel, w.Wert, w.Gruende))
	}
	p.liste("prioritaeten", got, exp)
}

func streuungText(id ID, anzahl, nb int, median float64, spannweite int, divergent bool) string {
	return fmt.Sprintf("%s anzahl %d, nichtBeurteilbar %d, median %s, spannweite %d, divergent %t",
		id, anzahl, nb, vektorZahl(median), spannweite, divergent)
}

func (p *konformitaetsPruefung) streuung(want []ErwarteteStreuung, b *Bewertung) {
	if want == nil {
		return
	}
	var got, exp []string
	for _, s := range b.Streuung {
		got = append(got, streuungText(s.Entwicklungsziel, s.Anzahl, s.NichtBeurteilbar, s.Median, s.Spannweite, s.Divergent))
	}
	for _, s := range want {
		exp = append(exp, streuungText(s.Entwicklungsziel, s.Anzahl, s.NichtBeurteilbar, s.Median, s.Spannweite, s.Divergent))
	}
	p.liste("streuung", got, exp)
}

func (p *konformitaetsPruefung) vorbewertungen(want []ErwarteteVorbewertung, b *Bewertung) {
	if want == nil {
		return
	}
	var got, exp []string
	for _, d := range b.Dimensionen {
		for _, z := range d.Entwicklungsziele {
			if z.Vorbewertung != nil {
				got = append(got, fmt.Sprintf("%s %s %d", z.ID, z.Vorbewertung.Regel, z.Vorbewertung.Stufe))
			}
		}
	}
	for _, v := range want {
		exp = append(exp, fmt.Sprintf("%s %s %d", v.Entwicklungsziel, v.Regel, v.Stufe))
	}
	p.liste("vorbewertungen", got, exp)
}

// fehler compares the violations the engine reported (fe, nil when it
// accepted the input) with the expected ones, as sorted lists of
// "zeiger regel", pointers into the vector.
func (p *konformitaetsPruefung) fehler(want []ErwarteterFehler, fe *schema.ValidierungsFehler) {
	var got, exp []string
	if fe != nil {
		praefix := map[schema.Art]string{schema.ArtRegelwerk: "/eingabe/regelwerk", schema.ArtZuschnitt: "/eingabe/zuschnitt"}[fe.Art]
		if praefix == "" {
			praefix = "/eingabe"
		}
		for _, v := range fe.Verletzungen {
			got = append(got, praefix+v.Zeiger+" "+v.Regel)
		}
	}
	for _, w := range want {
		exp = append(exp, w.Zeiger+" "+w.Regel)
	}
	slices.Sort(got)
	slices.Sort(exp)
	if want == nil {
		p.melde("fehler", "konformitaet.abgelehnt", strings.Join(got, "; "))
		return
	}
	if fe == nil {
		p.melde("fehler", "konformitaet.angenommen", strings.Join(exp, "; "))
		return
	}
	p.liste("fehler", got, exp)
}
