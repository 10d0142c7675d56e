package posture

import "strconv"

// countryPosts reads the post a country-wide change (a travel advisory)
// is about when no post noun is its argument: the sending country is the
// trigger's own country modifier ("the Irish travel advisory", "its
// advisory" of a country subject) or the subject of its verb; the host,
// the place of a "for", "on", "about" or "to" phrase of the trigger or its
// verb. The post is the sender's embassy in the host country.
func (a *article) countryPosts(s *sent, j int) []*postState {
	senders, _ := a.senders(s, j)
	if len(senders) == 0 {
		senders = a.subjectCodes(s, j)
	}
	if len(senders) == 0 {
		return nil
	}
	cases := map[string]bool{"for": true, "on": true, "about": true, "to": true, "against": true}
	hosts := a.hosts(s, j, cases)
	if h := s.head(j); len(hosts) == 0 && h >= 0 && s.toks[h].UPOS == "VERB" {
		hosts = a.hosts(s, h, cases)
	}
	for k := j + 1; len(hosts) == 0 && k < j+4 && k+1 < len(s.toks); k++ {
		// The parse often breaks the phrase ("advisory for X" read as a
		// clause): the place right after such a preposition.
		if cases[s.lemmas[k]] {
			if p := a.placeAt(s.toks[k+1].Span); p != nil {
				hosts = append(hosts, a.toHost(p))
			}
		}
	}
	var out []*postState
	for _, snd := range senders {
		for _, h := range hosts {
			if c, ok := a.st.Gaz.Country(snd); ok && c.ID == h.Country {
				continue // a country has no post in itself
			}
			// The advisory is about the country: its post there is the
			// one in its capital when the article names none.
			if h.City == "" {
				if p := a.lastPostIn(snd, h.Country); p != nil {
					h = p.host
				}
			}
			out = append(out, a.post(snd, "embassy", h, s.toks[j].Span))
		}
	}
	return out
}

// lastPostIn returns the last post of sender in country cc, or nil.
func (a *article) lastPostIn(sender, cc string) *postState {
	for i := len(a.posts) - 1; i >= 0; i-- {
		if p := a.posts[i]; p.sender == sender && p.host.Country == cc {
			return p
		}
	}
	return nil
}

// advisoryQualifiers reads a travel advisory's level ("level 3") and
// direction ("raised", "lowered") from the sentence of trigger j: a level
// phrase of the data file anywhere in the sentence, the direction from
// the verb that governs the trigger.
func (a *article) advisoryQualifiers(s *sent, j int) []string {
	var out []string
	level := 0
	for k := range s.toks {
		for _, l := range a.st.Data.levels {
			n := len(l.Words)
			if k+n > len(s.toks) || !s.lemmasAt(k, l.Words) {
				continue
			}
			v := l.Level
			if v == 0 && k+n < len(s.toks) {
				v = levelNumber(s.lemmas[k+n])
			}
			if v > 0 && level == 0 {
				level = v
			}
		}
	}
	if level > 0 {
		out = append(out, "level "+strconv.Itoa(level))
	}
	for _, v := range s.ancestors(j, 2)[1:] {
		if w, ok := a.st.Data.direction[s.lemmas[v]]; ok && s.toks[v].UPOS == "VERB" {
			out = append(out, w)
			break
		}
	}
	return out
}

// lemmasAt reports whether the lemmas from k on are words.
func (s *sent) lemmasAt(k int, words []string) bool {
	for i, w := range words {
		if s.lemmas[k+i] != w {
			return false
		}
	}
	return true
}

// levelNumber reads a level's number, as digits or a word.
func levelNumber(w string) int {
	if n, err := strconv.Atoi(w); err == nil && n >= 1 && n <= 9 {
		return n
	}
	for i, n := range []string{"one", "two", "three", "four", "five"} {
		if w == n {
			return i + 1
		}
	}
	return 0
}
