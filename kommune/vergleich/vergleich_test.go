package vergleich

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema/anonym"
)

var vergleichsTag = time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)

func dreiProfile(t *testing.T) []*kommune.Profil {
	t.Helper()
	var ps []*kommune.Profil
	for _, datei := range profilDateien {
		data, err := os.ReadFile(datei)
		require.NoError(t, err)
		p, err := kommune.ParseProfil(data)
		require.NoError(t, err)
		ps = append(ps, p)
	}
	return ps
}

func vergleichsOptionen() VergleichsOptionen {
	opt := VergleichsOptionen{}
	opt.Zeitpunkt = vergleichsTag
	return opt
}

// TestVergleicheOderSpree is the acceptance check: Oder-Spree with
// two other profiles gives symmetric similarities in 0..1.
func TestVergleicheOderSpree(t *testing.T) {
	v, err := Vergleiche(dreiProfile(t), vergleichsOptionen())
	require.NoError(t, err)
	namen := []string{}
	for _, k := range v.Kommunen {
		namen = append(namen, k.Name)
	}
	assert.Equal(t, []string{"Landkreis Musterkreis", "Landkreis Oder-Spree", "Stadt Beispielstadt"}, namen)
	require.Len(t, v.Aehnlichkeiten, 3)
	for _, p := range v.Aehnlichkeiten {
		w, ok := p.Wert.Zahl()
		require.True(t, ok)
		assert.True(t, w >= 0 && w <= 1, "%s–%s = %v", p.A, p.B, w)
		q, ok := v.Aehnlichkeit(p.B, p.A)
		require.True(t, ok)
		assert.Equal(t, p.Wert, q.Wert, "symmetric")
		assert.Equal(t, p.B, q.A)
	}
	_, ok := v.Aehnlichkeit("Landkreis Oder-Spree", "Landkreis Oder-Spree")
	assert.False(t, ok)
	// The two districts are each other's closest peers.
	os := v.Kommunen[1]
	require.Len(t, os.Peers, 2, "k = 3 is larger than the set: every other Kommune")
	assert.Equal(t, "Landkreis Musterkreis", os.Peers[0].Kommune)
	assert.Equal(t, MerkmalGebietsart, os.Peers[0].Merkmale[0].Merkmal)
	assert.Equal(t, Kreis, os.Gebietsart)
	assert.Equal(t, Stadt, v.Kommunen[2].Gebietsart)
	require.NotNil(t, os.Cluster)
	assert.Equal(t, ClusterAngabe{ID: "C3", Titel: "Politisch-strukturelle Verankerung", Schwerpunkte: []qualitaet.ID{"QD3", "QD5"}}, *os.Cluster)
	assert.Nil(t, v.Kommunen[0].Cluster)
	assert.Equal(t, 178068.0, os.Merkmale[MerkmalBevoelkerung])
	assert.NotContains(t, os.Merkmale, MerkmalGebietsart, "Gebietsart is given as a word")
	require.Len(t, v.Dimensionen, 10)
	for _, k := range v.Kommunen {
		require.Len(t, k.Dimensionen, 10)
		for i, d := range k.Dimensionen {
			assert.Equal(t, v.Dimensionen[i].ID, d.ID)
		}
	}
	assert.True(t, os.Dimensionen[4].Schwerpunkt, "QD5 is Oder-Spree's focus")

	opt := vergleichsOptionen()
	opt.K = 1
	v, err = Vergleiche(dreiProfile(t), opt)
	require.NoError(t, err)
	for _, k := range v.Kommunen {
		assert.Len(t, k.Peers, 1)
	}
}

func TestVergleicheSortierungUndSprache(t *testing.T) {
	var ps []*kommune.Profil
	for _, name := range []string{"Stadt Zeven", "Landkreis Ödland", "Landkreis Oberland", "Ärzteland"} {
		p, err := kommune.Beispiel()
		require.NoError(t, err)
		p.Name = name
		ps = append(ps, p)
	}
	opt := vergleichsOptionen()
	opt.Sprache = language.English
	v, err := Vergleiche(ps, opt)
	require.NoError(t, err)
	var namen []string
	for _, k := range v.Kommunen {
		namen = append(namen, k.Name)
	}
	assert.Equal(t, []string{"Ärzteland", "Landkreis Oberland", "Landkreis Ödland", "Stadt Zeven"}, namen)
	assert.Equal(t, "en", v.Sprache)
	assert.Equal(t, "Basic idea", v.Dimensionen[0].Titel)
	var md bytes.Buffer
	require.NoError(t, v.Markdown(&md))
	assert.Contains(t, md.String(), "# Comparison of 4 Kommunen")
	assert.Contains(t, md.String(), "| Landkreis Oberland | district | 178,068 |")
	// Equal structure: Oberland and Ödland differ in Gebietsart from
	// nobody but Ärzteland (unknown) and Zeven (Stadt).
	p, ok := v.Aehnlichkeit("Landkreis Oberland", "Landkreis Ödland")
	require.True(t, ok)
	assert.Equal(t, qualitaet.WertVon(1), p.Wert, "identical figures give 1")
}

func TestVergleicheFehler(t *testing.T) {
	drei := dreiProfile(t)
	doppelt := append(dreiProfile(t), drei[0])
	tests := []struct {
		name    string
		profile []*kommune.Profil
		opt     func(*VergleichsOptionen)
		want    error
	}{
		{"none", nil, nil, ErrZuWenigeKommunen},
		{"one", drei[:1], nil, ErrZuWenigeKommunen},
		{"nil profile", []*kommune.Profil{drei[0], nil}, nil, ErrOptionen},
		{"twice", doppelt, nil, ErrKommuneDoppelt},
		{"no date", drei, func(o *VergleichsOptionen) { o.Zeitpunkt = time.Time{} }, ErrOptionen},
		{"negative k", drei, func(o *VergleichsOptionen) { o.K = -2 }, ErrOptionen},
		{"weight", drei, func(o *VergleichsOptionen) { o.Gewichte.Bevoelkerung = -1 }, ErrGewicht},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := vergleichsOptionen()
			if tt.opt != nil {
				tt.opt(&opt)
			}
			_, err := Vergleiche(tt.profile, opt)
			require.ErrorIs(t, err, tt.want)
			var vf *VergleichsFehler
			require.True(t, errors.As(err, &vf))
		})
	}
	// A failing Bewertung is passed on with the Kommune's name.
	p, err := kommune.Beispiel()
	require.NoError(t, err)
	p.Zuschnitt = &qualitaet.Zuschnitt{Rahmen: qualitaet.Version2016, Schwerpunkte: []qualitaet.ID{"QD10"}}
	_, err = Vergleiche([]*kommune.Profil{p, drei[1]}, vergleichsOptionen())
	var ve *schema.ValidierungsFehler
	require.True(t, errors.As(err, &ve), "%v", err)
	assert.ErrorContains(t, err, "Landkreis Oder-Spree")
}

// TestVergleichOhnePersonen checks that a comparison never carries personal
// data: neither its JSON nor its Markdown names a person of any input,
// with or without Anonym; a person named in a profile's note on its data is
// replaced there as by anonymisation.
func TestVergleichOhnePersonen(t *testing.T) {
	var profile []*kommune.Profil
	var personen []string
	for _, datei := range profilDateien {
		data, err := os.ReadFile(datei)
		require.NoError(t, err)
		p, err := kommune.ParseProfil(data)
		require.NoError(t, err)
		profile = append(profile, p)
		ps, err := anonym.Personen(data)
		require.NoError(t, err)
		personen = append(personen, ps...)
	}
	for _, anonym := range []bool{false, true} {
		opt := VergleichsOptionen{Anonym: anonym}
		opt.Zeitpunkt = time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
		v, err := Vergleiche(profile, opt)
		require.NoError(t, err)
		assert.Equal(t, anonym, v.Anonymisiert)
		doc, err := v.Dokument()
		require.NoError(t, err)
		var md bytes.Buffer
		require.NoError(t, v.Markdown(&md))
		for _, text := range []string{string(doc), md.String()} {
			for _, p := range append(personen, namenDerTestprofile...) {
				assert.NotContains(t, text, p)
			}
			// The only free text is each profile's note on its data, with
			// the people in it replaced as by anonymisation.
			for _, z := range v.Kommunen {
				text = strings.ReplaceAll(text, z.Datenhinweis, "")
			}
			assert.NotContains(t, text, "Person 1")
		}
		assert.Contains(t, v.Kommunen[0].Datenhinweis, "Ansprechperson ist Person 1,", "the Musterkreis note, its person replaced")
		var roh map[string]any
		require.NoError(t, json.Unmarshal(doc, &roh))
		assert.Equal(t, schema.ArtVergleich.ID(), roh["$schema"], "the comparison is a document of its own kind")
	}
}

// TestVergleichDokumentRundreise: the comparison and the trend documents
// carry their "$schema", validate, and read back to what was written.
func TestVergleichDokumentRundreise(t *testing.T) {
	v, err := Vergleiche(dreiProfile(t), vergleichsOptionen())
	require.NoError(t, err)
	doc, err := v.Dokument()
	require.NoError(t, err)
	zurueck, err := ParseVergleich(doc)
	require.NoError(t, err)
	doc2, err := zurueck.Dokument()
	require.NoError(t, err)
	assert.Equal(t, string(doc), string(doc2))
	a, ok := zurueck.Aehnlichkeit("Landkreis Oder-Spree", "Landkreis Musterkreis")
	require.True(t, ok, "a comparison read back still answers pairs")
	b, _ := v.Aehnlichkeit("Landkreis Oder-Spree", "Landkreis Musterkreis")
	assert.Equal(t, b, a)

	alt, neu := zweiBewertungen(t, language.German)
	tr, err := Trend(alt, neu)
	require.NoError(t, err)
	tdoc, err := tr.Dokument()
	require.NoError(t, err)
	tzurueck, err := ParseTrend(tdoc)
	require.NoError(t, err)
	assert.Equal(t, tr, *tzurueck)

	_, err = ParseVergleich(tdoc)
	var vf *schema.ValidierungsFehler
	assert.True(t, errors.As(err, &vf), "a trend is no comparison: %v", err)
}

// TestProzentRundung: shares in tables round half away from zero, like the
// library's figures (62,5 % → 63 %, 37,5 % → 38 %), in both languages.
func TestProzentRundung(t *testing.T) {
	de := drucker{p: message.NewPrinter(language.German), tag: language.German}
	en := drucker{p: message.NewPrinter(language.English), tag: language.English}
	for _, tt := range []struct {
		anteil float64
		de, en string
	}{
		{0.625, "63 %", "63 %"},
		{0.375, "38 %", "38 %"},
		{0.125, "13 %", "13 %"},
		{0.5, "50 %", "50 %"},
		{0.0049, "0 %", "0 %"},
	} {
		assert.Equal(t, tt.de, de.prozent(tt.anteil), "%v", tt.anteil)
		assert.Equal(t, tt.en, en.prozent(tt.anteil), "%v", tt.anteil)
	}
	assert.Equal(t, "2,5", de.zahl(2.45, 1))
	assert.Equal(t, "-2.5", en.zahl(-2.45, 1))
}
