package kommune

import "github.com/fruehehilfen/qualitaetsrahmen/qualitaet/beschriftung"

// laender are the sixteen Länder of Germany.
var laender = []string{"Baden-Württemberg", "Bayern", "Berlin", "Brandenburg", "Bremen", "Hamburg", "Hessen",
	"Mecklenburg-Vorpommern", "Niedersachsen", "Nordrhein-Westfalen", "Rheinland-Pfalz", "Saarland", "Sachsen",
	"Sachsen-Anhalt", "Schleswig-Holstein", "Thüringen"}

// Laender returns the names of the sixteen Länder (Bundesländer) in
// alphabetical order.
func Laender() []string { return append([]string(nil), laender...) }

// LandAusName returns the Land named by s, tolerant of case, spacing, dashes
// and "ae" for "ä": " brandenburg " gives "Brandenburg". It reports false
// for text that names no Land.
func LandAusName(s string) (string, bool) {
	n := beschriftung.Normiere(s)
	for _, l := range laender {
		if beschriftung.Normiere(l) == n {
			return l, true
		}
	}
	return "", false
}
