// Package schema holds the JSON Schemas of every document kind of the
// library and the machinery that validates documents against them.
//
// # The schemas
//
// The schemas (draft 2020-12) are the contract that tools in any language
// share. They are the files <art>.schema.json in this folder, embedded into
// the package ([Dateien]), each with the stable $id [Basis]+<art>+".schema.json".
// A document names its schema in "$schema"; [ArtVon] reads the kind from it.
// Fields that hold personal data carry the annotation "x-personenbezogen":
// true, public ones that are never personal (a Kommune's name, template
// labels) "x-oeffentlich": true, so that anonymisation (package
// [github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema/anonym]) is
// driven by the schemas.
//
// # Validation
//
// A [Validator] compiles the embedded schemas once per process and is safe
// for concurrent use. Nothing outside the embedded set is ever loaded: a
// "$schema" or "$ref" pointing elsewhere — a file, a URL — is refused, not
// fetched. Formats (date, date-time, uuid) are asserted. Reading a document
// goes in steps, each of which may stop it with a clear error:
//
//	data, err := v.Lies(r)             // at most MaxGroesse bytes (8 MiB)
//	wert, err := v.Dekodiere(data)     // syntax with line:column, depth ≤ 64, sane numbers
//	err = v.Pruefe(schema.ArtProfil, wert)
//
// or all at once into a Go value with [Validator.Lade]. The packages
// qualitaet, netzwerk and kommune wrap this in their Lies… and Parse…
// functions and add their semantic checks.
//
// Validation and decoding agree: a key that appears twice in one object is
// refused by Dekodiere (rule "schluessel", with its pointer, line and
// column) before anything else looks at the document, since the validator
// and encoding/json would each silently keep one of the two values; and
// Lade fills the Go value from the tree it validated, brought into the form
// Go decodes — an integer written 2.0 or 1e2, a date-time with a lowercase
// "t" or a leap second load as the schema accepts them. The format
// "date-time" is RFC 3339 without the validator library's leniency: a sign
// inside a field ("T+1:00:00Z", an offset "++1:00") is refused.
//
// Validation is fast where it can be: the document is decoded in one pass
// with the limits checked on the way, and a fast check on the compiled
// schemas confirms a valid document without the validator library's
// bookkeeping. A document it cannot confirm is narrowed down to its
// smallest invalid parts, and the library's full validation runs on those
// parts only, finding and wording every violation there; so messages are
// the same either way. The fast path lives in an internal package, pinned
// to the library version (jsonschema/v5 v5.3.1) it mirrors, and is compared
// with the library under fuzzing. On the Oder-Spree profile validation
// costs about a tenth of what the library alone takes.
//
// # Limits
//
// The Lies… and Parse… functions of the packages use [Standard]: documents
// up to 8 MiB, nested up to 64 levels, number literals up to 64 characters
// with exponents up to ±400. To accept less, read with a validator of your
// own and pass the bytes on:
//
//	v, _ := schema.NeuerValidator(schema.Optionen{MaxGroesse: 1 << 20})
//	data, err := v.Lies(r) // refuses more than 1 MiB before holding it
//	p, err := kommune.ParseProfil(data)
//
// The defaults are also upper bounds: Parse… checks them again, so a larger
// document is refused whatever the caller read.
//
// # Errors
//
// Every problem with a document is a [Verletzung]: an RFC 6901 JSON pointer,
// the rule broken (a schema keyword such as "required", or a semantic rule
// such as "eindeutig"), and the message in German and English. Messages
// are made from the structure of the validator's errors — the keyword
// location and the compiled schema there — never from its English text.
// A schema check lists at most [MaxVerletzungen] violations and counts the
// places beyond in one more (rule "begrenzt"), so a large document that
// repeats one error costs no more to check than a valid one. A
// [*ValidierungsFehler] lists all of them, sorted, and works with errors.As;
// a message quotes the offending value only where the schema does not mark
// the field "x-personenbezogen" — the pointer says where, never who;
// errors.Is matches [ErrUngueltig] and the specific sentinels ([ErrZuGross],
// [ErrZuTief], [ErrSyntax], [ErrUnbekanntesSchema]).
//
//	var vf *schema.ValidierungsFehler
//	if errors.As(err, &vf) {
//		for _, v := range vf.Verletzungen {
//			fmt.Println(v.Zeiger, v.Text(language.English))
//		}
//	}
//
// # Languages
//
// The library speaks German (default) and English. Messages come from
// message catalogues built on golang.org/x/text ([Katalog]); every package
// keeps one, and [NeuerKatalog] refuses an entry that lacks a language or
// whose two texts take different arguments; [Katalog.Pruefe] lets a
// package's tests check that every message renders in both languages and
// is used.
//
// The language is always passed in, never set: every function and every
// options struct that produces text takes a [language.Tag]
// (language.German or language.English; [Sprache] maps any other tag to
// the nearer of the two, the zero tag to German). There is no
// package-level language variable. Three things follow the tag, each in
// one way: messages come from a [Katalog]; content the data holds in both
// languages (titles of dimensions, labels of levels, names of sectors) is
// picked with [Sprache]; figures and dates are formatted with a
// message.Printer for the tag.
package schema
