package beschriftung

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNormiere(t *testing.T) {
	for _, tt := range []struct{ ein, aus string }{
		{"Bevölkerungszahl insgesamt", "bevoelkerungszahl insgesamt"},
		{"  Anteil  der 0–3 Jährigen: ", "anteil der 0-3 jaehrigen"},
		{"Kinder 0 bis 3", "kinder 0-3"},
		{"0-3-jährig", "0-3 jaehrig"},
		{"Strategie - und Lenkungsgruppe", "strategie-und lenkungsgruppe"},
		{"Fu\u0308r Familien", "fuer familien"}, // NFD
		{"GROSSE Straße", "grosse strasse"},
		{"", ""},
	} {
		assert.Equal(t, tt.aus, Normiere(tt.ein), "Normiere(%q)", tt.ein)
	}
}

func TestSchluessel(t *testing.T) {
	for _, tt := range []struct{ ein, aus string }{
		{"Kinder- und Jugend", "kinderundjugend"},
		{"Kinder–und  Jugend", "kinderundjugend"},
		{"kinder u. jugend", "kinderundjugend"},
		{"KINDER & JUGEND", "kinderundjugend"},
		{"Kinder-u.-Jugend", "kinderundjugend"},
		{"Frühförderung", "fruehfoerderung"},
		{"fruehfoerderung", "fruehfoerderung"},
		{"materielle-sicherung", "materiellesicherung"},
		{"k. A.", "ka"},
		{"Café", "caf"}, // letters outside ASCII other than umlauts and ß drop out
		{"", ""},
	} {
		assert.Equal(t, tt.aus, Schluessel(tt.ein), "Schluessel(%q)", tt.ein)
		assert.Equal(t, Schluessel(tt.ein), Schluessel(Normiere(tt.ein)), "Schluessel after Normiere, %q", tt.ein)
	}
}

func FuzzSchluessel(f *testing.F) {
	for _, s := range []string{"Kinder- und Jugend", "0 bis 3", "Fu\u0308r", "u. & +"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normiere(s)
		if Normiere(n) != n {
			t.Fatalf("Normiere not idempotent: %q → %q → %q", s, n, Normiere(n))
		}
		if Schluessel(n) != Schluessel(s) {
			t.Fatalf("Schluessel(%q) = %q, after Normiere %q", s, Schluessel(s), Schluessel(n))
		}
	})
}
