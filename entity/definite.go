package entity

import (
	"sort"
	"strings"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/token"
	"github.com/dragoman/dragoman/words"
)

// Definite descriptions as actors: a role word in the singular after
// "the", with no country, name or complement of its own ("the president",
// "the foreign minister", "the general"), stands for the person named
// last before it in the article with that title, the title before the
// name ("Zorvan President Ana Ruiz") or in apposition after it ("Ana
// Ruiz, the Zorvan president,"). The phrase takes that person's code and
// entity. Where no person named before holds the title, the phrase keeps
// the article's country, as a bare role does.

// definiteRole reports whether the role phrase toks[first..last] is a
// bare definite description: "the" just before it, its last word no
// plural, and no preposition or possessive after it ("the minister of
// defence" names its own office; the shared word classes tell them).
func definiteRole(text string, toks []token.Token, first, last int) bool {
	if first == 0 || words.Attr("determiner", strings.ToLower(toks[first-1].Text(text)), "definite") != "yes" {
		return false
	}
	w := strings.ToLower(toks[last].Text(text))
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "men") || strings.Contains(w, "-") {
		return false
	}
	if last+1 < len(toks) {
		if w := strings.ToLower(toks[last+1].Text(text)); words.Is("preposition", w) || words.Attr("determiner", w, "kind") == "possessive" {
			return false // a complement or an owner: "the minister of defence", "the minister's"
		}
	}
	return true
}

// titledAntecedent returns the person named last before offset off in the
// body whose title, before the name or in apposition after it, ends in
// the words of head (lower case), or nil.
func (s *Stage) titledAntecedent(d *doc.Document, off int, head string) *doc.Entity {
	persons := s.persons
	if persons == nil {
		persons = bodyPersons(d)
	}
	hw := strings.Fields(strings.ToLower(head))
	if len(hw) == 0 {
		return nil
	}
	k := sort.Search(len(persons), func(k int) bool { return persons[k].span.End > off })
	for ; k > 0; k-- {
		if p := persons[k-1]; titledAs(d, p.span, hw) {
			return p.e
		}
	}
	return nil
}

// titledAs reports whether the words just before the name at sp, in its
// sentence, end in the title words hw ("Zorvan foreign minister Ana
// Ruiz"), or an apposition after it opens with them within four words
// ("Ana Ruiz, the Zorvan foreign minister, said").
func titledAs(d *doc.Document, sp doc.Span, hw []string) bool {
	n := sort.Search(len(d.Sentences), func(n int) bool { return d.Sentences[n].End >= sp.End })
	if n == len(d.Sentences) || d.Sentences[n].Start > sp.Start {
		return false
	}
	sent := d.Sentences[n]
	before := titleWords(d.Text[max(sent.Start, sp.Start-80):sp.Start], false)
	if len(before) >= len(hw) && equalWords(before[len(before)-len(hw):], hw) {
		return true
	}
	after := strings.TrimLeft(d.Text[sp.End:min(sent.End, sp.End+80)], " ")
	if !strings.HasPrefix(after, ",") {
		return false
	}
	ws := titleWords(after[1:], true)
	for i := 0; i+len(hw) <= len(ws) && i < 4; i++ {
		if equalWords(ws[i:i+len(hw)], hw) {
			return true
		}
	}
	return false
}

// titleWords are the lower-case words of s: those after its last comma,
// full stop or bracket (before a name), or those before its first (after
// a name).
func titleWords(s string, after bool) []string {
	if after {
		if i := strings.IndexAny(s, ",.;:()\""); i >= 0 {
			s = s[:i]
		}
	} else if i := strings.LastIndexAny(s, ",;:()\""); i >= 0 {
		s = s[i+1:]
	}
	return strings.Fields(strings.ToLower(s))
}

// equalWords reports whether a and b hold the same words.
func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
