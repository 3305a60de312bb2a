package qualitaet

import (
	"strings"
	"testing"
)

// FuzzErsetzePlatzhalter: the one-pass filler gives what strings.Replacer
// gives.
func FuzzErsetzePlatzhalter(f *testing.F) {
	for _, s := range []string{"", "ohne", "{wert} von {schwelle} ({fakt})", "{{wert}}", "{wer", "{fakt",
		"{schwelle}{schwelle}", "x{wert", "{}", "ä{wert}ö"} {
		f.Add(s, "3", "{fakt}", "netzwerk.alter")
	}
	f.Fuzz(func(t *testing.T, vorlage, wert, schwelle, fakt string) {
		want := strings.NewReplacer("{wert}", wert, "{schwelle}", schwelle, "{fakt}", fakt).Replace(vorlage)
		if got := ersetzePlatzhalter(vorlage, wert, schwelle, fakt); got != want {
			t.Fatalf("ersetzePlatzhalter(%q, %q, %q, %q) = %q, want %q", vorlage, wert, schwelle, fakt, got, want)
		}
	})
}
