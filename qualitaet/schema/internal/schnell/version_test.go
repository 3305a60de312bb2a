package schnell

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
)

// The fast check imitates github.com/santhosh-tekuri/jsonschema/v5 at this
// version: its keyword semantics (which keywords the compiled Schema holds
// and how they validate), its "integer" test (big.Rat on the literal), its
// format checks (it calls jsonschema.Formats) and the shape of its compiled
// Schema struct. The reader imitates encoding/json.
const gepinnteVersion = "v5.3.1"

const validatorModul = "github.com/santhosh-tekuri/jsonschema/v5"

// TestVersionGepinnt fails when go.mod moves the validator: then re-check
// before changing gepinnteVersion.
func TestVersionGepinnt(t *testing.T) {
	version, ok := validatorVersion(t)
	if !ok {
		t.Fatalf("%s is no longer a dependency: the fast path in this package mirrors it (%s) and must be "+
			"re-done for its replacement", validatorModul, gepinnteVersion)
	}
	if version != gepinnteVersion {
		t.Fatalf("%s is %s, the fast path mirrors %s. Re-check before moving the pin:\n"+
			"1. the fields of jsonschema.Schema read in Baumeister.baue (a new keyword field must make a Knoten unklar or be checked),\n"+
			"2. how the library validates each keyword the fast check answers (type incl. integer, enum/const equality, "+
			"min/max with big.Rat, minLength in runes, pattern, uniqueItems, properties/patternProperties/additionalProperties, "+
			"dependentRequired/dependentSchemas, items/prefixItems, allOf/anyOf/oneOf/not/if-then-else, $ref),\n"+
			"3. jsonschema.Formats (date, date-time incl. leap seconds, uuid) and Zeitpunkt's strictness on top,\n"+
			"4. the error tree package schema translates (keyword locations, wrapper nodes, false schemas),\n"+
			"then run FuzzSchnellGegenBibliothek (package schema) and FuzzLeser for a while",
			validatorModul, version, gepinnteVersion)
	}
}

// validatorVersion reads the validator's version from the build
// information, or — test binaries carry none — from the module's go.mod.
func validatorVersion(t *testing.T) (string, bool) {
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, m := range info.Deps {
			if m.Path == validatorModul {
				if m.Replace != nil {
					m = m.Replace
				}
				return m.Version, true
			}
		}
	}
	data, err := os.ReadFile(filepath.Join("..", "..", "..", "..", "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	version, gefunden := "", false
	for _, zeile := range strings.Split(string(data), "\n") {
		felder := strings.Fields(strings.TrimPrefix(strings.TrimSpace(zeile), "require "))
		switch {
		case len(felder) >= 2 && felder[0] == validatorModul:
			version, gefunden = felder[1], true
		case len(felder) >= 4 && felder[0] == "replace" && felder[1] == validatorModul:
			t.Fatalf("go.mod replaces %s: the fast path mirrors the released %s", validatorModul, gepinnteVersion)
		}
	}
	return version, gefunden
}
