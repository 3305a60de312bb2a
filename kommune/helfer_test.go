package kommune

import (
	"flag"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// update rewrites the golden files under testdata/ instead of comparing:
//
//	go test ./kommune -update
var update = flag.Bool("update", false, "rewrite golden files")

var englisch = schema.Englisch
