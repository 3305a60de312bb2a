package qualitaet_test

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	q "github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// FuzzParseID checks the round-trip property of IDs: what ParseID accepts
// prints as itself and parses to the same ID; what it refuses is no valid ID
// and the error quotes the input.
func FuzzParseID(f *testing.F) {
	for _, tt := range idFaelle {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, err := q.ParseID(s)
		if err != nil {
			if id != "" || q.ID(s).IsValid() || q.ID(s).Art() != q.KeineID {
				t.Fatalf("ParseID(%q) = %q, %v; but ID(%q) looks valid", s, id, err, s)
			}
			if !strings.Contains(err.Error(), "ParseID(") {
				t.Fatalf("ParseID(%q): error %q does not name the function", s, err)
			}
			return
		}
		if id.String() != s {
			t.Fatalf("ParseID(%q).String() = %q", s, id.String())
		}
		again, err := q.ParseID(id.String())
		if err != nil || again != id {
			t.Fatalf("ParseID(ParseID(%q).String()) = %q, %v", s, again, err)
		}
		if id.Art() == q.KeineID || id.Nummer() < 1 || id.Nummer() > 99 || id.Dimension().Art() != q.IDDimension {
			t.Fatalf("ParseID(%q): Art %v, Nummer %d, Dimension %q", s, id.Art(), id.Nummer(), id.Dimension())
		}
		if th := id.Thema(); th != "" && (th.Art() != q.IDThema || !strings.HasPrefix(s, string(th))) {
			t.Fatalf("ParseID(%q).Thema() = %q", s, th)
		}
		if q.VergleicheIDs(id, id) != 0 {
			t.Fatalf("VergleicheIDs(%q, %q) != 0", s, s)
		}
		b, err := json.Marshal(id)
		if err != nil {
			t.Fatalf("json.Marshal(%q): %v", s, err)
		}
		var j q.ID
		if err := json.Unmarshal(b, &j); err != nil || j != id {
			t.Fatalf("JSON round trip of %q = %q, %v", s, j, err)
		}
	})
}

// FuzzParseRahmen checks that ParseRahmen never panics and returns either a
// catalogue that validates and survives a MarshalJSON round trip, or a
// *schema.ValidierungsFehler.
func FuzzParseRahmen(f *testing.F) {
	for _, name := range []string{"rahmen/2.0.json", "rahmen/2016.json", landReduziert, "../testdata/rahmen/eigener-katalog-beispiel.json"} {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	ungueltig, err := filepath.Glob("../testdata/ungueltig/rahmen-*.json")
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range ungueltig {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, doc := range []string{
		rahmenDok("QD3", "3", "QD3.T1", "QD3.T1.Z1", "QD3.T1.Z2"),
		rahmenDok("QD3", "3", "QD3.T1", "QD3.T1.Z1", "QD3.T1.Z2", "QD3.T1.Z2"),
		rahmenDok("QD3", "3", "QD4.T1", "QD4.T1.Z1"),
		rahmenDok("QD3", "4", "QD3.T1", "QD3.T1.Z1"),
		rahmenDok("QD3", "3", "QD3.T1", "QD3.T1.L1"),
		rahmenDok("QD03", "3", "QD3.T1", "QD3.T1.Z1"),
		rahmenDok("QD99", "99", "QD99.T99", "QD99.T99.Z99"),
		rahmenDok("QD3", "3.0", "QD3.T1", "QD3.T1.Z1"),
		rahmenDok("QD3", "1e2", "QD3.T1", "QD3.T1.Z1"),
		`{"$schema": "` + schema.ArtRahmen.ID() + `"}`,
		`{}`, `[]`, `null`,
	} {
		f.Add([]byte(doc))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := q.ParseRahmen(data)
		if err != nil {
			var ve *schema.ValidierungsFehler
			if r != nil || !errors.As(err, &ve) || len(ve.Verletzungen) == 0 {
				t.Fatalf("ParseRahmen = %v, %v; want nil and a *ValidierungsFehler", r, err)
			}
			return
		}
		if r == nil {
			t.Fatal("ParseRahmen = nil, nil")
		}
		if err := r.Validate(); err != nil {
			t.Fatalf("accepted catalogue does not validate: %v", err)
		}
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatalf("MarshalJSON: %v", err)
		}
		r2, err := q.ParseRahmen(b)
		if err != nil {
			t.Fatalf("ParseRahmen(MarshalJSON(r)): %v\n%s", err, b)
		}
		b2, err := json.Marshal(r2)
		if err != nil || string(b) != string(b2) {
			t.Fatalf("MarshalJSON is not stable:\n%s\n%s", b, b2)
		}
		for id := range r.IDs() {
			if !r.Enthaelt(id) {
				t.Fatalf("Enthaelt(%s) = false for an ID of IDs()", id)
			}
		}
		_, _ = r.Zuschneiden(&q.Zuschnitt{Rahmen: r.Version, Schwerpunkte: []q.ID{r.Dimensionen[0].ID}})
	})
}
