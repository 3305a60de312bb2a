package qualitaet

import "github.com/fruehehilfen/qualitaetsrahmen/qualitaet/schema"

// meldungen holds the catalogue's and the Zuschnitt's messages in German and
// English.
var meldungen = schema.NeuerKatalog(
	schema.Eintrag{Schluessel: "herkunftName.nzfh", DE: "NZFH", EN: "NZFH"},
	schema.Eintrag{Schluessel: "herkunftName.abgeleitet", DE: "abgeleitet", EN: "derived"},
	schema.Eintrag{Schluessel: "herkunftName.ergaenzt", DE: "ergänzt", EN: "added"},
	schema.Eintrag{Schluessel: "herkunftName.lokal", DE: "lokal", EN: "local"},
	schema.Eintrag{Schluessel: "id.doppelt", DE: "ID %s kommt doppelt vor (zuerst bei %s)", EN: "ID %s occurs twice (first at %s)"},
	schema.Eintrag{Schluessel: "id.art", DE: "ID %q ist keine gültige ID für: %s", EN: "ID %q is not a valid ID for: %s"},
	schema.Eintrag{Schluessel: "id.eltern", DE: "ID %s gehört nicht zu %s", EN: "ID %s does not belong to %s"},
	schema.Eintrag{Schluessel: "dimension.nummer", DE: "Nummer %s passt nicht zur ID %s", EN: "number %s does not match ID %s"},
	schema.Eintrag{Schluessel: "dimension.leer", DE: "Dimension %s hat keine Themen", EN: "dimension %s has no Themen"},
	schema.Eintrag{Schluessel: "thema.leer", DE: "Thema %s hat keine Entwicklungsziele", EN: "Thema %s has no Entwicklungsziele"},
	schema.Eintrag{Schluessel: "rahmen.leer", DE: "der Rahmen hat keine Dimensionen", EN: "the catalogue has no dimensions"},
	schema.Eintrag{Schluessel: "version.unbekannt", DE: "unbekannte Version %q", EN: "unknown version %q"},
	schema.Eintrag{Schluessel: "ebene.unbekannt", DE: "unbekannte Ebene %q", EN: "unknown Ebene %q"},
	schema.Eintrag{Schluessel: "bereich.unbekannt", DE: "unbekannter Bereich %q", EN: "unknown Bereich %q"},
	schema.Eintrag{Schluessel: "text.leer", DE: "Text fehlt", EN: "text is missing"},
	schema.Eintrag{Schluessel: "herkunft.grundlage", DE: "Herkunft „abgeleitet“ verlangt eine Grundlage (grundlage)", EN: "provenance \"abgeleitet\" requires a basis (grundlage)"},
	schema.Eintrag{Schluessel: "herkunft.nzfhThema", DE: "Entwicklungsziel %s hat Herkunft „nzfh“, steht aber unter Thema %s, das nicht „nzfh“ ist", EN: "Entwicklungsziel %s has provenance \"nzfh\" but sits under Thema %s, which is not \"nzfh\""},
	schema.Eintrag{Schluessel: "bezug.rahmen", DE: "Bezug ohne bezugRahmen: es ist nicht gesagt, auf welchen Rahmen sich die IDs beziehen", EN: "bezug without bezugRahmen: it is not said which catalogue the IDs refer to"},
	schema.Eintrag{Schluessel: "bezug.rahmenFalsch", DE: "bezugRahmen %q ist nicht der Rahmen %s", EN: "bezugRahmen %q is not the catalogue %s"},
	schema.Eintrag{Schluessel: "bezug.unbekannt", DE: "%s gibt es im Rahmen %s nicht", EN: "%s does not exist in the catalogue %s"},
	schema.Eintrag{Schluessel: "herkunft.lokal", DE: "Herkunft „lokal“ gibt es nur im Zuschnitt einer Kommune", EN: "provenance \"lokal\" exists only in a Kommune's Zuschnitt"},
	schema.Eintrag{Schluessel: "zuschnitt.version", DE: "Zuschnitt für Version %s passt nicht zum Rahmen der Version %s", EN: "Zuschnitt for version %s does not fit the catalogue of version %s"},
	schema.Eintrag{Schluessel: "zuschnitt.dimension", DE: "Dimension %s gibt es im Rahmen nicht", EN: "dimension %s does not exist in the catalogue"},
	schema.Eintrag{Schluessel: "zuschnitt.schwerpunktAusgelassen", DE: "Dimension %s ist zugleich Schwerpunkt und ausgelassen", EN: "dimension %s is both a focus and left out"},
	schema.Eintrag{Schluessel: "zuschnitt.lokalDoppelt", DE: "lokales Entwicklungsziel %s kommt doppelt vor", EN: "local Entwicklungsziel %s occurs twice"},
	schema.Eintrag{Schluessel: "zuschnitt.thema", DE: "lokales Entwicklungsziel %s: Thema %s gibt es im Rahmen nicht", EN: "local Entwicklungsziel %s: Thema %s does not exist in the catalogue"},
	schema.Eintrag{Schluessel: "zuschnitt.lokalAusgelassen", DE: "lokales Entwicklungsziel %s liegt in der ausgelassenen Dimension %s", EN: "local Entwicklungsziel %s lies in the left-out dimension %s"},
	schema.Eintrag{Schluessel: "zuschnitt.indikatorDoppelt", DE: "Indikator-ID %q kommt doppelt vor", EN: "indicator ID %q occurs twice"},
	schema.Eintrag{Schluessel: "zuschnitt.ziel", DE: "Entwicklungsziel %s gibt es weder im Rahmen noch als lokales Ziel", EN: "Entwicklungsziel %s exists neither in the catalogue nor as a local goal"},
	schema.Eintrag{Schluessel: "zuschnitt.indikatorAusgelassen", DE: "Indikator für %s liegt in einer ausgelassenen Dimension", EN: "indicator for %s lies in a left-out dimension"},
)
