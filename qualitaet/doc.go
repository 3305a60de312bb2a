// Package qualitaet models the Qualitätsrahmen Frühe Hilfen of the
// Nationales Zentrum Frühe Hilfen (NZFH) — the quality framework for the
// German support networks for families from pregnancy to a child's third
// birthday — and the work of the Qualitätsdialoge: goals, measures,
// indicators, self-assessment and evaluation.
//
// # The catalogue
//
// The framework (Rahmen) has ten Qualitätsdimensionen in version 2.0 (the
// default) and nine in the 2016 print version: 1 Grundidee, 2 Zielbestimmung,
// 3 Netzwerk, 4 Planung, 5 Politisch-strukturelle Verankerung, 6
// Qualifizierung und interprofessionelles Lernen, 7 Zusammenarbeit mit der
// Familie, 8 Qualität von Angeboten, 9 Dokumentation und Evaluation, and — new
// in 2.0 — 10 Wirkungsorientierung. A dimension asks Zentrale Fragen, offers
// Reflexionsfragen for talks with the political level, and groups
// Entwicklungsziele (development goals, stated as target conditions) under
// Themen. Each goal belongs to an Ebene (strategische Steuerung or operative
// Umsetzung) and a Bereich (Angebot, Netzwerk, strukturelle Anbindung).
//
// Items have stable IDs — QD3, QD3.T1, QD3.T1.Z2. The content is the
// NZFH's in our own words, never copied, and every item — dimension, Thema,
// Entwicklungsziel, Zentrale Frage, Reflexionsfrage — says where it comes
// from ([Herkunft], field Herkunft of [Dimension], [Thema],
// [Entwicklungsziel] and [Frage]):
//
//   - "nzfh": an item the NZFH's dimension page shows as such (a Zentrale
//     Frage, a Thema, a goal), paraphrased;
//   - "abgeleitet": our formulation of something the page says only in its
//     introduction or in a Zentrale Frage, or an item carried over from
//     another catalogue; Grundlage names the basis (e.g. "Zentrale Frage 2
//     der Seite") and, for a carried-over item, Bezug names where it comes
//     from;
//   - "ergaenzt": our own addition (all Reflexionsfragen, the Ebene of every
//     goal, marked EbeneHerkunft);
//   - "lokal": a Kommune's own goal from its Zuschnitt.
//
// The 2.0 catalogue follows the NZFH's pages, one item per page goal —
// never merged or split to reach a count. The stored copies of the pages
// show only their beginnings: each dimension names its page (Dimension.Quelle),
// each Thema says how far it could be checked ([Abgleich]: vollstaendig,
// teilweise, nicht-pruefbar), and a goal whose text breaks off on the page is
// marked (Entwicklungsziel.Abgeschnitten) and not completed. The practice
// material's forms rate six goals per dimension (five in QD 5); they are a
// different list, whose wording is not embedded.
//
// The 2016 print text was not available: the 2016 catalogue carries the
// 2.0 items of QD 1–9 over, each "abgeleitet" with a Bezug to its 2.0 item,
// and [Abbildung] reports them as "uebernommen", never as "gleich". A network
// that holds the print edition or the forms loads their goals as a catalogue
// of its own ([LiesRahmen], [LadeRahmen]; the invented example is
// testdata/rahmen/eigener-katalog-beispiel.json): BezugRahmen names
// the embedded catalogue, each item's Bezug the embedded IDs it corresponds
// to, [Rahmen.PruefeBezug] checks them and [Abbildung] and [Entsprechungen]
// map through them.
//
// The catalogue in code — the default is version 2.0 — and its provenance
// at a glance:
//
//	r := qualitaet.Standard()
//	z, _ := r.Entwicklungsziel("QD3.T1.Z4")
//	fmt.Println(z.Text, z.Herkunft) // the goal and where it comes from
//	for _, d := range r.Dimensionen {
//		for _, t := range d.Themen {
//			fmt.Println(t.ID, t.Herkunft, t.Abgleich, t.Grundlage)
//			for _, z := range t.Entwicklungsziele {
//				fmt.Println(z.ID, z.Herkunft, z.Abgeschnitten, z.Grundlage)
//			}
//		}
//	}
//
// [Rahmen.Entwicklungsziele] iterates over every goal in catalogue order;
// version 2.0 has 69 of them, 2016 has 61.
//
// # Tailoring
//
// A Kommune does not fork the catalogue; it tailors it with a [Zuschnitt]:
// focus dimensions (the clusters of the Qualitätsdialoge chose QD 3 plus one
// or two), dimensions left out for now, local Entwicklungsziele and locally
// negotiated indicators. [Rahmen.Zuschneiden] resolves it deterministically
// and records where every item came from.
//
// # Goals and measures
//
// A [Ziel] is a goal a Kommune sets itself; a [Massnahme] is a measure that
// serves goals; an [Indikator] measures a goal against a target. Goals and
// measures have lifecycles whose allowed changes are tables
// ([ZielLebenszyklus], [MassnahmeLebenszyklus]); a change is one method call
// with time, reason and actor, it is refused with an error matching
// [ErrUngueltigerUebergang] when the table does not allow it, and it is
// recorded in an append-only history.
//
// # Evaluation
//
// A [Regelwerk] holds the scoring rules as data — the NZFH says indicators
// cannot be fixed centrally, so a Kommune or a Land reads, changes and
// shares it: a five-level scale, weights, automated rules that pre-assess
// goals from facts of a profile, and the aggregation. [Bewerte] combines a
// catalogue, a Zuschnitt, a Regelwerk, facts and the self-assessments of the
// network ([Einschaetzung], several raters per goal) into a [Bewertung]:
// points 0–100 and coverage per dimension, each explained, priorities, and
// where the raters disagree. The ratings come in survey rounds ([Runde]):
// one round is evaluated, never pooled with another, and compared with the
// round before ([VergleicheRunden]); a round also records the levels the
// network agreed on in its dialogue ([Dialogergebnis]) and its own choice
// of priorities ([Priorisierung]). Each rating ([Einschaetzung]) names its
// rater by a key (Einschaetzende), so that two raters who sign with the same
// role stay two, and may add the rater's Ebene (strategisch, operativ) and
// the Entwicklungsbedarf they see; the zero Einschaetzung is invalid, so a
// forgotten level never reads as 0. Not assessed is never zero. Facts,
// thresholds and weights count as the decimals written, and ratings dated
// after the day the Bewertung is made for do not count. The exact
// arithmetic is written down at [Aggregation]; conformance vectors
// ([Konformitaetsvektor], testdata/konformitaet) let other implementations
// check that they score exactly the same.
//
// A Regelwerk states its provenance and a one-line note (Herkunft, Hinweis):
// the embedded default is this library's proposal, not an NZFH standard.
// Each automated rule names its Grundlage — the words of the goal its fact
// evidences — and a fact of the [Faktkatalog] (reading a Regelwerk that
// names an unknown fact fails with the rule's pointer); the default's rules
// award at most level 2, since structural facts show that something exists, not that it
// works.
//
// Whole Kommune profiles are evaluated by package kommune, which derives the
// facts from the Steckbrief, the network and the goals.
//
// # The Qualitätsentwicklungsplan
//
// [Planen] turns a Bewertung, the goals and measures and the agreed
// [Prozess] into a [Plan] on a Stichtag: per priority the goals serving it
// with their measures and indicators, findings with reasons ([Befund]: a
// priority without a goal, an overdue measure or goal, an indicator not
// measured for twelve months, a passed review date, …) and a summary. The
// plan lives here, at the centre, because it needs only the Bewertung and
// the goals, and because the reports (package bericht) must render it
// without depending on package kommune; kommune.Plan feeds it a profile.
//
// [Bewertung.Dokument] writes a result as a document of its own kind
// (bewertung.schema.json); [LiesBewertung] and [ParseBewertung] read it
// back — schema, bounds and the checks of [PruefeBewertung] — so that stored
// results can be reported again or compared over time.
//
// # References
//
//   - NZFH: Qualitätsrahmen Frühe Hilfen. KOMPAKT Band 5, 2016; web version 2.0.
//   - NZFH: Qualitätsdialoge Frühe Hilfen, 2019–2021; follow-up from 2022 on
//     politisch-strukturelle Verankerung, Elternbeteiligung, Wirkungsorientierung.
//   - KKG (Gesetz zur Kooperation und Information im Kinderschutz) § 1 Abs. 4, § 3.
//   - Public Health Action Cycle; the impact ladder (Wirkungstreppe) of seven levels.
package qualitaet
