package qualitaet_test

import (
	"encoding"
	"encoding/json"
	"fmt"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	q "github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
)

// textEnum is what every string enum of the package offers.
type textEnum interface {
	~string
	fmt.Stringer
	encoding.TextMarshaler
	Valid() bool
}

// pruefeTextEnum checks an enum against its pinned names (value → name, in
// the order alle returns them) and a list of names it must refuse.
func pruefeTextEnum[T textEnum, P interface {
	*T
	encoding.TextUnmarshaler
}](t *testing.T, typ string, namen []string, alle []T, parse func(string) (T, error), unbekannt []string) {
	t.Helper()
	require.Len(t, alle, len(namen), "%s: every value is pinned", typ)
	for i, name := range namen {
		x := alle[i]
		assert.Equal(t, name, string(x), "%s #%d", typ, i)
		assert.True(t, x.Valid(), "%s(%q).Valid()", typ, name)
		assert.Equal(t, name, x.String())
		got, err := parse(name)
		require.NoError(t, err, "Parse%s(%q)", typ, name)
		assert.Equal(t, x, got)
		b, err := x.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, name, string(b))
		var u T
		require.NoError(t, P(&u).UnmarshalText([]byte(name)))
		assert.Equal(t, x, u)
		j, err := json.Marshal(map[string]T{"x": x})
		require.NoError(t, err)
		assert.Equal(t, `{"x":"`+name+`"}`, string(j))
		var m map[string]T
		require.NoError(t, json.Unmarshal(j, &m))
		assert.Equal(t, x, m["x"])
	}
	for _, s := range unbekannt {
		x := T(s)
		assert.False(t, x.Valid(), "%s(%q).Valid()", typ, s)
		assert.Equal(t, typ+"("+s+")", x.String(), "String falls back for an unknown value")
		_, err := parse(s)
		if assert.Error(t, err, "Parse%s(%q)", typ, s) {
			assert.Contains(t, err.Error(), strconv.Quote(s), "the error quotes the input")
		}
		_, err = x.MarshalText()
		assert.Error(t, err, "%s(%q).MarshalText()", typ, s)
		u := alle[0]
		assert.Error(t, P(&u).UnmarshalText([]byte(s)), "UnmarshalText(%q)", s)
		assert.Equal(t, alle[0], u, "a refused UnmarshalText leaves the value unchanged")
		var m map[string]T
		assert.Error(t, json.Unmarshal([]byte(`{"x":`+strconv.Quote(s)+`}`), &m))
	}
}

func TestVersion(t *testing.T) {
	pruefeTextEnum(t, "Version", []string{"2016", "2.0"}, q.Versionen(), q.ParseVersion,
		[]string{"", "2.1", "2", "2.00", "v2.0", "2016 ", "2017"})
	v := q.Versionen()
	v[0] = "x"
	assert.Equal(t, q.Version2016, q.Versionen()[0], "Versionen returns a copy")
}

func TestEbene(t *testing.T) {
	pruefeTextEnum(t, "Ebene", []string{"strategisch", "operativ"}, q.Ebenen(), q.ParseEbene,
		[]string{"", "x", "taktisch", "Strategisch", "OPERATIV", "strategische Steuerung"})
	assert.Equal(t, "Ebene(x)", q.Ebene("x").String())
	e := q.Ebenen()
	e[0] = "x"
	assert.Equal(t, q.Strategisch, q.Ebenen()[0], "Ebenen returns a copy")
}

func TestBereich(t *testing.T) {
	pruefeTextEnum(t, "Bereich", []string{"angebot", "netzwerk", "strukturelle-anbindung"}, q.Bereiche(), q.ParseBereich,
		[]string{"", "familie", "Netzwerk", "strukturelle Anbindung", "strukturelle_anbindung"})
	b := q.Bereiche()
	b[0] = "x"
	assert.Equal(t, q.BereichAngebot, q.Bereiche()[0], "Bereiche returns a copy")
}

func TestHerkunft(t *testing.T) {
	pruefeTextEnum(t, "Herkunft", []string{"nzfh", "abgeleitet", "ergaenzt", "lokal"},
		[]q.Herkunft{q.HerkunftNZFH, q.HerkunftAbgeleitet, q.HerkunftErgaenzt, q.HerkunftLokal}, q.ParseHerkunft,
		[]string{"", "NZFH", "ergänzt", "amtlich", "land", "Abgeleitet"})
	assert.Equal(t, []q.Herkunft{q.HerkunftNZFH, q.HerkunftAbgeleitet, q.HerkunftErgaenzt, q.HerkunftLokal}, q.Herkuenfte())
}

func TestZuordnungsArt(t *testing.T) {
	pruefeTextEnum(t, "ZuordnungsArt", []string{"gleich", "umformuliert", "uebernommen", "zugeordnet", "neu", "entfallen"},
		[]q.ZuordnungsArt{q.ZuordnungGleich, q.ZuordnungUmformuliert, q.ZuordnungUebernommen, q.ZuordnungZugeordnet, q.ZuordnungNeu, q.ZuordnungEntfallen},
		q.ParseZuordnungsArt, []string{"", "übernommen", "Gleich", "ersetzt"})
}

func TestAbgleich(t *testing.T) {
	pruefeTextEnum(t, "Abgleich", []string{"vollstaendig", "teilweise", "nicht-pruefbar"},
		[]q.Abgleich{q.AbgleichVollstaendig, q.AbgleichTeilweise, q.AbgleichNichtPruefbar}, q.ParseAbgleich,
		[]string{"", "geprueft", "nicht prüfbar", "Teilweise"})
}

// TestHerkunftBeschriftung pins the marks reports and rating sheets print
// for each provenance, in both languages; unknown or absent is no mark.
func TestHerkunftBeschriftung(t *testing.T) {
	for _, tt := range []struct {
		h      q.Herkunft
		de, en string
	}{
		{q.HerkunftNZFH, "NZFH", "NZFH"},
		{q.HerkunftAbgeleitet, "abgeleitet", "derived"},
		{q.HerkunftErgaenzt, "ergänzt", "added"},
		{q.HerkunftLokal, "lokal", "local"},
		{"", "", ""},
		{"fremd", "", ""},
	} {
		assert.Equal(t, tt.de, tt.h.Beschriftung(language.German), string(tt.h))
		assert.Equal(t, tt.en, tt.h.Beschriftung(language.English), string(tt.h))
	}
}
