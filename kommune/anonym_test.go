package kommune

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema/anonym"
)

// profilDateien are the complete profiles of testdata/profile.
var profilDateien = []string{"../testdata/profile/oder-spree.json", "../testdata/profile/musterkreis.json", "../testdata/profile/beispielstadt.json"}

// namenDerTestprofile are the names of persons written into the test
// profiles, checked independently of the schema's marks: if a mark were
// lost, Personen would miss them, but this list would not.
var namenDerTestprofile = []string{"Jeanett Kleinert", "Anna Beispielfrau", "Bernd Probemann", "Carla Testerin",
	"Dora Platzhalter", "Emil Mustergast", "Beispielfrau", "Kleinert"}

var bewertungsZeit = time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)

// TestAnonymisiereProfile checks that an anonymised profile is still a
// valid profile (schema and semantic checks) that evaluates like the
// original: persons only tell ratings apart.
func TestAnonymisiereProfile(t *testing.T) {
	for _, datei := range profilDateien {
		t.Run(datei, func(t *testing.T) {
			data, err := os.ReadFile(datei)
			require.NoError(t, err)
			for _, streng := range []bool{false, true} {
				anon, err := anonym.Anonymisiere(data, anonym.Optionen{Streng: streng})
				require.NoError(t, err)
				for _, n := range namenDerTestprofile {
					assert.NotContains(t, string(anon), n, "streng=%v", streng)
				}
				p, err := ParseProfil(anon)
				require.NoError(t, err, "%s", anon)
				orig, err := ParseProfil(data)
				require.NoError(t, err)
				assert.Equal(t, orig.Name, p.Name, "names of Kommunen are public")
				gleicheBewertung(t, orig, p)
			}
		})
	}
}

// gleicheBewertung checks that a and b evaluate to the same totals,
// dimension points, coverage and per-goal consensus.
func gleicheBewertung(t *testing.T, a, b *Profil) {
	t.Helper()
	ba, err := Bewerte(a, BewertungsOptionen{Zeitpunkt: bewertungsZeit})
	require.NoError(t, err)
	bb, err := Bewerte(b, BewertungsOptionen{Zeitpunkt: bewertungsZeit})
	require.NoError(t, err)
	assert.Equal(t, ba.Gesamt, bb.Gesamt)
	require.Len(t, bb.Dimensionen, len(ba.Dimensionen))
	for i := range ba.Dimensionen {
		assert.Equal(t, ba.Dimensionen[i].Punkte, bb.Dimensionen[i].Punkte, ba.Dimensionen[i].ID)
		assert.Equal(t, ba.Dimensionen[i].Abdeckung, bb.Dimensionen[i].Abdeckung, ba.Dimensionen[i].ID)
	}
	require.Len(t, bb.Streuung, len(ba.Streuung))
	for i, s := range ba.Streuung {
		o := bb.Streuung[i]
		assert.Equal(t, s.Entwicklungsziel, o.Entwicklungsziel)
		assert.Equal(t, s.Median, o.Median, s.Entwicklungsziel)
		assert.Equal(t, s.Anzahl, o.Anzahl, s.Entwicklungsziel)
		assert.Equal(t, s.NichtBeurteilbar, o.NichtBeurteilbar, s.Entwicklungsziel)
		assert.Equal(t, s.Stufen, o.Stufen, s.Entwicklungsziel)
	}
}

// TestAnonymisiereOderSpree pins the anonymised example: the contact person
// is the same placeholder in both fields, raters stay apart.
func TestAnonymisiereOderSpree(t *testing.T) {
	anon, err := anonym.Anonymisiere(BeispielDokument(), anonym.Optionen{})
	require.NoError(t, err)
	assert.NotContains(t, string(anon), "Kleinert")
	p, err := ParseProfil(anon)
	require.NoError(t, err)
	assert.Equal(t, "Person 1", p.WirUeberUns.Ansprechperson)
	assert.Equal(t, "Person 1", p.Netzwerk.Koordination.Ansprechperson)
	orig, err := Beispiel()
	require.NoError(t, err)
	vorher, nachher := map[string]bool{}, map[string]bool{}
	for i := range orig.Einschaetzungen {
		vorher[orig.Einschaetzungen[i].Person] = true
		nachher[p.Einschaetzungen[i].Person] = true
		assert.True(t, strings.HasPrefix(p.Einschaetzungen[i].Person, "Person "))
	}
	assert.Equal(t, len(vorher), len(nachher))
	// Named as roles, the example's roles are kept, in fields and free text.
	rollen := []string{"Netzwerkkoordination", "Jugendamtsleitung"}
	anon, err = anonym.Anonymisiere(BeispielDokument(), anonym.Optionen{Rollen: rollen})
	require.NoError(t, err)
	p, err = ParseProfil(anon)
	require.NoError(t, err)
	assert.Equal(t, "Netzwerkkoordination", p.WirUeberUns.Funktion)
	assert.Equal(t, "Netzwerkkoordination", p.Ziele[0].Verantwortlich)
}

// TestAnonymisiereBewertung anonymises a Bewertung in one run with the
// profile it came from: the profile's persons are replaced in the
// Bewertung's free text by the same placeholders.
func TestAnonymisiereBewertung(t *testing.T) {
	data, err := os.ReadFile("../testdata/profile/musterkreis.json")
	require.NoError(t, err)
	p, err := ParseProfil(data)
	require.NoError(t, err)
	b, err := Bewerte(p, BewertungsOptionen{Zeitpunkt: bewertungsZeit})
	require.NoError(t, err)
	b.Hinweise = append(b.Hinweise, "Rückfragen an Anna Beispielfrau oder Frau Testerin.")
	doc, err := b.Dokument()
	require.NoError(t, err)
	lauf, err := anonym.NeuerLauf(anonym.Optionen{})
	require.NoError(t, err)
	require.NoError(t, lauf.Lerne(data))
	require.NoError(t, lauf.Lerne(doc))
	ap, err := lauf.Anonymisiere(data)
	require.NoError(t, err)
	ab, err := lauf.Anonymisiere(doc)
	require.NoError(t, err)
	anonProfil, err := ParseProfil(ap.Dokument)
	require.NoError(t, err)
	anna := anonProfil.WirUeberUns.Ansprechperson
	assert.Contains(t, string(ab.Dokument), "Rückfragen an "+anna+" oder Person ")
	for _, n := range namenDerTestprofile {
		assert.NotContains(t, string(ab.Dokument), n)
	}
	var back qualitaet.Bewertung
	require.NoError(t, json.Unmarshal(ab.Dokument, &back))
	assert.Equal(t, b.Gesamt, back.Gesamt)
}

// TestFasseEinschaetzungenZusammen checks the aggregated ratings (small
// cells) on every example profile: no person, no reason, sectors only
// where at least k raters are, and the same evaluation as the original.
func TestFasseEinschaetzungenZusammen(t *testing.T) {
	for _, datei := range profilDateien {
		data, err := os.ReadFile(datei)
		require.NoError(t, err)
		p, err := ParseProfil(data)
		require.NoError(t, err)
		for _, k := range []int{0, 1, 2, 100} {
			z := FasseEinschaetzungenZusammen(p, k)
			doc, err := z.Dokument()
			require.NoError(t, err)
			back, err := ParseProfil(doc)
			require.NoError(t, err, "%s k=%d: the aggregated profile is valid", datei, k)
			gleicheBewertung(t, p, back)
			summe := 0
			for _, e := range back.Einschaetzungen {
				assert.Empty(t, e.Person)
				assert.Empty(t, e.Begruendung)
				assert.GreaterOrEqual(t, e.Anzahl, 1)
				summe += e.Anzahl
			}
			assert.Equal(t, len(zaehlendeEinschaetzungen(p.Einschaetzungen)), summe, "%s k=%d", datei, k)
			if k == 100 {
				for _, e := range back.Einschaetzungen {
					assert.Empty(t, e.Sektor, "no sector has 100 raters")
				}
			}
			assert.NotSame(t, &p.Einschaetzungen, &z.Einschaetzungen)
		}
	}
}

// TestFasseEinschaetzungenZusammenRunden: a profile with two survey rounds,
// rater keys (two raters signed "Hebamme"), Ebenen and Entwicklungsbedarf
// keeps its rounds apart when aggregated: every round evaluates as before
// (totals, points, medians, counts, priorities in order).
func TestFasseEinschaetzungenZusammenRunden(t *testing.T) {
	data, err := os.ReadFile("../testdata/profile/runden.json")
	require.NoError(t, err)
	p, err := ParseProfil(data)
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(p.Runden), 2)
	for _, k := range []int{1, 3} {
		z := FasseEinschaetzungenZusammen(p, k)
		doc, err := z.Dokument()
		require.NoError(t, err)
		back, err := ParseProfil(doc)
		require.NoError(t, err, "k=%d: the aggregated profile is valid", k)
		for _, r := range p.Runden {
			opt := BewertungsOptionen{Zeitpunkt: bewertungsZeit, Runde: r.ID}
			ba, err := Bewerte(p, opt)
			require.NoError(t, err)
			bb, err := Bewerte(back, opt)
			require.NoError(t, err)
			assert.Equal(t, ba.Gesamt, bb.Gesamt, "round %s k=%d", r.ID, k)
			for i := range ba.Dimensionen {
				assert.Equal(t, ba.Dimensionen[i].Punkte, bb.Dimensionen[i].Punkte, "round %s %s", r.ID, ba.Dimensionen[i].ID)
			}
			require.Len(t, bb.Streuung, len(ba.Streuung), "round %s", r.ID)
			for i, s := range ba.Streuung {
				assert.Equal(t, s.Median, bb.Streuung[i].Median, "round %s %s", r.ID, s.Entwicklungsziel)
				assert.Equal(t, s.Anzahl, bb.Streuung[i].Anzahl, "round %s %s", r.ID, s.Entwicklungsziel)
			}
			require.Len(t, bb.Prioritaeten, len(ba.Prioritaeten), "round %s", r.ID)
			for i := range ba.Prioritaeten {
				assert.Equal(t, ba.Prioritaeten[i].Entwicklungsziel, bb.Prioritaeten[i].Entwicklungsziel, "round %s rank %d", r.ID, i+1)
				assert.Equal(t, ba.Prioritaeten[i].Wert, bb.Prioritaeten[i].Wert, "round %s rank %d", r.ID, i+1)
			}
		}
		for _, e := range back.Einschaetzungen {
			assert.Empty(t, e.Einschaetzende, "no rater key survives")
			assert.Empty(t, e.Person)
		}
	}
}

// TestFasseEinschaetzungenZusammenVonHand works through a small case by hand.
func TestFasseEinschaetzungenZusammenVonHand(t *testing.T) {
	d := func(tag int) time.Time { return time.Date(2026, 10, tag, 0, 0, 0, 0, time.UTC) }
	z := qualitaet.MustParseID("QD3.T1.Z1")
	p := &Profil{Einschaetzungen: []qualitaet.Einschaetzung{
		{Entwicklungsziel: z, Stufe: 1, Datum: d(1), Person: "A", Sektor: "gesundheitswesen"},
		{Entwicklungsziel: z, Stufe: 3, Datum: d(2), Person: "A", Sektor: "gesundheitswesen"}, // A's latest
		{Entwicklungsziel: z, Stufe: 3, Datum: d(1), Person: "B", Sektor: "gesundheitswesen"},
		{Entwicklungsziel: z, Stufe: 2, Datum: d(3), Person: "C", Sektor: "kinder-und-jugendhilfe"},
		{Entwicklungsziel: z, NichtBeurteilbar: true, Datum: d(1), Person: "D", Begruendung: "weiß nicht"},
		{Entwicklungsziel: qualitaet.MustParseID("QD3.T1.Z2"), Stufe: 4, Datum: d(1), Person: "C", Sektor: "kinder-und-jugendhilfe"},
	}}
	got := FasseEinschaetzungenZusammen(p, 2).Einschaetzungen
	want := []qualitaet.Einschaetzung{
		{Entwicklungsziel: z, Stufe: 2, StufeGesetzt: true, Datum: d(3), Anzahl: 1},
		{Entwicklungsziel: z, Stufe: 3, StufeGesetzt: true, Datum: d(3), Sektor: "gesundheitswesen", Anzahl: 2},
		{Entwicklungsziel: z, NichtBeurteilbar: true, Datum: d(3), Anzahl: 1},
		// C rated two goals, yet is one rater: the sector stays hidden.
		{Entwicklungsziel: qualitaet.MustParseID("QD3.T1.Z2"), Stufe: 4, StufeGesetzt: true, Datum: d(1), Anzahl: 1},
	}
	assert.Equal(t, want, got)
}

// TestAnzahlImProfil: an aggregated rating row names no person and gives
// no reason (the schema refuses both); rows of one goal share their day.
func TestAnzahlImProfil(t *testing.T) {
	kopf := `{"$schema": "` + SchemaID + `", "name": "Erfunden", "einschaetzungen": [`
	for _, tt := range []struct {
		name, zeilen string
		ok           bool
	}{
		{"aggregated", `{"entwicklungsziel": "QD3.T1.Z1", "stufe": 2, "datum": "2026-10-01", "anzahl": 3},
			{"entwicklungsziel": "QD3.T1.Z1", "stufe": 3, "datum": "2026-10-01", "anzahl": 1}`, true},
		{"with person", `{"entwicklungsziel": "QD3.T1.Z1", "stufe": 2, "datum": "2026-10-01", "anzahl": 3, "person": "Erika Mustermann"}`, false},
		{"with reason", `{"entwicklungsziel": "QD3.T1.Z1", "stufe": 2, "datum": "2026-10-01", "anzahl": 3, "begruendung": "x"}`, false},
		{"zero", `{"entwicklungsziel": "QD3.T1.Z1", "stufe": 2, "datum": "2026-10-01", "anzahl": 0}`, false},
		{"single rows still unique", `{"entwicklungsziel": "QD3.T1.Z1", "stufe": 2, "datum": "2026-10-01", "person": "A"},
			{"entwicklungsziel": "QD3.T1.Z1", "stufe": 3, "datum": "2026-10-01", "person": "A"}`, false},
	} {
		_, err := ParseProfil([]byte(kopf + tt.zeilen + `]}`))
		if tt.ok {
			assert.NoError(t, err, tt.name)
		} else {
			assert.Error(t, err, tt.name)
			assert.NotContains(t, fmt.Sprint(err), "Mustermann", tt.name)
		}
	}
}
