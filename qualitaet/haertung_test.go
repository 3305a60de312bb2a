package qualitaet

import (
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

// Every message of the package renders in German and English and is used
// in its code.
func TestKatalogeVollstaendig(t *testing.T) {
	require.NoError(t, meldungen.Pruefe(os.DirFS("."), "herkunftName."), "meldungen")
	require.NoError(t, zieleMeldungen.Pruefe(os.DirFS("."), "objekt.", "wirkung.", "erreichung."), "zieleMeldungen")
	require.NoError(t, bewertungsMeldungen.Pruefe(os.DirFS("."), "bedarf."), "bewertungsMeldungen")
	require.NoError(t, konformitaetsMeldungen.Pruefe(os.DirFS(".")), "konformitaetsMeldungen")
}
