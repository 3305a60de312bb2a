package qualitaet_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
)

// refLies reads a vector file: the parsed vector and its text.
func refLies(t testing.TB, datei string) (*qualitaet.Konformitaetsvektor, []byte) {
	t.Helper()
	data, err := os.ReadFile(datei)
	require.NoError(t, err)
	k, err := qualitaet.LiesKonformitaetsvektor(bytes.NewReader(data))
	require.NoError(t, err, datei)
	return k, data
}

// refEngine evaluates a vector with the engine.
func refEngine(t testing.TB, k *qualitaet.Konformitaetsvektor) *qualitaet.Bewertung {
	t.Helper()
	r, err := qualitaet.RahmenVersion(k.Eingabe.Rahmen)
	require.NoError(t, err)
	f, err := k.Eingabe.Fakten.Fakten()
	require.NoError(t, err)
	e := qualitaet.Eingabe{Rahmen: r, Zuschnitt: k.Eingabe.Zuschnitt, Regelwerk: k.Eingabe.Regelwerk, Fakten: f,
		Einschaetzungen: k.Eingabe.Einschaetzungen, Runden: k.Eingabe.Runden, Runde: k.Eingabe.Runde}
	if k.Eingabe.Zeitpunkt != nil {
		e.Zeitpunkt = *k.Eingabe.Zeitpunkt
	}
	b, err := qualitaet.Bewerte(e)
	require.NoError(t, err)
	return b
}

func refZielIDs(b *qualitaet.Bewertung) []qualitaet.ID {
	var ids []qualitaet.ID
	for _, d := range b.Dimensionen {
		for _, z := range d.Entwicklungsziele {
			ids = append(ids, z.ID)
		}
	}
	return ids
}

// refVektorDateien lists the vectors that expect figures (not a refusal).
func refVektorDateien(t testing.TB) []string {
	t.Helper()
	dateien, err := filepath.Glob("../testdata/konformitaet/*.json")
	require.NoError(t, err)
	var out []string
	for _, d := range dateien {
		if k, _ := refLies(t, d); k.Erwartet.Fehler == nil {
			out = append(out, d)
		}
	}
	return out
}

// TestReferenzVektoren: on every vector the reference evaluation computes
// what the vector expects, and the engine computes what the reference
// does — every goal, every dimension, the pre-assessments and spreads.
func TestReferenzVektoren(t *testing.T) {
	for _, datei := range refVektorDateien(t) {
		t.Run(filepath.Base(datei), func(t *testing.T) {
			k, data := refLies(t, datei)
			ref := refVektor(k, data, refSchalter{})
			want, got := refErwartetZeilen(k, ref)
			assert.Equal(t, want, got, "reference against the vector's expectation")
			b := refEngine(t, k)
			ids := refZielIDs(b)
			assert.Equal(t, ref.zeilen(ids), refEngineZeilen(b, ids), "engine against the reference")
		})
	}
}

// TestReferenzFalscheEngines: the vectors catch an engine that computes
// with float64, one that compares names without NFC, and one that pools
// ratings dated after the Stichtag — each fails at least one vector.
func TestReferenzFalscheEngines(t *testing.T) {
	dateien := refVektorDateien(t)
	for _, tt := range []struct {
		name     string
		s        qualitaet_refSchalter
		erwartet []string // vectors that must catch it
	}{
		{"float64", qualitaet_refSchalter{float64: true}, []string{"28-exakte-vergleiche.json", "29-exakt-zwischen.json", "30-gewichte-genau.json", "45-gewicht-genau.json", "46-schwerpunktfaktor-genau.json"}},
		{"ohne NFC", qualitaet_refSchalter{ohneNFC: true}, []string{"25-nfc-namen.json", "26-enthaelt-schreibweise.json"}},
		{"ohne Stichtag", qualitaet_refSchalter{ohneStichtag: true}, []string{"24-stichtag.json"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var gefangen []string
			for _, datei := range dateien {
				k, data := refLies(t, datei)
				want, got := refErwartetZeilen(k, refVektor(k, data, refSchalter(tt.s)))
				if fmt.Sprint(want) != fmt.Sprint(got) {
					gefangen = append(gefangen, filepath.Base(datei))
				}
			}
			t.Logf("%s engine fails %v", tt.name, gefangen)
			for _, v := range tt.erwartet {
				assert.Contains(t, gefangen, v, "the %s engine must fail %s", tt.name, v)
			}
		})
	}
}

// qualitaet_refSchalter names refSchalter in the table above.
type qualitaet_refSchalter = refSchalter

// refZufallsVektor writes a vector from random choices: ratings with
// NFC/NFD names, unnamed ones, "nicht beurteilbar", Entwicklungsbedarf,
// dates around a Stichtag; facts and thresholds from adversarial decimals;
// decimal weights; every operator and median rule; focus dimensions;
// divergence thresholds and priority counts.
func refZufallsVektor(rng *rand.Rand) []byte {
	dez := []string{"0.1", "0.2", "0.3", "0.35", "0.7", "1", "2", "0.30000000000000000001", "9007199254740992", "9007199254740993", "1e-1", "3", "5"}
	ziele := []string{"QD1.T1.Z1", "QD1.T1.Z2", "QD3.T1.Z1", "QD3.T1.Z2", "QD4.T1.Z1", "QD6.T2.Z1"}
	fakten := []string{"netzwerk.sektoren.anteil", "netzwerk.akteure.anzahl", "kommune.budget.anteilBundesstiftung"}
	namen := []string{"", "Zoë", "Zoe\u0308", "a", "b"}
	w := func(l []string) string { return l[rng.IntN(len(l))] }
	var regeln []string
	for i := range rng.IntN(5) {
		op := w([]string{"gleich", "mindestens", "hoechstens", "zwischen", "vorhanden", "enthaelt"})
		fakt, schwelle := w(fakten), ""
		switch op {
		case "zwischen":
			a, b := w(dez), w(dez)
			if genau := (refSchalter{}); genau.zahl(jsonNumber(a)).Cmp(genau.zahl(jsonNumber(b))) > 0 {
				a, b = b, a
			}
			schwelle = fmt.Sprintf(`,"von":%s,"bis":%s`, a, b)
		case "vorhanden":
		case "enthaelt":
			fakt, schwelle = "netzwerk.sektoren.vorhanden", fmt.Sprintf(`,"text":%q`, w([]string{"frühförderung", "fru\u0308hfo\u0308rderung", "Schule"}))
		default:
			schwelle = `,"wert":` + w(dez)
		}
		regeln = append(regeln, fmt.Sprintf(`{"id":"r%d","entwicklungsziel":%q,"fakt":%q,"grundlage":"Test.","operator":%q%s,"stufe":%d,"begruendung":"x","begruendungEn":"x"}`,
			i, w(ziele), fakt, op, schwelle, rng.IntN(5)))
	}
	var zahlen []string
	for _, f := range fakten {
		if rng.IntN(3) > 0 {
			zahlen = append(zahlen, fmt.Sprintf("%q:%s", f, w(dez)))
		}
	}
	liste := `"netzwerk.sektoren.vorhanden":["schule","frühförderung"]`
	if rng.IntN(2) == 0 {
		liste = `"netzwerk.sektoren.vorhanden":[]`
	}
	var es []string
	for range rng.IntN(10) {
		stufe := fmt.Sprintf(`"stufe":%d`, rng.IntN(5))
		if rng.IntN(6) == 0 {
			stufe = `"nichtBeurteilbar":true`
		}
		person := ""
		if n := w(namen); n != "" {
			person = fmt.Sprintf(`,"person":%q`, n)
		}
		if b := w([]string{"", "", "gering", "mittel", "hoch"}); b != "" {
			person += fmt.Sprintf(`,"entwicklungsbedarf":%q`, b)
		}
		es = append(es, fmt.Sprintf(`{"entwicklungsziel":%q,%s,"datum":"2026-06-%02d"%s}`, w(ziele), stufe, 27+rng.IntN(4), person))
	}
	agg := fmt.Sprintf(`"geradeAnzahl":%q,"divergenzSchwelle":%d,"prioritaeten":%d`, w([]string{"unterer", "oberer", "mittelwert"}), 1+rng.IntN(3), 1+rng.IntN(6))
	if rng.IntN(2) == 0 {
		agg += `,"entwicklungsbedarf":{"gering":` + w(dez[:7]) + `,"hoch":` + w(dez[:7]) + `}`
	}
	if rng.IntN(2) == 0 {
		agg += `,"schwerpunktFaktor":` + w([]string{"1.5", "0.3", "2"})
	}
	zeitpunkt := ""
	if rng.IntN(2) == 0 {
		zeitpunkt = `"zeitpunkt":"2026-06-29T23:00:00+02:00",`
	}
	gewichte := fmt.Sprintf(`{"dimensionen":{"QD1":%s,"QD3":%s},"entwicklungsziele":{%q:%s,%q:%s}}`, w(dez[:7]), w(dez[:7]), w(ziele), w(dez[:7]), "QD4.T1.Z2", w(dez[:7]))
	return []byte(fmt.Sprintf(`{"$schema":"https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/konformitaet.schema.json","beschreibung":"zufällig",
"eingabe":{"rahmen":"2.0","zuschnitt":{"rahmen":"2.0","schwerpunkte":[%q]},%s"regelwerk":{"id":"z","version":"1","titel":"z","herkunft":"ergaenzt","hinweis":"Test.",
"skala":%s,"gewichte":%s,"regeln":[%s],"aggregation":{%s}},
"fakten":{"zahlen":{%s},"listen":{%s}},"einschaetzungen":[%s]},"erwartet":{"gesamt":{"punkte":null,"abdeckung":0}}}`,
		w([]string{"QD1", "QD3", "QD6"}), zeitpunkt, refSkala, gewichte, strings.Join(regeln, ","), agg, strings.Join(zahlen, ","), liste, strings.Join(es, ",")))
}

type jsonNumber = json.Number

// refSkala is the scale of the generated Regelwerke.
var refSkala = func() string {
	var teile []string
	for i := range 5 {
		teile = append(teile, fmt.Sprintf(`{"stufe":%d,"bezeichnung":"S%d","bezeichnungEn":"S%d","beschreibung":"Stufe %d.","beschreibungEn":"Level %d."}`, i, i, i, i, i))
	}
	return "[" + strings.Join(teile, ",") + "]"
}()

// refVergleicheZufall evaluates one generated vector with the engine and
// the reference and reports any difference.
func refVergleicheZufall(t *testing.T, data []byte) {
	t.Helper()
	k, err := qualitaet.LiesKonformitaetsvektor(bytes.NewReader(data))
	require.NoError(t, err, string(data))
	b := refEngine(t, k)
	ids := refZielIDs(b)
	want := refVektor(k, data, refSchalter{}).zeilen(ids)
	if !assert.Equal(t, want, refEngineZeilen(b, ids)) {
		t.Logf("input: %s", data)
	}
}

// TestReferenzZufall: the engine agrees with the reference on generated
// vectors.
func TestReferenzZufall(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 2026))
	n := 400
	if testing.Short() {
		n = 50
	}
	for range n {
		refVergleicheZufall(t, refZufallsVektor(rng))
		if t.Failed() {
			return
		}
	}
}

// FuzzReferenz: the engine agrees with the reference on vectors generated
// from the fuzzer's seeds.
func FuzzReferenz(f *testing.F) {
	for i := range uint64(8) {
		f.Add(i, i*7919)
	}
	f.Fuzz(func(t *testing.T, a, b uint64) {
		refVergleicheZufall(t, refZufallsVektor(rand.New(rand.NewPCG(a, b))))
	})
}
