package qualitaet

import (
	"bytes"
	"errors"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func TestStandardRegelwerk(t *testing.T) {
	rw := StandardRegelwerk()
	require.NoError(t, rw.Validate())
	assert.Equal(t, "standard", rw.ID)
	require.Len(t, rw.Skala, 5)
	for i, s := range rw.Skala {
		assert.Equal(t, Stufe(i), s.Stufe)
		assert.NotEmpty(t, s.Bezeichnung, "Skala[%d].Bezeichnung", i)
		assert.NotEmpty(t, s.BezeichnungEn, "Skala[%d].BezeichnungEn", i)
	}
	assert.NotEmpty(t, rw.Regeln)

	// Each call returns a copy of its own.
	rw.Regeln[0].Stufe = 4
	rw.Skala[0].Bezeichnung = "geändert"
	rw.Gewichte.Dimensionen = map[ID]float64{"QD3": 9}
	neu := StandardRegelwerk()
	assert.NotEqual(t, Stufe(4), neu.Regeln[0].Stufe, "StandardRegelwerk shares its rules")
	assert.Equal(t, "nicht begonnen", neu.Skala[0].Bezeichnung)
	assert.Equal(t, 1.0, neu.Gewichte.Dimension("QD3"))

	// The document form validates against the schema and reads back equal.
	data, err := neu.Dokument()
	require.NoError(t, err)
	v, err := schema.Standard().Dekodiere(data)
	require.NoError(t, err)
	require.NoError(t, schema.Standard().Pruefe(schema.ArtRegelwerk, v))
	wieder, err := ParseRegelwerk(data)
	require.NoError(t, err)
	assert.Equal(t, neu, wieder)
}

// TestStandardRegelwerkZiele: every rule and weight of the default names a
// goal or dimension of the 2.0 catalogue; every rule's level is labelled.
func TestStandardRegelwerkZiele(t *testing.T) {
	r := Standard()
	rw := StandardRegelwerk()
	for _, regel := range rw.Regeln {
		_, ok := r.Entwicklungsziel(regel.Entwicklungsziel)
		assert.True(t, ok, "rule %s names %s, which the 2.0 catalogue lacks", regel.ID, regel.Entwicklungsziel)
		assert.NotEmpty(t, rw.Bezeichnung(regel.Stufe, language.German))
		assert.NotContains(t, regel.BegruendungEn, "ä", "rule %s: English reason looks German", regel.ID)
	}
	for id := range rw.Gewichte.Dimensionen {
		_, ok := r.Dimension(id)
		assert.True(t, ok, "weight for unknown dimension %s", id)
	}
	for id := range rw.Gewichte.Entwicklungsziele {
		_, ok := r.Entwicklungsziel(id)
		assert.True(t, ok, "weight for unknown goal %s", id)
	}
}

// TestStandardRegelwerkSteckbrief: facts of a Steckbrief and its network
// alone (names kommune.* and netzwerk.*) pre-assess goals in at least three
// dimensions.
func TestStandardRegelwerkSteckbrief(t *testing.T) {
	fakten := Fakten{Zahlen: map[string]float64{
		"kommune.netzwerk.erstesDokumentAlterJahre": 18,
		"kommune.budget.gesamt":                     120000,
		"kommune.budget.proKindU3":                  35,
		"netzwerk.gesundheit.vorhanden":             1,
		"netzwerk.regionalnetzwerke.anzahl":         3,
		"netzwerk.sektoren.anzahl":                  6,
		"netzwerk.koordination.vorhanden":           1,
		"netzwerk.alter.jahre":                      12,
		"netzwerk.akteure.anzahl":                   85,
		"netzwerk.lenkungsgruppe.vorhanden":         1,
	}}
	for name := range fakten.Zahlen {
		require.True(t, strings.HasPrefix(name, "kommune.") || strings.HasPrefix(name, "netzwerk."), name)
	}
	b, err := Bewerte(Eingabe{Fakten: fakten, Zeitpunkt: Konformitaetszeitpunkt})
	require.NoError(t, err)
	var dims []ID
	for _, d := range b.Dimensionen {
		for _, z := range d.Entwicklungsziele {
			if z.Quelle == QuelleRegel && !slices.Contains(dims, d.ID) {
				dims = append(dims, d.ID)
			}
		}
	}
	assert.GreaterOrEqual(t, len(dims), 3, "dimensions pre-assessed from Steckbrief facts: %v", dims)
}

// regelwerkMitRegel returns a valid Regelwerk with one rule changed by f.
func regelwerkMitRegel(f func(r *Regel)) *Regelwerk {
	rw := StandardRegelwerk()
	wert := 1.0
	r := Regel{ID: "r", Entwicklungsziel: "QD3.T1.Z1", Fakt: "netzwerk.koordination.vorhanden", Grundlage: "Testregel",
		Operator: Gleich, Wert: &wert, Stufe: 2, Begruendung: "{fakt} = {wert}", BegruendungEn: "{fakt} = {wert}"}
	f(&r)
	rw.Regeln = []Regel{r}
	return rw
}

func zahlZeiger(f float64) *float64 { return &f }

func TestRegelwerkValidate(t *testing.T) {
	type verstoss struct{ zeiger, regel string }
	tests := []struct {
		name string
		rw   *Regelwerk
		want []verstoss
	}{
		{"valid", regelwerkMitRegel(func(*Regel) {}), nil},
		{"scale too short", func() *Regelwerk { rw := StandardRegelwerk(); rw.Skala = rw.Skala[:4]; return rw }(),
			[]verstoss{{"/skala", "skala"}}},
		{"scale in wrong order", func() *Regelwerk {
			rw := StandardRegelwerk()
			rw.Skala[1], rw.Skala[2] = rw.Skala[2], rw.Skala[1]
			return rw
		}(), []verstoss{{"/skala/1/stufe", "skala"}, {"/skala/2/stufe", "skala"}}},
		{"dimension weight 0", func() *Regelwerk {
			rw := StandardRegelwerk()
			rw.Gewichte.Dimensionen = map[ID]float64{"QD3": 0}
			return rw
		}(), []verstoss{{"/gewichte/dimensionen/QD3", "gewicht"}}},
		{"negative goal weight", func() *Regelwerk {
			rw := StandardRegelwerk()
			rw.Gewichte.Entwicklungsziele = map[ID]float64{"QD3.T1.Z1": -1}
			return rw
		}(), []verstoss{{"/gewichte/entwicklungsziele/QD3.T1.Z1", "gewicht"}}},
		{"NaN and infinite weights", func() *Regelwerk {
			rw := StandardRegelwerk()
			rw.Gewichte.Dimensionen = map[ID]float64{"QD2": math.NaN(), "QD4": math.Inf(1)}
			return rw
		}(), []verstoss{{"/gewichte/dimensionen/QD2", "gewicht"}, {"/gewichte/dimensionen/QD4", "gewicht"}}},
		{"weight for a Thema", func() *Regelwerk {
			rw := StandardRegelwerk()
			rw.Gewichte.Dimensionen = map[ID]float64{"QD3.T1": 1}
			rw.Gewichte.Entwicklungsziele = map[ID]float64{"QD3": 1}
			return rw
		}(), []verstoss{{"/gewichte/dimensionen/QD3.T1", "id"}, {"/gewichte/entwicklungsziele/QD3", "id"}}},
		{"duplicate rule ID, each duplicate names the first", func() *Regelwerk {
			rw := regelwerkMitRegel(func(*Regel) {})
			rw.Regeln = append(rw.Regeln, rw.Regeln[0], rw.Regeln[0])
			return rw
		}(), []verstoss{{"/regeln/1/id", "eindeutig"}, {"/regeln/2/id", "eindeutig"}}},
		{"vorhanden with a threshold", regelwerkMitRegel(func(r *Regel) { r.Operator = Vorhanden }),
			[]verstoss{{"/regeln/0", "schwelle"}}},
		{"gleich without wert", regelwerkMitRegel(func(r *Regel) { r.Wert = nil }),
			[]verstoss{{"/regeln/0", "schwelle"}}},
		{"mindestens with text", regelwerkMitRegel(func(r *Regel) { r.Operator, r.Text = Mindestens, "x" }),
			[]verstoss{{"/regeln/0", "schwelle"}}},
		{"hoechstens with von", regelwerkMitRegel(func(r *Regel) { r.Operator, r.Von = Hoechstens, zahlZeiger(1) }),
			[]verstoss{{"/regeln/0", "schwelle"}}},
		{"hoechstens with NaN", regelwerkMitRegel(func(r *Regel) { r.Operator, r.Wert = Hoechstens, zahlZeiger(math.NaN()) }),
			[]verstoss{{"/regeln/0", "schwelle"}}},
		{"zwischen without bis", regelwerkMitRegel(func(r *Regel) { r.Operator, r.Wert, r.Von = Zwischen, nil, zahlZeiger(1) }),
			[]verstoss{{"/regeln/0", "schwelle"}}},
		{"zwischen with wert", regelwerkMitRegel(func(r *Regel) { r.Operator, r.Von, r.Bis = Zwischen, zahlZeiger(1), zahlZeiger(2) }),
			[]verstoss{{"/regeln/0", "schwelle"}}},
		{"zwischen with von > bis", regelwerkMitRegel(func(r *Regel) { r.Operator, r.Wert, r.Von, r.Bis = Zwischen, nil, zahlZeiger(3), zahlZeiger(2) }),
			[]verstoss{{"/regeln/0/bis", "schwelle"}}},
		{"zwischen with von = bis", regelwerkMitRegel(func(r *Regel) { r.Operator, r.Wert, r.Von, r.Bis = Zwischen, nil, zahlZeiger(2), zahlZeiger(2) }),
			nil},
		{"enthaelt without text", regelwerkMitRegel(func(r *Regel) { r.Operator, r.Wert, r.Fakt = Enthaelt, nil, "ziele.dimensionen" }),
			[]verstoss{{"/regeln/0", "schwelle"}}},
		{"enthaelt with wert", regelwerkMitRegel(func(r *Regel) { r.Operator, r.Text, r.Fakt = Enthaelt, "x", "ziele.dimensionen" }),
			[]verstoss{{"/regeln/0", "schwelle"}}},
		{"enthaelt on a list fact", regelwerkMitRegel(func(r *Regel) { r.Operator, r.Wert, r.Text, r.Fakt = Enthaelt, nil, "QD3", "ziele.dimensionen" }),
			nil},
		{"enthaelt on a number fact", regelwerkMitRegel(func(r *Regel) { r.Operator, r.Wert, r.Text = Enthaelt, nil, "QD3" }),
			[]verstoss{{"/regeln/0/fakt", "fakt"}}},
		{"mindestens on a list fact", regelwerkMitRegel(func(r *Regel) { r.Operator, r.Fakt = Mindestens, "netzwerk.sektoren.fehlend" }),
			[]verstoss{{"/regeln/0/fakt", "fakt"}}},
		{"vorhanden on a list fact", regelwerkMitRegel(func(r *Regel) { r.Operator, r.Wert, r.Fakt = Vorhanden, nil, "netzwerk.sektoren.fehlend" }),
			nil},
		{"unknown fact", regelwerkMitRegel(func(r *Regel) { r.Fakt = "netzwerk.sektoren.anzahll" }),
			[]verstoss{{"/regeln/0/fakt", "fakt"}}},
		{"unknown fact with an unknown operator: both named", regelwerkMitRegel(func(r *Regel) { r.Fakt, r.Operator = "f.a", "groesser" }),
			[]verstoss{{"/regeln/0/fakt", "fakt"}, {"/regeln/0/operator", "enum"}}},
		{"no Grundlage", regelwerkMitRegel(func(r *Regel) { r.Grundlage = " " }),
			[]verstoss{{"/regeln/0/grundlage", "minLength"}}},
		{"no Herkunft", func() *Regelwerk { rw := StandardRegelwerk(); rw.Herkunft = ""; return rw }(),
			[]verstoss{{"/herkunft", "enum"}}},
		{"unknown Herkunft", func() *Regelwerk { rw := StandardRegelwerk(); rw.Herkunft = "bund"; return rw }(),
			[]verstoss{{"/herkunft", "enum"}}},
		{"no Hinweis", func() *Regelwerk { rw := StandardRegelwerk(); rw.Hinweis = ""; return rw }(),
			[]verstoss{{"/hinweis", "minLength"}}},
		{"unknown operator", regelwerkMitRegel(func(r *Regel) { r.Operator = "groesser" }),
			[]verstoss{{"/regeln/0/operator", "enum"}}},
		{"not a goal", regelwerkMitRegel(func(r *Regel) { r.Entwicklungsziel = "QD3.T1" }),
			[]verstoss{{"/regeln/0/entwicklungsziel", "id"}}},
		{"no fact", regelwerkMitRegel(func(r *Regel) { r.Fakt = "" }),
			[]verstoss{{"/regeln/0/fakt", "minLength"}}},
		{"level off the scale", regelwerkMitRegel(func(r *Regel) { r.Stufe = 5 }),
			[]verstoss{{"/regeln/0/stufe", "skala"}}},
		{"unknown placeholder", regelwerkMitRegel(func(r *Regel) { r.BegruendungEn = "{wert} of {gesamt}" }),
			[]verstoss{{"/regeln/0/begruendungEn", "vorlage"}}},
		{"unclosed placeholder", regelwerkMitRegel(func(r *Regel) { r.Begruendung = "{schwelle} {wert" }),
			[]verstoss{{"/regeln/0/begruendung", "vorlage"}}},
		{"unknown geradeAnzahl", func() *Regelwerk {
			rw := StandardRegelwerk()
			rw.Aggregation.GeradeAnzahl = "median"
			return rw
		}(), []verstoss{{"/aggregation/geradeAnzahl", "enum"}}},
		{"negative schwerpunktFaktor", func() *Regelwerk {
			rw := StandardRegelwerk()
			rw.Aggregation.SchwerpunktFaktor = -1
			return rw
		}(), []verstoss{{"/aggregation/schwerpunktFaktor", "gewicht"}}},
		{"schwerpunktFaktor 0 means 1", func() *Regelwerk {
			rw := StandardRegelwerk()
			rw.Aggregation = Aggregation{}
			return rw
		}(), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.rw.Validate()
			if tt.want == nil {
				assert.NoError(t, err)
				return
			}
			var fe *schema.ValidierungsFehler
			require.True(t, errors.As(err, &fe), "Validate() = %v, want *schema.ValidierungsFehler", err)
			assert.Equal(t, schema.ArtRegelwerk, fe.Art)
			var got []verstoss
			for _, v := range fe.Verletzungen {
				got = append(got, verstoss{v.Zeiger, v.Regel})
				assert.NotEmpty(t, v.Meldung, "German message at %s", v.Zeiger)
				assert.NotEmpty(t, v.Message, "English message at %s", v.Zeiger)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestRegelwerkValidateTexte(t *testing.T) {
	rw := regelwerkMitRegel(func(*Regel) {})
	rw.Regeln = append(rw.Regeln, rw.Regeln[0], rw.Regeln[0])
	rw.Regeln[1].Begruendung = "{name}"
	err := rw.Validate()
	var fe *schema.ValidierungsFehler
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "ungültiges Dokument (3 Verstöße)\n"+
		"  /regeln/1/begruendung: unbekannter Platzhalter {name} (erlaubt: {wert}, {schwelle}, {fakt})\n"+
		"  /regeln/1/id: Regel-ID \"r\" kommt doppelt vor (zuerst bei Regel 0)\n"+
		"  /regeln/2/id: Regel-ID \"r\" kommt doppelt vor (zuerst bei Regel 0)", fe.Text(language.German))
	assert.Equal(t, "invalid document (3 violations)\n"+
		"  /regeln/1/begruendung: unknown placeholder {name} (allowed: {wert}, {schwelle}, {fakt})\n"+
		"  /regeln/1/id: rule ID \"r\" occurs twice (first at rule 0)\n"+
		"  /regeln/2/id: rule ID \"r\" occurs twice (first at rule 0)", fe.Text(language.English))
}

// TestRegelwerkSchemaGewicht: the schema rejects a weight of 0 as well, at
// the same pointer as Validate.
func TestRegelwerkSchemaGewicht(t *testing.T) {
	rw := StandardRegelwerk()
	rw.Gewichte.Dimensionen = map[ID]float64{"QD3": 0}
	data, err := rw.Dokument()
	require.NoError(t, err)
	_, err = ParseRegelwerk(data)
	var fe *schema.ValidierungsFehler
	require.ErrorAs(t, err, &fe)
	require.Len(t, fe.Verletzungen, 1)
	assert.Equal(t, "/gewichte/dimensionen/QD3", fe.Verletzungen[0].Zeiger)
	assert.Equal(t, "exclusiveMinimum", fe.Verletzungen[0].Regel)
}

func TestOperator(t *testing.T) {
	namen := map[Operator]string{Vorhanden: "vorhanden", Gleich: "gleich", Mindestens: "mindestens",
		Hoechstens: "hoechstens", Zwischen: "zwischen", Enthaelt: "enthaelt"}
	for o, name := range namen {
		assert.True(t, o.Valid(), name)
		assert.Equal(t, name, o.String())
		p, err := ParseOperator(name)
		require.NoError(t, err)
		assert.Equal(t, o, p, "ParseOperator(%q)", name)
		text, err := o.MarshalText()
		require.NoError(t, err)
		var u Operator
		require.NoError(t, u.UnmarshalText(text))
		assert.Equal(t, o, u, "UnmarshalText(MarshalText(%s))", name)
	}
	for _, falsch := range []string{"", "Gleich", "groesser", "größer"} {
		_, err := ParseOperator(falsch)
		assert.ErrorContains(t, err, `"`+falsch+`"`, "ParseOperator(%q) quotes its input", falsch)
		o := Operator(falsch)
		assert.False(t, o.Valid())
		assert.Equal(t, "Operator("+falsch+")", o.String())
		_, err = o.MarshalText()
		assert.Error(t, err)
		u := Mindestens
		assert.Error(t, u.UnmarshalText([]byte(falsch)))
		assert.Equal(t, Mindestens, u, "a failed UnmarshalText leaves the value alone")
	}

	for g, name := range map[GeradeAnzahl]string{UntererMedian: "unterer", ObererMedian: "oberer", MittelDerMitte: "mittelwert"} {
		assert.Equal(t, name, g.String())
		var u GeradeAnzahl
		require.NoError(t, u.UnmarshalText([]byte(name)))
		assert.Equal(t, g, u)
	}
	var g GeradeAnzahl
	assert.ErrorContains(t, g.UnmarshalText([]byte("median")), `"median"`)
	assert.Equal(t, "GeradeAnzahl(median)", GeradeAnzahl("median").String())
}

// TestLiesRegelwerk reads every Regelwerk under testdata/regelwerk.
func TestLiesRegelwerk(t *testing.T) {
	dateien, err := filepath.Glob("../testdata/regelwerk/*.json")
	require.NoError(t, err)
	require.NotEmpty(t, dateien)
	for _, datei := range dateien {
		t.Run(filepath.Base(datei), func(t *testing.T) {
			f, err := os.Open(datei)
			require.NoError(t, err)
			defer f.Close()
			rw, err := LiesRegelwerk(f)
			require.NoError(t, err)
			require.NoError(t, rw.Validate())
			r := Standard()
			for _, regel := range rw.Regeln {
				_, ok := r.Entwicklungsziel(regel.Entwicklungsziel)
				assert.True(t, ok, "rule %s names unknown goal %s", regel.ID, regel.Entwicklungsziel)
			}
			data, err := rw.Dokument()
			require.NoError(t, err)
			wieder, err := ParseRegelwerk(data)
			require.NoError(t, err)
			assert.Equal(t, rw, wieder, "Dokument round trip")
		})
	}
}

// TestLandBeispiel evaluates with the Land's Regelwerk; the figures are
// worked out by hand below.
func TestLandBeispiel(t *testing.T) {
	f, err := os.Open("../testdata/regelwerk/land-beispiel.json")
	require.NoError(t, err)
	defer f.Close()
	rw, err := LiesRegelwerk(f)
	require.NoError(t, err)
	assert.Equal(t, 2.0, rw.Gewichte.Dimension("QD3"))
	assert.Equal(t, 1.0, rw.Gewichte.Dimension("QD4"))
	assert.Equal(t, 3.0, rw.Gewichte.Entwicklungsziel("QD5.T1.Z1"))

	b, err := Bewerte(Eingabe{
		Regelwerk: rw,
		Zuschnitt: &Zuschnitt{Rahmen: Version20, Schwerpunkte: []ID{"QD5"}},
		Fakten: Fakten{
			Zahlen: map[string]float64{"netzwerk.sektoren.anzahl": 6, "netzwerk.koordination.vollzeitaequivalente": 0.5},
			Listen: map[string][]string{"netzwerk.sektoren.fehlend": {"gesundheitswesen", "suchtberatung"}},
		},
		Einschaetzungen: []Einschaetzung{
			{Entwicklungsziel: "QD5.T1.Z1", StufeGesetzt: true, Stufe: 2, Person: "A"},
			{Entwicklungsziel: "QD5.T1.Z1", StufeGesetzt: true, Stufe: 3, Person: "B"},
			{Entwicklungsziel: "QD3.T1.Z1", StufeGesetzt: true, Stufe: 4, Person: "A"},
		},
		Zeitpunkt: Konformitaetszeitpunkt,
	})
	require.NoError(t, err)
	// QD3: T1.Z1 = 4 (weight 2), T1.Z2 = 2 (6 in 4–6; "sehr breit" needs 7):
	// 100·(2·4/4 + 1·2/4)/(2 + 1) = 250/3 = 83.33… → 83.3; coverage 3/9 → 0.3333.
	assert.Equal(t, "83.3", b.Dimensionen[2].Punkte.String())
	assert.Equal(t, 0.3333, b.Dimensionen[2].Abdeckung)
	// QD5: T1.Z1 = mean of the middle 2.5 (weight 3), T3.Z2 = 1 (0.5 ≤ 0.5):
	// 100·(3·2.5/4 + 1·1/4)/(3 + 1) = 100·(8.5/4)/4 = 53.125 → 53.1; coverage 4/10 → 0.4.
	assert.Equal(t, "53.1", b.Dimensionen[4].Punkte.String())
	assert.Equal(t, 0.4, b.Dimensionen[4].Abdeckung)
	// QD1: T1.Z1 = 0 (health care missing) → 0 points.
	assert.Equal(t, "0", b.Dimensionen[0].Punkte.String())
	// Overall: W(QD3) = 2, W(QD5) = 1.5·2 = 3, W(QD1) = 1:
	// (2·250/3 + 3·53.125 + 1·0)/(2 + 3 + 1) = (166.67 + 159.375)/6 = 54.34… → 54.3.
	assert.Equal(t, "54.3", b.Gesamt.Punkte.String())
	assert.LessOrEqual(t, len(b.Prioritaeten), 5)
}

// TestGoldenRegelwerkUngueltig parses every
// testdata/ungueltig/regelwerk-*.json and compares the German error text
// with its .fehler.txt (refresh: go test ./qualitaet/ -run Golden -update).
func TestGoldenRegelwerkUngueltig(t *testing.T) {
	goldenUngueltig(t, "regelwerk-*.json", func(data []byte) error {
		_, err := LiesRegelwerk(bytes.NewReader(data))
		return err
	})
}

// TestGoldenKonformitaetUngueltig does the same for invalid conformance
// vectors (testdata/ungueltig/konformitaet-*.json).
func TestGoldenKonformitaetUngueltig(t *testing.T) {
	goldenUngueltig(t, "konformitaet-*.json", func(data []byte) error {
		_, err := LiesKonformitaetsvektor(bytes.NewReader(data))
		return err
	})
}

func goldenUngueltig(t *testing.T, muster string, lies func([]byte) error) {
	t.Helper()
	dateien, err := filepath.Glob(filepath.Join("../testdata/ungueltig", muster))
	require.NoError(t, err)
	require.NotEmpty(t, dateien, muster)
	for _, datei := range dateien {
		t.Run(filepath.Base(datei), func(t *testing.T) {
			data, err := os.ReadFile(datei)
			require.NoError(t, err)
			err = lies(data)
			var fe *schema.ValidierungsFehler
			require.ErrorAs(t, err, &fe, "reading %s", datei)
			assert.ErrorIs(t, err, schema.ErrUngueltig)
			for _, v := range fe.Verletzungen {
				assert.NotEmpty(t, v.Message, "English text of %s", v.Zeiger)
			}
			got := fe.Text(language.German) + "\n"
			golden := strings.TrimSuffix(datei, ".json") + ".fehler.txt"
			if *update {
				require.NoError(t, os.WriteFile(golden, []byte(got), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err)
			assert.Equal(t, string(want), got)
		})
	}
}

// FuzzParseRegelwerk: no input panics; what parses is valid and survives a
// round trip through its document form.
func FuzzParseRegelwerk(f *testing.F) {
	for _, muster := range []string{"../testdata/regelwerk/*.json", "../testdata/ungueltig/regelwerk-*.json", "regelwerk/*.json"} {
		dateien, err := filepath.Glob(muster)
		require.NoError(f, err)
		for _, d := range dateien {
			data, err := os.ReadFile(d)
			require.NoError(f, err)
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		rw, err := ParseRegelwerk(data)
		if err != nil {
			var fe *schema.ValidierungsFehler
			require.ErrorAs(t, err, &fe)
			return
		}
		require.NoError(t, rw.Validate())
		doc, err := rw.Dokument()
		require.NoError(t, err)
		_, err = ParseRegelwerk(doc)
		require.NoError(t, err)
	})
}
