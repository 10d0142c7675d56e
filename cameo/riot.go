package cameo

import (
	"strings"

	"github.com/dragoman/dragoman/doc"
)

// summaryViolence sets aside the counted riots (145) of one sentence
// (evs) told only by a generic noun of violence ("violence erupted",
// "a night of violence") when the sentence tells the violence as acts of
// force of its own (a counted event of roots 18 to 20: "the region saw
// more violence, with thirty people killed"): the noun sums those acts
// up, it tells no riot besides them.
func summaryViolence(evs []doc.Event) {
	force := false
	for j := range evs {
		if Counted(&evs[j]) && (evs[j].Root == "18" || evs[j].Root == "19" || evs[j].Root == "20") {
			force = true
		}
	}
	if !force {
		return
	}
	for j := range evs {
		e := &evs[j]
		if Counted(e) && e.Code == "145" && violenceNouns[strings.ToLower(e.Trigger.Text)] {
			setAsideUncounted(e, "a generic noun of violence the sentence tells as acts of force: no riot besides them")
		}
	}
}
