package qualitaet

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"golang.org/x/text/language"
)

// Sentinel errors of the lifecycles (Lebenszyklen). Every refused change is
// a [*UebergangsFehler] that matches exactly one of them with errors.Is.
var (
	// ErrUngueltigerUebergang: the transition table does not allow the
	// change (including unknown statuses and changes out of a final status).
	ErrUngueltigerUebergang = errors.New("ungültiger Statusübergang")
	// ErrGrundFehlt: the change needs a reason (Begründung) and none was
	// given, e.g. reopening a closed goal.
	ErrGrundFehlt = errors.New("Begründung fehlt")
	// ErrDurchFehlt: nobody is named as the actor (durch) of the change.
	ErrDurchFehlt = errors.New("Akteur fehlt")
	// ErrZeitpunkt: the time of the change is missing or earlier than the
	// last entry of the history; histories never go backwards.
	ErrZeitpunkt = errors.New("ungültiger Zeitpunkt")
)

// UebergangsFehler is the error for a refused status change
// (Statusübergang): which lifecycle ("ziel" or "massnahme"), from and to
// which status, and the sentinel it matches (Ursache). The object that was
// asked to change is left exactly as it was.
//
// errors.Is(err, ErrUngueltigerUebergang) (or ErrGrundFehlt, ErrDurchFehlt,
// ErrZeitpunkt) tells what kind of refusal it is; errors.As(err, &fe) gives
// the details. Error() is German; [UebergangsFehler.Text] gives English.
type UebergangsFehler struct {
	Lebenszyklus string // "ziel" or "massnahme"
	Von, Nach    string // statuses as text; Von is "" for a creation
	Ursache      error  // one of the sentinels above
}

// Error returns the German message.
func (e *UebergangsFehler) Error() string { return e.Text(language.German) }

// Text returns the message in the language tag.
func (e *UebergangsFehler) Text(tag language.Tag) string {
	key := "uebergang.ungueltig"
	switch e.Ursache {
	case ErrGrundFehlt:
		key = "uebergang.grund"
	case ErrDurchFehlt:
		key = "uebergang.durch"
	case ErrZeitpunkt:
		key = "uebergang.zeit"
	}
	von, nach := e.Von, e.Nach
	if schema.Sprache(tag) == language.English {
		// English names the statuses; German keeps the codes, which are
		// German words.
		von, nach = statusName(e.Lebenszyklus, von, tag), statusName(e.Lebenszyklus, nach, tag)
	}
	if von == "" {
		von = "–" // creation
	}
	return zieleMeldungen.Sprintf(tag, key, objektName(tag, e.Lebenszyklus), von, nach)
}

// statusName labels a status code of the lifecycle named lebenszyklus in
// the language; unknown codes stay as they are.
func statusName(lebenszyklus, code string, tag language.Tag) string {
	switch lebenszyklus {
	case zielZyklus.name:
		return zielZyklus.Beschriftung(ZielStatus(code), tag)
	case massnahmeZyklus.name:
		return massnahmeZyklus.Beschriftung(MassnahmeStatus(code), tag)
	}
	return code
}

// Unwrap returns the sentinel, so errors.Is matches it.
func (e *UebergangsFehler) Unwrap() error { return e.Ursache }

func objektName(tag language.Tag, lebenszyklus string) string {
	return zieleMeldungen.Sprintf(tag, "objekt."+lebenszyklus)
}

// Verlaufseintrag is one entry of a history (Verlauf): a status change from
// Von to Nach at Zeitpunkt, with a reason (Grund) and the actor (Durch).
//
// A history is append-only and starts with the creation entry: Von is empty
// and Nach is the lifecycle's initial status ([Lebenszyklus.Anfang]). Every
// later entry names both statuses. Durch names a person or a role and is
// personal data (marked "x-personenbezogen" in the schema).
type Verlaufseintrag[S ~string] struct {
	Von       S         `json:"von,omitempty"`
	Nach      S         `json:"nach"`
	Zeitpunkt time.Time `json:"zeitpunkt"`
	Grund     string    `json:"grund,omitempty"`
	Durch     string    `json:"durch"`
}

func (e *Verlaufseintrag[S]) normalisiere() {
	nfc(&e.Grund)
	nfc(&e.Durch)
}

// uebergang is one row of a transition table: the statuses reachable from
// Von, and those of them that need a reason.
type uebergang[S ~string] struct {
	von        S
	nach       []S
	mitGrund   []S
	beschrieb  string // German label of the status for rendered tables
	beschriebE string // English label
}

// Lebenszyklus is a lifecycle as data: its statuses in a fixed order, the
// initial status, and for each status the allowed next statuses (Nachfolger)
// and which of those changes need a reason. Everything else — whether a
// change is allowed ([Lebenszyklus.Erlaubt]), the check of a stored history
// ([Lebenszyklus.PruefeVerlauf]), the rendered diagrams and the tests that
// walk every pair of statuses — is derived from that one table.
//
// The two lifecycles of the package are [ZielLebenszyklus] and
// [MassnahmeLebenszyklus]. A Lebenszyklus is immutable and safe for
// concurrent use.
type Lebenszyklus[S ~string] struct {
	name   string
	anfang S
	zeilen []uebergang[S]
}

// Name returns the lifecycle's name: "ziel" or "massnahme".
func (l *Lebenszyklus[S]) Name() string { return l.name }

// Anfang returns the initial status: every history starts with it.
func (l *Lebenszyklus[S]) Anfang() S { return l.anfang }

// Zustaende returns all statuses in the table's order.
func (l *Lebenszyklus[S]) Zustaende() []S {
	out := make([]S, len(l.zeilen))
	for i, z := range l.zeilen {
		out[i] = z.von
	}
	return out
}

func (l *Lebenszyklus[S]) zeile(s S) (uebergang[S], bool) {
	for _, z := range l.zeilen {
		if z.von == s {
			return z, true
		}
	}
	return uebergang[S]{}, false
}

// Enthaelt reports whether s is a status of the lifecycle.
func (l *Lebenszyklus[S]) Enthaelt(s S) bool {
	_, ok := l.zeile(s)
	return ok
}

// Nachfolger returns the statuses allowed after von, in the table's order;
// none for a final or unknown status.
func (l *Lebenszyklus[S]) Nachfolger(von S) []S {
	z, _ := l.zeile(von)
	return slices.Clone(z.nach)
}

// Final reports whether s is a final status (a known status without
// Nachfolger).
func (l *Lebenszyklus[S]) Final(s S) bool {
	z, ok := l.zeile(s)
	return ok && len(z.nach) == 0
}

// Erlaubt reports whether the table allows the change from von to nach.
func (l *Lebenszyklus[S]) Erlaubt(von, nach S) bool {
	z, _ := l.zeile(von)
	return slices.Contains(z.nach, nach)
}

// GrundNoetig reports whether the change from von to nach is allowed only
// with a reason (such as reopening: abgeschlossen → aktiv).
func (l *Lebenszyklus[S]) GrundNoetig(von, nach S) bool {
	z, _ := l.zeile(von)
	return slices.Contains(z.mitGrund, nach)
}

// Beschriftung returns a status's label for people in the language tag,
// or the status itself when it is unknown.
func (l *Lebenszyklus[S]) Beschriftung(s S, tag language.Tag) string {
	z, ok := l.zeile(s)
	if !ok {
		return string(s)
	}
	if schema.Sprache(tag) == language.English {
		return z.beschriebE
	}
	return z.beschrieb
}

// pruefe checks one change against the table and the last entry of the
// history; it returns nil or a *UebergangsFehler.
func (l *Lebenszyklus[S]) pruefe(letzter *Verlaufseintrag[S], von, nach S, zeitpunkt time.Time, grund, durch string) error {
	fehler := func(ursache error) error {
		return &UebergangsFehler{Lebenszyklus: l.name, Von: string(von), Nach: string(nach), Ursache: ursache}
	}
	switch {
	case letzter == nil && (von != "" || nach != l.anfang):
		return fehler(ErrUngueltigerUebergang)
	case letzter != nil && !l.Erlaubt(von, nach):
		return fehler(ErrUngueltigerUebergang)
	case letzter != nil && l.GrundNoetig(von, nach) && strings.TrimSpace(grund) == "":
		return fehler(ErrGrundFehlt)
	case strings.TrimSpace(durch) == "":
		return fehler(ErrDurchFehlt)
	case zeitpunkt.IsZero() || (letzter != nil && zeitpunkt.Before(letzter.Zeitpunkt)):
		return fehler(ErrZeitpunkt)
	}
	return nil
}

// beginne returns the creation entry of a new history, or the refusal.
func (l *Lebenszyklus[S]) beginne(zeitpunkt time.Time, grund, durch string) ([]Verlaufseintrag[S], error) {
	e := Verlaufseintrag[S]{Nach: l.anfang, Zeitpunkt: zeitpunkt.Round(0), Grund: grund, Durch: durch}
	e.normalisiere()
	if err := l.pruefe(nil, "", l.anfang, e.Zeitpunkt, e.Grund, e.Durch); err != nil {
		return nil, err
	}
	return []Verlaufseintrag[S]{e}, nil
}

// wechsle returns the history with the change appended, or the refusal; the
// given history is never modified. The current status is the last entry's
// Nach (the callers keep their status equal to it).
func (l *Lebenszyklus[S]) wechsle(verlauf []Verlaufseintrag[S], nach S, zeitpunkt time.Time, grund, durch string) ([]Verlaufseintrag[S], error) {
	if len(verlauf) == 0 {
		return nil, &UebergangsFehler{Lebenszyklus: l.name, Nach: string(nach), Ursache: ErrUngueltigerUebergang}
	}
	letzter := verlauf[len(verlauf)-1]
	e := Verlaufseintrag[S]{Von: letzter.Nach, Nach: nach, Zeitpunkt: zeitpunkt.Round(0), Grund: grund, Durch: durch}
	e.normalisiere()
	if err := l.pruefe(&letzter, e.Von, e.Nach, e.Zeitpunkt, e.Grund, e.Durch); err != nil {
		return nil, err
	}
	return append(slices.Clip(verlauf), e), nil
}

// PruefeVerlauf checks a stored history and the status beside it. zeiger is
// the JSON pointer of the object holding "verlauf" and "status" (such as
// "/ziele/0"). The rules, each reported at the pointer of the offending entry
// (zeiger + "/verlauf/3"):
//
//   - the history is not empty;
//   - the first entry has no "von" and its "nach" is [Lebenszyklus.Anfang];
//   - every later entry's "von" equals the previous entry's "nach", and the
//     table allows the change; changes that need a reason carry one;
//   - every entry has a time and an actor, and times never go backwards
//     (equal times are allowed);
//   - the last entry's "nach" equals the status (reported at zeiger + "/status").
//
// A history passes exactly when replaying it with the change methods
// ([Ziel.Wechsle], [Massnahme.Wechsle]) from its creation entry succeeds and
// ends in status — the fuzz test holds the two to that.
func (l *Lebenszyklus[S]) PruefeVerlauf(verlauf []Verlaufseintrag[S], status S, zeiger string) []schema.Verletzung {
	if len(verlauf) == 0 {
		return []schema.Verletzung{zieleMeldungen.Verletzung(zeiger+"/verlauf", regelVerlauf, "verlauf.leer")}
	}
	var vs []schema.Verletzung
	add := func(i int, key string, args ...any) {
		vs = append(vs, zieleMeldungen.Verletzung(zeiger+schema.Zeiger("verlauf", i), regelVerlauf, key, args...))
	}
	for i, e := range verlauf {
		if e.Von != "" && !l.Enthaelt(e.Von) {
			add(i, "verlauf.status", string(e.Von), strings.Join(alsTexte(l.Zustaende()), ", "))
		}
		if !l.Enthaelt(e.Nach) { // also when empty: every entry leads somewhere
			add(i, "verlauf.status", string(e.Nach), strings.Join(alsTexte(l.Zustaende()), ", "))
		}
		if i == 0 {
			if e.Von != "" {
				add(i, "verlauf.anfangVon", string(e.Von))
			}
			if e.Nach != l.anfang {
				add(i, "verlauf.anfangNach", string(e.Nach), string(l.anfang))
			}
		} else {
			vorher := verlauf[i-1]
			switch {
			case e.Von == "":
				add(i, "verlauf.vonFehlt")
			case e.Von != vorher.Nach:
				add(i, "verlauf.kette", string(e.Von), string(vorher.Nach))
			}
			if e.Von != "" && l.Enthaelt(e.Von) && l.Enthaelt(e.Nach) {
				if !l.Erlaubt(e.Von, e.Nach) {
					add(i, "verlauf.uebergang", string(e.Von), string(e.Nach), nachfolgerText(l, e.Von))
				} else if l.GrundNoetig(e.Von, e.Nach) && strings.TrimSpace(e.Grund) == "" {
					add(i, "verlauf.grund", string(e.Von), string(e.Nach))
				}
			}
			if !e.Zeitpunkt.IsZero() && !vorher.Zeitpunkt.IsZero() && e.Zeitpunkt.Before(vorher.Zeitpunkt) {
				add(i, "verlauf.zeit", e.Zeitpunkt.Format(time.RFC3339), vorher.Zeitpunkt.Format(time.RFC3339))
			}
		}
		if e.Zeitpunkt.IsZero() {
			add(i, "verlauf.zeitFehlt")
		}
		if strings.TrimSpace(e.Durch) == "" {
			add(i, "verlauf.durch")
		}
	}
	if letzter := verlauf[len(verlauf)-1].Nach; letzter != status {
		vs = append(vs, zieleMeldungen.Verletzung(zeiger+"/status", regelVerlauf, "verlauf.ende", string(status), string(letzter)))
	}
	return vs
}

func nachfolgerText[S ~string](l *Lebenszyklus[S], von S) string {
	n := l.Nachfolger(von)
	if len(n) == 0 {
		return "–"
	}
	return strings.Join(alsTexte(n), ", ")
}

func alsTexte[S ~string](xs []S) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = string(x)
	}
	return out
}

// Mermaid renders the lifecycle as a Mermaid state diagram
// (stateDiagram-v2), generated from the table: the initial status from [*],
// every allowed change as an arrow, changes that need a reason labelled
// ("Grund nötig", in English "reason required" — the language tag chooses),
// and final statuses to [*].
func (l *Lebenszyklus[S]) Mermaid(tag language.Tag) string {
	var b strings.Builder
	b.WriteString("stateDiagram-v2\n")
	id := func(s S) string { return strings.ReplaceAll(string(s), "-", "_") }
	for _, z := range l.zeilen {
		fmt.Fprintf(&b, "    %s: %s\n", id(z.von), z.von)
	}
	fmt.Fprintf(&b, "    [*] --> %s\n", id(l.anfang))
	for _, z := range l.zeilen {
		for _, n := range z.nach {
			fmt.Fprintf(&b, "    %s --> %s", id(z.von), id(n))
			if slices.Contains(z.mitGrund, n) {
				b.WriteString(": " + zieleMeldungen.Sprintf(tag, "diagramm.grund"))
			}
			b.WriteByte('\n')
		}
		if len(z.nach) == 0 {
			fmt.Fprintf(&b, "    %s --> [*]\n", id(z.von))
		}
	}
	return b.String()
}

// Markdown renders the transition table as a Markdown table in the language
// tag, generated from the same data: one row per status with its allowed
// next statuses; a star marks changes that need a reason, "final" a status
// without successors.
func (l *Lebenszyklus[S]) Markdown(tag language.Tag) string {
	var b strings.Builder
	b.WriteString(zieleMeldungen.Sprintf(tag, "tabelle.kopf"))
	b.WriteString("\n|---|---|---|\n")
	for _, z := range l.zeilen {
		nach := make([]string, len(z.nach))
		for i, n := range z.nach {
			nach[i] = "`" + string(n) + "`"
			if slices.Contains(z.mitGrund, n) {
				nach[i] += "*"
			}
		}
		ziel := strings.Join(nach, ", ")
		if len(z.nach) == 0 {
			ziel = zieleMeldungen.Sprintf(tag, "tabelle.final")
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s |\n", z.von, l.Beschriftung(z.von, tag), ziel)
	}
	b.WriteString(zieleMeldungen.Sprintf(tag, "tabelle.fuss", string(l.anfang)))
	b.WriteByte('\n')
	return b.String()
}
