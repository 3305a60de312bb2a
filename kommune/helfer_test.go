package kommune

import (
	"flag"

	"golang.org/x/text/language"
)

// update rewrites the golden files under testdata/ instead of comparing:
//
//	go test ./kommune -update
var update = flag.Bool("update", false, "rewrite golden files")

var englisch = language.English
