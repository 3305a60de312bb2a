package netzwerk

import (
	"encoding/json"
	"flag"
)

// update rewrites the golden files under testdata/ungueltig:
//
//	go test ./netzwerk/ -run TestUngueltigeDokumente -update
var update = flag.Bool("update", false, "rewrite golden files")

func jsonMarshal(v any) ([]byte, error) { return json.Marshal(v) }
