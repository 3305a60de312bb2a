// Package netzwerk models a Netzwerk Frühe Hilfen and computes the analyses
// and facts its coordinators and the scoring rules need.
//
// # The Netzwerk Frühe Hilfen
//
// Frühe Hilfen support families from pregnancy to the child's third
// birthday. Every Jugendamtsbezirk runs a Netzwerk Frühe Hilfen: the
// institutions that meet such families — youth welfare, health care,
// counselling, early intervention, volunteers — agree how they work together,
// under the steering responsibility of the public youth-welfare body and led
// by a coordination office (Netzwerkkoordination). At the end of 2020 such
// networks existed in 567 of the 570 Kommunen funded by the Bundesstiftung
// Frühe Hilfen. Quality dimension 3 (Netzwerk) of the Qualitätsrahmen Frühe
// Hilfen asks who belongs to the network, how the actors are connected, and
// how it is steered.
//
// # Architecture
//
// A network typically has three levels, which [Architektur] checks:
//
//   - a coordination office ([Koordination]), usually at the Jugendamt;
//   - a steering body ([Lenkungsgruppe]: Lenkungskreis, Strategie- und
//     Lenkungsgruppe) that steers strategically together with the
//     coordination;
//   - a working level: steering groups of parts of the network
//     ([Steuerungsgruppe]), regional networks ([Regionalnetzwerk],
//     [RegionalnetzwerkEintrag]), working groups and quality circles.
//
// Landkreis Oder-Spree, for example, records "1 Strategie- und
// Lenkungsgruppe, 6 Steuerungsgruppen" and six regional networks. A
// [GremiumArt] names the role of a body, not its local title, which stays in
// [Gremium.Bezeichnung]; [GremiumArtAusBezeichnung] maps the usual titles.
//
// # Sectors
//
// KKG § 3 (2) lists who belongs in the network; the NZFH monitoring groups
// them into sectors. [StandardSektoren] holds the defaults with example
// institutions: Kinder- und Jugendhilfe, Gesundheitswesen,
// Schwangerschaftsberatung, Frühförderung, Suchtberatung, Gewaltschutz,
// materielle Sicherung, Eingliederungshilfe, Ehrenamt and Sonstige. The list
// is open: a network declares sectors of its own in [Netzwerk.Sektoren], and
// [Pruefe] accepts a [Sektor] that is a default or declared.
// [SektorAusBezeichnung] maps the cooperation labels of a Steckbrief
// ("Gesundheit", "Kinder- und Jugend", "Freiwilligenarbeit", …) to sectors.
// The Steckbrief itself is a document of package kommune: its one reader
// (kommune.ParseSteckbrief) hands this package typed sections — the
// [Kooperation] and [Gremium] entries of [Netzwerk] — never text.
//
// # Funding areas
//
// The Bundesstiftung Frühe Hilfen funds three areas ([Foerderbereich]):
// I network structures (coordination, meetings, training, documentation and
// evaluation, public relations); II psychosocial support of families by
// specific offers, such as health-oriented family support by Familienhebammen
// and FGKiKP, and volunteers; III trying out innovative measures and
// implementing successful models. Each
// [Angebot] may name its area.
//
// # Documents
//
// A network is the JSON object of netzwerk.schema.json (in package
// qualitaet/schema), standalone with "$schema" or as "netzwerk" inside a
// Kommune profile. [Parse] and [Lies] read it (bounded read, schema, NFC,
// semantic checks); [Netzwerk.Validate] checks one built in code;
// [Pruefe] runs the semantic checks under a pointer prefix for embedding
// documents; [Netzwerk.Dokument] writes a standalone document. Every failure
// is a *schema.ValidierungsFehler listing each violation with its JSON
// pointer in German and English.
//
//	n, err := netzwerk.Parse(data)
//	if err != nil { … }
//	ab := netzwerk.SektorAbdeckung(n, nil)
//	fmt.Println(ab.FehlendNamen) // [Eingliederungshilfe Gewaltschutz Materielle Sicherung Suchtberatung]
//
// Absent is never 0: a count that a Steckbrief does not give (the
// "Sonstige: Kommunen, …" cooperation entry, the staff of the coordination)
// is an absent [qualitaet.Wert], and a nil slice means "not recorded".
//
// Days — of a meeting ([Treffen.Datum]), of a single agreement
// ([Kooperation.Datum]) — are [qualitaet.Kalenderdatum] values, the date
// type of the whole library: "2023-05-10" in JSON, the zero value absent
// (an optional date is then left out). [Pruefe] refuses days before
// [FruehestesJahr] or before the founding year. Literals in code are written
// with [qualitaet.MussKalenderdatum].
//
// # Analyses
//
// Each analysis is a plain function that never fails; lists of names are in
// German collation order.
//
//   - [SektorAbdeckung]: sectors covered against a reference list
//     ([Referenzsektoren] by default), missing sectors named in German.
//   - [Gesundheit]: involvement of the health sector — actors, kinds of
//     institution, cooperations, share of meetings attended.
//   - [Teilnahme]: meeting attendance per actor and per sector over a
//     [Zeitraum] (two days, both included, either end open), with the
//     actors below a threshold.
//   - [Architektur]: coordination, steering body and working level.
//   - [Angebotsuebersicht]: offers by funding area and target group.
//
// # Facts
//
// [FaktenVon] turns the analyses into [Fakten] for the scoring rules of
// package qualitaet: numbers (booleans as 1 and 0) and lists of IDs for the
// "contains" operator. A fact that cannot be known from the data is absent,
// never 0. The names are stable; [FaktNamen] returns this table as data:
//
//	name                                       kind   meaning (absent when …)
//	netzwerk.akteure.anzahl                    number actors (no actors recorded)
//	netzwerk.sektoren.anzahl                   number reference sectors covered (no actors and no cooperations)
//	netzwerk.sektoren.anteil                   number covered share 0…1 (same)
//	netzwerk.sektoren.fehlend.anzahl           number reference sectors not covered (same)
//	netzwerk.sektoren.abgedeckt                list   IDs of covered reference sectors (same)
//	netzwerk.sektoren.fehlend                  list   IDs of missing reference sectors (same)
//	netzwerk.sektoren.vorhanden                list   IDs of every covered sector (same)
//	netzwerk.gesundheit.vorhanden              number 1/0 health sector covered (same)
//	netzwerk.gesundheit.akteure                number health actors (no actors recorded)
//	netzwerk.gesundheit.kooperationen          number health cooperations (no cooperations, or health entries without count)
//	netzwerk.kooperationen.anzahl              number all cooperation counts, a lower bound (no entry with a count)
//	netzwerk.koordination.vorhanden            number 1/0 coordination office (no structure recorded)
//	netzwerk.koordination.vollzeitaequivalente number full-time equivalents (not stated)
//	netzwerk.lenkungsgruppe.vorhanden          number 1/0 steering body (no structure recorded)
//	netzwerk.steuerungsgruppen.anzahl          number steering groups (no structure recorded)
//	netzwerk.regionalnetzwerke.anzahl          number regional networks (no structure recorded)
//	netzwerk.arbeitsebene.vorhanden            number 1/0 working level (no structure recorded)
//	netzwerk.architektur.vollstaendig          number 1/0 all three levels (no structure recorded)
//	netzwerk.architektur.fehlend               list   IDs of missing levels (no structure recorded)
//	netzwerk.alter.jahre                       number reference year − founding year (either missing)
//	netzwerk.treffen.anzahl                    number meetings in the period (no meetings recorded)
//	netzwerk.treffen.teilnahme.quote           number mean attendance share (no attendance in the period)
//	netzwerk.treffen.unterSchwelle.anzahl      number actors below the threshold (same)
//	netzwerk.treffen.unterSchwelle             list   their IDs (same)
//	netzwerk.treffen.gesundheit.anteil         number share of meetings with a health actor (same)
//	netzwerk.angebote.anzahl                   number offers (no offers)
//	netzwerk.angebote.niedrigschwellig.anteil  number share of low-threshold offers (no offers)
//	netzwerk.angebote.aufsuchend.anteil        number share of outreach offers (no offers)
//	netzwerk.angebote.foerderbereich1.anzahl   number offers in funding area I (no offers)
//	netzwerk.angebote.foerderbereich2.anzahl   number offers in funding area II (no offers)
//	netzwerk.angebote.foerderbereich3.anzahl   number offers in funding area III (no offers)
//	netzwerk.angebote.zielgruppen              list   target groups (no offers)
//
// "No structure recorded" means no coordination, no bodies and no regional
// networks; as soon as one of them is recorded, the others are known to be
// missing and their facts are 0.
//
// # References
//
//   - Gesetz zur Kooperation und Information im Kinderschutz (KKG), § 1 (4)
//     and § 3: networks, their members and the municipal responsibility.
//   - NZFH: Qualitätsrahmen Frühe Hilfen, version 2.0, Qualitätsdimension 3
//     "Netzwerk" (https://www.fruehehilfen.de).
//   - NZFH: Kommunalbefragungen (monitoring of the networks), source of the
//     sector list and of the figures above.
//   - Bundesstiftung Frühe Hilfen: Leistungsleitlinien, Förderbereiche I–III.
//   - Landkreis Oder-Spree: Steckbrief for the Qualitätsdialoge Frühe Hilfen
//     and press release of 14 August 2019 (testdata/netzwerk/oder-spree.json).
package netzwerk
