package vergleich

import (
	"flag"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// update rewrites the golden files under testdata/ instead of comparing:
//
//	go test ./kommune/vergleich -update
var update = flag.Bool("update", false, "rewrite golden files")

var englisch = language.English

// profilDateien are the complete profiles of testdata/profile.
var profilDateien = []string{"../../testdata/profile/oder-spree.json", "../../testdata/profile/musterkreis.json", "../../testdata/profile/beispielstadt.json"}

// Every message of the package renders in German and English and is used
// in its code.
func TestKatalogVollstaendig(t *testing.T) {
	require.NoError(t, vergleichMeldungen.Pruefe(os.DirFS("."), "merkmal.", "gebietsart.", "quelle."), "vergleichMeldungen")
}

// namenDerTestprofile are the names of persons written into the test
// profiles, checked independently of the schema's marks.
var namenDerTestprofile = []string{"Jeanett Kleinert", "Anna Beispielfrau", "Bernd Probemann", "Carla Testerin",
	"Dora Platzhalter", "Emil Mustergast", "Beispielfrau", "Kleinert"}

// golden compares got with the file, or rewrites it with -update.
func golden(t *testing.T, datei string, got []byte) {
	t.Helper()
	if *update {
		require.NoError(t, os.WriteFile(datei, got, 0o644))
		return
	}
	want, err := os.ReadFile(datei)
	require.NoError(t, err, "golden file missing; run go test ./kommune/vergleich -update")
	assert.Equal(t, string(want), string(got), "%s differs; review and run with -update", datei)
}
