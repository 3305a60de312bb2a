package schnell

import "github.com/santhosh-tekuri/jsonschema/v5"

// Zeitpunkt checks the format "date-time" strictly. The library's check
// (RFC 3339, leap second only at 23:59:60 UTC, "T"/"t" and "Z"/"z") parses
// the fields of the time with strconv.Atoi and so lets signs through:
// "2024-01-01T+1:+2:+3Z" and an offset "++1:00" pass it. Zeitpunkt demands
// digits in every numeric field and then asks the library. Values that are
// no string pass, as in the library.
func Zeitpunkt(v any) bool {
	s, ok := v.(string)
	if !ok {
		return true
	}
	return zeitZiffern(s) && jsonschema.Formats["date-time"](v)
}

// zeitZiffern reports whether the numeric fields of an RFC 3339 date-time
// (date, time, fraction, numeric offset) are digits only where they must be;
// the shape is left to the library's check.
func zeitZiffern(s string) bool {
	if len(s) < 20 {
		return false
	}
	for _, i := range [...]int{0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18} {
		if !ziffer(s[i]) {
			return false
		}
	}
	rest := s[19:]
	if rest[0] == '.' {
		rest = rest[1:]
		for len(rest) > 0 && ziffer(rest[0]) {
			rest = rest[1:]
		}
	}
	if len(rest) == 6 && (rest[0] == '+' || rest[0] == '-') {
		return ziffer(rest[1]) && ziffer(rest[2]) && rest[3] == ':' && ziffer(rest[4]) && ziffer(rest[5])
	}
	return rest == "Z" || rest == "z"
}

func ziffer(c byte) bool { return c >= '0' && c <= '9' }
