package netzwerk

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
)

// TestFaktenImFaktenkatalog: the facts of a network are exactly the facts of
// source netzwerk in qualitaet's fact catalogue, of the same kind (list or
// number) — so every fact can be named by a rule, and no rule names a fact
// that is never produced.
func TestFaktenImFaktenkatalog(t *testing.T) {
	katalog := map[string]bool{}
	for _, f := range qualitaet.Faktkatalog() {
		if f.Quelle == qualitaet.FaktquelleNetzwerk {
			katalog[f.Name] = f.Liste
		}
	}
	fakten := map[string]bool{}
	for _, f := range FaktNamen() {
		fakten[f.Name] = f.Liste
	}
	assert.Equal(t, katalog, fakten, "catalogue (name → list) against FaktNamen")
}
