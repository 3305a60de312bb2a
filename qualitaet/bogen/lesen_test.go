package bogen_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/bogen"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func tag(j, m, d int) time.Time { return time.Date(j, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// ort is where a violation is expected: pointer, rule, line and column.
type ort struct {
	zeiger, regel string
	zeile, spalte int
}

func orte(err error) []ort {
	var vf *schema.ValidierungsFehler
	if !errors.As(err, &vf) {
		return nil
	}
	var out []ort
	for _, v := range vf.Verletzungen {
		out = append(out, ort{v.Zeiger, v.Regel, v.Zeile, v.Spalte})
	}
	return out
}

const kopf = "entwicklungsziel;person;sektor;stufe;datum;kommentar\n"

// lesenFaelle is the table of TestLies; FuzzLies starts from it too.
var lesenFaelle = []struct {
	name   string
	rahmen qualitaet.Version // "" means 2.0
	in     string
	want   []qualitaet.Einschaetzung
	fehler []ort
}{
	{
		name: "eine Stufe",
		in:   kopf + "QD3.T1.Z1;Netzwerkkoordination;kinder-und-jugendhilfe;3;24.11.2026;gut\n",
		want: []qualitaet.Einschaetzung{{Entwicklungsziel: "QD3.T1.Z1", Stufe: 3, Datum: tag(2026, 11, 24),
			Person: "Netzwerkkoordination", Sektor: "kinder-und-jugendhilfe", Begruendung: "gut"}},
	},
	{
		// The "herkunft" column of a written sheet is for the reader: any
		// value is ignored, an empty one too; sheets without it read the same.
		name: "Spalte herkunft wird übergangen",
		in: "entwicklungsziel;ziel;herkunft;person;sektor;stufe;datum;kommentar\n" +
			"QD3.T1.Z1;Text;nzfh;A;;3;24.11.2026;\nQD3.T1.Z2;Text;irgendwas;A;;2;24.11.2026;\nQD3.T1.Z3;;;A;;1;24.11.2026;\n",
		want: []qualitaet.Einschaetzung{
			{Entwicklungsziel: "QD3.T1.Z1", Stufe: 3, Datum: tag(2026, 11, 24), Person: "A"},
			{Entwicklungsziel: "QD3.T1.Z2", Stufe: 2, Datum: tag(2026, 11, 24), Person: "A"},
			{Entwicklungsziel: "QD3.T1.Z3", Stufe: 1, Datum: tag(2026, 11, 24), Person: "A"},
		},
	},
	{
		name: "Stufe 0 ist eine Einschätzung",
		in:   kopf + "QD3.T1.Z1;A;;0;2026-11-24;\n",
		want: []qualitaet.Einschaetzung{{Entwicklungsziel: "QD3.T1.Z1", Stufe: 0, Datum: tag(2026, 11, 24), Person: "A"}},
	},
	{
		name: "k. A. in allen Schreibweisen und leere Stufe",
		in: kopf + "QD3.T1.Z1;A;;k. A.;24.11.2026;\nQD3.T1.Z2;A;;k.A.;24.11.2026;\nQD3.T1.Z3;A;;KA;24.11.2026;\n" +
			"QD3.T1.Z4;A;;;24.11.2026;\nQD3.T2.Z1;A;;Nicht beurteilbar;24.11.2026;\nQD3.T2.Z2;A;; k. a ;24.11.2026;kenne ich nicht\n",
		want: []qualitaet.Einschaetzung{
			{Entwicklungsziel: "QD3.T1.Z1", NichtBeurteilbar: true, Datum: tag(2026, 11, 24), Person: "A"},
			{Entwicklungsziel: "QD3.T1.Z2", NichtBeurteilbar: true, Datum: tag(2026, 11, 24), Person: "A"},
			{Entwicklungsziel: "QD3.T1.Z3", NichtBeurteilbar: true, Datum: tag(2026, 11, 24), Person: "A"},
			{Entwicklungsziel: "QD3.T1.Z4", NichtBeurteilbar: true, Datum: tag(2026, 11, 24), Person: "A"},
			{Entwicklungsziel: "QD3.T2.Z1", NichtBeurteilbar: true, Datum: tag(2026, 11, 24), Person: "A"},
			{Entwicklungsziel: "QD3.T2.Z2", NichtBeurteilbar: true, Datum: tag(2026, 11, 24), Person: "A", Begruendung: "kenne ich nicht"},
		},
	},
	{
		name: "leere Vorlagenzeilen werden übersprungen",
		in:   "entwicklungsziel;ziel;person;sektor;stufe;datum;kommentar\nQD3.T1.Z1;Text;;;;;\nQD3.T1.Z2;Text;;gesundheitswesen;;24.11.2026;\n;;;;;;\n\nQD3.T1.Z3;Text;B;;2;1.2.2027;\n",
		want: []qualitaet.Einschaetzung{{Entwicklungsziel: "QD3.T1.Z3", Stufe: 2, Datum: tag(2027, 2, 1), Person: "B"}},
	},
	{
		name: "nur eine Kopfzeile",
		in:   kopf,
	},
	{
		name: "Spalten in anderer Reihenfolge, Groß- und Leerschreibung, Komma",
		in:   " Datum ,STUFE,Person, Entwicklungs ziel ,Ziel\n2026-11-24,4,Hebamme,QD3.T1.Z2,\"Die Akteure, alle\"\n",
		want: []qualitaet.Einschaetzung{{Entwicklungsziel: "QD3.T1.Z2", Stufe: 4, Datum: tag(2026, 11, 24), Person: "Hebamme"}},
	},
	{
		name: "Semikolon gewinnt, wenn beide vorkommen",
		in:   "entwicklungsziel;person;stufe;datum;kommentar\nQD3.T1.Z1;A, B;2;24.11.2026;x, y\n",
		want: []qualitaet.Einschaetzung{{Entwicklungsziel: "QD3.T1.Z1", Stufe: 2, Datum: tag(2026, 11, 24), Person: "A, B", Begruendung: "x, y"}},
	},
	{
		name: "BOM, CRLF und mehrzeiliger Kommentar",
		in:   "\uFEFF" + strings.ReplaceAll(kopf, "\n", "\r\n") + "QD3.T1.Z1;A;;1;24.11.2026;\"erste; Zeile\r\nzweite \"\"Zeile\"\"\"\r\n",
		want: []qualitaet.Einschaetzung{{Entwicklungsziel: "QD3.T1.Z1", Stufe: 1, Datum: tag(2026, 11, 24), Person: "A",
			Begruendung: "erste; Zeile\nzweite \"Zeile\""}},
	},
	{
		name: "Sektoren als Namen",
		in: kopf + "QD3.T1.Z1;A;Kinder- und Jugendhilfe;1;24.11.2026;\nQD3.T1.Z2;A;frühförderung;1;24.11.2026;\n" +
			"QD3.T1.Z3;A;GESUNDHEITSWESEN;1;24.11.2026;\nQD3.T1.Z4;A;familienbildung;1;24.11.2026;\n",
		want: []qualitaet.Einschaetzung{
			{Entwicklungsziel: "QD3.T1.Z1", Stufe: 1, Datum: tag(2026, 11, 24), Person: "A", Sektor: "kinder-und-jugendhilfe"},
			{Entwicklungsziel: "QD3.T1.Z2", Stufe: 1, Datum: tag(2026, 11, 24), Person: "A", Sektor: "fruehfoerderung"},
			{Entwicklungsziel: "QD3.T1.Z3", Stufe: 1, Datum: tag(2026, 11, 24), Person: "A", Sektor: "gesundheitswesen"},
			{Entwicklungsziel: "QD3.T1.Z4", Stufe: 1, Datum: tag(2026, 11, 24), Person: "A", Sektor: "familienbildung"},
		},
	},
	{
		name: "NFC und Leerraum in Namen",
		in:   kopf + "QD3.T1.Z1;  Fru\u0308hfo\u0308rderung   Beeskow ;Fru\u0308hfo\u0308rderung;2;24.11.2026;  Gru\u0308n  \n",
		want: []qualitaet.Einschaetzung{{Entwicklungsziel: "QD3.T1.Z1", Stufe: 2, Datum: tag(2026, 11, 24),
			Person: "Frühförderung Beeskow", Sektor: "fruehfoerderung", Begruendung: "Grün"}},
	},
	{
		name:   "dieselbe Person, anderer Tag: auch doppelt",
		in:     kopf + "QD3.T1.Z1;A;;1;24.11.2026;\nQD3.T1.Z1;A;;2;25.11.2026;\n",
		fehler: []ort{{"/zeilen/3/entwicklungsziel", bogen.RegelEindeutig, 3, 1}},
	},
	{
		name: "dieselbe Person in zwei Runden",
		in:   "entwicklungsziel;person;stufe;datum;runde\nQD3.T1.Z1;A;1;24.11.2020;2020\nQD3.T1.Z1;A;2;25.11.2026;2026\n",
		want: []qualitaet.Einschaetzung{
			{Entwicklungsziel: "QD3.T1.Z1", Stufe: 1, Datum: tag(2020, 11, 24), Person: "A", Runde: "2020"},
			{Entwicklungsziel: "QD3.T1.Z1", Stufe: 2, Datum: tag(2026, 11, 25), Person: "A", Runde: "2026"},
		},
	},
	{
		name: "Kennung, Ebene und Entwicklungsbedarf in deutscher Schreibweise",
		in: "Entwicklungsziel;Person;Kennung;Ebene;Stufe;Entwicklungsbedarf;Datum\n" +
			"QD3.T1.Z1;Hebamme;h1;Strategische Steuerung;1;Hoch;24.11.2026\n" +
			"QD3.T1.Z1;Hebamme;h2;operative Ebene;3;gering;24.11.2026\n" +
			"QD3.T1.Z2;Hebamme;h2;operational;k. A.;;24.11.2026\n",
		want: []qualitaet.Einschaetzung{
			{Entwicklungsziel: "QD3.T1.Z1", Stufe: 1, Datum: tag(2026, 11, 24), Person: "Hebamme", Einschaetzende: "h1",
				Ebene: qualitaet.Strategisch, Entwicklungsbedarf: qualitaet.BedarfHoch},
			{Entwicklungsziel: "QD3.T1.Z1", Stufe: 3, Datum: tag(2026, 11, 24), Person: "Hebamme", Einschaetzende: "h2",
				Ebene: qualitaet.Operativ, Entwicklungsbedarf: qualitaet.BedarfGering},
			{Entwicklungsziel: "QD3.T1.Z2", NichtBeurteilbar: true, Datum: tag(2026, 11, 24), Person: "Hebamme", Einschaetzende: "h2",
				Ebene: qualitaet.Operativ},
		},
	},
	{
		name: "falsche Kennung, Ebene und Entwicklungsbedarf: jede Zeile gemeldet",
		in: "entwicklungsziel;person;kennung;ebene;stufe;entwicklungsbedarf;datum\n" +
			"QD3.T1.Z1;A;a b;;1;;24.11.2026\n" +
			"QD3.T1.Z2;A;;oben;1;;24.11.2026\n" +
			"QD3.T1.Z3;A;;;1;sehr;24.11.2026\n",
		fehler: []ort{{"/zeilen/2/kennung", bogen.RegelFormat, 2, 13}, {"/zeilen/3/ebene", bogen.RegelFormat, 3, 14}, {"/zeilen/4/entwicklungsbedarf", bogen.RegelFormat, 4, 17}},
	},
	{
		name: "leere Spaltenüberschrift wird ignoriert",
		in:   "entwicklungsziel;person;stufe;datum;;\nQD3.T1.Z1;A;1;24.11.2026;Notiz;\n",
		want: []qualitaet.Einschaetzung{{Entwicklungsziel: "QD3.T1.Z1", Stufe: 1, Datum: tag(2026, 11, 24), Person: "A"}},
	},
	{
		name: "kürzere Zeile",
		in:   kopf + "QD3.T1.Z1;A;;1;24.11.2026\n",
		want: []qualitaet.Einschaetzung{{Entwicklungsziel: "QD3.T1.Z1", Stufe: 1, Datum: tag(2026, 11, 24), Person: "A"}},
	},
	{
		name:   "QD 10 auf einem Bogen von 2016",
		rahmen: qualitaet.Version2016,
		in:     kopf + "QD3.T1.Z1;A;;1;24.11.2026;\nQD10.T1.Z1;A;;1;24.11.2026;\n",
		fehler: []ort{{"/zeilen/3/entwicklungsziel", bogen.RegelVerweis, 3, 1}},
	},
	{
		name:   "Stufe außerhalb der Skala und keine Zahl",
		in:     kopf + "QD3.T1.Z1;A;;7;24.11.2026;\nQD3.T1.Z2;A;;drei;24.11.2026;\nQD3.T1.Z3;A;;-1;24.11.2026;\n",
		fehler: []ort{{"/zeilen/2/stufe", bogen.RegelSkala, 2, 14}, {"/zeilen/3/stufe", bogen.RegelFormat, 3, 14}, {"/zeilen/4/stufe", bogen.RegelSkala, 4, 14}},
	},
	{
		name: "alle Fehler einer Zeile",
		in:   kopf + "QD3.T9;;???;9;gestern;\n",
		fehler: []ort{{"/zeilen/2/datum", bogen.RegelFormat, 2, 15}, {"/zeilen/2/entwicklungsziel", bogen.RegelFormat, 2, 1},
			{"/zeilen/2/person", bogen.RegelPflicht, 2, 8}, {"/zeilen/2/sektor", bogen.RegelFormat, 2, 9}, {"/zeilen/2/stufe", bogen.RegelSkala, 2, 13}},
	},
	{
		name:   "Pflichtwerte fehlen",
		in:     kopf + ";A;;1;;\n",
		fehler: []ort{{"/zeilen/2/datum", bogen.RegelPflicht, 2, 7}, {"/zeilen/2/entwicklungsziel", bogen.RegelPflicht, 2, 1}},
	},
	{
		name:   "Pflichtspalten fehlen, unbekannte und doppelte Spalten",
		in:     "Entwicklungsziel;Bewertung;Person;person\nQD3.T1.Z1;3;A;A\n",
		fehler: []ort{{"/zeilen/1/bewertung", bogen.RegelSpalte, 1, 18}, {"/zeilen/1/datum", bogen.RegelPflicht, 1, 1}, {"/zeilen/1/person", bogen.RegelSpalte, 1, 35}, {"/zeilen/1/stufe", bogen.RegelPflicht, 1, 1}},
	},
	{
		name:   "leere Datei",
		in:     "",
		fehler: []ort{{"", bogen.RegelPflicht, 0, 0}},
	},
	{
		name:   "nur BOM und Leerzeilen",
		in:     "\uFEFF\r\n\r\n",
		fehler: []ort{{"", bogen.RegelPflicht, 0, 0}},
	},
	{
		name:   "kein UTF-8",
		in:     kopf + "QD3.T1.Z1;Fr\xfchf\xf6rderung;;1;24.11.2026;\n",
		fehler: []ort{{"/zeilen/2", schema.RegelSyntax, 2, 0}},
	},
	{
		name:   "Anführungszeichen mitten im Feld, zu viele Felder",
		in:     kopf + "QD3.T1.Z1;A;;1;24.11.2026;er sagte \"nein\"\nQD3.T1.Z2;A;;1;24.11.2026;x;y\nQD3.T1.Z3;A;;1;24.11.2026;\n",
		fehler: []ort{{"/zeilen/2", schema.RegelSyntax, 2, 36}, {"/zeilen/3", bogen.RegelFelder, 3, 29}},
	},
	{
		name:   "offenes Anführungszeichen bis zum Ende",
		in:     kopf + "QD3.T1.Z1;A;;1;24.11.2026;\"offen\nQD3.T1.Z2;A;;1;24.11.2026;\n",
		fehler: []ort{{"/zeilen/2", schema.RegelSyntax, 3, 28}},
	},
	{
		name:   "doppelt am selben Tag",
		in:     kopf + "QD3.T1.Z1;A;;1;24.11.2026;\nQD3.T1.Z1;A;;3;2026-11-24;\n",
		fehler: []ort{{"/zeilen/3/entwicklungsziel", bogen.RegelEindeutig, 3, 1}},
	},
	{
		name:   "Person und Kommentar zu lang",
		in:     kopf + "QD3.T1.Z1;" + strings.Repeat("ä", 301) + ";;1;24.11.2026;" + strings.Repeat("x", 4001) + "\n",
		fehler: []ort{{"/zeilen/2/kommentar", bogen.RegelLaenge, 2, 628}, {"/zeilen/2/person", bogen.RegelLaenge, 2, 11}},
	},
}

func TestLies(t *testing.T) {
	for _, tt := range lesenFaelle {
		t.Run(tt.name, func(t *testing.T) {
			v := tt.rahmen
			if v == "" {
				v = qualitaet.Version20
			}
			got, err := bogen.Lies(strings.NewReader(tt.in), "bogen.csv", rahmen(t, v), bogen.LeseOptionen{})
			if tt.fehler != nil {
				require.Error(t, err)
				assert.True(t, errors.Is(err, schema.ErrUngueltig))
				assert.Equal(t, tt.fehler, orte(err), "violations: %v", err)
				assert.Nil(t, got, "no ratings on error")
				return
			}
			require.NoError(t, err)
			for i := range tt.want {
				if tt.want[i].Einschaetzende == "" {
					tt.want[i].Einschaetzende = bogen.Kennung("bogen.csv", tt.want[i].Person, false)
				}
				tt.want[i].StufeGesetzt = !tt.want[i].NichtBeurteilbar // every level read is marked given
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestKennung(t *testing.T) {
	a := bogen.Kennung("daten/a.csv", "Hebamme", false)
	assert.Regexp(t, `^e-[0-9a-f]{8}$`, a)
	assert.Equal(t, a, bogen.Kennung("anderswo/a.csv", "Hebamme", false), "the directory does not count")
	assert.NotEqual(t, a, bogen.Kennung("b.csv", "Hebamme", false), "another sheet, another rater")
	assert.Equal(t, bogen.Kennung("a.csv", "Hebamme", true), bogen.Kennung("b.csv", "Hebamme", true), "the name as key")
	assert.NotContains(t, a, "Hebamme")
}

// The same rater rating a goal twice: the message names both lines and
// not the person.
func TestLiesDoppeltNenntBeideZeilen(t *testing.T) {
	in := kopf + "QD3.T1.Z1;Hebamme;;1;01.12.2026;\nQD3.T1.Z2;Hebamme;;2;01.12.2026;\nQD3.T1.Z1;Hebamme;;3;02.12.2026;\n"
	_, err := bogen.Lies(strings.NewReader(in), "a.csv", nil, bogen.LeseOptionen{})
	var vf *schema.ValidierungsFehler
	require.True(t, errors.As(err, &vf))
	require.Len(t, vf.Verletzungen, 1)
	assert.Equal(t, "a.csv, Zeile 4, Spalte „entwicklungsziel“: QD3.T1.Z1 ist von derselben einschätzenden Person in dieser Runde schon in Zeile 2 eingeschätzt (hier Zeile 4)", vf.Verletzungen[0].Meldung)
	assert.NotContains(t, vf.Verletzungen[0].Message, "Hebamme")
}

func TestLiesMeldungen(t *testing.T) {
	in := kopf + "QD3.T1.Z1;A;;7;24.11.2026;\n"
	_, err := bogen.Lies(strings.NewReader(in), "qd3.csv", nil, bogen.LeseOptionen{})
	var vf *schema.ValidierungsFehler
	require.True(t, errors.As(err, &vf))
	require.Len(t, vf.Verletzungen, 1)
	v := vf.Verletzungen[0]
	assert.Equal(t, "qd3.csv, Zeile 2, Spalte „stufe“: Stufe 7 liegt außerhalb der Skala 0–4", v.Meldung)
	assert.Equal(t, `qd3.csv, line 2, column "stufe": level 7 is outside the scale 0–4`, v.Message)
}

// TestLiesSektorBekannt: with LeseOptionen.SektorBekannt a sector the
// profile's network does not know is an error of its row, listed with every
// other bad field; the check gets the sector ID, also for a default
// sector's name. Without the option any valid sector ID reads.
func TestLiesSektorBekannt(t *testing.T) {
	gut := kopf + "QD3.T1.Z1;A;familienbildung;2;24.11.2026;\n" +
		"QD3.T1.Z2;A;Gesundheitswesen;2;24.11.2026;\n"
	var gefragt []string
	bekannt := func(id string) bool {
		gefragt = append(gefragt, id)
		return id == "gesundheitswesen" || id == "familienbildung"
	}
	es, err := bogen.Lies(strings.NewReader(gut), "a.csv", nil, bogen.LeseOptionen{SektorBekannt: bekannt})
	require.NoError(t, err)
	require.Len(t, es, 2)
	assert.Equal(t, []string{"familienbildung", "gesundheitswesen"}, gefragt)

	in := strings.Replace(gut, "familienbildung", "familienbildung-neu", 1) + "QD3.T1.Z3;A;jugendzentrum;9;24.11.2026;\n"
	es, err = bogen.Lies(strings.NewReader(in), "a.csv", nil, bogen.LeseOptionen{SektorBekannt: bekannt})
	assert.Nil(t, es)
	assert.Equal(t, []ort{{"/zeilen/2/sektor", bogen.RegelVerweis, 2, 13},
		{"/zeilen/4/sektor", bogen.RegelVerweis, 4, 13}, {"/zeilen/4/stufe", bogen.RegelSkala, 4, 27}}, orte(err))
	var vf *schema.ValidierungsFehler
	require.True(t, errors.As(err, &vf))
	v := vf.Verletzungen[0]
	assert.Equal(t, "a.csv, Zeile 2, Spalte „sektor“: Sektor „familienbildung-neu“ kennt das Netzwerk des Profils nicht; erlaubt sind die Standardsektoren und die Sektoren, die das Netzwerk erklärt", v.Meldung)
	assert.Equal(t, `a.csv, line 2, column "sektor": the network of the profile does not know the sector "familienbildung-neu"; allowed are the default sectors and the sectors the network declares`, v.Message)

	es, err = bogen.Lies(strings.NewReader(strings.Replace(in, ";9;", ";1;", 1)), "a.csv", nil, bogen.LeseOptionen{})
	require.NoError(t, err, "without the option every valid sector ID reads")
	assert.Equal(t, "familienbildung-neu", es[0].Sektor)
	assert.Equal(t, "jugendzentrum", es[2].Sektor)
}

// TestLiesBestehende: a row whose rater already rated the goal on the same
// day in the same round, differently, in the profile or an earlier sheet is
// an error of the row naming the source; an exact repeat and another day,
// round or rater read.
func TestLiesBestehende(t *testing.T) {
	const in = "entwicklungsziel;person;kennung;runde;stufe;datum\n" +
		"QD3.T1.Z1;A;k1;r1;2;01.12.2026\n" + // exact repeat of the profile's
		"QD3.T1.Z2;A;k1;r1;2;01.12.2026\n" + // level 3 in the profile
		"QD3.T1.Z3;A;k1;r1;k. A.;01.12.2026\n" + // level 1 on b.csv
		"QD3.T1.Z4;A;k1;r2;2;01.12.2026\n" + // another round
		"QD3.T2.Z1;A;k2;r1;2;01.12.2026\n" // another rater
	alt := func(id qualitaet.ID, kennung, runde string, stufe qualitaet.Stufe) qualitaet.Einschaetzung {
		return qualitaet.Einschaetzung{Entwicklungsziel: id, Person: "A", Einschaetzende: kennung, Runde: runde,
			Stufe: stufe, StufeGesetzt: true, Datum: tag(2026, 12, 1)}
	}
	opt := bogen.LeseOptionen{Bestehende: []bogen.Gelesen{
		{Name: "Profil", Einschaetzungen: []qualitaet.Einschaetzung{alt("QD3.T1.Z1", "k1", "r1", 2), alt("QD3.T1.Z2", "k1", "r1", 3)}},
		{Name: "b.csv", Einschaetzungen: []qualitaet.Einschaetzung{alt("QD3.T1.Z3", "k1", "r1", 1), alt("QD3.T1.Z4", "k1", "r1", 1), alt("QD3.T2.Z1", "k1", "r1", 1)}},
	}}
	es, err := bogen.Lies(strings.NewReader(in), "a.csv", nil, opt)
	assert.Nil(t, es)
	assert.Equal(t, []ort{{"/zeilen/3/entwicklungsziel", bogen.RegelEindeutig, 3, 1}, {"/zeilen/4/entwicklungsziel", bogen.RegelEindeutig, 4, 1}}, orte(err))
	var vf *schema.ValidierungsFehler
	require.True(t, errors.As(err, &vf))
	assert.Equal(t, "a.csv, Zeile 3, Spalte „entwicklungsziel“: QD3.T1.Z2 hat dieselbe einschätzende Person am 2026-12-01 in dieser Runde schon anders eingeschätzt (siehe Profil); je Person, Ziel, Tag und Runde nimmt das Profil nur eine Einschätzung", vf.Verletzungen[0].Meldung)
	assert.Equal(t, "a.csv, line 4, column \"entwicklungsziel\": QD3.T1.Z3 has already been rated differently by the same rater on 2026-12-01 in this round (see b.csv); the profile takes one rating per rater, goal, day and round", vf.Verletzungen[1].Message)

	opt.Bestehende = opt.Bestehende[:1]
	opt.Bestehende[0].Einschaetzungen = opt.Bestehende[0].Einschaetzungen[:1]
	es, err = bogen.Lies(strings.NewReader(in), "a.csv", nil, opt)
	require.NoError(t, err)
	assert.Len(t, es, 5, "the exact repeat reads; Zusammenfuehren drops it")
}

func TestLiesGroesse(t *testing.T) {
	in := kopf + "QD3.T1.Z1;A;;1;24.11.2026;\n"
	_, err := bogen.Lies(strings.NewReader(in), "x.csv", nil, bogen.LeseOptionen{MaxGroesse: int64(len(in))})
	require.NoError(t, err, "exactly the limit is fine")
	_, err = bogen.Lies(strings.NewReader(in), "x.csv", nil, bogen.LeseOptionen{MaxGroesse: int64(len(in) - 1)})
	assert.True(t, errors.Is(err, schema.ErrZuGross), "Lies over the limit = %v, want ErrZuGross", err)

	gross := strings.Repeat(";;;;;\n", bogen.StandardMaxGroesse/6+1)
	_, err = bogen.Lies(strings.NewReader(kopf+gross), "x.csv", nil, bogen.LeseOptionen{})
	assert.True(t, errors.Is(err, schema.ErrZuGross), "default limit 8 MiB")
}

type lesefehler struct{}

func (lesefehler) Read([]byte) (int, error) { return 0, errors.New("Netzlaufwerk weg") }

func TestLiesLesefehler(t *testing.T) {
	_, err := bogen.Lies(lesefehler{}, "x.csv", nil, bogen.LeseOptionen{})
	assert.EqualError(t, err, "Netzlaufwerk weg")
}

func lies(t *testing.T, datei string) ([]qualitaet.Einschaetzung, error) {
	t.Helper()
	f, err := os.Open(filepath.Join(testdata, datei))
	require.NoError(t, err)
	defer f.Close()
	return bogen.Lies(f, datei, qualitaet.Standard(), bogen.LeseOptionen{})
}

// TestQD3Boegen reads the five filled sheets for QD 3: six ratings each,
// written in different ways (separators, column order, sector names, date
// forms) that must all mean the same.
func TestQD3Boegen(t *testing.T) {
	tests := []struct {
		datei, person, sektor string
		datum                 time.Time
		stufen                []int // -1 = k. A.
	}{
		{"qd3-kinder-und-jugendhilfe.csv", "Netzwerkkoordination", "kinder-und-jugendhilfe", tag(2026, 11, 24), []int{4, 4, 3, 3, 3, 2}},
		{"qd3-gesundheitswesen.csv", "Familienhebamme", "gesundheitswesen", tag(2026, 11, 24), []int{3, 1, 2, 1, 2, 1}},
		{"qd3-schwangerschaftsberatung.csv", "Schwangerschaftsberatungsstelle", "schwangerschaftsberatung", tag(2026, 11, 25), []int{4, 3, 2, 2, 3, 2}},
		{"qd3-ehrenamt.csv", "Ehrenamtskoordination Familienpatenschaften", "ehrenamt", tag(2026, 11, 26), []int{3, 2, -1, 1, 2, 2}},
		{"qd3-fruehfoerderung.csv", "Interdisziplinäre Frühförderstelle", "fruehfoerderung", tag(2026, 12, 1), []int{4, 2, 3, 2, 2, 1}},
	}
	ziele := []qualitaet.ID{"QD3.T1.Z1", "QD3.T1.Z2", "QD3.T1.Z3", "QD3.T1.Z4", "QD3.T2.Z1", "QD3.T2.Z2"}
	for _, tt := range tests {
		t.Run(tt.datei, func(t *testing.T) {
			got, err := lies(t, tt.datei)
			require.NoError(t, err)
			require.Len(t, got, len(ziele))
			for i, e := range got {
				assert.Equal(t, ziele[i], e.Entwicklungsziel)
				assert.Equal(t, tt.person, e.Person)
				assert.Equal(t, tt.sektor, e.Sektor)
				assert.Equal(t, tt.datum, e.Datum)
				if tt.stufen[i] < 0 {
					assert.True(t, e.NichtBeurteilbar, "%s k. A.", e.Entwicklungsziel)
				} else {
					assert.False(t, e.NichtBeurteilbar)
					assert.Equal(t, qualitaet.Stufe(tt.stufen[i]), e.Stufe, "%s", e.Entwicklungsziel)
				}
			}
		})
	}

	// The health rater sees QD3.T1.Z2 far lower than youth welfare: the
	// divergence the Gesamteinschätzung is about.
	jh, err := lies(t, "qd3-kinder-und-jugendhilfe.csv")
	require.NoError(t, err)
	gw, err := lies(t, "qd3-gesundheitswesen.csv")
	require.NoError(t, err)
	assert.GreaterOrEqual(t, int(jh[1].Stufe-gw[1].Stufe), 3)
	assert.Equal(t, "Kinderärztliche Praxen sind kaum vertreten; die Treffen liegen in den Sprechzeiten.\nDie Kliniken kommen nur zur Jahrestagung.", gw[1].Begruendung)
}

// TestTabellenkalkulation reads a sheet as a spreadsheet saves it (BOM,
// CRLF, a quoted comment with ";" and a line break, a blank template row)
// and checks that the same sheet without BOM and with LF reads the same.
func TestTabellenkalkulation(t *testing.T) {
	roh, err := os.ReadFile(filepath.Join(testdata, "tabellenkalkulation.csv"))
	require.NoError(t, err)
	require.True(t, bytes.HasPrefix(roh, []byte("\uFEFF")), "the file keeps its BOM")
	require.Contains(t, string(roh), "\r\n", "the file keeps its CRLF")
	require.Contains(t, string(roh), "\"Stimmt; aber das Jugendamt\r\nsteuert eher nebenbei.\"")

	got, err := lies(t, "tabellenkalkulation.csv")
	require.NoError(t, err)
	d := tag(2026, 12, 2)
	p, s := "Jobcenter Fürstenwalde", "materielle-sicherung"
	want := []qualitaet.Einschaetzung{
		{Entwicklungsziel: "QD3.T1.Z1", Stufe: 3, Datum: d, Person: p, Sektor: s, Begruendung: "Stimmt; aber das Jugendamt\nsteuert eher nebenbei."},
		{Entwicklungsziel: "QD3.T1.Z2", Stufe: 2, Datum: d, Person: p, Sektor: s},
		{Entwicklungsziel: "QD3.T1.Z3", NichtBeurteilbar: true, Datum: d, Person: p, Sektor: s},
		{Entwicklungsziel: "QD3.T2.Z1", Stufe: 1, Datum: d, Person: p, Sektor: s, Begruendung: "Gremium fehlt noch."},
		{Entwicklungsziel: "QD3.T2.Z2", Stufe: 2, Datum: d, Person: p, Sektor: s},
	}
	for i := range want {
		want[i].Einschaetzende = bogen.Kennung("tabellenkalkulation.csv", p, false)
		want[i].StufeGesetzt = !want[i].NichtBeurteilbar
	}
	assert.Equal(t, want, got)

	schlicht := bytes.ReplaceAll(bytes.TrimPrefix(roh, []byte("\uFEFF")), []byte("\r\n"), []byte("\n"))
	got2, err := bogen.Lies(bytes.NewReader(schlicht), "tabellenkalkulation.csv", nil, bogen.LeseOptionen{})
	require.NoError(t, err)
	assert.Equal(t, got, got2)
}

// TestFehlerhafteBoegen reads every testdata/boegen/fehlerhaft-*.csv and
// compares the German error text with its .fehler.txt (refresh: -update).
func TestFehlerhafteBoegen(t *testing.T) {
	dateien, err := filepath.Glob(filepath.Join(testdata, "fehlerhaft-*.csv"))
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(dateien), 5)
	for _, p := range dateien {
		name := filepath.Base(p)
		t.Run(name, func(t *testing.T) {
			got, err := lies(t, name)
			require.Error(t, err)
			assert.Nil(t, got)
			var vf *schema.ValidierungsFehler
			require.True(t, errors.As(err, &vf))
			for _, v := range vf.Verletzungen {
				assert.Positive(t, v.Zeile, "%s has a line", v)
				assert.True(t, strings.HasPrefix(v.Meldung, name+", Zeile "), "%q names file and line", v.Meldung)
			}
			golden(t, strings.TrimSuffix(name, ".csv")+".fehler.txt", []byte(vf.Text(language.German)+"\n"))
		})
	}
}

// TestRundreise fills in a sheet written by Schreibe the way a rater does
// and reads it back.
func TestRundreise(t *testing.T) {
	for _, opt := range []bogen.Optionen{
		{Format: bogen.CSV, Dimensionen: []int{3, 7}},
		{Format: bogen.CSV, Dimensionen: []int{3}, BOM: true, Sprache: language.English},
	} {
		var b bytes.Buffer
		require.NoError(t, bogen.Schreibe(&b, nil, opt))
		zeilen := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
		var want []qualitaet.Einschaetzung
		for i := 1; i < len(zeilen); i++ {
			if i%4 == 0 {
				continue // a goal the rater left out
			}
			id := strings.SplitN(zeilen[i], ";", 2)[0]
			stufe := (i % 6)
			e := qualitaet.Einschaetzung{Entwicklungsziel: qualitaet.ID(id), Datum: tag(2026, 11, 24), Person: "Kita-Leitung", Sektor: "kinder-und-jugendhilfe",
				Einschaetzende: "kita-1", Runde: "Herbst 2026", Ebene: qualitaet.Operativ, Entwicklungsbedarf: qualitaet.BedarfHoch}
			feld := "k. A."
			if stufe <= 4 {
				e.Stufe, e.StufeGesetzt, feld = qualitaet.Stufe(stufe), true, string(rune('0'+stufe))
			} else {
				e.NichtBeurteilbar = true
			}
			want = append(want, e)
			// person, kennung, sektor, ebene, runde, stufe, entwicklungsbedarf, datum, kommentar
			zeilen[i] = strings.TrimSuffix(zeilen[i], ";;;;;;;;;") + ";Kita-Leitung;kita-1;Kinder- und Jugendhilfe;Operative Ebene;Herbst 2026;" + feld + ";hoch;24.11.2026;"
		}
		got, err := bogen.Lies(strings.NewReader(strings.Join(zeilen, "\n")), "rundreise.csv", nil, bogen.LeseOptionen{})
		require.NoError(t, err)
		assert.Equal(t, want, got)
	}
}
