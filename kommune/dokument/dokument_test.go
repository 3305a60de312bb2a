package dokument

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
	"github.com/fruehehilfen/qualitaetsrahmen/kommune/vergleich"
	"github.com/fruehehilfen/qualitaetsrahmen/netzwerk"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

const testdata = "../../testdata"

// typen is the Go type Pruefe returns per kind, as the package
// documentation lists it.
var typen = map[schema.Art]reflect.Type{
	schema.ArtRahmen:       reflect.TypeFor[*qualitaet.Rahmen](),
	schema.ArtZuschnitt:    reflect.TypeFor[*qualitaet.Zuschnitt](),
	schema.ArtZiele:        reflect.TypeFor[*qualitaet.ZieleDokument](),
	schema.ArtRegelwerk:    reflect.TypeFor[*qualitaet.Regelwerk](),
	schema.ArtBewertung:    reflect.TypeFor[*qualitaet.Bewertung](),
	schema.ArtKonformitaet: reflect.TypeFor[*qualitaet.Konformitaetsvektor](),
	schema.ArtNetzwerk:     reflect.TypeFor[*netzwerk.Netzwerk](),
	schema.ArtProfil:       reflect.TypeFor[*kommune.Profil](),
	schema.ArtCluster:      reflect.TypeFor[*vergleich.Clusterverzeichnis](),
	schema.ArtVergleich:    reflect.TypeFor[*vergleich.Vergleich](),
	schema.ArtTrend:        reflect.TypeFor[*vergleich.Trendbericht](),
	schema.ArtPlan:         reflect.TypeFor[*qualitaet.Plan](),
}

// Every kind of document has its complete reader here: a new kind without
// one fails this test instead of being checked by its schema only.
func TestJedeArtHatLeser(t *testing.T) {
	for _, art := range schema.Arten() {
		if art == schema.ArtGemeinsam {
			continue
		}
		assert.Contains(t, leser, art, "no reader for %s", art)
		assert.Contains(t, typen, art, "no expected type for %s", art)
	}
}

// dokumente returns the JSON documents naming a "$schema" under dir.
func dokumente(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "ungueltig" && dir == testdata {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(p, ".json") {
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			if bytes.Contains(data, []byte(`"$schema"`)) {
				out = append(out, p)
			}
		}
		return nil
	})
	require.NoError(t, err)
	return out
}

// TestGueltig: every valid document of the module gives its kind and the
// typed value of that kind; the kinds seen are all kinds.
func TestGueltig(t *testing.T) {
	dateien := append(dokumente(t, testdata), "../vergleich/cluster/qualitaetsdialoge.json", "../beispiel/oder-spree.json")
	gesehen := map[schema.Art]bool{}
	for _, p := range dateien {
		f, err := os.Open(p)
		require.NoError(t, err)
		d, err := Lies(f)
		f.Close()
		require.NoError(t, err, p)
		require.NotNil(t, d.Wert, p)
		assert.Equal(t, typen[d.Art], reflect.TypeOf(d.Wert), p)
		gesehen[d.Art] = true
	}
	assert.Len(t, gesehen, len(typen), "testdata has a document of every kind: %v", gesehen)
}

// TestUngueltig: every invalid document is refused with a
// ValidierungsFehler listing at least one violation, and no value.
func TestUngueltig(t *testing.T) {
	dateien := dokumente(t, filepath.Join(testdata, "ungueltig"))
	require.NotEmpty(t, dateien)
	for _, p := range dateien {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		d, err := Pruefe(data)
		assert.Nil(t, d, p)
		var vf *schema.ValidierungsFehler
		require.True(t, errors.As(err, &vf), "%s: %v", p, err)
		assert.NotEmpty(t, vf.Verletzungen, p)
	}
}

// TestPruefeFaelle covers the ways a document is at fault before its kind
// is known, and a semantic rule that only the package's reader checks.
func TestPruefeFaelle(t *testing.T) {
	profil, err := os.ReadFile(filepath.Join(testdata, "profile", "oder-spree.json"))
	require.NoError(t, err)
	for _, tt := range []struct {
		name, doc, zeiger string
	}{
		{"not JSON", `{"$schema": `, ""},
		{"not an object", `[1, 2]`, ""},
		{"no $schema", `{"name": "x"}`, ""},
		{"unknown $schema", `{"$schema": "https://example.org/x.schema.json"}`, "/$schema"},
		{"shared definitions are no document", `{"$schema": "` + schema.ArtGemeinsam.ID() + `"}`, "/$schema"},
		{"semantic rule of the profile", strings.Replace(string(profil), `"entwicklungsziel": "QD3.T1.Z1"`, `"entwicklungsziel": "QD3.T9.Z9"`, 1), "/einschaetzungen/0/entwicklungsziel"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Pruefe([]byte(tt.doc))
			assert.Nil(t, d)
			var vf *schema.ValidierungsFehler
			require.True(t, errors.As(err, &vf), "%v", err)
			require.NotEmpty(t, vf.Verletzungen)
			if tt.zeiger != "" {
				assert.Equal(t, tt.zeiger, vf.Verletzungen[0].Zeiger)
			}
		})
	}
}

// Lies is bounded: a document over the validator's size limit is refused
// without reading it all.
func TestLiesBegrenzt(t *testing.T) {
	r := strings.NewReader(`{"$schema": "` + schema.ArtProfil.ID() + `", "x": "` + strings.Repeat("a", schema.StandardMaxGroesse) + `"}`)
	d, err := Lies(r)
	assert.Nil(t, d)
	var vf *schema.ValidierungsFehler
	require.True(t, errors.As(err, &vf), "%v", err)
}
