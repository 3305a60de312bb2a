package bericht_test

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/bericht"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// screenshotDatei is the README's picture of the Kurzbericht's first page,
// rewritten by go test ./qualitaet/bericht -run TestBrowser -update.
var screenshotDatei = filepath.Join("..", "..", "testdata", "berichte", "kurzbericht.png")

// werkzeug finds a program of the browser test. Under CI (CI=true) a
// missing program fails the test; elsewhere the test is skipped with a
// hint how to install it.
func werkzeug(t *testing.T, namen ...string) string {
	t.Helper()
	for _, n := range namen {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	hinweis := fmt.Sprintf("%s not found; install with: apt-get install chromium poppler-utils", namen[0])
	if os.Getenv("CI") == "true" {
		t.Fatal(hinweis)
	}
	t.Skip(hinweis)
	return ""
}

// ausfuehrenMit runs a program with a time limit and returns its output.
func ausfuehrenMit(t *testing.T, prog string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, prog, args...)
	var out, errs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errs
	require.NoError(t, cmd.Run(), "%s %s: %s", filepath.Base(prog), strings.Join(args, " "), errs.String())
	return out.Bytes()
}

// TestBrowser renders the example's reports in headless Chromium to PDF
// and a PNG screenshot and reads the PDFs back with poppler-utils: the
// Kurzbericht fits on at most two A4 pages in both languages; the full
// report's text holds every dimension title and every priority; umlauts,
// "ß" and "€" survive; and no word reaches into the right page margin,
// where it would be cut off.
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("the browser test takes some seconds")
	}
	chromium := werkzeug(t, "chromium", "chromium-browser", "google-chrome")
	pdfinfo, pdftotext := werkzeug(t, "pdfinfo"), werkzeug(t, "pdftotext")
	dir := t.TempDir()
	drucke := func(name string, tag language.Tag, kurz bool) (string, *qualitaet.Bewertung) {
		datei := ""
		if strings.HasPrefix(name, "runden.") {
			datei = "runden.json"
		}
		b, plan := profilBewertung(t, datei, tag, nil)
		var buf bytes.Buffer
		schreibe := bericht.HTML
		if kurz {
			schreibe = bericht.HTMLKurz
		}
		require.NoError(t, schreibe(&buf, b, bericht.Optionen{Plan: plan}))
		html := filepath.Join(dir, name+".html")
		require.NoError(t, os.WriteFile(html, buf.Bytes(), 0o644))
		pdf := filepath.Join(dir, name+".pdf")
		ausfuehrenMit(t, chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
			"--print-to-pdf="+pdf, "file://"+html)
		return pdf, b
	}
	seiten := func(pdf string) int {
		info := string(ausfuehrenMit(t, pdfinfo, pdf))
		m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindStringSubmatch(info)
		require.NotNil(t, m, info)
		assert.Regexp(t, `Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)`, info, "A4")
		n, _ := strconv.Atoi(m[1])
		return n
	}
	for _, tt := range []struct {
		name string
		tag  language.Tag
	}{{"kurz.de", language.German}, {"kurz.en", language.English}, {"runden.kurz.de", language.German}, {"runden.kurz.en", language.English}} {
		pdf, _ := drucke(tt.name, tt.tag, true)
		n := seiten(pdf)
		assert.LessOrEqual(t, n, 2, "%s: the Kurzbericht fits on two A4 pages", tt.name)
		pruefeRand(t, ausfuehrenMit(t, pdftotext, "-bbox", pdf, "-"), tt.name)
		text := ohneLeerraum(string(ausfuehrenMit(t, pdftotext, pdf, "-")))
		assert.Contains(t, text, "[NZFH]", "%s: provenance marks", tt.name)
		switch tt.name {
		case "kurz.de":
			for _, s := range []string{"Hinweis zu den Daten:", "Fragen für das Gespräch mit der Politik", "Überfällige Maßnahmen",
				"Vorschlag dieser Bibliothek, kein Standard des NZFH"} {
				assert.Contains(t, text, ohneLeerraum(s))
			}
			screenshot(t, chromium, pdf)
		case "runden.kurz.de":
			assert.Contains(t, text, ohneLeerraum("Vom Netzwerk gewählte Prioritäten"))
		case "runden.kurz.en":
			assert.Contains(t, text, ohneLeerraum("Priorities chosen by the network"))
		}
	}
	pdf, b := drucke("voll.de", language.German, false)
	assert.Greater(t, seiten(pdf), 2)
	text := string(ausfuehrenMit(t, pdftotext, pdf, "-"))
	kompakt := ohneLeerraum(text)
	for _, d := range b.Dimensionen {
		assert.Contains(t, kompakt, ohneLeerraum(d.Titel), "dimension %s", d.ID)
	}
	for _, p := range b.Prioritaeten {
		z, ok := b.Ziel(p.Entwicklungsziel)
		require.True(t, ok)
		assert.Contains(t, kompakt, ohneLeerraum(string(p.Entwicklungsziel)+" "+z.Text), "priority %s", p.Entwicklungsziel)
	}
	for _, s := range []string{"Qualitätsdimensionen", "Maßnahme", "Überprüfung", "93.000 €"} {
		assert.Contains(t, text, s, "umlauts, ß and € survive")
	}
	pruefeRand(t, ausfuehrenMit(t, pdftotext, "-bbox", pdf, "-"), "voll.de")
}

// ohneLeerraum removes all white space, so that text wrapped in the PDF
// compares with the text as written.
func ohneLeerraum(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// pruefeRand reads the output of pdftotext -bbox and checks that every
// word lies on its page and ends before the right margin of the print
// stylesheet (15 mm ≈ 42.5 pt), with a tolerance of 3 pt.
func pruefeRand(t *testing.T, bbox []byte, name string) {
	t.Helper()
	var doc struct {
		Seiten []struct {
			Breite float64 `xml:"width,attr"`
			Worte  []struct {
				XMin float64 `xml:"xMin,attr"`
				XMax float64 `xml:"xMax,attr"`
				Text string  `xml:",chardata"`
			} `xml:"word"`
		} `xml:"body>doc>page"`
	}
	d := xml.NewDecoder(bytes.NewReader(bbox))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	require.NoError(t, d.Decode(&doc), "%s: pdftotext -bbox output", name)
	require.NotEmpty(t, doc.Seiten, name)
	const rand = 42.5 - 3
	for i, s := range doc.Seiten {
		require.NotEmpty(t, s.Worte, "%s: page %d has text", name, i+1)
		for _, w := range s.Worte {
			assert.GreaterOrEqual(t, w.XMin, 0.0, "%s page %d: %q starts left of the page", name, i+1, w.Text)
			assert.LessOrEqual(t, w.XMax, s.Breite-rand, "%s page %d: %q runs into the right margin", name, i+1, w.Text)
		}
	}
}

// screenshot takes a PNG of the Kurzbericht in the browser and checks it;
// with -update it also writes the README's picture of the first printed
// page (pdftoppm, from poppler-utils).
func screenshot(t *testing.T, chromium, pdf string) {
	t.Helper()
	png := strings.TrimSuffix(pdf, ".pdf") + ".png"
	html := strings.TrimSuffix(pdf, ".pdf") + ".html"
	ausfuehrenMit(t, chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
		"--window-size=794,1123", "--screenshot="+png, "file://"+html)
	data, err := os.ReadFile(png)
	require.NoError(t, err)
	assert.True(t, bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")), "a PNG")
	assert.Greater(t, len(data), 20000, "the screenshot shows something")
	if *update {
		pdftoppm := werkzeug(t, "pdftoppm")
		require.NoError(t, os.MkdirAll(filepath.Dir(screenshotDatei), 0o755))
		ausfuehrenMit(t, pdftoppm, "-f", "1", "-l", "1", "-r", "80", "-png", "-singlefile", pdf,
			strings.TrimSuffix(screenshotDatei, ".png"))
	}
}
