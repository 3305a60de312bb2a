package netzwerk

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
)

// muster is a network with meetings, built for the attendance figures
// worked out by hand in TestTeilnahme.
func muster() *Netzwerk {
	return &Netzwerk{
		Gruendungsjahr: 2010,
		Akteure: []Akteur{
			{ID: "a1", Organisation: "Jugendamt Musterstadt", Sektor: KinderUndJugendhilfe},
			{ID: "a2", Organisation: "Klinikum Musterstadt", Sektor: Gesundheitswesen, Einrichtungsart: "Geburtsklinik"},
			{ID: "a3", Organisation: "Hebammenpraxis Sonnenschein", Sektor: Gesundheitswesen, Einrichtungsart: "Hebamme"},
			{ID: "a4", Organisation: "Beratungsstelle pro familia", Sektor: Schwangerschaftsberatung},
			{ID: "a5", Organisation: "Kita Nord", Sektor: KinderUndJugendhilfe},
		},
		Regionalnetzwerke: []RegionalnetzwerkEintrag{{ID: "nord", Name: "Regionalnetzwerk Nord", Akteure: []string{"a1", "a5"}}},
		Treffen: []Treffen{
			{Datum: qualitaet.MussKalenderdatum("2023-01-10"), Art: Netzwerktreffen, Teilnehmende: []string{"a1", "a2", "a4"}},
			{Datum: qualitaet.MussKalenderdatum("2023-03-15"), Art: Netzwerktreffen, Teilnehmende: []string{"a1", "a4"}},
			{Datum: qualitaet.MussKalenderdatum("2023-06-20"), Art: RegionalnetzwerkTreffen, Regionalnetzwerk: "nord", Teilnehmende: []string{"a5"}},
			{Datum: qualitaet.MussKalenderdatum("2023-09-05"), Art: Netzwerktreffen}, // attendance not recorded
			{Datum: qualitaet.MussKalenderdatum("2024-01-01"), Art: Netzwerktreffen, Teilnehmende: []string{"a1", "a3"}},
		},
	}
}

func TestMusterGueltig(t *testing.T) { require.NoError(t, muster().Validate()) }

// zeile is a compact form of an AkteurTeilnahme for the tables.
type zeile struct {
	id                     string
	erwartet, teilgenommen int
	quote                  qualitaet.Wert
}

func TestTeilnahme(t *testing.T) {
	ohne := qualitaet.Wert{}
	tests := []struct {
		name          string
		netz          *Netzwerk
		zeitraum      Zeitraum
		schwelle      float64
		treffen       int
		ohneErfassung int
		zeilen        []zeile // sorted by organisation
		unter         []string
		sektoren      []SektorTeilnahme
	}{
		{
			name:     "Jahr 2023",
			netz:     muster(),
			zeitraum: Zeitraum{qualitaet.MussKalenderdatum("2023-01-01"), qualitaet.MussKalenderdatum("2023-12-31")},
			schwelle: 0.5, treffen: 3, ohneErfassung: 1,
			// a1 is expected at the two plenary meetings and at Nord's; a2–a4
			// only at the plenary ones; a5 (Nord) at all three.
			zeilen: []zeile{{"a4", 2, 2, wert(1)}, {"a3", 2, 0, wert(0)}, {"a1", 3, 2, wert(2.0 / 3)},
				{"a5", 3, 1, wert(1.0 / 3)}, {"a2", 2, 1, wert(0.5)}},
			unter: []string{"a3", "a5"}, // a2 at exactly 0.5 is not below
			sektoren: []SektorTeilnahme{
				{Sektor: Gesundheitswesen, Name: "Gesundheitswesen", Akteure: 2, Teilnahmen: 1, Treffen: 1, Quote: wert(1.0 / 3)},
				{Sektor: KinderUndJugendhilfe, Name: "Kinder- und Jugendhilfe", Akteure: 2, Teilnahmen: 3, Treffen: 3, Quote: wert(1)},
				{Sektor: Schwangerschaftsberatung, Name: "Schwangerschaftsberatung", Akteure: 1, Teilnahmen: 2, Treffen: 2, Quote: wert(2.0 / 3)},
			},
		},
		{
			name:     "Grenzen eingeschlossen",
			netz:     muster(),
			zeitraum: Zeitraum{qualitaet.MussKalenderdatum("2023-03-15"), qualitaet.MussKalenderdatum("2023-06-20")},
			schwelle: 0.5, treffen: 2,
			zeilen: []zeile{{"a4", 1, 1, wert(1)}, {"a3", 1, 0, wert(0)}, {"a1", 2, 1, wert(0.5)},
				{"a5", 2, 1, wert(0.5)}, {"a2", 1, 0, wert(0)}},
			unter: []string{"a3", "a2"},
			sektoren: []SektorTeilnahme{
				{Sektor: Gesundheitswesen, Name: "Gesundheitswesen", Akteure: 2, Quote: wert(0)},
				{Sektor: KinderUndJugendhilfe, Name: "Kinder- und Jugendhilfe", Akteure: 2, Teilnahmen: 2, Treffen: 2, Quote: wert(1)},
				{Sektor: Schwangerschaftsberatung, Name: "Schwangerschaftsberatung", Akteure: 1, Teilnahmen: 1, Treffen: 1, Quote: wert(0.5)},
			},
		},
		{
			name:     "Grenzen knapp daneben",
			netz:     muster(),
			zeitraum: Zeitraum{qualitaet.MussKalenderdatum("2023-03-16"), qualitaet.MussKalenderdatum("2023-06-19")},
			schwelle: 0.5, treffen: 0,
			zeilen: []zeile{{"a4", 0, 0, ohne}, {"a3", 0, 0, ohne}, {"a1", 0, 0, ohne}, {"a5", 0, 0, ohne}, {"a2", 0, 0, ohne}},
			sektoren: []SektorTeilnahme{
				{Sektor: Gesundheitswesen, Name: "Gesundheitswesen", Akteure: 2},
				{Sektor: KinderUndJugendhilfe, Name: "Kinder- und Jugendhilfe", Akteure: 2},
				{Sektor: Schwangerschaftsberatung, Name: "Schwangerschaftsberatung", Akteure: 1},
			},
		},
		{
			name:     "alle Zeit, höhere Schwelle",
			netz:     muster(),
			schwelle: 0.75, treffen: 4, ohneErfassung: 1,
			zeilen: []zeile{{"a4", 3, 2, wert(2.0 / 3)}, {"a3", 3, 1, wert(1.0 / 3)}, {"a1", 4, 3, wert(0.75)},
				{"a5", 4, 1, wert(0.25)}, {"a2", 3, 1, wert(1.0 / 3)}},
			unter: []string{"a4", "a3", "a5", "a2"},
			sektoren: []SektorTeilnahme{
				{Sektor: Gesundheitswesen, Name: "Gesundheitswesen", Akteure: 2, Teilnahmen: 2, Treffen: 2, Quote: wert(0.5)},
				{Sektor: KinderUndJugendhilfe, Name: "Kinder- und Jugendhilfe", Akteure: 2, Teilnahmen: 4, Treffen: 4, Quote: wert(1)},
				{Sektor: Schwangerschaftsberatung, Name: "Schwangerschaftsberatung", Akteure: 1, Teilnahmen: 2, Treffen: 2, Quote: wert(0.5)},
			},
		},
		{
			name:     "Schwelle 0: niemand darunter",
			netz:     muster(),
			zeitraum: Zeitraum{Bis: qualitaet.MussKalenderdatum("2023-01-10")},
			schwelle: 0, treffen: 1,
			zeilen: []zeile{{"a4", 1, 1, wert(1)}, {"a3", 1, 0, wert(0)}, {"a1", 1, 1, wert(1)},
				{"a5", 1, 0, wert(0)}, {"a2", 1, 1, wert(1)}},
			sektoren: []SektorTeilnahme{
				{Sektor: Gesundheitswesen, Name: "Gesundheitswesen", Akteure: 2, Teilnahmen: 1, Treffen: 1, Quote: wert(1)},
				{Sektor: KinderUndJugendhilfe, Name: "Kinder- und Jugendhilfe", Akteure: 2, Teilnahmen: 1, Treffen: 1, Quote: wert(1)},
				{Sektor: Schwangerschaftsberatung, Name: "Schwangerschaftsberatung", Akteure: 1, Teilnahmen: 1, Treffen: 1, Quote: wert(1)},
			},
		},
		{
			name: "ohne Treffen", netz: &Netzwerk{Akteure: []Akteur{{ID: "x", Organisation: "Ökumenische Beratungsstelle", Sektor: Sonstige}}},
			schwelle: 0.5,
			zeilen:   []zeile{{"x", 0, 0, ohne}},
			sektoren: []SektorTeilnahme{{Sektor: Sonstige, Name: "Sonstige", Akteure: 1}},
		},
		{
			name: "nur Treffen ohne Erfassung", netz: &Netzwerk{
				Akteure: []Akteur{{ID: "x", Organisation: "X", Sektor: Ehrenamt}},
				Treffen: []Treffen{{Datum: qualitaet.MussKalenderdatum("2020-01-01"), Art: Fachtag}}},
			schwelle: 0.5, ohneErfassung: 1,
			zeilen:   []zeile{{"x", 0, 0, ohne}},
			sektoren: []SektorTeilnahme{{Sektor: Ehrenamt, Name: "Ehrenamt", Akteure: 1}},
		},
		{name: "leeres Netzwerk", netz: &Netzwerk{}, schwelle: 0.5},
		{name: "nil", netz: nil, schwelle: 0.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := Teilnahme(tt.netz, tt.zeitraum, tt.schwelle)
			assert.Equal(t, tt.zeitraum, b.Zeitraum)
			assert.Equal(t, tt.schwelle, b.Schwelle)
			assert.Equal(t, tt.treffen, b.Treffen, "Treffen")
			assert.Equal(t, tt.ohneErfassung, b.OhneErfassung, "OhneErfassung")
			var got []zeile
			for _, r := range b.Akteure {
				got = append(got, zeile{r.Akteur.ID, r.Erwartet, r.Teilgenommen, r.Quote})
			}
			assert.Equal(t, tt.zeilen, got)
			var unter []string
			for _, r := range b.UnterSchwelle {
				unter = append(unter, r.Akteur.ID)
			}
			assert.Equal(t, tt.unter, unter)
			assert.Equal(t, tt.sektoren, b.Sektoren)
		})
	}
}

func TestSektorAbdeckung(t *testing.T) {
	eigen := &Netzwerk{
		Sektoren: []SektorDefinition{{ID: "polizei", Name: "Polizei", NameEn: "police"}},
		Akteure: []Akteur{
			{ID: "p", Organisation: "Polizeiinspektion", Sektor: "polizei"},
			{ID: "j", Organisation: "Jobcenter", Sektor: MaterielleSicherung},
		},
		Kooperationen: []Kooperation{
			{Sektor: Gesundheitswesen, Anzahl: wert(0)},                      // explicitly none: not covered
			{Sektor: Suchtberatung, Bezeichnung: "Suchtberatung"},            // named without count: covered
			{Sektor: Eingliederungshilfe, Anzahl: wert(2)},                   // counted
			{Sektor: Eingliederungshilfe, Anzahl: wert(1)},                   // second entry adds up
			{Sektor: Gewaltschutz, Bezeichnung: "Frauenhaus", Text: "k. A."}, // named without count
		},
	}
	tests := []struct {
		name      string
		netz      *Netzwerk
		referenz  []Sektor
		abgedeckt []Sektor
		fehlend   []string // German names
		weitere   []Sektor
		anteil    qualitaet.Wert
		daten     bool
	}{
		{name: "leeres Netzwerk", netz: &Netzwerk{},
			fehlend: []string{"Ehrenamt", "Eingliederungshilfe", "Frühförderung", "Gesundheitswesen", "Gewaltschutz",
				"Kinder- und Jugendhilfe", "Materielle Sicherung", "Schwangerschaftsberatung", "Suchtberatung"}},
		{name: "nil", netz: nil, referenz: []Sektor{Gesundheitswesen}, fehlend: []string{"Gesundheitswesen"}},
		{name: "eigene Sektoren und Anzahl 0", netz: eigen,
			abgedeckt: []Sektor{Eingliederungshilfe, Gewaltschutz, MaterielleSicherung, Suchtberatung},
			fehlend:   []string{"Ehrenamt", "Frühförderung", "Gesundheitswesen", "Kinder- und Jugendhilfe", "Schwangerschaftsberatung"},
			weitere:   []Sektor{"polizei"}, anteil: wert(4.0 / 9), daten: true},
		{name: "eigene Referenzliste mit Duplikat", netz: eigen, referenz: []Sektor{"polizei", Gesundheitswesen, "polizei"},
			abgedeckt: []Sektor{"polizei"}, fehlend: []string{"Gesundheitswesen"},
			weitere: []Sektor{Eingliederungshilfe, Gewaltschutz, MaterielleSicherung, Suchtberatung}, anteil: wert(0.5), daten: true},
		{name: "Referenz mit unbekanntem Sektor", netz: eigen, referenz: []Sektor{"justiz"},
			fehlend: []string{"justiz"},
			weitere: []Sektor{Eingliederungshilfe, Gewaltschutz, MaterielleSicherung, "polizei", Suchtberatung}, anteil: wert(0), daten: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := SektorAbdeckung(tt.netz, tt.referenz)
			assert.Equal(t, tt.abgedeckt, b.Abgedeckt)
			assert.Equal(t, tt.fehlend, b.FehlendNamen)
			assert.Len(t, b.Fehlend, len(tt.fehlend))
			assert.Equal(t, tt.weitere, b.Weitere)
			assert.Equal(t, tt.anteil, b.Anteil)
			assert.Equal(t, tt.daten, b.Daten)
		})
	}
	b := SektorAbdeckung(eigen, nil)
	assert.Equal(t, SektorZeile{Sektor: Eingliederungshilfe, Name: "Eingliederungshilfe", Kooperationen: wert(3), Eintraege: 2, Abgedeckt: true}, b.Zeilen[7])
	assert.Equal(t, SektorZeile{Sektor: Gesundheitswesen, Name: "Gesundheitswesen", Kooperationen: wert(0), Eintraege: 1}, b.Zeilen[1])
	assert.Equal(t, SektorZeile{Sektor: Suchtberatung, Name: "Suchtberatung", Eintraege: 1, Abgedeckt: true}, b.Zeilen[4])
}

func TestGesundheit(t *testing.T) {
	tests := []struct {
		name      string
		netz      *Netzwerk
		zeitraum  Zeitraum
		want      Gesundheitsbefund
		akteurIDs []string
	}{
		{name: "leeres Netzwerk", netz: &Netzwerk{}},
		{name: "nil", netz: nil},
		{name: "Muster 2023", netz: muster(), zeitraum: Zeitraum{qualitaet.MussKalenderdatum("2023-01-01"), qualitaet.MussKalenderdatum("2023-12-31")},
			want:      Gesundheitsbefund{Vorhanden: true, Einrichtungsarten: []string{"Geburtsklinik", "Hebamme"}, Treffen: 1, Erfasst: 3, Anteil: wert(1.0 / 3)},
			akteurIDs: []string{"a3", "a2"}},
		{name: "Muster ohne Treffen im Zeitraum", netz: muster(), zeitraum: Zeitraum{Bis: qualitaet.MussKalenderdatum("2022-12-31")},
			want:      Gesundheitsbefund{Vorhanden: true, Einrichtungsarten: []string{"Geburtsklinik", "Hebamme"}},
			akteurIDs: []string{"a3", "a2"}},
		{name: "nur Kooperationen", netz: &Netzwerk{Kooperationen: []Kooperation{
			{Sektor: Gesundheitswesen, Anzahl: wert(2)}, {Sektor: Gesundheitswesen, Text: "Kinderärzte"}, {Sektor: Ehrenamt, Anzahl: wert(4)}}},
			want: Gesundheitsbefund{Vorhanden: true, Kooperationen: wert(2)}},
		{name: "Kooperationen Anzahl 0", netz: &Netzwerk{Kooperationen: []Kooperation{{Sektor: Gesundheitswesen, Anzahl: wert(0)}}},
			want: Gesundheitsbefund{Kooperationen: wert(0)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := Gesundheit(tt.netz, tt.zeitraum)
			var ids []string
			for _, a := range g.Akteure {
				ids = append(ids, a.ID)
			}
			assert.Equal(t, tt.akteurIDs, ids)
			g.Akteure = nil
			assert.Equal(t, tt.want, g)
		})
	}
}

func TestArchitektur(t *testing.T) {
	tests := []struct {
		name string
		netz *Netzwerk
		want Architekturbefund
		de   []string
	}{
		{name: "leeres Netzwerk", netz: &Netzwerk{},
			want: Architekturbefund{Fehlend: []ArchitekturEbene{EbeneKoordination, EbeneSteuerung, EbeneArbeit}},
			de: []string{"Koordinierungsstelle", "Steuerungsgremium (Lenkungsgruppe)",
				"Arbeitsebene (Steuerungsgruppen, Regionalnetzwerke, Arbeitsgruppen)"}},
		{name: "nil", netz: nil,
			want: Architekturbefund{Fehlend: []ArchitekturEbene{EbeneKoordination, EbeneSteuerung, EbeneArbeit}},
			de: []string{"Koordinierungsstelle", "Steuerungsgremium (Lenkungsgruppe)",
				"Arbeitsebene (Steuerungsgruppen, Regionalnetzwerke, Arbeitsgruppen)"}},
		{name: "Koordination ohne Träger zählt nicht", netz: &Netzwerk{Koordination: &Koordination{},
			Gremien: []Gremium{{Art: Lenkungsgruppe, Bezeichnung: "Lenkungskreis"}}},
			want: Architekturbefund{Steuerung: true, Lenkungsgruppen: 1, Fehlend: []ArchitekturEbene{EbeneKoordination, EbeneArbeit}},
			de:   []string{"Koordinierungsstelle", "Arbeitsebene (Steuerungsgruppen, Regionalnetzwerke, Arbeitsgruppen)"}},
		{name: "nur Arbeitsebene", netz: &Netzwerk{Koordination: &Koordination{Traeger: "Stadt"},
			Gremien: []Gremium{{Art: Arbeitsgruppe, Instanzen: []string{"AG 1", "AG 2"}}, {Art: Qualitaetszirkel}, {Art: SonstigesGremium, Anzahl: 3}}},
			want: Architekturbefund{Koordination: true, Arbeitsebene: true, Arbeitsgruppen: 3, Fehlend: []ArchitekturEbene{EbeneSteuerung}},
			de:   []string{"Steuerungsgremium (Lenkungsgruppe)"}},
		{name: "benannte Regionalnetzwerke zählen", netz: &Netzwerk{Koordination: &Koordination{Traeger: "Kreis"},
			Gremien:           []Gremium{{Art: Lenkungsgruppe}, {Art: Regionalnetzwerk, Anzahl: 2}},
			Regionalnetzwerke: []RegionalnetzwerkEintrag{{ID: "a", Name: "A"}, {ID: "b", Name: "B"}, {ID: "c", Name: "C"}}},
			want: Architekturbefund{Koordination: true, Steuerung: true, Arbeitsebene: true, Lenkungsgruppen: 1, Regionalnetzwerke: 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Architektur(tt.netz)
			assert.Equal(t, tt.want, a)
			assert.Equal(t, tt.de, a.FehlendNamen(language.German))
			assert.Equal(t, len(tt.de) == 0, a.Vollstaendig())
			assert.Len(t, a.FehlendNamen(language.English), len(tt.de))
		})
	}
}

func TestAngebotsuebersicht(t *testing.T) {
	leer := []FoerderbereichAngebote{{FoerderbereichI, nil}, {FoerderbereichII, nil}, {FoerderbereichIII, nil}}
	netz := &Netzwerk{Angebote: []Angebot{
		{Name: "Willkommensbesuche", Zielgruppen: []string{"Familien mit Neugeborenen"}, Foerderbereich: FoerderbereichII, Niedrigschwellig: true, Aufsuchend: true},
		{Name: "Familienhebammen", Zielgruppen: []string{"Schwangere", "Familien mit Neugeborenen", "Schwangere"}, Foerderbereich: FoerderbereichII, Aufsuchend: true},
		{Name: "Ärztliche Lotsen", Zielgruppen: []string{" Schwangere "}, Foerderbereich: FoerderbereichIII},
		{Name: "Elterncafé", Zielgruppen: []string{"Älteste Geschwister"}, Niedrigschwellig: true},
		{Name: "Netzwerkkoordination", Foerderbereich: FoerderbereichI},
		{Name: "Babylotsen"},
	}}
	tests := []struct {
		name string
		netz *Netzwerk
		want Angebotsbericht
	}{
		{name: "leeres Netzwerk", netz: &Netzwerk{}, want: Angebotsbericht{NachFoerderbereich: leer}},
		{name: "nil", netz: nil, want: Angebotsbericht{NachFoerderbereich: leer}},
		{name: "gemischt", netz: netz, want: Angebotsbericht{
			Anzahl: 6,
			NachFoerderbereich: []FoerderbereichAngebote{
				{FoerderbereichI, []string{"Netzwerkkoordination"}},
				{FoerderbereichII, []string{"Familienhebammen", "Willkommensbesuche"}},
				{FoerderbereichIII, []string{"Ärztliche Lotsen"}},
				{0, []string{"Babylotsen", "Elterncafé"}},
			},
			NachZielgruppe: []ZielgruppenAngebote{
				{"Älteste Geschwister", []string{"Elterncafé"}},
				{"Familien mit Neugeborenen", []string{"Familienhebammen", "Willkommensbesuche"}},
				{"Schwangere", []string{"Ärztliche Lotsen", "Familienhebammen"}},
			},
			OhneZielgruppe:   []string{"Babylotsen", "Netzwerkkoordination"},
			Niedrigschwellig: 2, Aufsuchend: 2,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Angebotsuebersicht(tt.netz))
		})
	}
}

func TestKooperationZahl(t *testing.T) {
	assert.Equal(t, wert(3), Kooperation{Anzahl: wert(3), Akteur: "x"}.Zahl())
	assert.Equal(t, wert(1), Kooperation{Akteur: "x"}.Zahl())
	assert.False(t, Kooperation{Text: "Kommunen"}.Zahl().Gesetzt())
}

func TestGremiumZahl(t *testing.T) {
	assert.Equal(t, 6, Gremium{Anzahl: 6, Instanzen: []string{"a"}}.Zahl())
	assert.Equal(t, 2, Gremium{Instanzen: []string{"a", "b"}}.Zahl())
	assert.Equal(t, 1, Gremium{}.Zahl())
	assert.Equal(t, 0, Gremium{Anzahl: -2}.Zahl())
}

func TestDeutscheSortierung(t *testing.T) {
	xs := []string{"Zentrum", "Ärztenetz", "Öffentlicher Gesundheitsdienst", "Arbeitsagentur", "Beratung", "Obdach"}
	sortiereDeutsch(xs)
	assert.Equal(t, []string{"Arbeitsagentur", "Ärztenetz", "Beratung", "Obdach", "Öffentlicher Gesundheitsdienst", "Zentrum"}, xs)
}
