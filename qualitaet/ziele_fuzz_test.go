package qualitaet

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// verlaufAusBytes decodes fuzz input into a goal history and a status: four
// bytes per entry (von, nach, hours since the previous entry as a signed
// byte, flags: 1 = reason, 2 = actor, 4 = no time), status from the last
// byte. Status indexes beyond the table give "" or an unknown status.
func verlaufAusBytes(b []byte) ([]Verlaufseintrag[ZielStatus], ZielStatus) {
	zustaende := ZielLebenszyklus().Zustaende()
	status := func(x byte) ZielStatus {
		i := int(x) % (len(zustaende) + 2)
		switch {
		case i < len(zustaende):
			return zustaende[i]
		case i == len(zustaende):
			return ""
		}
		return "erledigt"
	}
	var v []Verlaufseintrag[ZielStatus]
	zeit := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	for len(b) >= 4 {
		zeit = zeit.Add(time.Duration(int8(b[2])) * time.Hour)
		e := Verlaufseintrag[ZielStatus]{Von: status(b[0]), Nach: status(b[1]), Zeitpunkt: zeit}
		if b[3]&1 != 0 {
			e.Grund = "Grund"
		}
		if b[3]&2 != 0 {
			e.Durch = "Koordination"
		}
		if b[3]&4 != 0 {
			e.Zeitpunkt = time.Time{}
		}
		v = append(v, e)
		b = b[4:]
	}
	if len(b) > 0 {
		return v, status(b[len(b)-1])
	}
	if len(v) > 0 {
		return v, v[len(v)-1].Nach
	}
	return v, ""
}

// nachspielen replays a history through the API: NeuesZiel-style creation
// from the first entry, then Ziel.Wechsle for each further entry, whose
// "von" must be the status reached so far. It reports whether every step
// was accepted and the goal ends in status.
func nachspielen(v []Verlaufseintrag[ZielStatus], status ZielStatus) (Ziel, bool) {
	if len(v) == 0 || v[0].Von != "" || v[0].Nach != ZielLebenszyklus().Anfang() {
		return Ziel{}, false
	}
	start, err := zielZyklus.beginne(v[0].Zeitpunkt, v[0].Grund, v[0].Durch)
	if err != nil {
		return Ziel{}, false
	}
	z := Ziel{status: ZielVorgeschlagen, verlauf: start}
	for _, e := range v[1:] {
		if e.Von != z.Status() {
			return z, false
		}
		if err := z.Wechsle(e.Nach, e.Zeitpunkt, e.Grund, e.Durch); err != nil {
			return z, false
		}
	}
	return z, z.Status() == status
}

// FuzzVerlauf holds the history check and the change methods to each other:
// a stored history passes PruefeVerlauf exactly when replaying it with
// Wechsle succeeds and ends in the stored status, and a replayed history is
// the stored one.
func FuzzVerlauf(f *testing.F) {
	// seeds: a valid path, a reopening without reason, a broken chain, time going back
	f.Add([]byte{9, 0, 0, 3, 0, 2, 1, 2, 2, 3, 1, 2})
	f.Add([]byte{9, 0, 0, 2, 0, 1, 1, 2, 1, 3, 1, 2, 3, 5, 1, 2, 5, 3, 1, 2})
	f.Add([]byte{9, 0, 0, 2, 1, 3, 1, 2})
	f.Add([]byte{9, 0, 5, 2, 0, 1, 0xfe, 2})
	f.Add([]byte{9, 0, 0, 2, 0, 8, 1, 2, 8, 3, 1, 3})
	f.Add([]byte{9, 0, 0x30, 2, 0, 9, 0x30, 2}) // empty "nach" and status (found by fuzzing)
	f.Fuzz(func(t *testing.T, b []byte) {
		v, status := verlaufAusBytes(b)
		vs := ZielLebenszyklus().PruefeVerlauf(v, status, "/ziele/0")
		z, ok := nachspielen(v, status)
		if ok != (len(vs) == 0) {
			t.Fatalf("PruefeVerlauf = %v, replay ok = %v for %+v (status %q)", vs, ok, v, status)
		}
		if ok {
			require.Equal(t, v, z.Verlauf())
		}
		for _, x := range vs {
			require.NotEmpty(t, x.Zeiger)
			require.NotEmpty(t, x.Meldung)
			require.NotEmpty(t, x.Message)
		}
	})
}

// FuzzParseZiele: no input makes the parser panic, and every accepted
// document survives marshalling and parsing again unchanged.
func FuzzParseZiele(f *testing.F) {
	dateien, _ := filepath.Glob("../testdata/ungueltig/ziele-*.json")
	for _, d := range append(dateien, oderSpree) {
		if b, err := os.ReadFile(d); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := ParseZiele(data)
		if err != nil {
			return
		}
		b, err := json.Marshal(d)
		require.NoError(t, err)
		d2, err := ParseZiele(b)
		require.NoError(t, err, "%s", b)
		b2, err := json.Marshal(d2)
		require.NoError(t, err)
		assert.JSONEq(t, string(b), string(b2))
	})
}
