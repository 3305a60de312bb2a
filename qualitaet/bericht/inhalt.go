package bericht

import (
	"strconv"
	"strings"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
)

// The content of the report sections that the Markdown and the HTML report
// share: the same facts in the same words from the same catalogue, as plain
// text that each format escapes in its own way.

// tabellenInhalt is a table of a report: its header, the alignment of its
// columns (one of "l", "r", "c" per column) and its rows of plain text.
type tabellenInhalt struct {
	Kopf        []string
	Ausrichtung string
	Zeilen      [][]string
}

// gesamtTexte gives the heading of the overall result and its first
// sentence, with "**" around the figure (Markdown's bold; the HTML report
// makes it <strong>): a pre-assessment from structural data when every
// level comes from rules, the score, or "no points yet".
func (k *kontext) gesamtTexte() (ueberschrift, satz string) {
	g := k.b.Gesamt
	switch {
	case k.b.Quellen.NurVorbewertung():
		return k.t("md.vorbewertung"), k.t("md.vorbewertungText", k.punkte(g.Punkte), k.anteil(g.Abdeckung))
	case g.Punkte.Gesetzt():
		return k.t("md.gesamt"), k.t("md.gesamtText", k.punkte(g.Punkte), k.anteil(g.Abdeckung))
	}
	return k.t("md.gesamt"), k.t("md.gesamtOhne", k.anteil(g.Abdeckung))
}

// quellenText says how much of the result rests on the network's own
// ratings and how much on automated rules; "" for a Bewertung without
// goals.
func (k *kontext) quellenText() string {
	q := k.b.Quellen
	switch {
	case q.Entwicklungsziele == 0:
		return ""
	case q.Dialog > 0:
		return k.t("md.quellenDialog", strconv.Itoa(q.Selbsteinschaetzung+q.Dialog), strconv.Itoa(q.Entwicklungsziele),
			strconv.Itoa(q.Dialog), strconv.Itoa(q.Regel))
	}
	return k.t("md.quellen", strconv.Itoa(q.Selbsteinschaetzung), strconv.Itoa(q.Entwicklungsziele), strconv.Itoa(q.Regel))
}

// dimensionenTabelle is the table of the dimensions with its legend ("" when
// nothing needs explaining).
func (k *kontext) dimensionenTabelle() (tabellenInhalt, string) {
	t := tabellenInhalt{Kopf: []string{k.t("spalte.nr"), k.t("spalte.dimension"), k.t("spalte.punkte"), k.t("spalte.abdeckung"),
		k.t("spalte.schwerpunkt")}, Ausrichtung: "rlrrc"}
	fehlt := false
	for i := range k.b.Dimensionen {
		d := &k.b.Dimensionen[i]
		stern := ""
		if d.Schwerpunkt {
			stern = "★"
		}
		fehlt = fehlt || !d.Punkte.Gesetzt()
		t.Zeilen = append(t.Zeilen, []string{strconv.Itoa(d.Nummer), k.dimName(d), k.punkte(d.Punkte), k.anteil(d.Abdeckung), stern})
	}
	var legende []string
	if fehlt {
		legende = append(legende, k.t("md.legendeStrich"))
	}
	if k.schwerpunkte() {
		legende = append(legende, k.t("md.legendeStern"))
	}
	return t, strings.Join(legende, " ")
}

// kennzahlenTabelle lists the key figures by name; their formulas are in
// the method note.
func (k *kontext) kennzahlenTabelle() tabellenInhalt {
	t := tabellenInhalt{Kopf: []string{k.t("spalte.kennzahl"), k.t("spalte.wert")}, Ausrichtung: "lr"}
	for _, kz := range k.b.Kennzahlen {
		name, _ := teileFormel(kz.Bezeichnung)
		t.Zeilen = append(t.Zeilen, []string{grossAnfang(name), k.kennzahl(kz)})
	}
	return t
}

// gewaehltTexte gives the sentence on the network's choice of priorities
// and its table; nil rows when the network chose no goal.
func (k *kontext) gewaehltTexte() (string, tabellenInhalt) {
	p := k.b.Priorisierung
	wer := k.t("md.gewaehltAm", k.isoDatum(p.Datum))
	if p.Anwesende > 0 {
		wer = k.t("md.gewaehltAmMit", k.isoDatum(p.Datum), strconv.Itoa(p.Anwesende))
	}
	t := tabellenInhalt{Kopf: []string{k.t("spalte.rang"), k.t("spalte.ziel"), k.t("spalte.stufe"), k.t("spalte.begruendungNetzwerk")},
		Ausrichtung: "rlll"}
	for _, g := range p.Ziele {
		stufe := strich
		if z, ok := k.b.Ziel(g.Entwicklungsziel); ok {
			stufe = k.stufeMitBezeichnung(z)
		}
		t.Zeilen = append(t.Zeilen, []string{strconv.Itoa(g.Rang), k.zielZelle(g.Entwicklungsziel), stufe, g.Begruendung})
	}
	return wer, t
}

// prioritaetenTabelle lists the computed priorities, the first n (0: all);
// the goal cell carries ✓ for a goal the network chose and ★ for a focus
// dimension. Without reasons (mitGruenden false) the table has three
// columns.
func (k *kontext) prioritaetenTabelle(n int, mitGruenden bool) tabellenInhalt {
	t := tabellenInhalt{Kopf: []string{k.t("spalte.rang"), k.t("spalte.ziel"), k.t("spalte.stufe")}, Ausrichtung: "rll"}
	if mitGruenden {
		t.Kopf, t.Ausrichtung = append(t.Kopf, k.t("spalte.gruende")), "rlll"
	}
	for _, p := range k.b.Prioritaeten {
		if n > 0 && len(t.Zeilen) == n {
			break
		}
		ziel := k.zielZelle(p.Entwicklungsziel)
		if p.Schwerpunkt {
			ziel = "★ " + ziel
		}
		if p.Gewaehlt {
			ziel = "✓ " + ziel
		}
		stufe := strich
		if z, ok := k.b.Ziel(p.Entwicklungsziel); ok {
			stufe = k.stufeMitBezeichnung(z)
		}
		zeile := []string{strconv.Itoa(p.Rang), ziel, stufe}
		if mitGruenden {
			zeile = append(zeile, k.prioGruende(p))
		}
		t.Zeilen = append(t.Zeilen, zeile)
	}
	return t
}

// streuungTabelle lists the goals whose ratings differ, with the result of
// the ratings, an agreed result, and the hints on sectors, levels and
// development need; no rows when the raters agree everywhere.
func (k *kontext) streuungTabelle() tabellenInhalt {
	t := tabellenInhalt{Kopf: []string{k.t("spalte.ziel"), "n", k.t("spalte.min"), k.t("spalte.max"), k.t("spalte.ergebnis"),
		k.t("spalte.spannweite"), k.t("spalte.dialog"), k.t("spalte.hinweis")}, Ausrichtung: "lrrrrrcl"}
	for _, s := range k.b.Streuung {
		if s.Spannweite < 1 {
			continue
		}
		n := strconv.Itoa(s.Anzahl)
		if s.NichtBeurteilbar > 0 {
			n = k.t("md.nichtBeurteilbar", n, strconv.Itoa(s.NichtBeurteilbar))
		}
		dialog, ergebnis := "", k.zahl(s.Median, 1)
		z, _ := k.b.Ziel(s.Entwicklungsziel)
		switch {
		case z != nil && z.Dialog != nil:
			dialog, ergebnis = k.t("md.vereinbart"), k.dialogErgebnis(s, z.Dialog)
		case s.Divergent:
			dialog = k.t("md.ja")
			ergebnis += " " + k.t("md.vorlaeufigKurz")
		}
		var hinweise []string
		if s.EntlangSektoren {
			hinweise = append(hinweise, s.Hinweis)
		}
		if h := k.ebenenHinweis(s); h != "" {
			hinweise = append(hinweise, h)
		}
		if h := k.bedarfText(s.Entwicklungsziel); h != "" {
			hinweise = append(hinweise, h)
		}
		t.Zeilen = append(t.Zeilen, []string{k.zielZelle(s.Entwicklungsziel), n, strconv.Itoa(int(s.Minimum)),
			strconv.Itoa(int(s.Maximum)), ergebnis, strconv.Itoa(s.Spannweite), dialog, strings.Join(hinweise, " · ")})
	}
	return t
}

// streuungErklaerung explains the table of the spread.
func (k *kontext) streuungErklaerung() string {
	return k.t("md.streuungErklaerung", k.geradeRegel(), strconv.Itoa(k.b.Regelwerk.DivergenzSchwelle))
}

// vergleichInhalt is the comparison with the earlier round: its
// explanation, the table per goal, and the lists of goals whose result
// moved, converged or diverged (label and IDs; empty when nothing
// changed). The Bewertung must carry a Vergleich.
func (k *kontext) vergleichInhalt() (string, tabellenInhalt, [][2]string) {
	v := k.b.Vergleich
	name := func(r qualitaet.RundenAngabe) string { return k.rundenName(r) + " (" + k.isoDatum(r.Datum) + ")" }
	wert := func(w *qualitaet.Rundenwert) (string, string) {
		if w == nil {
			return strich, strich
		}
		return k.zahl(w.Median, 1), strconv.Itoa(w.Spannweite)
	}
	t := tabellenInhalt{Kopf: []string{k.t("spalte.ziel"), k.t("spalte.vorher"), k.t("spalte.nachher"), k.t("spalte.differenz"),
		k.t("spalte.spannweite"), k.t("spalte.tendenz")}, Ausrichtung: "lrrrcl"}
	for _, z := range v.Ziele {
		mv, sv := wert(z.Vorher)
		mn, sn := wert(z.Nachher)
		diff := strich
		if d, ok := z.Differenz.Zahl(); ok {
			diff = k.zahl(d, 1)
			if d > 0 {
				diff = "+" + diff
			}
		}
		t.Zeilen = append(t.Zeilen, []string{k.zielZelle(z.Entwicklungsziel), mv, mn, diff, sv + " → " + sn, k.tendenz(z.Tendenz)})
	}
	var listen [][2]string
	for _, l := range []struct {
		titel string
		ids   []qualitaet.ID
	}{{k.t("md.bewegt"), v.Bewegt}, {k.t("md.angenaehert"), v.Angenaehert}, {k.t("md.auseinander"), v.Auseinander}} {
		if len(l.ids) == 0 {
			continue
		}
		s := make([]string, len(l.ids))
		for i, id := range l.ids {
			s[i] = string(id)
		}
		listen = append(listen, [2]string{l.titel, strings.Join(s, ", ")})
	}
	return k.t("md.vergleichErklaerung", name(v.Vorher), name(v.Nachher)), t, listen
}

// detailTabelle lists the goals of a dimension with provenance, level,
// source and reasons.
func (k *kontext) detailTabelle(d *qualitaet.DimensionErgebnis) tabellenInhalt {
	t := tabellenInhalt{Kopf: []string{k.t("spalte.ziel"), k.t("spalte.herkunft"), k.t("spalte.stufe"), k.t("spalte.quelle"),
		k.t("spalte.begruendung")}, Ausrichtung: "lllll"}
	for j := range d.Entwicklungsziele {
		z := &d.Entwicklungsziele[j]
		quelle := ""
		if z.Quelle != qualitaet.QuelleKeine {
			quelle = k.quelle(z.Quelle)
		}
		t.Zeilen = append(t.Zeilen, []string{string(z.ID) + " " + k.zielText(z), k.herkunftName(z.Herkunft), k.stufeMitBezeichnung(z),
			quelle, strings.Join(z.Begruendung, " · ")})
	}
	return t
}

// detailTitel is a dimension's heading in the detail section.
func (k *kontext) detailTitel(d *qualitaet.DimensionErgebnis) string {
	if d.Schwerpunkt {
		return k.dimName(d) + " ★"
	}
	return k.dimName(d)
}

// methodePunkte are the items of the method note (how points, the result
// of the ratings, the priorities and rounds are computed) and the formulas
// of the key figures. The running text of the reports names no formula.
func (k *kontext) methodePunkte() (punkte, formeln []string) {
	punkte = []string{k.t("methode.punkte"),
		k.t("methode.ergebnis", k.geradeRegel(), strconv.Itoa(k.b.Regelwerk.DivergenzSchwelle)),
		k.t("methode.prioritaeten")}
	if k.b.Runde != nil || k.b.Quellen.Dialog > 0 || k.mitBedarf() {
		punkte = append(punkte, k.t("methode.runden"))
	}
	for _, kz := range k.b.Kennzahlen {
		if name, formel := teileFormel(kz.Bezeichnung); formel != "" {
			formeln = append(formeln, grossAnfang(name)+": "+formel)
		}
	}
	return punkte, formeln
}
