package kommune

import (
	_ "embed"
)

// beispielDokument is the example profile of Landkreis Oder-Spree. Its
// Steckbrief part is the real one from the Qualitätsdialoge; its network
// details, goals, measures and self-assessments are illustrative, as the
// document's "hinweis" says. The file is a copy of
// testdata/profile/oder-spree.json, kept equal by a test.
//
//go:embed beispiel/oder-spree.json
var beispielDokument []byte

// Beispiel returns the embedded example profile, Landkreis Oder-Spree — the
// default that examples/bewertung evaluates. Each call returns a profile of
// its own.
func Beispiel() (*Profil, error) { return ParseProfil(beispielDokument) }

// BeispielDokument returns the embedded example profile as a JSON document.
func BeispielDokument() []byte { return append([]byte(nil), beispielDokument...) }
