package bericht

import (
	"io"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
)

// Geometry of the radar chart.
const (
	radarBreite     = 760.0
	radarHoehe      = 680.0
	radarMitteX     = 380.0
	radarMitteY     = 322.0
	radarRadius     = 190.0
	radarLabelAbst  = 22.0 // from the outer ring to the axis label
	radarZeile      = 14.0 // line height of axis labels
	radarLabelBreit = 22   // characters per label line
	radarSternAbst  = 10.0 // from the outer ring to the centre of the focus star
	radarSternR     = 6.0  // outer radius of the focus star
)

// SVG writes a radar chart (Netzdiagramm) of the dimension points of a
// Bewertung as a standalone SVG 1.1 document to w. Each dimension has an
// axis from the centre (0 points) to the outer ring (100 points), clockwise
// from the top in catalogue order; rings mark 25, 50, 75 and 100 points. The
// filled polygon joins the points of the dimensions that have points, each
// vertex labelled with its value. A dimension without points (not assessed)
// gets a dashed axis, a hollow marker near the centre labelled "–", and the
// outline passes it by with a dashed line: not assessed is not 0, so the
// chart does not draw it as 0. Focus dimensions (Schwerpunkte) have a bold
// label with a star. The title names the Kommune and the date; a legend
// explains the marks; <title> and <desc> carry the same content as text for
// screen readers. The output depends only on its arguments and is written
// with a single Write. A nil Bewertung gives [ErrKeineBewertung].
func SVG(w io.Writer, b *qualitaet.Bewertung, opt Optionen) error {
	if b == nil {
		return ErrKeineBewertung
	}
	k := neuerKontext(b, opt)
	var s svg
	k.radar(&s)
	_, err := w.Write(s.Bytes())
	return err
}

// winkel is the angle of axis i of n, clockwise from the top.
func winkel(i, n int) float64 { return -math.Pi/2 + 2*math.Pi*float64(i)/float64(n) }

// polar is the point at radius r on the axis with angle a.
func polar(r, a float64) (float64, float64) {
	return radarMitteX + r*math.Cos(a), radarMitteY + r*math.Sin(a)
}

// kopfTitel is the title of a chart: the key with the Kommune, or the key
// without one.
func (k *kontext) kopfTitel(key string) string {
	if strings.TrimSpace(k.b.Kommune) == "" {
		return k.t(key + "Ohne")
	}
	return k.t(key, einzeilig(k.b.Kommune))
}

func (k *kontext) radar(s *svg) {
	dims := k.b.Dimensionen
	n := len(dims)
	titel := k.kopfTitel("svg.titel")
	untertitel := k.t("svg.untertitelOhne", k.datum(k.b.Zeitpunkt), k.anteil(k.b.Gesamt.Abdeckung))
	if k.b.Gesamt.Punkte.Gesetzt() {
		untertitel = k.t("svg.untertitel", k.datum(k.b.Zeitpunkt), k.punkte(k.b.Gesamt.Punkte), k.anteil(k.b.Gesamt.Abdeckung))
	}
	s.anfang(radarBreite, radarHoehe, titel, titel+". "+untertitel+". "+k.radarBeschreibung())
	s.text(24, 32, `font-size="18" font-weight="bold"`, titel)
	s.text(24, 54, `fill="#555555"`, untertitel)
	if n == 0 {
		s.text(radarMitteX, radarMitteY, `text-anchor="middle" fill="`+farbeFehlt+`"`, k.t("svg.keineDimensionen"))
		s.ende()
		return
	}
	var belegt []kasten // areas taken by marks and labels, for the value labels
	belegt = k.radarRaster(s, n, belegt)
	ecken := k.radarAchsen(s)
	radarFlaechen(s, ecken, n)
	for _, e := range ecken {
		if e.gesetzt {
			s.f(`<circle class="punkt" cx="%s" cy="%s" r="4" fill="%s"/>`+"\n", zahlSVG(e.x), zahlSVG(e.y), farbeDaten)
			belegt = append(belegt, kastenUm(e.x, e.y, 5, 5))
		}
	}
	belegt = append(belegt, k.radarBeschriftung(s)...)
	for _, e := range ecken {
		if e.gesetzt {
			belegt = k.radarWert(s, e, k.punkte(dims[e.i].Punkte), belegt)
		}
	}
	if !slices.ContainsFunc(ecken, func(e ecke) bool { return e.gesetzt }) {
		hinweis := k.t("svg.keinePunkte")
		s.text(radarMitteX, radarMitteY+radarRadius/2, `text-anchor="middle" font-style="italic" fill="#ffffff" stroke="#ffffff" stroke-width="4" stroke-linejoin="round"`, hinweis)
		s.text(radarMitteX, radarMitteY+radarRadius/2, `text-anchor="middle" font-style="italic" fill="`+farbeFehlt+`"`, hinweis)
	}
	k.radarLegende(s)
	s.ende()
}

// ecke is the vertex of axis i: where its points lie, if it has any.
type ecke struct {
	i       int
	a       float64 // angle of the axis
	gesetzt bool
	x, y, r float64
}

// kasten is a rectangle an element covers, for keeping labels off marks.
type kasten struct{ x0, y0, x1, y1 float64 }

func kastenUm(x, y, halbB, halbH float64) kasten {
	return kasten{x - halbB, y - halbH, x + halbB, y + halbH}
}

func (a kasten) schneidet(b kasten) bool {
	return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
}

// radarRaster draws the rings with their values between the first two
// axes and returns the areas of the ring values.
func (k *kontext) radarRaster(s *svg, n int, belegt []kasten) []kasten {
	s.f(`<g class="ringe" fill="none" stroke="%s" stroke-width="1">`+"\n", farbeRaster)
	for _, p := range []float64{25, 50, 75, 100} {
		s.f(`<circle cx="%s" cy="%s" r="%s"/>`+"\n", zahlSVG(radarMitteX), zahlSVG(radarMitteY), zahlSVG(radarRadius*p/100))
	}
	s.f("</g>\n")
	aRing := winkel(0, n) + math.Pi/float64(n)
	if n == 1 {
		aRing = winkel(0, 1) + math.Pi/4
	}
	for _, p := range []float64{25, 50, 75, 100} {
		x, y := polar(radarRadius*p/100, aRing)
		t := k.zahl(p, 0)
		s.text(x+3, y-3, `font-size="10" fill="#777777"`, t)
		belegt = append(belegt, kasten{x + 2, y - 12, x + 4 + textBreite(t, 10), y - 1})
	}
	return belegt
}

// radarAchsen draws the axes — dashed and grey for dimensions without
// points — and returns the vertices.
func (k *kontext) radarAchsen(s *svg) []ecke {
	dims := k.b.Dimensionen
	ecken := make([]ecke, len(dims))
	for i := range dims {
		d := &dims[i]
		a := winkel(i, len(dims))
		x, y := polar(radarRadius, a)
		strich, farbe := "", "#9a9a9a"
		if !d.Punkte.Gesetzt() {
			strich, farbe = ` stroke-dasharray="4 3"`, farbeFehlt
		}
		s.f(`<line class="achse" x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="1"%s/>`+"\n",
			zahlSVG(radarMitteX), zahlSVG(radarMitteY), zahlSVG(x), zahlSVG(y), farbe, strich)
		ecken[i] = ecke{i: i, a: a}
		if p, ok := d.Punkte.Zahl(); ok {
			r := radarRadius * min(max(p, 0), 100) / 100
			ex, ey := polar(r, a)
			ecken[i] = ecke{i: i, a: a, gesetzt: true, x: ex, y: ey, r: r}
		}
	}
	return ecken
}

// radarFlaechen fills the area of the points and draws its outline only
// between neighbouring axes that both have points. With every axis
// assessed that is one closed polygon; otherwise each run of neighbouring
// assessed axes is a fan from the centre, and a dimension without points
// leaves a gap: nothing is drawn in its sectors, so the chart shows no
// value there, neither low nor high.
func radarFlaechen(s *svg, ecken []ecke, n int) {
	alle := !slices.ContainsFunc(ecken, func(e ecke) bool { return !e.gesetzt })
	if alle && n < 3 {
		return // one or two axes span no area
	}
	if alle {
		pts := make([]string, n)
		for i, e := range ecken {
			pts[i] = zahlSVG(e.x) + "," + zahlSVG(e.y)
		}
		s.f(`<polygon class="punkte" points="%s" fill="%s" fill-opacity="0.25" stroke="%s" stroke-width="2" stroke-linejoin="round"/>`+"\n",
			strings.Join(pts, " "), farbeFlaeche, farbeDaten)
		return
	}
	for _, lauf := range laeufe(ecken) {
		if len(lauf) < 2 {
			continue
		}
		pts := []string{zahlSVG(radarMitteX) + "," + zahlSVG(radarMitteY)}
		linie := make([]string, len(lauf))
		for j, e := range lauf {
			pts = append(pts, zahlSVG(e.x)+","+zahlSVG(e.y))
			linie[j] = zahlSVG(e.x) + "," + zahlSVG(e.y)
		}
		s.f(`<polygon class="punkte" points="%s" fill="%s" fill-opacity="0.25" stroke="none"/>`+"\n", strings.Join(pts, " "), farbeFlaeche)
		s.f(`<polyline class="kante" points="%s" fill="none" stroke="%s" stroke-width="2" stroke-linejoin="round"/>`+"\n",
			strings.Join(linie, " "), farbeDaten)
	}
}

// laeufe splits the vertices into runs of neighbouring assessed axes, in
// clockwise order; a run may wrap from the last axis to the first.
func laeufe(ecken []ecke) [][]ecke {
	n := len(ecken)
	start := slices.IndexFunc(ecken, func(e ecke) bool { return !e.gesetzt })
	if start < 0 {
		return [][]ecke{ecken}
	}
	var out [][]ecke
	var lauf []ecke
	for j := 1; j <= n; j++ {
		e := ecken[(start+j)%n]
		if e.gesetzt {
			lauf = append(lauf, e)
			continue
		}
		if len(lauf) > 0 {
			out = append(out, lauf)
		}
		lauf = nil
	}
	return out
}

// radarBeschriftung writes the axis labels, wrapped; a dimension without
// points is grey; a focus dimension is bold and marked by a star drawn as a
// path just outside the outer ring. It returns the areas it covers.
func (k *kontext) radarBeschriftung(s *svg) []kasten {
	var belegt []kasten
	dims := k.b.Dimensionen
	for i := range dims {
		d := &dims[i]
		a := winkel(i, len(dims))
		zeilen := umbrechen(k.dimName(d), radarLabelBreit, 3)
		attr := ""
		if d.Schwerpunkt {
			attr = `font-weight="bold" `
			sx, sy := polar(radarRadius+radarSternAbst, a)
			stern(s, sx, sy, radarSternR, "schwerpunkt")
			belegt = append(belegt, kastenUm(sx, sy, radarSternR, radarSternR))
		}
		x, y := polar(radarRadius+radarLabelAbst, a)
		c, sn := math.Cos(a), math.Sin(a)
		anker := "middle"
		switch {
		case c > 0.3:
			anker = "start"
		case c < -0.3:
			anker = "end"
		}
		hoehe := float64(len(zeilen)-1) * radarZeile
		switch {
		case sn < -0.3:
			y -= hoehe
		case sn > 0.3:
			y += 10
		default:
			y += 4 - hoehe/2
		}
		if !d.Punkte.Gesetzt() {
			attr += `fill="` + farbeFehlt + `" `
		}
		s.zeilen(x, y, radarZeile, `class="dimension" `+attr+`text-anchor="`+anker+`"`, zeilen)
		belegt = append(belegt, textKasten(x, y, anker, zeilen, 12))
	}
	return belegt
}

// textKasten estimates the area of lines of text at font size groesse with
// the first baseline at y.
func textKasten(x, y float64, anker string, zeilen []string, groesse float64) kasten {
	breite := 0.0
	for _, z := range zeilen {
		breite = max(breite, textBreite(z, groesse))
	}
	x0 := x
	switch anker {
	case "middle":
		x0 = x - breite/2
	case "end":
		x0 = x - breite
	}
	return kasten{x0, y - groesse, x0 + breite, y + float64(len(zeilen)-1)*radarZeile + groesse*0.3}
}

// textBreite estimates the width of text at font size groesse generously
// (0.62 em per character, bold digits of sans-serif fonts are narrower).
func textBreite(t string, groesse float64) float64 {
	return float64(utf8.RuneCountInString(t)) * groesse * 0.62
}

// radarWert places the value label of a vertex where it covers no mark and
// no other label: outside along the axis, inside, or to either side; it
// returns belegt with the label's area added.
func (k *kontext) radarWert(s *svg, e ecke, inhalt string, belegt []kasten) []kasten {
	b := textBreite(inhalt, 12)
	ux, uy := math.Cos(e.a), math.Sin(e.a)
	abst := 9 + b/2*math.Abs(ux) + 6*math.Abs(uy)
	kandidaten := [][2]float64{
		{e.x + ux*abst, e.y + uy*abst}, {e.x - ux*abst, e.y - uy*abst},
		{e.x - uy*abst, e.y + ux*abst}, {e.x + uy*abst, e.y - ux*abst},
	}
	for _, f := range []float64{1.6, 2.2, 3} {
		kandidaten = append(kandidaten, [2]float64{e.x + ux*abst*f, e.y + uy*abst*f}, [2]float64{e.x - ux*abst*f, e.y - uy*abst*f},
			[2]float64{e.x - uy*abst*f, e.y + ux*abst*f}, [2]float64{e.x + uy*abst*f, e.y - ux*abst*f})
	}
	wahl := kandidaten[0]
	for _, c := range kandidaten {
		kb := kastenUm(c[0], c[1], b/2+1, 7)
		if !slices.ContainsFunc(belegt, kb.schneidet) {
			wahl = c
			break
		}
	}
	k.wert(s, wahl[0], wahl[1]+4, inhalt, farbeDaten)
	return append(belegt, kastenUm(wahl[0], wahl[1], b/2+1, 7))
}

// stern draws a five-pointed star as a path centred on x, y with outer
// radius r: no font glyph, so every renderer shows the same mark.
func stern(s *svg, x, y, r float64, klasse string) {
	var d strings.Builder
	for j := range 10 {
		rr := r
		if j%2 == 1 {
			rr = r * 0.42
		}
		a := -math.Pi/2 + float64(j)*math.Pi/5
		cmd := "L"
		if j == 0 {
			cmd = "M"
		}
		d.WriteString(cmd + zahlSVG(x+rr*math.Cos(a)) + " " + zahlSVG(y+rr*math.Sin(a)) + " ")
	}
	d.WriteString("Z")
	s.f(`<path class="%s" d="%s" fill="%s" stroke="none"/>`+"\n", klasse, d.String(), farbeText)
}

// wert writes a value label with a white halo, drawn as a stroked copy
// underneath (paint-order is not SVG 1.1).
func (k *kontext) wert(s *svg, x, y float64, inhalt, farbe string) {
	s.text(x, y, `text-anchor="middle" font-size="12" font-weight="bold" fill="#ffffff" stroke="#ffffff" stroke-width="3" stroke-linejoin="round"`, inhalt)
	s.text(x, y, `class="wert" text-anchor="middle" font-size="12" font-weight="bold" fill="`+farbe+`"`, inhalt)
}

func (k *kontext) radarLegende(s *svg) {
	y := radarHoehe - 78
	s.f(`<g class="legende">` + "\n")
	s.f(`<rect x="24" y="%s" width="22" height="12" fill="%s" fill-opacity="0.25" stroke="%s" stroke-width="2"/>`+"\n", zahlSVG(y-10), farbeFlaeche, farbeDaten)
	s.text(54, y, "", k.t("svg.legendePunkte"))
	y += 20
	s.f(`<line x1="24" y1="%s" x2="46" y2="%s" stroke="%s" stroke-width="1" stroke-dasharray="4 3"/>`+"\n", zahlSVG(y-4), zahlSVG(y-4), farbeFehlt)
	s.text(54, y, "", planTexte.Sprintf(k.tag, "svg.legendeLuecke"))
	y += 20
	stern(s, 35, y-4, radarSternR, "legende-stern")
	s.text(54, y, "", k.t("svg.legendeSchwerpunkt"))
	s.f("</g>\n")
}

// radarBeschreibung lists every dimension's points as text.
func (k *kontext) radarBeschreibung() string {
	if len(k.b.Dimensionen) == 0 {
		return k.t("svg.keineDimensionen")
	}
	teile := make([]string, len(k.b.Dimensionen))
	for i := range k.b.Dimensionen {
		d := &k.b.Dimensionen[i]
		t := k.t("svg.descFehlt", k.dimName(d))
		if d.Punkte.Gesetzt() {
			t = k.t("svg.descPunkte", k.dimName(d), k.punkte(d.Punkte))
		}
		if d.Schwerpunkt {
			t += " " + k.t("svg.descSchwerpunkt")
		}
		teile[i] = t
	}
	return k.t("svg.desc", strings.Join(teile, "; "))
}
