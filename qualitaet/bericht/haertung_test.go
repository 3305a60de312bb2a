package bericht

import (
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

// Every message of the package renders in German and English and is used
// in its code.
func TestKatalogeVollstaendig(t *testing.T) {
	require.NoError(t, meldungen.Pruefe(os.DirFS("."), "md.titelOhne", "md.titelVorbewertungOhne", "st.titelOhne", "svg.titelOhne"), "meldungen")
}
