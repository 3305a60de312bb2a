package vergleich

import (
	"errors"

	"golang.org/x/text/language"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"
)

// Conditions of the comparison functions (Vergleiche, BerechneAehnlichkeiten,
// Trend) that callers may branch on with errors.Is. Each error they return
// is a *VergleichsFehler matching one of them.
var (
	ErrZuWenigeKommunen = errors.New("zu wenige Kommunen für einen Vergleich")
	ErrKommuneDoppelt   = errors.New("Kommune mehrfach oder ohne Namen")
	ErrGewicht          = errors.New("ungültiges Gewicht")
	ErrOptionen         = errors.New("ungültige Optionen")
	ErrAndereKommune    = errors.New("Bewertungen verschiedener Kommunen")
	ErrZeitfolge        = errors.New("Bewertungen nicht in zeitlicher Folge")
)

// VergleichsFehler is an error of the comparison functions: the condition
// (one of the Err… variables above, matched by errors.Is) and its detail.
// Error() is German; Text gives either language.
type VergleichsFehler struct {
	Grund error
	key   string
	args  []any
}

func neuerVergleichsFehler(grund error, key string, args ...any) *VergleichsFehler {
	return &VergleichsFehler{Grund: grund, key: key, args: args}
}

func (e *VergleichsFehler) Error() string { return "vergleich: " + e.Text(language.German) }

// Text returns the message for people in the language tag (German unless
// English), without the package name that Error puts in front.
func (e *VergleichsFehler) Text(tag language.Tag) string {
	return vergleichMeldungen.Sprintf(tag, e.key, e.args...)
}

// Unwrap returns the condition.
func (e *VergleichsFehler) Unwrap() error { return e.Grund }

// vergleichMeldungen holds the texts of comparisons, peers, clusters, trends
// and anonymisation in German and English.
var vergleichMeldungen = schema.NeuerKatalog(
	schema.Eintrag{Schluessel: "merkmal.gebietsart", DE: "Kreis oder Stadt", EN: "district or city"},
	schema.Eintrag{Schluessel: "merkmal.bevoelkerung", DE: "Bevölkerung", EN: "population"},
	schema.Eintrag{Schluessel: "merkmal.kinderU3", DE: "Kinder unter 3", EN: "children under 3"},
	schema.Eintrag{Schluessel: "merkmal.armutAnteilU3", DE: "Anteil U3 in Armut", EN: "share under 3 in poverty"},
	schema.Eintrag{Schluessel: "merkmal.budgetProKindU3", DE: "Budget je Kind U3", EN: "budget per child under 3"},
	schema.Eintrag{Schluessel: "merkmal.netzwerkAlter", DE: "Netzwerk (Jahre)", EN: "network (years)"},
	schema.Eintrag{Schluessel: "merkmal.sektorAbdeckung", DE: "Sektorabdeckung", EN: "sector coverage"},
	schema.Eintrag{Schluessel: "gebietsart.kreis", DE: "Kreis", EN: "district"},
	schema.Eintrag{Schluessel: "gebietsart.stadt", DE: "Stadt", EN: "city"},

	schema.Eintrag{Schluessel: "fehler.zuWenige", DE: "ein Vergleich braucht mindestens zwei Kommunen, angegeben: %d", EN: "a comparison needs at least two Kommunen, given: %d"},
	schema.Eintrag{Schluessel: "fehler.ohneName", DE: "eine Kommune hat keinen Namen", EN: "a Kommune has no name"},
	schema.Eintrag{Schluessel: "fehler.doppelt", DE: "Kommune „%s“ ist mehrfach angegeben", EN: "Kommune \"%s\" is given more than once"},
	schema.Eintrag{Schluessel: "fehler.keinProfil", DE: "Profil Nr. %s fehlt (nil)", EN: "profile no. %s is missing (nil)"},
	schema.Eintrag{Schluessel: "fehler.gewicht", DE: "Gewicht von „%s“ ist %s; erlaubt sind endliche Zahlen ab 0", EN: "weight of \"%s\" is %s; finite numbers from 0 are allowed"},
	schema.Eintrag{Schluessel: "fehler.k", DE: "Zahl der ähnlichen Kommunen ist %s; erlaubt sind Zahlen ab 0", EN: "number of similar Kommunen is %s; numbers from 0 are allowed"},
	schema.Eintrag{Schluessel: "fehler.zeitpunkt", DE: "Zeitpunkt des Vergleichs fehlt", EN: "date of the comparison is missing"},
	schema.Eintrag{Schluessel: "fehler.trendNil", DE: "für einen Trend fehlt eine Bewertung (nil)", EN: "a trend lacks an evaluation (nil)"},
	schema.Eintrag{Schluessel: "fehler.trendKommune", DE: "Bewertungen verschiedener Kommunen: „%s“ und „%s“", EN: "evaluations of different Kommunen: \"%s\" and \"%s\""},
	schema.Eintrag{Schluessel: "fehler.trendZeit", DE: "die ältere Bewertung (%s) liegt nicht vor der neueren (%s)", EN: "the older evaluation (%s) is not before the newer one (%s)"},

	schema.Eintrag{Schluessel: "cluster.zuschnitt", DE: "Schwerpunkte wie im Cluster %s „%s“ der Qualitätsdialoge Frühe Hilfen: %s.", EN: "Focus dimensions as in cluster %s \"%s\" of the Qualitätsdialoge Frühe Hilfen: %s."},
	schema.Eintrag{Schluessel: "cluster.leer", DE: "kein Clusterverzeichnis", EN: "no cluster directory"},
	schema.Eintrag{Schluessel: "cluster.quelle", DE: "Quelle fehlt", EN: "source is missing"},
	schema.Eintrag{Schluessel: "cluster.keine", DE: "keine Cluster angegeben", EN: "no clusters given"},
	schema.Eintrag{Schluessel: "cluster.id", DE: "Kennung „%s“ hat nicht die Form C1, C2, …", EN: "ID \"%s\" is not of the form C1, C2, …"},
	schema.Eintrag{Schluessel: "cluster.idDoppelt", DE: "Kennung „%s“ kommt mehrfach vor (zuerst unter %s)", EN: "ID \"%s\" occurs more than once (first at %s)"},
	schema.Eintrag{Schluessel: "cluster.titel", DE: "Titel fehlt", EN: "title is missing"},
	schema.Eintrag{Schluessel: "cluster.schwerpunkte", DE: "Cluster nennt keinen Schwerpunkt", EN: "cluster names no focus"},
	schema.Eintrag{Schluessel: "cluster.mitglieder", DE: "Cluster nennt keine Kommune", EN: "cluster names no Kommune"},
	schema.Eintrag{Schluessel: "cluster.mitglied", DE: "Name der Kommune fehlt", EN: "name of the Kommune is missing"},
	schema.Eintrag{Schluessel: "cluster.mitgliedDoppelt", DE: "Kommune „%s“ gehört schon zu Cluster %s", EN: "Kommune \"%s\" already belongs to cluster %s"},
	schema.Eintrag{Schluessel: "cluster.dimension", DE: "Dimension %s gibt es im Qualitätsrahmen 2.0 nicht", EN: "dimension %s does not exist in the Qualitätsrahmen 2.0"},
	schema.Eintrag{Schluessel: "cluster.dimensionDoppelt", DE: "Dimension %s steht doppelt", EN: "dimension %s is given twice"},
	schema.Eintrag{Schluessel: "cluster.dimensionAlle", DE: "Dimension %s steht schon unter „alle“", EN: "dimension %s is already listed under \"alle\""},
	schema.Eintrag{Schluessel: "cluster.aliasZiel", DE: "„%s“ ist kein Mitglied eines Clusters", EN: "\"%s\" is no member of a cluster"},
	schema.Eintrag{Schluessel: "cluster.aliasMitglied", DE: "„%s“ ist selbst Mitglied von Cluster %s", EN: "\"%s\" is itself a member of cluster %s"},
	schema.Eintrag{Schluessel: "cluster.aliasDoppelt", DE: "„%s“ ist dieselbe Schreibweise wie „%s“", EN: "\"%s\" is the same spelling as \"%s\""},

	schema.Eintrag{Schluessel: "md.titel", DE: "Vergleich von %d Kommunen", EN: "Comparison of %d Kommunen"},
	schema.Eintrag{Schluessel: "md.stand", DE: "Stand: %s. Kommunen in alphabetischer Reihenfolge; „–“: nicht bekannt oder nicht eingeschätzt, nie 0.", EN: "As of %s. Kommunen in alphabetical order; \"–\": not known or not assessed, never 0."},
	schema.Eintrag{Schluessel: "md.datenhinweise", DE: "Hinweise zu den Daten (aus den Profilen):", EN: "Notes on the data (from the profiles):"},
	schema.Eintrag{Schluessel: "md.anonym", DE: "Die Profile wurden vor dem Vergleich anonymisiert.", EN: "The profiles were anonymised before the comparison."},
	schema.Eintrag{Schluessel: "md.kennzahlen", DE: "Kennzahlen", EN: "Key figures"},
	schema.Eintrag{Schluessel: "md.kommune", DE: "Kommune", EN: "Kommune"},
	schema.Eintrag{Schluessel: "md.cluster", DE: "Cluster", EN: "Cluster"},
	schema.Eintrag{Schluessel: "md.dimensionen", DE: "Qualitätsdimensionen (Punkte 0–100)", EN: "Quality dimensions (points 0–100)"},
	schema.Eintrag{Schluessel: "md.gesamt", DE: "Gesamt", EN: "Overall"},
	schema.Eintrag{Schluessel: "md.abdeckung", DE: "Abdeckung", EN: "Coverage"},
	schema.Eintrag{Schluessel: "md.schwerpunktStern", DE: "\\* Schwerpunkt im Zuschnitt der Kommune.", EN: "\\* Focus dimension in the Kommune's Zuschnitt."},
	schema.Eintrag{Schluessel: "md.peers", DE: "Ähnliche Kommunen", EN: "Similar Kommunen"},
	schema.Eintrag{Schluessel: "md.peersErklaerung", DE: "Ähnlichkeit 0–1 aus Strukturmerkmalen: je Merkmal der Abstand der beiden Werte geteilt durch die Spannweite unter den verglichenen Kommunen (min–max), Nähe = 1 − Abstand, gewichtet gemittelt über die Merkmale, die beide Kommunen haben. Gewichte: %s. In Klammern: die Merkmale mit dem größten Beitrag.", EN: "Similarity 0–1 from structural features: per feature the distance of the two values divided by the range among the compared Kommunen (min–max), closeness = 1 − distance, weighted mean over the features both Kommunen have. Weights: %s. In brackets: the features contributing most."},
	schema.Eintrag{Schluessel: "md.clusterZeile", DE: "Qualitätsdialoge: Cluster %s „%s“ mit den Schwerpunkten %s.", EN: "Qualitätsdialoge: cluster %s \"%s\" with the focus dimensions %s."},
	schema.Eintrag{Schluessel: "md.keinePeers", DE: "Keine vergleichbare Kommune: keine gemeinsamen Merkmale.", EN: "No comparable Kommune: no shared features."},
	schema.Eintrag{Schluessel: "md.paare", DE: "Alle Paare", EN: "All pairs"},
	schema.Eintrag{Schluessel: "md.aehnlichkeit", DE: "Ähnlichkeit", EN: "Similarity"},
	schema.Eintrag{Schluessel: "md.gemeinsam", DE: "größte Beiträge", EN: "largest contributions"},

	schema.Eintrag{Schluessel: "trend.titel", DE: "Entwicklung: %s", EN: "Trend: %s"},
	schema.Eintrag{Schluessel: "trend.zeitraum", DE: "Von der Bewertung am %s zur Bewertung am %s. Punkte 0–100; „–“: nicht eingeschätzt, nie 0.", EN: "From the evaluation of %s to the evaluation of %s. Points 0–100; \"–\": not assessed, never 0."},
	schema.Eintrag{Schluessel: "trend.datenhinweis", DE: "Hinweis zu den Daten", EN: "Note on the data (from the profile)"},
	schema.Eintrag{Schluessel: "trend.datenhinweisVom", DE: "Hinweis zu den Daten der Bewertung vom %s", EN: "Note on the data of the evaluation of %s"},
	schema.Eintrag{Schluessel: "trend.dimension", DE: "Dimension", EN: "Dimension"},
	schema.Eintrag{Schluessel: "trend.vorher", DE: "vorher", EN: "before"},
	schema.Eintrag{Schluessel: "trend.nachher", DE: "nachher", EN: "after"},
	schema.Eintrag{Schluessel: "trend.delta", DE: "Veränderung", EN: "change"},
	schema.Eintrag{Schluessel: "trend.abdeckung", DE: "Abdeckung vorher → nachher", EN: "coverage before → after"},
	schema.Eintrag{Schluessel: "trend.veraendert", DE: "Entwicklungsziele mit veränderter Stufe", EN: "Entwicklungsziele whose level changed"},
	schema.Eintrag{Schluessel: "trend.neu", DE: "Neu eingeschätzt", EN: "Newly assessed"},
	schema.Eintrag{Schluessel: "trend.entfallen", DE: "Nicht mehr eingeschätzt", EN: "No longer assessed"},
	schema.Eintrag{Schluessel: "trend.keine", DE: "keine", EN: "none"},
	schema.Eintrag{Schluessel: "trend.stufe", DE: "Stufe %s (%s) → %s (%s)", EN: "level %s (%s) → %s (%s)"},
	schema.Eintrag{Schluessel: "trend.stand", DE: "Stufe %s (%s)", EN: "level %s (%s)"},
	schema.Eintrag{Schluessel: "quelle.selbsteinschaetzung", DE: "Selbsteinschätzung", EN: "self-assessment"},
	schema.Eintrag{Schluessel: "quelle.regel", DE: "Regel", EN: "rule"},
	schema.Eintrag{Schluessel: "quelle.keine", DE: "keine", EN: "none"},
)
