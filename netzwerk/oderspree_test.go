package netzwerk

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

const oderSpreeDatei = "../testdata/netzwerk/oder-spree.json"

func ladeOderSpree(t testing.TB) *Netzwerk {
	t.Helper()
	data, err := os.ReadFile(oderSpreeDatei)
	require.NoError(t, err)
	n, err := Parse(data)
	require.NoError(t, err)
	return n
}

func wert(f float64) qualitaet.Wert { return qualitaet.WertVon(f) }

func TestOderSpreeDokument(t *testing.T) {
	n := ladeOderSpree(t)
	assert.Equal(t, []string{"Frühe Hilfen und Gesunde Kinder Oder-Spree"}, n.Namen)
	assert.Equal(t, 2012, n.Gruendungsjahr)
	require.NotNil(t, n.Koordination)
	assert.Equal(t, "Landkreis Oder-Spree", n.Koordination.Traeger)
	assert.False(t, n.Koordination.Vollzeitaequivalente.Gesetzt(), "the Steckbrief states no VZÄ: absent, not 0")
	assert.Len(t, n.Akteure, 12)

	// The Steckbrief lines themselves are read by package kommune, whose
	// tests compare them with this document (TestNetzwerkzeilenOderSpree).
	assert.Equal(t, Gremium{Art: Regionalnetzwerk, Bezeichnung: "Regionalnetzwerke", Anzahl: 6}, n.Gremien[2],
		"six regional networks, from the press release")
	sonstige := n.Kooperationen[4]
	assert.Equal(t, Sonstige, sonstige.Sektor)
	assert.False(t, sonstige.Anzahl.Gesetzt(), "the Sonstige entry has no count")
	assert.Equal(t, "Kommunen, Beratungsstellen, lokale Bündnisse für Familie, etc.", sonstige.Text)
}

func TestOderSpreeAnalysen(t *testing.T) {
	n := ladeOderSpree(t)

	// Sector coverage, worked out by hand: actors and counted cooperations
	// cover KJH, health, pregnancy counselling, early intervention, and the
	// volunteers ("Freiwilligenarbeit: 2"); 5 of the 9 reference sectors.
	ab := SektorAbdeckung(n, nil)
	assert.True(t, ab.Daten)
	assert.Equal(t, []Sektor{Ehrenamt, Fruehfoerderung, Gesundheitswesen, KinderUndJugendhilfe, Schwangerschaftsberatung}, ab.Abgedeckt)
	assert.Equal(t, []Sektor{Eingliederungshilfe, Gewaltschutz, MaterielleSicherung, Suchtberatung}, ab.Fehlend)
	assert.Equal(t, []string{"Eingliederungshilfe", "Gewaltschutz", "Materielle Sicherung", "Suchtberatung"}, ab.FehlendNamen)
	assert.Equal(t, []Sektor{Sonstige}, ab.Weitere)
	assert.Equal(t, wert(5.0/9), ab.Anteil)
	require.Len(t, ab.Zeilen, 9)
	assert.Equal(t, SektorZeile{Sektor: KinderUndJugendhilfe, Name: "Kinder- und Jugendhilfe", Akteure: 2,
		Kooperationen: wert(5), Eintraege: 1, Abgedeckt: true}, ab.Zeilen[0])
	assert.Equal(t, SektorZeile{Sektor: Gesundheitswesen, Name: "Gesundheitswesen", Akteure: 7,
		Kooperationen: wert(3), Eintraege: 1, Abgedeckt: true}, ab.Zeilen[1])
	assert.Equal(t, SektorZeile{Sektor: Suchtberatung, Name: "Suchtberatung"}, ab.Zeilen[4])
	assert.Equal(t, SektorZeile{Sektor: Ehrenamt, Name: "Ehrenamt", Kooperationen: wert(2), Eintraege: 1, Abgedeckt: true}, ab.Zeilen[8])

	// Health: seven health actors (Gesundheitsamt, clinics, SPZ,
	// gynaecologists, paediatricians, midwives, FGKiKP) and 3 cooperations.
	g := Gesundheit(n, Zeitraum{})
	assert.True(t, g.Vorhanden)
	var orgs []string
	for _, a := range g.Akteure {
		orgs = append(orgs, a.Organisation)
	}
	assert.Equal(t, []string{"Familien-Gesundheits- und Kinderkrankenpflegerinnen", "Geburtskliniken",
		"Gesundheitsamt des Landkreises Oder-Spree", "Gynäkologische Praxen", "Hebammen", "Kinderarztpraxen",
		"Sozialpädiatrische Zentren"}, orgs)
	assert.Equal(t, []string{"FGKiKP", "Frauenarztpraxis", "Geburtsklinik", "Gesundheitsamt", "Hebamme",
		"Kinderarztpraxis", "Sozialpädiatrisches Zentrum"}, g.Einrichtungsarten)
	assert.Equal(t, wert(3), g.Kooperationen)
	assert.Zero(t, g.Erfasst)
	assert.False(t, g.Anteil.Gesetzt())

	// Architecture: coordination at the Jugendamt, one Strategie- und
	// Lenkungsgruppe, six Steuerungsgruppen and six regional networks.
	a := Architektur(n)
	assert.Equal(t, Architekturbefund{Koordination: true, Steuerung: true, Arbeitsebene: true,
		Lenkungsgruppen: 1, Steuerungsgruppen: 6, Regionalnetzwerke: 6}, a)
	assert.True(t, a.Vollstaendig())

	// No meetings are recorded: nothing to judge.
	tb := Teilnahme(n, Zeitraum{}, 0.5)
	assert.Zero(t, tb.Treffen)
	assert.Len(t, tb.Akteure, 12)
	assert.Empty(t, tb.UnterSchwelle)
	for _, r := range tb.Akteure {
		assert.False(t, r.Quote.Gesetzt(), r.Akteur.ID)
	}

	// One illustrative offer in funding area II.
	ub := Angebotsuebersicht(n)
	assert.Equal(t, 1, ub.Anzahl)
	assert.Equal(t, []FoerderbereichAngebote{{FoerderbereichI, nil},
		{FoerderbereichII, []string{"Gesundheitsorientierte Familienbegleitung"}}, {FoerderbereichIII, nil}}, ub.NachFoerderbereich)
	assert.Equal(t, 1, ub.Niedrigschwellig)
	assert.Equal(t, 1, ub.Aufsuchend)
}

func TestOderSpreeFakten(t *testing.T) {
	n := ladeOderSpree(t)
	f := FaktenVon(n, FaktenOptionen{Referenzjahr: 2019})
	assert.Equal(t, map[string]float64{
		FaktAkteureAnzahl:            12,
		FaktSektorenAnzahl:           5,
		FaktSektorenAnteil:           5.0 / 9,
		FaktSektorenFehlendAnzahl:    4,
		FaktGesundheitVorhanden:      1,
		FaktGesundheitAkteure:        7,
		FaktGesundheitKooperationen:  3,
		FaktKooperationenAnzahl:      15, // 3+5+3+2+2; "Sonstige" has no count
		FaktKoordinationVorhanden:    1,
		FaktLenkungsgruppeVorhanden:  1,
		FaktSteuerungsgruppenAnzahl:  6,
		FaktRegionalnetzwerkeAnzahl:  6,
		FaktArbeitsebeneVorhanden:    1,
		FaktArchitekturVollstaendig:  1,
		FaktAlterJahre:               7, // 2019 − 2012
		FaktAngeboteAnzahl:           1,
		FaktAngeboteNiedrigschwellig: 1,
		FaktAngeboteAufsuchend:       1,
		FaktAngeboteFoerderbereich1:  0,
		FaktAngeboteFoerderbereich2:  1,
		FaktAngeboteFoerderbereich3:  0,
	}, f.Zahlen)
	assert.Equal(t, map[string][]string{
		FaktSektorenAbgedeckt:   {"ehrenamt", "fruehfoerderung", "gesundheitswesen", "kinder-und-jugendhilfe", "schwangerschaftsberatung"},
		FaktSektorenFehlend:     {"eingliederungshilfe", "gewaltschutz", "materielle-sicherung", "suchtberatung"},
		FaktSektorenVorhanden:   {"ehrenamt", "fruehfoerderung", "gesundheitswesen", "kinder-und-jugendhilfe", "schwangerschaftsberatung", "sonstige"},
		FaktArchitekturFehlend:  {},
		FaktAngeboteZielgruppen: {"Familien mit Kindern von 0 bis 3 Jahren", "Schwangere"},
	}, f.Listen)
	_, ok := f.Zahl(FaktKoordinationVZAE)
	assert.False(t, ok, "VZÄ are not stated")
	_, ok = f.Zahl(FaktTreffenAnzahl)
	assert.False(t, ok, "no meetings recorded")
}

func TestDokumentRundreise(t *testing.T) {
	pfade, err := filepath.Glob("../testdata/netzwerk/*.json")
	require.NoError(t, err)
	require.NotEmpty(t, pfade)
	for _, p := range pfade {
		t.Run(filepath.Base(p), func(t *testing.T) {
			data, err := os.ReadFile(p)
			require.NoError(t, err)
			n, err := Parse(data)
			require.NoError(t, err)
			doc, err := n.Dokument()
			require.NoError(t, err)
			assert.Contains(t, string(doc[:120]), `"$schema": "`+SchemaID+`"`)
			n2, err := Parse(doc)
			require.NoError(t, err)
			assert.Equal(t, n, n2)
			doc2, err := n2.Dokument()
			require.NoError(t, err)
			assert.Equal(t, string(doc), string(doc2))
			// Inside a profile the network has no "$schema" and is read the same.
			teil, err := jsonMarshal(n)
			require.NoError(t, err)
			assert.NotContains(t, string(teil), "$schema")
			n3, err := Parse(teil)
			require.NoError(t, err)
			assert.Equal(t, n, n3)
		})
	}
}

func TestParseFalschesSchema(t *testing.T) {
	_, err := Parse([]byte(`{"$schema": "` + schema.ArtZuschnitt.ID() + `", "rahmen": "2.0"}`))
	require.ErrorIs(t, err, schema.ErrUnbekanntesSchema)
	var ve *schema.ValidierungsFehler
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, "/$schema", ve.Verletzungen[0].Zeiger)
}
