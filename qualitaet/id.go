package qualitaet

import (
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
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

// ParseID parses s as an ID. The error is an [*IDFehler]: Error() names
// the function and quotes the input (for programmers), Text says what is
// wrong in either language (for people).
//
// Parsing happens here and in [ID.UnmarshalText], at the boundary: the
// methods of an ID only read its parts and never build an error.
func ParseID(s string) (ID, error) {
	if _, grund := zerlege(s); grund.art != idOK {
		grund.Eingabe = s
		return "", &grund
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

// IDFehler is the error of [ParseID]: the input and which part of it is
// wrong.
type IDFehler struct {
	Eingabe string
	art     idGrund
	teil    string // the part at fault
	praefix string // the prefix it must start with
}

// idGrund is what is wrong with an ID.
type idGrund int

const (
	idOK idGrund = iota
	idZuVieleTeile
	idPraefix
	idNummer
	idZielPraefix
)

var idGruende = [...]string{idOK: "", idZuVieleTeile: "id.teile", idPraefix: "id.praefix", idNummer: "id.nummer", idZielPraefix: "id.zielPraefix"}

func (e *IDFehler) Error() string {
	return "qualitaet.ParseID(" + strconv.Quote(e.Eingabe) + "): " + e.grund(language.German)
}

// Text returns the message in the language tag (German unless English):
// the input, quoted, and what is wrong with it.
func (e *IDFehler) Text(tag language.Tag) string {
	return idMeldungen.Sprintf(tag, "id.fehler", e.Eingabe, e.grund(tag))
}

// grund says what is wrong, in the language tag.
func (e *IDFehler) grund(tag language.Tag) string {
	switch e.art {
	case idPraefix:
		return idMeldungen.Sprintf(tag, idGruende[e.art], e.teil, e.praefix)
	case idNummer, idZielPraefix:
		return idMeldungen.Sprintf(tag, idGruende[e.art], e.teil)
	}
	return idMeldungen.Sprintf(tag, idGruende[e.art])
}

// idMeldungen holds the messages about malformed IDs.
var idMeldungen = schema.NeuerKatalog(
	schema.Eintrag{Schluessel: "id.fehler", DE: "„%s“ ist keine ID: %s", EN: "\"%s\" is no ID: %s"},
	schema.Eintrag{Schluessel: "id.teile", DE: "zu viele Teile", EN: "too many parts"},
	schema.Eintrag{Schluessel: "id.praefix", DE: "Teil „%s“ muss mit %s beginnen", EN: "part \"%s\" must start with %s"},
	schema.Eintrag{Schluessel: "id.nummer", DE: "Teil „%s“ braucht eine Nummer von 1 bis 99", EN: "part \"%s\" needs a number from 1 to 99"},
	schema.Eintrag{Schluessel: "id.zielPraefix", DE: "Teil „%s“ muss mit Z oder L beginnen", EN: "part \"%s\" must start with Z or L"},
)

type idTeile struct {
	art             IDArt
	qd, thema, ziel int
}

// zerlege splits s into the parts of an ID without allocating; for a
// malformed s the second result says why (its art is not idOK).
func zerlege(s string) (idTeile, IDFehler) {
	var t idTeile
	if strings.Count(s, ".") > 2 {
		return t, IDFehler{art: idZuVieleTeile}
	}
	erster, rest, _ := strings.Cut(s, ".")
	qd, grund := nummer(erster, "QD")
	if grund.art != idOK {
		return t, grund
	}
	t.art, t.qd = IDDimension, qd
	if rest == "" && !strings.Contains(s, ".") {
		return t, IDFehler{}
	}
	zweiter, dritter, hatDritten := strings.Cut(rest, ".")
	if t.thema, grund = nummer(zweiter, "T"); grund.art != idOK {
		return t, grund
	}
	t.art = IDThema
	if !hatDritten {
		return t, IDFehler{}
	}
	switch {
	case strings.HasPrefix(dritter, "Z"):
		t.ziel, grund = nummer(dritter, "Z")
		t.art = IDEntwicklungsziel
	case strings.HasPrefix(dritter, "L"):
		t.ziel, grund = nummer(dritter, "L")
		t.art = IDLokalesZiel
	default:
		grund = IDFehler{art: idZielPraefix, teil: dritter}
	}
	return t, grund
}

func nummer(teil, praefix string) (int, IDFehler) {
	rest, ok := strings.CutPrefix(teil, praefix)
	if !ok {
		return 0, IDFehler{art: idPraefix, teil: teil, praefix: praefix}
	}
	if rest == "" || len(rest) > 2 || rest[0] == '0' {
		return 0, IDFehler{art: idNummer, teil: teil}
	}
	n := 0
	for _, c := range rest {
		if c < '0' || c > '9' {
			return 0, IDFehler{art: idNummer, teil: teil}
		}
		n = 10*n + int(c-'0')
	}
	return n, IDFehler{}
}

// Art returns the kind of item the ID names, or KeineID if it is invalid.
func (id ID) Art() IDArt {
	t, grund := zerlege(string(id))
	if grund.art != idOK {
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
	t, grund := zerlege(string(id))
	if grund.art != idOK {
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
	if ea.art != idOK || eb.art != idOK {
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
