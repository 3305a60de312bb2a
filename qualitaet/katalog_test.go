package qualitaet_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"

	q "github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
)

// The exact titles of the Qualitätsdimensionen, by number.
var dimensionsTitel = []string{
	1:  "Grundidee",
	2:  "Zielbestimmung",
	3:  "Netzwerk",
	4:  "Planung",
	5:  "Politisch-strukturelle Verankerung",
	6:  "Qualifizierung und interprofessionelles Lernen",
	7:  "Zusammenarbeit mit der Familie",
	8:  "Qualität von Angeboten",
	9:  "Dokumentation und Evaluation",
	10: "Wirkungsorientierung",
}

// TestKatalogInvarianten walks both embedded catalogues, in the manner of
// go/types' codes_test, and enforces the invariants every published
// catalogue must keep. A change to the catalogue data that breaks one of
// them is a change of the published contract.
func TestKatalogInvarianten(t *testing.T) {
	tests := []struct {
		version     q.Version
		id          string
		dimensionen int
	}{
		{q.Version2016, "qualitaetsrahmen-2016", 9},
		{q.Version20, "qualitaetsrahmen-2.0", 10},
	}
	require.Equal(t, []q.Version{q.Version2016, q.Version20}, q.Versionen())
	for _, tt := range tests {
		t.Run(string(tt.version), func(t *testing.T) {
			r, err := q.RahmenVersion(tt.version)
			require.NoError(t, err)
			assert.Equal(t, tt.version, r.Version)
			assert.Equal(t, tt.id, r.ID)
			assert.NotEmpty(t, r.Titel)
			assert.NotEmpty(t, r.Quelle)
			assert.Empty(t, r.Basis, "a published catalogue has no base")
			assert.Nil(t, r.Zuschnitt, "a published catalogue has no Zuschnitt")
			require.Len(t, r.Dimensionen, tt.dimensionen)
			assert.NoError(t, r.Validate())
			p := &katalogPruefer{t: t, r: r, gesehen: map[q.ID]string{}, herkuenfte: map[q.Herkunft]int{},
				ebenen: map[q.Ebene]int{}, bereiche: map[q.Bereich]int{}}
			for i := range r.Dimensionen {
				p.dimension(i+1, &r.Dimensionen[i])
			}
			for _, e := range q.Ebenen() {
				assert.Positive(t, p.ebenen[e], "Ebene %s is used", e)
			}
			for _, b := range q.Bereiche() {
				assert.Positive(t, p.bereiche[b], "Bereich %s is used", b)
			}
			if tt.version == q.Version20 {
				for _, h := range []q.Herkunft{q.HerkunftNZFH, q.HerkunftAbgeleitet, q.HerkunftErgaenzt} {
					assert.Positive(t, p.herkuenfte[h], "2.0 has goals of provenance %s", h)
				}
			} else {
				assert.Len(t, p.herkuenfte, 1, "every goal of 2016 is carried over from 2.0")
				assert.Positive(t, p.herkuenfte[q.HerkunftAbgeleitet])
			}
			assert.Equal(t, p.reihenfolge, slices.Collect(r.IDs()), "IDs() walks the catalogue in order")
		})
	}
}

// katalogPruefer walks one published catalogue for TestKatalogInvarianten.
type katalogPruefer struct {
	t           *testing.T
	r           *q.Rahmen
	gesehen     map[q.ID]string
	reihenfolge []q.ID
	herkuenfte  map[q.Herkunft]int
	ebenen      map[q.Ebene]int
	bereiche    map[q.Bereich]int
}

func (p *katalogPruefer) eindeutig(id q.ID, ort string) {
	t := p.t
	t.Helper()
	if vorher, ok := p.gesehen[id]; ok {
		t.Errorf("ID %s at %s and %s", id, vorher, ort)
	}
	p.gesehen[id] = ort
	p.reihenfolge = append(p.reihenfolge, id)
	got, err := q.ParseID(string(id))
	assert.NoError(t, err, "%s: ParseID(%q)", ort, id)
	assert.Equal(t, id, got)
	assert.True(t, p.r.Enthaelt(id), "Enthaelt(%s)", id)
}

func (p *katalogPruefer) text(ort, s string) {
	p.t.Helper()
	assert.NotEmpty(p.t, s, "%s: text", ort)
	assert.True(p.t, norm.NFC.IsNormalString(s), "%s: text is not NFC", ort)
}

// herkunft checks one item's provenance: a published one (never lokal),
// "abgeleitet" naming its basis, and in 2016 every item carried over from
// the 2.0 item its Bezug names.
func (p *katalogPruefer) herkunft(ort string, h q.Herkunft, grundlage string, bezug []q.ID, id q.ID) {
	t := p.t
	t.Helper()
	assert.Contains(t, []q.Herkunft{q.HerkunftNZFH, q.HerkunftAbgeleitet, q.HerkunftErgaenzt}, h, "%s: Herkunft %q", ort, h)
	if h == q.HerkunftAbgeleitet {
		assert.NotEmpty(t, grundlage, "%s: an abgeleitet item names its basis", ort)
	} else {
		assert.Empty(t, grundlage, "%s: only abgeleitet items have a Grundlage", ort)
	}
	if p.r.Version != q.Version2016 {
		assert.Empty(t, bezug, "%s: 2.0 is the source, it refers to nothing", ort)
		return
	}
	assert.Equal(t, q.HerkunftAbgeleitet, h, "%s: 2016 is carried over from 2.0", ort)
	assert.Contains(t, grundlage, "Qualitätsrahmen 2.0", "%s: the basis names 2.0", ort)
	if id == "" { // a question: its basis names the 2.0 question
		return
	}
	require.Equal(t, []q.ID{id}, bezug, "%s: Bezug", ort)
	assert.True(t, standard20(t).Enthaelt(id), "%s: the 2.0 item it comes from exists", ort)
}

func standard20(t *testing.T) *q.Rahmen {
	t.Helper()
	r, err := q.RahmenVersion(q.Version20)
	require.NoError(t, err)
	return r
}

func (p *katalogPruefer) dimension(n int, d *q.Dimension) {
	t := p.t
	ort := string(d.ID)
	assert.Equal(t, q.ID(fmt.Sprintf("QD%d", n)), d.ID, "dimension %d", n)
	assert.Equal(t, n, d.Nummer, "%s: Nummer", ort)
	assert.Equal(t, dimensionsTitel[n], d.Titel, "%s: Titel", ort)
	assert.Equal(t, q.IDDimension, d.ID.Art())
	assert.Equal(t, d.ID, d.ID.Dimension())
	assert.Equal(t, n, d.ID.Nummer())
	p.eindeutig(d.ID, ort)
	p.text(ort+" titel", d.Titel)
	assert.NotEmpty(t, d.TitelEn, "%s: TitelEn", ort)
	p.text(ort+" kurzbeschreibung", d.Kurzbeschreibung)
	p.herkunft(ort, d.Herkunft, d.Grundlage, d.Bezug, d.ID)
	if p.r.Version == q.Version20 {
		assert.True(t, strings.HasPrefix(d.Quelle, "https://www.fruehehilfen.de/qualitaetsentwicklung-fruehe-hilfen/qualitaetsrahmen-fruehe-hilfen/qualitaetsdimension-"+fmt.Sprint(n)+"-"),
			"%s: Quelle %q names the dimension's NZFH page", ort, d.Quelle)
		assert.Equal(t, q.HerkunftNZFH, d.Herkunft, "%s: the dimension is the NZFH's", ort)
	}
	assert.GreaterOrEqual(t, len(d.ZentraleFragen), 2, "%s: Zentrale Fragen", ort)
	for j, f := range d.ZentraleFragen {
		p.frage(fmt.Sprintf("%s zentraleFragen/%d", ort, j), f)
		if p.r.Version == q.Version20 {
			assert.Equal(t, q.HerkunftNZFH, f.Herkunft, "%s zentraleFragen/%d: every Zentrale Frage is on the page", ort, j)
		}
	}
	assert.NotEmpty(t, d.Reflexionsfragen, "%s: Reflexionsfragen", ort)
	for j, f := range d.Reflexionsfragen {
		p.frage(fmt.Sprintf("%s reflexionsfragen/%d", ort, j), f)
	}
	assert.False(t, d.Schwerpunkt, "%s: a published catalogue has no focus", ort)
	require.NotEmpty(t, d.Themen, "%s: Themen", ort)
	for j := range d.Themen {
		if j > 0 {
			assert.Negative(t, q.VergleicheIDs(d.Themen[j-1].ID, d.Themen[j].ID), "%s: Themen in ID order", d.Themen[j].ID)
		}
		p.thema(d, &d.Themen[j])
	}
}

func (p *katalogPruefer) frage(ort string, f q.Frage) {
	p.t.Helper()
	p.text(ort, f.Text)
	assert.NotEmpty(p.t, f.TextEn, "%s: English text", ort)
	p.herkunft(ort, f.Herkunft, f.Grundlage, nil, "")
}

func (p *katalogPruefer) thema(d *q.Dimension, th *q.Thema) {
	t := p.t
	ort := string(th.ID)
	assert.Equal(t, q.IDThema, th.ID.Art(), "%s: Art", ort)
	assert.Equal(t, d.ID, th.ID.Dimension(), "%s lies under %s", ort, d.ID)
	assert.Equal(t, th.ID, th.ID.Thema())
	p.eindeutig(th.ID, ort)
	p.text(ort+" titel", th.Titel)
	assert.NotEmpty(t, th.TitelEn, "%s: TitelEn", ort)
	p.herkunft(ort, th.Herkunft, th.Grundlage, th.Bezug, th.ID)
	if p.r.Version == q.Version20 {
		// A Thema shown on the page was checked against it, in full or up to
		// where the page copy breaks off; any other could not be checked.
		if th.Herkunft == q.HerkunftNZFH {
			assert.Contains(t, []q.Abgleich{q.AbgleichVollstaendig, q.AbgleichTeilweise}, th.Abgleich, "%s: Abgleich", ort)
		} else {
			assert.Equal(t, q.AbgleichNichtPruefbar, th.Abgleich, "%s: Abgleich", ort)
		}
	} else {
		assert.Empty(t, th.Abgleich, "%s: 2016 was not checked against a page", ort)
	}
	require.NotEmpty(t, th.Entwicklungsziele, "%s: Entwicklungsziele", ort)
	for k := range th.Entwicklungsziele {
		if k > 0 {
			assert.Negative(t, q.VergleicheIDs(th.Entwicklungsziele[k-1].ID, th.Entwicklungsziele[k].ID), "%s: goals in ID order", th.Entwicklungsziele[k].ID)
		}
		p.ziel(d, th, &th.Entwicklungsziele[k])
	}
}

func (p *katalogPruefer) ziel(d *q.Dimension, th *q.Thema, z *q.Entwicklungsziel) {
	t := p.t
	ort := string(z.ID)
	assert.Equal(t, q.IDEntwicklungsziel, z.ID.Art(), "%s: Art (no local goals in a published catalogue)", ort)
	assert.Equal(t, th.ID, z.ID.Thema(), "%s lies under %s", ort, th.ID)
	assert.Equal(t, d.ID, z.ID.Dimension(), "%s lies under %s", ort, d.ID)
	assert.True(t, z.ID.IsZiel())
	p.eindeutig(z.ID, ort)
	p.text(ort, z.Text)
	assert.NotEmpty(t, z.TextEn, "%s: TextEn", ort)
	assert.True(t, z.Ebene.Valid(), "%s: Ebene %q", ort, z.Ebene)
	assert.True(t, z.Bereich.Valid(), "%s: Bereich %q", ort, z.Bereich)
	p.herkunft(ort, z.Herkunft, z.Grundlage, z.Bezug, z.ID)
	assert.Equal(t, q.HerkunftErgaenzt, z.EbeneHerkunft, "%s: the pages give no Ebene; ours is marked", ort)
	if z.Herkunft == q.HerkunftNZFH {
		assert.Equal(t, q.HerkunftNZFH, th.Herkunft, "%s: a goal marked nzfh sits under a Thema marked nzfh", ort)
	}
	if z.Abgeschnitten {
		if p.r.Version == q.Version20 {
			assert.Equal(t, q.HerkunftNZFH, z.Herkunft, "%s: only a page goal can be cut off on the page", ort)
			assert.Equal(t, q.AbgleichTeilweise, th.Abgleich, "%s: a cut-off goal lies where the page copy breaks off", ort)
		}
		assert.Contains(t, z.Text, "Seite", "%s: the text says that the page breaks off", ort)
	}
	assert.Empty(t, z.Begruendung, "%s: Begruendung is for local goals", ort)
	assert.Empty(t, z.Indikatoren, "%s: a published catalogue has no indicators", ort)
	p.ebenen[z.Ebene]++
	p.bereiche[z.Bereich]++
	p.herkuenfte[z.Herkunft]++
	got, ok := p.r.Entwicklungsziel(z.ID)
	if assert.True(t, ok, "Entwicklungsziel(%s)", z.ID) {
		assert.Equal(t, *z, *got)
	}
}

// The goals each checked Thema of 2.0 shows on its NZFH page, one catalogue
// item per page goal (never merged or split to reach a count), with the
// goals whose text breaks off on the page.
func TestKatalogSeitenziele(t *testing.T) {
	tests := []struct {
		thema         q.ID
		abgleich      q.Abgleich
		ziele         []q.ID
		abgeschnitten []q.ID
	}{
		{"QD1.T1", q.AbgleichVollstaendig, []q.ID{"QD1.T1.Z1", "QD1.T1.Z2", "QD1.T1.Z3"}, nil},
		{"QD1.T2", q.AbgleichTeilweise, []q.ID{"QD1.T2.Z1", "QD1.T2.Z3"}, []q.ID{"QD1.T2.Z3"}},
		{"QD3.T1", q.AbgleichVollstaendig, []q.ID{"QD3.T1.Z1", "QD3.T1.Z2", "QD3.T1.Z3", "QD3.T1.Z4"}, nil},
		{"QD3.T2", q.AbgleichTeilweise, []q.ID{"QD3.T2.Z1", "QD3.T2.Z2", "QD3.T2.Z3", "QD3.T2.Z4"}, []q.ID{"QD3.T2.Z4"}},
		{"QD4.T1", q.AbgleichTeilweise, []q.ID{"QD4.T1.Z1", "QD4.T1.Z2", "QD4.T1.Z3", "QD4.T1.Z4", "QD4.T1.Z5"}, []q.ID{"QD4.T1.Z5"}},
		{"QD5.T1", q.AbgleichTeilweise, []q.ID{"QD5.T1.Z1", "QD5.T1.Z2", "QD5.T1.Z3", "QD5.T1.Z4"}, []q.ID{"QD5.T1.Z4"}},
		{"QD6.T1", q.AbgleichTeilweise, []q.ID{"QD6.T1.Z1", "QD6.T1.Z2"}, []q.ID{"QD6.T1.Z2"}},
		{"QD7.T1", q.AbgleichTeilweise, []q.ID{"QD7.T1.Z1", "QD7.T1.Z2", "QD7.T1.Z3", "QD7.T1.Z4"}, []q.ID{"QD7.T1.Z4"}},
		{"QD8.T1", q.AbgleichTeilweise, []q.ID{"QD8.T1.Z1"}, []q.ID{"QD8.T1.Z1"}},
		{"QD10.T1", q.AbgleichTeilweise, []q.ID{"QD10.T1.Z1", "QD10.T1.Z2"}, []q.ID{"QD10.T1.Z2"}},
	}
	r := q.Standard()
	geprueft := map[q.ID]bool{}
	for _, tt := range tests {
		t.Run(string(tt.thema), func(t *testing.T) {
			th, ok := r.Thema(tt.thema)
			require.True(t, ok)
			geprueft[tt.thema] = true
			assert.Equal(t, q.HerkunftNZFH, th.Herkunft)
			assert.Equal(t, tt.abgleich, th.Abgleich)
			var ziele, abgeschnitten []q.ID
			for _, z := range th.Entwicklungsziele {
				if z.Herkunft == q.HerkunftNZFH {
					ziele = append(ziele, z.ID)
				}
				if z.Abgeschnitten {
					abgeschnitten = append(abgeschnitten, z.ID)
				}
			}
			assert.Equal(t, tt.ziele, ziele, "the page goals, one item each")
			assert.Equal(t, tt.abgeschnitten, abgeschnitten, "goals cut off on the page")
		})
	}
	for _, d := range r.Dimensionen {
		for _, th := range d.Themen {
			if !geprueft[th.ID] {
				assert.NotEqual(t, q.HerkunftNZFH, th.Herkunft, "%s: a Thema of the NZFH is listed above", th.ID)
			}
		}
	}
}

// A few goals of QD 3 whose content is published by the NZFH, pinned by ID:
// an ID keeps its meaning.
func TestKatalogQD3Inhalt(t *testing.T) {
	tests := []struct {
		id       q.ID
		ebene    q.Ebene
		enthaelt []string
	}{
		{"QD3.T1.Z1", q.Strategisch, []string{"Steuerungsverantwortung", "Jugendamt"}},
		{"QD3.T1.Z2", q.Operativ, []string{"KKG", "Akteure"}},
		{"QD3.T1.Z3", q.Operativ, []string{"Übersicht", "Aufgaben", "Rollen", "Ressourcen", "Grenzen"}},
		{"QD3.T1.Z4", q.Strategisch, []string{"Steuerungsgruppe"}},
		{"QD3.T2.Z2", q.Strategisch, []string{"verbindliche Grundsätze", "Zusammenarbeit"}},
	}
	for _, v := range q.Versionen() {
		r, err := q.RahmenVersion(v)
		require.NoError(t, err)
		th, ok := r.Thema("QD3.T1")
		require.True(t, ok)
		assert.Equal(t, "Das Netzwerk und seine Akteure", th.Titel)
		th, ok = r.Thema("QD3.T2")
		require.True(t, ok)
		assert.Equal(t, "Verständnis der Frühen Hilfen und der Netzwerkarbeit", th.Titel)
		for _, tt := range tests {
			z, ok := r.Entwicklungsziel(tt.id)
			require.True(t, ok, "%s: Entwicklungsziel(%s)", v, tt.id)
			assert.Equal(t, tt.ebene, z.Ebene, "%s: %s", v, tt.id)
			want := q.HerkunftNZFH
			if v == q.Version2016 {
				want = q.HerkunftAbgeleitet
			}
			assert.Equal(t, want, z.Herkunft, "%s: %s", v, tt.id)
			assert.Equal(t, q.BereichNetzwerk, z.Bereich, "%s: %s", v, tt.id)
			for _, s := range tt.enthaelt {
				assert.Contains(t, z.Text, s, "%s: %s", v, tt.id)
			}
		}
	}
}

// 2016 is carried over from 2.0: every item of 2016 names the 2.0 item of
// the same ID it comes from and repeats its content; 2.0 adds exactly QD 10.
func TestKatalogVersionenStabil(t *testing.T) {
	alt, err := q.RahmenVersion(q.Version2016)
	require.NoError(t, err)
	neu, err := q.RahmenVersion(q.Version20)
	require.NoError(t, err)
	assert.Equal(t, neu.ID, alt.BezugRahmen)
	assert.NotEmpty(t, alt.Hinweis, "2016 says in every output that it is not the print text")
	for id := range alt.IDs() {
		assert.True(t, neu.Enthaelt(id), "%s of 2016 is missing in 2.0", id)
		got, err := q.Entsprechungen(alt, neu, id)
		assert.NoError(t, err)
		assert.Equal(t, []q.ID{id}, got)
	}
	for id := range neu.IDs() {
		assert.Equal(t, id.Nummer() != 10, alt.Enthaelt(id), "%s: in 2016 exactly when not in QD10", id)
	}
	for i := range alt.Dimensionen {
		a, n := alt.Dimensionen[i], neu.Dimensionen[i]
		assert.Equal(t, n.Titel, a.Titel)
		assert.Equal(t, n.Kurzbeschreibung, a.Kurzbeschreibung)
		assert.Len(t, a.ZentraleFragen, len(n.ZentraleFragen))
		for j, th := range a.Themen {
			assert.Equal(t, n.Themen[j].Titel, th.Titel)
			for k, z := range th.Entwicklungsziele {
				nz := n.Themen[j].Entwicklungsziele[k]
				assert.Equal(t, []string{nz.Text, nz.TextEn, string(nz.Ebene), string(nz.Bereich)},
					[]string{z.Text, z.TextEn, string(z.Ebene), string(z.Bereich)}, "%s is carried over unchanged", z.ID)
				assert.Equal(t, nz.Abgeschnitten, z.Abgeschnitten, "%s", z.ID)
			}
		}
	}

	ids := func(r *q.Rahmen) (n int) {
		for range r.IDs() {
			n++
		}
		return n
	}
	// 2.0: 10 dimensions + 28 Themen + 69 goals; QD 10 has 4 Themen and 8
	// goals, so 2016 has 9 + 24 + 61.
	assert.Equal(t, 107, ids(neu))
	assert.Equal(t, 94, ids(alt))
}
