package schema_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

func TestSprache(t *testing.T) {
	tests := []struct {
		in   language.Tag
		want language.Tag
	}{
		{language.Und, language.German},
		{language.German, language.German},
		{language.MustParse("de-AT"), language.German},
		{language.MustParse("de-CH"), language.German},
		{language.English, language.English},
		{language.BritishEnglish, language.English},
		{language.AmericanEnglish, language.English},
		{language.French, language.German},
		{language.Turkish, language.German},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, schema.Sprache(tt.in), "Sprache(%s)", tt.in)
	}
}

func TestParseSprache(t *testing.T) {
	tests := []struct {
		in      string
		want    language.Tag
		wantErr bool
	}{
		{"de", language.German, false},
		{"de-DE", language.German, false},
		{"en", language.English, false},
		{"en-GB", language.English, false},
		{"EN-us", language.English, false},
		{"fr", language.German, false},
		{"ar-EG", language.German, false},
		{"", language.German, true},
		{"deutsch!", language.German, true},
		{"e", language.German, true},
	}
	for _, tt := range tests {
		got, err := schema.ParseSprache(tt.in)
		if tt.wantErr {
			if assert.Error(t, err, "ParseSprache(%q) = %s, nil; want error", tt.in, got) {
				assert.Contains(t, err.Error(), `"`+tt.in+`"`, "the error quotes the input")
			}
		} else {
			assert.NoError(t, err, "ParseSprache(%q)", tt.in)
		}
		assert.Equal(t, tt.want, got, "ParseSprache(%q)", tt.in)
	}
}

func TestNeuerKatalogPanik(t *testing.T) {
	tests := []struct {
		name      string
		eintraege []schema.Eintrag
	}{
		{"duplicate key", []schema.Eintrag{{"a", "A", "A"}, {"a", "B", "B"}}},
		{"missing English", []schema.Eintrag{{"a", "nur deutsch", ""}}},
		{"missing German", []schema.Eintrag{{"a", "", "English only"}}},
		{"missing key", []schema.Eintrag{{"", "A", "A"}}},
		{"different verbs", []schema.Eintrag{{"a", "%s Stück", "%d pieces"}}},
		{"missing verb", []schema.Eintrag{{"a", "%s und %s", "%s"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got any
			func() {
				defer func() { got = recover() }()
				schema.NeuerKatalog(tt.eintraege...)
			}()
			require.NotNil(t, got, "NeuerKatalog(%v) did not panic", tt.eintraege)
			text, _ := got.(string)
			assert.Contains(t, text, "schema.NeuerKatalog", "panic value names the function: %v", got)
		})
	}
	assert.NotPanics(t, func() {
		schema.NeuerKatalog(schema.Eintrag{"a", "%s vor %d", "%d before %s"})
	}, "the order of the verbs may differ between the languages")
}

func TestKatalog(t *testing.T) {
	k := schema.NeuerKatalog(
		schema.Eintrag{Schluessel: "zahl", DE: "%d Kinder unter drei Jahren", EN: "%d children under three"},
		schema.Eintrag{Schluessel: "anteil", DE: "Anteil %.1f %%", EN: "share %.1f %%"},
		schema.Eintrag{Schluessel: "jahr", DE: "seit %s", EN: "since %s"},
	)
	assert.Equal(t, []string{"anteil", "jahr", "zahl"}, k.Schluessel())
	assert.True(t, k.Hat("zahl"))
	assert.False(t, k.Hat("Zahl"))

	assert.Equal(t, "178.068 Kinder unter drei Jahren", k.Sprintf(language.German, "zahl", 178068))
	assert.Equal(t, "178,068 children under three", k.Sprintf(language.English, "zahl", 178068))
	assert.Equal(t, "178,068 children under three", k.Sprintf(language.BritishEnglish, "zahl", 178068))
	assert.Equal(t, "178.068 Kinder unter drei Jahren", k.Sprintf(language.French, "zahl", 178068))
	assert.Equal(t, "Anteil 22,6 %", k.Sprintf(language.German, "anteil", 22.6))
	assert.Equal(t, "share 22.6 %", k.Sprintf(language.English, "anteil", 22.6))
	assert.Equal(t, "seit 2012", k.Sprintf(language.German, "jahr", "2012"), "years as strings keep no dot")
	unbekannt := k.Sprintf(language.German, "fehlt", 1, "x")
	for _, teil := range []string{"fehlt", "1", "x"} {
		assert.Contains(t, unbekannt, teil, "an unknown key shows itself and its arguments")
	}

	v := k.Verletzung("/kommunalstruktur/kinder", "minimum", "zahl", 5262)
	assert.Equal(t, schema.Verletzung{Zeiger: "/kommunalstruktur/kinder", Regel: "minimum",
		Meldung: "5.262 Kinder unter drei Jahren", Message: "5,262 children under three"}, v)
}
