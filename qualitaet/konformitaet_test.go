package qualitaet

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// konformitaetsOrdner holds the language-neutral conformance vectors. Their
// expected figures are worked out by hand from the rule in the doc comment
// of [Aggregation]; each vector's "beschreibung" shows the arithmetic.
const konformitaetsOrdner = "../testdata/konformitaet"

func konformitaetsDateien(t *testing.T) []string {
	t.Helper()
	dateien, err := filepath.Glob(filepath.Join(konformitaetsOrdner, "*.json"))
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(dateien), 14, "number of conformance vectors")
	return dateien
}

func liesVektor(t *testing.T, datei string) *Konformitaetsvektor {
	t.Helper()
	f, err := os.Open(datei)
	require.NoError(t, err)
	defer f.Close()
	k, err := LiesKonformitaetsvektor(f)
	require.NoError(t, err, "LiesKonformitaetsvektor(%s)", datei)
	return k
}

// TestKonformitaetsvektoren runs every vector through Pruefe: the engine must
// produce exactly the hand-computed figures.
func TestKonformitaetsvektoren(t *testing.T) {
	for _, datei := range konformitaetsDateien(t) {
		t.Run(filepath.Base(datei), func(t *testing.T) {
			k := liesVektor(t, datei)
			abw, err := k.Pruefe(language.German)
			require.NoError(t, err)
			assert.Empty(t, abw, "Pruefe(%s) reports differences", filepath.Base(datei))
		})
	}
}

// konformitaetsMutation changes one expected figure of a vector and names
// the line Pruefe must report for it.
type konformitaetsMutation struct {
	name    string
	aendere func(k *Konformitaetsvektor)
	meldung string // the start of the expected difference line
}

func verschiebe(w Wert, um float64) Wert {
	f, ok := w.Zahl()
	if !ok {
		return WertVon(1)
	}
	if f+um > 100 {
		um = -um
	}
	return WertVon(math.Round((f+um)*10000) / 10000)
}

func verschiebeAnteil(a float64) float64 {
	if a >= 0.5 {
		return math.Round((a-0.0001)*10000) / 10000
	}
	return math.Round((a+0.0001)*10000) / 10000
}

// konformitaetsMutationen lists a mutation of every expected figure of k.
func konformitaetsMutationen(k *Konformitaetsvektor) []konformitaetsMutation {
	var ms []konformitaetsMutation
	if k.Erwartet.Runde != "" {
		ms = append(ms, konformitaetsMutation{"runde", func(k *Konformitaetsvektor) { k.Erwartet.Runde += "x" }, "runde: id: "})
	}
	for i, p := range k.Erwartet.Prioritaeten {
		ms = append(ms, konformitaetsMutation{string(p.Entwicklungsziel) + " prioritaet", func(k *Konformitaetsvektor) {
			k.Erwartet.Prioritaeten[i].Wert += 0.0001
		}, "prioritaeten: " + strconv.Itoa(i+1) + ": "})
	}
	for i, d := range k.Erwartet.Dimensionen {
		ms = append(ms,
			konformitaetsMutation{string(d.ID) + " punkte", func(k *Konformitaetsvektor) {
				k.Erwartet.Dimensionen[i].Punkte = verschiebe(k.Erwartet.Dimensionen[i].Punkte, 0.1)
			}, "dimensionen: " + string(d.ID) + " punkte: "},
			konformitaetsMutation{string(d.ID) + " abdeckung", func(k *Konformitaetsvektor) {
				k.Erwartet.Dimensionen[i].Abdeckung = verschiebeAnteil(k.Erwartet.Dimensionen[i].Abdeckung)
			}, "dimensionen: " + string(d.ID) + " abdeckung: "})
	}
	if k.Erwartet.Gesamt != nil {
		ms = append(ms,
			konformitaetsMutation{"gesamt punkte", func(k *Konformitaetsvektor) {
				k.Erwartet.Gesamt.Punkte = verschiebe(k.Erwartet.Gesamt.Punkte, 0.1)
			}, "gesamt: punkte: "},
			konformitaetsMutation{"gesamt abdeckung", func(k *Konformitaetsvektor) {
				k.Erwartet.Gesamt.Abdeckung = verschiebeAnteil(k.Erwartet.Gesamt.Abdeckung)
			}, "gesamt: abdeckung: "})
	}
	ms = append(ms, weitereMutationen(k)...)
	for i, z := range k.Erwartet.Ziele {
		ms = append(ms, konformitaetsMutation{string(z.ID) + " stufe", func(k *Konformitaetsvektor) {
			s := k.Erwartet.Ziele[i].Stufe
			if f, ok := s.Zahl(); ok && f >= 3 {
				k.Erwartet.Ziele[i].Stufe = WertVon(f - 1)
			} else {
				k.Erwartet.Ziele[i].Stufe = verschiebe(s, 1)
			}
		}, "ziele: " + string(z.ID) + " stufe: "})
		if z.Quelle != "" {
			ms = append(ms, konformitaetsMutation{string(z.ID) + " quelle", func(k *Konformitaetsvektor) {
				k.Erwartet.Ziele[i].Quelle = map[Quelle]Quelle{QuelleKeine: QuelleRegel, QuelleRegel: QuelleSelbst, QuelleSelbst: QuelleKeine, QuelleDialog: QuelleSelbst}[k.Erwartet.Ziele[i].Quelle]
			}, "ziele: " + string(z.ID) + " quelle: "})
		}
	}
	return ms
}

// weitereMutationen changes the parts added with the extended format:
// reasons of priorities, spreads, pre-assessments and expected refusals.
func weitereMutationen(k *Konformitaetsvektor) []konformitaetsMutation {
	var ms []konformitaetsMutation
	for i, p := range k.Erwartet.Prioritaeten {
		if p.Gruende != nil {
			ms = append(ms, konformitaetsMutation{string(p.Entwicklungsziel) + " gruende", func(k *Konformitaetsvektor) {
				k.Erwartet.Prioritaeten[i].Gruende = append(k.Erwartet.Prioritaeten[i].Gruende, Bedarf)
			}, "prioritaeten: " + strconv.Itoa(i+1) + ": "})
		}
	}
	for i, st := range k.Erwartet.Streuung {
		ms = append(ms,
			konformitaetsMutation{string(st.Entwicklungsziel) + " median", func(k *Konformitaetsvektor) {
				k.Erwartet.Streuung[i].Median += 0.5
			}, "streuung: " + strconv.Itoa(i+1) + ": "},
			konformitaetsMutation{string(st.Entwicklungsziel) + " divergent", func(k *Konformitaetsvektor) {
				k.Erwartet.Streuung[i].Divergent = !k.Erwartet.Streuung[i].Divergent
			}, "streuung: " + strconv.Itoa(i+1) + ": "},
			konformitaetsMutation{string(st.Entwicklungsziel) + " nichtBeurteilbar", func(k *Konformitaetsvektor) {
				k.Erwartet.Streuung[i].NichtBeurteilbar++
			}, "streuung: " + strconv.Itoa(i+1) + ": "})
	}
	for i, v := range k.Erwartet.Vorbewertungen {
		ms = append(ms, konformitaetsMutation{v.Regel + " stufe", func(k *Konformitaetsvektor) {
			k.Erwartet.Vorbewertungen[i].Stufe = (k.Erwartet.Vorbewertungen[i].Stufe + 1) % 5
		}, "vorbewertungen: " + strconv.Itoa(i+1) + ": "})
	}
	if k.Erwartet.Vorbewertungen != nil {
		ms = append(ms, konformitaetsMutation{"vorbewertung mehr", func(k *Konformitaetsvektor) {
			k.Erwartet.Vorbewertungen = append(k.Erwartet.Vorbewertungen, ErwarteteVorbewertung{Entwicklungsziel: "QD10.T4.Z2", Regel: "x", Stufe: 1})
		}, "vorbewertungen: " + strconv.Itoa(len(k.Erwartet.Vorbewertungen)+1) + ": "})
	}
	for i, f := range k.Erwartet.Fehler {
		ms = append(ms, konformitaetsMutation{f.Zeiger + " regel", func(k *Konformitaetsvektor) {
			k.Erwartet.Fehler[i].Regel = "zzz"
		}, "fehler: "})
	}
	return ms
}

// TestKonformitaetMutation: changing any single expected figure of a vector
// makes Pruefe report exactly that figure — so the vectors cannot pass by
// accident.
func TestKonformitaetMutation(t *testing.T) {
	// A readable table over a few vectors and fields first.
	tabelle := []struct {
		datei   string
		aendere func(k *Konformitaetsvektor)
		want    string
	}{
		{"02-regeln-sektoren.json", func(k *Konformitaetsvektor) { k.Erwartet.Dimensionen[2].Punkte = WertVon(50.1) }, "dimensionen: QD3 punkte: 50, erwartet 50.1"},
		{"02-regeln-sektoren.json", func(k *Konformitaetsvektor) { k.Erwartet.Gesamt.Abdeckung = 0.0249 }, "gesamt: abdeckung: 0.025, erwartet 0.0249"},
		{"01-leer.json", func(k *Konformitaetsvektor) { k.Erwartet.Dimensionen[0].Punkte = WertVon(0) }, "dimensionen: QD1 punkte: null, erwartet 0"},
		{"01-leer.json", func(k *Konformitaetsvektor) { k.Erwartet.Gesamt.Punkte = WertVon(0) }, "gesamt: punkte: null, erwartet 0"},
		{"11-rundung.json", func(k *Konformitaetsvektor) { k.Erwartet.Dimensionen[2].Punkte = WertVon(6.2) }, "dimensionen: QD3 punkte: 6.3, erwartet 6.2"},
		{"12-rundung-gesamt-ungerundet.json", func(k *Konformitaetsvektor) { k.Erwartet.Gesamt.Punkte = WertVon(20.9) }, "gesamt: punkte: 20.8, erwartet 20.9"},
		{"16-mehrere-mittelwert.json", func(k *Konformitaetsvektor) { k.Erwartet.Ziele[0].Stufe = WertVon(2) }, "ziele: QD3.T1.Z2 stufe: 2.5, erwartet 2"},
		{"14-mehrere-unterer-median.json", func(k *Konformitaetsvektor) { k.Erwartet.Ziele[3].Quelle = QuelleRegel }, "ziele: QD3.T1.Z4 quelle: keine, erwartet regel"},
		{"07-rahmen-2016.json", func(k *Konformitaetsvektor) {
			k.Erwartet.Dimensionen = append(k.Erwartet.Dimensionen, ErwarteteDimension{ID: "QD10"})
		}, "dimensionen: [QD1 QD2 QD3 QD4 QD5 QD6 QD7 QD8 QD9], erwartet [QD1 QD2 QD3 QD4 QD5 QD6 QD7 QD8 QD9 QD10]"},
	}
	for _, tt := range tabelle {
		t.Run(tt.datei+"/"+tt.want, func(t *testing.T) {
			k := liesVektor(t, filepath.Join(konformitaetsOrdner, tt.datei))
			tt.aendere(k)
			abw, err := k.Pruefe(language.German)
			require.NoError(t, err)
			assert.Equal(t, []string{tt.want}, abw)
		})
	}

	// Then every figure of every vector.
	for _, datei := range konformitaetsDateien(t) {
		k := liesVektor(t, datei)
		for _, m := range konformitaetsMutationen(k) {
			kopie := liesVektor(t, datei)
			m.aendere(kopie)
			abw, err := kopie.Pruefe(language.German)
			require.NoError(t, err)
			if assert.Len(t, abw, 1, "%s with %s changed: Pruefe = %q", filepath.Base(datei), m.name, abw) {
				assert.True(t, strings.HasPrefix(abw[0], m.meldung), "%s with %s changed: Pruefe = %q, want %q…", filepath.Base(datei), m.name, abw[0], m.meldung)
			}
		}
	}
}

// TestKonformitaetsvektorRundreise: a vector written with Dokument reads
// back equal and still passes.
func TestKonformitaetsvektorRundreise(t *testing.T) {
	for _, datei := range konformitaetsDateien(t) {
		t.Run(filepath.Base(datei), func(t *testing.T) {
			k := liesVektor(t, datei)
			data, err := k.Dokument()
			require.NoError(t, err)
			k2, err := LiesKonformitaetsvektor(bytes.NewReader(data))
			require.NoError(t, err)
			a, err := json.Marshal(k)
			require.NoError(t, err)
			b, err := json.Marshal(k2)
			require.NoError(t, err)
			assert.JSONEq(t, string(a), string(b))
			abw, err := k2.Pruefe(language.German)
			require.NoError(t, err)
			assert.Empty(t, abw)
		})
	}
}

// TestLiesKonformitaetsvektorRegelwerk: violations of an embedded Regelwerk
// point into the vector and the error is of kind konformitaet.
func TestLiesKonformitaetsvektorRegelwerk(t *testing.T) {
	data, err := os.ReadFile("../testdata/ungueltig/konformitaet-regelwerk.json")
	require.NoError(t, err)
	_, err = LiesKonformitaetsvektor(bytes.NewReader(data))
	var fe *schema.ValidierungsFehler
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, schema.ArtKonformitaet, fe.Art)
	var zeiger []string
	for _, v := range fe.Verletzungen {
		zeiger = append(zeiger, v.Zeiger)
	}
	assert.Equal(t, []string{"/eingabe/regelwerk/regeln/1/id", "/eingabe/regelwerk/regeln/2/bis"}, zeiger)
}

// FuzzLiesKonformitaetsvektor: no input panics, neither reading nor
// evaluating a vector that reads.
func FuzzLiesKonformitaetsvektor(f *testing.F) {
	for _, muster := range []string{konformitaetsOrdner + "/*.json", "../testdata/ungueltig/konformitaet-*.json"} {
		dateien, err := filepath.Glob(muster)
		require.NoError(f, err)
		for _, d := range dateien {
			data, err := os.ReadFile(d)
			require.NoError(f, err)
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		k, err := LiesKonformitaetsvektor(bytes.NewReader(data))
		if err != nil {
			return
		}
		_, _ = k.Pruefe(language.German)
	})
}

// TestReadmeKonformitaetsvektor: the example in the README's section
// "Conformance vectors" is a real vector and passes.
func TestReadmeKonformitaetsvektor(t *testing.T) {
	data, err := os.ReadFile("../README.md")
	require.NoError(t, err)
	text := string(data)
	i := strings.Index(text, "## Conformance vectors")
	require.GreaterOrEqual(t, i, 0)
	text = text[i:]
	anfang := strings.Index(text, "```json\n")
	require.GreaterOrEqual(t, anfang, 0)
	text = text[anfang+len("```json\n"):]
	ende := strings.Index(text, "```")
	require.GreaterOrEqual(t, ende, 0)
	k, err := LiesKonformitaetsvektor(strings.NewReader(text[:ende]))
	require.NoError(t, err)
	require.NotNil(t, k.Erwartet.Gesamt)
	abw, err := k.Pruefe(language.English)
	require.NoError(t, err)
	assert.Empty(t, abw)
	// The rating after the Stichtag is what the example shows: without it
	// the figures would differ.
	k.Eingabe.Zeitpunkt = nil
	abw, err = k.Pruefe(language.English)
	require.NoError(t, err)
	assert.NotEmpty(t, abw)
}
