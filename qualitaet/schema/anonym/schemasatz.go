package anonym

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// schemaKnoten is a sub-schema: the file it is in, its JSON pointer there
// and its content.
type schemaKnoten struct {
	datei, zeiger string
	s             map[string]any
}

func (k schemaKnoten) schluessel() string { return k.datei + "#" + k.zeiger }

// huellenEintrag is a cached result of huelle.
type huellenEintrag struct {
	knoten []schemaKnoten
	err    error
}

// schemaSatz is a set of schema files, decoded for the walk.
type schemaSatz struct {
	dateien map[string]map[string]any
	huellen sync.Map // schluessel → huellenEintrag
}

// standardSatz is the set of the embedded schemas.
var standardSatz = sync.OnceValues(func() (*schemaSatz, error) { return neuerSchemaSatz(schema.Dateien()) })

// neuerSchemaSatz reads every *.schema.json of fsys.
func neuerSchemaSatz(fsys fs.FS) (*schemaSatz, error) {
	ss := &schemaSatz{dateien: map[string]map[string]any{}}
	namen, err := fs.Glob(fsys, "*.schema.json")
	if err != nil {
		return nil, err
	}
	for _, n := range namen {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		var s map[string]any
		if err := json.Unmarshal(b, &s); err != nil {
			return nil, fmt.Errorf("%s: %w", n, err)
		}
		ss.dateien[n] = s
	}
	return ss, nil
}

func (ss *schemaSatz) wurzel(art schema.Art) (schemaKnoten, error) {
	s, ok := ss.dateien[art.Datei()]
	if !ok || art == schema.ArtGemeinsam {
		return schemaKnoten{}, fmt.Errorf("anonym: kein Schema für Dokumentart %q", string(art))
	}
	return schemaKnoten{datei: art.Datei(), s: s}, nil
}

// RefFehler reports a "$ref" that names no schema of the set. Behind it
// could be a location marked "x-personenbezogen"; skipping it would let
// personal data through, so the walk stops.
type RefFehler struct {
	// Ort is where the "$ref" stands: schema file and JSON pointer.
	Ort string
	// Ref is its value.
	Ref string
}

func (e *RefFehler) Error() string {
	return fmt.Sprintf("anonym: Verweis %q in %s lässt sich nicht auflösen; personenbezogene Felder dahinter wären ungeschützt", e.Ref, e.Ort)
}

// aufloesen follows a "$ref" from the node k: "#/$defs/x" in the same file,
// "datei.schema.json" or "datei.schema.json#/$defs/x" in another one, with
// or without the base URL. A reference it cannot follow is a *RefFehler.
func (ss *schemaSatz) aufloesen(k schemaKnoten, ref string) (schemaKnoten, error) {
	fehler := &RefFehler{Ort: k.schluessel(), Ref: ref}
	datei, zeiger, _ := strings.Cut(strings.TrimPrefix(ref, schema.Basis), "#")
	if datei == "" {
		datei = k.datei
	}
	d, ok := ss.dateien[datei]
	if !ok {
		return schemaKnoten{}, fehler
	}
	var cur any = d
	if zeiger != "" {
		for _, t := range strings.Split(strings.TrimPrefix(zeiger, "/"), "/") {
			t = strings.ReplaceAll(strings.ReplaceAll(t, "~1", "/"), "~0", "~")
			switch c := cur.(type) {
			case map[string]any:
				cur = c[t]
			case []any:
				i, err := strconv.Atoi(t)
				if err != nil || i < 0 || i >= len(c) {
					return schemaKnoten{}, fehler
				}
				cur = c[i]
			default:
				return schemaKnoten{}, fehler
			}
		}
	}
	s, ok := cur.(map[string]any)
	if !ok {
		return schemaKnoten{}, fehler
	}
	return schemaKnoten{datei: datei, zeiger: zeiger, s: s}, nil
}

func unter(k schemaKnoten, weg ...string) (schemaKnoten, bool) {
	cur := k.s
	z := k.zeiger
	for _, w := range weg {
		n, ok := cur[w].(map[string]any)
		if !ok {
			return schemaKnoten{}, false
		}
		cur = n
		z += "/" + strings.ReplaceAll(strings.ReplaceAll(w, "~", "~0"), "/", "~1")
	}
	return schemaKnoten{datei: k.datei, zeiger: z, s: cur}, true
}

// huelle returns every sub-schema that applies to a value together with k:
// k itself and, recursively, what its "$ref", "allOf", "if", "then" and
// "else" name (both branches of a condition, as marking is a matter of
// "could apply").
func (ss *schemaSatz) huelle(k schemaKnoten) ([]schemaKnoten, error) {
	if h, ok := ss.huellen.Load(k.schluessel()); ok {
		e := h.(huellenEintrag)
		return e.knoten, e.err
	}
	var out []schemaKnoten
	gesehen := map[string]bool{}
	var add func(schemaKnoten) error
	add = func(k schemaKnoten) error {
		if k.s == nil || gesehen[k.schluessel()] {
			return nil
		}
		gesehen[k.schluessel()] = true
		out = append(out, k)
		if ref, ok := k.s["$ref"].(string); ok {
			z, err := ss.aufloesen(k, ref)
			if err != nil {
				return err
			}
			if err := add(z); err != nil {
				return err
			}
		}
		if l, ok := k.s["allOf"].([]any); ok {
			for i, x := range l {
				if m, ok := x.(map[string]any); ok {
					if err := add(schemaKnoten{datei: k.datei, zeiger: k.zeiger + "/allOf/" + strconv.Itoa(i), s: m}); err != nil {
						return err
					}
				}
			}
		}
		for _, kw := range []string{"if", "then", "else"} {
			if z, ok := unter(k, kw); ok {
				if err := add(z); err != nil {
					return err
				}
			}
		}
		return nil
	}
	err := add(k)
	if err != nil {
		out = nil
	}
	ss.huellen.Store(k.schluessel(), huellenEintrag{knoten: out, err: err})
	return out, err
}

func (ss *schemaSatz) alle(ks []schemaKnoten) ([]schemaKnoten, error) {
	var out []schemaKnoten
	gesehen := map[string]bool{}
	for _, k := range ks {
		hs, err := ss.huelle(k)
		if err != nil {
			return nil, err
		}
		for _, h := range hs {
			if !gesehen[h.schluessel()] {
				gesehen[h.schluessel()] = true
				out = append(out, h)
			}
		}
	}
	return out, nil
}

// eigenschaft returns the sub-schemas of the object member name: from
// "properties", else "additionalProperties" when it is a schema.
func eigenschaft(hs []schemaKnoten, name string) []schemaKnoten {
	var out []schemaKnoten
	for _, h := range hs {
		if props, ok := h.s["properties"].(map[string]any); ok {
			if _, ok := props[name].(map[string]any); ok {
				z, _ := unter(h, "properties", name)
				out = append(out, z)
				continue
			}
		}
		if z, ok := unter(h, "additionalProperties"); ok {
			out = append(out, z)
		}
	}
	return out
}

// element returns the sub-schemas of the array item i: "prefixItems",
// else "items".
func element(hs []schemaKnoten, i int) []schemaKnoten {
	var out []schemaKnoten
	for _, h := range hs {
		if pre, ok := h.s["prefixItems"].([]any); ok && i < len(pre) {
			if m, ok := pre[i].(map[string]any); ok {
				out = append(out, schemaKnoten{datei: h.datei, zeiger: h.zeiger + "/prefixItems/" + strconv.Itoa(i), s: m})
				continue
			}
		}
		if z, ok := unter(h, "items"); ok {
			out = append(out, z)
		}
	}
	return out
}

// markiert reports whether one of hs carries the annotation kw with true.
func markiert(hs []schemaKnoten, kw string) bool {
	for _, h := range hs {
		if b, _ := h.s[kw].(bool); b {
			return true
		}
	}
	return false
}

// strukturiert reports whether a string is structured data (an ID, a date,
// a code): its schema restricts it by "enum", "const", "pattern" or
// "format". Every other string is free text.
func strukturiert(hs []schemaKnoten) bool {
	for _, h := range hs {
		for _, kw := range []string{"enum", "const", "pattern", "format"} {
			if _, ok := h.s[kw]; ok {
				return true
			}
		}
	}
	return false
}

// feld is a string of a document with what its schemas say about it.
type feld struct {
	zeiger string
	wert   *string
	// personal: the location or one around it is marked "x-personenbezogen".
	personal bool
	// oeffentlich: marked "x-oeffentlich" (a Kommune's name): kept as it is.
	oeffentlich  bool
	strukturiert bool
}

// freitext reports whether f is free text that is neither personal nor
// public.
func (f feld) freitext() bool { return !f.personal && !f.oeffentlich && !f.strukturiert }

// felder returns every string of the document v of kind art in document
// order (object members as written, arrays in order).
func (ss *schemaSatz) felder(v any, art schema.Art) ([]feld, error) {
	w, err := ss.wurzel(art)
	if err != nil {
		return nil, err
	}
	var out []feld
	err = ss.geheUnter(v, []schemaKnoten{w}, "", false, &out)
	return out, err
}

func (ss *schemaSatz) geheUnter(v any, ks []schemaKnoten, zeiger string, personal bool, out *[]feld) error {
	hs, err := ss.alle(ks)
	if err != nil {
		return err
	}
	personal = personal || markiert(hs, "x-personenbezogen")
	switch x := v.(type) {
	case *objekt:
		for _, k := range x.schluessel {
			if err := ss.geheUnter(x.werte[k], eigenschaft(hs, k), zeiger+schema.Zeiger(k), personal, out); err != nil {
				return err
			}
		}
	case []any:
		for i, el := range x {
			if err := ss.geheUnter(el, element(hs, i), zeiger+schema.Zeiger(i), personal, out); err != nil {
				return err
			}
		}
	case *string:
		*out = append(*out, feld{zeiger: zeiger, wert: x, personal: personal, oeffentlich: markiert(hs, "x-oeffentlich"),
			strukturiert: strukturiert(hs)})
	}
	return nil
}

// markierteOrte collects the pointers of the marked locations under ks,
// with "*" for any array index or map key.
func (ss *schemaSatz) markierteOrte(ks []schemaKnoten, zeiger string, pfad map[string]bool, gefunden map[string]bool) error {
	hs, err := ss.alle(ks)
	if err != nil {
		return err
	}
	if markiert(hs, "x-personenbezogen") {
		gefunden[zeiger] = true
		return nil
	}
	var schluessel []string
	for _, h := range hs {
		schluessel = append(schluessel, h.schluessel())
	}
	slices.Sort(schluessel)
	id := strings.Join(schluessel, "|")
	if pfad[id] {
		return nil
	}
	pfad[id] = true
	defer delete(pfad, id)
	var namen []string
	for _, h := range hs {
		if props, ok := h.s["properties"].(map[string]any); ok {
			for n := range props {
				if !slices.Contains(namen, n) {
					namen = append(namen, n)
				}
			}
		}
	}
	slices.Sort(namen)
	for _, n := range namen {
		if err := ss.markierteOrte(eigenschaft(hs, n), zeiger+schema.Zeiger(n), pfad, gefunden); err != nil {
			return err
		}
	}
	var zusatz []schemaKnoten
	for _, h := range hs {
		if z, ok := unter(h, "additionalProperties"); ok {
			zusatz = append(zusatz, z)
		}
	}
	if len(zusatz) > 0 {
		if err := ss.markierteOrte(zusatz, zeiger+"/*", pfad, gefunden); err != nil {
			return err
		}
	}
	if items := element(hs, 1<<30); len(items) > 0 {
		return ss.markierteOrte(items, zeiger+"/*", pfad, gefunden)
	}
	return nil
}
