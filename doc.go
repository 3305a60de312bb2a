// Package qualitaetsrahmen is the reference Go library for quality
// development in Frühe Hilfen — the German support networks for families
// from pregnancy to a child's third birthday. It models the NZFH's
// Qualitätsrahmen Frühe Hilfen and the Qualitätsdialoge process so that
// planning apps, survey back ends, dashboards and research pipelines share
// one tested model and one set of JSON Schemas.
//
// This root package holds only this overview; the code lives in the
// packages below.
//
// # Architecture
//
// The domain sits at the centre and depends on nothing of ours; everything
// else builds on it:
//
//	qualitaet            the Qualitätsrahmen catalogue (2016 and 2.0), IDs, Zuschnitt,
//	                     goals and measures with lifecycles, indicators, the Regelwerk
//	                     (scoring rules as data) and the evaluation engine
//	qualitaet/schema     every JSON Schema (draft 2020-12, embedded) and the validator:
//	                     bounded reading, translated violations with JSON pointers
//	qualitaet/bericht    reports of an evaluation: Markdown and SVG charts
//	netzwerk             the Netzwerk Frühe Hilfen: actors, sectors, bodies, cooperations,
//	                     meetings, offers, and the analyses coordinators need
//	kommune              the Kommune profile (Steckbrief): import from text, export,
//	                     key figures, evaluation of a whole profile, comparison
//	examples/...         runnable programs; examples/bewertung is the main job
//
// qualitaet imports no sibling package; netzwerk may import qualitaet;
// kommune may import both.
//
// # Documents
//
// Every document carries "$schema" with the $id of its schema, so a tool
// knows its kind without guessing. The schemas are in qualitaet/schema/,
// named <art>.schema.json, with the $id
// https://fruehehilfen.github.io/qualitaetsrahmen/schema/v1/<art>.schema.json:
//
//	rahmen        a catalogue of the Qualitätsrahmen
//	zuschnitt     a Kommune's tailoring of the catalogue
//	netzwerk      a Netzwerk Frühe Hilfen
//	ziele         goals, measures and indicators with their histories
//	profil        a Kommune profile: Steckbrief data, network, goals, Zuschnitt, self-assessments
//	regelwerk     scoring rules
//	bewertung     the result of an evaluation
//	konformitaet  a conformance vector for other implementations of the engine
//	gemeinsam     shared definitions
//
// Reading a document always goes the same way: a bounded read (8 MiB by
// default), decoding with depth and number guards, validation against the
// embedded schema (nothing is ever loaded from a file or the network), then
// semantic checks (unique IDs, references that resolve, lifecycle
// histories). Every problem is reported at once as a
// *schema.ValidierungsFehler listing each violation with its JSON pointer,
// in German by default and in English on request.
//
// # References
//
//   - Nationales Zentrum Frühe Hilfen (NZFH): Qualitätsrahmen Frühe Hilfen (2016; web version 2.0).
//   - NZFH: Qualitätsdialoge Frühe Hilfen (2019–2021) and the follow-up from 2022.
//   - Gesetz zur Kooperation und Information im Kinderschutz (KKG), §§ 1 and 3.
package qualitaetsrahmen
