package anonym

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

var update = flag.Bool("update", false, "rewrite golden files")

func golden(t *testing.T, datei string, got []byte) {
	t.Helper()
	if *update {
		require.NoError(t, os.WriteFile(datei, got, 0o644))
		return
	}
	want, err := os.ReadFile(datei)
	require.NoError(t, err, "golden file missing; run go test ./qualitaet/schema/anonym -update")
	assert.Equal(t, string(want), string(got), "%s differs; review and run with -update", datei)
}

// testdokumente are the valid documents of the repository's testdata that
// hold persons or free text.
var testdokumente = []string{
	"../../../testdata/profile/oder-spree.json", "../../../testdata/profile/musterkreis.json",
	"../../../testdata/profile/beispielstadt.json", "../../../testdata/netzwerk/oder-spree.json",
	"../../../testdata/ziele/oder-spree.json", "../../../testdata/bewertung/oder-spree.de.json",
	"../../../testdata/konformitaet/14-mehrere-unterer-median.json",
}

func lies(t *testing.T, datei string) []byte {
	t.Helper()
	data, err := os.ReadFile(datei)
	require.NoError(t, err)
	return data
}

func TestPersonenbezogeneFelder(t *testing.T) {
	verlaeufe := []string{"/massnahmen/*/verantwortlich", "/massnahmen/*/verlauf/*/durch", "/ziele/*/verantwortlich",
		"/ziele/*/verlauf/*/durch", "/ziele/*/zielerreichung/durch"}
	tests := []struct {
		art  schema.Art
		want []string
	}{
		{schema.ArtProfil, []string{
			"/einschaetzungen/*/einschaetzende",
			"/einschaetzungen/*/person",
			"/massnahmen/*/verantwortlich",
			"/massnahmen/*/verlauf/*/durch",
			"/netzwerk/akteure/*/ansprechperson",
			"/netzwerk/akteure/*/kontakt",
			"/netzwerk/koordination/ansprechperson",
			"/netzwerk/koordination/kontakt",
			"/prozess/verantwortlich",
			"/runden/*/dialogergebnisse/*/notiz",
			"/wirUeberUns/ansprechperson",
			"/wirUeberUns/funktion",
			"/ziele/*/verantwortlich",
			"/ziele/*/verlauf/*/durch",
			"/ziele/*/zielerreichung/durch",
		}},
		{schema.ArtNetzwerk, []string{"/akteure/*/ansprechperson", "/akteure/*/kontakt", "/koordination/ansprechperson", "/koordination/kontakt"}},
		{schema.ArtZiele, verlaeufe},
		{schema.ArtKonformitaet, []string{"/eingabe/einschaetzungen/*/einschaetzende", "/eingabe/einschaetzungen/*/person", "/eingabe/runden/*/dialogergebnisse/*/notiz"}},
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

// TestRefFehler: a "$ref" that cannot be resolved is an error wherever the
// walk meets it — behind it could be a personal-data mark — never a silent
// "nothing personal here".
func TestRefFehler(t *testing.T) {
	profil := `{"$id": "` + schema.ArtProfil.ID() + `", "type": "object", "properties": {
		"wirUeberUns": {"type": "object", "properties": {"ansprechperson": {"$ref": "#/$defs/fehlt"}}},
		"name": {"type": "string"}}}`
	for _, tt := range []struct{ name, schema, ref string }{
		{"missing def", profil, "#/$defs/fehlt"},
		{"missing file", strings.ReplaceAll(profil, "#/$defs/fehlt", "fehlt.schema.json"), "fehlt.schema.json"},
		{"pointer into a string", strings.ReplaceAll(profil, "#/$defs/fehlt", "#/$id/x"), "#/$id/x"},
		{"index out of range", strings.ReplaceAll(profil, "#/$defs/fehlt", "#/required/7"), "#/required/7"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ss, err := neuerSchemaSatz(fstest.MapFS{"profil.schema.json": {Data: []byte(tt.schema)}})
			require.NoError(t, err)
			var rf *RefFehler
			_, err = ss.personenbezogeneFelder(schema.ArtProfil)
			require.True(t, errors.As(err, &rf), "personenbezogeneFelder = %v, want *RefFehler", err)
			assert.Equal(t, tt.ref, rf.Ref)
			assert.Contains(t, rf.Ort, "profil.schema.json#/properties/wirUeberUns/properties/ansprechperson")

			s := "Jeanett Kleinert"
			doc := &objekt{schluessel: []string{"wirUeberUns"}, werte: map[string]any{
				"wirUeberUns": &objekt{schluessel: []string{"ansprechperson"}, werte: map[string]any{"ansprechperson": &s}}}}
			_, err = ss.felder(doc, schema.ArtProfil)
			require.True(t, errors.As(err, &rf), "felder = %v, want *RefFehler", err)
			assert.Contains(t, err.Error(), tt.ref)
			assert.NotContains(t, err.Error(), "Kleinert")
		})
	}
}

// personRe finds names and descriptions that suggest a person.
var (
	personNameRe = regexp.MustCompile(`(?i)person|verantwortlich|^durch$|ansprech|kontakt|e-?mail|telefon|rater|bewerter`)
	personTextRe = regexp.MustCompile(`(?i)person|verantwortlich|ansprech|kontakt|e-mail|telefon|\bname der\b|\bname oder\b`)
)

// TestSchemaMarken walks every schema: a string property whose name or
// description suggests a person must be marked "x-personenbezogen" (or be
// "x-oeffentlich", a label of the Steckbrief template such as the label
// "Ansprechperson:" itself). Descriptions of the shared building blocks
// (gemeinsam.schema.json: "ein Name oder Titel") do not count.
func TestSchemaMarken(t *testing.T) {
	ss, err := standardSatz()
	require.NoError(t, err)
	geprueft := 0
	for datei, s := range ss.dateien {
		var gehe func(k schemaKnoten)
		gehe = func(k schemaKnoten) {
			if props, ok := k.s["properties"].(map[string]any); ok {
				for name := range props {
					p, _ := unter(k, "properties", name)
					hs, err := ss.huelle(p)
					require.NoError(t, err)
					if !istString(hs) {
						continue
					}
					geprueft++
					verdacht := personNameRe.MatchString(name)
					for _, h := range hs {
						if d, ok := h.s["description"].(string); ok && h.datei != "gemeinsam.schema.json" && personTextRe.MatchString(d) {
							verdacht = true
						}
					}
					if verdacht && !markiert(hs, "x-personenbezogen") && !markiert(hs, "x-oeffentlich") {
						t.Errorf("%s: property %q may hold a person but is not marked x-personenbezogen", p.schluessel(), name)
					}
				}
			}
			for key, v := range k.s {
				switch x := v.(type) {
				case map[string]any:
					if z, ok := unter(k, key); ok {
						gehe(z)
					}
				case []any:
					for i, e := range x {
						if m, ok := e.(map[string]any); ok {
							gehe(schemaKnoten{datei: k.datei, zeiger: k.zeiger + "/" + key + "/" + itoa(i), s: m})
						}
					}
				}
			}
		}
		gehe(schemaKnoten{datei: datei, s: s})
	}
	assert.Greater(t, geprueft, 100, "the walk reaches the string properties")
}

func itoa(i int) string { b, _ := json.Marshal(i); return string(b) }

func istString(hs []schemaKnoten) bool {
	for _, h := range hs {
		switch t := h.s["type"].(type) {
		case string:
			if t == "string" {
				return true
			}
		case []any:
			if slices.Contains(t, any("string")) {
				return true
			}
		}
	}
	return false
}

// TestSchrubbe pins what free text becomes, worked out by hand. Known
// persons: Max Beispielmann (rater), Anna Berg.
func TestSchrubbe(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"e-mail and mobile", "Rückmeldung (max.beispiel@landkreis.de, Tel. 0171 1234567) folgt.", "Rückmeldung (E-Mail 1, Tel. Telefon 1) folgt."},
		{"international", "Ruf +49 30 1234567 oder +49 (0)30 123 45-67 an", "Ruf Telefon 1 oder Telefon 1 an"},
		{"area code in brackets", "Tel. (030) 123 45-67", "Tel. Telefon 1"},
		{"slash and dash", "0331/2345678 und 0331-2345678", "Telefon 1 und Telefon 1"},
		{"0049", "0049 331 2345678", "Telefon 1"},
		{"not a phone", "0,5 VZÄ seit 2019-2023, PLZ 01067 Dresden, 0–3 Jährige", "0,5 VZÄ seit 2019-2023, PLZ 01067 Dresden, 0–3 Jährige"},
		{"salutation", "laut Herrn Beispielmann fehlen die Ärzte", "laut Person 1 fehlen die Ärzte"},
		{"surname alone", "Beispielmann meint, Beispielmanns Team nicht", "Person 1 meint, Beispielmanns Team nicht"},
		{"full name", "Max Beispielmann und Anna Berg", "Person 1 und Person 2"},
		{"title", "Ansprechpartnerin: Dr. Anna Schulz, anna.schulz@klinik.de", "Ansprechpartnerin: Person 3, E-Mail 1"},
		{"titles", "Frau Prof. Dr. med. Ilka Sandhagen", "Person 4"},
		{"Frau with particle", "Frau Erika von Mustermann kommt", "Person 5 kommt"},
		{"url with path", "siehe https://www.klinik.de/team/anna-schulz.", "siehe URL 1."},
		{"bare domain", "siehe https://www.fruehehilfen.de/ und www.nzfh.de", "siehe https://www.fruehehilfen.de/ und www.nzfh.de"},
		{"placeholder stays", "Frau Person 2 und Person 1", "Frau Person 2 und Person 1"},
		{"no person", "Die Frau und der Herr im Haus", "Die Frau und der Herr im Haus"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			l := neuerLaufMit(mustSatz(t), Optionen{Personen: []string{"Max Beispielmann", "Anna Berg"}})
			// Number the known persons first, as a document would.
			l.platzhalter(KategoriePerson, "Max Beispielmann")
			l.platzhalter(KategoriePerson, "Anna Berg")
			l.platzhalter(KategoriePerson, "Anna Schulz")
			l.platzhalter(KategoriePerson, "Ilka Sandhagen")
			erg := &Ergebnis{Ersetzt: map[Kategorie]int{}}
			got := l.schrubbe(tt.in, neueSuche(l.suchwerte()), erg)
			assert.Equal(t, tt.want, got, "schrubbe(%q)", tt.in)
		})
	}
}

func mustSatz(t *testing.T) *schemaSatz {
	t.Helper()
	ss, err := standardSatz()
	require.NoError(t, err)
	return ss
}

func TestNamensartig(t *testing.T) {
	for _, tt := range []struct {
		wert string
		want bool
	}{
		{"Jeanett Kleinert", true},
		{"Anna von Muster", true},
		{"Dr. Anna Muster", true},
		{"Frau Erika Mustermann", true},
		{"Netzwerkkoordination", false},
		{"Strategie- und Lenkungsgruppe", false},
		{"Leitung des Jugendamts", false},
		{"Koordinierungsstelle Frühe Hilfen", false},
		{"Koordinierende Fachkraft Frühe Hilfen", false},
		{"Kleinert", false},
		{"", false},
	} {
		assert.Equal(t, tt.want, namensartig(tt.wert), "namensartig(%q)", tt.wert)
	}
}

func TestSucheGanzeWoerter(t *testing.T) {
	s := neueSuche(map[string]string{"Anna": "A", "Anna Berg": "AB"})
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"Anna", []string{"A"}},
		{"Annaberg und Anna", []string{"A"}},
		{"Anna Berg kommt", []string{"AB"}},
		{"(Anna)", []string{"A"}},
		{"Hanna Anna-Lena", []string{"A"}},
		{"ohne", nil},
	} {
		var got []string
		for _, tr := range s.finde(tt.in) {
			got = append(got, tr.schluessel)
		}
		assert.Equal(t, tt.want, got, "finde(%q)", tt.in)
	}
}

// TestTestdaten anonymises every test document in both modes: the result
// is valid (Anonymisiere checks it against the schema), names no person of
// the input, and anonymising it again changes nothing.
func TestTestdaten(t *testing.T) {
	for _, datei := range testdokumente {
		for _, streng := range []bool{false, true} {
			data := lies(t, datei)
			personen, err := Personen(data)
			require.NoError(t, err)
			anon, err := Anonymisiere(data, Optionen{Streng: streng})
			require.NoError(t, err, datei)
			for _, p := range personen {
				if namensartig(kern(p)) {
					assert.NotContains(t, string(anon), kern(p), "%s streng=%v", datei, streng)
				}
			}
			nochmal, err := Anonymisiere(anon, Optionen{Streng: streng})
			require.NoError(t, err)
			assert.Equal(t, string(anon), string(nochmal), "%s streng=%v: idempotent", datei, streng)
		}
	}
}

// TestLauf: one run gives the same value the same placeholder in every
// document, and numbers on across them.
func TestLauf(t *testing.T) {
	profil := lies(t, "../../../testdata/profile/musterkreis.json")
	netz := []byte(`{"$schema": "` + schema.ArtNetzwerk.ID() + `", "koordination": {"traeger": "Landkreis Musterkreis",
		"ansprechperson": "Dora Neu", "kontakt": "anna@musterkreis.example"},
		"hinweis": "Vertretung: Anna Beispielfrau (anna@musterkreis.example)"}`)
	l, err := NeuerLauf(Optionen{})
	require.NoError(t, err)
	require.NoError(t, l.Lerne(profil))
	require.NoError(t, l.Lerne(netz))
	ep, err := l.Anonymisiere(profil)
	require.NoError(t, err)
	en, err := l.Anonymisiere(netz)
	require.NoError(t, err)
	var p struct {
		WirUeberUns struct{ Ansprechperson string } `json:"wirUeberUns"`
	}
	require.NoError(t, json.Unmarshal(ep.Dokument, &p))
	assert.Equal(t, "Person 1", p.WirUeberUns.Ansprechperson)
	assert.Contains(t, string(en.Dokument), `"hinweis": "Vertretung: Person 1 (E-Mail 1)"`)
	assert.Contains(t, string(en.Dokument), `"kontakt": "E-Mail 1"`)
	assert.NotContains(t, string(en.Dokument), "Dora Neu")
	assert.Equal(t, map[Kategorie]int{KategoriePerson: 2, KategorieEMail: 2}, en.Ersetzt)
	assert.Equal(t, []string{"/koordination/traeger", "/hinweis"}, en.Behalten)
}

// TestGolden pins the anonymised Oder-Spree profile.
func TestGolden(t *testing.T) {
	anon, err := Anonymisiere(lies(t, "../../../testdata/profile/oder-spree.json"), Optionen{})
	require.NoError(t, err)
	golden(t, "testdata/oder-spree.json", anon)
}

func TestFehler(t *testing.T) {
	for _, tt := range []struct{ name, doc string }{
		{"syntax", `{"$schema": `},
		{"no object", `[]`},
		{"no $schema", `{"name": "x"}`},
		{"foreign $schema", `{"$schema": "https://example.org/x.schema.json"}`},
		{"invalid", `{"$schema": "` + schema.ArtProfil.ID() + `", "name": "X", "einwohner": 3}`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Anonymisiere([]byte(tt.doc), Optionen{})
			var ve *schema.ValidierungsFehler
			assert.True(t, errors.As(err, &ve), "Anonymisiere(%s) = %v", tt.doc, err)
			_, err = Personen([]byte(tt.doc))
			assert.Error(t, err)
		})
	}
}

func TestKategorie(t *testing.T) {
	for _, k := range Kategorien {
		b, err := k.MarshalText()
		require.NoError(t, err)
		var z Kategorie
		require.NoError(t, z.UnmarshalText(b))
		assert.Equal(t, k, z)
		assert.Equal(t, k, kategorieVon(strings.Fields(k.Platzhalter(1))[0]))
	}
	assert.Equal(t, "Telefon 2", KategorieTelefon.Platzhalter(2))
	var z Kategorie
	assert.Error(t, z.UnmarshalText([]byte("adresse")))
	_, err := Kategorie("adresse").MarshalText()
	assert.Error(t, err)
}

func FuzzAnonymisiere(f *testing.F) {
	for _, d := range testdokumente[:2] {
		data, err := os.ReadFile(d)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, "Jeanett Kleinert")
	}
	f.Add([]byte(`{"$schema": "`+schema.ArtNetzwerk.ID()+`", "koordination": {"traeger": "X", "ansprechperson": "A B"}, "hinweis": "A B und AB, Frau C D, 0171 1234567"}`), "AB")
	f.Add([]byte(`{}`), "")
	f.Fuzz(func(t *testing.T, data []byte, extra string) {
		anon, err := Anonymisiere(data, Optionen{Personen: []string{extra}})
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
		nochmal, err := Anonymisiere(anon, Optionen{})
		if err != nil || !bytes.Equal(nochmal, anon) {
			t.Fatalf("not idempotent: %v\n%s\n%s", err, anon, nochmal)
		}
	})
}

// TestAlleSchemasErreichbar: every schema of the embedded set can be walked
// (no "$ref" is left unresolved).
func TestAlleSchemasErreichbar(t *testing.T) {
	err := fs.WalkDir(schema.Dateien(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".schema.json") {
			return err
		}
		art := schema.Art(strings.TrimSuffix(filepath.Base(p), ".schema.json"))
		if art == schema.ArtGemeinsam {
			return nil
		}
		_, err = PersonenbezogeneFelder(art)
		return err
	})
	require.NoError(t, err)
}
