package vergleich

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/kommune"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// TestClusterMitglieder looks up every member as DOMAIN.md names it.
func TestClusterMitglieder(t *testing.T) {
	mitglieder := map[string][]string{
		"C1": {"Hannover", "Dresden", "Dessau-Roßlau"},
		"C2": {"Wetteraukreis", "Wetzlar", "Rheingau-Taunus-Kreis", "LK Germersheim"},
		"C3": {"Berlin-Pankow", "LK Oder-Spree", "Hamburg-Harburg", "Chemnitz"},
		"C4": {"Ingolstadt", "Nürnberg", "Rosenheim"},
		"C5": {"Bremen", "Bremerhaven", "LK Rotenburg (Wümme)", "LK Rendsburg-Eckernförde"},
		"C6": {"Dortmund", "Stadt Düren", "Landkreis Düren", "Hamm", "Mülheim a.d.R."},
	}
	schwerpunkte := map[string][]qualitaet.ID{
		"C1": {"QD2", "QD3"}, "C2": {"QD3", "QD4"}, "C3": {"QD3", "QD5"},
		"C4": {"QD3", "QD6", "QD9"}, "C5": {"QD3", "QD7"}, "C6": {"QD3", "QD8"},
	}
	v := Qualitaetsdialoge()
	require.Len(t, v.Cluster, 6)
	anzahl := 0
	for _, c := range v.Cluster {
		assert.Equal(t, mitglieder[c.ID], c.Mitglieder, "members of %s", c.ID)
		anzahl += len(c.Mitglieder)
	}
	assert.Equal(t, 23, anzahl, "the NZFH's 23 Kommunen")
	for id, namen := range mitglieder {
		for _, name := range namen {
			z, ok := ClusterVon(name)
			require.True(t, ok, "ClusterVon(%q)", name)
			assert.Equal(t, id, z.Cluster.ID, "ClusterVon(%q)", name)
			assert.Equal(t, name, z.Mitglied)
			assert.Equal(t, schwerpunkte[id], z.Dimensionen(), "focus of %s", name)
		}
	}
}

func TestClusterVonTolerant(t *testing.T) {
	tests := []struct {
		name     string
		id       string
		mitglied string
	}{
		{"Landkreis Oder-Spree", "C3", "LK Oder-Spree"},
		{"landkreis oder–spree", "C3", "LK Oder-Spree"},
		{"LANDKREIS ODER - SPREE", "C3", "LK Oder-Spree"},
		{"  Oder-Spree ", "C3", "LK Oder-Spree"},
		{"Landkreis Germersheim", "C2", "LK Germersheim"},
		{"Lkr. Rotenburg (Wümme)", "C5", "LK Rotenburg (Wümme)"},
		{"Stadt Dortmund", "C6", "Dortmund"},
		{"Landeshauptstadt Hannover", "C1", "Hannover"},
		{"Freie Hansestadt Bremen", "C5", "Bremen"},
		{"Dessau-Rosslau", "C1", "Dessau-Roßlau"},
		{"Nu\u0308rnberg", "C4", "Nürnberg"}, // decomposed ü
		{"Nuernberg", "C4", "Nürnberg"},
		{"Mülheim an der Ruhr", "C6", "Mülheim a.d.R."}, // alias
		{"Stadt Mülheim an der Ruhr", "C6", "Mülheim a.d.R."},
		{"Kreis Düren", "C6", "Landkreis Düren"},
		{"Stadt Düren", "C6", "Stadt Düren"},
		{"Düren", "C6", "Stadt Düren"}, // no kind: the first member of that name
	}
	for _, tt := range tests {
		z, ok := ClusterVon(tt.name)
		require.True(t, ok, "ClusterVon(%q)", tt.name)
		assert.Equal(t, tt.id, z.Cluster.ID, "ClusterVon(%q)", tt.name)
		assert.Equal(t, tt.mitglied, z.Mitglied, "ClusterVon(%q)", tt.name)
	}
	for _, name := range []string{"", "  ", "Landkreis", "Oder", "Landkreis Musterkreis", "Stadt Beispielstadt", "Hamburg", "Berlin", "C3"} {
		_, ok := ClusterVon(name)
		assert.False(t, ok, "ClusterVon(%q) found a cluster", name)
	}
	var nichts *Clusterverzeichnis
	_, ok := nichts.ClusterVon("Hamm")
	assert.False(t, ok)
}

func TestClusterSchwerpunkteUndZuschnitt(t *testing.T) {
	z, ok := ClusterVon("Landkreis Oder-Spree")
	require.True(t, ok)
	assert.Equal(t, []Schwerpunkt{{"QD3", "Netzwerk"}, {"QD5", "Politisch-strukturelle Verankerung"}}, z.Schwerpunkte)
	zs := z.Zuschnitt()
	assert.Equal(t, qualitaet.Version20, zs.Rahmen)
	assert.Equal(t, []qualitaet.ID{"QD3", "QD5"}, zs.Schwerpunkte)
	assert.Equal(t, "Schwerpunkte wie im Cluster C3 „Politisch-strukturelle Verankerung“ der Qualitätsdialoge Frühe Hilfen: QD3 Netzwerk, QD5 Politisch-strukturelle Verankerung.", zs.Beschreibung)
	r, err := qualitaet.Standard().Zuschneiden(zs)
	require.NoError(t, err)
	d, ok := r.Dimension("QD5")
	require.True(t, ok)
	assert.True(t, d.Schwerpunkt)
	// The Oder-Spree example profile works on the focus of its cluster.
	p, err := kommune.Beispiel()
	require.NoError(t, err)
	assert.Equal(t, p.Zuschnitt.Schwerpunkte, zs.Schwerpunkte)

	// Titles are those of the catalogue.
	v := Qualitaetsdialoge()
	for _, c := range v.Cluster {
		for _, s := range append(append([]Schwerpunkt{}, v.Alle...), c.Schwerpunkte...) {
			dim, ok := qualitaet.Standard().Dimension(s.Dimension)
			require.True(t, ok, "%s: %s", c.ID, s.Dimension)
			assert.Equal(t, dim.Titel, s.Titel, "%s: title of %s", c.ID, s.Dimension)
		}
	}
}

func TestQualitaetsdialogeIstEineKopie(t *testing.T) {
	v := Qualitaetsdialoge()
	v.Cluster[2].Mitglieder[1] = "geändert"
	v.Alle[0].Dimension = "QD9"
	v.Aliase["Mülheim an der Ruhr"] = "Hamm"
	z, ok := ClusterVon("LK Oder-Spree")
	require.True(t, ok)
	assert.Equal(t, "LK Oder-Spree", z.Mitglied)
	assert.Equal(t, qualitaet.ID("QD3"), Qualitaetsdialoge().Alle[0].Dimension)
	z.Cluster.Mitglieder[0] = "geändert"
	z2, _ := ClusterVon("Berlin-Pankow")
	assert.Equal(t, "Berlin-Pankow", z2.Cluster.Mitglieder[0])
	z, _ = ClusterVon("Mülheim an der Ruhr")
	assert.Equal(t, "C6", z.Cluster.ID)
}

// TestClusterDokument checks that the embedded document is what the
// directory writes back.
func TestClusterDokument(t *testing.T) {
	v := Qualitaetsdialoge()
	doc, err := v.Dokument()
	require.NoError(t, err)
	back, err := ParseCluster(doc)
	require.NoError(t, err)
	assert.Equal(t, v, back)
	assert.True(t, bytes.HasPrefix(doc, []byte("{\n  \"$schema\": \""+ClusterSchemaID+"\"")))
	w, err := LiesCluster(bytes.NewReader(qualitaetsdialogeDokument))
	require.NoError(t, err)
	assert.Equal(t, v, w)
	_, err = (&Clusterverzeichnis{}).Dokument()
	require.Error(t, err)
}

func TestClusterValidate(t *testing.T) {
	basis := func() *Clusterverzeichnis {
		return &Clusterverzeichnis{
			Quelle: "Test",
			Alle:   []Schwerpunkt{{"QD3", "Netzwerk"}},
			Cluster: []Cluster{
				{ID: "C1", Titel: "Zielbestimmung", Schwerpunkte: []Schwerpunkt{{"QD2", "Zielbestimmung"}}, Mitglieder: []string{"Hannover", "LK Oder-Spree"}},
				{ID: "C2", Titel: "Planung", Schwerpunkte: []Schwerpunkt{{"QD4", "Planung"}}, Mitglieder: []string{"Wetzlar"}},
			},
			Aliase: map[string]string{"Landeshauptstadt Hannover Mitte": "Hannover"},
		}
	}
	require.NoError(t, basis().Validate())
	stadtUndKreis := basis()
	stadtUndKreis.Cluster[0].Mitglieder = append(stadtUndKreis.Cluster[0].Mitglieder, "Stadt Beispiel", "Landkreis Beispiel")
	require.NoError(t, stadtUndKreis.Validate(), "a city and its district of the same name are two Kommunen")
	tests := []struct {
		name    string
		aendere func(v *Clusterverzeichnis)
		zeiger  string
		regel   string
		text    string
	}{
		{"ID twice", func(v *Clusterverzeichnis) { v.Cluster[1].ID = "C1" }, "/cluster/1/id", kommune.RegelEindeutig, "Kennung „C1“ kommt mehrfach vor (zuerst unter /cluster/0)"},
		{"ID form", func(v *Clusterverzeichnis) { v.Cluster[1].ID = "X2" }, "/cluster/1/id", kommune.RegelBereich, "Kennung „X2“ hat nicht die Form C1, C2, …"},
		{"member in two clusters", func(v *Clusterverzeichnis) {
			v.Cluster[1].Mitglieder = append(v.Cluster[1].Mitglieder, "Landkreis Oder-Spree")
		},
			"/cluster/1/mitglieder/1", kommune.RegelEindeutig, "Kommune „Landkreis Oder-Spree“ gehört schon zu Cluster C1"},
		{"member twice in a cluster", func(v *Clusterverzeichnis) { v.Cluster[0].Mitglieder = append(v.Cluster[0].Mitglieder, "hannover") },
			"/cluster/0/mitglieder/2", kommune.RegelEindeutig, "Kommune „hannover“ gehört schon zu Cluster C1"},
		{"a city once with and once without its kind", func(v *Clusterverzeichnis) {
			v.Cluster[1].Mitglieder = append(v.Cluster[1].Mitglieder, "Stadt Hannover")
		}, "/cluster/1/mitglieder/1", kommune.RegelEindeutig, "Kommune „Stadt Hannover“ gehört schon zu Cluster C1"},
		{"a district twice", func(v *Clusterverzeichnis) {
			v.Cluster[0].Mitglieder = append(v.Cluster[0].Mitglieder, "Landkreis Beispiel", "LK Beispiel")
		}, "/cluster/0/mitglieder/3", kommune.RegelEindeutig, "Kommune „LK Beispiel“ gehört schon zu Cluster C1"},
		{"empty member", func(v *Clusterverzeichnis) { v.Cluster[1].Mitglieder[0] = " " }, "/cluster/1/mitglieder/0", kommune.RegelPflicht, "Name der Kommune fehlt"},
		{"no members", func(v *Clusterverzeichnis) { v.Cluster[1].Mitglieder = nil }, "/cluster/1/mitglieder", kommune.RegelPflicht, "Cluster nennt keine Kommune"},
		{"no focus", func(v *Clusterverzeichnis) { v.Cluster[1].Schwerpunkte = nil }, "/cluster/1/schwerpunkte", kommune.RegelPflicht, "Cluster nennt keinen Schwerpunkt"},
		{"unknown dimension", func(v *Clusterverzeichnis) { v.Cluster[1].Schwerpunkte[0].Dimension = "QD11" }, "/cluster/1/schwerpunkte/0/dimension", kommune.RegelVerweis, "Dimension QD11 gibt es im Qualitätsrahmen 2.0 nicht"},
		{"focus under alle", func(v *Clusterverzeichnis) { v.Cluster[1].Schwerpunkte[0] = Schwerpunkt{"QD3", "Netzwerk"} }, "/cluster/1/schwerpunkte/0/dimension", kommune.RegelEindeutig, "Dimension QD3 steht schon unter „alle“"},
		{"focus twice", func(v *Clusterverzeichnis) {
			v.Cluster[1].Schwerpunkte = append(v.Cluster[1].Schwerpunkte, Schwerpunkt{"QD4", "Planung"})
		}, "/cluster/1/schwerpunkte/1/dimension", kommune.RegelEindeutig, "Dimension QD4 steht doppelt"},
		{"alle twice", func(v *Clusterverzeichnis) { v.Alle = append(v.Alle, Schwerpunkt{"QD3", "Netzwerk"}) }, "/alle/1/dimension", kommune.RegelEindeutig, "Dimension QD3 steht doppelt"},
		{"title", func(v *Clusterverzeichnis) { v.Cluster[0].Titel = "" }, "/cluster/0/titel", kommune.RegelPflicht, "Titel fehlt"},
		{"focus title", func(v *Clusterverzeichnis) { v.Alle[0].Titel = "" }, "/alle/0/titel", kommune.RegelPflicht, "Titel fehlt"},
		{"source", func(v *Clusterverzeichnis) { v.Quelle = "\t" }, "/quelle", kommune.RegelPflicht, "Quelle fehlt"},
		{"no clusters", func(v *Clusterverzeichnis) { v.Cluster = nil; v.Aliase = nil }, "/cluster", kommune.RegelPflicht, "keine Cluster angegeben"},
		{"alias to nobody", func(v *Clusterverzeichnis) { v.Aliase["Hann. Münden"] = "Göttingen" }, "/aliase/Hann. Münden", kommune.RegelVerweis, "„Göttingen“ ist kein Mitglied eines Clusters"},
		{"alias is a member", func(v *Clusterverzeichnis) { v.Aliase["Stadt Wetzlar"] = "Hannover" }, "/aliase/Stadt Wetzlar", kommune.RegelWiderspruch, "„Stadt Wetzlar“ ist selbst Mitglied von Cluster C2"},
		{"alias twice", func(v *Clusterverzeichnis) { v.Aliase["landeshauptstadt hannover mitte"] = "Hannover" }, "/aliase/landeshauptstadt hannover mitte", kommune.RegelEindeutig, "„landeshauptstadt hannover mitte“ ist dieselbe Schreibweise wie „Landeshauptstadt Hannover Mitte“"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := basis()
			tt.aendere(v)
			err := v.Validate()
			var ve *schema.ValidierungsFehler
			require.True(t, errors.As(err, &ve), "Validate() = %v", err)
			require.Len(t, ve.Verletzungen, 1, "%s", ve.Text(language.German))
			got := ve.Verletzungen[0]
			assert.Equal(t, tt.zeiger, got.Zeiger)
			assert.Equal(t, tt.regel, got.Regel)
			assert.Equal(t, tt.text, got.Meldung)
			assert.NotEqual(t, got.Meldung, got.Message)
			assert.Equal(t, schema.ArtCluster, ve.Art)
		})
	}
	var nichts *Clusterverzeichnis
	require.Error(t, nichts.Validate())
}

// TestClusterDokumentSemantisch reads documents that pass the schema but
// not the semantic checks.
func TestClusterDokumentSemantisch(t *testing.T) {
	doc := `{"$schema": "` + ClusterSchemaID + `", "quelle": "Test",
	  "cluster": [
	    {"id": "C1", "titel": "A", "schwerpunkte": [{"dimension": "QD2", "titel": "Zielbestimmung"}], "mitglieder": ["LK Oder-Spree"]},
	    {"id": "C1", "titel": "B", "schwerpunkte": [{"dimension": "QD12", "titel": "Gibt es nicht"}], "mitglieder": ["Landkreis Oder-Spree"]}
	  ]}`
	_, err := ParseCluster([]byte(doc))
	var ve *schema.ValidierungsFehler
	require.True(t, errors.As(err, &ve))
	assert.Equal(t, "ungültiges Dokument (3 Verstöße)\n"+
		"  /cluster/1/id: Kennung „C1“ kommt mehrfach vor (zuerst unter /cluster/0)\n"+
		"  /cluster/1/mitglieder/0: Kommune „Landkreis Oder-Spree“ gehört schon zu Cluster C1\n"+
		"  /cluster/1/schwerpunkte/0/dimension: Dimension QD12 gibt es im Qualitätsrahmen 2.0 nicht", ve.Text(language.German))
}

// TestUngueltigeCluster reads every testdata/ungueltig/cluster-*.json and
// compares the German error text with its golden .fehler.txt
// (go test ./kommune/vergleich -update rewrites them).
func TestUngueltigeCluster(t *testing.T) {
	namen, err := filepath.Glob("../../testdata/ungueltig/cluster-*.json")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(namen), 3)
	for _, datei := range namen {
		t.Run(filepath.Base(datei), func(t *testing.T) {
			data, err := os.ReadFile(datei)
			require.NoError(t, err)
			v, err := ParseCluster(data)
			require.Error(t, err)
			assert.Nil(t, v)
			var ve *schema.ValidierungsFehler
			require.True(t, errors.As(err, &ve))
			golden(t, strings.TrimSuffix(datei, ".json")+".fehler.txt", []byte(ve.Text(language.German)+"\n"))
		})
	}
}

func FuzzParseCluster(f *testing.F) {
	f.Add(qualitaetsdialogeDokument)
	f.Add([]byte(`{"$schema": "` + ClusterSchemaID + `", "quelle": "x", "cluster": [{"id": "C1", "titel": "t", "schwerpunkte": [{"dimension": "QD3", "titel": "N"}], "mitglieder": ["a", "LK A"]}]}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		v, err := ParseCluster(data)
		if err != nil {
			var ve *schema.ValidierungsFehler
			if !errors.As(err, &ve) {
				t.Fatalf("ParseCluster: error %T is no *schema.ValidierungsFehler", err)
			}
			return
		}
		doc, err := v.Dokument()
		if err != nil {
			t.Fatalf("Dokument of a parsed directory: %v", err)
		}
		if _, err := ParseCluster(doc); err != nil {
			t.Fatalf("ParseCluster(Dokument()): %v", err)
		}
		for _, c := range v.Cluster {
			for _, m := range c.Mitglieder {
				if z, ok := v.ClusterVon(m); !ok || z.Cluster.ID != c.ID {
					t.Fatalf("ClusterVon(%q) = %v, %v; want %s", m, z.Cluster.ID, ok, c.ID)
				}
			}
		}
	})
}
