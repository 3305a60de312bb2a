package netzwerk

import (
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

// Every message of the package renders in German and English and is used
// in its code.
func TestKatalogeVollstaendig(t *testing.T) {
	require.NoError(t, meldungen.Pruefe(os.DirFS("."), "ebene."), "meldungen")
	require.NoError(t, namen.Pruefe(os.DirFS("."), "treffen.", "kooperation.", "foerderbereich.", "gremium."), "namen")
}
