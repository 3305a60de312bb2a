// Package dokument checks any document of the module: "is this file what
// it claims to be?"
//
// Every document names its kind in "$schema" (the $id of one of the
// embedded schemas, see package qualitaet/schema). [Lies] (from a reader)
// and [Pruefe] (bytes in memory) read that name, validate the document
// against its schema, run the semantic checks of the package that owns the
// kind, and return the typed value —
// or every violation, each with its JSON pointer, as a
// [*schema.ValidierungsFehler]:
//
//	d, err := dokument.Lies(f)
//	var vf *schema.ValidierungsFehler
//	switch {
//	case errors.As(err, &vf):
//		fmt.Println(vf.Text(language.German)) // every violation
//	case err != nil:
//		return err // e.g. the file could not be read
//	default:
//		if p, ok := d.Wert.(*kommune.Profil); ok { … }
//	}
//
// The kinds and what [Dokument.Wert] holds for each:
//
//	rahmen        *qualitaet.Rahmen               qualitaet.ParseRahmen
//	zuschnitt     *qualitaet.Zuschnitt            qualitaet.LiesZuschnitt, resolved against its catalogue
//	ziele         *qualitaet.ZieleDokument        qualitaet.ParseZiele
//	regelwerk     *qualitaet.Regelwerk            qualitaet.ParseRegelwerk
//	bewertung     *qualitaet.Bewertung            qualitaet.ParseBewertung
//	konformitaet  *qualitaet.Konformitaetsvektor  qualitaet.LiesKonformitaetsvektor
//	netzwerk      *netzwerk.Netzwerk              netzwerk.Parse
//	profil        *kommune.Profil                 kommune.ParseProfil
//	cluster       *vergleich.Clusterverzeichnis   vergleich.ParseCluster
//	vergleich     *vergleich.Vergleich            vergleich.ParseVergleich
//	trend         *vergleich.Trendbericht         vergleich.ParseTrend
//	plan          *qualitaet.Plan                 qualitaet.ParsePlan
//
// The package sits at the top of the module's layering (qualitaet ←
// netzwerk ← kommune ← kommune/vergleich ← kommune/dokument): it may import
// every other package, and none imports it. The example program
// examples/validieren is a thin shell around [Lies].
package dokument
