package schema_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

func TestZeiger(t *testing.T) {
	tests := []struct {
		tokens []any
		want   string
	}{
		{nil, ""},
		{[]any{"ziele", 0, "verlauf", 3}, "/ziele/0/verlauf/3"},
		{[]any{""}, "/"},
		{[]any{"a/b", "c~d"}, "/a~1b/c~0d"},
		{[]any{"~1"}, "/~01"},
		{[]any{"~/"}, "/~0~1"},
		{[]any{"Größe", 10}, "/Größe/10"},
		{[]any{int64(7)}, "/7"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, schema.Zeiger(tt.tokens...), "Zeiger(%#v)", tt.tokens)
	}
}

func TestVerletzung(t *testing.T) {
	v := schema.Verletzung{Zeiger: "/a/0", Regel: "enum", Meldung: "deutsch", Message: "english"}
	assert.Equal(t, "/a/0", v.Ort())
	assert.Equal(t, "/a/0: deutsch", v.String())
	assert.Equal(t, "deutsch", v.Text(language.German))
	assert.Equal(t, "deutsch", v.Text(language.Und))
	assert.Equal(t, "deutsch", v.Text(language.French))
	assert.Equal(t, "english", v.Text(language.English))
	assert.Equal(t, "english", v.Text(language.BritishEnglish))

	wurzel := schema.Verletzung{Regel: "syntax", Zeile: 2, Spalte: 7, Meldung: "m", Message: "e"}
	assert.Equal(t, "/ (2:7)", wurzel.Ort())
	assert.Equal(t, "/ (2:7): m", wurzel.String())

	b, err := json.Marshal(v)
	require.NoError(t, err)
	assert.JSONEq(t, `{"zeiger":"/a/0","regel":"enum","meldung":"deutsch","message":"english"}`, string(b))
	b, err = json.Marshal(wurzel)
	require.NoError(t, err)
	assert.JSONEq(t, `{"zeiger":"","regel":"syntax","zeile":2,"spalte":7,"meldung":"m","message":"e"}`, string(b))
}

func TestNeuerFehler(t *testing.T) {
	assert.NoError(t, schema.NeuerFehler(schema.ArtRahmen, nil))
	assert.True(t, schema.NeuerFehler(schema.ArtRahmen, nil) == nil, "NeuerFehler(nil) is an untyped nil error")
	assert.True(t, schema.NeuerFehler("", []schema.Verletzung{}) == nil, "NeuerFehler(empty) is an untyped nil error")

	eins := []schema.Verletzung{{Zeiger: "/rahmen", Regel: "enum", Meldung: "falsch", Message: "wrong"}}
	err := schema.NeuerFehler(schema.ArtZuschnitt, eins)
	require.Error(t, err)
	assert.Equal(t, "zuschnitt: ungültiges Dokument (1 Verstoß): /rahmen: falsch", err.Error())
	var ve *schema.ValidierungsFehler
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, schema.ArtZuschnitt, ve.Art)

	ohneArt := schema.NeuerFehler("", []schema.Verletzung{
		{Zeiger: "/b", Regel: "r", Meldung: "zwei", Message: "two"},
		{Zeiger: "/a", Regel: "r", Meldung: "eins", Message: "one"},
	})
	assert.Equal(t, "ungültiges Dokument (2 Verstöße): /a: eins; /b: zwei", ohneArt.Error())

	// Exact duplicates (the same violation found twice) are reported once.
	doppelt := schema.NeuerFehler("", []schema.Verletzung{eins[0], eins[0]})
	require.ErrorAs(t, doppelt, &ve)
	assert.Equal(t, eins, ve.Verletzungen)
}

// TestValidierungsFehlerText also holds Text to the singular for one
// violation, as Error() already does ("1 Verstoß", "1 violation"). Text in
// fehler.go writes the plural for every count; the goldens under
// testdata/ungueltig/ that hold "(1 Verstöße)" change with its fix.
func TestValidierungsFehlerText(t *testing.T) {
	err := schema.NeuerFehler(schema.ArtZuschnitt, []schema.Verletzung{
		{Zeiger: "/rahmen", Regel: "enum", Meldung: "falsch", Message: "wrong"},
	})
	var ve *schema.ValidierungsFehler
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, "ungültiges Dokument (1 Verstoß)\n  /rahmen: falsch", ve.Text(language.German))
	assert.Equal(t, "invalid document (1 violation)\n  /rahmen: wrong", ve.Text(language.English))

	err = schema.NeuerFehler(schema.ArtZuschnitt, []schema.Verletzung{
		{Zeiger: "/b", Regel: "r", Meldung: "zwei", Message: "two"},
		{Zeiger: "", Regel: "syntax", Zeile: 1, Spalte: 3, Meldung: "eins", Message: "one"},
	})
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, "ungültiges Dokument (2 Verstöße)\n  / (1:3): eins\n  /b: zwei", ve.Text(language.German))
	assert.Equal(t, "invalid document (2 violations)\n  / (1:3): one\n  /b: two", ve.Text(language.AmericanEnglish))
	assert.Equal(t, ve.Text(language.German), ve.Text(language.Italian), "other languages fall back to German")
}

func TestValidierungsFehlerIs(t *testing.T) {
	sentinels := map[string]error{
		"groesse": schema.ErrZuGross,
		"tiefe":   schema.ErrZuTief,
		"syntax":  schema.ErrSyntax,
		"schema":  schema.ErrUnbekanntesSchema,
	}
	for regel, want := range sentinels {
		err := schema.NeuerFehler("", []schema.Verletzung{{Regel: "enum"}, {Regel: regel}})
		assert.ErrorIs(t, err, schema.ErrUngueltig, "rule %s", regel)
		for andere, s := range sentinels {
			if andere == regel {
				assert.ErrorIs(t, err, s, "rule %s", regel)
			} else {
				assert.NotErrorIs(t, err, s, "rule %s must not match the sentinel of %s", regel, andere)
			}
		}
		assert.NotErrorIs(t, err, io.EOF)
		assert.ErrorIs(t, fmt.Errorf("lesen: %w", err), want, "wrapped")
	}
	semantisch := schema.NeuerFehler(schema.ArtRahmen, []schema.Verletzung{{Regel: "eindeutig"}})
	assert.ErrorIs(t, semantisch, schema.ErrUngueltig)
	for _, s := range sentinels {
		assert.False(t, errors.Is(semantisch, s))
	}
}

func TestSortiere(t *testing.T) {
	vs := []schema.Verletzung{
		{Zeiger: "/a/10", Regel: "x"},
		{Zeiger: "/b", Regel: "x"},
		{Zeiger: "/a/2/c", Regel: "x"},
		{Zeiger: "/a/2", Regel: "type"},
		{Zeiger: "/a/2", Regel: "enum", Meldung: "z"},
		{Zeiger: "/a/2", Regel: "enum", Meldung: "a"},
		{Zeiger: "", Regel: "required"},
		{Zeiger: "/a", Regel: "x"},
		{Zeiger: "/a/9", Regel: "x"},
		{Zeiger: "/B", Regel: "x"},
	}
	schema.Sortiere(vs)
	var got []string
	for _, v := range vs {
		got = append(got, v.Zeiger+" "+v.Regel+" "+v.Meldung)
	}
	assert.Equal(t, []string{
		" required ",
		"/B x ",
		"/a x ",
		"/a/2 enum a",
		"/a/2 enum z",
		"/a/2 type ",
		"/a/2/c x ",
		"/a/9 x ",
		"/a/10 x ",
		"/b x ",
	}, got)
}
