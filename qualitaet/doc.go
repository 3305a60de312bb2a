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
// Items have stable IDs — QD3, QD3.T1, QD3.T1.Z2 — that mean the same in
// both versions; [Abbildung] maps one version onto the other. The content is
// the NZFH's in our own words; every item records its provenance
// ([Herkunft]): "nzfh" where it is grounded in the NZFH's publications,
// "ergaenzt" where this project completed a dimension.
//
//	r := qualitaet.Standard()                        // version 2.0
//	z, _ := r.Entwicklungsziel("QD3.T1.Z4")
//	for d, z := range r.Entwicklungsziele() { … }    // in catalogue order
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
// of priorities ([Priorisierung]). Not assessed is never zero. The exact
// arithmetic is written down at [Aggregation]; conformance vectors
// ([Konformitaetsvektor], testdata/konformitaet) let other implementations
// check that they score exactly the same.
//
// Whole Kommune profiles are evaluated by package kommune, which derives the
// facts from the Steckbrief, the network and the goals.
//
// # References
//
//   - NZFH: Qualitätsrahmen Frühe Hilfen. KOMPAKT Band 5, 2016; web version 2.0.
//   - NZFH: Qualitätsdialoge Frühe Hilfen, 2019–2021; follow-up from 2022 on
//     politisch-strukturelle Verankerung, Elternbeteiligung, Wirkungsorientierung.
//   - KKG (Gesetz zur Kooperation und Information im Kinderschutz) § 1 Abs. 4, § 3.
//   - Public Health Action Cycle; the impact ladder (Wirkungstreppe) of seven levels.
package qualitaet
