package vergleich

import (
	"encoding/json"
	"errors"
	"math"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
)

// dreiKommunen is the small set whose similarities are computed by hand
// below.
//
//	            Gebietsart  Bevölkerung  KinderU3  Armut %  Budget/Kind  Netzwerk  Sektoren
//	Alpha       Kreis       100000       2000      20       30           10        0,5
//	Beta        Kreis       150000       3000      25       –            12        0,9
//	Gamma       Stadt       300000       6000      30       50           –         0,7
//
// Spans (max − min) over the set: Bevölkerung 200000, KinderU3 4000,
// Armut 10, Budget 20 (Alpha, Gamma only), Netzwerk 2 (Alpha, Beta only),
// Sektoren 0,4. Default weights: Gebietsart 3, Bevölkerung 2, KinderU3 1,
// Armut 2, Budget 1, Netzwerk 1, Sektoren 1.
//
// Alpha–Beta (Budget absent on Beta: skipped, Σw = 10):
//
//	Gebietsart equal         3 · 1                    = 3
//	Bevölkerung 50000/200000 2 · (1 − 0,25)           = 1,5
//	KinderU3 1000/4000       1 · (1 − 0,25)           = 0,75
//	Armut 5/10               2 · (1 − 0,5)            = 1
//	Netzwerk 2/2             1 · (1 − 1)              = 0
//	Sektoren 0,4/0,4         1 · (1 − 1)              = 0
//	s = 6,25 / 10 = 0,6250; top: Gebietsart 0,3, Bevölkerung 0,15, Armut 0,1
//
// Alpha–Gamma (Netzwerk absent on Gamma, Σw = 10): every number is at the
// other end of its span (closeness 0) and Gebietsart differs, except
// Sektoren 0,2/0,4 → 1 · 0,5 = 0,5; s = 0,5 / 10 = 0,0500; top: Sektoren 0,05.
//
// Beta–Gamma (Budget and Netzwerk skipped, Σw = 3+2+1+2+1 = 9):
//
//	Gebietsart differs       3 · 0                    = 0
//	Bevölkerung 150000/200000 2 · 0,25                = 0,5
//	KinderU3 3000/4000       1 · 0,25                 = 0,25
//	Armut 5/10               2 · 0,5                  = 1
//	Sektoren 0,2/0,4         1 · 0,5                  = 0,5
//	s = 2,25 / 9 = 0,2500; top: Armut 1/9 = 0,1111, then Bevölkerung and
//	Sektoren 0,5/9 = 0,0556 each (tie: order of Merkmale)
func dreiKommunen() []Strukturmerkmale {
	return []Strukturmerkmale{
		{Kommune: "Alpha", Werte: map[Merkmal]float64{MerkmalGebietsart: 1, MerkmalBevoelkerung: 100000, MerkmalKinderU3: 2000,
			MerkmalArmutsanteilU3: 20, MerkmalBudgetProKindU3: 30, MerkmalNetzwerkAlter: 10, MerkmalSektorAbdeckung: 0.5}},
		{Kommune: "Beta", Werte: map[Merkmal]float64{MerkmalGebietsart: 1, MerkmalBevoelkerung: 150000, MerkmalKinderU3: 3000,
			MerkmalArmutsanteilU3: 25, MerkmalNetzwerkAlter: 12, MerkmalSektorAbdeckung: 0.9}},
		{Kommune: "Gamma", Werte: map[Merkmal]float64{MerkmalGebietsart: 0, MerkmalBevoelkerung: 300000, MerkmalKinderU3: 6000,
			MerkmalArmutsanteilU3: 30, MerkmalBudgetProKindU3: 50, MerkmalSektorAbdeckung: 0.7}},
	}
}

func TestAehnlichkeitHandgerechnet(t *testing.T) {
	a, err := BerechneAehnlichkeiten(dreiKommunen(), Gewichte{})
	require.NoError(t, err)
	tests := []struct {
		a, b     string
		wert     float64
		merkmale []Beitrag
	}{
		{"Alpha", "Beta", 0.625, []Beitrag{{MerkmalGebietsart, 1, 0.3}, {MerkmalBevoelkerung, 0.75, 0.15}, {MerkmalArmutsanteilU3, 0.5, 0.1}}},
		{"Alpha", "Gamma", 0.05, []Beitrag{{MerkmalSektorAbdeckung, 0.5, 0.05}}},
		{"Beta", "Gamma", 0.25, []Beitrag{{MerkmalArmutsanteilU3, 0.5, 0.1111}, {MerkmalBevoelkerung, 0.25, 0.0556}, {MerkmalSektorAbdeckung, 0.5, 0.0556}}},
	}
	for _, tt := range tests {
		for _, richtung := range [][2]string{{tt.a, tt.b}, {tt.b, tt.a}} {
			p, ok := a.Paar(richtung[0], richtung[1])
			require.True(t, ok, "Paar(%s, %s)", richtung[0], richtung[1])
			w, ok := p.Wert.Zahl()
			require.True(t, ok)
			assert.InDelta(t, tt.wert, w, 1e-9, "Paar(%s, %s).Wert = %v, want %v", richtung[0], richtung[1], w, tt.wert)
			assert.Equal(t, tt.merkmale, p.Merkmale, "Paar(%s, %s).Merkmale", richtung[0], richtung[1])
			assert.Equal(t, richtung[0], p.A)
			assert.Equal(t, richtung[1], p.B)
		}
	}
	n := a.Normierung()
	require.Len(t, n, len(Merkmale()))
	assert.Equal(t, Normierung{Merkmal: MerkmalBudgetProKindU3, Gewicht: 1, Anzahl: 2,
		Minimum: qualitaet.WertVon(30), Maximum: qualitaet.WertVon(50)}, n[4])
}

func TestAehnlichkeitEigeneGewichte(t *testing.T) {
	// Population only: closeness 1 − |Δ|/200000.
	a, err := BerechneAehnlichkeiten(dreiKommunen(), Gewichte{Bevoelkerung: 1})
	require.NoError(t, err)
	for _, tt := range []struct {
		a, b string
		wert float64
	}{{"Alpha", "Beta", 0.75}, {"Alpha", "Gamma", 0}, {"Beta", "Gamma", 0.25}} {
		p, ok := a.Paar(tt.a, tt.b)
		require.True(t, ok)
		assert.Equal(t, qualitaet.WertVon(tt.wert), p.Wert, "%s–%s", tt.a, tt.b)
	}
	p, _ := a.Paar("Alpha", "Gamma")
	assert.Empty(t, p.Merkmale, "a feature with closeness 0 made nothing similar")
	assert.Equal(t, 0.0, Gewichte{Bevoelkerung: 1}.Gewicht(MerkmalGebietsart), "a set Gewichte leaves the others out")
	assert.Equal(t, 3.0, Gewichte{}.Gewicht(MerkmalGebietsart), "the zero value means the defaults")
}

func TestAehnlichkeitOhneGemeinsameMerkmale(t *testing.T) {
	ms := append(dreiKommunen(), Strukturmerkmale{Kommune: "Delta", Werte: map[Merkmal]float64{MerkmalNetzwerkAlter: 3}})
	// Only Gebietsart counts: Delta has none, so it shares nothing.
	a, err := BerechneAehnlichkeiten(ms, Gewichte{Gebietsart: 1})
	require.NoError(t, err)
	p, ok := a.Paar("Alpha", "Delta")
	require.True(t, ok)
	assert.False(t, p.Wert.Gesetzt(), "no shared feature: the similarity is absent, not 0")
	assert.Empty(t, p.Merkmale)
	b, err := json.Marshal(p)
	require.NoError(t, err)
	assert.JSONEq(t, `{"a": "Alpha", "b": "Delta", "wert": null, "merkmale": []}`, string(b))
	assert.Empty(t, a.Peers("Delta", 3), "a Kommune without shared features has no peers")
	for _, peer := range a.Peers("Alpha", 10) {
		assert.NotEqual(t, "Delta", peer.B)
	}
	// A feature absent on one side is skipped, never 0: Alpha–Delta share
	// the network age only, and with default weights that is all they have.
	a, err = BerechneAehnlichkeiten(ms, Gewichte{})
	require.NoError(t, err)
	p, _ = a.Paar("Beta", "Delta")
	// Netzwerk ages 10, 12, 3: span 9; |12 − 3| / 9 = 1 → closeness 0.
	assert.Equal(t, qualitaet.WertVon(0), p.Wert)
	p, _ = a.Paar("Alpha", "Delta")
	// |10 − 3| / 9 = 7/9 → closeness 2/9 = 0,2222.
	assert.Equal(t, qualitaet.WertVon(0.2222), p.Wert)
}

func TestAehnlichkeitSymmetrischUndOhneSelbst(t *testing.T) {
	ms := dreiKommunen()
	ms = append(ms,
		Strukturmerkmale{Kommune: "Delta", Werte: map[Merkmal]float64{MerkmalGebietsart: 0, MerkmalBevoelkerung: 123456, MerkmalSektorAbdeckung: 0.1}},
		Strukturmerkmale{Kommune: "Epsilon", Werte: map[Merkmal]float64{MerkmalKinderU3: 7000, MerkmalNetzwerkAlter: 1, MerkmalArmutsanteilU3: 3.3}})
	for _, g := range []Gewichte{{}, {Bevoelkerung: 0.5, SektorAbdeckung: 7}, {Gebietsart: 1e-9, KinderU3: 1e9}} {
		a, err := BerechneAehnlichkeiten(ms, g)
		require.NoError(t, err)
		for _, x := range a.Kommunen() {
			_, ok := a.Paar(x, x)
			assert.False(t, ok, "Paar(%s, %s): a Kommune is never compared with itself", x, x)
			for _, p := range a.Peers(x, 100) {
				assert.NotEqual(t, x, p.B, "Peers(%s) lists itself", x)
			}
			for _, y := range a.Kommunen() {
				if x == y {
					continue
				}
				p, _ := a.Paar(x, y)
				q, _ := a.Paar(y, x)
				assert.Equal(t, p.Wert, q.Wert, "s(%s,%s) != s(%s,%s) with %+v", x, y, y, x, g)
				assert.Equal(t, p.Merkmale, q.Merkmale)
				if w, ok := p.Wert.Zahl(); ok {
					assert.True(t, w >= 0 && w <= 1, "s(%s,%s) = %v outside 0..1", x, y, w)
				}
			}
		}
		assert.Len(t, a.Paare(), 10, "5 Kommunen give 10 pairs")
	}
}

func TestPeers(t *testing.T) {
	a, err := BerechneAehnlichkeiten(dreiKommunen(), Gewichte{})
	require.NoError(t, err)
	tests := []struct {
		name string
		k    int
		want []string
	}{
		{"Alpha", 1, []string{"Beta"}},
		{"Alpha", 2, []string{"Beta", "Gamma"}},
		{"Gamma", 5, []string{"Beta", "Alpha"}}, // k larger than the set
		{"Beta", 0, nil},
		{"Beta", -1, nil},
		{"Zeta", 3, nil},
	}
	for _, tt := range tests {
		var got []string
		for _, p := range a.Peers(tt.name, tt.k) {
			assert.Equal(t, tt.name, p.A)
			got = append(got, p.B)
		}
		assert.Equal(t, tt.want, got, "Peers(%s, %d)", tt.name, tt.k)
	}
}

func TestAehnlichkeitFehler(t *testing.T) {
	drei := dreiKommunen()
	tests := []struct {
		name string
		ms   []Strukturmerkmale
		g    Gewichte
		want error
	}{
		{"none", nil, Gewichte{}, ErrZuWenigeKommunen},
		{"one", drei[:1], Gewichte{}, ErrZuWenigeKommunen},
		{"twice", append(dreiKommunen(), Strukturmerkmale{Kommune: "alpha"}), Gewichte{}, ErrKommuneDoppelt},
		{"no name", append(dreiKommunen(), Strukturmerkmale{Kommune: "  "}), Gewichte{}, ErrKommuneDoppelt},
		{"negative", drei, Gewichte{Bevoelkerung: -1}, ErrGewicht},
		{"NaN", drei, Gewichte{KinderU3: math.NaN()}, ErrGewicht},
		{"Inf", drei, Gewichte{SektorAbdeckung: math.Inf(1)}, ErrGewicht},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := BerechneAehnlichkeiten(tt.ms, tt.g)
			require.ErrorIs(t, err, tt.want)
			var vf *VergleichsFehler
			require.True(t, errors.As(err, &vf))
			assert.NotEqual(t, vf.Text(englisch), vf.Error(), "German and English differ")
		})
	}
}

func TestAehnlichkeitSortierung(t *testing.T) {
	ms := []Strukturmerkmale{
		{Kommune: "Zeven", Werte: map[Merkmal]float64{MerkmalBevoelkerung: 1}},
		{Kommune: "Ödland", Werte: map[Merkmal]float64{MerkmalBevoelkerung: 2}},
		{Kommune: "Ärzteort", Werte: map[Merkmal]float64{MerkmalBevoelkerung: 3}},
		{Kommune: "Oberstadt", Werte: map[Merkmal]float64{MerkmalBevoelkerung: 4}},
		{Kommune: "Ahrensburg", Werte: map[Merkmal]float64{MerkmalBevoelkerung: 5}},
	}
	a, err := BerechneAehnlichkeiten(ms, Gewichte{})
	require.NoError(t, err)
	var erste []string
	for _, p := range a.Paare() {
		if len(erste) == 0 || erste[len(erste)-1] != p.A {
			erste = append(erste, p.A)
		}
	}
	// German collation: Ä sorts with A, Ö with O (byte order would put them
	// after Z).
	assert.Equal(t, []string{"Ahrensburg", "Ärzteort", "Oberstadt", "Ödland"}, erste)
	// Equal similarities are ordered by name the same way.
	b, err := BerechneAehnlichkeiten([]Strukturmerkmale{
		{Kommune: "Mitte", Werte: map[Merkmal]float64{MerkmalGebietsart: 1}},
		{Kommune: "Zeven", Werte: map[Merkmal]float64{MerkmalGebietsart: 1}},
		{Kommune: "Ödland", Werte: map[Merkmal]float64{MerkmalGebietsart: 1}},
		{Kommune: "Oberstadt", Werte: map[Merkmal]float64{MerkmalGebietsart: 1}},
	}, Gewichte{})
	require.NoError(t, err)
	var peers []string
	for _, p := range b.Peers("Mitte", 3) {
		peers = append(peers, p.B)
	}
	assert.Equal(t, []string{"Oberstadt", "Ödland", "Zeven"}, peers)
}

func TestGebietsartAusName(t *testing.T) {
	tests := []struct {
		name string
		want Gebietsart
		ok   bool
	}{
		{"Landkreis Oder-Spree", Kreis, true},
		{"LK Germersheim", Kreis, true},
		{"Lkr. Rosenheim", Kreis, true},
		{"Kreis Düren", Kreis, true},
		{"Landkreis Neustadt an der Waldnaab", Kreis, true},
		{"Wetteraukreis", Kreis, true},
		{"Rheingau-Taunus-Kreis", Kreis, true},
		{"Rhein-Kreis Neuss", Kreis, true},
		{"Region Hannover", Kreis, true},
		{"Städteregion Aachen", Kreis, true},
		{"Stadt Beispielstadt", Stadt, true},
		{"Hansestadt Rostock", Stadt, true},
		{"Landeshauptstadt Dresden", Stadt, true},
		{"Große Kreisstadt Meißen", Stadt, true},
		{"Darmstadt", Stadt, true},
		{"stadt  münster", Stadt, true},
		{"Dortmund", "", false},
		{"Berlin-Pankow", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := GebietsartAusName(tt.name)
		assert.Equal(t, tt.want, got, "GebietsartAusName(%q)", tt.name)
		assert.Equal(t, tt.ok, ok, "GebietsartAusName(%q)", tt.name)
	}
}

func TestGebietsartEnum(t *testing.T) {
	for _, tt := range []struct {
		g         Gebietsart
		valid     bool
		s, de, en string
	}{
		{Kreis, true, "kreis", "Kreis", "district"},
		{Stadt, true, "stadt", "Stadt", "city"},
		{"", false, `Gebietsart("")`, `Gebietsart("")`, `Gebietsart("")`},
		{"dorf", false, `Gebietsart("dorf")`, `Gebietsart("dorf")`, `Gebietsart("dorf")`},
	} {
		assert.Equal(t, tt.valid, tt.g.Valid())
		assert.Equal(t, tt.s, tt.g.String())
		assert.Equal(t, tt.de, tt.g.Name(language.German))
		assert.Equal(t, tt.en, tt.g.Name(englisch))
		b, err := tt.g.MarshalText()
		var back Gebietsart
		if tt.valid {
			require.NoError(t, err)
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, tt.g, back)
		} else {
			require.Error(t, err)
			require.ErrorContains(t, back.UnmarshalText([]byte(tt.g)), `"`+string(tt.g)+`"`)
		}
	}
}

func TestMerkmalEnum(t *testing.T) {
	want := []struct {
		m      Merkmal
		de, en string
	}{
		{MerkmalGebietsart, "Kreis oder Stadt", "district or city"},
		{MerkmalBevoelkerung, "Bevölkerung", "population"},
		{MerkmalKinderU3, "Kinder unter 3", "children under 3"},
		{MerkmalArmutsanteilU3, "Anteil U3 in Armut", "share under 3 in poverty"},
		{MerkmalBudgetProKindU3, "Budget je Kind U3", "budget per child under 3"},
		{MerkmalNetzwerkAlter, "Netzwerk (Jahre)", "network (years)"},
		{MerkmalSektorAbdeckung, "Sektorabdeckung", "sector coverage"},
	}
	require.Len(t, Merkmale(), len(want), "every feature is pinned")
	for i, tt := range want {
		assert.Equal(t, tt.m, Merkmale()[i])
		assert.True(t, tt.m.Valid())
		assert.Equal(t, string(tt.m), tt.m.String())
		assert.Equal(t, tt.de, tt.m.Name(language.German))
		assert.Equal(t, tt.en, tt.m.Name(englisch))
		assert.Equal(t, tt.m == MerkmalGebietsart, tt.m.Kategorial())
		b, err := tt.m.MarshalText()
		require.NoError(t, err)
		var back Merkmal
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, tt.m, back)
		assert.Greater(t, StandardGewichte().Gewicht(tt.m), 0.0, "every feature has a default weight")
	}
	_, err := ParseMerkmal("groesse")
	assert.ErrorContains(t, err, `"groesse"`)
	assert.Equal(t, `Merkmal("groesse")`, Merkmal("groesse").String())
	_, err = Merkmal("groesse").MarshalText()
	assert.Error(t, err)
	assert.Equal(t, 0.0, Gewichte{}.Gewicht("groesse"))
}

func TestStrukturmerkmaleVon(t *testing.T) {
	p, err := kommune.Beispiel()
	require.NoError(t, err)
	s := StrukturmerkmaleVon(p, time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC))
	assert.Equal(t, "Landkreis Oder-Spree", s.Kommune)
	g, ok := s.Gebietsart()
	assert.True(t, ok)
	assert.Equal(t, Kreis, g)
	assert.Equal(t, qualitaet.WertVon(178068), s.Wert(MerkmalBevoelkerung))
	assert.Equal(t, qualitaet.WertVon(4299), s.Wert(MerkmalKinderU3))
	assert.InDelta(t, 972.0/4299*100, s.Werte[MerkmalArmutsanteilU3], 1e-9)
	assert.InDelta(t, 93000.0/4299, s.Werte[MerkmalBudgetProKindU3], 1e-9)
	assert.Equal(t, qualitaet.WertVon(14), s.Wert(MerkmalNetzwerkAlter), "2026 − 2012")
	assert.True(t, s.Wert(MerkmalSektorAbdeckung).Gesetzt())

	// Absent stays absent: no reference day, no network age; an empty
	// profile has no features at all.
	s = StrukturmerkmaleVon(p, time.Time{})
	assert.False(t, s.Wert(MerkmalNetzwerkAlter).Gesetzt())
	leer := StrukturmerkmaleVon(&kommune.Profil{Name: "Dortmund"}, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	assert.Empty(t, leer.Werte)
	_, ok = leer.Gebietsart()
	assert.False(t, ok)
	assert.Empty(t, StrukturmerkmaleVon(nil, time.Time{}).Werte)
}
