// Package vergleich compares Kommunen (Vergleich): side by side, by
// structural similarity, by the clusters of the Qualitätsdialoge Frühe
// Hilfen, and one Kommune with itself over time (Trend).
//
// It works on what package kommune reads and evaluates — a [kommune.Profil]
// and its [qualitaet.Bewertung] — and adds nothing to a profile. The usual
// way in is [Vergleiche]:
//
//	profile := []*kommune.Profil{oderSpree, musterkreis, beispielstadt}
//	opt := vergleich.VergleichsOptionen{K: 2}
//	opt.Zeitpunkt = stichtag
//	v, err := vergleich.Vergleiche(profile, opt)
//	// v.Kommunen: per Kommune its figures, points per dimension, cluster, peers
//	// v.Markdown(w) or v.Dokument() for a report or a JSON document
//
// # Similarity
//
// Each Kommune is described by [Strukturmerkmale] ([StrukturmerkmaleVon]):
// Kreis or Stadt ([Gebietsart], from the name), population, children under
// 3, the share of them in poverty, budget per child under 3, age of the
// network and how many sectors it covers. [BerechneAehnlichkeiten] scales
// every numeric feature to 0..1 over the Kommunen compared, weighs the
// features ([Gewichte], [StandardGewichte]) and gives every pair a value in
// 0..1 with the contribution of each feature ([Beitrag]), so a reader sees
// why two Kommunen are close. A feature absent on either side does not
// count for that pair — it is never taken as 0.
//
// # Clusters
//
// In the Qualitätsdialoge (2019–2021) the Kommunen worked in six clusters
// (C1–C6), each on QD 3 Netzwerk and one or two dimensions of its choice.
// [Qualitaetsdialoge] is that directory, embedded as a cluster document
// (cluster.schema.json, [ClusterSchemaID]); [ClusterVon] finds a Kommune's
// cluster by name ("LK Oder-Spree" and "Landkreis Oder-Spree" are one);
// [ParseCluster] and [LiesCluster] read a directory of one's own.
//
// # Trend
//
// [Trend] compares two Bewertungen of one Kommune, the older first: points
// and coverage per dimension and overall, and the Entwicklungsziele whose
// level changed, that are new or no longer assessed ([Trendbericht]). The
// Bewertungen may come from [kommune.Bewerte] or from stored documents
// ([qualitaet.LiesBewertung]).
//
// # Errors and privacy
//
// Every error of the package is a [*VergleichsFehler] matching one of the
// Err… conditions, in German or English ([VergleichsFehler.Text]). A
// comparison holds no personal data: names of Kommunen, figures and IDs,
// and each profile's note on its data (e.g. that parts are illustrative),
// which its Markdown lists first, with the people the profile records
// replaced as by anonymisation; [VergleichsOptionen.Anonym] anonymises every
// profile before anything is derived from it. A trend carries the notes of
// its Bewertungen as they are (the newer one's, and the older one's when it
// differs) and shows them first.
package vergleich
