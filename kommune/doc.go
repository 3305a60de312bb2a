// Package kommune models the profile of a Kommune (Kommunenprofil) in the
// quality work of the Frühe Hilfen: what its Steckbrief says, and what goals,
// measures and self-assessments add to it.
//
// A profile ([Profil]) comes from a Steckbrief text ([ParseSteckbrief]) or
// from a profile document ([LiesProfil]); [Bewerte] evaluates it into a
// [qualitaet.Bewertung], which package qualitaet/bericht turns into a
// report, and [Plan] derives its Qualitätsentwicklungsplan. [KennzahlenVon]
// gives its key figures. The embedded example is Landkreis Oder-Spree
// ([Beispiel]): its Steckbrief part is the published one, everything else
// is illustrative and says so in the profile's hinweis. Comparing Kommunen
// and checking documents of any kind live in the sub-packages (see the end).
//
// # The Steckbrief
//
// For the Qualitätsdialoge Frühe Hilfen (2019–2021) every participating
// Kommune described itself in a Steckbrief (profile sheet) of a fixed
// template. In text form it is a small Markdown document:
//
//	# Landkreis Oder-Spree, Brandenburg
//
//	## KOMMUNALSTRUKTUR
//
//	Bevölkerungszahl insgesamt	178.068
//	Bevölkerungszahl mit Migrationshintergrund (Anteil in %)	3,9 (2018)
//	Bevölkerungsentwicklung (2011 bis 2016, in %)	- 0,6 (zum Vorjahr)
//	Kommunales Budget für Frühe Hilfen	93.000 €
//	aus Mitteln der Bundesstiftung Frühe Hilfen und über kreiseigene Richtlinie	40.000 €
//
//	## WIR ÜBER UNS
//
//	Netzwerkgründung	2012
//	FH-Gremien	1 Strategie- und Lenkungsgruppe, 6 Steuerungsgruppen
//	Anzahl Kooperationen	Gesundheit: 3, Kinder- und Jugend: 5, Sonstige: Kommunen, Beratungsstellen, etc.
//
//	## Unsere Projektziele
//
//	- Unterstützung durch die Politik
//	- Frühe Hilfen:
//	  - als Entlastung für Familien
//
// The heading names the Kommune and its Land. KOMMUNALSTRUKTUR gives the
// municipal structure in figures, one label–value line each (population,
// share with migration background, population change, children aged 0–3,
// of those in poverty, single-parent households with a child under 3, the
// budget for Frühe Hilfen and its parts by source). WIR ÜBER UNS gives the
// contact person, the network's names, founding year, first document,
// target groups, bodies and cooperations counted by sector. Then follow
// list sections ([Abschnittsart]): the understanding of Frühe Hilfen,
// project goals, challenges (in Frühe Hilfen, in the project), experience
// with quality development, important materials, needs, expectations,
// added value, and wishes for the work in the cluster — "- " items nested
// by two spaces, "### " subsections, free paragraphs.
//
// The labels are the template's and not always accurate: "Anteil der 0–3
// Jährigen" holds a number of children, "Alleinerziehenden-Quote" a number
// of households. [Kommunalstruktur] names its fields for what they hold.
//
// # Import
//
// [ParseSteckbrief] reads the text into a [Profil] and returns warnings
// with line numbers for what it kept but could not place. It is tolerant of
// the ways real Steckbriefe differ: tab or runs of spaces (or, for a known
// label, ":" or one space) between label and value; CRLF; decomposed umlauts
// (everything is normalised to NFC first); en dash or hyphen; case and
// spacing of labels; German numbers ("178.068", "3,9", "- 0,6", "+ 1,8",
// "93.000 €", "64.000 EUR", see [ParseZahl]); notes in brackets; free text
// with commas inside a cooperation list. A value written "k. A.", "-" or
// left empty is absent ([qualitaet.Wert]), never 0. Nothing is dropped:
// unknown labels are kept in Weitere, values not understood as notes,
// unknown sections as sections without a kind. Input is bounded
// ([Optionen]) and the work linear in its size.
//
// The network's lines (names, founding year, bodies, cooperations) go into
// [Profil.Netzwerk], a [netzwerk.Netzwerk], where the netzwerk package's
// analyses find them. This is the one reader of a Steckbrief: package
// netzwerk receives typed entries ([netzwerk.Gremium],
// [netzwerk.Kooperation]), never text. "FH-Gremien" is split at "," and
// ";" outside brackets, a leading count ("6", "1.200", "2 x") counts the
// body, and a body counted 0 is none. "Anzahl Kooperationen" is a list of
// "Bezeichnung: Wert"; a piece without ":" continues the entry before it
// (free text, or the note of a count) unless it reads "Gesundheit 3"; a
// label of no known sector counts as "sonstige" and keeps its wording. A
// line whose reading would not survive the export is kept as written under
// Weitere. Labels and sector names are compared through package
// qualitaet/beschriftung, the one normaliser of the module.
//
// # Export
//
// [Profil.Steckbrief] writes the Steckbrief part back in the same format.
// The profile keeps every label that differs from the template
// ([Standardbeschriftung]), so the export reproduces what was read: for the
// Oder-Spree Steckbrief byte for byte, up to runs of blank lines and
// trailing white space. The export is canonical (every template line, "k.
// A." for absent values, numbers in German notation, tabs, "- " items), and
// reading it back gives the same profile: ParseSteckbrief(p.Steckbrief())
// equals [Profil.SteckbriefTeil] of p.
//
// # Profile documents
//
// A profile is a JSON document of profil.schema.json ([SchemaID]): the
// Steckbrief part, the network in detail, the Zuschnitt of the
// Qualitätsrahmen, goals and measures (package qualitaet) and
// self-assessments ([qualitaet.Einschaetzung]) in survey rounds
// ([qualitaet.Runde]; [BewertungsOptionen.Runde] picks one, the latest by
// default). [LiesProfil] and
// [ParseProfil] read and validate one; [Profil.Validate] checks one built in
// code; [Profil.Dokument] writes one. Fields holding personal data (the
// contact person, the rater of an assessment, a note on a dialogue) are marked
// "x-personenbezogen" in the schema; for sharing, [FasseEinschaetzungenZusammen]
// replaces the ratings by counts per goal and level, naming a sector only
// where it has at least k raters (package qualitaet/schema/anonym does the
// rest). The optional "prozess" holds the agreed
// quality development process ([qualitaet.Prozess]); [Plan] derives the
// Qualitätsentwicklungsplan of a profile from it, the goals and measures,
// and the profile's Bewertung.
//
// # Key figures
//
// [KennzahlenVon] derives named, documented figures from a profile for a
// scoring engine or a dashboard ([KennzahlNamen]): budget per child under 3,
// share of children under 3 in poverty, single-parent households per child
// under 3, share of the budget from the Bundesstiftung, age of the network,
// bodies (Gremien) and, apart from them, regional networks, and more. Every
// key figure is a fact of qualitaet.Faktkatalog, so rules of a Regelwerk
// may name it. A figure whose input is absent is absent — never 0, never a
// division by zero. The reference day for ages is passed in.
//
// # Evaluation
//
// [Bewerte] evaluates a valid profile against the Qualitätsrahmen: it
// derives facts from the Steckbrief, the network and the key figures,
// applies the rules of a Regelwerk, adds the self-assessments and returns a
// [qualitaet.Bewertung] — points per dimension, totals and priorities —
// which package qualitaet/bericht turns into a report. A profile that
// [Profil.Validate] rejects is refused, never scored. [Luecken] lists the
// sectors a network does not reach. The Examples show the whole flow: read
// a profile, evaluate it, write the report.
//
// # Sub-packages
//
//   - kommune/vergleich compares Kommunen: side by side, by structural
//     similarity, by the clusters of the Qualitätsdialoge, and one Kommune
//     over time (Trend).
//   - kommune/dokument checks any document of the module: it finds the
//     kind from "$schema", validates it, runs the checks of its package and
//     returns the typed value or every violation.
//
// Below kommune lie package netzwerk (the Netzwerk Frühe Hilfen, which a
// profile holds) and package qualitaet (the Qualitätsrahmen, goals,
// self-assessments and the scoring engine); neither imports kommune.
//
// # References
//
//   - Nationales Zentrum Frühe Hilfen (NZFH): Qualitätsdialoge Frühe Hilfen,
//     Steckbriefe der teilnehmenden Kommunen (2019).
//   - NZFH: Qualitätsrahmen Frühe Hilfen, Version 2.0.
//   - Gesetz zur Kooperation und Information im Kinderschutz (KKG), § 3
//     (Netzwerke Frühe Hilfen).
//   - Bundesstiftung Frühe Hilfen: Leistungsleitlinien (Förderbereiche I–III).
package kommune
