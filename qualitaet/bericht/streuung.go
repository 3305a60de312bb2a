package bericht

import (
	"io"
	"strconv"
	"strings"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
)

// Geometry of the spread chart.
const (
	stBreite    = 900.0
	stSkalaX    = 420.0 // x of level 0
	stSchritt   = 75.0  // distance between levels
	stRechtsX   = 745.0 // x of the marker of diverging rows
	stKopfY     = 84.0  // baseline of the level numbers
	stZeilenY   = 128.0 // top of the first row
	stZeile     = 14.0  // line height of row texts
	stMinHoehe  = 48.0  // least height of a row
	stTextBreit = 62    // characters per line of the row texts
)

// StreuungSVG writes a range and dot plot (Streuungsdiagramm) of the
// ratings in Bewertung.Streuung as a standalone SVG 1.1 document to w: one
// row per Entwicklungsziel in the order given (widest spread first), with
// the goal's ID, the number of ratings and its text on the left, and on the
// scale 0–4 on the right a line from the lowest to the highest rating, a dot
// per level that was chosen (bigger, with the count inside, when several
// raters chose the same level), and a dark diamond below the line for the
// median, the result of the ratings the score uses. Rows whose ratings diverge (as the
// Regelwerk defines it) have a tinted background, a red line and the label
// "weit auseinander"; where the divergence runs along sector lines the
// sector hint is printed under the goal's text, and so is the hint that the
// strategic and the operative raters lie apart. A Bewertung of a survey
// round names the round in the subtitle, and when it compares the round
// with an earlier one, each row also shows the earlier round's spread as a
// dashed grey line above and its median as a hollow diamond, so the chart
// shows the spread per round. Without ratings the
// document says so. The output depends only on its arguments and is written
// with a single Write. A nil Bewertung gives [ErrKeineBewertung].
func StreuungSVG(w io.Writer, b *qualitaet.Bewertung, opt Optionen) error {
	if b == nil {
		return ErrKeineBewertung
	}
	k := neuerKontext(b, opt)
	var s svg
	k.streuung(&s)
	_, err := w.Write(s.Bytes())
	return err
}

// stZeilenText returns the lines of text left of a row.
func (k *kontext) stZeilenText(st *qualitaet.Streuung) []string {
	kopf := string(st.Entwicklungsziel) + " · " + k.t("st.n", strconv.Itoa(st.Anzahl))
	if st.NichtBeurteilbar > 0 {
		kopf += " · " + k.t("st.nb", strconv.Itoa(st.NichtBeurteilbar))
	}
	zeilen := []string{kopf}
	if t := k.zielTextVon(st.Entwicklungsziel); t != "" {
		zeilen = append(zeilen, kuerzen(einzeilig(t), stTextBreit))
	}
	if st.EntlangSektoren && st.Hinweis != "" {
		zeilen = append(zeilen, umbrechen(st.Hinweis, stTextBreit, 2)...)
	}
	if h := k.ebenenHinweis(*st); h != "" {
		zeilen = append(zeilen, umbrechen(h, stTextBreit, 2)...)
	}
	return zeilen
}

func stX(stufe float64) float64 {
	return stSkalaX + min(max(stufe, 0), float64(qualitaet.MaxStufe))*stSchritt
}

func (k *kontext) streuung(s *svg) {
	liste := k.b.Streuung
	titel := k.kopfTitel("st.titel")
	divergent := 0
	for _, st := range liste {
		if st.Divergent {
			divergent++
		}
	}
	untertitel := k.t("st.untertitel", k.datum(k.b.Zeitpunkt), strconv.Itoa(len(liste)), strconv.Itoa(divergent))
	if r := k.b.Runde; r != nil {
		untertitel += " · " + k.t("st.runde", k.rundenName(*r))
	}

	// Heights first: rows grow with their text.
	hoehen := make([]float64, len(liste))
	texte := make([][]string, len(liste))
	unten := stZeilenY
	for i := range liste {
		texte[i] = k.stZeilenText(&liste[i])
		hoehen[i] = max(stMinHoehe, float64(len(texte[i]))*stZeile+12)
		unten += hoehen[i]
	}
	hoehe := unten + 24 + 4*20 + 8
	if k.b.Vergleich != nil {
		hoehe += 20
	}
	if len(liste) == 0 {
		hoehe = 140
	}
	s.anfang(stBreite, hoehe, titel, titel+". "+untertitel+". "+k.streuungBeschreibung())
	s.text(24, 32, `font-size="18" font-weight="bold"`, titel)
	s.text(24, 54, `fill="#555555"`, untertitel)
	if len(liste) == 0 {
		s.text(24, 96, `font-style="italic" fill="`+farbeFehlt+`"`, k.t("st.leer"))
		s.ende()
		return
	}

	// Scale: numbers, labels, grid lines.
	for st := qualitaet.MinStufe; st <= qualitaet.MaxStufe; st++ {
		x := stX(float64(st))
		s.text(x, stKopfY, `text-anchor="middle" font-weight="bold"`, strconv.Itoa(int(st)))
		if l := k.skala[st]; l != "" {
			s.zeilen(x, stKopfY+14, 11, `text-anchor="middle" font-size="10" fill="#555555"`, umbrechen(l, 13, 2))
		}
	}

	// Rows: background of diverging rows first, then grid, then marks.
	y := stZeilenY
	for i := range liste {
		if liste[i].Divergent {
			s.f(`<rect class="divergent" x="12" y="%s" width="%s" height="%s" fill="%s"/>`+"\n",
				zahlSVG(y+2), zahlSVG(stBreite-24), zahlSVG(hoehen[i]-4), farbeBand)
		}
		y += hoehen[i]
	}
	s.f(`<g class="raster" stroke="%s" stroke-width="1">`+"\n", farbeRaster)
	for st := qualitaet.MinStufe; st <= qualitaet.MaxStufe; st++ {
		x := stX(float64(st))
		s.f(`<line x1="%s" y1="%s" x2="%s" y2="%s"/>`+"\n", zahlSVG(x), zahlSVG(stZeilenY-6), zahlSVG(x), zahlSVG(unten))
	}
	s.f("</g>\n")
	y = stZeilenY
	for i := range liste {
		k.streuungZeile(s, &liste[i], texte[i], y)
		y += hoehen[i]
		s.f(`<line x1="12" y1="%s" x2="%s" y2="%s" stroke="#e6e6e6" stroke-width="1"/>`+"\n", zahlSVG(y), zahlSVG(stBreite-12), zahlSVG(y))
	}
	k.streuungLegende(s, unten+24)
	s.ende()
}

func (k *kontext) streuungZeile(s *svg, st *qualitaet.Streuung, texte []string, oben float64) {
	s.text(24, oben+15, `class="ziel" font-weight="bold"`, texte[0])
	if len(texte) > 1 {
		s.text(24, oben+15+stZeile, `font-size="11"`, texte[1])
	}
	if len(texte) > 2 {
		s.zeilen(24, oben+15+2*stZeile, stZeile, `font-size="11" font-style="italic" fill="`+farbeDivergent+`"`, texte[2:])
	}
	if len(st.Stufen) == 0 {
		return
	}
	y := oben + 18
	farbe := farbeDaten
	if st.Divergent {
		farbe = farbeDivergent
	}
	s.f(`<line class="spanne" x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="3" stroke-linecap="round"/>`+"\n",
		zahlSVG(stX(float64(st.Minimum))), zahlSVG(y), zahlSVG(stX(float64(st.Maximum))), zahlSVG(y), farbe)
	// One dot per chosen level; Stufen is sorted, so equal levels are
	// neighbours and the dots come out in scale order.
	for i := 0; i < len(st.Stufen); {
		j := i
		for j < len(st.Stufen) && st.Stufen[j] == st.Stufen[i] {
			j++
		}
		anzahl := j - i
		r := min(5+2*float64(anzahl-1), 11)
		x := stX(float64(st.Stufen[i]))
		s.f(`<circle class="einschaetzung" cx="%s" cy="%s" r="%s" fill="%s" stroke="#ffffff" stroke-width="1"/>`+"\n",
			zahlSVG(x), zahlSVG(y), zahlSVG(r), farbe)
		if anzahl > 1 {
			s.text(x, y+3.5, `text-anchor="middle" font-size="10" font-weight="bold" fill="#ffffff"`, strconv.Itoa(anzahl))
		}
		i = j
	}
	k.vorherZeile(s, st.Entwicklungsziel, y-10)
	mx, my := stX(st.Median), y+17
	s.f(`<path class="median" d="M %s %s L %s %s L %s %s L %s %s Z" fill="%s"/>`+"\n",
		zahlSVG(mx), zahlSVG(my-5), zahlSVG(mx+5), zahlSVG(my), zahlSVG(mx), zahlSVG(my+5), zahlSVG(mx-5), zahlSVG(my), farbeText)
	if st.Divergent {
		s.text(stRechtsX, y+4, `font-size="11" font-weight="bold" fill="`+farbeDivergent+`"`, k.t("st.divergent"))
	}
}

func (k *kontext) streuungLegende(s *svg, y float64) {
	s.f(`<g class="legende" font-size="11">` + "\n")
	s.f(`<circle cx="36" cy="%s" r="5" fill="%s"/>`+"\n", zahlSVG(y-4), farbeDaten)
	s.f(`<circle cx="52" cy="%s" r="9" fill="%s"/>`+"\n", zahlSVG(y-4), farbeDaten)
	s.text(52, y-0.5, `text-anchor="middle" font-size="10" font-weight="bold" fill="#ffffff"`, "3")
	s.text(70, y, "", k.t("st.legendePunkt"))
	y += 20
	s.f(`<line x1="28" y1="%s" x2="60" y2="%s" stroke="%s" stroke-width="3" stroke-linecap="round"/>`+"\n", zahlSVG(y-4), zahlSVG(y-4), farbeDaten)
	s.text(70, y, "", k.t("st.legendeSpanne"))
	y += 20
	s.f(`<path d="M 44 %s L 49 %s L 44 %s L 39 %s Z" fill="%s"/>`+"\n", zahlSVG(y-9), zahlSVG(y-4), zahlSVG(y+1), zahlSVG(y-4), farbeText)
	s.text(70, y, "", k.t("st.legendeMedian"))
	y += 20
	s.f(`<rect x="28" y="%s" width="32" height="14" fill="%s"/>`+"\n", zahlSVG(y-11), farbeBand)
	s.f(`<line x1="32" y1="%s" x2="56" y2="%s" stroke="%s" stroke-width="3" stroke-linecap="round"/>`+"\n", zahlSVG(y-4), zahlSVG(y-4), farbeDivergent)
	s.text(70, y, "", k.t("st.legendeDivergent"))
	if v := k.b.Vergleich; v != nil {
		y += 20
		s.f(`<line x1="28" y1="%s" x2="60" y2="%s" stroke="%s" stroke-width="1.5" stroke-dasharray="4 3"/>`+"\n", zahlSVG(y-4), zahlSVG(y-4), farbeFehlt)
		s.f(`<path d="M 44 %s L 48 %s L 44 %s L 40 %s Z" fill="#ffffff" stroke="%s" stroke-width="1.5"/>`+"\n",
			zahlSVG(y-8), zahlSVG(y-4), zahlSVG(y), zahlSVG(y-4), farbeFehlt)
		s.text(70, y, "", k.t("st.legendeVorher", k.rundenName(v.Vorher)))
	}
	s.f("</g>\n")
}

// streuungBeschreibung lists every row as text.
func (k *kontext) streuungBeschreibung() string {
	if len(k.b.Streuung) == 0 {
		return k.t("st.leer")
	}
	teile := make([]string, len(k.b.Streuung))
	for i, st := range k.b.Streuung {
		t := k.t("st.desc", string(st.Entwicklungsziel), strconv.Itoa(st.Anzahl), strconv.Itoa(int(st.Minimum)),
			strconv.Itoa(int(st.Maximum)), k.zahl(st.Median, 1))
		if st.Divergent {
			t += " (" + k.t("st.divergent") + ")"
		}
		if w := k.vorherWert(st.Entwicklungsziel); w != nil {
			t += " (" + k.t("st.descVorher", strconv.Itoa(int(w.Minimum)), strconv.Itoa(int(w.Maximum)), k.zahl(w.Median, 1)) + ")"
		}
		teile[i] = t
	}
	return strings.Join(teile, "; ")
}
