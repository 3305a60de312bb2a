package beschriftung

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// NFC normalises text to Unicode NFC, the form every reader of the module
// works in.
func NFC(s string) string { return norm.NFC.String(s) }

// Strich reports whether r is a hyphen, dash or minus sign.
func Strich(r rune) bool {
	switch r {
	case '-', '‐', '‑', '‒', '–', '—', '−':
		return true
	}
	return false
}

// Normiere prepares a label or title for tolerant comparison: NFC, lower
// case, umlauts and ß spelt out (ä→ae, ß→ss), every dash a hyphen without
// spaces around it, runs of white space one space, no ":" at the end, and
// "0 bis 3"/"0-3-jährig" written "0-3 jaehrig"; the result is NFC, and
// Normiere(Normiere(s)) == Normiere(s).
func Normiere(s string) string {
	s = strings.ToLower(NFC(s))
	var b strings.Builder
	b.Grow(len(s))
	raum := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			raum = true
			continue
		case Strich(r):
			raum = false
			b.WriteByte('-')
			continue
		}
		if raum {
			if n := b.Len(); n > 0 && !strings.HasSuffix(b.String(), "-") {
				b.WriteByte(' ')
			}
			raum = false
		}
		schreibeBuchstabe(&b, r)
	}
	t := strings.TrimRight(b.String(), ": ")
	t = strings.ReplaceAll(t, "0 bis 3", "0-3")
	t = strings.ReplaceAll(t, "0-3-jaehrig", "0-3 jaehrig")
	// A mark that combined with an umlaut now follows its spelt-out "e".
	return NFC(t)
}

// Schluessel compacts a label to a key: [Normiere], then "u.", "u", "&"
// and "+" read as "und", and everything but ASCII letters and digits
// dropped. So "Kinder- und Jugend", "Kinder–und  Jugend" and
// "kinder u. jugend" all give "kinderundjugend".
func Schluessel(s string) string {
	var b strings.Builder
	for _, f := range strings.FieldsFunc(Normiere(s), func(r rune) bool { return r == ' ' || r == '-' }) {
		switch f {
		case "u.", "u", "&", "+":
			f = "und"
		}
		for _, r := range f {
			if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// schreibeBuchstabe writes r, an umlaut or ß spelt out.
func schreibeBuchstabe(b *strings.Builder, r rune) {
	switch r {
	case 'ä':
		b.WriteString("ae")
	case 'ö':
		b.WriteString("oe")
	case 'ü':
		b.WriteString("ue")
	case 'ß':
		b.WriteString("ss")
	default:
		b.WriteRune(r)
	}
}
