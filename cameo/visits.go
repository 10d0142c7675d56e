package cameo

import "github.com/dragoman/dragoman/doc"

// Visits at home. CAMEO's 042 and 043 (make and host a visit) code a
// visit of one party to another: a party's trip within its own country
// ("the judges went to the supreme court", "the minister toured the
// flooded provinces", coded the country's judiciary visiting itself, or
// the government the country) is no visit between parties, and its coder
// codes none. A counted visit whose source and target are one party at
// the coder's level (the same code, or a country and its own agent) is
// set aside in the codebook convention; two parties of one country
// ("protesters received the ministers") stay a visit.

// homeVisits sets aside the counted visits of one sentence (evs) whose
// two parties are one (samePartyCode), and those with no coded visitor
// ("the freed captive arrived in Zorvan"): a trip of no party is no visit
// between parties.
func homeVisits(evs []doc.Event) {
	for j := range evs {
		e := &evs[j]
		if !Counted(e) || e.Code != "042" && e.Code != "043" {
			continue
		}
		s, t := actorCode(e.Source), actorCode(e.Target)
		if s == "" {
			setAsideUncounted(e, "no coded visitor: no visit between parties")
			continue
		}
		if t == "" || !samePartyCode(s, t, false) {
			continue
		}
		setAsideUncounted(e, "a trip within the party's own country: no visit between parties")
	}
}
