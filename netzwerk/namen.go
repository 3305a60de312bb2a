package netzwerk

import "github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"

// namen holds the names for people of the package's closed sets (kinds of
// meetings and bodies, forms of cooperation, funding areas) in German and
// English, under "<set>.<ID>": the same catalogue mechanism as every
// message, so that a name missing in one language fails the catalogue
// test.
var namen = schema.NeuerKatalog(
	schema.Eintrag{Schluessel: "treffen.netzwerktreffen", DE: "Netzwerktreffen", EN: "network meeting"},
	schema.Eintrag{Schluessel: "treffen.lenkungsgruppe", DE: "Sitzung der Lenkungsgruppe", EN: "steering body meeting"},
	schema.Eintrag{Schluessel: "treffen.steuerungsgruppe", DE: "Sitzung einer Steuerungsgruppe", EN: "steering group meeting"},
	schema.Eintrag{Schluessel: "treffen.regionalnetzwerk", DE: "Treffen eines Regionalnetzwerks", EN: "regional network meeting"},
	schema.Eintrag{Schluessel: "treffen.arbeitsgruppe", DE: "Sitzung einer Arbeitsgruppe", EN: "working group meeting"},
	schema.Eintrag{Schluessel: "treffen.qualitaetszirkel", DE: "Qualitätszirkel", EN: "quality circle"},
	schema.Eintrag{Schluessel: "treffen.fachtag", DE: "Fachtag", EN: "conference day"},
	schema.Eintrag{Schluessel: "treffen.fortbildung", DE: "Fortbildung", EN: "training"},
	schema.Eintrag{Schluessel: "treffen.sonstiges", DE: "sonstiges Treffen", EN: "other meeting"},
	schema.Eintrag{Schluessel: "kooperation.schriftlich", DE: "schriftliche Kooperationsvereinbarung", EN: "written cooperation agreement"},
	schema.Eintrag{Schluessel: "kooperation.muendlich", DE: "mündliche Absprache", EN: "verbal arrangement"},
	schema.Eintrag{Schluessel: "kooperation.vertrag", DE: "Vertrag", EN: "contract"},
	schema.Eintrag{Schluessel: "kooperation.sonstige", DE: "sonstige Form", EN: "other form"},
	schema.Eintrag{Schluessel: "foerderbereich.I", DE: "Förderbereich I: Maßnahmen zur Sicherstellung der Netzwerkstrukturen in den Frühen Hilfen", EN: "funding area I: measures securing the network structures of Frühe Hilfen"},
	schema.Eintrag{Schluessel: "foerderbereich.II", DE: "Förderbereich II: Psychosoziale Unterstützung von Familien durch spezifische Angebote Früher Hilfen", EN: "funding area II: psychosocial support of families through specific offers of Frühe Hilfen"},
	schema.Eintrag{Schluessel: "foerderbereich.III", DE: "Förderbereich III: Erprobung innovativer Maßnahmen und Implementierung erfolgreicher Modelle", EN: "funding area III: trying out innovative measures and implementing successful models"},
	schema.Eintrag{Schluessel: "gremium.lenkungsgruppe", DE: "Lenkungsgruppe", EN: "steering body"},
	schema.Eintrag{Schluessel: "gremium.steuerungsgruppe", DE: "Steuerungsgruppe", EN: "steering group"},
	schema.Eintrag{Schluessel: "gremium.regionalnetzwerk", DE: "Regionalnetzwerk", EN: "regional network"},
	schema.Eintrag{Schluessel: "gremium.arbeitsgruppe", DE: "Arbeitsgruppe", EN: "working group"},
	schema.Eintrag{Schluessel: "gremium.qualitaetszirkel", DE: "Qualitätszirkel", EN: "quality circle"},
	schema.Eintrag{Schluessel: "gremium.sonstiges", DE: "sonstiges Gremium", EN: "other body"},
)
