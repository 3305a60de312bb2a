package kommune

import (
	"errors"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

var zahlFaelle = []struct {
	name    string
	ein     string
	want    float64
	einheit Einheit
}{
	{"Tausenderpunkt", "178.068", 178068, OhneEinheit},
	{"Komma", "3,9", 3.9, OhneEinheit},
	{"Minus mit Leerzeichen", "- 0,6", -0.6, OhneEinheit},
	{"Plus mit Leerzeichen", "+ 1,8", 1.8, OhneEinheit},
	{"Minus ohne Leerzeichen", "-2,3", -2.3, OhneEinheit},
	{"Minuszeichen", "−4", -4, OhneEinheit},
	{"Gedankenstrich als Minus", "– 1,5", -1.5, OhneEinheit},
	{"Euro-Zeichen", "93.000 €", 93000, Euro},
	{"EUR", "64.000 EUR", 64000, Euro},
	{"Euro als Wort", "1.200 Euro", 1200, Euro},
	{"EUR ohne Leerzeichen", "500EUR", 500, Euro},
	{"Prozent", "22,6 %", 22.6, Prozent},
	{"Tausender und Komma", "1.234,5", 1234.5, OhneEinheit},
	{"vierstellig ohne Punkt", "4299", 4299, OhneEinheit},
	{"mehrere Gruppen", "12.345.678", 12345678, OhneEinheit},
	{"Null", "0", 0, OhneEinheit},
	{"minus Null", "-0", 0, OhneEinheit},
	{"geschütztes Leerzeichen", "93.000\u00a0€", 93000, Euro},
	{"Leerraum außen", "  7 ", 7, OhneEinheit},
	{"lange Nachkommastellen", "0,125", 0.125, OhneEinheit},
}

func TestParseZahl(t *testing.T) {
	for _, tc := range zahlFaelle {
		t.Run(tc.name, func(t *testing.T) {
			got, einheit, err := ZerlegeZahl(tc.ein)
			require.NoError(t, err, "ZerlegeZahl(%q)", tc.ein)
			assert.Equal(t, tc.want, got, "ZerlegeZahl(%q)", tc.ein)
			assert.Equal(t, tc.einheit, einheit, "ZerlegeZahl(%q) Einheit", tc.ein)
			f, err := ParseZahl(tc.ein)
			require.NoError(t, err)
			assert.Equal(t, tc.want, f)
		})
	}
}

var zahlFehlerFaelle = []struct {
	name, ein, grund string
}{
	{"leer", "", "zahl.leer"},
	{"nur Leerraum", "   ", "zahl.leer"},
	{"k. A.", "k. A.", "zahl.form"},
	{"Strich allein", "-", "zahl.form"},
	{"mehrdeutiger Punkt", "1.5", "zahl.gruppe"},
	{"Gruppe zu lang vorne", "1234.567", "zahl.gruppe"},
	{"Gruppe zu kurz", "1.23", "zahl.gruppe"},
	{"Komma ohne Ziffern danach", "3,", "zahl.form"},
	{"Komma vorne", ",5", "zahl.form"},
	{"zwei Kommas", "1,2,3", "zahl.form"},
	{"Text", "ca. 180.000", "zahl.form"},
	{"Punkt am Ende", "12.", "zahl.form"},
	{"TEUR ist keine Einheit", "TEUR", "zahl.form"},
	{"Einheit allein", "€", "zahl.form"},
	{"zu viele Ziffern", "1234567890123456", "zahl.lang"},
	{"zu lang", "1111111111111111111111111111111111111111111111111111111111111111111", "zahl.lang"},
	{"Vorzeichen doppelt", "--3", "zahl.form"},
	{"Exponent", "1e5", "zahl.form"},
}

func TestParseZahlFehler(t *testing.T) {
	for _, tc := range zahlFehlerFaelle {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseZahl(tc.ein)
			require.Error(t, err, "ParseZahl(%q)", tc.ein)
			assert.ErrorIs(t, err, ErrKeineZahl)
			var zf *ZahlFehler
			require.True(t, errors.As(err, &zf))
			assert.Equal(t, tc.ein, zf.Eingabe)
			assert.Equal(t, tc.grund, zf.grund, "ParseZahl(%q)", tc.ein)
			assert.Contains(t, err.Error(), "kommune.ParseZahl(")
			for _, tag := range []language.Tag{language.German, englisch} {
				assert.NotContains(t, zf.Text(tag), "ParseZahl", "Text(%v) names no Go identifier", tag)
			}
			assert.NotEqual(t, zf.Text(englisch), zf.Text(language.German), "English text differs")
			assert.Contains(t, zf.Text(language.German), "ist keine Zahl")
		})
	}
}

func TestFormatZahl(t *testing.T) {
	for _, tc := range []struct {
		ein  float64
		want string
	}{
		{178068, "178.068"}, {3.9, "3,9"}, {-0.6, "-0,6"}, {93000, "93.000"}, {1234.5, "1.234,5"},
		{0, "0"}, {math.Copysign(0, -1), "0"}, {999, "999"}, {1000, "1.000"}, {12345678.25, "12.345.678,25"},
	} {
		assert.Equal(t, tc.want, FormatZahl(tc.ein), "FormatZahl(%v)", tc.ein)
	}
	for _, tc := range zahlFaelle {
		got, err := ParseZahl(FormatZahl(tc.want))
		require.NoError(t, err)
		assert.Equal(t, tc.want, got, "ParseZahl(FormatZahl(%v))", tc.want)
	}
}

func FuzzParseZahl(f *testing.F) {
	for _, tc := range zahlFaelle {
		f.Add(tc.ein)
	}
	for _, tc := range zahlFehlerFaelle {
		f.Add(tc.ein)
	}
	f.Fuzz(func(t *testing.T, s string) {
		x, _, err := ZerlegeZahl(s)
		if err != nil {
			if !errors.Is(err, ErrKeineZahl) {
				t.Fatalf("ZerlegeZahl(%q): Fehler %v passt nicht zu ErrKeineZahl", s, err)
			}
			return
		}
		if math.IsNaN(x) || math.IsInf(x, 0) {
			t.Fatalf("ZerlegeZahl(%q) = %v", s, x)
		}
		y, err := ParseZahl(FormatZahl(x))
		if err != nil || y != x {
			t.Fatalf("ParseZahl(FormatZahl(%v)) = %v, %v", x, y, err)
		}
	})
}
