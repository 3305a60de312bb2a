package bericht

import (
	"io"
	"math"
	"strings"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
)

// Geometry of the radar chart.
const (
	radarBreite     = 760.0
	radarHoehe      = 680.0
	radarMitteX     = 380.0
	radarMitteY     = 322.0
	radarRadius     = 190.0
	radarLabelAbst  = 14.0 // from the outer ring to the axis label
	radarZeile      = 14.0 // line height of axis labels
	radarLabelBreit = 22   // characters per label line
	radarFehltR     = 16.0 // radius of the marker of a dimension without points
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

	// Rings with their values, between the first two axes.
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
		s.text(x+3, y-3, `font-size="10" fill="#777777"`, k.zahl(p, 0))
	}

	// Axes; those of dimensions without points are dashed.
	type ecke struct {
		i    int
		x, y float64
	}
	var ecken []ecke
	for i := range dims {
		d := &dims[i]
		a := winkel(i, n)
		x, y := polar(radarRadius, a)
		strich := ""
		farbe := "#9a9a9a"
		if !d.Punkte.Gesetzt() {
			strich, farbe = ` stroke-dasharray="4 3"`, farbeFehlt
		}
		s.f(`<line class="achse" x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="1"%s/>`+"\n",
			zahlSVG(radarMitteX), zahlSVG(radarMitteY), zahlSVG(x), zahlSVG(y), farbe, strich)
		if p, ok := d.Punkte.Zahl(); ok {
			p = min(max(p, 0), 100)
			ex, ey := polar(radarRadius*p/100, a)
			ecken = append(ecken, ecke{i, ex, ey})
		}
	}

	// The polygon of the points and its outline: solid between
	// neighbouring axes, dashed where it passes a dimension without points.
	if len(ecken) >= 3 {
		var pts []string
		for _, e := range ecken {
			pts = append(pts, zahlSVG(e.x)+","+zahlSVG(e.y))
		}
		s.f(`<polygon class="punkte" points="%s" fill="%s" fill-opacity="0.25" stroke="none"/>`+"\n", strings.Join(pts, " "), farbeFlaeche)
	}
	if len(ecken) >= 2 {
		kanten := len(ecken)
		if kanten == 2 {
			kanten = 1 // two points have one edge, not two
		}
		for j := range kanten {
			a, b := ecken[j], ecken[(j+1)%len(ecken)]
			nachbarn := (b.i-a.i+n)%n == 1 || (len(ecken) == 2 && (a.i-b.i+n)%n == 1)
			if nachbarn {
				s.f(`<line class="kante" x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="2"/>`+"\n",
					zahlSVG(a.x), zahlSVG(a.y), zahlSVG(b.x), zahlSVG(b.y), farbeDaten)
			} else {
				s.f(`<line class="luecke" x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="1.5" stroke-dasharray="5 4"/>`+"\n",
					zahlSVG(a.x), zahlSVG(a.y), zahlSVG(b.x), zahlSVG(b.y), farbeFehlt)
			}
		}
	}

	// Vertices with values, markers of dimensions without points.
	for i := range dims {
		d := &dims[i]
		a := winkel(i, n)
		p, ok := d.Punkte.Zahl()
		if !ok {
			x, y := polar(radarFehltR, a)
			s.f(`<circle class="fehlt" cx="%s" cy="%s" r="4" fill="#ffffff" stroke="%s" stroke-width="1.5"/>`+"\n", zahlSVG(x), zahlSVG(y), farbeFehlt)
			lx, ly := polar(radarFehltR+15, a)
			k.wert(s, lx, ly+5, strich, farbeFehlt)
			continue
		}
		r := radarRadius * min(max(p, 0), 100) / 100
		x, y := polar(r, a)
		s.f(`<circle class="punkt" cx="%s" cy="%s" r="4" fill="%s"/>`+"\n", zahlSVG(x), zahlSVG(y), farbeDaten)
		lr := r - 16
		if r < 48 {
			lr = r + 16
		}
		lx, ly := polar(lr, a)
		k.wert(s, lx, ly+4, k.punkte(d.Punkte), farbeDaten)
	}

	// Axis labels, wrapped; focus dimensions bold with a star.
	for i := range dims {
		d := &dims[i]
		a := winkel(i, n)
		zeilen := umbrechen(k.dimName(d), radarLabelBreit, 3)
		attr := ""
		if d.Schwerpunkt {
			zeilen[0] = "★ " + zeilen[0]
			attr = `font-weight="bold" `
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
	}
	if len(ecken) == 0 {
		hinweis := k.t("svg.keinePunkte")
		s.text(radarMitteX, radarMitteY+radarRadius/2, `text-anchor="middle" font-style="italic" fill="#ffffff" stroke="#ffffff" stroke-width="4" stroke-linejoin="round"`, hinweis)
		s.text(radarMitteX, radarMitteY+radarRadius/2, `text-anchor="middle" font-style="italic" fill="`+farbeFehlt+`"`, hinweis)
	}
	k.radarLegende(s)
	s.ende()
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
	s.f(`<circle cx="35" cy="%s" r="4" fill="#ffffff" stroke="%s" stroke-width="1.5"/>`+"\n", zahlSVG(y-4), farbeFehlt)
	s.text(54, y, "", k.t("svg.legendeFehlt"))
	y += 20
	s.text(35, y, `text-anchor="middle" font-weight="bold"`, "★")
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
