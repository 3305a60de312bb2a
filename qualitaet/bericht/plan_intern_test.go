package bericht

import (
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

// Every label of the plan and the HTML reports renders in German and
// English and is used in the package's code.
func TestPlanTexteVollstaendig(t *testing.T) {
	require.NoError(t, planTexte.Pruefe(os.DirFS(".")), "planTexte")
}
