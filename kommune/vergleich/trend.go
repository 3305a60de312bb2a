package vergleich

import (
	"io"
	"math"
	"slices"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/beschriftung"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// Trendbericht is the development (Trend) of one Kommune between two
// Bewertungen: per dimension and overall the points before and after and
// their change, the coverage before and after, and the Entwicklungsziele
// whose level changed, that are newly assessed, or no longer assessed.
// Texts are in the language of the newer Bewertung. Datenhinweis is the
// newer Bewertung's note on its data, DatenhinweisVorher the older one's
// when it differs (both "" when absent); the Markdown shows them first.
// In JSON:
//
//	{"kommune": "…", "von": "2025-03-01T00:00:00Z", "bis": "2026-03-01T00:00:00Z", "sprache": "de",
//	 "datenhinweis": "Beispielprofil. …",
//	 "gesamt": {"vorher": 41.2, "nachher": 48, "delta": 6.8, "abdeckungVorher": 0.18, "abdeckungNachher": 0.2, "abdeckungDelta": 0.02},
//	 "dimensionen": [{"id": "QD3", "titel": "Netzwerk", "vorher": 62.5, "nachher": 75, "delta": 12.5, …}, …],
//	 "veraendert": [{"id": "QD3.T1.Z2", "dimension": "QD3", "text": "…", "vorher": 1.5, "nachher": 3,
//	                 "quelleVorher": "selbsteinschaetzung", "quelleNachher": "selbsteinschaetzung", "delta": 1.5}],
//	 "neu": [{"id": "…", "dimension": "…", "text": "…", "stufe": 2, "quelle": "regel"}], "entfallen": []}
//
// Points and levels are null where absent; a delta is null unless both
// sides are present. Apart from the notes on the data, taken from the
// Bewertungen as they are, it holds no personal data.
type Trendbericht struct {
	Kommune            string           `json:"kommune"`
	Von                time.Time        `json:"von"`
	Bis                time.Time        `json:"bis"`
	Sprache            string           `json:"sprache"`
	Datenhinweis       string           `json:"datenhinweis,omitempty"`
	DatenhinweisVorher string           `json:"datenhinweisVorher,omitempty"`
	Gesamt             Veraenderung     `json:"gesamt"`
	Dimensionen        []DimensionTrend `json:"dimensionen"`
	Veraendert         []ZielTrend      `json:"veraendert"`
	Neu                []ZielStand      `json:"neu"`
	Entfallen          []ZielStand      `json:"entfallen"`
}

// Veraenderung is the change of points (0–100) and coverage (0–1) between
// two Bewertungen. Each value is absent where its Bewertung has none (a
// dimension not in its catalogue, or without assessed goals); a delta is
// absent unless both sides are present. Deltas of points are rounded to
// one decimal, of coverage to four, like the Bewertung's figures.
type Veraenderung struct {
	Vorher           qualitaet.Wert `json:"vorher"`
	Nachher          qualitaet.Wert `json:"nachher"`
	Delta            qualitaet.Wert `json:"delta"`
	AbdeckungVorher  qualitaet.Wert `json:"abdeckungVorher"`
	AbdeckungNachher qualitaet.Wert `json:"abdeckungNachher"`
	AbdeckungDelta   qualitaet.Wert `json:"abdeckungDelta"`
}

// DimensionTrend is the change in one dimension.
type DimensionTrend struct {
	ID    qualitaet.ID `json:"id"`
	Titel string       `json:"titel"`
	Veraenderung
}

// ZielTrend is an Entwicklungsziel whose level changed: before and after
// with their sources (self-assessment or rule) and the change.
type ZielTrend struct {
	ID            qualitaet.ID     `json:"id"`
	Dimension     qualitaet.ID     `json:"dimension"`
	Text          string           `json:"text"`
	Vorher        qualitaet.Wert   `json:"vorher"`
	Nachher       qualitaet.Wert   `json:"nachher"`
	QuelleVorher  qualitaet.Quelle `json:"quelleVorher"`
	QuelleNachher qualitaet.Quelle `json:"quelleNachher"`
	Delta         float64          `json:"delta"`
}

// ZielStand is an Entwicklungsziel assessed in only one of the two
// Bewertungen, with its level and source there.
type ZielStand struct {
	ID        qualitaet.ID     `json:"id"`
	Dimension qualitaet.ID     `json:"dimension"`
	Text      string           `json:"text"`
	Stufe     qualitaet.Wert   `json:"stufe"`
	Quelle    qualitaet.Quelle `json:"quelle"`
}

type zielOrt struct {
	dimension qualitaet.ID
	ziel      qualitaet.ZielErgebnis
}

// Trend compares two Bewertungen of the same Kommune: alt, the older, and
// neu, the newer. The Kommune is the same when the names are equal after NFC
// and trimming, regardless of case; alt.Zeitpunkt must lie strictly before
// neu.Zeitpunkt — the order is not guessed, a swapped call is an error.
// Dimensions and goals are matched by ID; one missing on a side counts as
// not assessed there. A goal is assessed when it has a level, from a
// self-assessment or a rule. Lists are in catalogue order. Errors are
// *VergleichsFehler matching ErrAndereKommune, ErrZeitfolge or ErrOptionen
// (a nil Bewertung).
func Trend(alt, neu *qualitaet.Bewertung) (Trendbericht, error) {
	if alt == nil || neu == nil {
		return Trendbericht{}, neuerVergleichsFehler(ErrOptionen, "fehler.trendNil")
	}
	if !strings.EqualFold(beschriftung.NFC(strings.TrimSpace(alt.Kommune)), beschriftung.NFC(strings.TrimSpace(neu.Kommune))) {
		return Trendbericht{}, neuerVergleichsFehler(ErrAndereKommune, "fehler.trendKommune", alt.Kommune, neu.Kommune)
	}
	if !alt.Zeitpunkt.Before(neu.Zeitpunkt) {
		return Trendbericht{}, neuerVergleichsFehler(ErrZeitfolge, "fehler.trendZeit",
			alt.Zeitpunkt.Format(time.RFC3339), neu.Zeitpunkt.Format(time.RFC3339))
	}
	t := Trendbericht{Kommune: neu.Kommune, Von: alt.Zeitpunkt, Bis: neu.Zeitpunkt, Sprache: neu.Sprache,
		Dimensionen: []DimensionTrend{}, Veraendert: []ZielTrend{}, Neu: []ZielStand{}, Entfallen: []ZielStand{}}
	t.Datenhinweis, t.DatenhinweisVorher = datenhinweise(alt, neu)
	t.Gesamt = veraenderung(alt.Gesamt.Punkte, neu.Gesamt.Punkte, qualitaet.WertVon(alt.Gesamt.Abdeckung), qualitaet.WertVon(neu.Gesamt.Abdeckung))

	dimAlt := map[qualitaet.ID]qualitaet.DimensionErgebnis{}
	dimNeu := map[qualitaet.ID]qualitaet.DimensionErgebnis{}
	var ids []qualitaet.ID
	zieleAlt := map[qualitaet.ID]zielOrt{}
	zieleNeu := map[qualitaet.ID]zielOrt{}
	var zielIDs []qualitaet.ID
	sammle := func(b *qualitaet.Bewertung, dims map[qualitaet.ID]qualitaet.DimensionErgebnis, ziele map[qualitaet.ID]zielOrt) {
		for _, d := range b.Dimensionen {
			if _, ok := dimAlt[d.ID]; !ok {
				if _, ok := dimNeu[d.ID]; !ok {
					ids = append(ids, d.ID)
				}
			}
			dims[d.ID] = d
			for _, z := range d.Entwicklungsziele {
				if _, ok := zieleAlt[z.ID]; !ok {
					if _, ok := zieleNeu[z.ID]; !ok {
						zielIDs = append(zielIDs, z.ID)
					}
				}
				ziele[z.ID] = zielOrt{d.ID, z}
			}
		}
	}
	sammle(alt, dimAlt, zieleAlt)
	sammle(neu, dimNeu, zieleNeu)
	slices.SortFunc(ids, qualitaet.VergleicheIDs)
	slices.SortFunc(zielIDs, qualitaet.VergleicheIDs)
	for _, id := range ids {
		a, okA := dimAlt[id]
		n, okN := dimNeu[id]
		dt := DimensionTrend{ID: id, Titel: n.Titel}
		if !okN {
			dt.Titel = a.Titel
		}
		var abA, abN qualitaet.Wert
		if okA {
			abA = qualitaet.WertVon(a.Abdeckung)
		}
		if okN {
			abN = qualitaet.WertVon(n.Abdeckung)
		}
		dt.Veraenderung = veraenderung(a.Punkte, n.Punkte, abA, abN)
		t.Dimensionen = append(t.Dimensionen, dt)
	}
	for _, id := range zielIDs {
		a, n := zieleAlt[id], zieleNeu[id]
		sa, okA := a.ziel.Stufe.Zahl()
		sn, okN := n.ziel.Stufe.Zahl()
		switch {
		case okA && okN && sa != sn:
			t.Veraendert = append(t.Veraendert, ZielTrend{ID: id, Dimension: n.dimension, Text: n.ziel.Text,
				Vorher: a.ziel.Stufe, Nachher: n.ziel.Stufe, QuelleVorher: a.ziel.Quelle, QuelleNachher: n.ziel.Quelle,
				Delta: runde(sn-sa, 4)})
		case okN && !okA:
			t.Neu = append(t.Neu, ZielStand{ID: id, Dimension: n.dimension, Text: n.ziel.Text, Stufe: n.ziel.Stufe, Quelle: n.ziel.Quelle})
		case okA && !okN:
			t.Entfallen = append(t.Entfallen, ZielStand{ID: id, Dimension: a.dimension, Text: a.ziel.Text, Stufe: a.ziel.Stufe, Quelle: a.ziel.Quelle})
		}
	}
	return t, nil
}

// datenhinweise returns the newer Bewertung's note on its data and the
// older one's if it differs from the newer's.
func datenhinweise(alt, neu *qualitaet.Bewertung) (string, string) {
	n, a := strings.TrimSpace(neu.Datenhinweis), strings.TrimSpace(alt.Datenhinweis)
	if a == n {
		a = ""
	}
	return n, a
}

func veraenderung(vorher, nachher, abVorher, abNachher qualitaet.Wert) Veraenderung {
	v := Veraenderung{Vorher: vorher, Nachher: nachher, AbdeckungVorher: abVorher, AbdeckungNachher: abNachher}
	if a, ok := vorher.Zahl(); ok {
		if n, ok := nachher.Zahl(); ok {
			v.Delta = qualitaet.WertVon(runde(n-a, 1))
		}
	}
	if a, ok := abVorher.Zahl(); ok {
		if n, ok := abNachher.Zahl(); ok {
			v.AbdeckungDelta = qualitaet.WertVon(runde(n-a, 4))
		}
	}
	return v
}

func runde(x float64, stellen int) float64 {
	f := math.Pow10(stellen)
	r := math.Round(x*f) / f
	if r == 0 {
		return 0 // no "-0"
	}
	return r
}

// Dokument returns the trend as a document of trend.schema.json
// ([schema.ArtTrend]): JSON indented by two spaces with a final newline,
// "$schema" first, text as written (no HTML escaping), checked against its
// schema before it is returned; [ParseTrend] reads it back.
func (t Trendbericht) Dokument() ([]byte, error) {
	return jsonDokument(schema.ArtTrend, struct {
		Schema string `json:"$schema"`
		Trendbericht
	}{schema.ArtTrend.ID(), t})
}

// ParseTrend reads a trend document written by [Trendbericht.Dokument],
// validated against its schema. Errors are [*schema.ValidierungsFehler].
func ParseTrend(data []byte) (*Trendbericht, error) {
	var t Trendbericht
	if err := schema.Standard().Lade(data, schema.ArtTrend, &t); err != nil {
		return nil, err
	}
	return &t, nil
}

// Markdown writes the trend for people in its language: the notes on the
// data (the newer Bewertung's; each with its date when the two differ), the
// period, a table
// of the dimensions and the overall result (before, after, change, coverage
// before → after), then the goals whose level changed, the newly assessed
// and those no longer assessed. It returns the first write error.
func (t Trendbericht) Markdown(w io.Writer) error {
	tag, _ := language.Parse(t.Sprache)
	d := neuerDrucker(tag)
	var b strings.Builder
	zeile := func(s string) { b.WriteString(s + "\n") }
	zeile("# " + d.t("trend.titel", t.Kommune))
	zeile("")
	for _, h := range t.hinweisZeilen(d) {
		zeile(h)
		zeile("")
	}
	zeile(d.t("trend.zeitraum", d.datum(t.Von), d.datum(t.Bis)))
	zeile("")
	zeile(tabellenzeile([]string{d.t("trend.dimension"), d.t("trend.vorher"), d.t("trend.nachher"), d.t("trend.delta"), d.t("trend.abdeckung")}))
	zeile(tabellenzeile([]string{":--", "--:", "--:", "--:", "--:"}))
	zeilen := slices.Clone(t.Dimensionen)
	zeilen = append(zeilen, DimensionTrend{Titel: d.t("md.gesamt"), Veraenderung: t.Gesamt})
	for _, dt := range zeilen {
		name := dt.Titel
		if dt.ID != "" {
			name = string(dt.ID) + " " + dt.Titel
		} else {
			name = "**" + name + "**"
		}
		zeile(tabellenzeile([]string{zelle(name), d.wert(dt.Vorher, 1), d.wert(dt.Nachher, 1), d.delta(dt.Delta),
			d.anteil(dt.AbdeckungVorher) + " → " + d.anteil(dt.AbdeckungNachher)}))
	}
	abschnitt := func(titel string, n int, f func()) {
		zeile("")
		zeile("## " + titel)
		zeile("")
		if n == 0 {
			zeile(d.t("trend.keine"))
			return
		}
		f()
	}
	abschnitt(d.t("trend.veraendert"), len(t.Veraendert), func() {
		for _, z := range t.Veraendert {
			zeile("- **" + string(z.ID) + "** " + z.Text + " — " + d.t("trend.stufe", d.wert(z.Vorher, 1), d.quelle(z.QuelleVorher),
				d.wert(z.Nachher, 1), d.quelle(z.QuelleNachher)) + ", " + d.delta(qualitaet.WertVon(z.Delta)))
		}
	})
	abschnitt(d.t("trend.neu"), len(t.Neu), func() {
		for _, z := range t.Neu {
			zeile("- **" + string(z.ID) + "** " + z.Text + " — " + d.t("trend.stand", d.wert(z.Stufe, 1), d.quelle(z.Quelle)))
		}
	})
	abschnitt(d.t("trend.entfallen"), len(t.Entfallen), func() {
		for _, z := range t.Entfallen {
			zeile("- **" + string(z.ID) + "** " + z.Text + " — " + d.t("trend.stand", d.wert(z.Stufe, 1), d.quelle(z.Quelle)))
		}
	})
	_, err := io.WriteString(w, b.String())
	return err
}

// hinweisZeilen are the Markdown lines of the notes on the data: the
// newer Bewertung's alone, or, when the older one's differs, both in time
// order, each labelled with its date.
func (t Trendbericht) hinweisZeilen(d drucker) []string {
	if t.DatenhinweisVorher == "" {
		if t.Datenhinweis == "" {
			return nil
		}
		return []string{"> **" + d.t("trend.datenhinweis") + ":** " + mdText(t.Datenhinweis)}
	}
	zeilen := []string{"> **" + d.t("trend.datenhinweisVom", d.datum(t.Von)) + ":** " + mdText(t.DatenhinweisVorher)}
	if t.Datenhinweis != "" {
		zeilen = append(zeilen, "> **"+d.t("trend.datenhinweisVom", d.datum(t.Bis))+":** "+mdText(t.Datenhinweis))
	}
	return zeilen
}

func (d drucker) delta(w qualitaet.Wert) string {
	x, ok := w.Zahl()
	if !ok {
		return "–"
	}
	if x > 0 {
		return "+" + d.zahl(x, 2)
	}
	if x < 0 {
		return "−" + d.zahl(-x, 2)
	}
	return "±0"
}

func (d drucker) anteil(w qualitaet.Wert) string {
	if x, ok := w.Zahl(); ok {
		return d.prozent(x)
	}
	return "–"
}

func (d drucker) quelle(q qualitaet.Quelle) string {
	key := "quelle." + string(q)
	if vergleichMeldungen.Hat(key) {
		return d.t(key)
	}
	return string(q)
}
