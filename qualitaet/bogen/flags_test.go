package bogen_test

import "flag"

// update rewrites the golden files under testdata/boegen instead of
// comparing with them: go test ./qualitaet/bogen/ -update, then review the
// diff.
var update = flag.Bool("update", false, "rewrite golden files")

// testdata is the folder of sheets and golden files.
const testdata = "../../testdata/boegen"
