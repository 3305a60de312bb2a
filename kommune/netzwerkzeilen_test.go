package kommune

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fruehehilfen/qualitaetsrahmen/netzwerk"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
)

// netzwerkzeile reads a Steckbrief with the one line under WIR ÜBER UNS and
// returns the profile.
func netzwerkzeile(t *testing.T, label, wert string) *Profil {
	t.Helper()
	text := "# Landkreis Beispiel, Brandenburg\n\n## WIR ÜBER UNS\n\n" + label + "\t" + wert + "\n"
	p, _, err := ParseSteckbrief(strings.NewReader(text))
	require.NoError(t, err)
	return p
}

func anzahl(n float64) qualitaet.Wert { return qualitaet.WertVon(n) }

// TestKooperationszeile pins the one reading of the line "Anzahl
// Kooperationen". Until the Steckbrief had one reader, the strict reader of
// package netzwerk (KooperationenAusSteckbrief) gave a different result for
// the rows marked "former disagreement": an error, the text of a count, a
// lost "k. A.". Every row is worked out by hand from the rules of
// parseKooperationen.
func TestKooperationszeile(t *testing.T) {
	for _, tt := range kooperationsZeilen {
		t.Run(tt.name, func(t *testing.T) {
			p := netzwerkzeile(t, "Anzahl Kooperationen", tt.wert)
			assert.Equal(t, tt.want, p.Netzwerk.Kooperationen)
			assert.Empty(t, p.WirUeberUns.Weitere, "read, not kept as text")
		})
	}
}

var kooperationsZeilen = []struct {
	name, wert string
	want       []netzwerk.Kooperation
}{
	{"Oder-Spree, verbatim", "Gesundheit: 3, Kinder- und Jugend: 5, Schwangerschaftsberatung: 3, Frühförderung: 2, Sonstige: Kommunen, Beratungsstellen, lokale Bündnisse für Familie, etc., Freiwilligenarbeit: 2", []netzwerk.Kooperation{
		{Sektor: netzwerk.Gesundheitswesen, Bezeichnung: "Gesundheit", Anzahl: anzahl(3)},
		{Sektor: netzwerk.KinderUndJugendhilfe, Bezeichnung: "Kinder- und Jugend", Anzahl: anzahl(5)},
		{Sektor: netzwerk.Schwangerschaftsberatung, Bezeichnung: "Schwangerschaftsberatung", Anzahl: anzahl(3)},
		{Sektor: netzwerk.Fruehfoerderung, Bezeichnung: "Frühförderung", Anzahl: anzahl(2)},
		{Sektor: netzwerk.Sonstige, Bezeichnung: "Sonstige", Text: "Kommunen, Beratungsstellen, lokale Bündnisse für Familie, etc."},
		{Sektor: netzwerk.Ehrenamt, Bezeichnung: "Freiwilligenarbeit", Anzahl: anzahl(2)},
	}},
	{"thousands dot, spacing, NFD", "  Gesundheit :  1.200 ,Fru\u0308hfo\u0308rderung:0", []netzwerk.Kooperation{
		{Sektor: netzwerk.Gesundheitswesen, Bezeichnung: "Gesundheit", Anzahl: anzahl(1200)},
		{Sektor: netzwerk.Fruehfoerderung, Bezeichnung: "Frühförderung", Anzahl: anzahl(0)},
	}},
	// Former disagreement: netzwerk refused text before the first label.
	{"text before the first label", "Kommunen, Gesundheit: 3", []netzwerk.Kooperation{
		{Sektor: netzwerk.Sonstige, Bezeichnung: "Kommunen"},
		{Sektor: netzwerk.Gesundheitswesen, Bezeichnung: "Gesundheit", Anzahl: anzahl(3)},
	}},
	// Former disagreement: netzwerk refused a label of no sector.
	{"label of no sector", "Gesundheit: 3, Polizei: 1", []netzwerk.Kooperation{
		{Sektor: netzwerk.Gesundheitswesen, Bezeichnung: "Gesundheit", Anzahl: anzahl(3)},
		{Sektor: netzwerk.Sonstige, Bezeichnung: "Polizei", Anzahl: anzahl(1)},
	}},
	// Former disagreement: kommune made "Hebammen" and "Kinderärzte"
	// entries of their own in Sonstige; they name the health partners.
	{"text after a count", "Gesundheit: 3, Hebammen, Kinderärzte", []netzwerk.Kooperation{
		{Sektor: netzwerk.Gesundheitswesen, Bezeichnung: "Gesundheit", Anzahl: anzahl(3), Text: "Hebammen, Kinderärzte"},
	}},
	// Former disagreement: netzwerk kept "k. A." as text.
	{"k. A. is absent", "Jobcenter: k. A.", []netzwerk.Kooperation{
		{Sektor: netzwerk.MaterielleSicherung, Bezeichnung: "Jobcenter"},
	}},
	// Former disagreement: netzwerk refused a count without colon.
	{"label and count without colon", "Gesundheit 3", []netzwerk.Kooperation{
		{Sektor: netzwerk.Gesundheitswesen, Bezeichnung: "Gesundheit", Anzahl: anzahl(3)},
	}},
	// Former disagreement: netzwerk took "3 (2019)" as text.
	{"count with a note", "Gesundheit: 3 (2019)", []netzwerk.Kooperation{
		{Sektor: netzwerk.Gesundheitswesen, Bezeichnung: "Gesundheit", Anzahl: anzahl(3), Text: "2019"},
	}},
	{"brackets keep their commas", "Sonstige: Kommunen (A, B), Gesundheit: 2", []netzwerk.Kooperation{
		{Sektor: netzwerk.Sonstige, Bezeichnung: "Sonstige", Text: "Kommunen (A, B)"},
		{Sektor: netzwerk.Gesundheitswesen, Bezeichnung: "Gesundheit", Anzahl: anzahl(2)},
	}},
	{"empty pieces", "Gesundheit: 1,, ,", []netzwerk.Kooperation{
		{Sektor: netzwerk.Gesundheitswesen, Bezeichnung: "Gesundheit", Anzahl: anzahl(1)},
	}},
	{"no count", "Ehrenamt:", []netzwerk.Kooperation{{Sektor: netzwerk.Ehrenamt, Bezeichnung: "Ehrenamt"}}},
	// Former disagreement: netzwerk refused the line; the value is absent.
	{"k. A. for the line", "k. A.", nil},
}

// TestGremienzeile pins the one reading of the line "FH-Gremien"; rows
// marked "former disagreement" were read differently by the strict reader
// of package netzwerk (GremienAusSteckbrief).
func TestGremienzeile(t *testing.T) {
	for _, tt := range gremienZeilen {
		t.Run(tt.name, func(t *testing.T) {
			p := netzwerkzeile(t, "FH-Gremien", tt.wert)
			assert.Equal(t, tt.want, p.Netzwerk.Gremien)
			assert.Empty(t, p.WirUeberUns.Weitere, "read, not kept as text")
		})
	}
}

var gremienZeilen = []struct {
	name, wert string
	want       []netzwerk.Gremium
}{
	{"Oder-Spree, verbatim", "1 Strategie- und Lenkungsgruppe, 6 Steuerungsgruppen", []netzwerk.Gremium{
		{Art: netzwerk.Lenkungsgruppe, Bezeichnung: "Strategie- und Lenkungsgruppe", Anzahl: 1},
		{Art: netzwerk.Steuerungsgruppe, Bezeichnung: "Steuerungsgruppen", Anzahl: 6},
	}},
	{"counts where given", "Lenkungskreis, 4 AGs, Qualitätszirkel", []netzwerk.Gremium{
		{Art: netzwerk.Lenkungsgruppe, Bezeichnung: "Lenkungskreis"},
		{Art: netzwerk.Arbeitsgruppe, Bezeichnung: "AGs", Anzahl: 4},
		{Art: netzwerk.Qualitaetszirkel, Bezeichnung: "Qualitätszirkel"},
	}},
	// Former disagreement: kommune kept "0 Arbeitsgruppen" as a body
	// whose number is not stated.
	{"counted 0: no such body", "0 Arbeitsgruppen, 1 Netzwerkkonferenz", []netzwerk.Gremium{
		{Art: netzwerk.SonstigesGremium, Bezeichnung: "Netzwerkkonferenz", Anzahl: 1},
	}},
	// Former disagreement: kommune read "1" and ".200 Gremien".
	{"thousands dot", "1.200 Gremien", []netzwerk.Gremium{
		{Art: netzwerk.SonstigesGremium, Bezeichnung: "Gremien", Anzahl: 1200},
	}},
	// Former disagreement: netzwerk read "x Arbeitsgruppen" of no kind.
	{"count with x", "2 x Arbeitsgruppen", []netzwerk.Gremium{
		{Art: netzwerk.Arbeitsgruppe, Bezeichnung: "Arbeitsgruppen", Anzahl: 2},
	}},
	// Former disagreement: netzwerk did not split at ";".
	{"semicolon", "Lenkungskreis; 4 AGs", []netzwerk.Gremium{
		{Art: netzwerk.Lenkungsgruppe, Bezeichnung: "Lenkungskreis"},
		{Art: netzwerk.Arbeitsgruppe, Bezeichnung: "AGs", Anzahl: 4},
	}},
	// Former disagreement: netzwerk made a body called "k. A.".
	{"k. A. is absent", "k. A.", nil},
	// Former disagreement: netzwerk did not see the count.
	{"count without space", "6Steuerungsgruppen", []netzwerk.Gremium{
		{Art: netzwerk.Steuerungsgruppe, Bezeichnung: "Steuerungsgruppen", Anzahl: 6},
	}},
	// Former disagreement: netzwerk split inside the brackets.
	{"brackets keep their commas", "AG (Kita, Schule), 2 Runde Tische", []netzwerk.Gremium{
		{Art: netzwerk.SonstigesGremium, Bezeichnung: "AG (Kita, Schule)"},
		{Art: netzwerk.SonstigesGremium, Bezeichnung: "Runde Tische", Anzahl: 2},
	}},
	// Former disagreement: netzwerk refused a bare number; nothing is
	// dropped, so it stays as written.
	{"bare number", "Lenkungskreis, 3", []netzwerk.Gremium{
		{Art: netzwerk.Lenkungsgruppe, Bezeichnung: "Lenkungskreis"},
		{Art: netzwerk.SonstigesGremium, Bezeichnung: "3"},
	}},
}

// TestNetzwerkzeilenOderSpree: the network's lines of the Oder-Spree
// Steckbrief give the typed entries of the Oder-Spree network document —
// the netzwerk package receives these typed sections, never the text.
func TestNetzwerkzeilenOderSpree(t *testing.T) {
	text, err := os.ReadFile("../testdata/steckbriefe/oder-spree.md")
	require.NoError(t, err)
	p, _, err := ParseSteckbrief(bytes.NewReader(text))
	require.NoError(t, err)
	data, err := os.ReadFile("../testdata/netzwerk/oder-spree.json")
	require.NoError(t, err)
	n, err := netzwerk.Parse(data)
	require.NoError(t, err)
	assert.Equal(t, n.Kooperationen, p.Netzwerk.Kooperationen)
	require.Len(t, p.Netzwerk.Gremien, 2)
	assert.Equal(t, n.Gremien[:2], p.Netzwerk.Gremien)
}
