package bericht_test

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/bericht"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// svgInfo is what the tests read from an SVG document.
type svgInfo struct {
	wurzel      map[string]string // attributes of the root element
	titel, desc string
	achsen      int          // line.achse
	polygone    []string     // points of polygon.punkte
	punkte      int          // circle.punkt
	fehlt       int          // dashed line.achse: a dimension without points
	kanten      int          // polyline.kante
	sterne      int          // path.schwerpunkt
	punktOrte   [][2]float64 // centres of circle.punkt
	werte       []svgText    // text.wert
	ziele       int          // text.ziel
	mediane     int          // path.median
	divergent   int          // rect.divergent
	texte       []string     // content of every <text>, lines joined
}

// svgText is a text element's anchor point and content.
type svgText struct {
	x, y float64
	text string
}

// leseSVG parses an SVG document strictly and fails the test when it is not
// well-formed XML.
func leseSVG(t *testing.T, data []byte) svgInfo {
	t.Helper()
	info := svgInfo{wurzel: map[string]string{}}
	d := xml.NewDecoder(bytes.NewReader(data))
	var stapel []string
	var text *strings.Builder
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err, "SVG is not well-formed")
		switch tok := tok.(type) {
		case xml.StartElement:
			attr := map[string]string{}
			for _, a := range tok.Attr {
				name := a.Name.Local
				if a.Name.Space != "" && a.Name.Space != "http://www.w3.org/2000/svg" {
					name = a.Name.Space + ":" + name
				}
				attr[name] = a.Value
			}
			if len(stapel) == 0 {
				require.Equal(t, "svg", tok.Name.Local)
				attr["xmlns"] = tok.Name.Space
				info.wurzel = attr
			}
			switch tok.Name.Local + "." + attr["class"] {
			case "line.achse":
				info.achsen++
				if attr["stroke-dasharray"] != "" {
					info.fehlt++
				}
			case "polygon.punkte":
				info.polygone = append(info.polygone, attr["points"])
			case "polyline.kante":
				info.kanten++
			case "path.schwerpunkt":
				info.sterne++
			case "circle.punkt":
				info.punkte++
				info.punktOrte = append(info.punktOrte, [2]float64{zahlAttr(t, attr["cx"]), zahlAttr(t, attr["cy"])})
			case "text.wert":
				info.werte = append(info.werte, svgText{x: zahlAttr(t, attr["x"]), y: zahlAttr(t, attr["y"])})
			case "text.ziel":
				info.ziele++
			case "path.median":
				info.mediane++
			case "rect.divergent":
				info.divergent++
			}
			switch tok.Name.Local {
			case "text":
				text = &strings.Builder{}
			case "tspan":
				if s := text.String(); s != "" && !strings.HasSuffix(s, "-") {
					text.WriteString(" ")
				}
			}
			stapel = append(stapel, tok.Name.Local)
		case xml.EndElement:
			if tok.Name.Local == "text" {
				if n := len(info.werte); n > 0 && info.werte[n-1].text == "" {
					info.werte[n-1].text = text.String()
				}
				info.texte = append(info.texte, text.String())
				text = nil
			}
			stapel = stapel[:len(stapel)-1]
		case xml.CharData:
			switch {
			case text != nil:
				text.Write(tok)
			case len(stapel) > 0 && stapel[len(stapel)-1] == "title":
				info.titel += string(tok)
			case len(stapel) > 0 && stapel[len(stapel)-1] == "desc":
				info.desc += string(tok)
			}
		}
	}
	return info
}

// pruefeDokument checks what every standalone chart needs.
func pruefeDokument(t *testing.T, info svgInfo, kommune string) {
	t.Helper()
	assert.Equal(t, "http://www.w3.org/2000/svg", info.wurzel["xmlns"])
	assert.Equal(t, "1.1", info.wurzel["version"])
	for _, a := range []string{"width", "height", "viewBox"} {
		assert.NotEmpty(t, info.wurzel[a], "root attribute %s", a)
	}
	assert.Equal(t, "sans-serif", info.wurzel["font-family"])
	assert.NotEmpty(t, info.titel, "<title>")
	assert.NotEmpty(t, info.desc, "<desc>")
	if kommune != "" {
		assert.Contains(t, info.titel, kommune)
		assert.Contains(t, strings.Join(info.texte, "\n"), kommune)
	}
}

// handBewertung builds a Bewertung with the first n dimensions of the
// standard catalogue and the given points (nil: absent).
func handBewertung(sprache string, punkte ...*float64) *qualitaet.Bewertung {
	r := qualitaet.Standard()
	b := &qualitaet.Bewertung{Kommune: "Musterstadt", Rahmen: qualitaet.RahmenAngabe{ID: r.ID, Version: r.Version},
		Regelwerk: qualitaet.RegelwerkAngabe{ID: "standard", Version: "1.0", Titel: "Standard-Regelwerk"},
		Zeitpunkt: stichtag, Sprache: sprache}
	for i, p := range punkte {
		d := r.Dimensionen[i]
		de := qualitaet.DimensionErgebnis{ID: d.ID, Nummer: d.Nummer, Titel: d.TitelIn(language.Make(sprache)), Gewicht: 1,
			Schwerpunkt: i == 0}
		if p != nil {
			de.Punkte = qualitaet.WertVon(*p)
			de.Abdeckung = 0.5
		}
		b.Dimensionen = append(b.Dimensionen, de)
	}
	return b
}

func zahl(f float64) *float64 { return &f }

func zahlAttr(t *testing.T, s string) float64 {
	t.Helper()
	f, err := strconv.ParseFloat(s, 64)
	require.NoError(t, err, "coordinate %q", s)
	return f
}

// erwarteteFlaechen returns the number of vertices of each filled area the
// radar chart should draw: all axes assessed is one polygon of all
// vertices; otherwise every run of at least two neighbouring assessed axes
// (wrapping around) is a fan from the centre, its vertices plus the centre.
func erwarteteFlaechen(b *qualitaet.Bewertung) []int {
	n := len(b.Dimensionen)
	gesetzt := func(i int) bool { return b.Dimensionen[(i+n)%n].Punkte.Gesetzt() }
	start := -1
	for i := range n {
		if !gesetzt(i) {
			start = i
			break
		}
	}
	if start < 0 {
		if n >= 3 {
			return []int{n}
		}
		return nil
	}
	var out []int
	lauf := 0
	for j := 1; j <= n; j++ {
		if gesetzt(start + j) {
			lauf++
			continue
		}
		if lauf >= 2 {
			out = append(out, lauf+1)
		}
		lauf = 0
	}
	return out
}

func TestSVGRadar(t *testing.T) {
	leer := qualitaet.Eingabe{Kommune: "Stadt ohne Daten", Zeitpunkt: stichtag}
	v2016 := oderSpree(language.German)
	v2016.Zuschnitt = &qualitaet.Zuschnitt{Rahmen: qualitaet.Version2016}
	v2016.Einschaetzungen = []qualitaet.Einschaetzung{{Entwicklungsziel: "QD4.T1.Z1", StufeGesetzt: true, Stufe: 2, Datum: stichtag}}
	tests := []struct {
		name     string
		b        *qualitaet.Bewertung
		flaechen []int
	}{
		{"Oder-Spree deutsch (9 Dimensionen, 2.0 ohne QD9)", bewerte(t, oderSpree(language.German)), nil},
		{"Oder-Spree englisch", bewerte(t, oderSpree(language.English)), nil},
		{"10 Dimensionen, alle ohne Punkte", bewerte(t, leer), nil},
		{"9 Dimensionen (2016)", bewerte(t, v2016), nil},
		{"keine Dimension", handBewertung("de"), nil},
		{"eine Dimension", handBewertung("de", zahl(40)), nil},
		{"eine Dimension ohne Punkte", handBewertung("en", nil), nil},
		{"zwei Dimensionen", handBewertung("de", zahl(40), zahl(100)), nil},
		{"zwei Dimensionen, eine ohne Punkte", handBewertung("en", nil, zahl(0)), nil},
		{"drei Dimensionen", handBewertung("de", zahl(12.5), nil, zahl(75)), []int{3}},
		{"vier Dimensionen", handBewertung("en", zahl(12.5), zahl(30), zahl(60), zahl(75)), []int{4}},
		{"vier von zehn eingeschätzt", handBewertung("de", zahl(60), zahl(50), nil, nil, zahl(25), nil, nil, zahl(80), nil, nil), []int{3}},
		{"zehn kleine Werte dicht an der Mitte", handBewertung("de", zahl(5), zahl(8), zahl(3), zahl(6), zahl(4), zahl(7), zahl(5), zahl(9), zahl(2), zahl(6)), []int{10}},
		{"nur einzelne Achsen", handBewertung("en", zahl(60), nil, zahl(50), nil, zahl(25), nil), nil},
		{"Werte außerhalb 0–100", handBewertung("de", zahl(-10), zahl(140), zahl(50)), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, bericht.SVG(&buf, tt.b, bericht.Optionen{}))
			info := leseSVG(t, buf.Bytes())
			pruefeDokument(t, info, tt.b.Kommune)
			n, gesetzt := len(tt.b.Dimensionen), 0
			for _, d := range tt.b.Dimensionen {
				if d.Punkte.Gesetzt() {
					gesetzt++
				}
			}
			assert.Equal(t, n, info.achsen, "one axis per dimension")
			assert.Equal(t, gesetzt, info.punkte, "one vertex per dimension with points")
			assert.Equal(t, n-gesetzt, info.fehlt, "one dashed axis per dimension without points")
			var flaechen []int
			for _, p := range info.polygone {
				flaechen = append(flaechen, len(strings.Fields(p)))
			}
			assert.Equal(t, erwarteteFlaechen(tt.b), flaechen, "filled areas and their vertices")
			if tt.flaechen != nil {
				assert.Equal(t, tt.flaechen, flaechen, "worked out by hand")
			}
			schwerpunkte := 0
			for _, d := range tt.b.Dimensionen {
				if d.Schwerpunkt {
					schwerpunkte++
				}
			}
			assert.Equal(t, schwerpunkte, info.sterne, "one star path per focus dimension")
			for _, x := range info.texte {
				assert.NotContains(t, x, "★", "no glyph depends on a font")
			}
			pruefeWerteFrei(t, info)
			alle := strings.Join(info.texte, "\n")
			for _, d := range tt.b.Dimensionen {
				assert.Contains(t, alle, string(d.ID)+" "+d.Titel, "axis label of %s", d.ID)
				assert.Contains(t, info.desc, string(d.ID)+" "+d.Titel)
			}
		})
	}
}

func TestStreuungSVG(t *testing.T) {
	tests := []struct {
		name    string
		b       *qualitaet.Bewertung
		hinweis string
	}{
		{"Oder-Spree deutsch", bewerte(t, oderSpree(language.German)), "Gesundheitswesen schätzt niedriger ein als Kinder- und Jugendhilfe"},
		{"Oder-Spree englisch", bewerte(t, oderSpree(language.English)), "health care rates lower than child and youth welfare"},
		{"ohne Einschätzungen", bewerte(t, qualitaet.Eingabe{Kommune: "Musterstadt", Zeitpunkt: stichtag}), ""},
		{"ohne Kommune", handBewertung("de"), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.b.Kommune = strings.TrimPrefix(tt.b.Kommune, "Musterstadt")
			var buf bytes.Buffer
			require.NoError(t, bericht.StreuungSVG(&buf, tt.b, bericht.Optionen{}))
			info := leseSVG(t, buf.Bytes())
			pruefeDokument(t, info, tt.b.Kommune)
			divergent := 0
			alle := strings.Join(info.texte, "\n")
			for _, s := range tt.b.Streuung {
				if s.Divergent {
					divergent++
				}
				assert.Contains(t, alle, string(s.Entwicklungsziel)+" · n = ")
			}
			assert.Equal(t, len(tt.b.Streuung), info.ziele, "one row per goal")
			assert.Equal(t, len(tt.b.Streuung), info.mediane, "one median marker per goal")
			assert.Equal(t, divergent, info.divergent, "diverging rows highlighted")
			if tt.hinweis != "" {
				assert.Contains(t, alle, tt.hinweis)
			}
			if len(tt.b.Streuung) == 0 {
				assert.Regexp(t, "keine Einschätzungen|no ratings", alle)
			}
		})
	}
}

// pruefeWerteFrei checks that no value label covers a vertex dot or
// another value label, with the label's area estimated generously (0.62 em
// per character, 12 px high above the baseline shifted by 4).
func pruefeWerteFrei(t *testing.T, info svgInfo) {
	t.Helper()
	type kasten struct{ x0, y0, x1, y1 float64 }
	kaesten := make([]kasten, len(info.werte))
	for i, w := range info.werte {
		b := float64(len([]rune(w.text))) * 12 * 0.62
		kaesten[i] = kasten{w.x - b/2, w.y - 4 - 6, w.x + b/2, w.y - 4 + 6}
	}
	for i, k := range kaesten {
		for _, p := range info.punktOrte {
			nx, ny := min(max(p[0], k.x0), k.x1), min(max(p[1], k.y0), k.y1)
			d := (nx-p[0])*(nx-p[0]) + (ny-p[1])*(ny-p[1])
			assert.Greater(t, d, 16.0, "value label %q covers the dot at %v", info.werte[i].text, p)
		}
		for j := i + 1; j < len(kaesten); j++ {
			l := kaesten[j]
			assert.False(t, k.x0 < l.x1 && l.x0 < k.x1 && k.y0 < l.y1 && l.y0 < k.y1,
				"value labels %q and %q overlap", info.werte[i].text, info.werte[j].text)
		}
	}
}

// TestSVGEscaping checks that text with XML syntax stays text.
func TestSVGEscaping(t *testing.T) {
	e := oderSpree(language.German)
	e.Kommune = `Stadt <A> & "B" | C` + "\n]]> \x01"
	b := bewerte(t, e)
	for name, f := range map[string]func(io.Writer, *qualitaet.Bewertung, bericht.Optionen) error{
		"SVG": bericht.SVG, "StreuungSVG": bericht.StreuungSVG,
	} {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, f(&buf, b, bericht.Optionen{}))
			info := leseSVG(t, buf.Bytes())
			assert.Contains(t, info.titel, `Stadt <A> & "B" | C ]]>`)
		})
	}
}

// FuzzText feeds arbitrary text into every place of a Bewertung that
// reaches the reports: the SVGs stay well-formed, the Markdown title stays
// one line.
func FuzzText(f *testing.F) {
	for _, s := range []string{"Landkreis Oder-Spree", "<A> & | \n ]]> \x00 \uFFFE", "Politisch-strukturelle---", ""} {
		f.Add(s, s)
	}
	basis := bewerte(f, oderSpree(language.German))
	f.Fuzz(func(t *testing.T, kommune, hinweis string) {
		b := *basis
		b.Kommune = kommune
		b.Dimensionen = slices.Clone(b.Dimensionen)
		b.Dimensionen[0].Titel = hinweis
		b.Streuung = slices.Clone(b.Streuung)
		b.Streuung[0].Hinweis, b.Streuung[0].EntlangSektoren = hinweis, true
		for _, f := range []func(io.Writer, *qualitaet.Bewertung, bericht.Optionen) error{bericht.SVG, bericht.StreuungSVG} {
			var buf bytes.Buffer
			require.NoError(t, f(&buf, &b, bericht.Optionen{}))
			d := xml.NewDecoder(&buf)
			for {
				_, err := d.Token()
				if errors.Is(err, io.EOF) {
					break
				}
				require.NoError(t, err)
			}
		}
		var buf bytes.Buffer
		require.NoError(t, bericht.Markdown(&buf, &b, bericht.Optionen{}))
		titel, rest, _ := strings.Cut(buf.String(), "\n")
		require.True(t, strings.HasPrefix(titel, "# "))
		require.True(t, strings.HasPrefix(rest, "\n- **Stand:**"), "title is one line")
	})
}
