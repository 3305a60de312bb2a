package kommune

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

	"github.com/fruehehilfen/qualitaetsrahmen/netzwerk"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// profilDateien are the complete profiles of testdata/profile.
var profilDateien = []string{"../testdata/profile/oder-spree.json", "../testdata/profile/musterkreis.json", "../testdata/profile/beispielstadt.json"}

// namenDerTestprofile are the names of persons written into the test
// profiles, checked independently of the schema's marks: if a mark were
// lost, Personen would miss them, but this list would not.
var namenDerTestprofile = []string{"Jeanett Kleinert", "Anna Beispielfrau", "Bernd Probemann", "Carla Testerin",
	"Dora Platzhalter", "Emil Mustergast", "Beispielfrau", "Kleinert"}

func TestPersonenbezogeneFelder(t *testing.T) {
	tests := []struct {
		art  schema.Art
		want []string
	}{
		{schema.ArtProfil, []string{
			"/einschaetzungen/*/person",
			"/massnahmen/*/verlauf/*/durch",
			"/netzwerk/koordination/ansprechperson",
			"/runden/*/dialogergebnisse/*/notiz",
			"/wirUeberUns/ansprechperson",
			"/ziele/*/verlauf/*/durch",
			"/ziele/*/zielerreichung/durch",
		}},
		{schema.ArtNetzwerk, []string{"/koordination/ansprechperson"}},
		{schema.ArtZiele, []string{"/massnahmen/*/verlauf/*/durch", "/ziele/*/verlauf/*/durch", "/ziele/*/zielerreichung/durch"}},
		{schema.ArtKonformitaet, []string{"/eingabe/einschaetzungen/*/person", "/eingabe/runden/*/dialogergebnisse/*/notiz"}},
		{schema.ArtBewertung, []string{"/dimensionen/*/entwicklungsziele/*/dialog/notiz"}},
		{schema.ArtCluster, []string{}},
	}
	for _, tt := range tests {
		got, err := PersonenbezogeneFelder(tt.art)
		require.NoError(t, err)
		assert.Equal(t, tt.want, got, "PersonenbezogeneFelder(%s)", tt.art)
	}
	_, err := PersonenbezogeneFelder(schema.ArtGemeinsam)
	assert.Error(t, err)
	_, err = PersonenbezogeneFelder("unbekannt")
	assert.Error(t, err)
}

func TestAnonymisiereProfile(t *testing.T) {
	for _, datei := range profilDateien {
		t.Run(datei, func(t *testing.T) {
			data, err := os.ReadFile(datei)
			require.NoError(t, err)
			personen, err := Personen(data)
			require.NoError(t, err)
			require.NotEmpty(t, personen)
			anon, err := Anonymisiere(data, AnonymOptionen{})
			require.NoError(t, err)
			text := string(anon)
			// Names of people are gone everywhere; roles ("Netzwerkkoordination")
			// are replaced in the personal fields (checked below through
			// Personen) but may stay in free text.
			for _, p := range append(personen, namenDerTestprofile...) {
				if namensartig(p) {
					assert.NotContains(t, text, p, "anonymised %s still names %q", datei, p)
				}
			}
			// Still a valid profile, schema and semantic checks alike.
			p, err := ParseProfil(anon)
			require.NoError(t, err, "%s", text)
			// Names of Kommunen are public and stay.
			orig, err := ParseProfil(data)
			require.NoError(t, err)
			assert.Equal(t, orig.Name, p.Name)
			assert.Equal(t, orig.Kommunalstruktur, p.Kommunalstruktur)
			// Idempotent.
			nochmal, err := Anonymisiere(anon, AnonymOptionen{})
			require.NoError(t, err)
			assert.Equal(t, text, string(nochmal))
			// One placeholder per person, numbered from 1 without gaps.
			nachher, err := Personen(anon)
			require.NoError(t, err)
			require.Len(t, nachher, len(personen))
			for i := range personen {
				assert.Contains(t, nachher, Platzhalter(i+1))
			}
		})
	}
}

func TestAnonymisiereOderSpree(t *testing.T) {
	anon, err := Anonymisiere(BeispielDokument(), AnonymOptionen{})
	require.NoError(t, err)
	assert.NotContains(t, string(anon), "Jeanett Kleinert")
	assert.NotContains(t, string(anon), "Kleinert")
	p, err := ParseProfil(anon)
	require.NoError(t, err)
	// The contact person appears twice and is the same placeholder twice.
	assert.Equal(t, "Person 1", p.WirUeberUns.Ansprechperson)
	assert.Equal(t, "Person 1", p.Netzwerk.Koordination.Ansprechperson)
	// Raters stay apart: as many placeholders as persons.
	orig, err := Beispiel()
	require.NoError(t, err)
	vorher, nachher := map[string]bool{}, map[string]bool{}
	for i := range orig.Einschaetzungen {
		vorher[orig.Einschaetzungen[i].Person] = true
		nachher[p.Einschaetzungen[i].Person] = true
		assert.True(t, strings.HasPrefix(p.Einschaetzungen[i].Person, "Person "))
	}
	assert.Equal(t, len(vorher), len(nachher))
	// The evaluation is unchanged: persons only tell ratings apart.
	zeit := time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	bo, err := Bewerte(orig, BewertungsOptionen{Zeitpunkt: zeit})
	require.NoError(t, err)
	ba, err := Bewerte(p, BewertungsOptionen{Zeitpunkt: zeit})
	require.NoError(t, err)
	assert.Equal(t, bo.Gesamt, ba.Gesamt)
	for i := range bo.Dimensionen {
		assert.Equal(t, bo.Dimensionen[i].Punkte, ba.Dimensionen[i].Punkte)
		assert.Equal(t, bo.Dimensionen[i].Abdeckung, ba.Dimensionen[i].Abdeckung)
	}
	golden(t, "../testdata/vergleich/oder-spree.anonym.json", anon)

	// The example records roles where the schema allows "Name oder
	// Rolle"; named as roles, they are kept, in fields and free text.
	rollen := []string{"Netzwerkkoordination", "Strategie- und Lenkungsgruppe", "Jugendamtsleitung", "Jugendhilfeplanung",
		"Vertretung Gesundheitsamt", "Vertretung Schwangerschaftsberatung"}
	anon, err = Anonymisiere(BeispielDokument(), AnonymOptionen{Rollen: rollen})
	require.NoError(t, err)
	p, err = ParseProfil(anon)
	require.NoError(t, err)
	assert.Equal(t, "Person 1", p.WirUeberUns.Ansprechperson)
	assert.Equal(t, "Netzwerkkoordination", p.WirUeberUns.Funktion)
	assert.Equal(t, "Strategie- und Lenkungsgruppe", p.Netzwerk.Gremien[0].Bezeichnung)
	personen, err := Personen(anon)
	require.NoError(t, err)
	assert.Equal(t, append([]string{"Person 1"}, rollen[:2]...), personen[:3])
	assert.NotContains(t, string(anon), "Kleinert")
	assert.NotContains(t, string(anon), "Person 2")
}

// TestAnonymisiereFreitext checks that a person named in free text is
// replaced by the person's placeholder, as whole words only.
func TestAnonymisiereFreitext(t *testing.T) {
	data, err := os.ReadFile("../testdata/profile/musterkreis.json")
	require.NoError(t, err)
	anon, err := Anonymisiere(data, AnonymOptionen{})
	require.NoError(t, err)
	p, err := ParseProfil(anon)
	require.NoError(t, err)
	// Anna Beispielfrau is named first in "hinweis", before her field.
	assert.Contains(t, p.Hinweis, "Ansprechperson ist Person 1, die auch")
	assert.Equal(t, "Person 1", p.WirUeberUns.Ansprechperson)
	var carla string
	for _, e := range p.Einschaetzungen {
		if strings.Contains(e.Begruendung, "vertritt") {
			carla = e.Person
			assert.Contains(t, e.Begruendung, "Frau "+e.Person+" vertritt")
		}
	}
	assert.NotEmpty(t, carla)
	assert.Equal(t, "Person 2", p.Ziele[0].Verlauf()[1].Durch, "Bernd Probemann")

	s := neueSuche(map[string]bool{"Anna": true, "Anna Berg": true})
	for _, tt := range []struct{ in, want string }{
		{"Anna", "X[Anna]"},
		{"Annaberg und Anna", "Annaberg und X[Anna]"},
		{"Anna Berg kommt", "X[Anna Berg] kommt"},
		{"(Anna)", "(X[Anna])"},
		{"Hanna Anna-Lena", "Hanna X[Anna]-Lena"},
		{"ohne", "ohne"},
	} {
		assert.Equal(t, tt.want, s.ersetze(tt.in, func(v string) string { return "X[" + v + "]" }), "ersetze(%q)", tt.in)
	}
}

// TestAnonymisiereBewertung anonymises a Bewertung: its schema marks no
// field, so the persons of the profile it came from are passed in.
func TestAnonymisiereBewertung(t *testing.T) {
	data, err := os.ReadFile("../testdata/profile/musterkreis.json")
	require.NoError(t, err)
	p, err := ParseProfil(data)
	require.NoError(t, err)
	b, err := Bewerte(p, BewertungsOptionen{Zeitpunkt: time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)})
	require.NoError(t, err)
	b.Hinweise = append(b.Hinweise, "Rückfragen an Anna Beispielfrau oder Carla Testerin.")
	doc, err := b.Dokument()
	require.NoError(t, err)
	personen, err := Personen(data)
	require.NoError(t, err)
	anon, err := Anonymisiere(doc, AnonymOptionen{Personen: personen})
	require.NoError(t, err)
	for _, n := range namenDerTestprofile {
		assert.NotContains(t, string(anon), n)
	}
	assert.Contains(t, string(anon), "Rückfragen an Person 1 oder Person 2.")
	var back qualitaet.Bewertung
	require.NoError(t, schema.Standard().Lade(anon, schema.ArtBewertung, &back))
	assert.Equal(t, b.Gesamt, back.Gesamt)
	// Without the profile's persons nothing in a Bewertung is marked.
	unveraendert, err := Anonymisiere(doc, AnonymOptionen{})
	require.NoError(t, err)
	assert.Contains(t, string(unveraendert), "Anna Beispielfrau")
}

func TestAnonymisiereNetzwerkUndZiele(t *testing.T) {
	for _, datei := range []string{"../testdata/netzwerk/oder-spree.json", "../testdata/ziele/oder-spree.json"} {
		data, err := os.ReadFile(datei)
		require.NoError(t, err)
		personen, err := Personen(data)
		require.NoError(t, err)
		require.NotEmpty(t, personen, datei)
		anon, err := Anonymisiere(data, AnonymOptionen{})
		require.NoError(t, err)
		nachher, err := Personen(anon)
		require.NoError(t, err)
		for _, p := range personen {
			assert.NotContains(t, nachher, p, "%s: personal fields still hold %q", datei, p)
			if namensartig(p) {
				assert.NotContains(t, string(anon), p, datei)
			}
		}
	}
	data, err := os.ReadFile("../testdata/netzwerk/oder-spree.json")
	require.NoError(t, err)
	anon, err := Anonymisiere(data, AnonymOptionen{})
	require.NoError(t, err)
	n, err := netzwerk.Parse(anon)
	require.NoError(t, err)
	assert.Equal(t, "Person 1", n.Koordination.Ansprechperson)
}

func TestAnonymisiereFehler(t *testing.T) {
	for _, tt := range []struct{ name, doc string }{
		{"syntax", `{"$schema": `},
		{"no object", `[]`},
		{"no $schema", `{"name": "x"}`},
		{"foreign $schema", `{"$schema": "https://example.org/x.schema.json"}`},
		{"invalid", `{"$schema": "` + SchemaID + `", "name": "X", "einwohner": 3}`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Anonymisiere([]byte(tt.doc), AnonymOptionen{})
			var ve *schema.ValidierungsFehler
			assert.True(t, errors.As(err, &ve), "Anonymisiere(%s) = %v", tt.doc, err)
			_, err = Personen([]byte(tt.doc))
			assert.Error(t, err)
		})
	}
}

// TestVergleichOhnePersonen checks that a comparison never carries personal
// data: neither its JSON nor its Markdown names a person of any input,
// with or without Anonym.
func TestVergleichOhnePersonen(t *testing.T) {
	var profile []*Profil
	var personen []string
	for _, datei := range profilDateien {
		data, err := os.ReadFile(datei)
		require.NoError(t, err)
		p, err := ParseProfil(data)
		require.NoError(t, err)
		profile = append(profile, p)
		ps, err := Personen(data)
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
			assert.NotContains(t, text, "Person 1")
		}
		var roh map[string]any
		require.NoError(t, json.Unmarshal(doc, &roh))
		assert.NotContains(t, roh, "$schema", "the comparison is no document kind of the schema package")
	}
}

func FuzzAnonymisiere(f *testing.F) {
	f.Add(BeispielDokument(), "Jeanett Kleinert")
	f.Add([]byte(`{"$schema": "`+netzwerk.SchemaID+`", "koordination": {"traeger": "X", "ansprechperson": "A B"}, "hinweis": "A B und AB"}`), "AB")
	f.Add([]byte(`{}`), "")
	f.Fuzz(func(t *testing.T, data []byte, extra string) {
		anon, err := Anonymisiere(data, AnonymOptionen{Personen: []string{extra}})
		if err != nil {
			return
		}
		personen, err := Personen(data)
		if err != nil {
			t.Fatalf("Personen fails where Anonymisiere did not: %v", err)
		}
		nachher, err := Personen(anon)
		if err != nil {
			t.Fatalf("Personen(anonymised): %v", err)
		}
		if len(nachher) > len(personen) {
			t.Fatalf("more persons after anonymising: %v from %v", nachher, personen)
		}
		nochmal, err := Anonymisiere(anon, AnonymOptionen{})
		if err != nil || !bytes.Equal(nochmal, anon) {
			t.Fatalf("not idempotent: %v", err)
		}
	})
}

func TestNamensartig(t *testing.T) {
	for _, tt := range []struct {
		wert string
		want bool
	}{
		{"Jeanett Kleinert", true},
		{"Anna von Muster", true},
		{"Dr. Anna Muster", true},
		{"Netzwerkkoordination", false},
		{"Strategie- und Lenkungsgruppe", false},
		{"Leitung des Jugendamts", false},
		{"Kleinert", false},
		{"", false},
	} {
		assert.Equal(t, tt.want, namensartig(tt.wert), "namensartig(%q)", tt.wert)
	}
}
