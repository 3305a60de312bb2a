package qualitaet

// Prozess is how a network has agreed to run its quality development
// (Qualitätsentwicklungsprozess), as the NZFH's guide asks a network to
// settle before it starts: who is responsible, which bodies take part and at
// which level, which dimensions are in focus, where in the quality cycle the
// network stands, and when it looks again (the next review). It is part of a
// Kommune's profile ("prozess"), optional, and described in
// plan.schema.json (#/$defs/prozess). The zero value is a process about
// which nothing is recorded.
type Prozess struct {
	// Verantwortlich is the responsible role, such as
	// "Netzwerkkoordination" (a role, not a person).
	Verantwortlich string `json:"verantwortlich,omitempty"`
	// Gremien are the bodies taking part, e.g. a Steuerungsgruppe for the
	// strategic level and a working group for the operative one.
	Gremien []ProzessGremium `json:"gremien,omitempty"`
	// Schwerpunkte are the dimensions in focus ("QD3"); without them the
	// plan takes the focus dimensions of the Bewertung's Zuschnitt.
	Schwerpunkte []ID `json:"schwerpunkte,omitempty"`
	// Zyklusschritt is the step of the quality cycle the network is in.
	Zyklusschritt Zyklusschritt `json:"zyklusschritt,omitzero"`
	// NaechsteUeberpruefung is the date of the next review of the plan.
	NaechsteUeberpruefung Kalenderdatum `json:"naechsteUeberpruefung,omitzero"`
	// Hinweis is a note, e.g. that the process is illustrative.
	Hinweis string `json:"hinweis,omitempty"`
}

// ProzessGremium is a body taking part in the quality development: its name,
// the level it works on (strategic steering or operative delivery) and its
// task in the process.
type ProzessGremium struct {
	Bezeichnung string `json:"bezeichnung"`
	Ebene       Ebene  `json:"ebene,omitzero"`
	Aufgabe     string `json:"aufgabe,omitempty"`
}

// Normalisiere brings the texts of the process to NFC.
func (p *Prozess) Normalisiere() {
	nfc(&p.Verantwortlich)
	nfc(&p.Hinweis)
	for i := range p.Gremien {
		nfc(&p.Gremien[i].Bezeichnung)
		nfc(&p.Gremien[i].Aufgabe)
	}
}
