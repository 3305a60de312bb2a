// Package qualitaetsrahmen is the reference Go library for quality
// development in Frühe Hilfen — the German support networks for families
// from pregnancy to a child's third birthday. It models the NZFH's
// Qualitätsrahmen Frühe Hilfen and the Qualitätsdialoge process so that
// planning apps, survey back ends, dashboards and research pipelines share
// one tested model and one set of JSON Schemas.
//
// This root package holds only this overview; the code lives in the
// packages below. The shortest way in is the package Example of kommune
// (go doc -all ./kommune): read a profile, evaluate it, write the report.
//
// # Architecture
//
// The domain sits at the centre; everything else builds on it, and no
// import points upwards:
//
//	qualitaet/beschriftung  the one label normaliser (labels, Länder, sector names)
//	qualitaet/schema        every JSON Schema (draft 2020-12, embedded), the validator
//	                        (bounded reading, translated violations with JSON pointers)
//	                        and the two-language message catalogues
//	qualitaet/schema/anonym anonymisation of any document, driven by the schemas' marks
//	                        of personal data
//	qualitaet               the Qualitätsrahmen catalogue (2016 and 2.0) with the
//	                        provenance of every item, IDs, Zuschnitt, goals and
//	                        measures with lifecycles, indicators, the Regelwerk (scoring
//	                        rules as data), the evaluation engine with survey rounds,
//	                        and the Qualitätsentwicklungsplan
//	qualitaet/bericht       reports of an evaluation: Markdown, HTML to print, SVG charts
//	qualitaet/bogen         rating sheets of the Gesamteinschätzung (Markdown, CSV)
//	netzwerk                the Netzwerk Frühe Hilfen: actors, sectors, bodies,
//	                        cooperations, meetings, offers, and the analyses
//	                        coordinators need
//	kommune                 the Kommune profile: the Steckbrief reader, export, key
//	                        figures, evaluation and plan of a whole profile
//	kommune/vergleich       comparison of Kommunen, similarity, the clusters of the
//	                        Qualitätsdialoge, the trend between two Bewertungen
//	kommune/dokument        "check this document" for every kind
//	examples/...            runnable programs; examples/bewertung is the main job
//
// qualitaet imports only qualitaet/schema; netzwerk, bericht and bogen
// build on qualitaet; kommune on netzwerk and qualitaet; kommune/vergleich
// on kommune; kommune/dokument may import every other package.
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
//	ziele         goals, measures and indicators with their histories
//	regelwerk     scoring rules
//	bewertung     the result of an evaluation
//	konformitaet  a conformance vector for other implementations of the engine
//	netzwerk      a Netzwerk Frühe Hilfen
//	profil        a Kommune profile: Steckbrief data, network, goals, Zuschnitt,
//	              self-assessments in survey rounds, the agreed process
//	cluster       the clusters of the Qualitätsdialoge
//	vergleich     a comparison of Kommunen
//	trend         the development of a Kommune between two Bewertungen
//	plan          a Qualitätsentwicklungsplan on a Stichtag
//	gemeinsam     shared definitions (no documents of its own)
//
// Reading a document always goes the same way: a bounded read (8 MiB by
// default), decoding with depth and number guards and with duplicate keys
// refused, validation against the embedded schema (nothing is ever loaded
// from a file or the network), then semantic checks (unique IDs, references
// that resolve, lifecycle histories). Every problem is reported at once as
// a *schema.ValidierungsFehler listing each violation with its JSON
// pointer, in German by default and in English on request.
//
// # References
//
//   - Nationales Zentrum Frühe Hilfen (NZFH): Qualitätsrahmen Frühe Hilfen (2016; web version 2.0).
//   - NZFH: Qualitätsdialoge Frühe Hilfen (2019–2021) and the follow-up from 2022.
//   - Gesetz zur Kooperation und Information im Kinderschutz (KKG), §§ 1 and 3.
package qualitaetsrahmen
