package bogen_test

import (
	"testing"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/bogen"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFormat(t *testing.T) {
	tests := []struct {
		f    bogen.Format
		name string
	}{
		{bogen.Markdown, "markdown"},
		{bogen.CSV, "csv"},
	}
	require.Len(t, bogen.Formate(), len(tests), "every format has a row")
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.f, bogen.Formate()[i])
			assert.True(t, tt.f.Valid())
			assert.Equal(t, tt.name, tt.f.String())
			got, err := bogen.ParseFormat(tt.name)
			require.NoError(t, err)
			assert.Equal(t, tt.f, got)
			text, err := tt.f.MarshalText()
			require.NoError(t, err)
			var back bogen.Format
			require.NoError(t, back.UnmarshalText(text))
			assert.Equal(t, tt.f, back)
		})
	}
}

func TestFormatUngueltig(t *testing.T) {
	for _, s := range []string{"", "Markdown", "CSV", "pdf", "md"} {
		t.Run(s, func(t *testing.T) {
			_, err := bogen.ParseFormat(s)
			require.Error(t, err)
			assert.Contains(t, err.Error(), `"`+s+`"`, "the error quotes the input")
			f := bogen.Format(s)
			assert.False(t, f.Valid())
			assert.Equal(t, "Format("+s+")", f.String())
			_, err = f.MarshalText()
			assert.Error(t, err)
			assert.Error(t, new(bogen.Format).UnmarshalText([]byte(s)))
		})
	}
}
