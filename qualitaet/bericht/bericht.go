package bericht

import (
	"errors"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// Optionen are the options of every report (Berichtsoptionen). The zero
// value is all defaults: labels in the language of the Bewertung, the scale
// labels of the Regelwerk the Bewertung names where they can be found, and
// the full report.
type Optionen struct {
	// Sprache chooses the language of the report. The zero tag (language.Und)
	// takes the Bewertung's own language (Bewertung.Sprache). Reasons,
	// hints and gaps were written in the Bewertung's language by
	// qualitaet.Bewerte and stay so; dimension titles and goal texts are
	// taken from the embedded catalogue in the chosen language where the
	// Bewertung used it.
	Sprache language.Tag
	// Regelwerk supplies the labels of the levels 0–4 (Skala) for legends.
	// Nil means the embedded standard Regelwerk when the Bewertung names it,
	// otherwise the labels the Bewertung's goals carry; levels without a
	// label are shown as bare numbers.
	Regelwerk *qualitaet.Regelwerk
	// Kurzfassung (short version) leaves out the per-dimension detail of
	// [Markdown] — the tables of every Entwicklungsziel — for a one-page
	// summary, e.g. for the Jugendhilfeausschuss.
	Kurzfassung bool
	// Plan is the Qualitätsentwicklungsplan derived from the Bewertung
	// (qualitaet.Planen); when given, [Markdown] and [HTML] add it as a
	// section and [HTMLKurz] lists its overdue measures.
	Plan *qualitaet.Plan
}

// ErrKeineBewertung is returned by every report function when it is given a
// nil Bewertung.
var ErrKeineBewertung = errors.New("bericht: keine Bewertung angegeben (nil)")

// kontext holds what every report needs: the Bewertung, the language, and
// the catalogue and scale to name things in that language.
type kontext struct {
	b      *qualitaet.Bewertung
	tag    language.Tag
	en     bool
	fremd  bool // the report's language differs from the Bewertung's
	p      *message.Printer
	rahmen *qualitaet.Rahmen // embedded catalogue the Bewertung used, or nil
	skala  [qualitaet.MaxStufe + 1]string
}

func neuerKontext(b *qualitaet.Bewertung, opt Optionen) *kontext {
	eigene, err := schema.ParseSprache(b.Sprache)
	if err != nil {
		eigene = language.German
	}
	tag := eigene
	if opt.Sprache != language.Und {
		tag = schema.Sprache(opt.Sprache)
	}
	k := &kontext{b: b, tag: tag, en: tag == language.English, fremd: tag != eigene, p: message.NewPrinter(tag)}
	if r, err := qualitaet.RahmenVersion(b.Rahmen.Version); err == nil && r.ID == b.Rahmen.ID {
		k.rahmen = r
	}
	rw := opt.Regelwerk
	if std := qualitaet.StandardRegelwerk(); rw == nil && std.ID == b.Regelwerk.ID && std.Version == b.Regelwerk.Version {
		rw = std
	}
	if rw != nil {
		for s := range k.skala {
			k.skala[s] = rw.Bezeichnung(qualitaet.Stufe(s), k.tag)
		}
	} else if !k.fremd {
		for _, d := range b.Dimensionen {
			for _, z := range d.Entwicklungsziele {
				if f, ok := z.Stufe.Zahl(); ok && f == math.Trunc(f) && f >= 0 && int(f) < len(k.skala) && z.Bezeichnung != "" {
					k.skala[int(f)] = z.Bezeichnung
				}
			}
		}
	}
	return k
}

// t formats the message key of the package catalogue in the report's
// language.
func (k *kontext) t(key string, args ...any) string { return meldungen.Sprintf(k.tag, key, args...) }

// dimTitel returns the dimension's title in the report's language.
func (k *kontext) dimTitel(d *qualitaet.DimensionErgebnis) string {
	if k.fremd && k.rahmen != nil {
		if rd, ok := k.rahmen.Dimension(d.ID); ok {
			return rd.TitelIn(k.tag)
		}
	}
	return d.Titel
}

// dimName is "QD3 Netzwerk".
func (k *kontext) dimName(d *qualitaet.DimensionErgebnis) string {
	return string(d.ID) + " " + k.dimTitel(d)
}

// idName names a dimension ID that may not be in the Bewertung (left out).
func (k *kontext) idName(id qualitaet.ID) string {
	if d, ok := k.b.Dimension(id); ok {
		return k.dimName(d)
	}
	if k.rahmen != nil {
		if rd, ok := k.rahmen.Dimension(id); ok {
			return string(id) + " " + rd.TitelIn(k.tag)
		}
	}
	return string(id)
}

// zielText returns the goal's text in the report's language.
func (k *kontext) zielText(z *qualitaet.ZielErgebnis) string {
	if k.fremd && k.rahmen != nil {
		if rz, ok := k.rahmen.Entwicklungsziel(z.ID); ok {
			return rz.TextIn(k.tag)
		}
	}
	return z.Text
}

// zielTextVon looks the goal up in the Bewertung; "" when it is not there.
func (k *kontext) zielTextVon(id qualitaet.ID) string {
	if z, ok := k.b.Ziel(id); ok {
		return k.zielText(z)
	}
	return ""
}

// stufenBezeichnung returns the label of a goal's level in the report's
// language.
func (k *kontext) stufenBezeichnung(z *qualitaet.ZielErgebnis) string {
	if !k.fremd {
		return z.Bezeichnung
	}
	f, ok := z.Stufe.Zahl()
	if !ok || f < 0 || f > float64(qualitaet.MaxStufe) {
		return z.Bezeichnung
	}
	unten := int(f)
	if f == float64(unten) {
		if k.skala[unten] != "" {
			return k.skala[unten]
		}
		return z.Bezeichnung
	}
	if k.skala[unten] != "" && k.skala[unten+1] != "" {
		return k.skala[unten] + " – " + k.skala[unten+1]
	}
	return z.Bezeichnung
}

// strich is the sign for an absent figure.
const strich = "–"

// zahl formats f with at most max decimal places the way the language
// writes it; NaN and infinities are no figures.
func (k *kontext) zahl(f float64, max int) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return strich
	}
	return k.p.Sprint(number.Decimal(f, number.MaxFractionDigits(max)))
}

// fest formats f with exactly n decimal places: "62,5", "100,0".
func (k *kontext) fest(f float64, n int) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return strich
	}
	return k.p.Sprint(number.Decimal(f, number.Scale(n)))
}

// punkte formats points (0–100) with one decimal place, "–" when absent.
func (k *kontext) punkte(w qualitaet.Wert) string {
	f, ok := w.Zahl()
	if !ok {
		return strich
	}
	return k.fest(f, 1)
}

// prozentZahl writes a figure that already is a percentage: German "22,6 %"
// (with a space, as DIN 5008 asks), English "22.6%". A plain space keeps the
// output easy to search; x/text would put a no-break space.
func (k *kontext) prozentZahl(s string) string {
	if s == strich {
		return s
	}
	if k.en {
		return s + "%"
	}
	return s + " %"
}

// anteil formats a share 0–1 as a percentage with one decimal place.
func (k *kontext) anteil(f float64) string { return k.prozentZahl(k.fest(f*100, 1)) }

// euro writes an amount of euros: German "93.000 €", English "€93,000";
// cents only where the amount has them. The symbol comes from the currency
// package; its own formatter puts the symbol first in every language, so the
// position is chosen here.
func (k *kontext) euro(f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return strich
	}
	symbol := k.p.Sprint(currency.NarrowSymbol(currency.EUR))
	stellen, _ := currency.Standard.Rounding(currency.EUR)
	betrag := k.p.Sprint(number.Decimal(f, number.Scale(0)))
	if math.Round(f*100) != math.Round(f)*100 {
		betrag = k.p.Sprint(number.Decimal(f, number.Scale(stellen)))
	}
	if k.en {
		if strings.HasPrefix(betrag, "-") {
			return "-" + symbol + betrag[1:]
		}
		return symbol + betrag
	}
	return betrag + " " + symbol
}

// kennzahl formats a key figure with its unit.
func (k *kontext) kennzahl(kz qualitaet.Kennzahl) string {
	switch kz.Einheit {
	case "€":
		return k.euro(kz.Wert)
	case "%":
		return k.prozentZahl(k.zahl(kz.Wert, 2))
	case "":
		return k.zahl(kz.Wert, 2)
	case "Jahre":
		if kz.Wert == 1 {
			return k.zahl(kz.Wert, 2) + " " + k.t("einheit.jahr")
		}
		return k.zahl(kz.Wert, 2) + " " + k.t("einheit.jahre")
	}
	return k.zahl(kz.Wert, 2) + " " + kz.Einheit
}

// datum writes a day: German 01.10.2026, English 1 October 2026.
func (k *kontext) datum(t time.Time) string {
	if k.en {
		return t.Format("2 January 2006")
	}
	return t.Format("02.01.2006")
}

// stufe writes a level, which may be fractional (2,5), "–" when absent.
func (k *kontext) stufe(w qualitaet.Wert) string {
	f, ok := w.Zahl()
	if !ok {
		return strich
	}
	return k.zahl(f, 1)
}

// skalaText lists the labels of the scale: "0 nicht begonnen · 1 …"; ""
// when no label is known.
func (k *kontext) skalaText() string {
	var teile []string
	for s, l := range k.skala {
		if l != "" {
			teile = append(teile, strconv.Itoa(s)+" "+l)
		}
	}
	return strings.Join(teile, " · ")
}

// quelle names the source of a goal's level.
func (k *kontext) quelle(q qualitaet.Quelle) string {
	switch q {
	case qualitaet.QuelleSelbst:
		return k.t("quelle.selbst")
	case qualitaet.QuelleDialog:
		return k.t("quelle.dialog")
	case qualitaet.QuelleRegel:
		return k.t("quelle.regel")
	case qualitaet.QuelleKeine:
		return k.t("quelle.keine")
	}
	return string(q)
}

// prioArt names the kind of a priority.
func (k *kontext) prioArt(a qualitaet.PrioritaetsArt) string {
	switch a {
	case qualitaet.NiedrigeStufe:
		return k.t("prio.niedrig")
	case qualitaet.KlaerenImDialog:
		return k.t("prio.dialog")
	case qualitaet.Bedarf:
		return k.t("prio.bedarf")
	}
	return string(a)
}

// schwerpunkte reports whether any dimension is a focus dimension.
func (k *kontext) schwerpunkte() bool {
	for _, d := range k.b.Dimensionen {
		if d.Schwerpunkt {
			return true
		}
	}
	return false
}

// einzeilig collapses line breaks and runs of white space into one space,
// so that free text cannot break a heading, a list item or a table row.
func einzeilig(s string) string { return strings.Join(strings.Fields(s), " ") }

// herkuenfte are the provenances in the order legends list them.
var herkuenfte = []qualitaet.Herkunft{qualitaet.HerkunftNZFH, qualitaet.HerkunftAbgeleitet, qualitaet.HerkunftErgaenzt, qualitaet.HerkunftLokal}

// herkunftName names a goal's provenance in a cell: "NZFH", "abgeleitet",
// "ergänzt", "lokal"; "" when unknown (a Bewertung that did not record it).
func (k *kontext) herkunftName(h qualitaet.Herkunft) string { return h.Beschriftung(k.tag) }

// herkunftErklaerung says what a provenance means, for the legend.
func (k *kontext) herkunftErklaerung(h qualitaet.Herkunft) string {
	switch h {
	case qualitaet.HerkunftNZFH:
		return k.t("herkunft.nzfhLang")
	case qualitaet.HerkunftAbgeleitet:
		return k.t("herkunft.abgeleitetLang")
	case qualitaet.HerkunftErgaenzt:
		return k.t("herkunft.ergaenztLang")
	case qualitaet.HerkunftLokal:
		return k.t("herkunft.lokalLang")
	}
	return ""
}

// herkunftMarke is the provenance mark in front of a goal's text:
// "[NZFH]"; "" when unknown.
func (k *kontext) herkunftMarke(h qualitaet.Herkunft) string {
	if n := k.herkunftName(h); n != "" {
		return "[" + n + "]"
	}
	return ""
}

// herkunftLegende explains the provenance marks of the goals the Bewertung
// holds, in a fixed order; "" when no goal records one.
func (k *kontext) herkunftLegende() string {
	da := map[qualitaet.Herkunft]bool{}
	for _, d := range k.b.Dimensionen {
		for _, z := range d.Entwicklungsziele {
			da[z.Herkunft] = true
		}
	}
	return k.legendeVon(da)
}

// legendeVon explains the given provenance marks, in a fixed order; "" for
// none.
func (k *kontext) legendeVon(da map[qualitaet.Herkunft]bool) string {
	var teile []string
	for _, h := range herkuenfte {
		if da[h] {
			teile = append(teile, k.herkunftMarke(h)+" "+k.herkunftErklaerung(h))
		}
	}
	if len(teile) == 0 {
		return ""
	}
	return k.t("md.herkunftLegende", strings.Join(teile, " · "))
}

// regelwerkHerkunft is the Regelwerk's provenance line: its title and its
// own note, or, in English or without a note, what its provenance says.
func (k *kontext) regelwerkHerkunft() string {
	rw := k.b.Regelwerk
	was := k.regelwerkWas()
	if rw.Titel == "" {
		return was
	}
	return rw.Titel + " – " + was
}

// regelwerkWas says what the Regelwerk is: its own note, or, in English or
// without a note, what its provenance says.
func (k *kontext) regelwerkWas() string {
	rw := k.b.Regelwerk
	var was string
	switch {
	case rw.Hinweis != "" && !k.en:
		was = rw.Hinweis
	case slices.Contains(herkuenfte, rw.Herkunft):
		was = k.regelwerkHerkunftText(rw.Herkunft)
	case rw.Hinweis != "":
		was = rw.Hinweis
	default:
		was = k.t("regelwerk.unbekannt")
	}
	return was
}

// regelwerkHerkunftText says what a Regelwerk of the provenance is.
func (k *kontext) regelwerkHerkunftText(h qualitaet.Herkunft) string {
	switch h {
	case qualitaet.HerkunftNZFH:
		return k.t("regelwerk.nzfh")
	case qualitaet.HerkunftAbgeleitet:
		return k.t("regelwerk.abgeleitet")
	case qualitaet.HerkunftLokal:
		return k.t("regelwerk.lokal")
	}
	return k.t("regelwerk.ergaenzt")
}

// geradeRegel names the rule for the result of an even count of ratings;
// a Bewertung that does not record it used the default, the lower median.
func (k *kontext) geradeRegel() string {
	switch k.b.Regelwerk.GeradeAnzahl {
	case qualitaet.ObererMedian:
		return k.t("median.oberer")
	case qualitaet.MittelDerMitte:
		return k.t("median.mittelwert")
	}
	return k.t("median.unterer")
}

// vorlaeufig reports whether the goal's ratings diverge, so that its result
// is provisional until the network has talked about it.
func (k *kontext) vorlaeufig(id qualitaet.ID) bool {
	for _, s := range k.b.Streuung {
		if s.Entwicklungsziel == id {
			return s.Divergent
		}
	}
	return false
}

// stufeMitBezeichnung writes a goal's level with its label, "2 – in
// Umsetzung", marked provisional where the ratings diverge; "–" when the
// goal is not assessed.
func (k *kontext) stufeMitBezeichnung(z *qualitaet.ZielErgebnis) string {
	stufe := k.stufe(z.Stufe)
	if !z.Stufe.Gesetzt() {
		return stufe
	}
	if l := k.stufenBezeichnung(z); l != "" {
		stufe += " – " + l
	}
	if z.Quelle == qualitaet.QuelleSelbst && k.vorlaeufig(z.ID) {
		stufe += " " + k.t("md.vorlaeufig")
	}
	if z.Quelle == qualitaet.QuelleDialog {
		stufe += " " + k.t("md.imDialogVereinbart")
	}
	if b := k.bedarfText(z.ID); b != "" {
		stufe += " · " + b
	}
	return stufe
}

// teileFormel splits a key figure's label "Name (Formel)" into the name and
// the formula in its closing brackets; the formula is "" when there is none.
func teileFormel(s string) (name, formel string) {
	i := strings.Index(s, " (")
	if i <= 0 || !strings.HasSuffix(s, ")") {
		return s, ""
	}
	return s[:i], s[i+2 : len(s)-1]
}

// grossAnfang writes the first letter of s in upper case (labels in
// tables).
func grossAnfang(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
