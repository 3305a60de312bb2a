// Package bericht turns a [qualitaet.Bewertung] — the result of an
// evaluation (Bewertung) of a Kommune against the Qualitätsrahmen Frühe
// Hilfen — into reports (Berichte) that a network coordinator can read,
// hand out and defend, for example in the Jugendhilfeausschuss: a Markdown
// report, two SVG charts and HTML reports to print. The package only presents; every figure and
// every reason comes from the Bewertung, which [qualitaet.Bewerte] computes.
//
//	b, err := qualitaet.Bewerte(eingabe)
//	if err != nil { … }
//	err = bericht.Markdown(os.Stdout, b, bericht.Optionen{})
//	err = bericht.SVG(radarDatei, b, bericht.Optionen{})
//	err = bericht.StreuungSVG(streuungDatei, b, bericht.Optionen{})
//	err = bericht.HTMLKurz(kurzbericht, b, bericht.Optionen{Plan: plan})
//
// # The Markdown report
//
// [Markdown] writes, in this order:
//
//   - the title with the Kommune (headed "Vorbewertung aus Strukturdaten"
//     when every level comes from automated rules), the profile's note on
//     its data (Datenhinweis, e.g. that parts are illustrative), the date
//     (Stand), the catalogue, the survey round evaluated (Runde), the
//     Zuschnitt and the Regelwerk used;
//   - the overall result (Gesamtergebnis): points and coverage, how many
//     goals rest on the network's self-assessment (and how many of those
//     were agreed in the dialogue) and how many on rules, the Regelwerk's
//     provenance (e.g. that it is this library's proposal, not a standard
//     of the NZFH), a short explanation, the labels of the levels 0–4 and
//     the legend of the provenance marks (NZFH, abgeleitet, ergänzt,
//     lokal);
//   - a table of the Qualitätsdimensionen with points, coverage and a star
//     for focus dimensions (Schwerpunkte), and the key figures (Kennzahlen);
//   - the priorities: first those the network chose itself, when its round
//     records them ("Vom Netzwerk gewählte Prioritäten"), then the computed
//     ranking as a suggestion — each goal once, with its level and all its
//     reasons ("im Dialog klären", "unter der höchsten Stufe", the
//     Entwicklungsbedarf);
//   - the goals on which the ratings differ ("Wo die Einschätzungen
//     auseinandergehen"), the result of the ratings marked provisional
//     where they diverge and shown beside a level agreed in the dialogue;
//     the comparison with the round before ("Vergleich der Runden");
//   - the gaps (Lücken); per dimension its reasons (goals not assessed are
//     named once there) and a table of its Entwicklungsziele with
//     provenance, level, source and reason; the hints (Hinweise);
//   - with [Optionen.Plan], the Qualitätsentwicklungsplan;
//   - a note on the method (Methode) with the formulas, which the running
//     text does not repeat.
//
// Every goal shown carries its provenance mark. [Optionen.Kurzfassung]
// leaves out the per-dimension tables.
//
// Points run from 0 to 100: level 4 on every assessed goal of a dimension
// gives 100. Coverage (Abdeckung) is the weighted share of goals assessed. A
// dimension without any assessed goal has no points, printed as "–": not
// assessed is not 0, and the report says so wherever it shows a dash.
//
// # Reading the radar chart
//
// [SVG] draws a radar (spider) chart: one axis per dimension, clockwise from
// the top in catalogue order, from 0 points at the centre to 100 at the
// outer ring, with rings at 25, 50, 75 and 100. The shaded area joins the
// points of neighbouring assessed dimensions, each point labelled with its
// value where the label covers no dot, no other label and no axis label.
// The larger the area, the further the network has come; a dent shows where
// it has not. A dimension without points has a dashed grey axis and a grey
// label, and nothing is drawn in the sectors on either side of it: the
// chart leaves a gap rather than suggesting a value there — not assessed is
// neither low nor high. With every dimension assessed the area is one
// closed polygon. Focus dimensions have a bold label and a star drawn as a
// path (no font glyph), so the chart looks the same in browsers and in
// other SVG renderers such as librsvg.
//
// # Reading the spread chart
//
// [StreuungSVG] shows, per Entwicklungsziel with ratings, how far the raters
// agree: on the scale 0–4 a line runs from the lowest to the highest rating,
// a dot marks each level chosen (with a count when several chose it), and a
// dark diamond below marks the median, the result of the ratings the score
// uses (provisional where the ratings diverge). Rows
// with diverging ratings (spread of at least the Regelwerk's
// DivergenzSchwelle, 2 by default) are tinted and labelled; when the
// divergence runs along sector lines — say, health care rates lower than
// youth welfare — the row says so. A wide spread is not an error in the
// data: it is the best topic for the next network meeting.
//
// # HTML reports and the plan
//
// [HTML] writes the full report and [HTMLKurz] the Kurzbericht for a
// political committee (at most two A4 pages: result, radar chart, the main
// priorities, overdue measures, the Reflexionsfragen of the focus
// dimensions, one sentence on method and provenance). Each is one
// self-contained file — CSS and SVG inline, no scripts, fonts or requests —
// built with html/template, so every text from the Bewertung or the plan is
// escaped. A print stylesheet sets A4 pages with margins and page numbers,
// starts major sections on a new page, repeats table headers and keeps
// table rows whole. [Optionen.Plan] adds the Qualitätsentwicklungsplan
// (qualitaet.Planen) to [Markdown] and [HTML]; [PlanMarkdown] writes the plan
// on its own, with the plan's note on its data (qualitaet.Plan.Datenhinweis,
// from the Bewertung) first.
//
// # Languages and numbers
//
// Reports are German by default and English when the Bewertung was made in
// English or [Optionen.Sprache] asks for it. Numbers follow the language:
// German "62,5" points, "66,7 %", "93.000 €", "4.299", dates 01.10.2026;
// English "62.5", "66.7%", "€93,000", "4,299", 1 October 2026. The reasons,
// hints and gap descriptions inside a Bewertung were written by
// [qualitaet.Bewerte] in the Bewertung's language and are shown as they are;
// choose the report language when evaluating, not only when reporting.
//
// All output is deterministic: the same Bewertung and options give the same
// bytes (coordinates are written with one decimal place), so reports can be
// kept under version control and compared.
//
// # References
//
//   - Nationales Zentrum Frühe Hilfen (NZFH): Qualitätsrahmen Frühe Hilfen,
//     Version 2.0 (web) and KOMPAKT Band 5 (2016).
//   - NZFH: Qualitätsdialoge Frühe Hilfen (2019–2021), Gesamteinschätzung
//     per dimension.
//   - Gesetz zur Kooperation und Information im Kinderschutz (KKG) § 3:
//     networks Frühe Hilfen under the steering of the Jugendamt.
package bericht
