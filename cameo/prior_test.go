package cameo

import "testing"

// TestPriorActs checks that an act told in an "after" clause is told as
// done, whether the sentence tells an act of its own or not (an act told
// in passing is coded, devsets.md), and that a reporter's word on the
// main act does not make it an accusation.
func TestPriorActs(t *testing.T) {
	checkCounts(t, load(t), []codeCounted{
		// (pirates, criminals, are no armed force: unconventional violence)
		{"Nine fishermen were reported missing after Somali pirates attacked a Kenyan trawler on Sunday.", "18", true},
		{"Belgium recalled its envoy from Minsk, a reporter said, two days after Belarusian police detained a Belgian journalist.", "17", true},
		{"Belgium recalled its envoy from Minsk, a reporter said, two days after Belarusian police detained a Belgian journalist.", "112", false},
		{"Belgium recalled its envoy from Minsk, a reporter said, two days after Belarusian police detained a Belgian journalist.", "16", true},
	})
}
