package kommune_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// unbekannterSteckbrief is a Steckbrief no other test reads: a small city
// with a young network that lacks most sectors, including health.
const unbekannterSteckbrief = `# Stadt Beispielhausen, Hessen

## KOMMUNALSTRUKTUR

Bevölkerungszahl insgesamt	85.000
Anteil der 0–3 Jährigen in der Kommune	2.500
Kommunales Budget für Frühe Hilfen	50.000 €

## WIR ÜBER UNS

Netzwerk-Name(n)	Netzwerk Frühe Hilfen Beispielhausen
Netzwerkgründung	2015
FH-Gremien	2 Arbeitsgruppen
Anzahl Kooperationen	Kinder- und Jugend: 8, Schwangerschaftsberatung: 1
`

var stichtag = time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)

// TestBewerteUnbekanntenSteckbrief imports a Steckbrief and evaluates it
// without further data. Expected by hand from the default Regelwerk:
//   - a municipal budget is stated → rule QD5-budget gives QD5.T3.Z2 level 1:
//     QD5 = 100·1/4 = 25, coverage 1/7 → 0.1429; the budget per child (20 €)
//     and the network's age (11 years) are key figures no rule names;
//   - 2 sectors (< 3), no coordination, no steering body, no regional network
//     and no actors fire nothing else: QD1 and QD3 are not assessed;
//   - overall 25;
//   - gaps: 7 of the 9 reference sectors missing (all but Kinder- und
//     Jugendhilfe and Schwangerschaftsberatung), no health sector, missing
//     architecture levels, no self-assessment.
func TestBewerteUnbekanntenSteckbrief(t *testing.T) {
	p, warnungen, err := kommune.ParseSteckbrief(strings.NewReader(unbekannterSteckbrief))
	require.NoError(t, err)
	assert.Empty(t, warnungen)

	b, err := kommune.Bewerte(p, kommune.BewertungsOptionen{Zeitpunkt: stichtag})
	require.NoError(t, err)

	kz := map[string]float64{}
	for _, k := range b.Kennzahlen {
		kz[k.Name] = k.Wert
	}
	assert.Equal(t, 20.0, kz["kommune.budget.proKindU3"])
	assert.Equal(t, 11.0, kz["kommune.netzwerk.alterJahre"])

	punkte := map[qualitaet.ID]qualitaet.Wert{}
	abdeckung := map[qualitaet.ID]float64{}
	for _, d := range b.Dimensionen {
		punkte[d.ID], abdeckung[d.ID] = d.Punkte, d.Abdeckung
	}
	assert.Equal(t, 25.0, punkte["QD5"].Oder(-1))
	assert.Equal(t, 0.125, abdeckung["QD5"], "1 of 8 goals")
	assert.False(t, punkte["QD1"].Gesetzt(), "QD1 is not assessed, not 0")
	assert.False(t, punkte["QD3"].Gesetzt(), "QD3 is not assessed, not 0")
	assert.Equal(t, 25.0, b.Gesamt.Punkte.Oder(-1))

	luecken := map[string]qualitaet.Luecke{}
	for _, l := range b.Luecken {
		luecken[l.Art] = l
	}
	require.Contains(t, luecken, kommune.LueckeSektoren)
	assert.Equal(t, "Im Netzwerk fehlen 7 Sektoren der Referenzliste dieser Bibliothek (in Anlehnung an KKG § 3 Abs. 2)", luecken[kommune.LueckeSektoren].Bezeichnung)
	assert.Equal(t, []string{"Ehrenamt", "Eingliederungshilfe", "Frühförderung", "Gesundheitswesen", "Gewaltschutz",
		"Materielle Sicherung", "Suchtberatung"}, luecken[kommune.LueckeSektoren].Details)
	assert.Contains(t, luecken, kommune.LueckeGesundheit)
	assert.Contains(t, luecken, kommune.LueckeArchitektur)
	assert.Contains(t, luecken, kommune.LueckeSelbstbild)
}

func TestBewerteLueckenEnglisch(t *testing.T) {
	p, _, err := kommune.ParseSteckbrief(strings.NewReader(unbekannterSteckbrief))
	require.NoError(t, err)
	b, err := kommune.Bewerte(p, kommune.BewertungsOptionen{Zeitpunkt: stichtag, Sprache: language.English})
	require.NoError(t, err)
	require.NotEmpty(t, b.Luecken)
	assert.Equal(t, "The network lacks 7 sectors of this library's reference list (drawn from KKG § 3 (2))", b.Luecken[0].Bezeichnung)
	assert.Contains(t, b.Luecken[0].Details, "health care")
	assert.Equal(t, "en", b.Sprache)
}

// TestBewerteOderSpree evaluates the embedded example: its network covers
// five of the nine reference sectors (the four missing are named), it has
// a steering body, and its self-assessments win over the rules.
func TestBewerteOderSpree(t *testing.T) {
	p, err := kommune.Beispiel()
	require.NoError(t, err)
	b, err := kommune.Bewerte(p, kommune.BewertungsOptionen{Zeitpunkt: stichtag})
	require.NoError(t, err)
	require.NotEmpty(t, b.Luecken)
	assert.Equal(t, kommune.LueckeSektoren, b.Luecken[0].Art)
	assert.Equal(t, []string{"Eingliederungshilfe", "Gewaltschutz", "Materielle Sicherung", "Suchtberatung"}, b.Luecken[0].Details)
	for _, l := range b.Luecken {
		assert.NotEqual(t, kommune.LueckeGesundheit, l.Art, "Oder-Spree involves the health sector")
		assert.NotEqual(t, kommune.LueckeArchitektur, l.Art, "Oder-Spree's architecture is complete")
	}
	assert.Equal(t, []qualitaet.ID{"QD3", "QD5"}, b.Rahmen.Schwerpunkte)
	z, ok := b.Ziel("QD3.T1.Z1")
	require.True(t, ok)
	assert.Equal(t, qualitaet.QuelleSelbst, z.Quelle)
	require.NotNil(t, z.Vorbewertung, "the rule's result is shown as the pre-assessment")
}

func TestBewerteFehler(t *testing.T) {
	p, err := kommune.Beispiel()
	require.NoError(t, err)
	_, err = kommune.Bewerte(p, kommune.BewertungsOptionen{})
	assert.ErrorContains(t, err, "Zeitpunkt fehlt")
	_, err = kommune.Bewerte(nil, kommune.BewertungsOptionen{Zeitpunkt: stichtag})
	assert.Error(t, err)

	p.Zuschnitt = &qualitaet.Zuschnitt{Rahmen: qualitaet.Version20, Schwerpunkte: []qualitaet.ID{"QD11"}}
	_, err = kommune.Bewerte(p, kommune.BewertungsOptionen{Zeitpunkt: stichtag})
	var vf *schema.ValidierungsFehler
	require.True(t, errors.As(err, &vf), "Bewerte with a Zuschnitt that does not fit: %v", err)
	assert.Equal(t, "/zuschnitt/schwerpunkte/0", vf.Verletzungen[0].Zeiger, "the profile is checked first")

	// A profile built in code is checked as strictly as a file: a rating
	// without a date is refused, not scored.
	p, err = kommune.Beispiel()
	require.NoError(t, err)
	require.NotEmpty(t, p.Einschaetzungen)
	p.Einschaetzungen[0].Datum = time.Time{}
	_, err = kommune.Bewerte(p, kommune.BewertungsOptionen{Zeitpunkt: stichtag})
	require.True(t, errors.As(err, &vf), "Bewerte with a rating without date: %v", err)
	assert.Equal(t, "/einschaetzungen/0/datum", vf.Verletzungen[0].Zeiger)
}

// TestBewerteDatenhinweis: the profile's note on its data travels into the
// Bewertung, so that every report of it can print it first.
func TestBewerteDatenhinweis(t *testing.T) {
	p, err := kommune.Beispiel()
	require.NoError(t, err)
	require.NotEmpty(t, p.Hinweis)
	b, err := kommune.Bewerte(p, kommune.BewertungsOptionen{Zeitpunkt: stichtag})
	require.NoError(t, err)
	assert.Equal(t, p.Hinweis, b.Datenhinweis)
	assert.Contains(t, b.Datenhinweis, "Veranschaulichung")
}
