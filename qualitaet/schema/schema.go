package schema

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"strconv"
	"strings"
	"sync"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema/internal/schnell"
	"github.com/santhosh-tekuri/jsonschema/v5"
)

// Basis is the common prefix of every schema's $id. The $id of the schema of
// kind a is Basis + a + ".schema.json"; documents name it in "$schema".
const Basis = "https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/"

// Art is a document kind (Dokumentart). Each kind has one JSON Schema in this
// folder, named <art>.schema.json. The zero value is no kind.
type Art string

// The document kinds of the library.
const (
	ArtGemeinsam    Art = "gemeinsam"    // shared definitions, no documents of its own
	ArtRahmen       Art = "rahmen"       // Qualitätsrahmen catalogue (package qualitaet)
	ArtZuschnitt    Art = "zuschnitt"    // tailoring of a catalogue (package qualitaet)
	ArtZiele        Art = "ziele"        // goals, measures, indicators (package qualitaet)
	ArtRegelwerk    Art = "regelwerk"    // scoring rules (package qualitaet)
	ArtBewertung    Art = "bewertung"    // evaluation result (package qualitaet)
	ArtKonformitaet Art = "konformitaet" // conformance vector (package qualitaet)
	ArtNetzwerk     Art = "netzwerk"     // Netzwerk Frühe Hilfen (package netzwerk)
	ArtProfil       Art = "profil"       // Kommune profile (package kommune)
	ArtCluster      Art = "cluster"      // clusters of the Qualitätsdialoge (package kommune/vergleich)
	ArtVergleich    Art = "vergleich"    // comparison of Kommunen (package kommune/vergleich)
	ArtTrend        Art = "trend"        // development of a Kommune between two Bewertungen (package kommune/vergleich)
	ArtPlan         Art = "plan"         // Qualitätsentwicklungsplan (package qualitaet)
)

var alleArten = []Art{ArtGemeinsam, ArtRahmen, ArtZuschnitt, ArtZiele, ArtRegelwerk, ArtBewertung,
	ArtKonformitaet, ArtNetzwerk, ArtProfil, ArtCluster, ArtVergleich, ArtTrend, ArtPlan}

// Arten returns every document kind in a fixed order.
func Arten() []Art { return append([]Art(nil), alleArten...) }

// Valid reports whether a is one of the kinds in [Arten].
func (a Art) Valid() bool {
	for _, x := range alleArten {
		if a == x {
			return true
		}
	}
	return false
}

// String returns the kind's name, or "Art(<name>)" for an unknown kind.
func (a Art) String() string {
	if a.Valid() {
		return string(a)
	}
	return "Art(" + string(a) + ")"
}

// ID returns the $id of the kind's schema.
func (a Art) ID() string { return Basis + string(a) + ".schema.json" }

// Datei returns the file name of the kind's schema within [Dateien].
func (a Art) Datei() string { return string(a) + ".schema.json" }

// MarshalText encodes a known kind as its name.
func (a Art) MarshalText() ([]byte, error) {
	if !a.Valid() {
		return nil, fmt.Errorf("schema.Art: unbekannte Dokumentart %q", string(a))
	}
	return []byte(a), nil
}

// UnmarshalText accepts exactly the names in [Arten].
func (a *Art) UnmarshalText(b []byte) error {
	x := Art(b)
	if !x.Valid() {
		return fmt.Errorf("schema.Art: unbekannte Dokumentart %q", string(b))
	}
	*a = x
	return nil
}

// ArtVonID returns the kind whose schema has the $id id.
func ArtVonID(id string) (Art, bool) {
	if !strings.HasPrefix(id, Basis) || !strings.HasSuffix(id, ".schema.json") {
		return "", false
	}
	a := Art(strings.TrimSuffix(strings.TrimPrefix(id, Basis), ".schema.json"))
	return a, a.Valid()
}

//go:embed *.schema.json
var dateien embed.FS

// Dateien returns the embedded schema files (<art>.schema.json, draft
// 2020-12) for tools that want to publish or inspect them.
func Dateien() fs.FS { return dateien }

// errLadenGesperrt is returned by the compiler's loader: nothing outside the
// embedded set is ever loaded, neither files nor URLs.
var errLadenGesperrt = errors.New("schema: Laden externer Schemas ist gesperrt")

type kompiliert struct {
	schemas map[Art]*jsonschema.Schema
	schnell map[Art]*schnell.Knoten       // the same schemas prepared for the fast check
	orte    map[string]*jsonschema.Schema // every sub-schema by Location, for error parameters
	// personen holds the Location of every schema marked
	// "x-personenbezogen": true, read from the raw schema files.
	personen map[string]bool
}

// kompilieren compiles the embedded schemas once per process. The compiled
// schemas are read-only afterwards and safe for concurrent validation.
var kompilieren = sync.OnceValues(func() (*kompiliert, error) { return kompiliere(dateien) })

func kompiliere(fsys fs.FS) (*kompiliert, error) {
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	c.AssertFormat = true
	c.Formats = map[string]func(any) bool{"date-time": schnell.Zeitpunkt} // one sign is one too many
	c.LoadURL = func(u string) (io.ReadCloser, error) {
		return nil, fmt.Errorf("%w: %s", errLadenGesperrt, u)
	}
	namen, err := fs.Glob(fsys, "*.schema.json")
	if err != nil {
		return nil, err
	}
	vorhanden := map[Art]bool{}
	personen := map[string]bool{}
	for _, name := range namen {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		var kopf struct {
			ID string `json:"$id"`
		}
		if err := json.Unmarshal(b, &kopf); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		art, ok := ArtVonID(kopf.ID)
		if !ok || art.Datei() != name {
			return nil, fmt.Errorf("%s: $id %q passt nicht zum Dateinamen", name, kopf.ID)
		}
		var roh any
		if err := json.Unmarshal(b, &roh); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		markiertePersonen(roh, kopf.ID+"#", personen)
		if err := c.AddResource(kopf.ID, bytes.NewReader(b)); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		vorhanden[art] = true
	}
	k := &kompiliert{schemas: map[Art]*jsonschema.Schema{}, schnell: map[Art]*schnell.Knoten{},
		orte: map[string]*jsonschema.Schema{}, personen: personen}
	baumeister := schnell.NeuerBaumeister(c.Formats)
	for _, art := range alleArten {
		if !vorhanden[art] {
			continue
		}
		s, err := c.Compile(art.ID())
		if err != nil {
			return nil, fmt.Errorf("schema %s: %w", art, err)
		}
		k.schemas[art] = s
		k.schnell[art] = baumeister.Baue(s)
		indiziere(s, k.orte)
	}
	return k, nil
}

// markiertePersonen records the location of every object in a raw schema
// that carries "x-personenbezogen": true, written as the compiler writes
// schema locations (RFC 6901 tokens, URL path escaped).
func markiertePersonen(x any, ort string, personen map[string]bool) {
	switch y := x.(type) {
	case map[string]any:
		if y["x-personenbezogen"] == true {
			personen[ort] = true
		}
		for k, e := range y {
			markiertePersonen(e, ort+"/"+url.PathEscape(zeigerEscape.Replace(k)), personen)
		}
	case []any:
		for i, e := range y {
			markiertePersonen(e, ort+"/"+strconv.Itoa(i), personen)
		}
	}
}

func indiziere(s *jsonschema.Schema, orte map[string]*jsonschema.Schema) {
	if s == nil || orte[s.Location] != nil {
		return
	}
	orte[s.Location] = s
	for _, x := range []*jsonschema.Schema{s.Ref, s.DynamicRef, s.Not, s.If, s.Then, s.Else, s.Items2020,
		s.Contains, s.PropertyNames, s.UnevaluatedProperties, s.UnevaluatedItems} {
		indiziere(x, orte)
	}
	for _, l := range [][]*jsonschema.Schema{s.AllOf, s.AnyOf, s.OneOf, s.PrefixItems} {
		for _, x := range l {
			indiziere(x, orte)
		}
	}
	for _, m := range []map[string]*jsonschema.Schema{s.Properties, s.DependentSchemas} {
		for _, x := range m {
			indiziere(x, orte)
		}
	}
	for _, x := range s.PatternProperties {
		indiziere(x, orte)
	}
	if x, ok := s.AdditionalProperties.(*jsonschema.Schema); ok {
		indiziere(x, orte)
	}
	if x, ok := s.Items.(*jsonschema.Schema); ok {
		indiziere(x, orte)
	}
}

// Defaults of [Optionen].
const (
	StandardMaxGroesse = 8 << 20 // 8 MiB
	StandardMaxTiefe   = 64
)

// Optionen configures a [Validator]. The zero value means the defaults.
type Optionen struct {
	// MaxGroesse is the largest document accepted, in bytes; 0 means
	// StandardMaxGroesse (8 MiB). It is checked before anything is decoded.
	MaxGroesse int64
	// MaxTiefe is the deepest nesting of objects and arrays accepted; 0 means
	// StandardMaxTiefe (64). It protects the schema validator, whose cost
	// grows steeply with depth.
	MaxTiefe int
}

func (o Optionen) maxGroesse() int64 {
	if o.MaxGroesse <= 0 {
		return StandardMaxGroesse
	}
	return o.MaxGroesse
}

func (o Optionen) maxTiefe() int {
	if o.MaxTiefe <= 0 {
		return StandardMaxTiefe
	}
	return o.MaxTiefe
}

// Validator checks documents against the embedded schemas. It holds its
// options and the process-wide compiled schemas; it is immutable and safe for
// concurrent use. The schemas are compiled once per process, on first use.
type Validator struct {
	opt Optionen
	k   *kompiliert
	// ohneSchnell turns the fast check off, so tests can compare it with
	// the library's validation.
	ohneSchnell bool
}

// NeuerValidator returns a validator with the options. It fails only if the
// embedded schemas do not compile, which the package's tests rule out.
func NeuerValidator(opt Optionen) (*Validator, error) {
	k, err := kompilieren()
	if err != nil {
		return nil, err
	}
	return &Validator{opt: opt, k: k}, nil
}

var standard = sync.OnceValue(func() *Validator {
	v, err := NeuerValidator(Optionen{})
	if err != nil {
		panic(err) // embedded, tested data
	}
	return v
})

// Standard returns the validator with default options.
func Standard() *Validator { return standard() }

// Optionen returns the validator's options with defaults filled in.
func (v *Validator) Optionen() Optionen {
	return Optionen{MaxGroesse: v.opt.maxGroesse(), MaxTiefe: v.opt.maxTiefe()}
}

// Lies reads a whole document from r, but never more than the validator's
// size limit plus one byte: a larger document is refused with [ErrZuGross]
// before it is decoded or held in memory.
func (v *Validator) Lies(r io.Reader) ([]byte, error) {
	max := v.opt.maxGroesse()
	data, err := liesHoechstens(r, max+1)
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, NeuerFehler("", []Verletzung{zuGross(max)})
	}
	return data, nil
}

// liesHoechstens reads r to its end but at most n bytes. Where r tells its
// length (bytes.Reader, strings.Reader, a file), the buffer is made that
// large at once instead of growing step by step.
func liesHoechstens(r io.Reader, n int64) ([]byte, error) {
	var laenge int64 = -1
	switch x := r.(type) {
	case interface{ Len() int }:
		laenge = int64(x.Len())
	case interface{ Stat() (fs.FileInfo, error) }:
		if fi, err := x.Stat(); err == nil && fi.Mode().IsRegular() {
			laenge = fi.Size()
		}
	}
	if laenge < 0 || laenge >= n {
		return io.ReadAll(io.LimitReader(r, n))
	}
	b := bytes.NewBuffer(make([]byte, 0, laenge+bytes.MinRead))
	_, err := b.ReadFrom(io.LimitReader(r, n))
	return b.Bytes(), err
}

func zuGross(max int64) Verletzung {
	return meldungen.Verletzung("", RegelGroesse, "groesse", max)
}

// Dekodiere decodes data into the generic form the schema validator works on
// (json.Number for numbers). It checks size, nesting depth, syntax (with line
// and column), trailing data, number literals and keys that appear twice in
// one object (rule "schluessel") before anything else looks at the
// document.
func (v *Validator) Dekodiere(data []byte) (any, error) {
	if max := v.opt.maxGroesse(); int64(len(data)) > max {
		return nil, NeuerFehler("", []Verletzung{zuGross(max)})
	}
	if !v.ohneSchnell {
		if wert, ok, _ := schnell.Dekodiere(data, v.opt.maxTiefe()); ok {
			return wert, nil
		}
	}
	if vs := pruefeTiefe(data, v.opt.maxTiefe()); vs != nil {
		return nil, NeuerFehler("", vs)
	}
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	var wert any
	if err := d.Decode(&wert); err != nil {
		return nil, NeuerFehler("", []Verletzung{syntaxFehler(data, err, d.InputOffset())})
	}
	if rest := bytes.TrimLeft(data[d.InputOffset():], " \t\r\n"); len(rest) > 0 {
		return nil, NeuerFehler("", []Verletzung{position(data, int64(len(data)-len(rest)),
			meldungen.Verletzung("", RegelSyntax, "syntax.rest"))})
	}
	if vs := pruefeZahlen(wert, nil); len(vs) > 0 {
		return nil, NeuerFehler("", vs)
	}
	if v := doppelterSchluessel(data); v != nil {
		return nil, NeuerFehler("", []Verletzung{*v})
	}
	return wert, nil
}

// ArtVon returns the kind of a decoded document from its "$schema". A
// document without "$schema", or whose "$schema" is not the $id of an
// embedded schema, is refused with [ErrUnbekanntesSchema]: nothing is ever
// loaded from where "$schema" points.
func ArtVon(wert any) (Art, error) {
	obj, ok := wert.(map[string]any)
	if !ok {
		return "", NeuerFehler("", []Verletzung{meldungen.Verletzung("", RegelSchema, "schema.keinObjekt")})
	}
	raw, ok := obj["$schema"]
	if !ok {
		return "", NeuerFehler("", []Verletzung{meldungen.Verletzung("", RegelSchema, "schema.fehlt")})
	}
	id, _ := raw.(string)
	art, ok := ArtVonID(id)
	if !ok || art == ArtGemeinsam {
		return "", NeuerFehler("", []Verletzung{meldungen.Verletzung("/$schema", RegelSchema, "schema.unbekannt", kuerze(fmt.Sprint(raw)))})
	}
	return art, nil
}

// Pruefe validates a decoded document against the schema of kind art. The
// document's "$schema" must name that schema. It returns nil or a
// [*ValidierungsFehler] listing every violation with its JSON pointer.
func (v *Validator) Pruefe(art Art, wert any) error {
	s, ok := v.k.schemas[art]
	if !ok || art == ArtGemeinsam {
		return fmt.Errorf("schema: kein Schema für Dokumentart %q", string(art))
	}
	return v.pruefe(art, s, wert, false)
}

func (v *Validator) pruefe(art Art, s *jsonschema.Schema, wert any, zahlenGeprueft bool) error {
	if got, err := ArtVon(wert); err != nil {
		return err
	} else if got != art {
		return NeuerFehler(art, []Verletzung{meldungen.Verletzung("/$schema", RegelSchema, "schema.falsch", string(got), string(art))})
	}
	return v.pruefeSchema(art, s, wert, zahlenGeprueft)
}

// PruefeTeil validates a decoded value against the schema of kind art
// without requiring "$schema" — for parts such as a network built in code
// and then checked on its own.
func (v *Validator) PruefeTeil(art Art, wert any) error {
	s, ok := v.k.schemas[art]
	if !ok || art == ArtGemeinsam {
		return fmt.Errorf("schema: kein Schema für Dokumentart %q", string(art))
	}
	return v.pruefeSchema(art, s, wert, false)
}

// pruefeSchema validates wert; zahlenGeprueft says that its numbers have
// passed the literal limits already (it comes from Dekodiere). A value the
// fast check finds valid is valid; for every other the library validates
// and reports.
func (v *Validator) pruefeSchema(art Art, s *jsonschema.Schema, wert any, zahlenGeprueft bool) error {
	if !zahlenGeprueft {
		if vs := pruefeZahlen(wert, nil); len(vs) > 0 { // values built in code skip Dekodiere
			return NeuerFehler(art, vs)
		}
	}
	b := &begrenzung{max: MaxVerletzungen}
	if k := v.k.schnell[art]; k != nil && !v.ohneSchnell {
		k.Eingrenzen(wert, v.k.markiert, func(f schnell.Fundstelle) bool {
			if b.voll() {
				if f.Urteil == schnell.Ungueltig {
					b.weitere++
				}
				return true
			}
			v.k.validiere(f.Schema, f.Wert, Zeiger(f.Pfad...), f.Markiert, b)
			return true
		})
	} else {
		v.k.validiere(s, wert, "", false, b)
	}
	return NeuerFehler(art, b.ergebnis())
}

// Erkenne decodes data and returns its kind from "$schema" and the decoded
// value, validated against that kind's schema.
func (v *Validator) Erkenne(data []byte) (Art, any, error) {
	wert, err := v.Dekodiere(data)
	if err != nil {
		return "", nil, err
	}
	art, err := ArtVon(wert)
	if err != nil {
		return "", nil, err
	}
	return art, wert, v.Pruefe(art, wert)
}

func kuerze(s string) string {
	const max = 80
	if r := []rune(s); len(r) > max {
		return string(r[:max]) + "…"
	}
	return s
}
