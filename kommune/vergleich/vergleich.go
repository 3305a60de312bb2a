package vergleich

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"

	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema/anonym"
)

// StandardPeers is the number of similar Kommunen (peers) a comparison lists
// per Kommune unless VergleichsOptionen.K says otherwise.
const StandardPeers = 3

// VergleichsOptionen configures [Vergleiche]. Only Zeitpunkt (in the
// embedded kommune.BewertungsOptionen) is required; the zero value of every other
// field means the default.
type VergleichsOptionen struct {
	// kommune.BewertungsOptionen are passed to [kommune.Bewerte] for each profile;
	// Zeitpunkt is also the reference day of the structural features
	// (network age) and Sprache the language of the comparison.
	kommune.BewertungsOptionen
	// Gewichte are the weights of the structural features; the zero value
	// means [StandardGewichte].
	Gewichte Gewichte
	// K is the number of peers listed per Kommune; 0 means StandardPeers
	// (3). Negative is an error.
	K int
	// Cluster is the directory in which Kommunen are looked up; nil means
	// the Qualitätsdialoge ([Qualitaetsdialoge]).
	Cluster *Clusterverzeichnis
	// Anonym anonymises every profile ([anonym.Anonymisiere]) before anything is
	// derived from it and marks the result "anonymisiert". The comparison
	// carries no personal data in any case (see [Vergleich]); Anonym makes
	// that a property of the process, not only of today's fields.
	Anonym bool
}

// Vergleich is the side-by-side comparison of several Kommunen (Vergleich):
// per Kommune its structural features, Bewertung (points per dimension and
// overall) and cluster of the Qualitätsdialoge; the similarity of every
// pair and each Kommune's most similar peers. Kommunen are in German
// collation order (Ä with A, "Landkreis Ö…" before "Landkreis P…").
//
// It is a JSON document of vergleich.schema.json ([Vergleich.Dokument]):
//
//	{
//	  "zeitpunkt": "2026-11-25T00:00:00Z", "sprache": "de", "anonymisiert": true,
//	  "merkmale": [{"merkmal": "bevoelkerung", "gewicht": 2, "anzahl": 3, "minimum": 98431, "maximum": 301250}, …],
//	  "dimensionen": [{"id": "QD1", "titel": "Grundidee"}, …],
//	  "kommunen": [{
//	    "name": "Landkreis Oder-Spree", "land": "Brandenburg", "gebietsart": "kreis",
//	    "datenhinweis": "Beispielprofil. …",
//	    "cluster": {"id": "C3", "titel": "…", "schwerpunkte": ["QD3", "QD5"]},
//	    "merkmale": {"bevoelkerung": 178068, "kinderU3": 4299, …},
//	    "dimensionen": [{"id": "QD1", "punkte": 50, "abdeckung": 0.5, "schwerpunkt": false}, …],
//	    "gesamt": {"punkte": 41.2, "abdeckung": 0.18},
//	    "peers": [{"kommune": "…", "wert": 0.8123, "merkmale": [{"merkmal": "gebietsart", "naehe": 1, "beitrag": 0.2727}, …]}]
//	  }, …],
//	  "aehnlichkeiten": [{"a": "…", "b": "…", "wert": 0.8123, "merkmale": […]}, …]
//	}
//
// "punkte" and "wert" are null where absent; "anonymisiert" and a Kommune's
// "datenhinweis" are left out unless set. It holds no personal data: names
// of Kommunen (public), figures and IDs, and each profile's note on its data
// (e.g. that parts are illustrative; people named in it replaced as by
// anonymisation) — no contact person, no rater, no other free text of the
// profiles.
type Vergleich struct {
	Zeitpunkt      time.Time         `json:"zeitpunkt"`
	Sprache        string            `json:"sprache"`
	Anonymisiert   bool              `json:"anonymisiert,omitempty"`
	Merkmale       []Normierung      `json:"merkmale"`
	Dimensionen    []DimensionsKopf  `json:"dimensionen"`
	Kommunen       []VergleichsZeile `json:"kommunen"`
	Aehnlichkeiten []Aehnlichkeit    `json:"aehnlichkeiten"`

	aehnlichkeiten *Aehnlichkeiten
}

// DimensionsKopf names a dimension column of the comparison: every
// dimension of any of the Bewertungen, in catalogue order.
type DimensionsKopf struct {
	ID    qualitaet.ID `json:"id"`
	Titel string       `json:"titel"`
}

// VergleichsZeile is one Kommune of the comparison.
type VergleichsZeile struct {
	Name       string     `json:"name"`
	Land       string     `json:"land,omitempty"`
	Gebietsart Gebietsart `json:"gebietsart,omitempty"`
	// Datenhinweis is the profile's note on its data (e.g. that parts are
	// illustrative), "" without one, always as anonymisation leaves it:
	// people the profile records are replaced in it even without
	// VergleichsOptionen.Anonym. The Markdown lists the notes first.
	Datenhinweis string `json:"datenhinweis,omitempty"`
	// Gebietsart is Kreis or Stadt, "" when the name says neither
	// ([GebietsartAusName]); Cluster is nil for a Kommune that was in no
	// cluster of the directory.
	Cluster *ClusterAngabe `json:"cluster,omitempty"`
	// Merkmale are the numeric structural features known for the Kommune,
	// rounded to four decimals; an unknown one is left out, never 0.
	Merkmale map[Merkmal]float64 `json:"merkmale"`
	// Dimensionen has one entry per column of Vergleich.Dimensionen; a
	// dimension the Kommune's Bewertung does not have has absent points
	// and coverage 0.
	Dimensionen []DimensionsWert `json:"dimensionen"`
	Gesamt      qualitaet.Gesamt `json:"gesamt"`
	Peers       []Peer           `json:"peers"`
}

// ClusterAngabe is the cluster of the Qualitätsdialoge a Kommune belonged
// to: ID, title and every focus dimension (QD 3 and its own).
type ClusterAngabe struct {
	ID           string         `json:"id"`
	Titel        string         `json:"titel"`
	Schwerpunkte []qualitaet.ID `json:"schwerpunkte"`
}

// DimensionsWert is a Kommune's result in one dimension.
type DimensionsWert struct {
	ID          qualitaet.ID   `json:"id"`
	Punkte      qualitaet.Wert `json:"punkte"`
	Abdeckung   float64        `json:"abdeckung"`
	Schwerpunkt bool           `json:"schwerpunkt"`
}

// Peer is one of the Kommunen most similar to another: its name, the
// similarity and the features that contributed most (see [Aehnlichkeit]).
type Peer struct {
	Kommune  string         `json:"kommune"`
	Wert     qualitaet.Wert `json:"wert"`
	Merkmale []Beitrag      `json:"merkmale"`
}

// Vergleiche compares the profiles: it evaluates each with [kommune.Bewerte] (options
// from opt), derives their structural features on opt.Zeitpunkt
// ([StrukturmerkmaleVon]), computes the similarity of every pair
// ([BerechneAehnlichkeiten], see there for the formula) and the opt.K peers of
// each, and looks up their clusters. It fails for fewer than two profiles, a
// nil profile, two profiles with the same name, a zero Zeitpunkt, invalid
// weights or K, and when a Bewertung fails; errors are *VergleichsFehler
// (matching the Err… conditions) or those of [kommune.Bewerte] and [anonym.Anonymisiere].
func Vergleiche(profile []*kommune.Profil, opt VergleichsOptionen) (*Vergleich, error) {
	k, verz, err := pruefeOptionen(len(profile), &opt)
	if err != nil {
		return nil, err
	}
	ps, err := vorbereiteteProfile(profile, opt.Anonym)
	if err != nil {
		return nil, err
	}
	ms := make([]Strukturmerkmale, len(ps))
	for i, p := range ps {
		ms[i] = StrukturmerkmaleVon(p, opt.Zeitpunkt)
	}
	ae, err := BerechneAehnlichkeiten(ms, opt.Gewichte)
	if err != nil {
		return nil, err
	}
	v := &Vergleich{Zeitpunkt: opt.Zeitpunkt, Sprache: opt.Sprache.String(), Anonymisiert: opt.Anonym,
		Merkmale: ae.Normierung(), Aehnlichkeiten: ae.Paare(), aehnlichkeiten: ae}
	if v.Aehnlichkeiten == nil {
		v.Aehnlichkeiten = []Aehnlichkeit{}
	}
	bewertungen, err := v.bewerte(ps, opt.BewertungsOptionen)
	if err != nil {
		return nil, err
	}
	for i, p := range ps {
		z := v.zeile(p, ms[i], bewertungen[i], verz, ae.Peers(ms[i].Kommune, k))
		if z.Datenhinweis, err = datenhinweis(p, opt.Anonym); err != nil {
			return nil, err
		}
		v.Kommunen = append(v.Kommunen, z)
	}
	c := deutscheSortierung()
	slices.SortStableFunc(v.Kommunen, func(a, b VergleichsZeile) int { return c.CompareString(a.Name, b.Name) })
	return v, nil
}

// pruefeOptionen checks the options for n profiles, sets the language to
// the one in effect, and returns the number of peers and the directory of
// clusters.
func pruefeOptionen(n int, opt *VergleichsOptionen) (int, *Clusterverzeichnis, error) {
	if n < 2 {
		return 0, nil, neuerVergleichsFehler(ErrZuWenigeKommunen, "fehler.zuWenige", n)
	}
	if opt.Zeitpunkt.IsZero() {
		return 0, nil, neuerVergleichsFehler(ErrOptionen, "fehler.zeitpunkt")
	}
	if opt.K < 0 {
		return 0, nil, neuerVergleichsFehler(ErrOptionen, "fehler.k", strconv.Itoa(opt.K))
	}
	if err := opt.Gewichte.pruefe(); err != nil {
		return 0, nil, err
	}
	k := opt.K
	if k == 0 {
		k = StandardPeers
	}
	verz := opt.Cluster
	if verz == nil {
		verz = verzeichnis()
	}
	opt.Sprache = schema.Sprache(opt.Sprache)
	return k, verz, nil
}

// vorbereiteteProfile refuses nil profiles and anonymises each if asked.
func vorbereiteteProfile(profile []*kommune.Profil, anonym bool) ([]*kommune.Profil, error) {
	ps := make([]*kommune.Profil, len(profile))
	for i, p := range profile {
		if p == nil {
			return nil, neuerVergleichsFehler(ErrOptionen, "fehler.keinProfil", strconv.Itoa(i+1))
		}
		ps[i] = p
		if anonym {
			a, err := anonymesProfil(p)
			if err != nil {
				return nil, err
			}
			ps[i] = a
		}
	}
	return ps, nil
}

// bewerte evaluates every profile and collects the dimension columns of
// all Bewertungen in catalogue order.
func (v *Vergleich) bewerte(ps []*kommune.Profil, opt kommune.BewertungsOptionen) ([]*qualitaet.Bewertung, error) {
	titel := map[qualitaet.ID]string{}
	bewertungen := make([]*qualitaet.Bewertung, len(ps))
	for i, p := range ps {
		b, err := kommune.Bewerte(p, opt)
		if err != nil {
			return nil, fmt.Errorf("vergleich: %s: %w", p.Name, err)
		}
		bewertungen[i] = b
		for _, d := range b.Dimensionen {
			if _, ok := titel[d.ID]; !ok {
				titel[d.ID] = d.Titel
				v.Dimensionen = append(v.Dimensionen, DimensionsKopf{ID: d.ID, Titel: d.Titel})
			}
		}
	}
	slices.SortFunc(v.Dimensionen, func(a, b DimensionsKopf) int { return qualitaet.VergleicheIDs(a.ID, b.ID) })
	return bewertungen, nil
}

// zeile is the row of one Kommune: features, cluster, points per column,
// totals and peers.
func (v *Vergleich) zeile(p *kommune.Profil, m Strukturmerkmale, b *qualitaet.Bewertung, verz *Clusterverzeichnis, peers []Aehnlichkeit) VergleichsZeile {
	z := VergleichsZeile{Name: m.Kommune, Land: p.Land, Merkmale: map[Merkmal]float64{},
		Gesamt: b.Gesamt, Peers: []Peer{}}
	if g, ok := m.Gebietsart(); ok {
		z.Gebietsart = g
	}
	for mm, x := range m.Werte {
		if !mm.Kategorial() {
			z.Merkmale[mm] = runde4(x)
		}
	}
	if c, ok := verz.ClusterVon(p.Name); ok {
		z.Cluster = &ClusterAngabe{ID: c.Cluster.ID, Titel: c.Cluster.Titel, Schwerpunkte: c.Dimensionen()}
	}
	nachID := map[qualitaet.ID]qualitaet.DimensionErgebnis{}
	for _, d := range b.Dimensionen {
		nachID[d.ID] = d
	}
	for _, kopf := range v.Dimensionen {
		d := nachID[kopf.ID]
		z.Dimensionen = append(z.Dimensionen, DimensionsWert{ID: kopf.ID, Punkte: d.Punkte, Abdeckung: d.Abdeckung, Schwerpunkt: d.Schwerpunkt})
	}
	for _, a := range peers {
		z.Peers = append(z.Peers, Peer{Kommune: a.B, Wert: a.Wert, Merkmale: a.Merkmale})
	}
	return z
}

// datenhinweis returns the profile's note on its data as anonymisation
// leaves it; schonAnonym says p is anonymised already.
func datenhinweis(p *kommune.Profil, schonAnonym bool) (string, error) {
	h := strings.TrimSpace(p.Hinweis)
	if h == "" || schonAnonym {
		return h, nil
	}
	a, err := anonymesProfil(p)
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(a.Hinweis), nil
}

// anonymesProfil returns p anonymised through its document.
func anonymesProfil(p *kommune.Profil) (*kommune.Profil, error) {
	doc, err := p.Dokument()
	if err != nil {
		return nil, err
	}
	anon, err := anonym.Anonymisiere(doc, anonym.Optionen{})
	if err != nil {
		return nil, err
	}
	return kommune.ParseProfil(anon)
}

// deutscheSortierung returns a collator for German; a collator is not safe
// for concurrent use, so each caller makes its own.
func deutscheSortierung() *collate.Collator { return collate.New(language.German) }

// Aehnlichkeit returns the similarity of the Kommunen named a and b; see
// [Aehnlichkeiten.Paar].
func (v *Vergleich) Aehnlichkeit(a, b string) (Aehnlichkeit, bool) {
	if v.aehnlichkeiten == nil {
		for _, p := range v.Aehnlichkeiten {
			if (p.A == a && p.B == b) || (p.A == b && p.B == a) {
				if p.A != a {
					p.A, p.B = p.B, p.A
				}
				p.Merkmale = slices.Clone(p.Merkmale)
				return p, true
			}
		}
		return Aehnlichkeit{}, false
	}
	return v.aehnlichkeiten.Paar(a, b)
}

// Dokument returns the comparison as a document of vergleich.schema.json
// ([schema.ArtVergleich]): JSON indented by two spaces with a final
// newline, "$schema" first, text as written (no HTML escaping), checked
// against its schema before it is returned; [ParseVergleich] reads it back.
func (v *Vergleich) Dokument() ([]byte, error) {
	return jsonDokument(schema.ArtVergleich, struct {
		Schema string `json:"$schema"`
		*Vergleich
	}{schema.ArtVergleich.ID(), v})
}

// ParseVergleich reads a comparison document written by
// [Vergleich.Dokument], validated against its schema. Errors are
// [*schema.ValidierungsFehler].
func ParseVergleich(data []byte) (*Vergleich, error) {
	var v Vergleich
	if err := schema.Standard().Lade(data, schema.ArtVergleich, &v); err != nil {
		return nil, err
	}
	return &v, nil
}

// jsonDokument writes v as an indented JSON document of kind art and
// validates the result against the kind's schema.
func jsonDokument(art schema.Art, v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	val := schema.Standard()
	wert, err := val.Dekodiere(b.Bytes())
	if err != nil {
		return nil, err
	}
	if err := val.Pruefe(art, wert); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// drucker formats numbers and dates for people in one language.
type drucker struct {
	tag language.Tag
	p   *message.Printer
}

func neuerDrucker(tag language.Tag) drucker {
	tag = schema.Sprache(tag)
	return drucker{tag: tag, p: vergleichMeldungen.Drucker(tag)}
}

func (d drucker) t(key string, args ...any) string { return d.p.Sprintf(key, args...) }

// zahl formats x with at most stellen decimal places, rounded half away
// from zero like every figure of the library (x/text's formatter alone
// would round half to even: 62,5 % → 62 %).
func (d drucker) zahl(x float64, stellen int) string {
	return d.p.Sprint(number.Decimal(rundeHalbWeg(x, stellen), number.MaxFractionDigits(stellen)))
}

// rundeHalbWeg rounds x to stellen decimal places, half away from zero.
func rundeHalbWeg(x float64, stellen int) float64 {
	f := math.Pow10(stellen)
	return math.Round(x*f) / f
}

func (d drucker) wert(w qualitaet.Wert, stellen int) string {
	if x, ok := w.Zahl(); ok {
		return d.zahl(x, stellen)
	}
	return "–"
}

func (d drucker) prozent(anteil float64) string {
	return d.zahl(anteil*100, 0) + " %"
}

func (d drucker) datum(t time.Time) string {
	if d.tag == language.English {
		return t.Format("2 January 2006")
	}
	return t.Format("02.01.2006")
}

// merkmalText formats a feature of a Kommune for the table.
func (d drucker) merkmalText(m Merkmal, x float64, ok bool) string {
	if !ok {
		return "–"
	}
	switch m {
	case MerkmalArmutsanteilU3:
		return d.zahl(x, 1) + " %"
	case MerkmalBudgetProKindU3:
		return d.zahl(x, 2) + " €"
	case MerkmalSektorAbdeckung:
		return d.prozent(x)
	}
	return d.zahl(x, 0)
}

// Markdown writes the comparison for people in its language: title, the
// notes of the Kommunen on their data (those that have one), date; a table of key figures (Kreis or Stadt, the structural features,
// cluster); a table of the dimension points, overall points and coverage;
// per Kommune its cluster of the Qualitätsdialoge and its peers with the
// similarity and the features that contributed most; and a table of every
// pair. It returns the first write error.
func (v *Vergleich) Markdown(w io.Writer) error {
	tag, _ := language.Parse(v.Sprache)
	m := &mdVergleich{v: v, d: neuerDrucker(tag)}
	d := m.d
	m.zeile("# " + d.t("md.titel", len(v.Kommunen)))
	m.zeile("")
	m.datenhinweise()
	m.zeile(d.t("md.stand", d.datum(v.Zeitpunkt)))
	if v.Anonymisiert {
		m.zeile("")
		m.zeile(d.t("md.anonym"))
	}
	m.kennzahlen()
	m.dimensionen()
	m.peers()
	m.paare()
	_, err := io.WriteString(w, m.b.String())
	return err
}

// mdVergleich writes the Markdown of a comparison, section by section.
type mdVergleich struct {
	v *Vergleich
	d drucker
	b strings.Builder
}

func (m *mdVergleich) zeile(s string) { m.b.WriteString(s + "\n") }

// datenhinweise lists each Kommune's note on its data, those that have
// one, in the order of the Kommunen.
func (m *mdVergleich) datenhinweise() {
	var zeilen []string
	for _, z := range m.v.Kommunen {
		if h := strings.TrimSpace(z.Datenhinweis); h != "" {
			zeilen = append(zeilen, "- **"+mdText(z.Name)+":** "+mdText(h))
		}
	}
	if len(zeilen) == 0 {
		return
	}
	m.zeile("**" + m.d.t("md.datenhinweise") + "**")
	m.zeile("")
	for _, z := range zeilen {
		m.zeile(z)
	}
	m.zeile("")
}

// mdText makes free text one Markdown line without raw HTML.
func mdText(s string) string {
	return strings.ReplaceAll(strings.Join(strings.Fields(s), " "), "<", "&lt;")
}

// kennzahlen writes the table of structural features and clusters.
func (m *mdVergleich) kennzahlen() {
	d := m.d
	m.zeile("")
	m.zeile("## " + d.t("md.kennzahlen"))
	m.zeile("")
	kopf := []string{d.t("md.kommune")}
	ausr := []string{":--"}
	for _, mm := range alleMerkmale {
		kopf = append(kopf, mm.Name(d.tag))
		if mm.Kategorial() {
			ausr = append(ausr, ":--")
		} else {
			ausr = append(ausr, "--:")
		}
	}
	kopf = append(kopf, d.t("md.cluster"))
	ausr = append(ausr, ":--")
	m.zeile(tabellenzeile(kopf))
	m.zeile(tabellenzeile(ausr))
	for _, k := range m.v.Kommunen {
		z := []string{zelle(k.Name)}
		for _, mm := range alleMerkmale {
			if mm == MerkmalGebietsart {
				if k.Gebietsart.Valid() {
					z = append(z, k.Gebietsart.Name(d.tag))
				} else {
					z = append(z, "–")
				}
				continue
			}
			x, ok := k.Merkmale[mm]
			z = append(z, d.merkmalText(mm, x, ok))
		}
		if k.Cluster != nil {
			z = append(z, k.Cluster.ID)
		} else {
			z = append(z, "–")
		}
		m.zeile(tabellenzeile(z))
	}
}

// dimensionen writes the points per dimension, the totals and the legend.
func (m *mdVergleich) dimensionen() {
	d := m.d
	m.zeile("")
	m.zeile("## " + d.t("md.dimensionen"))
	m.zeile("")
	kopf := []string{d.t("md.kommune")}
	ausr := []string{":--"}
	for _, dk := range m.v.Dimensionen {
		kopf = append(kopf, string(dk.ID))
		ausr = append(ausr, "--:")
	}
	m.zeile(tabellenzeile(append(kopf, d.t("md.gesamt"), d.t("md.abdeckung"))))
	m.zeile(tabellenzeile(append(ausr, "--:", "--:")))
	stern := false
	for _, k := range m.v.Kommunen {
		z := []string{zelle(k.Name)}
		for _, dw := range k.Dimensionen {
			s := d.wert(dw.Punkte, 1)
			if dw.Schwerpunkt {
				s += "\\*"
				stern = true
			}
			z = append(z, s)
		}
		z = append(z, d.wert(k.Gesamt.Punkte, 1), d.prozent(k.Gesamt.Abdeckung))
		m.zeile(tabellenzeile(z))
	}
	m.zeile("")
	if stern {
		m.zeile(d.t("md.schwerpunktStern"))
		m.zeile("")
	}
	legende := make([]string, len(m.v.Dimensionen))
	for i, dk := range m.v.Dimensionen {
		legende[i] = string(dk.ID) + " " + dk.Titel
	}
	m.zeile(strings.Join(legende, " · "))
}

// peers writes each Kommune's cluster and most similar Kommunen.
func (m *mdVergleich) peers() {
	d := m.d
	m.zeile("")
	m.zeile("## " + d.t("md.peers"))
	m.zeile("")
	gewichte := make([]string, 0, len(m.v.Merkmale))
	for _, n := range m.v.Merkmale {
		gewichte = append(gewichte, n.Merkmal.Name(d.tag)+" "+d.zahl(n.Gewicht, 2))
	}
	m.zeile(d.t("md.peersErklaerung", strings.Join(gewichte, ", ")))
	for _, k := range m.v.Kommunen {
		m.zeile("")
		m.zeile("### " + k.Name)
		m.zeile("")
		if k.Cluster != nil {
			m.zeile(d.t("md.clusterZeile", k.Cluster.ID, k.Cluster.Titel, dimensionsListe(k.Cluster.Schwerpunkte, m.v.Dimensionen)))
			m.zeile("")
		}
		if len(k.Peers) == 0 {
			m.zeile(d.t("md.keinePeers"))
			continue
		}
		for i, p := range k.Peers {
			m.zeile(strconv.Itoa(i+1) + ". " + p.Kommune + ": " + d.wert(p.Wert, 4) + " (" + beitragsText(d, p.Merkmale) + ")")
		}
	}
}

// paare writes the similarity of every pair.
func (m *mdVergleich) paare() {
	d := m.d
	m.zeile("")
	m.zeile("## " + d.t("md.paare"))
	m.zeile("")
	m.zeile(tabellenzeile([]string{d.t("md.kommune") + " A", d.t("md.kommune") + " B", d.t("md.aehnlichkeit"), d.t("md.gemeinsam")}))
	m.zeile(tabellenzeile([]string{":--", ":--", "--:", ":--"}))
	for _, p := range m.v.Aehnlichkeiten {
		m.zeile(tabellenzeile([]string{zelle(p.A), zelle(p.B), d.wert(p.Wert, 4), beitragsText(d, p.Merkmale)}))
	}
}

func beitragsText(d drucker, bs []Beitrag) string {
	teile := make([]string, len(bs))
	for i, x := range bs {
		teile[i] = x.Merkmal.Name(d.tag)
	}
	if len(teile) == 0 {
		return "–"
	}
	return strings.Join(teile, ", ")
}

func dimensionsListe(ids []qualitaet.ID, koepfe []DimensionsKopf) string {
	teile := make([]string, len(ids))
	for i, id := range ids {
		teile[i] = string(id)
		for _, k := range koepfe {
			if k.ID == id {
				teile[i] += " " + k.Titel
			}
		}
	}
	return strings.Join(teile, ", ")
}

func tabellenzeile(zellen []string) string { return "| " + strings.Join(zellen, " | ") + " |" }

// zelle makes text safe for a Markdown table cell.
func zelle(s string) string {
	s = strings.ReplaceAll(s, "|", "\\|")
	return strings.Join(strings.Fields(s), " ")
}
