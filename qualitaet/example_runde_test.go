package qualitaet_test

import (
	"fmt"
	"time"

	"github.com/fruehehilfen/qualitaetsrahmen/qualitaet"
)

// Two survey rounds of an invented network: the raters moved closer on
// QD3.T1.Z1 and its result rose from 1 to 3.
func ExampleVergleicheRunden() {
	tag := func(s string) time.Time { t, _ := time.Parse(time.DateOnly, s); return t }
	e := func(runde, wer string, s qualitaet.Stufe, d string) qualitaet.Einschaetzung {
		return qualitaet.Einschaetzung{Entwicklungsziel: "QD3.T1.Z1", StufeGesetzt: true, Stufe: s, Datum: tag(d), Runde: runde, Einschaetzende: wer}
	}
	v, err := qualitaet.VergleicheRunden(qualitaet.Eingabe{
		Runden: []qualitaet.Runde{{ID: "2024", Datum: tag("2024-11-20")}, {ID: "2026", Datum: tag("2026-03-12")}},
		Einschaetzungen: []qualitaet.Einschaetzung{
			e("2024", "a", 0, "2024-11-20"), e("2024", "b", 1, "2024-11-20"), e("2024", "c", 4, "2024-11-20"),
			e("2026", "a", 3, "2026-03-12"), e("2026", "b", 3, "2026-03-12"), e("2026", "c", 4, "2026-03-12"),
		},
	}, "", "")
	if err != nil {
		fmt.Println(err)
		return
	}
	z := v.Ziele[0]
	fmt.Printf("%s → %s\n", v.Vorher.ID, v.Nachher.ID)
	fmt.Printf("%s: Median %g → %g, Spannweite %d → %d, %s\n", z.Entwicklungsziel, z.Vorher.Median, z.Nachher.Median,
		z.Vorher.Spannweite, z.Nachher.Spannweite, z.Tendenz)
	fmt.Println("bewegt:", v.Bewegt)
	// Output:
	// 2024 → 2026
	// QD3.T1.Z1: Median 1 → 3, Spannweite 4 → 1, angenaehert
	// bewegt: [QD3.T1.Z1]
}
