package qualitaet

import (
	"fmt"
	"strconv"
	"strings"
)

// ID identifies an item of the Qualitätsrahmen. IDs are human-readable and
// stable: the same ID means the same item in 2016 and 2.0.
//
//	QD3         Qualitätsdimension 3
//	QD3.T1      Thema 1 of QD 3
//	QD3.T1.Z2   Entwicklungsziel 2 of that Thema
//	QD3.T1.L1   local Entwicklungsziel 1 added by a Kommune's Zuschnitt
//
// Numbers run from 1 to 99 without leading zeros. The zero value is the
// empty, invalid ID; it encodes as "". Stability policy: an ID, once
// published in an embedded catalogue, is never reused for another meaning;
// an item that is dropped keeps its ID retired.
type ID string

// IDArt is the kind of item an ID names.
type IDArt int

// The kinds of IDs. KeineID is the kind of an invalid ID.
const (
	KeineID IDArt = iota
	IDDimension
	IDThema
	IDEntwicklungsziel
	IDLokalesZiel
)

// String returns the kind's German name.
func (a IDArt) String() string {
	switch a {
	case IDDimension:
		return "Dimension"
	case IDThema:
		return "Thema"
	case IDEntwicklungsziel:
		return "Entwicklungsziel"
	case IDLokalesZiel:
		return "lokales Entwicklungsziel"
	}
	return "keine ID"
}

// ParseID parses s as an ID. The error quotes the input and says what is
// wrong.
func ParseID(s string) (ID, error) {
	if _, err := zerlege(s); err != nil {
		return "", fmt.Errorf("ParseID(%q): %s", s, err)
	}
	return ID(s), nil
}

// MustParseID is like ParseID but panics on error; for IDs written in code.
func MustParseID(s string) ID {
	id, err := ParseID(s)
	if err != nil {
		panic(err)
	}
	return id
}

type idTeile struct {
	art             IDArt
	qd, thema, ziel int
}

func zerlege(s string) (idTeile, error) {
	var t idTeile
	teile := strings.Split(s, ".")
	if len(teile) > 3 {
		return t, fmt.Errorf("zu viele Teile")
	}
	qd, err := nummer(teile[0], "QD")
	if err != nil {
		return t, err
	}
	t.art, t.qd = IDDimension, qd
	if len(teile) > 1 {
		if t.thema, err = nummer(teile[1], "T"); err != nil {
			return t, err
		}
		t.art = IDThema
	}
	if len(teile) > 2 {
		p := teile[2]
		switch {
		case strings.HasPrefix(p, "Z"):
			t.ziel, err = nummer(p, "Z")
			t.art = IDEntwicklungsziel
		case strings.HasPrefix(p, "L"):
			t.ziel, err = nummer(p, "L")
			t.art = IDLokalesZiel
		default:
			err = fmt.Errorf("Teil %q muss mit Z oder L beginnen", p)
		}
		if err != nil {
			return t, err
		}
	}
	return t, nil
}

func nummer(teil, praefix string) (int, error) {
	rest, ok := strings.CutPrefix(teil, praefix)
	if !ok {
		return 0, fmt.Errorf("Teil %q muss mit %s beginnen", teil, praefix)
	}
	if rest == "" || len(rest) > 2 || rest[0] == '0' {
		return 0, fmt.Errorf("Teil %q braucht eine Nummer von 1 bis 99", teil)
	}
	for _, c := range rest {
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("Teil %q braucht eine Nummer von 1 bis 99", teil)
		}
	}
	n, _ := strconv.Atoi(rest)
	return n, nil
}

// Art returns the kind of item the ID names, or KeineID if it is invalid.
func (id ID) Art() IDArt {
	t, err := zerlege(string(id))
	if err != nil {
		return KeineID
	}
	return t.art
}

// IsValid reports whether id is a well-formed ID.
func (id ID) IsValid() bool { return id.Art() != KeineID }

// IsZiel reports whether id names an Entwicklungsziel, from the catalogue or
// local.
func (id ID) IsZiel() bool {
	a := id.Art()
	return a == IDEntwicklungsziel || a == IDLokalesZiel
}

// Nummer returns the number of the dimension the ID belongs to (3 for
// QD3.T1.Z2), or 0 for an invalid ID.
func (id ID) Nummer() int {
	t, err := zerlege(string(id))
	if err != nil {
		return 0
	}
	return t.qd
}

// Dimension returns the ID of the dimension the item belongs to ("QD3" for
// "QD3.T1.Z2"), or "" for an invalid ID.
func (id ID) Dimension() ID {
	if !id.IsValid() {
		return ""
	}
	d, _, _ := strings.Cut(string(id), ".")
	return ID(d)
}

// Thema returns the ID of the Thema the item belongs to ("QD3.T1" for
// "QD3.T1.Z2" and for "QD3.T1"), or "" for a dimension or an invalid ID.
func (id ID) Thema() ID {
	switch id.Art() {
	case IDThema:
		return id
	case IDEntwicklungsziel, IDLokalesZiel:
		i := strings.LastIndexByte(string(id), '.')
		return id[:i]
	}
	return ""
}

// String returns the ID as text; the zero ID is "".
func (id ID) String() string { return string(id) }

// MarshalText encodes the ID; the zero ID encodes as "".
func (id ID) MarshalText() ([]byte, error) {
	if id != "" && !id.IsValid() {
		return nil, fmt.Errorf("qualitaet.ID: ungültige ID %q", string(id))
	}
	return []byte(id), nil
}

// UnmarshalText parses the ID; "" gives the zero ID.
func (id *ID) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*id = ""
		return nil
	}
	x, err := ParseID(string(b))
	if err != nil {
		return err
	}
	*id = x
	return nil
}

// vergleicheIDs orders IDs naturally (QD2 before QD10, Z2 before Z10, Z
// before L within a Thema).
func vergleicheIDs(a, b ID) int {
	ta, ea := zerlege(string(a))
	tb, eb := zerlege(string(b))
	if ea != nil || eb != nil {
		return strings.Compare(string(a), string(b))
	}
	for _, d := range [][2]int{{ta.qd, tb.qd}, {ta.thema, tb.thema}, {lokalRang(ta), lokalRang(tb)}, {ta.ziel, tb.ziel}} {
		if d[0] != d[1] {
			if d[0] < d[1] {
				return -1
			}
			return 1
		}
	}
	return 0
}

func lokalRang(t idTeile) int {
	if t.art == IDLokalesZiel {
		return 1
	}
	return 0
}

// VergleicheIDs orders IDs naturally: by dimension number, Thema number,
// catalogue goals before local ones, then goal number (QD2 before QD10). It
// returns -1, 0 or +1, for slices.SortFunc.
func VergleicheIDs(a, b ID) int { return vergleicheIDs(a, b) }
