package kommune

import (
	"fmt"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/netzwerk"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
	"golang.org/x/text/language"
)

// BewertungsOptionen configures [Bewerte]. Only Zeitpunkt is required; the
// zero value of every other field means the default.
type BewertungsOptionen struct {
	// Zeitpunkt is the moment the Bewertung is made for. It dates the
	// result and is the reference day of the key figures (network age) and
	// the goal facts (achievement). The library never reads the clock.
	Zeitpunkt time.Time
	// Rahmen is the catalogue; nil means the embedded catalogue of the
	// version the profile's Zuschnitt names (2.0 without a Zuschnitt).
	Rahmen *qualitaet.Rahmen
	// Regelwerk is the set of scoring rules; nil means the embedded default.
	Regelwerk *qualitaet.Regelwerk
	// Sprache is the language of all texts: German unless English.
	Sprache language.Tag
	// Runde is the survey round to evaluate ("" means the latest) and
	// Vergleichsrunde the round to compare it with ("" means the one before
	// it); see [qualitaet.Eingabe].
	Runde           string
	Vergleichsrunde string
	// Referenzsektoren is the list of sectors a network should cover; nil
	// means netzwerk.Referenzsektoren (the library's reference list, drawn
	// from KKG § 3 Abs. 2).
	Referenzsektoren []netzwerk.Sektor
}

// Names of the kinds of gaps ([qualitaet.Luecke.Art]) that [Bewerte] finds.
const (
	LueckeSektoren    = "sektoren"      // reference sectors missing from the network
	LueckeGesundheit  = "gesundheit"    // the health sector is not involved
	LueckeArchitektur = "architektur"   // a level of the network's architecture is missing
	LueckeSelbstbild  = "einschaetzung" // no self-assessment at all
)

// Bewerte evaluates a whole profile: it derives the facts (key figures of
// the Steckbrief, facts of the network, facts of the goals), finds the gaps
// of the network, and runs the engine ([qualitaet.Bewerte]) with the
// profile's Zuschnitt and self-assessments. It fails for a zero Zeitpunkt,
// for a profile that [Profil.Validate] refuses (a profile built in code is
// checked as strictly as one read from a file: nothing invalid is scored),
// for a profile whose Zuschnitt does not fit the catalogue, and for an
// invalid Regelwerk; errors are *schema.ValidierungsFehler where a document
// is at fault.
func Bewerte(p *Profil, opt BewertungsOptionen) (*qualitaet.Bewertung, error) {
	if p == nil {
		return nil, fmt.Errorf("kommune.Bewerte: kein Profil")
	}
	if opt.Zeitpunkt.IsZero() {
		return nil, fmt.Errorf("kommune.Bewerte: Zeitpunkt fehlt")
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	tag := schema.Sprache(opt.Sprache)
	kz := KennzahlenVon(p, opt.Zeitpunkt)
	nf := netzwerk.FaktenVon(&p.Netzwerk, netzwerk.FaktenOptionen{Referenz: opt.Referenzsektoren, Referenzjahr: opt.Zeitpunkt.Year()})
	zf := qualitaet.ZielFakten(p.Ziele, p.Massnahmen, qualitaet.KalenderdatumAus(opt.Zeitpunkt))
	fakten := qualitaet.Vereinige(
		qualitaet.Fakten{Zahlen: kz.Werte()},
		qualitaet.Fakten{Zahlen: nf.Zahlen, Listen: nf.Listen},
		zf,
	)
	return qualitaet.Bewerte(qualitaet.Eingabe{
		Kommune:         p.Name,
		Rahmen:          opt.Rahmen,
		Zuschnitt:       p.Zuschnitt,
		Regelwerk:       opt.Regelwerk,
		Fakten:          fakten,
		Einschaetzungen: p.Einschaetzungen,
		Kennzahlen:      kz.Fuer(tag),
		Luecken:         Luecken(p, opt.Referenzsektoren, tag),
		Sektornamen:     sektornamen(&p.Netzwerk),
		Datenhinweis:    p.Hinweis,
		Runden:          p.Runden,
		Runde:           opt.Runde,
		Vergleichsrunde: opt.Vergleichsrunde,
		Zeitpunkt:       opt.Zeitpunkt,
		Sprache:         tag,
	})
}

// Luecken lists the gaps of a profile for people, in the language tag: the
// reference sectors its network lacks (named), a health sector that is not
// involved, missing levels of the network's architecture, and no
// self-assessment at all. A profile whose network records no actors and no
// cooperations has no sector gaps — there is no data to judge, which is
// itself named as a gap.
func Luecken(p *Profil, referenz []netzwerk.Sektor, tag language.Tag) []qualitaet.Luecke {
	tag = schema.Sprache(tag)
	en := tag == language.English
	var out []qualitaet.Luecke
	ab := netzwerk.SektorAbdeckung(&p.Netzwerk, referenz)
	if !ab.Daten {
		out = append(out, qualitaet.Luecke{Art: LueckeSektoren, Bezeichnung: lueckenMeldungen.Sprintf(tag, "luecke.keineSektordaten")})
	} else if len(ab.Fehlend) > 0 {
		namen := ab.FehlendNamen // German, sorted
		if en {
			namen = make([]string, len(ab.Fehlend)) // same order, English names
			for i, s := range ab.Fehlend {
				namen[i] = p.Netzwerk.SektorName(s, tag)
			}
		}
		out = append(out, qualitaet.Luecke{Art: LueckeSektoren,
			Bezeichnung: lueckenMeldungen.Sprintf(tag, "luecke.sektoren", len(namen)), Details: namen})
	}
	if ab.Daten && !netzwerk.Gesundheit(&p.Netzwerk, netzwerk.Zeitraum{}).Vorhanden {
		out = append(out, qualitaet.Luecke{Art: LueckeGesundheit, Bezeichnung: lueckenMeldungen.Sprintf(tag, "luecke.gesundheit")})
	}
	if a := netzwerk.Architektur(&p.Netzwerk); len(a.Fehlend) > 0 {
		out = append(out, qualitaet.Luecke{Art: LueckeArchitektur,
			Bezeichnung: lueckenMeldungen.Sprintf(tag, "luecke.architektur"), Details: a.FehlendNamen(tag)})
	}
	if len(p.Einschaetzungen) == 0 {
		out = append(out, qualitaet.Luecke{Art: LueckeSelbstbild, Bezeichnung: lueckenMeldungen.Sprintf(tag, "luecke.einschaetzung")})
	}
	return out
}

func sektornamen(n *netzwerk.Netzwerk) map[string][2]string {
	m := map[string][2]string{}
	for _, s := range netzwerk.StandardSektoren() {
		m[string(s.ID)] = [2]string{s.Name, s.NameEn}
	}
	for _, s := range n.Sektoren {
		m[string(s.ID)] = [2]string{s.Name, s.NameEn}
	}
	return m
}

// lueckenMeldungen holds the texts of the gaps in German and English.
var lueckenMeldungen = schema.NeuerKatalog(
	schema.Eintrag{Schluessel: "luecke.keineSektordaten", DE: "Das Netzwerk nennt weder Akteure noch Kooperationen: welche Sektoren mitwirken, ist unbekannt", EN: "The network names neither actors nor cooperations: which sectors take part is unknown"},
	schema.Eintrag{Schluessel: "luecke.sektoren", DE: "Im Netzwerk fehlen %d Sektoren der Referenzliste dieser Bibliothek (in Anlehnung an KKG § 3 Abs. 2)", EN: "The network lacks %d sectors of this library's reference list (drawn from KKG § 3 (2))"},
	schema.Eintrag{Schluessel: "luecke.gesundheit", DE: "Das Gesundheitswesen ist nicht am Netzwerk beteiligt", EN: "The health sector is not involved in the network"},
	schema.Eintrag{Schluessel: "luecke.architektur", DE: "In der Netzwerkarchitektur fehlen Ebenen", EN: "Levels of the network architecture are missing"},
	schema.Eintrag{Schluessel: "luecke.einschaetzung", DE: "Es liegt keine Selbsteinschätzung des Netzwerks vor; alle Stufen sind aus Strukturdaten vorbewertet", EN: "There is no self-assessment by the network; every level is pre-assessed from structural data"},
)
