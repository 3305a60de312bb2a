package bericht

import (
	"strconv"
	"strings"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
)

// rundeText names the evaluated round in the header: title, ID, day, how
// many ratings and raters, and that other rounds are not pooled; "" when
// the Bewertung names no round.
func (k *kontext) rundeText() string {
	r := k.b.Runde
	if r == nil {
		return ""
	}
	name := r.Titel
	if name == "" || name == r.ID {
		name = r.ID
	} else if r.ID != "" {
		name += " (" + r.ID + ")"
	}
	if name == "" {
		name = k.t("runde.ohne")
	}
	text := k.t("kopf.rundeText", name, k.isoDatum(r.Datum), strconv.Itoa(r.Einschaetzungen), strconv.Itoa(r.Einschaetzende))
	if r.Runden > 1 {
		text += "; " + k.t("kopf.rundeNurDiese", strconv.Itoa(r.Runden))
	}
	return text
}

// isoDatum writes a calendar date of the form 2026-03-12 the way the
// language writes dates.
func (k *kontext) isoDatum(s string) string {
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return k.datum(t)
	}
	return s
}

// mdGewaehlt writes the network's own choice of priorities, which comes
// before the computed ranking.
func (k *kontext) mdGewaehlt(m *md) {
	m.ueberschrift(2, k.t("md.gewaehlt"))
	wer, t := k.gewaehltTexte()
	m.absatz(wer)
	if len(t.Zeilen) == 0 {
		m.absatz(k.t("md.gewaehltKeine"))
		return
	}
	m.inhalt(t)
}

// streuungVon returns the spread of a goal's ratings, or nil.
func (k *kontext) streuungVon(id qualitaet.ID) *qualitaet.Streuung {
	for i := range k.b.Streuung {
		if k.b.Streuung[i].Entwicklungsziel == id {
			return &k.b.Streuung[i]
		}
	}
	return nil
}

// bedarfText names the summarised development need of a goal with its
// counts ("Entwicklungsbedarf hoch (2 × hoch, 1 × gering)"); "" when no
// rater stated one.
func (k *kontext) bedarfText(id qualitaet.ID) string {
	st := k.streuungVon(id)
	if st == nil || st.Entwicklungsbedarf == nil {
		return ""
	}
	v := st.Entwicklungsbedarf
	var teile []string
	for _, x := range []struct {
		n int
		b qualitaet.Entwicklungsbedarf
	}{{v.Hoch, qualitaet.BedarfHoch}, {v.Mittel, qualitaet.BedarfMittel}, {v.Gering, qualitaet.BedarfGering}} {
		if x.n > 0 {
			teile = append(teile, strconv.Itoa(x.n)+" × "+k.bedarf(x.b))
		}
	}
	return k.t("md.bedarf", k.bedarf(v.Wert), strings.Join(teile, ", "))
}

// bedarf names a value of Entwicklungsbedarf.
func (k *kontext) bedarf(b qualitaet.Entwicklungsbedarf) string {
	switch b {
	case qualitaet.BedarfGering:
		return k.t("bedarf.gering")
	case qualitaet.BedarfMittel:
		return k.t("bedarf.mittel")
	case qualitaet.BedarfHoch:
		return k.t("bedarf.hoch")
	}
	return string(b)
}

// ebene names a rater level.
func (k *kontext) ebene(e qualitaet.Ebene) string {
	if e == qualitaet.Strategisch {
		return k.t("ebene.strategisch")
	}
	return k.t("ebene.operativ")
}

// dialogErgebnis is the result column of a goal with an agreed level:
// "Einschätzungen: 1–3, unterer Median 1 · im Dialog vereinbart: 2".
func (k *kontext) dialogErgebnis(st qualitaet.Streuung, d *qualitaet.Dialogergebnis) string {
	regel := k.t("dialog.median")
	if st.Anzahl%2 == 0 {
		switch k.b.Regelwerk.GeradeAnzahl {
		case qualitaet.ObererMedian:
			regel = k.t("dialog.oberer")
		case qualitaet.MittelDerMitte:
			regel = k.t("dialog.mittelwert")
		default:
			regel = k.t("dialog.unterer")
		}
	}
	spanne := strconv.Itoa(int(st.Minimum))
	if st.Maximum != st.Minimum {
		spanne += "–" + strconv.Itoa(int(st.Maximum))
	}
	return k.t("md.dialogErgebnis", spanne, regel, k.zahl(st.Median, 1), strconv.Itoa(int(d.Stufe)))
}

// ebenenHinweis names the results of the two rater levels when they lie
// apart by the divergence threshold or more; "" otherwise.
func (k *kontext) ebenenHinweis(st qualitaet.Streuung) string {
	if !st.EntlangEbenen {
		return ""
	}
	teile := make([]string, len(st.Ebenen))
	for i, e := range st.Ebenen {
		teile[i] = k.ebene(e.Ebene) + " " + k.zahl(e.Median, 1)
	}
	return k.t("md.ebenen", strings.Join(teile, ", "))
}

// mdVergleich writes the comparison with the earlier round: per goal the
// result and spread before and after, then the goals whose result moved,
// converged and diverged.
func (k *kontext) mdVergleich(m *md) {
	if k.b.Vergleich == nil {
		return
	}
	erklaerung, t, listen := k.vergleichInhalt()
	m.ueberschrift(2, k.t("md.vergleich"))
	m.absatz(erklaerung)
	m.inhalt(t)
	for _, l := range listen {
		m.zeile("- **" + l[0] + ":** " + l[1])
	}
	if len(listen) == 0 {
		m.zeile("- " + k.t("md.vergleichGleich"))
	}
	m.zeile("")
}

// tendenz names how the spread changed.
func (k *kontext) tendenz(t qualitaet.Tendenz) string {
	switch t {
	case qualitaet.Angenaehert:
		return k.t("tendenz.angenaehert")
	case qualitaet.Auseinander:
		return k.t("tendenz.auseinander")
	case qualitaet.Unveraendert:
		return k.t("tendenz.unveraendert")
	}
	return ""
}

// mitBedarf reports whether any rater stated an Entwicklungsbedarf.
func (k *kontext) mitBedarf() bool {
	for _, st := range k.b.Streuung {
		if st.Entwicklungsbedarf != nil {
			return true
		}
	}
	return false
}

// rundenName names a round for people: its title, else its ID, else
// "ratings without a round".
func (k *kontext) rundenName(r qualitaet.RundenAngabe) string {
	switch {
	case r.Titel != "":
		return r.Titel
	case r.ID != "":
		return r.ID
	}
	return k.t("runde.ohne")
}

// vorherWert returns the earlier round's result of a goal's ratings when
// the Bewertung compares rounds; nil otherwise.
func (k *kontext) vorherWert(id qualitaet.ID) *qualitaet.Rundenwert {
	if k.b.Vergleich == nil {
		return nil
	}
	for _, z := range k.b.Vergleich.Ziele {
		if z.Entwicklungsziel == id {
			return z.Vorher
		}
	}
	return nil
}

// vorherZeile draws the earlier round's spread of a goal (dashed grey line)
// and its median (hollow diamond) at height y; nothing without one.
func (k *kontext) vorherZeile(s *svg, id qualitaet.ID, y float64) {
	w := k.vorherWert(id)
	if w == nil {
		return
	}
	s.f(`<line class="spanne-vorher" x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="1.5" stroke-dasharray="4 3"/>`+"\n",
		zahlSVG(stX(float64(w.Minimum))), zahlSVG(y), zahlSVG(stX(float64(w.Maximum))), zahlSVG(y), farbeFehlt)
	mx := stX(w.Median)
	s.f(`<path class="median-vorher" d="M %s %s L %s %s L %s %s L %s %s Z" fill="#ffffff" stroke="%s" stroke-width="1.5"/>`+"\n",
		zahlSVG(mx), zahlSVG(y-4), zahlSVG(mx+4), zahlSVG(y), zahlSVG(mx), zahlSVG(y+4), zahlSVG(mx-4), zahlSVG(y), farbeFehlt)
}
