// Closed-class words shared by the clause readers.

package cameo

var subjectPronoun = map[string]bool{"it": true, "they": true, "he": true, "she": true, "we": true}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true,
	"her": true, "this": true, "that": true, "these": true, "those": true, "our": true, "another": true,
	"any": true, "no": true, "each": true, "every": true, "such": true, "'s": true, "’s": true}

var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true}

var haveForms = map[string]bool{"has": true, "have": true, "had": true}

var pronouns = map[string]bool{"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true, "who": true, "which": true, "that": true}

var prepositions = map[string]bool{"of": true, "for": true, "to": true, "with": true, "from": true, "among": true, "on": true, "against": true, "about": true, "by": true}

func isNumberWord(w string) bool {
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	switch w {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "several", "many", "some":
		return true
	}
	return false
}
