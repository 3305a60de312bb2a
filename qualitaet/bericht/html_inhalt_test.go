package bericht_test

import (
	"bytes"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/bericht"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// profilBewertung evaluates a profile (nil: the embedded Oder-Spree
// example, else a file under testdata/profile) on a fixed day; aendern may
// change the profile first. The plan is derived on the same day.
func profilBewertung(t *testing.T, datei string, tag language.Tag, aendern func(*kommune.Profil)) (*qualitaet.Bewertung, *qualitaet.Plan) {
	t.Helper()
	var p *kommune.Profil
	var err error
	if datei == "" {
		p, err = kommune.Beispiel()
	} else {
		var f *os.File
		f, err = os.Open(filepath.Join("..", "..", "testdata", "profile", datei))
		require.NoError(t, err)
		defer f.Close()
		p, err = kommune.LiesProfil(f)
	}
	require.NoError(t, err)
	if aendern != nil {
		aendern(p)
	}
	tagX := time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	b, err := kommune.Bewerte(p, kommune.BewertungsOptionen{Zeitpunkt: tagX, Sprache: tag})
	require.NoError(t, err)
	plan, err := kommune.Plan(p, b, qualitaet.KalenderdatumAus(tagX), tag)
	require.NoError(t, err)
	return b, plan
}

// ohneEinschaetzungen removes every rating and round: a profile from
// structural data alone.
func ohneEinschaetzungen(p *kommune.Profil) { p.Einschaetzungen, p.Runden = nil, nil }

// ohneKommentare removes the raters' free-text comments.
func ohneKommentare(p *kommune.Profil) {
	for i := range p.Einschaetzungen {
		p.Einschaetzungen[i].Begruendung = ""
	}
}

func htmlText(t *testing.T, f func(*bytes.Buffer) error) string {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, f(&buf))
	return buf.String()
}

var (
	tagRE      = regexp.MustCompile(`(?s)<style>.*?</style>|<[^>]*>`)
	leerRE     = regexp.MustCompile(`\s+`)
	beschriftt = regexp.MustCompile(`^\*\*(.+?):\*\* (.*)$`)
)

// sichtbar is the text a reader sees in an HTML document: tags removed,
// entities resolved, white space collapsed.
func sichtbar(h string) string {
	return leerRE.ReplaceAllString(html.UnescapeString(tagRE.ReplaceAllString(h, "")), " ")
}

// mdTeile splits a Markdown report into the pieces of text a reader sees:
// headings, paragraphs, list items (label and text apart), and every table
// cell; Markdown's escapes and bold marks removed.
func mdTeile(md string) []string {
	rein := func(s string) string {
		s = strings.NewReplacer(`\|`, "|", "&lt;", "<", "**", "").Replace(s)
		return strings.TrimSpace(strings.TrimPrefix(s, "↳ "))
	}
	var teile []string
	for _, z := range strings.Split(md, "\n") {
		z = strings.TrimSpace(z)
		switch {
		case z == "" || strings.HasPrefix(z, "|-") || strings.HasPrefix(z, "|:") || strings.HasPrefix(z, "|---"):
		case strings.HasPrefix(z, "|"):
			zellen := regexp.MustCompile(`\s\|\s|\s\|$`).Split(strings.TrimPrefix(z, "| "), -1)
			for _, c := range zellen {
				if c = rein(c); c != "" {
					teile = append(teile, c)
				}
			}
		default:
			z = strings.TrimLeft(z, "#>- ")
			if m := beschriftt.FindStringSubmatch(z); m != nil {
				teile = append(teile, rein(m[1]), rein(m[2]))
				continue
			}
			teile = append(teile, rein(z))
		}
	}
	return teile
}

// TestHTMLZeigtWasMarkdownZeigt: the full HTML report shows every piece of
// text of the Markdown report of the same Bewertung — headings, sentences,
// list items and every table cell — for the Oder-Spree example with its
// plan, a profile with rounds, dialogue and chosen priorities, and a profile
// with structural data only; in German and English. Both reports draw on
// the same catalogue, so the wording is the same.
func TestHTMLZeigtWasMarkdownZeigt(t *testing.T) {
	for _, tt := range []struct {
		name, datei string
		aendern     func(*kommune.Profil)
		mitPlan     bool
	}{
		{"oder-spree", "", nil, true},
		{"runden", "runden.json", nil, false},
		{"vorbewertung", "", ohneEinschaetzungen, false},
	} {
		for _, tag := range []language.Tag{language.German, language.English} {
			t.Run(tt.name+"/"+tag.String(), func(t *testing.T) {
				b, plan := profilBewertung(t, tt.datei, tag, tt.aendern)
				opt := bericht.Optionen{}
				if tt.mitPlan {
					opt.Plan = plan
				}
				md := htmlText(t, func(w *bytes.Buffer) error { return bericht.Markdown(w, b, opt) })
				h := sichtbar(htmlText(t, func(w *bytes.Buffer) error { return bericht.HTML(w, b, opt) }))
				teile := mdTeile(md)
				require.Greater(t, len(teile), 50)
				for _, teil := range teile {
					assert.Contains(t, h, leerRE.ReplaceAllString(teil, " "))
				}
				assert.NotContains(t, strings.ToLower(h), "konsens")
				assert.NotContains(t, strings.ToLower(h), "consensus")
			})
		}
	}
}

// TestHTMLInhalt checks the facts issue by issue in both reports: the
// profile's data note first, the heading of a pre-assessment, the
// provenance marks with their legend, the Regelwerk's provenance, and the
// network's chosen priorities before the computed ranking.
func TestHTMLInhalt(t *testing.T) {
	voll := func(b *qualitaet.Bewertung) string {
		return htmlText(t, func(w *bytes.Buffer) error { return bericht.HTML(w, b, bericht.Optionen{}) })
	}
	kurz := func(b *qualitaet.Bewertung, p *qualitaet.Plan) string {
		return htmlText(t, func(w *bytes.Buffer) error { return bericht.HTMLKurz(w, b, bericht.Optionen{Plan: p}) })
	}
	vor := func(t *testing.T, s, a, b string) {
		t.Helper()
		i, j := strings.Index(s, a), strings.Index(s, b)
		require.GreaterOrEqual(t, i, 0, a)
		require.GreaterOrEqual(t, j, 0, b)
		assert.Less(t, i, j, "%q before %q", a, b)
	}
	for _, tt := range []struct {
		tag                                                        language.Tag
		hinweis, vorbewertung, vorbewertungSatz, nzfh, legende, rw string
		gewaehlt, vorschlag, vereinbart, vergleich, ebenen         string
	}{
		{language.German, "Hinweis zu den Daten:", "Vorbewertung aus Strukturdaten", "Vorbewertung: ", "[NZFH]",
			"Herkunft der Entwicklungsziele: [NZFH] vom NZFH veröffentlichtes Entwicklungsziel",
			"ein Vorschlag dieser Bibliothek, kein Standard des NZFH",
			"Vom Netzwerk gewählte Prioritäten", "Berechnete Rangfolge (Vorschlag)",
			"Einschätzungen: 1–3, unterer Median 1 · im Dialog vereinbart: 2", "Vergleich der Runden",
			"die Ebenen schätzen verschieden ein: strategisch 4, operativ 1"},
		{language.English, "Note on the data (from the profile):", "Pre-assessment from structural data", "Pre-assessment: ", "[NZFH]",
			"Provenance of the Entwicklungsziele: [NZFH] Entwicklungsziel published by the NZFH",
			"a proposal of this library, not a standard of the NZFH",
			"Priorities chosen by the network", "Computed ranking (suggestion)",
			"ratings: 1–3, lower median 1 · agreed in dialogue: 2", "Comparison of rounds",
			"the levels rate differently: strategic 4, operational 1"},
	} {
		t.Run(tt.tag.String(), func(t *testing.T) {
			b, plan := profilBewertung(t, "", tt.tag, nil)
			require.NotEmpty(t, b.Datenhinweis)
			for name, roh := range map[string]string{"voll": voll(b), "kurz": kurz(b, plan)} {
				h := sichtbar(roh)
				vor(t, h, tt.hinweis+" "+b.Datenhinweis, tt.nzfh)
				assert.Contains(t, h, tt.legende, name)
				assert.Contains(t, h, tt.rw, name)
				assert.NotRegexp(t, "<h[12]>"+regexp.QuoteMeta(tt.vorbewertung), roh, "a profile with ratings is no pre-assessment")
			}
			assert.Contains(t, sichtbar(kurz(b, plan)), "★ QD5.T1.Z1 [NZFH] ", "the Kurzbericht marks the goals' provenance")

			b, plan = profilBewertung(t, "", tt.tag, ohneEinschaetzungen)
			require.True(t, b.Quellen.NurVorbewertung())
			v := voll(b)
			assert.Regexp(t, "<h1>"+regexp.QuoteMeta(tt.vorbewertung)+": ", v)
			assert.Contains(t, v, "<h2>"+tt.vorbewertung+"</h2>")
			k := kurz(b, plan)
			assert.Contains(t, k, `<section class="ergebnis vorbewertung">`)
			assert.Contains(t, sichtbar(k), tt.vorbewertungSatz)

			b, plan = profilBewertung(t, "runden.json", tt.tag, nil)
			require.NotNil(t, b.Priorisierung)
			for name, h := range map[string]string{"voll": sichtbar(voll(b)), "kurz": sichtbar(kurz(b, plan))} {
				vor(t, h, tt.hinweis, tt.gewaehlt)
				vor(t, h, tt.gewaehlt, tt.vorschlag)
				assert.Contains(t, h, "QD3.T2.Z1 [NZFH] ", name)
				if name == "voll" {
					assert.Contains(t, h, tt.vereinbart)
					assert.Contains(t, h, tt.vergleich)
					assert.Contains(t, h, tt.ebenen)
				}
			}
		})
	}
}

// TestHTMLEnglischOhneCodes: the English reports translate every value of
// a closed set they print — provenance, sources, kinds of priorities,
// levels of raters, development need, tendencies, statuses, cycle steps,
// kinds of findings — so no German code of these sets appears as a word.
// The profile's own free texts (data note, raters' comments, titles of
// goals and measures) stay as written and are left out of the check.
func TestHTMLEnglischOhneCodes(t *testing.T) {
	codes := []string{"nzfh", "abgeleitet", "ergaenzt", "lokal", "selbsteinschaetzung", "regel", "keine",
		"niedrige-stufe", "klaeren-im-dialog", "entwicklungsbedarf", "strategisch", "operativ", "gering", "mittel", "hoch",
		"angenaehert", "auseinander", "unveraendert", "vorgeschlagen", "geplant", "vereinbart", "aktiv", "pausiert",
		"abgeschlossen", "abgebrochen", "abgelehnt", "fehlerhaft-erfasst", "in-umsetzung", "umgesetzt",
		"problem-und-zielbestimmung", "strategieformulierung", "umsetzung", "bewertung", "anpassung",
		"prozess-fehlt", "ueberpruefung-ueberfaellig", "prioritaet-ohne-ziel", "ziel-ohne-massnahme", "ziel-ueberfaellig",
		"massnahme-ueberfaellig", "massnahme-ziel-erledigt", "indikator-ohne-messung", "selbst", "dialog"}
	wort := regexp.MustCompile(`(?:^|[^\p{L}-])(` + strings.Join(codes, "|") + `)(?:[^\p{L}-]|$)`)
	frei := regexp.MustCompile(`(?s)<p class="datenhinweis">.*?</p>|<td>[^<]*</td>|<h4>[^<]*</h4>|<dd>[^<]*</dd>`)
	for _, datei := range []string{"", "runden.json"} {
		b, plan := profilBewertung(t, datei, language.English, ohneKommentare)
		for name, f := range map[string]func(*bytes.Buffer) error{
			"voll": func(w *bytes.Buffer) error { return bericht.HTML(w, b, bericht.Optionen{Plan: plan}) },
			"kurz": func(w *bytes.Buffer) error { return bericht.HTMLKurz(w, b, bericht.Optionen{Plan: plan}) },
		} {
			h := htmlText(t, f)
			require.Contains(t, h, "Method")
			// Cells and definitions with free text only are left out; every
			// cell of a table built from closed sets holds a translated label.
			text := sichtbar(frei.ReplaceAllStringFunc(h, func(s string) string {
				if strings.ContainsAny(s, "–·") {
					return s
				}
				return ""
			}))
			assert.Empty(t, wort.FindAllString(text, -1), "%s %s", datei, name)
		}
	}
}
