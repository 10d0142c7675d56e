package posture

import (
	"sort"
	"strings"
	"time"

	"github.com/dragoman/dragoman/doc"
)

// timeTok is a dated time expression of a sentence and its head token.
type timeTok struct {
	t   *doc.Time
	tok int
}

// dateValue returns the date part of a time expression's value, or "".
func dateValue(t *doc.Time) string {
	if t.Value == nil || (t.Type != "DATE" && t.Type != "TIME") {
		return ""
	}
	v := *t.Value
	if i := strings.IndexByte(v, 'T'); i > 0 && t.Type == "TIME" {
		v = v[:i]
	}
	if len(v) < 4 || v[0] < '0' || v[0] > '9' {
		return ""
	}
	return v
}

// times returns the sentence's dated expressions that are not risk
// windows (an anniversary with a subject).
func (a *article) times(s *sent) []timeTok {
	var out []timeTok
	for i := range a.d.Times {
		t := &a.d.Times[i]
		if t.In != "" || t.Start < s.span.Start || t.End > s.span.End || t.Subject != "" || dateValue(t) == "" {
			continue
		}
		head := -1
		for k, tk := range s.toks {
			if tk.Start >= t.Start && tk.End <= t.End {
				if h := s.head(k); h < 0 || s.toks[h].Start < t.Start || s.toks[h].End > t.End {
					head = k
					break
				}
			}
		}
		if head >= 0 {
			out = append(out, timeTok{t, head})
		}
	}
	return out
}

// date reads when the change of trigger j took effect: the nearest time
// expression of its sentence in the tree; else the publication date for a
// change told in the present or present perfect; until is the end of a
// temporary change ("until mid-January").
func (a *article) date(s *sent, j int, polarity string) (date, from, until string) {
	best := 99
	for _, tt := range a.times(s) {
		if tt.tok > 0 && a.st.Data.until[s.lemmas[tt.tok-1]] || a.st.Data.until[s.caseOf(tt.tok)] {
			if until == "" {
				until = dateValue(tt.t)
			}
			continue
		}
		if c := s.caseOf(tt.tok); c == "since" || c == "after" && s.distance(j, tt.tok) > 2 {
			continue
		}
		// "after Thursday's attack": the date of another change.
		if h := s.head(tt.tok); h >= 0 && h != j && s.toks[h].UPOS == "NOUN" && a.st.Data.triggers[s.lemmas[h]] != nil {
			switch s.caseOf(h) {
			case "after", "before", "since", "following":
				continue
			}
		}
		if d := s.distance(j, tt.tok); d < best {
			best, date = d, dateValue(tt.t)
		}
	}
	if date != "" {
		return date, "text", until
	}
	// A possibility or a denial has no day it took effect unless the text
	// gives one.
	if a.d.Published.Value != nil && polarity == doc.Asserted && (a.present(s, j) || a.newsPast(s, j) && !a.earlierStory(s)) {
		return *a.d.Published.Value, "published", until
	}
	return "", "", until
}

// newsPast reports whether the clause of j is told in the simple past
// (not the past perfect, not a modal) in a sentence with no background
// word: the day's news.
func (a *article) newsPast(s *sent, j int) bool {
	for k := range s.toks {
		if a.st.Data.background[s.lemmas[k]] {
			return false
		}
	}
	for _, v := range s.ancestors(j, 4) {
		if s.toks[v].UPOS != "VERB" && s.toks[v].UPOS != "AUX" {
			continue
		}
		past := s.toks[v].XPOS == "VBD"
		for _, c := range s.children[v] {
			if r := s.toks[c].Rel; r == "aux" || r == "aux:pass" {
				switch {
				case s.lemmas[c] == "have" || s.toks[c].XPOS == "MD":
					return false
				case s.toks[c].XPOS == "VBD":
					past = true
				}
			}
		}
		if past {
			return true
		}
		if r := s.toks[v].Rel; r != "xcomp" && r != "conj" && !adjunctParticiple(s, v) {
			return false
		}
	}
	return false
}

// adjunctParticiple reports whether verb v is a present participle
// adjunct with no subject of its own ("gathered at the gate, throwing
// stones"): its tense is the governing verb's.
func adjunctParticiple(s *sent, v int) bool {
	return s.toks[v].Rel == "advcl" && s.toks[v].XPOS == "VBG" && len(s.childWith(v, "nsubj", "mark")) == 0
}

// present reports whether the clause of j is told in the present, present
// perfect or present progressive.
func (a *article) present(s *sent, j int) bool {
	for _, v := range s.ancestors(j, 4) {
		if s.toks[v].UPOS != "VERB" && s.toks[v].UPOS != "AUX" {
			continue
		}
		switch s.toks[v].XPOS {
		case "VBD":
			return false
		case "VBZ", "VBP":
			return true
		}
		for _, c := range s.children[v] {
			if r := s.toks[c].Rel; r == "aux" || r == "aux:pass" {
				switch s.toks[c].XPOS {
				case "VBZ", "VBP":
					return true
				case "VBD", "MD":
					return false
				}
			}
		}
		// "continues to operate": the tense is the governing verb's.
		if r := s.toks[v].Rel; r != "xcomp" && r != "conj" && !adjunctParticiple(s, v) {
			return false
		}
	}
	return false
}

// sources are the speakers of the quotes that contain the trigger, or, for
// a stance verb, the speakers of the sentence's quotes.
func (a *article) sources(s *sent, j, stanceVerb int, stance string) []doc.PostureSource {
	var out []doc.PostureSource
	first := false
	for k := range s.toks {
		if s.lemmas[k] == "first" {
			for _, m := range s.toks {
				if strings.EqualFold(m.Lemma, "report") {
					first = true
				}
			}
		}
	}
	tsp := s.toks[j].Span
	for _, q := range a.d.Quotes {
		if q.Speaker == nil {
			continue
		}
		in := q.Start <= tsp.Start && q.End >= tsp.End
		// A quoted fragment of the change's sentence ("ordered ... to
		// leave in March \"due to security conditions\"") is its source.
		if q.Kind == "mixed" && q.Speaker.Start >= s.span.Start && q.Speaker.End <= s.span.End {
			in = true
		}
		if stanceVerb >= 0 {
			in = q.Start < s.span.End && q.End > s.span.Start
		}
		if !in {
			continue
		}
		src := doc.PostureSource{Name: q.Speaker.Name, Kind: q.Speaker.Kind}
		if stanceVerb >= 0 {
			src.Stance = stance
		} else if first && q.Speaker.Start >= s.span.Start && q.Speaker.End <= s.span.End {
			src.Stance = "first to report"
		}
		out = append(out, src)
		if stanceVerb >= 0 {
			break
		}
	}
	return out
}

// output writes the posture layer: the posts with changes, their changes,
// and the risk windows.
func (a *article) output() {
	d, g := a.d, a.st.Gaz
	// A possibility is not kept beside the same change reported as fact.
	var kept []*changeState
	for _, c := range a.changes {
		if c.polarity == doc.Hypothetical && a.find(c.post, c.status, doc.Asserted) != nil {
			continue
		}
		// A possible attack is not an incident on the board.
		if c.polarity != doc.Asserted && a.st.Data.Statuses[c.status].Kind == "incident" {
			continue
		}
		kept = append(kept, c)
	}
	used := map[*postState]bool{}
	for _, c := range kept {
		used[c.post] = true
		sc := doc.StatusChange{Post: c.post.key(g), Status: c.status, Kind: a.st.Data.Statuses[c.status].Kind,
			Polarity: c.polarity, Qualifiers: c.qualifiers, To: c.to, DateFrom: c.dateFrom,
			Sources: c.sources, Evidence: c.evidence, Triggers: c.triggers}
		if sc.Sources == nil {
			sc.Sources = []doc.PostureSource{}
		}
		doc.SetStr(&sc.Date, c.date)
		doc.SetStr(&sc.Until, c.until)
		d.Posture.Changes = append(d.Posture.Changes, sc)
	}
	var keys []string
	for _, p := range a.posts {
		if !used[p] {
			continue
		}
		k := p.key(g)
		if has(keys, k) {
			continue
		}
		keys = append(keys, k)
		lat, lon := p.host.Lat, p.host.Lon
		d.Posture.Posts = append(d.Posture.Posts, doc.Post{Key: k, Name: PostName(p.sender, p.typ, hostName(g, p.host)),
			Sender: p.sender, Type: p.typ, Host: p.host.City, HostCountry: p.host.Country, Lat: lat, Lon: lon, Mentions: p.mentions})
	}
	for i := range d.Times {
		t := &d.Times[i]
		v := dateValue(t)
		if t.Subject == "" || v == "" || t.In != "" {
			continue
		}
		w := doc.Window{Date: v, Subject: t.Subject, Text: t.Text, Actors: a.actorsIn(t), Posts: keys, Span: t.Span}
		if w.Posts == nil {
			w.Posts = []string{}
		}
		hosts := map[string]bool{}
		for _, p := range d.Posture.Posts {
			hosts[p.HostCountry] = true
		}
		if len(hosts) == 1 {
			for h := range hosts {
				w.Place = h
			}
		}
		d.Posture.Windows = append(d.Posture.Windows, w)
	}
}

// actorsIn returns the country codes of the actor phrases within an
// anniversary's subject, which follows the expression in the text.
func (a *article) actorsIn(t *doc.Time) []string {
	out := []string{}
	lo := t.Start
	hi := t.End + len(t.Subject) + 8
	if i := strings.Index(a.d.Text[t.Start:min(len(a.d.Text), hi+16)], t.Subject); i >= 0 {
		lo, hi = t.Start+i, t.Start+i+len(t.Subject)
	}
	for _, ap := range a.d.Actors {
		if ap.Start >= lo && ap.End <= hi && len(ap.Code) >= 3 && a.st.isCountry(ap.Code[:3]) && !has(out, ap.Code[:3]) {
			out = append(out, ap.Code[:3])
		}
	}
	sort.Strings(out)
	return out
}

// PostName is a post's display name: "USA embassy in Baghdad".
func PostName(sender, typ, host string) string {
	if typ == "" {
		typ = "post"
	}
	return sender + " " + typ + " in " + host
}

// earlierStory reports whether the paragraph of s told, before it, of a
// time more than a week before publication: a change told next in the
// simple past with no date of its own is that story's background, not the
// day's news ("In May the two signed a treaty. The envoy was recalled over
// it.").
func (a *article) earlierStory(s *sent) bool {
	pub := a.d.Published.Value
	if pub == nil || len(*pub) < 10 || a.storyDate == "" {
		return false
	}
	p, err := time.Parse("2006-01-02", (*pub)[:10])
	if err != nil {
		return false
	}
	return a.storyDate < p.AddDate(0, 0, -7).Format("2006-01-02")
}

// storyTime notes the last date told in a sentence as the paragraph's
// story time.
func (a *article) storyTime(sp doc.Span) {
	for i := range a.d.Times {
		t := &a.d.Times[i]
		if t.In == "" && t.Start >= sp.Start && t.End <= sp.End && t.Interval != nil && t.Type == "DATE" {
			a.storyDate = t.Interval.End
		}
	}
}
