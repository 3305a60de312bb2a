// Package bogen prints and reads the rating sheets (Einschätzungsbögen) of
// the Gesamteinschätzung, the self-assessment of a Netzwerk Frühe Hilfen
// against the Entwicklungsziele of the Qualitätsrahmen.
//
// # The Gesamteinschätzung
//
// The NZFH's practice material does not let one person grade the network.
// Several network actors — the coordination, a paediatrician, the
// Schwangerschaftsberatung, a volunteer service, the Frühförderung — each
// rate every Entwicklungsziel of a dimension on their own. Then the network
// looks at the ratings side by side: where they agree, and above all where
// they diverge strongly. A health professional who rates "the actors named in
// the KKG take an active part" at 1 while the youth welfare office rates it at
// 4 has not made a mistake; the gap is the finding, and the talk about it is
// the point. The three steps are: collect ratings, discuss them in the
// network, set priorities and plan measures.
//
// The scale is ours, defined as data in the Regelwerk (see
// qualitaet.StandardRegelwerk): levels 0 (nicht begonnen) to 4 (verankert
// und überprüft). A rater who cannot judge a goal says so with "k. A."
// (keine Angabe, nicht beurteilbar); that is no rating and never counts as
// level 0. The evaluation (qualitaet.Bewerte) reports the result of the
// ratings (their median) and their spread per goal and sector.
//
// # The sheet
//
// [Schreibe] prints a blank sheet for chosen dimensions: Markdown for paper
// (the scale explained at the top, then the marks of provenance — NZFH,
// abgeleitet, ergänzt, lokal — that every Thema and goal carries, fields
// for name or role, sector and date, one table per Thema), or CSV for a
// spreadsheet, one row per goal with its provenance code:
//
//	entwicklungsziel;ziel;herkunft;person;kennung;sektor;ebene;runde;stufe;entwicklungsbedarf;datum;kommentar
//	QD3.T1.Z1;Das Netzwerk Frühe Hilfen besteht unter …;nzfh;;;;;;;;;
//
// The columns ziel and herkunft are for the reader; [Lies] ignores them, so
// sheets written before the herkunft column still read, and so do sheets
// without the optional columns kennung, runde, ebene and entwicklungsbedarf.
//
// Each rater fills in person (name or role), sektor (a sector ID such as
// gesundheitswesen or its German name such as "Gesundheitswesen"), stufe
// (0–4 or "k. A."), datum (24.11.2026 or 2026-11-24) and, if they like, a
// kommentar, a kennung (a short code that identifies them), the runde
// (survey round), their ebene (strategisch or operativ) and the
// entwicklungsbedarf they see (gering, mittel, hoch). Rows left completely
// blank are skipped, so a rater may leave out goals.
//
// # Raters
//
// A rater is a sheet and a person: [Lies] gives each a key ([Kennung], a
// hash of the file name and the person text) unless the row has a kennung.
// Two sheets both signed "Hebamme" are therefore two raters; nothing is
// merged silently, and [GleicheNamen] names the sheets that could be the
// same person (without quoting the name). [LeseOptionen.NameIstKennung]
// makes the name the key across sheets. Within one round of one sheet, the
// same rater rating a goal twice is an error naming both lines.
//
// [Lies] reads a filled sheet as spreadsheets save it — ";" or ",",
// with or without byte order mark, CRLF, quoted comments over several lines,
// columns in any order — and returns qualitaet.Einschaetzung values, or a
// *schema.ValidierungsFehler listing every bad field with file, line and
// column. What depends on the profile the ratings go into is checked there
// too: the goals against the profile's catalogue (the rahmen argument) and,
// with [LeseOptionen.SektorBekannt], the sectors against its network, so a
// bad row is never found only later, without its line. [Zusammenfuehren] adds the ratings of several sheets to a
// profile's list without repeating entries:
//
//	var alle [][]qualitaet.Einschaetzung
//	for _, name := range dateien {
//		f, _ := os.Open(name)
//		es, err := bogen.Lies(f, name, rahmen, bogen.LeseOptionen{Runde: "2026-03",
//			SektorBekannt: func(id string) bool { return p.Netzwerk.KenntSektor(netzwerk.Sektor(id)) }})
//		f.Close()
//		if err != nil { … }
//		alle = append(alle, es)
//	}
//	p.Einschaetzungen = bogen.Zusammenfuehren(p.Einschaetzungen, alle...)
//
// The program examples/einschaetzung does this on the command line.
//
// # References
//
//   - NZFH: Qualitätsrahmen Frühe Hilfen, web version 2.0; practice material
//     "Gesamteinschätzung" for QD 2, 3, 4, 7 and 8 (six Entwicklungsziele
//     each).
//   - KKG (Gesetz zur Kooperation und Information im Kinderschutz) § 3 Abs. 2:
//     the actors of the network.
//   - RFC 4180: Common Format and MIME Type for CSV Files.
package bogen
