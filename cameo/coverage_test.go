package cameo

import "testing"

// TestCoverageWords checks the acts the dictionary read nowhere before:
// disapproval told by "critical of" and "a critic of" after a past form
// of "be", by anger or discontent after it ("was furious with"), by verbs
// of scorn and by anger expressed; consultations told in other words
// (views exchanged, a dinner with); detention (house arrest, custody);
// property ransacked; assaults (stabbed, protesters beaten) and
// abductions (journalists seized); freedoms restricted (censorship,
// outlets shut or blocked, gatherings banned); administrative sanctions
// (barred from, a visa revoked); appeals in other words (implored, a
// request from); and that the same words in other senses stay no event.
func TestCoverageWords(t *testing.T) {
	checkCounts(t, load(t), []codeCounted{
		{"The Ruritanian opposition leader was highly critical of the Chinese government.", "111", true},
		{"The Danish minister has been very critical of the Syrian government's policy.", "111", true},
		{"The critical patient was moved to another hospital.", "11", false},
		{"The Chinese foreign ministry questioned the Japanese government's motives.", "111", true},
		{"He questioned the Iraqi prisoners for hours.", "11", false},
		{"The Iranian president ridiculed the American sanctions.", "111", true},
		// (rioters are people out in protest: their damage is a riot, 145)
		{"Rioters ransacked the Danish embassy in Damascus.", "145", true},
		{"Militiamen ransacked the Danish embassy in Damascus.", "1712", true},
		{"The Chinese government censored the film.", "1721", true},
		{"Burmese authorities shut down two newspapers.", "1721", true},
		{"The Egyptian police closed the road.", "17", false},
		{"The Zimbabwean government banned opposition rallies.", "1721", true},
		{"The Zimbabwean government barred foreign journalists from entering the country.", "172", true},
		{"The Russian government revoked the British journalist's visa.", "172", true},
		{"The bank withdrew its offer.", "17", false},
		{"The Kenyan president implored the Somali government to talk.", "020", true},
		{"The decision follows requests from Kenyan opposition leaders.", "020", true},
		{"The French foreign minister has been an outspoken critic of the Iranian government.", "111", true},
		{"The senator was a vocal critic of the Russian president.", "111", true},
		{"The Iraqi and Iranian foreign ministers exchanged views on security.", "040", true},
		{"The Iraqi prime minister had dinner with the Iranian president.", "040", true},
		{"The Iraqi foreign minister held discussions with Syrian officials.", "040", true},
		{"The Chinese authorities placed the Tibetan dissident under house arrest.", "173", true},
		{"Kenyan police took the opposition leader into custody.", "173", true},
		{"The Iranian government blocked the opposition website.", "1721", true},
		{"The Chinese government expressed anger over the Japanese visit.", "111", true},
		{"The Chinese government voiced dismay at the Japanese decision.", "111", true},
		{"The Kenyan president was furious with the British government.", "111", true},
		{"Unknown attackers stabbed a Danish cartoonist.", "180", true},
		{"Riot police beat protesters in the Egyptian capital.", "180", true},
		{"Brazil beat Argentina in the final.", "18", false},
		{"Kidnappers seized a British journalist in Gaza.", "181", true},
	})
}
