// Package anonym writes documents of the library anonymised for sharing
// (Anonymisierung): a Kommune's profile, goals, network or Bewertung handed
// to a cluster, the Land or researchers without the names, e-mail
// addresses and telephone numbers that networks write into them.
//
// # The schemas decide
//
// The package knows no document type. It reads the document's "$schema",
// walks the document alongside that schema (following "$ref", "allOf" and
// both branches of conditions) and treats each string by what the schema
// says about its location:
//
//   - "x-personenbezogen": true — the value is a person (or a role that
//     stands for one): contact persons, raters, who changed or is
//     responsible for a goal. The whole value becomes "Person N" (or
//     "E-Mail N", "Telefon N" when it is only that), unless it is on the
//     caller's list of roles ([Optionen.Rollen]).
//   - free text — a string whose schema has no "enum", "const", "pattern"
//     or "format": in the default mode it is scrubbed of known persons (in
//     full, or by surname alone), e-mail addresses, German telephone numbers
//     (+49 …, 0171 …, (030) …), web addresses with a path, and a salutation
//     or title with the capitalised words after it ("Frau …", "Herrn …",
//     "Dr. …", "Prof. …"); its location is reported for review. In strict
//     mode ([Optionen.Streng]) its text is dropped ([Entfernt]).
//   - "x-oeffentlich": true (a Kommune's name, labels of the Steckbrief
//     template), structured strings, numbers and booleans stay.
//
// A "$ref" the walk cannot follow is an error ([RefFehler]): behind it could
// be a personal mark, so the package never guesses "nothing personal here".
//
// # One run, stable placeholders
//
// A [Lauf] (run) numbers what it replaces by kind and first appearance
// across all its documents, so the same person is the same "Person 3" in the
// profile, the goals and the Bewertung:
//
//	lauf, err := anonym.NeuerLauf(anonym.Optionen{Rollen: []string{"Netzwerkkoordination"}})
//	for _, d := range dokumente {
//		err = lauf.Lerne(d) // the persons of every document are known to all
//	}
//	erg, err := lauf.Anonymisiere(profil)
//	// erg.Dokument: valid against its schema; erg.Ersetzt: counts per kind;
//	// erg.Behalten: JSON pointers of the free text kept, to read before sharing
//
// [Anonymisiere] does this for a single document. The program
// examples/anonymisieren wraps it for files, with a summary on standard
// error. Aggregating a profile's ratings per goal, so that a rater cannot be
// recognised by sector and date in a small network, needs the profile's
// model and lives in package kommune (FasseEinschaetzungenZusammen).
//
// # Small cells of a Bewertung
//
// One rule knows a document type: with [Optionen.MindestRater] k, a
// Bewertung's spread loses every line per rater sector or rater level
// (/streuung/*/sektoren, /streuung/*/ebenen) with fewer than k raters —
// a sector with one rater names the person — together with the statements
// comparing those lines (entlangSektoren becomes false; hinweis, which
// names the sectors, and entlangEbenen go). The lines are removed, not
// merged into an "other sectors" line: the Bewertung carries a median per
// line, not the ratings behind it, so a merged median could not be
// computed honestly. The totals, the goals' own figures and the dimension
// points stay; [Ergebnis.KleineZellen] counts the lines removed. The rule
// works here, on the document as written, because the shared export is
// made here: package qualitaet may not import kommune, and a rule on the
// Go model would re-encode the document.
//
// # What it cannot do
//
// In the default mode a name written in free text without salutation or
// title, and not found in any personal field of the run ("nach Rücksprache
// mit Anna"), stays — which is why the kept free-text fields are listed.
// Only the strict mode guarantees that no free text leaves the house.
// Detection is by pattern: unusual spellings of numbers or addresses can
// slip through, and ordinary capitalised nouns after "Frau" or "Herr" may be
// replaced too ("Herr der Lage"): the package errs on the side of removing.
//
// References: Art. 4 Nr. 1 and Art. 89 DSGVO (personal data; safeguards for
// research and statistics), § 4 KKG (Beratung und Übermittlung von
// Informationen durch Geheimnisträger).
package anonym
