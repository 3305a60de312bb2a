package qualitaet

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

const gespeicherteBewertung = "../testdata/bewertung/oder-spree.de.json"

// TestLiesBewertung reads the stored Oder-Spree Bewertung; writing it again
// gives the same document.
func TestLiesBewertung(t *testing.T) {
	data, err := os.ReadFile(gespeicherteBewertung)
	require.NoError(t, err)
	b, err := LiesBewertung(bytes.NewReader(data))
	require.NoError(t, err)
	assert.Equal(t, "Landkreis Oder-Spree", b.Kommune)
	require.NotEmpty(t, b.Dimensionen)
	doc, err := b.Dokument()
	require.NoError(t, err)
	assert.JSONEq(t, string(data), string(doc))
	assert.Empty(t, PruefeBewertung(b))
}

// TestLiesBewertungFehler: schema violations and the semantic checks give a
// ValidierungsFehler with the pointer of every violation.
func TestLiesBewertungFehler(t *testing.T) {
	data, err := os.ReadFile(gespeicherteBewertung)
	require.NoError(t, err)
	text := string(data)
	ersetze := func(alt, neu string) string {
		require.Contains(t, text, alt)
		return strings.Replace(text, alt, neu, 1)
	}
	for _, tt := range []struct {
		name, doc string
		zeiger    []string
	}{
		{"not a Bewertung", `{"$schema": "` + schema.ArtZiele.ID() + `", "ziele": []}`, []string{""}},
		{"no kommune", ersetze(`"kommune": "Landkreis Oder-Spree",`, ``), []string{""}},
		{"goal under the wrong dimension", ersetze(`"id": "QD1.T1.Z1"`, `"id": "QD2.T1.Z9"`),
			[]string{"/dimensionen/0/entwicklungsziele/0/id"}},
		{"dimension twice", ersetze(`"id": "QD2"`, `"id": "QD1"`),
			[]string{"/dimensionen/1/entwicklungsziele/0/id", "/dimensionen/1/id"}},
		{"priority of no goal", ersetze(`"entwicklungsziel": "QD5.T1.Z1",
      "dimension": "QD5"`, `"entwicklungsziel": "QD5.T9.Z9",
      "dimension": "QD5"`), []string{"/prioritaeten/0/entwicklungsziel"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseBewertung([]byte(tt.doc))
			var vf *schema.ValidierungsFehler
			require.True(t, errors.As(err, &vf), "%v", err)
			var zeiger []string
			for _, v := range vf.Verletzungen {
				zeiger = append(zeiger, v.Zeiger)
			}
			if tt.zeiger[0] == "" {
				assert.NotEmpty(t, vf.Verletzungen)
				return
			}
			assert.Subset(t, zeiger, tt.zeiger)
		})
	}
}

// TestBewertungLeserMeldungen: every message renders in both languages and
// is used.
func TestBewertungLeserMeldungen(t *testing.T) {
	require.NoError(t, bewertungLeserMeldungen.Pruefe(os.DirFS(".")))
}

func FuzzParseBewertung(f *testing.F) {
	data, err := os.ReadFile(gespeicherteBewertung)
	require.NoError(f, err)
	f.Add(data)
	f.Add([]byte(`{"$schema": "` + schema.ArtBewertung.ID() + `"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := ParseBewertung(data)
		if err != nil {
			return
		}
		doc, err := b.Dokument()
		if err != nil {
			t.Fatalf("Dokument of a read Bewertung: %v", err)
		}
		if _, err := ParseBewertung(doc); err != nil {
			t.Fatalf("a written Bewertung does not read back: %v", err)
		}
	})
}
