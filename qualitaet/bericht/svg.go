package bericht

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Colours shared by the charts.
const (
	farbeDaten     = "#1f5f8f" // data: polygon, dots
	farbeFlaeche   = "#2b7bb9" // polygon fill
	farbeRaster    = "#c8c8c8" // rings, grid
	farbeFehlt     = "#8a8a8a" // not assessed
	farbeText      = "#222222"
	farbeDivergent = "#c0392b" // diverging ratings
	farbeBand      = "#fbe3dc" // row background of diverging ratings
)

// svg collects an SVG document. Every coordinate goes through [zahlSVG], so
// the output is the same on every platform.
type svg struct{ bytes.Buffer }

func (s *svg) f(format string, args ...any) { fmt.Fprintf(s, format, args...) }

// anfang writes the XML declaration and the root element with title and
// description for screen readers.
func (s *svg) anfang(breite, hoehe float64, titel, beschreibung string) {
	s.f(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	s.f(`<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="%s" height="%s" viewBox="0 0 %s %s" font-family="sans-serif" font-size="12" fill="%s" role="img">`+"\n",
		ganz(breite), ganz(hoehe), ganz(breite), ganz(hoehe), farbeText)
	s.f("<title>%s</title>\n<desc>%s</desc>\n", esc(titel), esc(beschreibung))
	s.f(`<rect x="0" y="0" width="%s" height="%s" fill="#ffffff"/>`+"\n", ganz(breite), ganz(hoehe))
}

func (s *svg) ende() { s.f("</svg>\n") }

// text writes one text element; attr holds further attributes (may be "").
func (s *svg) text(x, y float64, attr, inhalt string) {
	if attr != "" {
		attr = " " + attr
	}
	s.f(`<text x="%s" y="%s"%s>%s</text>`+"\n", zahlSVG(x), zahlSVG(y), attr, esc(inhalt))
}

// zeilen writes lines of text below each other from the baseline y.
func (s *svg) zeilen(x, y, abstand float64, attr string, zeilen []string) {
	if len(zeilen) == 1 {
		s.text(x, y, attr, zeilen[0])
		return
	}
	if attr != "" {
		attr = " " + attr
	}
	s.f(`<text x="%s" y="%s"%s>`, zahlSVG(x), zahlSVG(y), attr)
	for i, z := range zeilen {
		dy := 0.0
		if i > 0 {
			dy = abstand
		}
		s.f(`<tspan x="%s" dy="%s">%s</tspan>`, zahlSVG(x), zahlSVG(dy), esc(z))
	}
	s.f("</text>\n")
}

// zahlSVG formats a coordinate with one decimal place; -0.0 becomes 0.0.
func zahlSVG(f float64) string {
	t := strconv.FormatFloat(f, 'f', 1, 64)
	if t == "-0.0" {
		return "0.0"
	}
	return t
}

// ganz formats a size of the document as a whole number, rounded up.
func ganz(f float64) string { return strconv.FormatFloat(math.Ceil(f), 'f', 0, 64) }

// esc escapes text for XML content and attributes; characters XML cannot
// hold become U+FFFD.
func esc(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(einzeilig(s))) // a strings.Builder does not fail
	return b.String()
}

// umbrechen wraps text into lines of at most breite characters, breaking at
// spaces and after hyphens inside words; it gives at most maxZeilen lines,
// the last one ending in "…" when text is left over. A piece longer than
// breite is cut with "-".
func umbrechen(text string, breite, maxZeilen int) []string {
	type stueck struct {
		text     string
		anfuegen bool // continues the previous piece without a space
	}
	var stuecke []stueck
	text = strings.ToValidUTF8(text, "\uFFFD") // so that runes and bytes agree
	for _, wort := range strings.Fields(text) {
		// Pieces of a word end at its hyphens ("Politisch-", "strukturelle")
		// and continue the previous piece without a space.
		anfuegen := false
		for wort != "" {
			w := wort
			if i := strings.Index(wort, "-"); i >= 0 && i+1 < len(wort) {
				w = wort[:i+1]
			}
			wort = wort[len(w):]
			for utf8.RuneCountInString(w) > breite && breite > 1 {
				schnitt := len(string([]rune(w)[:breite-1]))
				stuecke = append(stuecke, stueck{w[:schnitt] + "-", anfuegen})
				w, anfuegen = w[schnitt:], true
			}
			stuecke = append(stuecke, stueck{w, anfuegen})
			anfuegen = true
		}
	}
	var zeilen []string
	var akt string
	for _, st := range stuecke {
		trenner := " "
		if st.anfuegen {
			trenner = ""
		}
		switch {
		case akt == "":
			akt = st.text
		case utf8.RuneCountInString(akt+trenner+st.text) <= breite:
			akt += trenner + st.text
		default:
			zeilen = append(zeilen, akt)
			akt = st.text
		}
	}
	if akt != "" {
		zeilen = append(zeilen, akt)
	}
	if maxZeilen > 0 && len(zeilen) > maxZeilen {
		zeilen = zeilen[:maxZeilen]
		zeilen[maxZeilen-1] = kuerzen(zeilen[maxZeilen-1]+" …", breite)
	}
	return zeilen
}

// kuerzen shortens text to at most n characters, ending in "…" when cut.
func kuerzen(text string, n int) string {
	r := []rune(text)
	if len(r) <= n {
		return text
	}
	if n < 1 {
		return ""
	}
	return strings.TrimRight(string(r[:n-1]), " ") + "…"
}
