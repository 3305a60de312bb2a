package vergleich

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"io"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/beschriftung"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"golang.org/x/text/language"
)

// ClusterSchemaID is the $id of cluster.schema.json, which every cluster
// document names in "$schema".
var ClusterSchemaID = schema.ArtCluster.ID()

// qualitaetsdialogeDokument holds the clusters of the Qualitätsdialoge Frühe
// Hilfen 2019–2021 as the NZFH published them: six clusters, each working
// on QD 3 Netzwerk and one or two dimensions of its choice.
//
//go:embed cluster/qualitaetsdialoge.json
var qualitaetsdialogeDokument []byte

// Schwerpunkt is a focus dimension of a cluster: the dimension's ID and its
// title in the Qualitätsrahmen 2.0.
type Schwerpunkt struct {
	Dimension qualitaet.ID `json:"dimension"`
	Titel     string       `json:"titel"`
}

// Cluster is one cluster of the Qualitätsdialoge Frühe Hilfen: its ID ("C3"),
// title, the focus dimensions it chose (Schwerpunkte, without the
// dimensions every cluster worked on, see [Clusterverzeichnis.Alle]) and its
// member Kommunen as the NZFH names them ("LK Oder-Spree").
type Cluster struct {
	ID           string        `json:"id"`
	Titel        string        `json:"titel"`
	Schwerpunkte []Schwerpunkt `json:"schwerpunkte"`
	Mitglieder   []string      `json:"mitglieder"`
}

// Clusterverzeichnis is a directory of clusters (the document of
// cluster.schema.json): where the data comes from, the dimensions every
// cluster works on (Alle), the clusters, and further spellings of member
// names (Aliase: spelling → member). [Qualitaetsdialoge] returns the
// embedded directory of the Qualitätsdialoge; [ParseCluster] reads others.
type Clusterverzeichnis struct {
	Quelle  string            `json:"quelle"`
	Hinweis string            `json:"hinweis,omitempty"`
	Alle    []Schwerpunkt     `json:"alle,omitempty"`
	Cluster []Cluster         `json:"cluster"`
	Aliase  map[string]string `json:"aliase,omitempty"`
}

// ClusterZuordnung is the answer of a cluster look-up: the cluster, the
// member's name as the directory writes it, and every focus dimension of
// the cluster — those all clusters share and its own — in catalogue order.
type ClusterZuordnung struct {
	Cluster      Cluster
	Mitglied     string
	Schwerpunkte []Schwerpunkt
}

// Dimensionen returns the IDs of the focus dimensions in catalogue order.
func (z ClusterZuordnung) Dimensionen() []qualitaet.ID {
	ids := make([]qualitaet.ID, len(z.Schwerpunkte))
	for i, s := range z.Schwerpunkte {
		ids[i] = s.Dimension
	}
	return ids
}

// Zuschnitt returns a Zuschnitt of the Qualitätsrahmen 2.0 with the
// cluster's focus dimensions as Schwerpunkte — the tailoring a member
// would start from.
func (z ClusterZuordnung) Zuschnitt() *qualitaet.Zuschnitt {
	titel := make([]string, len(z.Schwerpunkte))
	for i, s := range z.Schwerpunkte {
		titel[i] = string(s.Dimension) + " " + s.Titel
	}
	return &qualitaet.Zuschnitt{
		Rahmen:       qualitaet.Version20,
		Beschreibung: vergleichMeldungen.Sprintf(language.German, "cluster.zuschnitt", z.Cluster.ID, z.Cluster.Titel, strings.Join(titel, ", ")),
		Schwerpunkte: z.Dimensionen(),
	}
}

// verzeichnis is the embedded directory, read once. The embedded data is
// checked by the tests, so a failure here is a programming error.
var verzeichnis = sync.OnceValue(func() *Clusterverzeichnis {
	v, err := ParseCluster(qualitaetsdialogeDokument)
	if err != nil {
		panic("vergleich: eingebettete Cluster ungültig: " + err.Error())
	}
	return v
})

// Qualitaetsdialoge returns the clusters of the Qualitätsdialoge Frühe Hilfen
// (2019–2021), C1 to C6, from the embedded cluster document. Every cluster
// worked on QD 3 Netzwerk (Alle) and its own focus:
//
//	C1 Zielbestimmung (QD 2): Hannover, Dresden, Dessau-Roßlau
//	C2 Planung (QD 4): Wetteraukreis, Wetzlar, Rheingau-Taunus-Kreis, LK Germersheim
//	C3 Politisch-strukturelle Verankerung (QD 5): Berlin-Pankow, LK Oder-Spree, Hamburg-Harburg, Chemnitz
//	C4 Qualifizierung + Dokumentation und Evaluation (QD 6, QD 9): Ingolstadt, Nürnberg, Rosenheim
//	C5 Zusammenarbeit mit der Familie (QD 7): Bremen, Bremerhaven, LK Rotenburg (Wümme), LK Rendsburg-Eckernförde
//	C6 Qualität von Angeboten (QD 8): Dortmund, Stadt Düren, Landkreis Düren, Hamm, Mülheim a.d.R.
//
// Each call returns a copy of its own.
func Qualitaetsdialoge() *Clusterverzeichnis { return verzeichnis().kopie() }

// ClusterVon looks up the cluster of the Qualitätsdialoge a Kommune belonged
// to; see [Clusterverzeichnis.ClusterVon].
func ClusterVon(name string) (ClusterZuordnung, bool) { return verzeichnis().ClusterVon(name) }

// ClusterVon returns the cluster whose members include the Kommune name. The
// look-up is tolerant: names are compared after NFC, in lower case, with
// umlauts and ß spelt out ("Duesseldorf", "Dessau-Rosslau"), dashes unified,
// and without a leading kind of Kommune — "Landkreis", "LK", "Lkr.",
// "Kreis", "Stadt", "Kreisfreie Stadt", "Hansestadt", "Freie Hansestadt",
// "Landeshauptstadt" — so "Landkreis Oder-Spree" finds the member
// "LK Oder-Spree". Aliase give further spellings. Note the price of the
// tolerance: "Landkreis Rosenheim" and "Stadt Rosenheim" both find the
// member "Rosenheim". Where a city and its district are both members
// ("Stadt Düren", "Landkreis Düren"), the kind a name names decides; a name
// without a kind finds the first of them. It reports false for a name that
// is no member.
func (v *Clusterverzeichnis) ClusterVon(name string) (ClusterZuordnung, bool) {
	if v == nil {
		return ClusterZuordnung{}, false
	}
	schluessel := namensSchluessel(name)
	if schluessel == "" {
		return ClusterZuordnung{}, false
	}
	for _, alias := range sortierteSchluessel(v.Aliase) {
		if namensSchluessel(alias) == schluessel {
			schluessel = namensSchluessel(v.Aliase[alias])
			break
		}
	}
	art := namensArt(name)
	var treffer ClusterZuordnung
	besterRang := -1
	for _, c := range v.Cluster {
		for _, m := range c.Mitglieder {
			if namensSchluessel(m) != schluessel {
				continue
			}
			if rang := artRang(art, namensArt(m)); rang > besterRang {
				treffer, besterRang = v.zuordnung(c, m), rang
			}
		}
	}
	return treffer, besterRang >= 0
}

// namensArt is the kind of Kommune a name's prefix names: "stadt" for a
// city, "kreis" for a district, "" when it names none.
func namensArt(name string) string {
	s := beschriftung.Normiere(name)
	for _, p := range namensPraefixe {
		if rest, ok := strings.CutPrefix(s, p); ok && rest != "" {
			if strings.Contains(p, "stadt") {
				return "stadt"
			}
			return "kreis"
		}
	}
	return ""
}

// artRang ranks how well a member of kind m fits a name of kind n: 2 for
// the same kind, 1 when one of them names no kind, 0 for different kinds.
func artRang(n, m string) int {
	switch {
	case n == m:
		return 2
	case n == "" || m == "":
		return 1
	}
	return 0
}

func (v *Clusterverzeichnis) zuordnung(c Cluster, mitglied string) ClusterZuordnung {
	sp := append(slices.Clone(v.Alle), c.Schwerpunkte...)
	slices.SortStableFunc(sp, func(a, b Schwerpunkt) int { return qualitaet.VergleicheIDs(a.Dimension, b.Dimension) })
	sp = slices.CompactFunc(sp, func(a, b Schwerpunkt) bool { return a.Dimension == b.Dimension })
	return ClusterZuordnung{Cluster: c.kopie(), Mitglied: mitglied, Schwerpunkte: sp}
}

func (c Cluster) kopie() Cluster {
	c.Schwerpunkte = slices.Clone(c.Schwerpunkte)
	c.Mitglieder = slices.Clone(c.Mitglieder)
	return c
}

func (v *Clusterverzeichnis) kopie() *Clusterverzeichnis {
	k := *v
	k.Alle = slices.Clone(v.Alle)
	k.Cluster = make([]Cluster, len(v.Cluster))
	for i, c := range v.Cluster {
		k.Cluster[i] = c.kopie()
	}
	if v.Aliase != nil {
		k.Aliase = make(map[string]string, len(v.Aliase))
		for a, m := range v.Aliase {
			k.Aliase[a] = m
		}
	}
	return &k
}

// mitgliedArt is the kind of a member's name and its cluster's ID.
type mitgliedArt struct{ art, cluster string }

// namensPraefixe are the kinds of Kommune a name may start with, as
// [namensSchluessel] sees them (normalised, longest first).
var namensPraefixe = []string{
	"kreisfreie stadt ", "freie hansestadt ", "landeshauptstadt ", "hansestadt ",
	"landkreis ", "stadt ", "kreis ", "lkr. ", "lkr ", "lk. ", "lk ",
}

// namensSchluessel is the key under which names of Kommunen are compared:
// normalised as [beschriftung.Normiere] does (NFC, lower case, umlauts spelt out, dashes
// unified) and without a leading kind of Kommune.
func namensSchluessel(name string) string {
	s := beschriftung.Normiere(name)
	for _, p := range namensPraefixe {
		if rest, ok := strings.CutPrefix(s, p); ok && rest != "" {
			return rest
		}
	}
	return s
}

// LiesCluster reads a cluster document from r (at most the size limit of
// schema.Standard()) and parses it with [ParseCluster].
func LiesCluster(r io.Reader) (*Clusterverzeichnis, error) {
	data, err := schema.Standard().Lies(r)
	if err != nil {
		return nil, err
	}
	return ParseCluster(data)
}

// ParseCluster is the whole way in for a cluster document
// (cluster.schema.json): decode, check "$schema", validate against the
// schema, unmarshal, normalise all text to NFC, and run the semantic checks
// of [Clusterverzeichnis.Validate]. Every failure is a
// [*schema.ValidierungsFehler]. Tools that check documents of every kind
// (examples/validieren) should call it for [schema.ArtCluster].
func ParseCluster(data []byte) (*Clusterverzeichnis, error) {
	v := new(Clusterverzeichnis)
	if err := schema.Standard().Lade(data, schema.ArtCluster, v); err != nil {
		return nil, err
	}
	v.normalisiere()
	if err := v.Validate(); err != nil {
		return nil, err
	}
	return v, nil
}

func (v *Clusterverzeichnis) normalisiere() {
	v.Quelle, v.Hinweis = beschriftung.NFC(v.Quelle), beschriftung.NFC(v.Hinweis)
	for i := range v.Alle {
		v.Alle[i].Titel = beschriftung.NFC(v.Alle[i].Titel)
	}
	for i := range v.Cluster {
		c := &v.Cluster[i]
		c.ID, c.Titel = beschriftung.NFC(c.ID), beschriftung.NFC(c.Titel)
		for j := range c.Schwerpunkte {
			c.Schwerpunkte[j].Titel = beschriftung.NFC(c.Schwerpunkte[j].Titel)
		}
		for j := range c.Mitglieder {
			c.Mitglieder[j] = beschriftung.NFC(c.Mitglieder[j])
		}
	}
	if len(v.Aliase) > 0 {
		a := make(map[string]string, len(v.Aliase))
		for k, m := range v.Aliase {
			a[beschriftung.NFC(k)] = beschriftung.NFC(m)
		}
		v.Aliase = a
	}
}

// MarshalJSON writes the directory as a standalone document with "$schema"
// first.
func (v Clusterverzeichnis) MarshalJSON() ([]byte, error) {
	type ohne Clusterverzeichnis
	return json.Marshal(struct {
		Schema string `json:"$schema"`
		ohne
	}{ClusterSchemaID, ohne(v)})
}

// Dokument returns the directory as a JSON document indented by two spaces
// and ending in a newline, after checking it with [Clusterverzeichnis.Validate]
// and against the schema.
func (v *Clusterverzeichnis) Dokument() ([]byte, error) {
	if err := v.Validate(); err != nil {
		return nil, err
	}
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
	if err := val.Pruefe(schema.ArtCluster, wert); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

var clusterIDMuster = regexp.MustCompile(`^C[1-9][0-9]{0,2}$`)

// Validate runs the semantic checks of a cluster directory and returns nil
// or a [*schema.ValidierungsFehler] listing every violation with its JSON
// pointer. It checks what the schema cannot: cluster IDs are unique; a
// Kommune belongs to one cluster only, compared as [Clusterverzeichnis.ClusterVon]
// compares names (so "LK X" and "Landkreis X" are the same Kommune); focus
// dimensions are dimensions of the Qualitätsrahmen 2.0 and not given twice
// in a cluster (counting those under Alle); every alias points to a member
// and is no other member's name. For values built in code it also checks
// what the schema checks for documents: a source, IDs of the form "C1",
// titles, at least one focus and one member, no empty names.
func (v *Clusterverzeichnis) Validate() error {
	return schema.NeuerFehler(schema.ArtCluster, v.pruefe())
}

func (v *Clusterverzeichnis) pruefe() []schema.Verletzung {
	p := &clusterPruefer{rahmen: qualitaet.Standard(), alle: map[qualitaet.ID]bool{}, mitglieder: map[string][]mitgliedArt{}}
	if v == nil {
		p.add("", kommune.RegelPflicht, "cluster.leer")
		return p.vs
	}
	if strings.TrimSpace(v.Quelle) == "" {
		p.add("/quelle", kommune.RegelPflicht, "cluster.quelle")
	}
	for i, s := range v.Alle {
		z := schema.Zeiger("alle", i)
		p.dimension(z, s)
		if p.alle[s.Dimension] {
			p.add(z+"/dimension", kommune.RegelEindeutig, "cluster.dimensionDoppelt", string(s.Dimension))
		}
		p.alle[s.Dimension] = true
	}
	if len(v.Cluster) == 0 {
		p.add("/cluster", kommune.RegelPflicht, "cluster.keine")
	}
	ids := map[string]int{}
	for i, c := range v.Cluster {
		z := schema.Zeiger("cluster", i)
		if !clusterIDMuster.MatchString(c.ID) {
			p.add(z+"/id", kommune.RegelBereich, "cluster.id", c.ID)
		} else if j, ok := ids[c.ID]; ok {
			p.add(z+"/id", kommune.RegelEindeutig, "cluster.idDoppelt", c.ID, schema.Zeiger("cluster", j))
		} else {
			ids[c.ID] = i
		}
		p.cluster(i, c)
	}
	p.aliase(v.Aliase)
	return p.vs
}

// clusterPruefer collects the violations of a directory: the catalogue the
// dimensions are looked up in, the dimensions under Alle, and the members
// seen so far (name key → kinds and cluster IDs).
type clusterPruefer struct {
	vs         []schema.Verletzung
	rahmen     *qualitaet.Rahmen
	alle       map[qualitaet.ID]bool
	mitglieder map[string][]mitgliedArt
}

func (p *clusterPruefer) add(zeiger, regel, key string, args ...any) {
	p.vs = append(p.vs, vergleichMeldungen.Verletzung(zeiger, regel, key, args...))
}

// dimension checks a focus dimension: one of the catalogue, with a title.
func (p *clusterPruefer) dimension(zeiger string, s Schwerpunkt) {
	if _, ok := p.rahmen.Dimension(s.Dimension); !ok {
		p.add(zeiger+"/dimension", kommune.RegelVerweis, "cluster.dimension", string(s.Dimension))
	}
	if strings.TrimSpace(s.Titel) == "" {
		p.add(zeiger+"/titel", kommune.RegelPflicht, "cluster.titel")
	}
}

// cluster checks the i-th cluster's title, focus dimensions and members.
func (p *clusterPruefer) cluster(i int, c Cluster) {
	z := schema.Zeiger("cluster", i)
	if strings.TrimSpace(c.Titel) == "" {
		p.add(z+"/titel", kommune.RegelPflicht, "cluster.titel")
	}
	if len(c.Schwerpunkte) == 0 {
		p.add(z+"/schwerpunkte", kommune.RegelPflicht, "cluster.schwerpunkte")
	}
	eigene := map[qualitaet.ID]bool{}
	for j, s := range c.Schwerpunkte {
		zs := schema.Zeiger("cluster", i, "schwerpunkte", j)
		p.dimension(zs, s)
		if p.alle[s.Dimension] {
			p.add(zs+"/dimension", kommune.RegelEindeutig, "cluster.dimensionAlle", string(s.Dimension))
		} else if eigene[s.Dimension] {
			p.add(zs+"/dimension", kommune.RegelEindeutig, "cluster.dimensionDoppelt", string(s.Dimension))
		}
		eigene[s.Dimension] = true
	}
	if len(c.Mitglieder) == 0 {
		p.add(z+"/mitglieder", kommune.RegelPflicht, "cluster.mitglieder")
	}
	for j, m := range c.Mitglieder {
		zm := schema.Zeiger("cluster", i, "mitglieder", j)
		k := namensSchluessel(m)
		if k == "" {
			p.add(zm, kommune.RegelPflicht, "cluster.mitglied")
			continue
		}
		// A city and its district may both be members; two names of the
		// same kind, or one without a kind, are the same Kommune.
		art := namensArt(m)
		if i := slices.IndexFunc(p.mitglieder[k], func(x mitgliedArt) bool { return artRang(art, x.art) > 0 }); i >= 0 {
			p.add(zm, kommune.RegelEindeutig, "cluster.mitgliedDoppelt", m, p.mitglieder[k][i].cluster)
			continue
		}
		p.mitglieder[k] = append(p.mitglieder[k], mitgliedArt{art, c.ID})
	}
}

// aliase checks that every alias is given once, points to a member and is
// no other member's name.
func (p *clusterPruefer) aliase(aliase map[string]string) {
	gesehen := map[string]string{}
	for _, a := range sortierteSchluessel(aliase) {
		z := schema.Zeiger("aliase", a)
		ka, km := namensSchluessel(a), namensSchluessel(aliase[a])
		if frueher, ok := gesehen[ka]; ok {
			p.add(z, kommune.RegelEindeutig, "cluster.aliasDoppelt", a, frueher)
			continue
		}
		gesehen[ka] = a
		if _, ok := p.mitglieder[km]; !ok {
			p.add(z, kommune.RegelVerweis, "cluster.aliasZiel", aliase[a])
		} else if ms, ok := p.mitglieder[ka]; ok && ka != km {
			p.add(z, kommune.RegelWiderspruch, "cluster.aliasMitglied", a, ms[0].cluster)
		}
	}
}

func sortierteSchluessel(m map[string]string) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}
