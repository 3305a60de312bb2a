package qualitaet

import (
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestEinschaetzungMeldungen: every message about a rating is in both
// languages and used.
func TestEinschaetzungMeldungen(t *testing.T) {
	require.NoError(t, einschaetzungMeldungen.Pruefe(os.DirFS(".")))
}

// TestIDMeldungen: every message about a malformed ID is in both languages
// and used.
func TestIDMeldungen(t *testing.T) {
	require.NoError(t, idMeldungen.Pruefe(os.DirFS(".")))
}
