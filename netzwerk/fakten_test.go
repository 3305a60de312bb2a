package netzwerk

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
)

var faktNameRe = regexp.MustCompile(`^netzwerk(\.[a-z][A-Za-z0-9]*)+$`)

// TestFaktNamen walks the catalogue of fact names and checks it against
// itself and against the table in doc.go.
func TestFaktNamen(t *testing.T) {
	doc, err := os.ReadFile("doc.go")
	require.NoError(t, err)
	tabelle := map[string]string{} // name → kind column of the doc table
	for _, z := range strings.Split(string(doc), "\n") {
		if f := strings.Fields(strings.TrimPrefix(z, "//")); strings.HasPrefix(z, "//\tnetzwerk.") && len(f) >= 2 {
			tabelle[f[0]] = f[1]
		}
	}
	gesehen := map[string]bool{}
	for _, f := range FaktNamen() {
		assert.Regexp(t, faktNameRe, f.Name)
		assert.False(t, gesehen[f.Name], "duplicate %s", f.Name)
		gesehen[f.Name] = true
		assert.NotEmpty(t, f.Beschreibung, f.Name)
		assert.NotEmpty(t, f.BeschreibungDe, f.Name)
		assert.Contains(t, f.Beschreibung, "Absent", "%s: say when it is absent", f.Name)
		assert.Contains(t, f.BeschreibungDe, "Fehlt", "%s: say when it is absent", f.Name)
		art, ok := tabelle[f.Name]
		if assert.True(t, ok, "%s missing from the table in doc.go", f.Name) {
			assert.Equal(t, map[bool]string{true: "list", false: "number"}[f.Liste], art, f.Name)
		}
	}
	for name := range tabelle {
		assert.True(t, gesehen[name], "doc.go lists %s, FaktNamen does not", name)
	}
	fs := FaktNamen()
	fs[0].Name = "verändert"
	assert.Equal(t, FaktAkteureAnzahl, FaktNamen()[0].Name, "FaktNamen returns a copy")
}

// voll is a network with data for every fact.
func voll() *Netzwerk {
	n := muster()
	n.Koordination = &Koordination{Traeger: "Stadt Musterstadt", Vollzeitaequivalente: wert(1.5)}
	n.Gremien = []Gremium{{Art: Lenkungsgruppe, Anzahl: 1}, {Art: Steuerungsgruppe, Anzahl: 2}}
	n.Kooperationen = []Kooperation{
		{Sektor: Gesundheitswesen, Anzahl: wert(4)},
		{Sektor: Ehrenamt, Anzahl: wert(1)},
		{Sektor: KinderUndJugendhilfe, Akteur: "a1", Form: Schriftlich},
	}
	n.Angebote = []Angebot{
		{Name: "Familienhebammen", Anbieter: "a3", Zielgruppen: []string{"Schwangere"}, Foerderbereich: FoerderbereichII, Aufsuchend: true},
		{Name: "Elterncafé", Zielgruppen: []string{"Eltern"}, Foerderbereich: FoerderbereichIII, Niedrigschwellig: true},
		{Name: "Koordination", Foerderbereich: FoerderbereichI},
		{Name: "Lotsendienst", Foerderbereich: FoerderbereichII, Niedrigschwellig: true},
	}
	return n
}

func TestFaktenVoll(t *testing.T) {
	n := voll()
	require.NoError(t, n.Validate())
	f := FaktenVon(n, FaktenOptionen{Referenzjahr: 2024, Zeitraum: Zeitraum{qualitaet.MussKalenderdatum("2023-01-01"), qualitaet.MussKalenderdatum("2023-12-31")}})
	// Every documented fact is known for this network, in the right map.
	for _, info := range FaktNamen() {
		if info.Liste {
			_, ok := f.Liste(info.Name)
			assert.True(t, ok, "list fact %s missing", info.Name)
		} else {
			_, ok := f.Zahl(info.Name)
			assert.True(t, ok, "number fact %s missing", info.Name)
		}
	}
	assert.Len(t, f.Zahlen, countZahlen())
	assert.Equal(t, map[string]float64{
		FaktAkteureAnzahl:            5,
		FaktSektorenAnzahl:           4, // KJH, health, pregnancy counselling (actors), volunteers (count)
		FaktSektorenAnteil:           4.0 / 9,
		FaktSektorenFehlendAnzahl:    5,
		FaktGesundheitVorhanden:      1,
		FaktGesundheitAkteure:        2,
		FaktGesundheitKooperationen:  4,
		FaktKooperationenAnzahl:      6, // 4 + 1 + the single agreement
		FaktKoordinationVorhanden:    1,
		FaktKoordinationVZAE:         1.5,
		FaktLenkungsgruppeVorhanden:  1,
		FaktSteuerungsgruppenAnzahl:  2,
		FaktRegionalnetzwerkeAnzahl:  1,
		FaktArbeitsebeneVorhanden:    1,
		FaktArchitekturVollstaendig:  1,
		FaktAlterJahre:               14,
		FaktTreffenAnzahl:            4,                                 // t1–t4 of 2023, t4 without attendance
		FaktTreffenTeilnahmeQuote:    (1 + 0 + 2.0/3 + 1.0/3 + 0.5) / 5, // see TestTeilnahme "Jahr 2023"
		FaktTreffenUnterSchwelleAnz:  2,
		FaktTreffenGesundheitAnteil:  1.0 / 3,
		FaktAngeboteAnzahl:           4,
		FaktAngeboteNiedrigschwellig: 0.5,
		FaktAngeboteAufsuchend:       0.25,
		FaktAngeboteFoerderbereich1:  1,
		FaktAngeboteFoerderbereich2:  2,
		FaktAngeboteFoerderbereich3:  1,
	}, f.Werte())
	assert.Equal(t, map[string][]string{
		FaktSektorenAbgedeckt:    {"ehrenamt", "gesundheitswesen", "kinder-und-jugendhilfe", "schwangerschaftsberatung"},
		FaktSektorenFehlend:      {"eingliederungshilfe", "fruehfoerderung", "gewaltschutz", "materielle-sicherung", "suchtberatung"},
		FaktSektorenVorhanden:    {"ehrenamt", "gesundheitswesen", "kinder-und-jugendhilfe", "schwangerschaftsberatung"},
		FaktArchitekturFehlend:   {},
		FaktTreffenUnterSchwelle: {"a3", "a5"},
		FaktAngeboteZielgruppen:  {"Eltern", "Schwangere"},
	}, f.Listen)

	w := f.Werte()
	w[FaktAkteureAnzahl] = 99
	v, _ := f.Zahl(FaktAkteureAnzahl)
	assert.Equal(t, 5.0, v, "Werte returns a copy")
	l, _ := f.Liste(FaktTreffenUnterSchwelle)
	l[0] = "x"
	l2, _ := f.Liste(FaktTreffenUnterSchwelle)
	assert.Equal(t, "a3", l2[0], "Liste returns a copy")
}

func countZahlen() int {
	n := 0
	for _, f := range FaktNamen() {
		if !f.Liste {
			n++
		}
	}
	return n
}

// TestFaktenAbwesend: facts that cannot be known are absent, not 0.
func TestFaktenAbwesend(t *testing.T) {
	tests := []struct {
		name   string
		netz   *Netzwerk
		opt    FaktenOptionen
		zahlen map[string]float64
		listen map[string][]string
	}{
		{name: "nil", netz: nil, zahlen: map[string]float64{}, listen: map[string][]string{}},
		{name: "leeres Netzwerk", netz: &Netzwerk{}, opt: FaktenOptionen{Referenzjahr: 2024},
			zahlen: map[string]float64{}, listen: map[string][]string{}},
		{name: "nur Gründungsjahr", netz: &Netzwerk{Gruendungsjahr: 2012}, opt: FaktenOptionen{Referenzjahr: 2012},
			zahlen: map[string]float64{FaktAlterJahre: 0}, listen: map[string][]string{}},
		{name: "Referenzjahr vor Gründung", netz: &Netzwerk{Gruendungsjahr: 2012}, opt: FaktenOptionen{Referenzjahr: 2011},
			zahlen: map[string]float64{}, listen: map[string][]string{}},
		{name: "ohne Referenzjahr", netz: &Netzwerk{Gruendungsjahr: 2012},
			zahlen: map[string]float64{}, listen: map[string][]string{}},
		{name: "nur Koordination", netz: &Netzwerk{Koordination: &Koordination{Traeger: "Kreis"}},
			zahlen: map[string]float64{FaktKoordinationVorhanden: 1, FaktLenkungsgruppeVorhanden: 0,
				FaktSteuerungsgruppenAnzahl: 0, FaktRegionalnetzwerkeAnzahl: 0, FaktArbeitsebeneVorhanden: 0,
				FaktArchitekturVollstaendig: 0},
			listen: map[string][]string{FaktArchitekturFehlend: {"steuerung", "arbeitsebene"}}},
		{name: "Kooperationen ohne Gesundheit, ohne Anzahl",
			netz: &Netzwerk{Kooperationen: []Kooperation{{Sektor: Sonstige, Text: "Kommunen"}}},
			zahlen: map[string]float64{FaktSektorenAnzahl: 0, FaktSektorenAnteil: 0, FaktSektorenFehlendAnzahl: 9,
				FaktGesundheitVorhanden: 0, FaktGesundheitKooperationen: 0},
			listen: map[string][]string{FaktSektorenAbgedeckt: {}, FaktSektorenVorhanden: {"sonstige"},
				FaktSektorenFehlend: {"ehrenamt", "eingliederungshilfe", "fruehfoerderung", "gesundheitswesen", "gewaltschutz",
					"kinder-und-jugendhilfe", "materielle-sicherung", "schwangerschaftsberatung", "suchtberatung"}}},
		{name: "Gesundheit ohne Anzahl",
			netz: &Netzwerk{Kooperationen: []Kooperation{{Sektor: Gesundheitswesen, Text: "Hebammen"}}},
			opt:  FaktenOptionen{Referenz: []Sektor{Gesundheitswesen}},
			zahlen: map[string]float64{FaktSektorenAnzahl: 1, FaktSektorenAnteil: 1, FaktSektorenFehlendAnzahl: 0,
				FaktGesundheitVorhanden: 1},
			listen: map[string][]string{FaktSektorenAbgedeckt: {"gesundheitswesen"}, FaktSektorenFehlend: {},
				FaktSektorenVorhanden: {"gesundheitswesen"}}},
		{name: "Treffen, aber keins im Zeitraum",
			netz:   &Netzwerk{Treffen: []Treffen{{Datum: qualitaet.MussKalenderdatum("2020-05-05"), Art: Fachtag, Teilnehmende: []string{}}}},
			opt:    FaktenOptionen{Zeitraum: Zeitraum{Von: qualitaet.MussKalenderdatum("2021-01-01")}},
			zahlen: map[string]float64{FaktTreffenAnzahl: 0}, listen: map[string][]string{}},
		{name: "Treffen ohne Akteure",
			netz:   &Netzwerk{Treffen: []Treffen{{Datum: qualitaet.MussKalenderdatum("2020-05-05"), Art: Fachtag, Teilnehmende: []string{}}}},
			zahlen: map[string]float64{FaktTreffenAnzahl: 1, FaktTreffenUnterSchwelleAnz: 0, FaktTreffenGesundheitAnteil: 0},
			listen: map[string][]string{FaktTreffenUnterSchwelle: {}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := FaktenVon(tt.netz, tt.opt)
			assert.Equal(t, tt.zahlen, f.Zahlen)
			assert.Equal(t, tt.listen, f.Listen)
		})
	}
}

func TestFaktenSchwelle(t *testing.T) {
	z := Zeitraum{qualitaet.MussKalenderdatum("2023-01-01"), qualitaet.MussKalenderdatum("2023-12-31")}
	standard := FaktenVon(muster(), FaktenOptionen{Zeitraum: z})
	l, _ := standard.Liste(FaktTreffenUnterSchwelle)
	assert.Equal(t, []string{"a3", "a5"}, l, "0 means StandardSchwelle 0.5")
	hoch := FaktenVon(muster(), FaktenOptionen{Zeitraum: z, Schwelle: 0.7})
	l, _ = hoch.Liste(FaktTreffenUnterSchwelle)
	assert.Equal(t, []string{"a3", "a1", "a5", "a2"}, l)
}
