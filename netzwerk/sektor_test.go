package netzwerk

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func TestStandardSektoren(t *testing.T) {
	// The IDs are a contract (kommune and stored documents use them).
	want := []struct {
		id           Sektor
		wert         string
		name, nameEn string
	}{
		{KinderUndJugendhilfe, "kinder-und-jugendhilfe", "Kinder- und Jugendhilfe", "child and youth welfare"},
		{Gesundheitswesen, "gesundheitswesen", "Gesundheitswesen", "health care"},
		{Schwangerschaftsberatung, "schwangerschaftsberatung", "Schwangerschaftsberatung", "pregnancy counselling"},
		{Fruehfoerderung, "fruehfoerderung", "Frühförderung", "early intervention"},
		{Suchtberatung, "suchtberatung", "Suchtberatung", "addiction counselling"},
		{Gewaltschutz, "gewaltschutz", "Gewaltschutz", "protection against violence"},
		{MaterielleSicherung, "materielle-sicherung", "Materielle Sicherung", "material security"},
		{Eingliederungshilfe, "eingliederungshilfe", "Eingliederungshilfe", "integration assistance for people with disabilities"},
		{Ehrenamt, "ehrenamt", "Ehrenamt", "volunteering"},
		{Sonstige, "sonstige", "Sonstige", "other"},
	}
	got := StandardSektoren()
	require.Len(t, got, len(want))
	for i, w := range want {
		assert.Equal(t, w.wert, string(w.id))
		assert.Equal(t, w.id, got[i].ID)
		assert.Equal(t, w.name, got[i].Name)
		assert.Equal(t, w.nameEn, got[i].NameEn)
		assert.NotEmpty(t, got[i].Beispiele, w.wert)
		assert.True(t, w.id.Valid() && w.id.Standard(), w.wert)
		assert.Equal(t, w.name, w.id.Name(language.German))
		assert.Equal(t, w.nameEn, w.id.Name(language.English))
		assert.Equal(t, w.wert, w.id.String())
		b, err := w.id.MarshalText()
		require.NoError(t, err)
		var s Sektor
		require.NoError(t, s.UnmarshalText(b))
		assert.Equal(t, w.id, s)
		// Every default is found by its own ID and name.
		for _, label := range []string{w.wert, w.name} {
			s, ok := SektorAusBezeichnung(label)
			assert.True(t, ok, label)
			assert.Equal(t, w.id, s, label)
		}
	}
	got[0].Beispiele[0] = "verändert"
	assert.NotEqual(t, "verändert", StandardSektoren()[0].Beispiele[0], "StandardSektoren returns a copy")
	assert.Equal(t, []Sektor{KinderUndJugendhilfe, Gesundheitswesen, Schwangerschaftsberatung, Fruehfoerderung,
		Suchtberatung, Gewaltschutz, MaterielleSicherung, Eingliederungshilfe, Ehrenamt}, Referenzsektoren())
}

func TestSektorOffen(t *testing.T) {
	eigen := Sektor("polizei")
	assert.True(t, eigen.Valid())
	assert.False(t, eigen.Standard())
	assert.Equal(t, "polizei", eigen.Name(language.German))
	for _, ungueltig := range []string{"", "a b", "-x", "ä"} {
		s := Sektor(ungueltig)
		assert.False(t, s.Valid(), ungueltig)
		_, err := s.MarshalText()
		assert.Error(t, err, ungueltig)
		assert.Error(t, new(Sektor).UnmarshalText([]byte(ungueltig)), ungueltig)
		assert.Contains(t, s.String(), "Sektor(")
	}
	n := &Netzwerk{Sektoren: []SektorDefinition{{ID: eigen, Name: "Polizei", NameEn: "police"}, {ID: "justiz", Name: "Justiz"}}}
	assert.True(t, n.KenntSektor(eigen))
	assert.True(t, n.KenntSektor(Gesundheitswesen))
	assert.False(t, n.KenntSektor("feuerwehr"))
	assert.Equal(t, "Polizei", n.SektorName(eigen, language.German))
	assert.Equal(t, "police", n.SektorName(eigen, language.English))
	assert.Equal(t, "Justiz", n.SektorName("justiz", language.English), "no English name: the German one")
	assert.Equal(t, "feuerwehr", n.SektorName("feuerwehr", language.German))
	assert.Equal(t, "health care", n.SektorName(Gesundheitswesen, language.English))
}

func TestSektorAusBezeichnung(t *testing.T) {
	tests := []struct {
		label string
		want  Sektor
		ok    bool
	}{
		// The labels of the Steckbrief, as written.
		{"Gesundheit", Gesundheitswesen, true},
		{"Kinder- und Jugend", KinderUndJugendhilfe, true},
		{"Schwangerschaftsberatung", Schwangerschaftsberatung, true},
		{"Frühförderung", Fruehfoerderung, true},
		{"Sonstige", Sonstige, true},
		{"Freiwilligenarbeit", Ehrenamt, true},
		// Variants: case, spacing, dashes, NFD, ASCII spelling, colon.
		{"gesundheit", Gesundheitswesen, true},
		{"  GESUNDHEIT  ", Gesundheitswesen, true},
		{"Kinder- und Jugendhilfe", KinderUndJugendhilfe, true},
		{"Kinder– und Jugendhilfe", KinderUndJugendhilfe, true},
		{"Kinder‑ und  Jugend", KinderUndJugendhilfe, true},
		{"Kinder-und Jugendhilfe", KinderUndJugendhilfe, true},
		{"Kinder u. Jugendhilfe", KinderUndJugendhilfe, true},
		{"Kinder & Jugend", KinderUndJugendhilfe, true},
		{"Jugendhilfe", KinderUndJugendhilfe, true},
		{"Fru\u0308hfo\u0308rderung", Fruehfoerderung, true},
		{"Fruehfoerderung", Fruehfoerderung, true},
		{"Schwangerschafts- und Schwangerschaftskonfliktberatung", Schwangerschaftsberatung, true},
		{"Sonstige: Kommunen, Beratungsstellen", Sonstige, true},
		{"Sonstiges", Sonstige, true},
		{"Ehrenamt", Ehrenamt, true},
		{"Freiwilliges Engagement", Ehrenamt, true},
		{"Suchtberatung", Suchtberatung, true},
		{"Suchthilfe", Suchtberatung, true},
		{"Gewaltschutz", Gewaltschutz, true},
		{"Jobcenter", MaterielleSicherung, true},
		{"materielle Sicherung", MaterielleSicherung, true},
		{"Eingliederungshilfe", Eingliederungshilfe, true},
		// Unknown.
		{"", "", false},
		{"Polizei", "", false},
		{"Gesundheit und Pflege", "", false},
		{":", "", false},
	}
	for _, tt := range tests {
		got, ok := SektorAusBezeichnung(tt.label)
		assert.Equal(t, tt.ok, ok, "SektorAusBezeichnung(%q) ok", tt.label)
		assert.Equal(t, tt.want, got, "SektorAusBezeichnung(%q)", tt.label)
	}
}

func TestGremiumArtAusBezeichnung(t *testing.T) {
	tests := []struct {
		label string
		want  GremiumArt
		ok    bool
	}{
		{"Strategie- und Lenkungsgruppe", Lenkungsgruppe, true},
		{"1 Strategie- und Lenkungsgruppe", Lenkungsgruppe, true},
		{"Strategie– und Lenkungsgruppe", Lenkungsgruppe, true},
		{"Lenkungskreis", Lenkungsgruppe, true},
		{"Lenkungsgruppe", Lenkungsgruppe, true},
		{"Steuerungsgruppen", Steuerungsgruppe, true},
		{"6 Steuerungsgruppen", Steuerungsgruppe, true},
		{"Steuerungsgruppe", Steuerungsgruppe, true},
		{"Regionalnetzwerke", Regionalnetzwerk, true},
		{"Regionalnetzwerk", Regionalnetzwerk, true},
		{"regionale Netzwerke", Regionalnetzwerk, true},
		{"Arbeitsgruppen", Arbeitsgruppe, true},
		{"Arbeitsgruppe", Arbeitsgruppe, true},
		{"AG", Arbeitsgruppe, true},
		{"AGs", Arbeitsgruppe, true},
		{"Arbeitskreise", Arbeitsgruppe, true},
		{"Qualitätszirkel", Qualitaetszirkel, true},
		{"Netzwerkkonferenz", SonstigesGremium, false},
		{"", SonstigesGremium, false},
		{"6", SonstigesGremium, false},
	}
	for _, tt := range tests {
		got, ok := GremiumArtAusBezeichnung(tt.label)
		assert.Equal(t, tt.ok, ok, "GremiumArtAusBezeichnung(%q) ok", tt.label)
		assert.Equal(t, tt.want, got, "GremiumArtAusBezeichnung(%q)", tt.label)
	}
}

// textEnum is what every enum of the package offers.
type textEnum interface {
	Valid() bool
	String() string
	MarshalText() ([]byte, error)
}

func TestGremiumArtNamen(t *testing.T) {
	want := []struct {
		art    GremiumArt
		id     string
		de, en string
	}{
		{Lenkungsgruppe, "lenkungsgruppe", "Lenkungsgruppe", "steering body"},
		{Steuerungsgruppe, "steuerungsgruppe", "Steuerungsgruppe", "steering group"},
		{Regionalnetzwerk, "regionalnetzwerk", "Regionalnetzwerk", "regional network"},
		{Arbeitsgruppe, "arbeitsgruppe", "Arbeitsgruppe", "working group"},
		{Qualitaetszirkel, "qualitaetszirkel", "Qualitätszirkel", "quality circle"},
		{SonstigesGremium, "sonstiges", "sonstiges Gremium", "other body"},
	}
	require.Len(t, GremiumArten(), len(want))
	for i, w := range want {
		assert.Equal(t, w.art, GremiumArten()[i])
		pruefeEnum(t, w.art, w.id, w.de, w.en, w.art.Name, func(b []byte) (textEnum, error) {
			var x GremiumArt
			err := x.UnmarshalText(b)
			return x, err
		})
	}
	pruefeUnbekannt(t, GremiumArt("steuerungsgruppen"), func(b []byte) error { var x GremiumArt; return x.UnmarshalText(b) })
	_, err := ParseGremiumArt("Lenkungskreis")
	assert.ErrorContains(t, err, `"Lenkungskreis"`)
}

func TestTreffenArtNamen(t *testing.T) {
	want := []struct {
		art    TreffenArt
		id     string
		de, en string
	}{
		{Netzwerktreffen, "netzwerktreffen", "Netzwerktreffen", "network meeting"},
		{LenkungsgruppenTreffen, "lenkungsgruppe", "Sitzung der Lenkungsgruppe", "steering body meeting"},
		{SteuerungsgruppenTreffen, "steuerungsgruppe", "Sitzung einer Steuerungsgruppe", "steering group meeting"},
		{RegionalnetzwerkTreffen, "regionalnetzwerk", "Treffen eines Regionalnetzwerks", "regional network meeting"},
		{ArbeitsgruppenTreffen, "arbeitsgruppe", "Sitzung einer Arbeitsgruppe", "working group meeting"},
		{QualitaetszirkelTreffen, "qualitaetszirkel", "Qualitätszirkel", "quality circle"},
		{Fachtag, "fachtag", "Fachtag", "conference day"},
		{Fortbildung, "fortbildung", "Fortbildung", "training"},
		{SonstigesTreffen, "sonstiges", "sonstiges Treffen", "other meeting"},
	}
	require.Len(t, TreffenArten(), len(want))
	for i, w := range want {
		assert.Equal(t, w.art, TreffenArten()[i])
		pruefeEnum(t, w.art, w.id, w.de, w.en, w.art.Name, func(b []byte) (textEnum, error) {
			var x TreffenArt
			err := x.UnmarshalText(b)
			return x, err
		})
	}
	pruefeUnbekannt(t, TreffenArt("Netzwerktreffen"), func(b []byte) error { var x TreffenArt; return x.UnmarshalText(b) })
}

func TestKooperationsformNamen(t *testing.T) {
	want := []struct {
		form   Kooperationsform
		id     string
		de, en string
	}{
		{Schriftlich, "schriftlich", "schriftliche Kooperationsvereinbarung", "written cooperation agreement"},
		{Muendlich, "muendlich", "mündliche Absprache", "verbal arrangement"},
		{Vertrag, "vertrag", "Vertrag", "contract"},
		{SonstigeForm, "sonstige", "sonstige Form", "other form"},
	}
	require.Len(t, Kooperationsformen(), len(want))
	for i, w := range want {
		assert.Equal(t, w.form, Kooperationsformen()[i])
		pruefeEnum(t, w.form, w.id, w.de, w.en, w.form.Name, func(b []byte) (textEnum, error) {
			var x Kooperationsform
			err := x.UnmarshalText(b)
			return x, err
		})
	}
	pruefeUnbekannt(t, Kooperationsform("fax"), func(b []byte) error { var x Kooperationsform; return x.UnmarshalText(b) })
}

func TestFoerderbereichNamen(t *testing.T) {
	want := []struct {
		f      Foerderbereich
		id     string
		de, en string
	}{
		{FoerderbereichI, "I", "Förderbereich I: Maßnahmen zur Sicherstellung der Netzwerkstrukturen in den Frühen Hilfen", "funding area I: measures securing the network structures of Frühe Hilfen"},
		{FoerderbereichII, "II", "Förderbereich II: Psychosoziale Unterstützung von Familien durch spezifische Angebote Früher Hilfen", "funding area II: psychosocial support of families through specific offers of Frühe Hilfen"},
		{FoerderbereichIII, "III", "Förderbereich III: Erprobung innovativer Maßnahmen und Implementierung erfolgreicher Modelle", "funding area III: trying out innovative measures and implementing successful models"},
	}
	require.Equal(t, []Foerderbereich{1, 2, 3}, Foerderbereiche())
	for _, w := range want {
		pruefeEnum(t, w.f, w.id, w.de, w.en, w.f.Name, func(b []byte) (textEnum, error) {
			var x Foerderbereich
			err := x.UnmarshalText(b)
			return x, err
		})
	}
	var null Foerderbereich
	assert.Equal(t, "", null.String())
	assert.False(t, null.Valid())
	var x Foerderbereich = 2
	require.NoError(t, x.UnmarshalText(nil))
	assert.Equal(t, Foerderbereich(0), x, `"" is the zero value`)
	assert.Equal(t, "Foerderbereich(4)", Foerderbereich(4).String())
	_, err := Foerderbereich(4).MarshalText()
	assert.Error(t, err)
	for _, s := range []string{"IV", "2", "ii", " I"} {
		_, err := ParseFoerderbereich(s)
		assert.ErrorContains(t, err, `"`+s+`"`)
	}
}

func TestArchitekturEbeneNamen(t *testing.T) {
	want := []struct {
		e      ArchitekturEbene
		id     string
		de, en string
	}{
		{EbeneKoordination, "koordination", "Koordinierungsstelle", "coordination office"},
		{EbeneSteuerung, "steuerung", "Steuerungsgremium (Lenkungsgruppe)", "steering body"},
		{EbeneArbeit, "arbeitsebene", "Arbeitsebene (Steuerungsgruppen, Regionalnetzwerke, Arbeitsgruppen)", "working level (steering groups, regional networks, working groups)"},
	}
	require.Len(t, ArchitekturEbenen(), len(want))
	for i, w := range want {
		assert.Equal(t, w.e, ArchitekturEbenen()[i])
		assert.Equal(t, w.id, string(w.e))
		assert.Equal(t, w.id, w.e.String())
		assert.Equal(t, w.de, w.e.Name(language.German))
		assert.Equal(t, w.en, w.e.Name(language.English))
	}
	assert.Equal(t, `ArchitekturEbene("x")`, ArchitekturEbene("x").String())
	assert.Equal(t, `ArchitekturEbene("x")`, ArchitekturEbene("x").Name(language.German))
}

// pruefeEnum checks String, Name, MarshalText and the JSON round trip of
// one value.
func pruefeEnum[T interface {
	comparable
	textEnum
}](t *testing.T, wert T, id, de, en string, name func(tag language.Tag) string, zurueck func([]byte) (textEnum, error)) {
	t.Helper()
	assert.True(t, wert.Valid(), id)
	assert.Equal(t, id, wert.String())
	assert.Equal(t, de, name(language.German), id)
	assert.Equal(t, en, name(language.English), id)
	b, err := wert.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, id, string(b))
	x, err := zurueck(b)
	require.NoError(t, err)
	assert.Equal(t, textEnum(wert), x)
	j, err := json.Marshal(wert)
	require.NoError(t, err)
	assert.Equal(t, `"`+id+`"`, string(j))
}

func pruefeUnbekannt[T textEnum](t *testing.T, wert T, unmarshal func([]byte) error) {
	t.Helper()
	assert.False(t, wert.Valid())
	assert.Contains(t, wert.String(), "(")
	_, err := wert.MarshalText()
	assert.Error(t, err)
	err = unmarshal([]byte(wert.String()))
	assert.Error(t, err)
	assert.Error(t, unmarshal(nil))
}
