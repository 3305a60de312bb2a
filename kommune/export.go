package kommune

import (
	"bytes"
	"io"
	"strings"
)

// Steckbrief returns the profile's Steckbrief part in the text form of the
// NZFH Steckbrief (Markdown): "# Name, Land", the sections KOMMUNALSTRUKTUR
// and WIR ÜBER UNS as label–tab–value lines, then the list sections with
// "- " items nested by two spaces. Labels the profile keeps are written as
// they were read, others as the template has them ([Standardbeschriftung]).
//
// The form is canonical: every line of the two structured sections is
// written, an absent value as "k. A."; numbers in German notation
// ("178.068", "- 0,6", "93.000 €"); one blank line between blocks; "\n"
// line ends. Reading the result with [ParseSteckbrief] gives
// [Profil.SteckbriefTeil] again, and for a Steckbrief in this form (such as
// the Oder-Spree one) the export reproduces the text up to runs of blank
// lines and trailing white space.
func (p *Profil) Steckbrief() []byte {
	var b bytes.Buffer
	_ = SchreibeSteckbrief(&b, p)
	return b.Bytes()
}

// SchreibeSteckbrief writes the Steckbrief part of p to w; see
// [Profil.Steckbrief]. It returns the first write error.
func SchreibeSteckbrief(w io.Writer, p *Profil) error {
	s := &schreiber{w: w}
	s.steckbrief(p)
	return s.err
}

type schreiber struct {
	w   io.Writer
	err error
}

func (s *schreiber) zeile(teile ...string) {
	if s.err != nil {
		return
	}
	for _, t := range teile {
		if _, s.err = io.WriteString(s.w, t); s.err != nil {
			return
		}
	}
	_, s.err = io.WriteString(s.w, "\n")
}

func (s *schreiber) steckbrief(p *Profil) {
	titel := p.Name
	if p.Land != "" {
		titel += ", " + p.Land
	}
	if titel != "" {
		s.zeile("# ", titel)
		s.zeile()
	}
	if len(p.Vorspann) > 0 {
		s.punkte(p.Vorspann)
		s.zeile()
	}
	k := &p.Kommunalstruktur
	s.zeile("## KOMMUNALSTRUKTUR")
	s.zeile()
	kb := func(f Feld) string {
		if b, ok := k.Beschriftungen[f]; ok {
			return b
		}
		return Standardbeschriftung(f, k.Bevoelkerungsentwicklung.Zeitraum)
	}
	hinweis := func(f Feld) string { return k.Hinweise[f] }
	s.zeile(kb(FeldBevoelkerung), "\t", formatZahlwert(zahlwert{wert: k.Bevoelkerung, hinweis: hinweis(FeldBevoelkerung)}, artAnzahl, false))
	m := k.Migrationsanteil
	s.zeile(kb(FeldMigrationsanteil), "\t", formatZahlwert(zahlwert{wert: m.Prozent, jahr: m.Jahr, hinweis: m.Hinweis}, artProzent, true))
	e := k.Bevoelkerungsentwicklung
	s.zeile(kb(FeldBevoelkerungsentwicklung), "\t", formatZahlwert(zahlwert{wert: e.Prozent, hinweis: e.Hinweis}, artAenderung, false))
	for _, f := range []Feld{FeldKinderUnter3, FeldKinderUnter3Armut, FeldAlleinerziehendeU3} {
		s.zeile(kb(f), "\t", formatZahlwert(zahlwert{wert: *k.zahlFeld(f), hinweis: hinweis(f)}, artAnzahl, false))
	}
	s.zeile(kb(FeldBudget), "\t", formatZahlwert(zahlwert{wert: k.Budget.Gesamt, hinweis: k.Budget.Hinweis}, artEuro, false))
	for _, a := range k.Budget.Anteile {
		s.zeile(a.Quelle, "\t", formatZahlwert(zahlwert{wert: a.Betrag, hinweis: a.Hinweis}, artEuro, false))
	}
	s.weitere(k.Weitere)
	s.zeile()

	u := &p.WirUeberUns
	ub := func(f Feld) string {
		if b, ok := u.Beschriftungen[f]; ok {
			return b
		}
		return Standardbeschriftung(f, Zeitraum{})
	}
	s.zeile("## WIR ÜBER UNS")
	s.zeile()
	s.zeile(ub(FeldAnsprechperson), "\t", formatText(u.Ansprechperson))
	s.zeile(ub(FeldFunktion), "\t", formatText(u.Funktion))
	s.zeile(ub(FeldNetzwerkNamen), "\t", formatNamen(p.Netzwerk.Namen))
	s.zeile(ub(FeldGruendung), "\t", formatJahrwert(p.Netzwerk.Gruendungsjahr, u.Hinweise[FeldGruendung]))
	s.zeile(ub(FeldErstesDokument), "\t", formatDokument(u.ErstesDokument))
	s.zeile(ub(FeldZielgruppen), "\t", formatText(u.Zielgruppen))
	s.zeile(ub(FeldGremien), "\t", formatGremien(p.Netzwerk.Gremien))
	s.zeile(ub(FeldKooperationen), "\t", formatKooperationen(p.Netzwerk.Kooperationen))
	s.weitere(u.Weitere)

	for _, a := range p.Abschnitte {
		s.zeile()
		ebene := min(max(a.Ebene, 1), 6)
		s.zeile(strings.Repeat("#", ebene), " ", a.Titel)
		if len(a.Punkte) > 0 {
			s.zeile()
			s.punkte(a.Punkte)
		}
	}
}

func (s *schreiber) weitere(as []Angabe) {
	for _, a := range as {
		if a.Wert == "" {
			s.zeile(a.Beschriftung)
		} else {
			s.zeile(a.Beschriftung, "\t", a.Wert)
		}
	}
}

// punkte writes items: consecutive list items without blank lines between
// them, a blank line before and after each paragraph.
func (s *schreiber) punkte(ps []Punkt) {
	for i, p := range ps {
		if i > 0 && (p.Absatz || ps[i-1].Absatz) {
			s.zeile()
		}
		if p.Absatz {
			s.zeile(p.Text)
			continue
		}
		s.punkt(p, 0)
	}
}

func (s *schreiber) punkt(p Punkt, tiefe int) {
	einzug := strings.Repeat("  ", tiefe)
	zeilen := strings.Split(p.Text, "\n")
	if zeilen[0] == "" {
		s.zeile(einzug, "-")
	} else {
		s.zeile(einzug, "- ", zeilen[0])
	}
	for _, z := range zeilen[1:] {
		s.zeile(einzug, "  ", z)
	}
	for _, u := range p.Unterpunkte {
		s.punkt(u, tiefe+1)
	}
}
