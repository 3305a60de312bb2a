package bogen

import (
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"errors"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/beschriftung"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// StandardMaxGroesse is the default size limit of a sheet: 8 MiB, far more
// than any sheet of the ten dimensions needs.
const StandardMaxGroesse = 8 << 20

// The rules (Regel) of the violations [Lies] reports, besides
// schema.RegelGroesse (file too large) and schema.RegelSyntax (no readable
// CSV or no UTF-8).
const (
	RegelPflicht   = "pflicht"   // a required column or value is missing
	RegelSpalte    = "spalte"    // an unknown or repeated column in the header
	RegelFelder    = "felder"    // a row has more fields than the header
	RegelVerweis   = "verweis"   // the goal is not in the catalogue, or the network does not know the sector
	RegelFormat    = "format"    // a goal ID, sector or date that cannot be read
	RegelSkala     = "skala"     // a level off the scale
	RegelEindeutig = "eindeutig" // the same rater rated the same goal twice in one round
	RegelLaenge    = "laenge"    // a name or comment too long for the profile
)

// Limits of the profile schema (kurztext and text in gemeinsam.schema.json).
const (
	maxPerson    = 300
	maxKommentar = 4000
)

const bom = "\uFEFF"

// LeseOptionen control [Lies]. The zero value reads at most
// [StandardMaxGroesse] bytes.
type LeseOptionen struct {
	// MaxGroesse is the size limit in bytes; 0 or less means
	// StandardMaxGroesse.
	MaxGroesse int64
	// Runde is the survey round of the rows whose "runde" cell is empty
	// (or of all rows of a sheet without that column); "" for none.
	Runde string
	// NameIstKennung says that the person text identifies a rater across
	// sheets: the same name on two sheets is one rater. By default it is
	// not: a rater is the sheet and the person (see [Kennung]).
	NameIstKennung bool
	// SektorBekannt, when set, says whether the network of the profile the
	// ratings go into knows a sector ID (the default sectors and the ones
	// it declares); a row naming any other sector is an error of the row
	// (RegelVerweis), so it is reported with file, line and column like
	// every other bad field instead of later by the profile's checks. nil
	// accepts every valid sector ID.
	SektorBekannt func(id string) bool
	// Bestehende are the ratings already there, each list with the name of
	// its source: the profile's ratings and those of the sheets read
	// before. A row whose rater already rated the same goal on the same day
	// in the same round there, but differently, is an error of the row
	// (RegelEindeutig) naming the source: a profile takes one rating per
	// rater, goal, day and round. An exact repeat is fine
	// ([Zusammenfuehren] drops it).
	Bestehende []Gelesen
}

// Kennung returns the rater key (Einschaetzende) that [Lies] gives a row
// without a "kennung" cell: "e-" and eight hex digits of a hash of the
// sheet's file name (without its directory) and the person text, or of the
// person text alone when nameIstKennung is set. It names nobody: the key
// cannot be turned back into the name. The same sheet read again gives the
// same keys.
func Kennung(datei, person string, nameIstKennung bool) string {
	h := sha256.New()
	if !nameIstKennung {
		h.Write([]byte(filepath.Base(filepath.ToSlash(datei))))
	}
	h.Write([]byte{0})
	h.Write([]byte(person))
	return "e-" + hex.EncodeToString(h.Sum(nil))[:8]
}

// Lies reads a filled-in sheet in CSV form from r and returns its ratings in
// the order of the sheet. name is the file name used in messages. Goal IDs
// are checked against rahmen (nil means qualitaet.Standard()); pass a
// tailored catalogue to accept its local goals.
//
// Lies reads what German spreadsheets write: fields separated by ";" or ","
// (whichever the header line uses more often outside quotes), UTF-8 with or
// without byte order mark, CRLF or LF line ends, quoted fields with
// separators, quotes ("") and line breaks inside. The header names the
// columns in any order, in any case and spacing; "entwicklungsziel",
// "person", "stufe" and "datum" are required, "sektor", "kommentar",
// "kennung", "runde", "ebene", "entwicklungsbedarf", "ziel" and "herkunft"
// optional ("ziel" and "herkunft" are for the reader and are ignored, so
// sheets written before those columns still read, and so do sheets without
// the columns of rounds and raters), columns with an empty header are
// ignored, and any other column is an error. A row means:
//
//   - all of person, stufe and kommentar empty: a template row nobody
//     filled; skipped;
//   - stufe 0–4: a rating; stufe empty or "k. A." (also "k.A.", "kA",
//     "nicht beurteilbar", in any case): an explicit "nicht beurteilbar";
//   - person (name or role) and datum (24.11.2026 or 2026-11-24) are
//     required; sektor is optional, the ID or German name of a default
//     sector or another sector ID (see [Sektor]) — one the profile's
//     network knows when [LeseOptionen.SektorBekannt] is set; kommentar
//     becomes the Begruendung;
//   - kennung is the rater key (letters, digits, ".", "_", "-"); without
//     it the key is made from the file name and the person ([Kennung]), so
//     two sheets signed with the same role are two raters;
//   - runde is the ID of the survey round (empty: [LeseOptionen.Runde]);
//     ebene is strategisch or operativ (also "Strategische Steuerung",
//     "operative Ebene", English "strategic", "operational");
//     entwicklungsbedarf is gering, mittel or hoch (also "niedrig", "low",
//     "medium", "high"), empty when not stated.
//
// The same rater rating the same goal twice in one round of one sheet is
// an error that names both lines.
//
// All text is NFC-normalised and trimmed. When anything is wrong, Lies
// returns no ratings and a *schema.ValidierungsFehler that lists every bad
// field of every row, not just the first (when the header is bad, only the
// header is reported: without it the rows cannot be read). Each violation has Zeile and
// Spalte (line and byte column in the file, both from 1, as encoding/csv
// counts them) and the pointer "/zeilen/<line where the row starts>/<column
// name>" ("/zeilen/<line>" for the row as a whole, "" for the file); its
// message names the file, the line and the column.
func Lies(r io.Reader, name string, rahmen *qualitaet.Rahmen, opt LeseOptionen) ([]qualitaet.Einschaetzung, error) {
	if rahmen == nil {
		rahmen = qualitaet.Standard()
	}
	max := opt.MaxGroesse
	if max <= 0 {
		max = StandardMaxGroesse
	}
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	l := &leser{name: norm.NFC.String(name), rahmen: rahmen, opt: opt}
	if int64(len(data)) > max {
		l.datei(schema.RegelGroesse, "lies.groesse", strconv.FormatInt(max, 10))
		return nil, l.fehler()
	}
	data = bytes.TrimPrefix(data, []byte(bom))
	if !utf8.Valid(data) {
		z := zeileBei(data, ungueltigBei(data))
		l.zeile(z, [2]int{z, 0}, schema.RegelSyntax, "lies.utf8")
		return nil, l.fehler()
	}
	return l.lies(data)
}

type leser struct {
	name   string
	opt    LeseOptionen
	rahmen *qualitaet.Rahmen
	vs     []schema.Verletzung
}

func (l *leser) fehler() error { return schema.NeuerFehler("", l.vs) }

// datei records a violation of the whole file.
func (l *leser) datei(regel, key string, args ...any) {
	l.vs = append(l.vs, l.verletzung("", 0, 0, regel, "ort.datei", []any{l.name}, key, args))
}

// zeile records a violation of the row starting at line start as a whole;
// pos is the line and column where the problem is.
func (l *leser) zeile(start int, pos [2]int, regel, key string, args ...any) {
	l.vs = append(l.vs, l.verletzung(schema.Zeiger("zeilen", start), pos[0], pos[1], regel,
		"ort.zeile", []any{l.name, strconv.Itoa(pos[0])}, key, args))
}

// feld records a violation of the field in column name of the row starting
// at line start; pos is the field's line and column.
func (l *leser) feld(start int, name string, pos [2]int, regel, key string, args ...any) {
	l.vs = append(l.vs, l.verletzung(schema.Zeiger("zeilen", start, name), pos[0], pos[1], regel,
		"ort.feld", []any{l.name, strconv.Itoa(pos[0]), name}, key, args))
}

func (l *leser) verletzung(zeiger string, zeile, spalte int, regel, ortKey string, ort []any, key string, args []any) schema.Verletzung {
	text := func(tag language.Tag) string {
		return meldungen.Sprintf(tag, ortKey, append(slices.Clip(ort), meldungen.Sprintf(tag, key, args...))...)
	}
	return schema.Verletzung{Zeiger: zeiger, Regel: regel, Zeile: zeile, Spalte: spalte,
		Meldung: text(language.German), Message: text(language.English)}
}

func (l *leser) lies(data []byte) ([]qualitaet.Einschaetzung, error) {
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = trennzeichen(data)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = false

	kopf, err := cr.Read()
	if errors.Is(err, io.EOF) {
		l.datei(RegelPflicht, "lies.leer", strings.Join(spalten, string(cr.Comma)))
		return nil, l.fehler()
	}
	if err != nil {
		l.syntax(err)
		return nil, l.fehler()
	}
	kopfzeile, _ := cr.FieldPos(0)
	index := l.kopf(cr, kopf, kopfzeile)
	if len(l.vs) > 0 {
		return nil, l.fehler()
	}

	var es []qualitaet.Einschaetzung
	type schluessel struct {
		ziel         qualitaet.ID
		rater, runde string
	}
	gesehen := map[schluessel]int{}
	bestehende := bestandVon(l.opt.Bestehende)
	for {
		vorher := cr.InputOffset()
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			l.syntax(err)
			if cr.InputOffset() == vorher {
				break
			}
			continue
		}
		e, start, ok := l.zeileLesen(cr, rec, index, len(kopf))
		if !ok {
			continue
		}
		if e.Runde == "" {
			e.Runde = l.opt.Runde
		}
		if e.Einschaetzende == "" {
			e.Einschaetzende = Kennung(l.name, e.Person, l.opt.NameIstKennung)
		}
		k := schluessel{e.Entwicklungsziel, e.Einschaetzende, e.Runde}
		if erst, dup := gesehen[k]; dup {
			l.feld(start, SpalteEntwicklungsziel, pos(cr, rec, index[SpalteEntwicklungsziel]), RegelEindeutig, "ziel.doppelt",
				string(e.Entwicklungsziel), strconv.Itoa(erst), strconv.Itoa(start))
			continue
		}
		gesehen[k] = start
		if quelle, ok := bestehende.widerspruch(e); ok {
			l.feld(start, SpalteEntwicklungsziel, pos(cr, rec, index[SpalteEntwicklungsziel]), RegelEindeutig, "ziel.widerspricht",
				string(e.Entwicklungsziel), e.Datum.Format(time.DateOnly), quelle)
			continue
		}
		es = append(es, e)
	}
	if len(l.vs) > 0 {
		return nil, l.fehler()
	}
	return es, nil
}

// syntax records a CSV syntax error with its line and column.
func (l *leser) syntax(err error) {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		start := pe.StartLine
		if start == 0 {
			start = pe.Line
		}
		l.zeile(start, [2]int{pe.Line, pe.Column}, schema.RegelSyntax, "lies.syntax", pe.Err.Error())
		return
	}
	l.datei(schema.RegelSyntax, "lies.syntax", err.Error())
}

// kopf maps the canonical column names to their index in the records.
func (l *leser) kopf(cr *csv.Reader, kopf []string, zeile int) map[string]int {
	index := map[string]int{}
	for i, roh := range kopf {
		k := beschriftung.Schluessel(roh)
		if k == "" {
			continue
		}
		_, spalteNr := cr.FieldPos(i)
		bekannt := false
		for _, s := range spalten {
			if k == s {
				bekannt = true
			}
		}
		switch {
		case !bekannt:
			l.feld(zeile, k, [2]int{zeile, spalteNr}, RegelSpalte, "spalte.unbekannt", strings.TrimSpace(norm.NFC.String(roh)), strings.Join(spalten, ", "))
		case hatIndex(index, k):
			l.feld(zeile, k, [2]int{zeile, spalteNr}, RegelSpalte, "spalte.doppelt", k)
		default:
			index[k] = i
		}
	}
	for _, s := range []string{SpalteEntwicklungsziel, SpaltePerson, SpalteStufe, SpalteDatum} {
		if !hatIndex(index, s) {
			l.feld(zeile, s, [2]int{zeile, 1}, RegelPflicht, "spalte.fehlt", s)
		}
	}
	return index
}

func hatIndex(index map[string]int, k string) bool {
	_, ok := index[k]
	return ok
}

// pos returns the line and column of field i of the last record rec, or the
// start of the record when it is shorter.
func pos(cr *csv.Reader, rec []string, i int) [2]int {
	if i < 0 || i >= len(rec) {
		i = 0
	}
	z, s := cr.FieldPos(i)
	return [2]int{z, s}
}

// zeileLesen turns a record into a rating. ok is false for skipped rows and
// rows with violations (which it records).
func (l *leser) zeileLesen(cr *csv.Reader, rec []string, index map[string]int, breite int) (e qualitaet.Einschaetzung, start int, ok bool) {
	start, _ = cr.FieldPos(0)
	feld := func(s string) string {
		i, ok := index[s]
		if !ok || i >= len(rec) {
			return ""
		}
		return strings.TrimSpace(norm.NFC.String(rec[i]))
	}
	leer := true
	for _, f := range rec {
		if strings.TrimSpace(f) != "" {
			leer = false
		}
	}
	person, stufe, kommentar := feld(SpaltePerson), feld(SpalteStufe), feld(SpalteKommentar)
	if leer || (person == "" && stufe == "" && kommentar == "") {
		return e, start, false
	}
	for i := breite; i < len(rec); i++ {
		if strings.TrimSpace(rec[i]) != "" {
			l.zeile(start, pos(cr, rec, i), RegelFelder, "zeile.zuLang", strconv.Itoa(len(rec)), strconv.Itoa(breite))
			return e, start, false
		}
	}
	n := len(l.vs)
	fehler := func(spalte, regel, key string, args ...any) {
		i, ok := index[spalte]
		if !ok {
			i = -1
		}
		l.feld(start, spalte, pos(cr, rec, i), regel, key, args...)
	}

	id := qualitaet.ID(feld(SpalteEntwicklungsziel))
	switch {
	case id == "":
		fehler(SpalteEntwicklungsziel, RegelPflicht, "ziel.fehlt")
	case !id.IsZiel():
		fehler(SpalteEntwicklungsziel, RegelFormat, "ziel.ungueltig", string(id))
	default:
		if _, ok := l.rahmen.Entwicklungsziel(id); !ok {
			fehler(SpalteEntwicklungsziel, RegelVerweis, "ziel.unbekannt", string(id), rahmenName(l.rahmen))
		}
	}
	e.Entwicklungsziel = id

	e.Person = strings.Join(strings.Fields(person), " ")
	switch {
	case e.Person == "":
		fehler(SpaltePerson, RegelPflicht, "person.fehlt")
	case utf8.RuneCountInString(e.Person) > maxPerson:
		fehler(SpaltePerson, RegelLaenge, "text.zuLang", strconv.Itoa(maxPerson))
	}

	if s := feld(SpalteSektor); s != "" {
		id, ok := Sektor(s)
		switch {
		case !ok:
			fehler(SpalteSektor, RegelFormat, "sektor.ungueltig", s)
		case l.opt.SektorBekannt != nil && !l.opt.SektorBekannt(id):
			fehler(SpalteSektor, RegelVerweis, "sektor.unbekannt", s)
		}
		e.Sektor = id
	}

	stufeUndDatum(&e, stufe, feld(SpalteDatum), fehler)

	l.zweiterSchritt(&e, feld, fehler)

	e.Begruendung = strings.ReplaceAll(kommentar, "\r\n", "\n")
	if utf8.RuneCountInString(e.Begruendung) > maxKommentar {
		fehler(SpalteKommentar, RegelLaenge, "text.zuLang", strconv.Itoa(maxKommentar))
	}
	return e, start, len(l.vs) == n
}

// keineAngabe reports whether a level cell says "nicht beurteilbar": empty,
// "k. A." and its spellings (kA, k.A., K. a.), or the words themselves.
func keineAngabe(s string) bool {
	k := strings.Map(func(r rune) rune {
		if r == '.' {
			return -1
		}
		return r
	}, beschriftung.Schluessel(s))
	return k == "" || k == "ka" || k == "nichtbeurteilbar"
}

// parseDatum parses the date of a sheet: German "24.11.2026" (day and month
// also with one digit) or ISO "2026-11-24". It reports false for anything
// else, including days that do not exist.
func parseDatum(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{"2.1.2006", time.DateOnly} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// trennzeichen picks the separator from the header line: ";" unless the
// line has more commas than semicolons outside quotes.
func trennzeichen(data []byte) rune {
	semikolon, komma, zitat := 0, 0, false
	for _, c := range data {
		if c == '\n' && !zitat {
			break
		}
		switch {
		case c == '"':
			zitat = !zitat
		case zitat:
		case c == ';':
			semikolon++
		case c == ',':
			komma++
		}
	}
	if komma > semikolon {
		return ','
	}
	return ';'
}

// ungueltigBei returns the offset of the first byte that is not UTF-8.
func ungueltigBei(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(data)
}

// zeileBei returns the line (from 1) of the byte at offset i.
func zeileBei(data []byte, i int) int { return bytes.Count(data[:i], []byte("\n")) + 1 }

// zweiterSchritt reads the optional columns of rounds and raters: kennung,
// runde, ebene and entwicklungsbedarf.
func (l *leser) zweiterSchritt(e *qualitaet.Einschaetzung, feld func(string) string, fehler func(spalte, regel, key string, args ...any)) {
	if k := feld(SpalteKennung); k != "" {
		if kennungRe.MatchString(k) {
			e.Einschaetzende = k
		} else {
			fehler(SpalteKennung, RegelFormat, "kennung.ungueltig")
		}
	}
	if r := strings.Join(strings.Fields(feld(SpalteRunde)), " "); r != "" {
		if utf8.RuneCountInString(r) > maxPerson {
			fehler(SpalteRunde, RegelLaenge, "text.zuLang", strconv.Itoa(maxPerson))
		}
		e.Runde = r
	}
	if x := feld(SpalteEbene); x != "" {
		eb, ok := Ebene(x)
		if !ok {
			fehler(SpalteEbene, RegelFormat, "ebene.ungueltig", x)
		}
		e.Ebene = eb
	}
	if x := feld(SpalteEntwicklungsbedarf); x != "" {
		b, ok := Entwicklungsbedarf(x)
		if !ok {
			fehler(SpalteEntwicklungsbedarf, RegelFormat, "bedarf.ungueltig", x)
		}
		e.Entwicklungsbedarf = b
	}
}

// Ebene returns the rater level for the text of a sheet's "ebene" column:
// "strategisch" or "operativ" and their German and English spellings
// ("Strategische Steuerung", "strategische Ebene", "strategic"; "operative
// Ebene", "operative Umsetzung", "operational"), in any case and spacing.
func Ebene(s string) (qualitaet.Ebene, bool) {
	switch beschriftung.Schluessel(s) {
	case "strategisch", "strategische", "strategischesteuerung", "strategischeebene", "strategic", "strategiclevel":
		return qualitaet.Strategisch, true
	case "operativ", "operative", "operativeebene", "operativeumsetzung", "operational", "operationallevel":
		return qualitaet.Operativ, true
	}
	return "", false
}

// Entwicklungsbedarf returns the development need for the text of a
// sheet's "entwicklungsbedarf" column: gering (also "niedrig", "low"),
// mittel ("medium") or hoch ("high"), in any case and spacing.
func Entwicklungsbedarf(s string) (qualitaet.Entwicklungsbedarf, bool) {
	switch beschriftung.Schluessel(s) {
	case "gering", "niedrig", "low":
		return qualitaet.BedarfGering, true
	case "mittel", "medium":
		return qualitaet.BedarfMittel, true
	case "hoch", "high":
		return qualitaet.BedarfHoch, true
	}
	return "", false
}

// stufeUndDatum reads the level (or "nicht beurteilbar") and the date of a
// row into e, recording what is wrong with them.
func stufeUndDatum(e *qualitaet.Einschaetzung, stufe, datum string, fehler func(spalte, regel, key string, args ...any)) {
	if keineAngabe(stufe) {
		e.NichtBeurteilbar = true
	} else if n, err := strconv.Atoi(stufe); err != nil {
		fehler(SpalteStufe, RegelFormat, "stufe.keineZahl", stufe, strconv.Itoa(int(qualitaet.MinStufe)), strconv.Itoa(int(qualitaet.MaxStufe)))
	} else if s := qualitaet.Stufe(n); !s.Valid() {
		fehler(SpalteStufe, RegelSkala, "stufe.skala", stufe, strconv.Itoa(int(qualitaet.MinStufe)), strconv.Itoa(int(qualitaet.MaxStufe)))
	} else {
		e.Stufe, e.StufeGesetzt = s, true
	}
	if datum == "" {
		fehler(SpalteDatum, RegelPflicht, "datum.fehlt")
	} else if t, ok := parseDatum(datum); !ok {
		fehler(SpalteDatum, RegelFormat, "datum.ungueltig", datum)
	} else {
		e.Datum = t
	}
}

// bestand indexes the ratings already there by what a profile keeps unique:
// goal, rater, day and round.
type bestand map[bestandSchluessel][]bestandEintrag

type bestandSchluessel struct {
	ziel                qualitaet.ID
	rater, datum, runde string
}

type bestandEintrag struct {
	quelle string
	g      gleichheit
}

func bestandSchluesselVon(e qualitaet.Einschaetzung) bestandSchluessel {
	return bestandSchluessel{e.Entwicklungsziel, e.Schluessel(), e.Datum.Format(time.DateOnly), e.Runde}
}

func bestandVon(gs []Gelesen) bestand {
	b := bestand{}
	for _, g := range gs {
		for _, e := range g.Einschaetzungen {
			k := bestandSchluesselVon(e)
			b[k] = append(b[k], bestandEintrag{g.Name, gleichheitVon(e)})
		}
	}
	return b
}

// widerspruch reports whether e contradicts a rating already there: the
// same goal, rater, day and round, and no exact repeat of any of them. It
// returns the source of the first such rating.
func (b bestand) widerspruch(e qualitaet.Einschaetzung) (string, bool) {
	da := b[bestandSchluesselVon(e)]
	if len(da) == 0 {
		return "", false
	}
	g := gleichheitVon(e)
	for _, x := range da {
		if x.g == g {
			return "", false
		}
	}
	return da[0].quelle, true
}
