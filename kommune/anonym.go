package kommune

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// AnonymOptionen configures [Anonymisiere]. The zero value anonymises what
// the schema marks.
type AnonymOptionen struct {
	// Personen are further personal values to replace wherever they occur
	// in the document's free text, e.g. the persons of the profile a
	// Bewertung was made from ([Personen] of the profile document).
	Personen []string
	// Rollen are values of personal fields that name a role, not a person
	// ("Netzwerkkoordination", "Strategie- und Lenkungsgruppe"): they are
	// kept, in their fields and in free text. Without them every value of a
	// personal field counts as a person, which errs on the safe side — the
	// schemas allow "Name oder Rolle" there.
	Rollen []string
}

// namensartig reports whether a personal value looks like a person's name:
// at least two words beginning with an upper-case letter (a word is not one
// when it ends in a hyphen, as "Strategie-" in "Strategie- und
// Lenkungsgruppe"), and no other words except name particles.
func namensartig(v string) bool {
	gross := 0
	for _, w := range strings.Fields(v) {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r) && !strings.HasSuffix(w, "-"):
			gross++
		case namensPartikel[strings.ToLower(w)]:
		default:
			return false
		}
	}
	return gross >= 2
}

var namensPartikel = map[string]bool{"von": true, "van": true, "de": true, "der": true, "den": true, "zu": true,
	"zum": true, "zur": true, "da": true, "di": true, "del": true, "la": true, "le": true, "ten": true, "ter": true, "bin": true, "al": true}

// Platzhalter returns the placeholder of the n-th person (1-based): "Person 1".
func Platzhalter(n int) string { return "Person " + strconv.Itoa(n) }

// Anonymisiere removes personal data from a document of the library
// (profile, Bewertung, network, goals, … — any kind named by its
// "$schema"). The schema is the one source of truth: every value at a
// location its schema marks "x-personenbezogen": true — the contact
// person, the rater of an assessment, who changed a goal — is replaced.
// Names of Kommunen are public and stay.
//
// What it does, exactly:
//
//   - Each distinct personal value (NFC, trimmed) gets the placeholder
//     "Person N" ([Platzhalter]); N counts persons in the order they first
//     appear in the document (object members in their written order,
//     arrays in order, in personal fields and in free text alike), so the
//     same person is the same placeholder throughout and different persons
//     stay apart. Values are replaced, never removed: the fields stay, the
//     document keeps its shape and stays valid.
//   - Every other string that is free text (its schema has no "enum",
//     "const", "pattern" or "format") has each whole-word occurrence of a
//     personal value that looks like a person's name replaced by the same
//     placeholder — a contact person named in a "hinweis" is caught. A
//     value looks like a name when it has at least two words that begin
//     with a capital letter and no other words but name particles (von,
//     van, de, zu, …): "Jeanett Kleinert", "Anna von Muster". Other values
//     of personal fields are roles ("Netzwerkkoordination",
//     "Strategie- und Lenkungsgruppe"): they are replaced in their fields,
//     while the same words in free text stay, so the text keeps its sense.
//     Longer values win over shorter ones they contain. Only whole values
//     are found: a surname alone, or a name spelt differently, is not.
//   - opt.Personen are replaced in free text the same way and numbered
//     among the others by first appearance; opt.Rollen are kept.
//   - Object keys, numbers and structured strings (IDs, dates, enums) are
//     kept.
//
// The input must be valid against its schema; the result is checked against
// it again and returned indented by two spaces with a final newline, object
// members in their original order. Anonymising an anonymised document
// changes nothing. Errors are *schema.ValidierungsFehler for documents at
// fault.
func Anonymisiere(data []byte, opt AnonymOptionen) ([]byte, error) {
	art, wurzel, err := ladeFuerAnonymisierung(data)
	if err != nil {
		return nil, err
	}
	ss, err := schemaSatzLaden()
	if err != nil {
		return nil, err
	}
	start := []schemaKnoten{ss.wurzel(art)}
	// 1. the personal values of the document
	// Free text is searched for the values that look like names of people
	// and for opt.Personen; a role such as "Netzwerkkoordination" in a
	// personal field is replaced there, but the word stays in free text.
	freitext := map[string]bool{}
	ss.gehe(wurzel, start, func(s *string, personal, _ bool) {
		if v := nfc(trimme(*s)); personal && v != "" && namensartig(v) {
			freitext[v] = true
		}
	})
	for _, p := range opt.Personen {
		if v := nfc(trimme(p)); v != "" {
			freitext[v] = true
		}
	}
	rolle := map[string]bool{}
	for _, r := range opt.Rollen {
		if v := nfc(trimme(r)); v != "" {
			rolle[v] = true
			delete(freitext, v)
		}
	}
	suche := neueSuche(freitext)
	// 2. number them by first appearance
	nummer := map[string]int{}
	merke := func(v string) {
		if _, ok := nummer[v]; !ok {
			nummer[v] = len(nummer) + 1
		}
	}
	ss.gehe(wurzel, start, func(s *string, personal, strukturiert bool) {
		switch {
		case personal:
			if v := nfc(trimme(*s)); v != "" && !rolle[v] {
				merke(v)
			}
		case !strukturiert:
			suche.finde(*s, func(v string) { merke(v) })
		}
	})
	// 3. replace
	ss.gehe(wurzel, start, func(s *string, personal, strukturiert bool) {
		switch {
		case personal:
			if v := nfc(trimme(*s)); v != "" && !rolle[v] {
				*s = Platzhalter(nummer[v])
			}
		case !strukturiert:
			*s = suche.ersetze(*s, func(v string) string { return Platzhalter(nummer[v]) })
		}
	})
	var b bytes.Buffer
	if err := schreibeGeordnet(&b, wurzel, ""); err != nil {
		return nil, err
	}
	b.WriteByte('\n')
	v := schema.Standard()
	wert, err := v.Dekodiere(b.Bytes())
	if err != nil {
		return nil, err
	}
	if err := v.Pruefe(art, wert); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Personen returns the personal values of a document — the strings at the
// locations its schema marks "x-personenbezogen" — NFC and trimmed, each
// once, in the order they first appear. The document must be valid against
// its schema.
func Personen(data []byte) ([]string, error) {
	art, wurzel, err := ladeFuerAnonymisierung(data)
	if err != nil {
		return nil, err
	}
	ss, err := schemaSatzLaden()
	if err != nil {
		return nil, err
	}
	var out []string
	ss.gehe(wurzel, []schemaKnoten{ss.wurzel(art)}, func(s *string, personal, _ bool) {
		if v := nfc(trimme(*s)); personal && v != "" && !slices.Contains(out, v) {
			out = append(out, v)
		}
	})
	return out, nil
}

// PersonenbezogeneFelder returns the locations that the schema of kind art
// marks "x-personenbezogen", as JSON pointers with "*" for any array index
// or map key, sorted — e.g. "/wirUeberUns/ansprechperson" and
// "/einschaetzungen/*/person" for profiles. References into other schema
// files are followed; a recursive structure is listed down to its first
// repetition.
func PersonenbezogeneFelder(art schema.Art) ([]string, error) {
	ss, err := schemaSatzLaden()
	if err != nil {
		return nil, err
	}
	if _, ok := ss.dateien[art.Datei()]; !ok || art == schema.ArtGemeinsam {
		return nil, fmt.Errorf("kommune.PersonenbezogeneFelder: kein Schema für Dokumentart %q", string(art))
	}
	gefunden := map[string]bool{}
	ss.felder([]schemaKnoten{ss.wurzel(art)}, "", map[string]bool{}, gefunden)
	out := make([]string, 0, len(gefunden))
	for z := range gefunden {
		out = append(out, z)
	}
	slices.Sort(out)
	return out, nil
}

func ladeFuerAnonymisierung(data []byte) (schema.Art, any, error) {
	v := schema.Standard()
	art, _, err := v.Erkenne(data)
	if err != nil {
		return "", nil, err
	}
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	wurzel, err := leseGeordnet(d)
	if err != nil {
		return "", nil, err
	}
	return art, wurzel, nil
}

// objekt is a JSON object that keeps the order of its members.
type objekt struct {
	schluessel []string
	werte      map[string]any
}

// leseGeordnet decodes one JSON value, objects as *objekt, strings as
// *string (so the walk can change them), numbers as json.Number.
func leseGeordnet(d *json.Decoder) (any, error) {
	t, err := d.Token()
	if err != nil {
		return nil, err
	}
	switch x := t.(type) {
	case json.Delim:
		switch x {
		case '{':
			o := &objekt{werte: map[string]any{}}
			for d.More() {
				kt, err := d.Token()
				if err != nil {
					return nil, err
				}
				k, _ := kt.(string)
				v, err := leseGeordnet(d)
				if err != nil {
					return nil, err
				}
				if _, doppelt := o.werte[k]; !doppelt {
					o.schluessel = append(o.schluessel, k)
				}
				o.werte[k] = v
			}
			_, err := d.Token()
			return o, err
		case '[':
			l := []any{}
			for d.More() {
				v, err := leseGeordnet(d)
				if err != nil {
					return nil, err
				}
				l = append(l, v)
			}
			_, err := d.Token()
			return l, err
		}
		return nil, errors.New("kommune: unerwartetes JSON-Zeichen")
	case string:
		return &x, nil
	default:
		return x, nil
	}
}

// schreibeGeordnet writes a value of leseGeordnet as indented JSON without
// HTML escaping.
func schreibeGeordnet(w *bytes.Buffer, v any, einzug string) error {
	switch x := v.(type) {
	case *objekt:
		if len(x.schluessel) == 0 {
			w.WriteString("{}")
			return nil
		}
		w.WriteString("{\n")
		for i, k := range x.schluessel {
			w.WriteString(einzug + "  ")
			if err := schreibeString(w, k); err != nil {
				return err
			}
			w.WriteString(": ")
			if err := schreibeGeordnet(w, x.werte[k], einzug+"  "); err != nil {
				return err
			}
			if i < len(x.schluessel)-1 {
				w.WriteByte(',')
			}
			w.WriteByte('\n')
		}
		w.WriteString(einzug + "}")
	case []any:
		if len(x) == 0 {
			w.WriteString("[]")
			return nil
		}
		w.WriteString("[\n")
		for i, e := range x {
			w.WriteString(einzug + "  ")
			if err := schreibeGeordnet(w, e, einzug+"  "); err != nil {
				return err
			}
			if i < len(x)-1 {
				w.WriteByte(',')
			}
			w.WriteByte('\n')
		}
		w.WriteString(einzug + "]")
	case *string:
		return schreibeString(w, *x)
	case json.Number:
		w.WriteString(x.String())
	case bool:
		w.WriteString(strconv.FormatBool(x))
	case nil:
		w.WriteString("null")
	default:
		return fmt.Errorf("kommune: unerwarteter JSON-Wert %T", v)
	}
	return nil
}

func schreibeString(w *bytes.Buffer, s string) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		return err
	}
	w.Write(bytes.TrimSuffix(b.Bytes(), []byte("\n")))
	return nil
}

// schemaKnoten is a sub-schema: the file it is in, its JSON pointer there
// and its content.
type schemaKnoten struct {
	datei, zeiger string
	s             map[string]any
}

func (k schemaKnoten) schluessel() string { return k.datei + "#" + k.zeiger }

// schemaSatz is the set of embedded schema files, decoded for the walk.
type schemaSatz struct {
	dateien map[string]map[string]any
	huellen sync.Map // schluessel → []schemaKnoten
}

var schemaSatzLaden = sync.OnceValues(func() (*schemaSatz, error) {
	ss := &schemaSatz{dateien: map[string]map[string]any{}}
	namen, err := fs.Glob(schema.Dateien(), "*.schema.json")
	if err != nil {
		return nil, err
	}
	for _, n := range namen {
		b, err := fs.ReadFile(schema.Dateien(), n)
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
})

func (ss *schemaSatz) wurzel(art schema.Art) schemaKnoten {
	return schemaKnoten{datei: art.Datei(), s: ss.dateien[art.Datei()]}
}

// aufloesen follows a "$ref" from the node k: "#/$defs/x" in the same file,
// "datei.schema.json" or "datei.schema.json#/$defs/x" in another one, with
// or without the base URL.
func (ss *schemaSatz) aufloesen(k schemaKnoten, ref string) (schemaKnoten, bool) {
	ref = strings.TrimPrefix(ref, schema.Basis)
	datei, zeiger, _ := strings.Cut(ref, "#")
	if datei == "" {
		datei = k.datei
	}
	var cur any = ss.dateien[datei]
	if cur == nil {
		return schemaKnoten{}, false
	}
	if zeiger != "" {
		for _, t := range strings.Split(strings.TrimPrefix(zeiger, "/"), "/") {
			t = strings.ReplaceAll(strings.ReplaceAll(t, "~1", "/"), "~0", "~")
			switch c := cur.(type) {
			case map[string]any:
				cur = c[t]
			case []any:
				i, err := strconv.Atoi(t)
				if err != nil || i < 0 || i >= len(c) {
					return schemaKnoten{}, false
				}
				cur = c[i]
			default:
				return schemaKnoten{}, false
			}
		}
	}
	s, ok := cur.(map[string]any)
	return schemaKnoten{datei: datei, zeiger: zeiger, s: s}, ok
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
func (ss *schemaSatz) huelle(k schemaKnoten) []schemaKnoten {
	if h, ok := ss.huellen.Load(k.schluessel()); ok {
		return h.([]schemaKnoten)
	}
	var out []schemaKnoten
	gesehen := map[string]bool{}
	var add func(schemaKnoten)
	add = func(k schemaKnoten) {
		if k.s == nil || gesehen[k.schluessel()] {
			return
		}
		gesehen[k.schluessel()] = true
		out = append(out, k)
		if ref, ok := k.s["$ref"].(string); ok {
			if z, ok := ss.aufloesen(k, ref); ok {
				add(z)
			}
		}
		if l, ok := k.s["allOf"].([]any); ok {
			for i, x := range l {
				if m, ok := x.(map[string]any); ok {
					add(schemaKnoten{datei: k.datei, zeiger: k.zeiger + "/allOf/" + strconv.Itoa(i), s: m})
				}
			}
		}
		for _, kw := range []string{"if", "then", "else"} {
			if z, ok := unter(k, kw); ok {
				add(z)
			}
		}
	}
	add(k)
	ss.huellen.Store(k.schluessel(), out)
	return out
}

func (ss *schemaSatz) alle(ks []schemaKnoten) []schemaKnoten {
	var out []schemaKnoten
	gesehen := map[string]bool{}
	for _, k := range ks {
		for _, h := range ss.huelle(k) {
			if !gesehen[h.schluessel()] {
				gesehen[h.schluessel()] = true
				out = append(out, h)
			}
		}
	}
	return out
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

func personenbezogen(hs []schemaKnoten) bool {
	for _, h := range hs {
		if b, _ := h.s["x-personenbezogen"].(bool); b {
			return true
		}
	}
	return false
}

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

// gehe walks the document v with the sub-schemas ks that apply to it and
// calls f for every string, saying whether it is personal (a marked
// location or inside one) and whether it is structured.
func (ss *schemaSatz) gehe(v any, ks []schemaKnoten, f func(s *string, personal, strukturiert bool)) {
	ss.geheUnter(v, ks, false, f)
}

func (ss *schemaSatz) geheUnter(v any, ks []schemaKnoten, personal bool, f func(*string, bool, bool)) {
	hs := ss.alle(ks)
	personal = personal || personenbezogen(hs)
	switch x := v.(type) {
	case *objekt:
		for _, k := range x.schluessel {
			ss.geheUnter(x.werte[k], eigenschaft(hs, k), personal, f)
		}
	case []any:
		for i, e := range x {
			ss.geheUnter(e, element(hs, i), personal, f)
		}
	case *string:
		f(x, personal, strukturiert(hs))
	}
}

// felder collects the pointers of the marked locations under ks.
func (ss *schemaSatz) felder(ks []schemaKnoten, zeiger string, pfad map[string]bool, gefunden map[string]bool) {
	hs := ss.alle(ks)
	if personenbezogen(hs) {
		gefunden[zeiger] = true
		return
	}
	var schluessel []string
	for _, h := range hs {
		schluessel = append(schluessel, h.schluessel())
	}
	slices.Sort(schluessel)
	id := strings.Join(schluessel, "|")
	if pfad[id] {
		return
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
		ss.felder(eigenschaft(hs, n), zeiger+schema.Zeiger(n), pfad, gefunden)
	}
	var zusatz []schemaKnoten
	for _, h := range hs {
		if z, ok := unter(h, "additionalProperties"); ok {
			zusatz = append(zusatz, z)
		}
	}
	if len(zusatz) > 0 {
		ss.felder(zusatz, zeiger+"/*", pfad, gefunden)
	}
	if items := element(hs, 1<<30); len(items) > 0 {
		ss.felder(items, zeiger+"/*", pfad, gefunden)
	}
}

// suche finds whole-word occurrences of a set of values in text, longest
// values first.
type suche struct{ werte []string }

func neueSuche(werte map[string]bool) suche {
	s := suche{}
	for v := range werte {
		s.werte = append(s.werte, v)
	}
	slices.SortFunc(s.werte, func(a, b string) int {
		if la, lb := len(a), len(b); la != lb {
			return lb - la
		}
		return strings.Compare(a, b)
	})
	return s
}

// treffer returns the value that matches at s[i:] as a whole word, or "".
func (s suche) treffer(text string, i int) string {
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:i])
		if wortzeichen(r) {
			return ""
		}
	}
	for _, v := range s.werte {
		if !strings.HasPrefix(text[i:], v) {
			continue
		}
		if rest := text[i+len(v):]; rest != "" {
			if r, _ := utf8.DecodeRuneInString(rest); wortzeichen(r) {
				continue
			}
		}
		return v
	}
	return ""
}

func wortzeichen(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

// finde calls f for every value found in text, left to right.
func (s suche) finde(text string, f func(string)) {
	if len(s.werte) == 0 {
		return
	}
	text = nfc(text)
	for i := 0; i < len(text); {
		if v := s.treffer(text, i); v != "" {
			f(v)
			i += len(v)
			continue
		}
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
	}
}

// ersetze replaces every value found in text by ersatz(value).
func (s suche) ersetze(text string, ersatz func(string) string) string {
	if len(s.werte) == 0 {
		return text
	}
	n := nfc(text)
	var b strings.Builder
	geaendert := false
	for i := 0; i < len(n); {
		if v := s.treffer(n, i); v != "" {
			b.WriteString(ersatz(v))
			i += len(v)
			geaendert = true
			continue
		}
		_, l := utf8.DecodeRuneInString(n[i:])
		b.WriteString(n[i : i+l])
		i += l
	}
	if !geaendert {
		return text
	}
	return b.String()
}
