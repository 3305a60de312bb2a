package qualitaet

import "flag"

// update rewrites the golden files under testdata/ instead of comparing with
// them: go test ./qualitaet/ -run Golden -update, then review the diff.
var update = flag.Bool("update", false, "rewrite golden files")
