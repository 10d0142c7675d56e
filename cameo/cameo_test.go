package cameo

import (
	"os"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/internal/testenv"
)

func TestTable(t *testing.T) {
	tab, err := DefaultTable()
	if err != nil {
		t.Fatal(err)
	}
	roots := 0
	for _, c := range tab {
		if c.Level == 1 {
			roots++
		}
	}
	if roots != 20 || len(tab) < 300 {
		t.Fatalf("%d roots, %d codes", roots, len(tab))
	}
	if c := tab["161"]; c.Goldstein != -4 || c.Quad != 4 || c.Plover == "" {
		t.Errorf("161: %+v", c)
	}
	p, err := DefaultPatterns(tab)
	if err != nil {
		t.Fatal(err)
	}
	covered := map[string]bool{}
	for _, x := range p.all {
		if !x.Accident {
			covered[tab[x.Code].Root] = true
		}
	}
	if len(covered) != 20 {
		t.Errorf("patterns cover %d roots, want all 20", len(covered))
	}
}

func TestMalformedPatterns(t *testing.T) {
	tab, _ := DefaultTable()
	for _, c := range []struct{ line, want string }{
		{"999\tv\tattack\t-\t-\n", "v.tsv:1: unknown CAMEO code"},
		{"190\tx\tattack\t-\t-\n", "v.tsv:1: kind"},
		{"190\tv\tattack||hit\t-\t-\n", "v.tsv:1: empty trigger word"},
		{"190\tv\tattack\t-\n", "v.tsv:1: want 5"},
		{"190\tv\tattack\ta||b\t-\n", "v.tsv:1: empty object word"},
		{"072\tr\treceive\t-\t-\n", "v.tsv:1: kind r needs the preposition"},
		{"141\to\tprotest\t-\tagainst\n", "v.tsv:1: kind o names"},
	} {
		_, err := LoadPatterns(strings.NewReader(c.line), "v.tsv", irregular{}, tab)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q", c.line, err, c.want)
		}
	}
}

func TestExampleArticle(t *testing.T) {
	raw, err := os.ReadFile("../testdata/cnn-baghdad-embassy-drawdown.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	body := text[strings.Index(text, "The US is temporarily"):strings.Index(text, "CNN’s Barbara Starr")]
	d := load(t).run(body, "2020-12-02")
	var first, threat bool
	for _, e := range d.Events {
		happened := !e.Negated && !e.Hypothetical
		if e.Root == "16" && e.Sentence.Start == 0 && happened && e.Source != nil && e.Source.Actor != nil && strings.HasPrefix(*e.Source.Actor, "USA") &&
			(e.Place != nil && e.Place.Country == "IQ" || e.Target != nil && e.Target.Actor != nil && strings.HasPrefix(*e.Target.Actor, "IRQ")) &&
			e.Attribution != nil && strings.Contains(*e.Attribution, "sources familiar") {
			first = true
		}
		if e.Root == "13" && happened && e.Source != nil && e.Source.Actor != nil && strings.HasPrefix(*e.Source.Actor, "USA") && e.Date.Value != nil && *e.Date.Value == "2020-09" {
			threat = true
		}
		sentence := d.Text[e.Sentence.Start:e.Sentence.End]
		if happened && (strings.Contains(sentence, "option to fully withdraw") && e.Trigger.Text == "withdraw" || strings.Contains(sentence, "no decision has been made") && e.Trigger.Text == "close") {
			t.Errorf("%q in %q counted as happened", e.Trigger.Text, sentence)
		}
	}
	if !first {
		t.Error("no 16x event by the US in Iraq from the first sentence, attributed to the sources")
	}
	if !threat {
		t.Error("no 13x threat by the US dated 2020-09")
	}
}

func TestModality(t *testing.T) {
	s := load(t)
	cases := []struct {
		text, trigger  string
		negated, hypo  bool
		root, src, tgt string
	}{
		{"Israeli troops attacked Palestinian militants in Gaza on Monday.", "attacked", false, false, "19", "ISR", "PSE"},
		{"The embassy was attacked by Iraqi militants.", "attacked", false, false, "19", "IRQ", ""},
		{"Russia did not attack Ukraine.", "attack", true, false, "19", "RUS", "UKR"},
		{"Iran could attack Israel next year.", "attack", false, true, "19", "IRN", "ISR"},
		{"Iran will attack Israel.", "attack", false, true, "19", "IRN", "ISR"},
		{"Iran will attack Israel.", "will", false, false, "13", "IRN", "ISR"},
		{"Finland will give Tanzania a grant.", "will", false, false, "03", "FIN", "TZA"},
		{"The army plans to withdraw troops from the region.", "withdraw", false, true, "08", "", ""},
		{"Turkey threatened to close its embassy if the attacks continued.", "threatened", false, false, "13", "TUR", ""},
		{"Chile is refusing to release the Peruvian prisoners.", "release", true, false, "08", "CHL", ""},
		{"A report published in Lima alleged that Chile was aware of the plan.", "alleged", false, false, "11", "PER", "CHL"},
		{"Peru criticised that Chile kept the border closed.", "criticised", false, false, "11", "PER", "CHL"},
		{"Chile keeps declining to release the Peruvian prisoners.", "release", true, false, "08", "CHL", ""},
		{"France and Germany signed an agreement on Tuesday.", "signed", false, false, "05", "FRA", ""},
		{"Police arrested three protesters in Cairo.", "arrested", false, false, "17", "COP", ""},
		{"Police killed three protesters in Cairo.", "killed", false, false, "19", "COP", ""},
		{"A car bomb killed two soldiers in Beirut.", "killed", false, false, "18", "", ""},
		{"The militant group has seized parts of Iraq.", "seized", false, false, "19", "", "IRQ"},
		{"Iran seized a British tanker in the Gulf.", "seized", false, false, "18", "IRN", ""},
		{"Jordan and Britain have agreed to hold joint military exercises.", "agreed to hold", false, false, "03", "JOR", ""},
		{"Jordan and Britain agreed to talks.", "agreed", false, false, "03", "JOR", ""},
		{"Rebels freed three hostages on Monday.", "freed", false, false, "08", "REB", ""},
		{"The prisoners were released on Monday by the army.", "released", false, false, "08", "MIL", ""},
		{"The rebels will release Prime Minister Mahendra Chaudhry.", "release", false, true, "08", "REB", ""},
		{"New sanctions were imposed on Russia by the EU.", "imposed", false, false, "16", "", "RUS"},
		{"Obama urged Putin to withdraw troops from Ukraine.", "urged", false, false, "02", "USA", "RUS"},
		{"Obama urged Putin to withdraw troops from Ukraine.", "withdraw", false, true, "08", "RUS", ""},
		{"Protesters demanded that Israel release the prisoners.", "demanded", false, false, "10", "", ""},
		{"The EU imposed new sanctions on Russia.", "imposed", false, false, "16", "", "RUS"},
		{"China protested the US decision.", "protested", false, false, "11", "CHN", ""},
		{"Thousands protested in Cairo.", "protested", false, false, "14", "", ""},
		{"Opponents of Rwanda's Senate protested yesterday in the capital.", "protested", false, false, "14", "RWAOPP", ""},
		{"Thousands of Nigerians protested in Lagos.", "protested", false, false, "14", "NGA", ""},
		{"Teachers struck on Monday over pay.", "struck", false, false, "14", "", ""},
		{"Israeli jets struck Gaza on Monday, killing 12 people.", "struck", false, false, "19", "ISR", "PSE"},
		{"The army shelled the town, forcing thousands to flee.", "forcing", false, false, "17", "MIL", ""},
		{"The president is due to visit Beijing next week.", "visit", false, true, "04", "", "CHN"},
		{"The embassy closed due to attacks on its staff.", "attacks", false, false, "19", "", ""},
		{"Sarkozy heads to Beijing, seeking to mend ties with China.", "mend ties", false, true, "05", "", ""},
		{"France offered military support to Lebanon.", "offered", false, false, "03", "FRA", "LBN"},
		{"Ukraine received a loan from the IMF.", "received", false, false, "07", "IMF", "UKR"},
		{"Egypt's president said that the US must mediate between Israel and the Palestinians.", "said", false, false, "10", "EGY", "USA"},
		{"Chile wants to attack Bolivia.", "wants", false, false, "13", "CHL", "BOL"},
		{"Russian forces shelled the city of Kharkiv on Tuesday, killing at least five civilians.", "shelled", false, false, "19", "RUSMIL", "UKR"},
		{"Gunmen kidnapped 30 students from a school in northwestern Nigeria.", "kidnapped", false, false, "18", "", ""},
		{"Hundreds of demonstrators gathered outside the parliament in Tbilisi to protest the new law.", "protest", false, false, "14", "OPP", ""},
		{"Iran's foreign minister condemned the attack on its embassy in Kabul and demanded an investigation.", "demanded", false, false, "10", "IRNGOV", ""},
		{"A court in Guyana has issued arrest warrants for two Brazilian men.", "issued", false, false, "17", "GUYJUD", "BRA"},
		{"Ukrainian President Volodymyr Zelensky urged Western allies to send more air defence systems.", "urged", false, false, "02", "UKRGOV", ""},
		{"The Kremlin denied that Russian troops had targeted civilians in Bucha.", "targeted", true, false, "19", "RUSMIL", ""},
		{"Police in Nairobi fired tear gas at opposition supporters.", "fired tear gas", false, false, "17", "KENCOP", "KENOPP"},
		{"China warned the United States against selling weapons to Taiwan.", "selling", false, true, "07", "USA", "TWN"},
		{"Israeli air strikes killed at least 20 people in Gaza overnight.", "killed", false, false, "19", "ISR", ""},
		{"Armenia accused Azerbaijan of shelling border villages on Sunday.", "accused", false, false, "11", "ARM", "AZE"},
		{"Mexico will send 10,000 troops to its northern border, the president announced.", "send", false, true, "15", "MEX", ""},
		{"Niger's junta ordered the French ambassador to leave the country within 48 hours.", "ordered the French ambassador to leave", false, false, "16", "NERMIL", "FRAGOV"},
		{"Russia and Ukraine exchanged 200 prisoners of war on Thursday.", "exchanged", false, false, "08", "RUS", ""},
		{"Thousands of Israelis rallied in Tel Aviv against the judicial overhaul.", "rallied", false, false, "14", "ISR", ""},
		{"Demonstrators blocked roads in Santiago on Monday.", "blocked", false, false, "14", "OPP", "CHL"},
		{"Turkey's parliament approved Sweden's bid to join NATO on Tuesday.", "approved", false, false, "05", "TURLEG", "SWE"},
		{"South Africa filed a case at the International Court of Justice accusing Israel of genocide.", "accusing", false, false, "11", "ZAF", "ISR"},
		{"Chad cut diplomatic ties with Israel after the Gaza war began.", "cut", false, false, "16", "TCD", "ISR"},
		{"The Venezuelan opposition boycotted the regional elections.", "boycotted", false, false, "14", "VENOPP", ""},
		{"Egypt opened the Rafah crossing to allow aid trucks into Gaza.", "opened", false, false, "08", "EGY", ""},
		{"Kosovo police raided Serbian-run offices in the north of the country.", "raided", false, false, "19", "KSVCOP", ""},
		{"Armed men attacked a military base in northern Burkina Faso, killing 15 soldiers.", "attacked", false, false, "19", "", ""},
		{"Sri Lanka received a $3 billion bailout from the International Monetary Fund.", "received", false, false, "07", "IGOIMF", "LKA"},
		{"India and Pakistan traded fire across the border on Wednesday.", "traded fire", false, false, "19", "IND", ""},
		{"Washington has not ruled out sending troops to the region.", "sending", false, true, "15", "USA", ""},
		{"If the talks fail, the army could launch a new offensive.", "launch", false, true, "19", "MIL", ""},
		{"Azerbaijan launched a military operation in Nagorno-Karabakh on Tuesday.", "launched", false, false, "19", "AZE", ""},
		{"Thousands of farmers blocked highways across France to protest low prices.", "blocked", false, false, "14", "AGR", "FRA"},
		{"Poland will buy 250 Abrams tanks from the United States.", "buy", false, true, "07", "USA", "POL"},
		{"The Haitian government asked the United Nations to send an armed force.", "send", false, true, "15", "IGOUNO", ""},
		{"Police fired rubber bullets at protesters in Bogota.", "fired rubber bullets", false, false, "17", "COLCOP", "COLOPP"},
		{"Hezbollah fired anti-tank missiles at an Israeli army post.", "fired", false, false, "19", "", "ISRMIL"},
		{"Syrian rebels engaged Filipino peacekeepers in a firefight.", "engaged", false, false, "19", "SYRREB", "PHL"},
		{"At least 12 people were killed when a bomb exploded at a market in Baghdad.", "killed", false, false, "18", "", "IRQCVL"},
		// (a mob of protesters attacking is a violent protest, a riot: 14)
		{"The embassy was attacked by a mob of protesters on Friday.", "attacked", false, false, "14", "OPP", ""},
		{"Washington and Beijing agreed on Tuesday to resume military talks.", "resume military talks", false, true, "04", "USA", "CHN"},
		{"Turkey hosts talks between Russia and Ukraine.", "hosts", false, false, "04", "TUR", "RUS"},
		{"Israel, Hamas agree to four-day truce.", "agree to", false, false, "03", "ISR", ""},
		{"The Chinese and Russian navies conducted joint patrols in the Pacific.", "conducted", false, false, "06", "", ""},
		{"Russia strikes Kyiv with drones overnight.", "strikes", false, false, "19", "RUS", "UKR"},
		{"The government denied reports that it had used chemical weapons against civilians.", "used", true, false, "20", "", "CVL"},
		{"The European Commission fined Google 4 billion euros.", "fined", false, false, "17", "", ""},
		{"Interpol said it will send a team in the next 48 hours to help identify the victims.", "help", false, true, "07", "", ""},
		{"Interpol said it will send a team in the next 48 hours to help identify the victims.", "will", false, false, "03", "", ""},
		{"The United Nations sent inspectors to Yugoslavia on Wednesday to investigate the killings.", "investigate", false, false, "09", "", ""},
		{"Eight people were killed in an air strike by government forces.", "killed", false, false, "19", "MIL", ""},
		{"Four children were killed in Israeli tank shelling in Gaza.", "killed", false, false, "19", "ISR", ""},
		{"Israel said a mortar bomb was fired at it from the Gaza Strip.", "fired", false, false, "19", "PSE", ""},
		{"Israel said a mortar bomb was fired at it from the Gaza Strip.", "said", false, false, "11", "ISR", "PSE"},
		{"The Syrian Observatory for Human Rights, a UK-based group that tracks the war, said eight people were killed by government forces.", "said", false, false, "11", "SYR", ""},
		{"Afghan rebel leaders said on Wednesday they would meet the UN mediator.", "would", false, false, "03", "AFG", ""},
		{"The US claimed that ISIL had attacked Iraq.", "claimed", false, false, "11", "USA", "IMG"},
		{"The US claimed that ISIL had attacked Iraq.", "attacked", false, false, "19", "IMG", "IRQ"},
		{"Russia said it had attacked the rebels in Syria.", "said", false, false, "01", "RUS", ""},
		{"Russia said it had attacked the rebels in Syria.", "attacked", false, false, "19", "RUS", ""},
		{"Barack Obama and Vladimir Putin will meet in Zurich to discuss trade.", "will", false, false, "03", "USA", "RUS"},
		{"Barack Obama and Vladimir Putin will meet in Zurich to discuss trade.", "discuss", false, true, "04", "USA", "RUS"},
		{"Chile wants Peru to attack Bolivia.", "wants", false, false, "02", "CHL", "PER"},
		{"Chile wants Peru to attack Bolivia.", "attack", false, true, "19", "PER", "BOL"},
		{"The Peruvian army is to withdraw its troops from the border by March.", "withdraw", false, true, "08", "PERMIL", ""},
		{"A protest is to be staged outside the embassy on Friday.", "staged", false, true, "14", "", ""},
		{"A march is to be peacefully staged outside the ministry on Sunday.", "staged", false, true, "14", "", ""},
		{"Villagers near the border live at constant risk of being shelled by the army.", "shelled", false, true, "19", "", ""},
		{"Norway has long been working to send peacekeepers to the province.", "send", false, true, "07", "", ""},
		{"The envoy expressed a desire to visit the camps in Chad.", "visit", false, true, "04", "", ""},
		{"The minister will continue his tour of the region, including a visit to Kano.", "visit", false, true, "04", "", ""},
		{"The study calls on parliament to act quickly to investigate the ministry.", "investigate", false, true, "09", "", ""},
		{"The governor called the vote a success and rang Garcia to congratulate him.", "congratulate", false, false, "05", "", ""},
	}
	for _, c := range cases {
		d := s.run(c.text, "2020-12-02")
		found := false
		for _, e := range d.Events {
			if e.Trigger.Text != c.trigger {
				continue
			}
			found = true
			if e.Negated != c.negated || e.Hypothetical != c.hypo || e.Root != c.root {
				t.Errorf("%q: root %s negated %v hypothetical %v; want %s %v %v", c.text, e.Root, e.Negated, e.Hypothetical, c.root, c.negated, c.hypo)
			}
			if c.src != "" && (e.Source == nil || e.Source.Actor == nil || !strings.Contains(*e.Source.Actor, c.src)) {
				t.Errorf("%q: source %+v, want %s", c.text, e.Source, c.src)
			}
			if c.tgt != "" && (e.Target == nil || e.Target.Actor == nil || !strings.HasPrefix(*e.Target.Actor, c.tgt)) {
				t.Errorf("%q: target %+v, want %s", c.text, e.Target, c.tgt)
			}
			break
		}
		if !found {
			t.Errorf("%q: no event on %q", c.text, c.trigger)
		}
	}
}

func TestInflect(t *testing.T) {
	irr := irregular{"withdraw": {"withdrew", "withdrawn"}}
	got := strings.Join(inflect("withdraw", irr), ",")
	for _, w := range []string{"withdraws", "withdrawing", "withdrew", "withdrawn"} {
		if !strings.Contains(got, w) {
			t.Errorf("withdraw: %s lacks %s", got, w)
		}
	}
	if g := strings.Join(inflect("ban", nil), ","); !strings.Contains(g, "banned") {
		t.Errorf("ban: %s", g)
	}
	if g := strings.Join(inflect("carry", nil), ","); !strings.Contains(g, "carried") {
		t.Errorf("carry: %s", g)
	}
	if g := strings.Join(inflect("agree", nil), ","); !strings.Contains(g, "agreed") || !strings.Contains(g, "agreeing") {
		t.Errorf("agree: %s", g)
	}
	if g := strings.Join(inflect("tie", nil), ","); !strings.Contains(g, "tied") || !strings.Contains(g, "tying") {
		t.Errorf("tie: %s", g)
	}
	if g := strings.Join(inflect("veto", nil), ","); !strings.Contains(g, "vetoes") || !strings.Contains(g, "vetoed") {
		t.Errorf("veto: %s", g)
	}
}

// BenchmarkEvents measures the event stage alone on the example body.
func BenchmarkEvents(b *testing.B) {
	raw, err := os.ReadFile("../testdata/cnn-baghdad-embassy-drawdown.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(raw)
	body := text[strings.Index(text, "The US is temporarily"):]
	s := load(b)
	d := s.run(body, "2020-12-02")
	words := len(strings.Fields(body))
	b.ResetTimer()
	c0 := testenv.CPUTime()
	for i := 0; i < b.N; i++ {
		d.Events = d.Events[:0]
		s.ev.Process(d)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*words), "ns/word")
	b.ReportMetric(float64((testenv.CPUTime()-c0).Nanoseconds())/float64(b.N*words), "cpu-ns/word")
}

// TestNoEventOn lists words that look like triggers but report no event:
// participles before their noun, events named only as paused or ended.
func TestNoEventOn(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, participle string }{
		{"The exiled leaders met in Doha.", "exiled"},
		{"Two imprisoned journalists wrote a letter.", "imprisoned"},
		{"Police said the attacked convoy was carrying food.", "attacked"},
		{"Iraq's security advisor met with Syrian President Bashar Assad to discuss efforts to counter militants.", "discuss"},
		{"Eight people were killed by government forces in the city.", "forces"},
		{"Israeli jets struck Gaza on Monday, killing 12 people.", "killing"},
		{"Senegalese police used tear gas to disperse supporters of the opposition.", "disperse"},
		{"Haase beat Bublik 7-5, 3-6, 7-6 in the final.", "beat"},
		{"Thousands of farmers blocked highways across France to protest low prices.", "protest"},
		{"Russian forces shelled Kharkiv on Tuesday, killing five civilians.", "forces"},
		{"Two federal prison officers pleaded not guilty in court on Tuesday.", "pleaded"},
		{"James finished with 25 points and 10 assists against Oklahoma.", "assists"},
		{"The Lakers won thanks to a late 3-pointer by Paul George.", "thanks"},
		{"Amazon offers the laptop in refurbished condition for $700.", "offers"},
		{"Noel and Thomas signed false certifications.", "signed"},
		{"Trump released the transcript of his call.", "released"},
		{"Hong Kong protests exploding to new levels alarmed Beijing.", "protests"},
		{"Bush will meet with exiled dissidents.", "exiled"},
		{"State radio said there had been a lull in the shelling around Homs.", "shelling"},
		{"Both sides called for an end to the fighting.", "fighting"},
		// a protest's purpose is part of the protest, not a second event
		{"Hundreds of nurses marched through Lyon to demand higher wages.", "demand"},
		{"Miners started a hunger strike at the ministry gates to demand back pay.", "demand"},
		{"Taxi drivers blocked the main bridge in Lagos demanding lower fuel prices.", "demanding"},
	} {
		for _, e := range s.run(c.text, "2020-12-02").Events {
			if e.Trigger.Text == c.participle {
				t.Errorf("%q: event %s on %q, want none", c.text, e.Code, e.Trigger.Text)
			}
		}
	}
}

// countedCase is a sentence, its publication date, a trigger and whether
// its events count as having happened.
type countedCase struct {
	text, published, trigger string
	counted                  bool
}

// checkCounted checks that each case's events are counted (at least
// MinConfidence, neither hypothetical nor negated) or not; with caveats,
// an event not counted must say why and a counted one must not.
func (s stages) checkCounted(t *testing.T, caveats bool, cases []countedCase) {
	t.Helper()
	for _, c := range cases {
		for _, e := range s.on(t, c.text, c.published, c.trigger) {
			if got := e.Confidence >= MinConfidence && !e.Hypothetical && !e.Negated; got != c.counted {
				t.Errorf("%q: %q confidence %.2f (%s), counted %v, want %v", c.text, c.trigger, e.Confidence, e.Caveat, got, c.counted)
			}
			if caveats && (e.Caveat == "") != c.counted {
				t.Errorf("%q: %q caveat %q", c.text, c.trigger, e.Caveat)
			}
		}
	}
}

func TestBackground(t *testing.T) {
	load(t).checkCounted(t, false, []countedCase{
		{"Interpol will help identify victims killed by the crash in Ukraine.", "2020-12-02", "killed", false},
		{"The civilians imprisoned for acting against Moscow were released by Putin.", "2020-12-02", "imprisoned", false},
		{"Two weeks after rebels kidnapped dozens of peacekeepers, the UN pulled its troops out of Chad.", "2020-12-02", "kidnapped", true}, // an "after" clause tells its act done, beside a counted main act too (TestPriorActs)
		{"Israel freed the mayor, a member of Hamas who had been arrested in 2007.", "2020-12-02", "arrested", false},
		{"Police killed three protesters in Cairo.", "2020-12-02", "killed", true},
		{"Rebels attacked Iraqi troops on Monday, officials said.", "2020-12-02", "attacked", true},
		{"Kenyan volunteers handed over food parcels to families in Somalia.", "2020-12-02", "handed over", true},
		{"Peru on Tuesday denounced Chile's expulsion of its envoy.", "2020-12-02", "denounced", true},
		{"The US expanded its campaign against the militant group that has seized parts of Iraq and Syria.", "2020-12-02", "seized", false},
		{"The plane was downed by a missile believed to be fired by rebels.", "2020-12-02", "fired", false},
		{"The depot was hit by a shell thought to have been fired by rebels.", "2020-12-02", "fired", false},
		// a hedge on who they are is none on what befell them
		{"The hostages are believed to be Zorvan engineers abducted by rebels in March.", "2020-12-02", "abducted", true},
		// an event noun told as having taken place is an event of its
		// own; one that only dates another is not
		{"Following talks with the Peruvian foreign minister, the Chilean president flew home.", "2020-12-02", "talks", true},
		{"Ten rebels have been freed since the 2019 accord between Chile and Peru.", "2020-12-02", "accord", false},
		// a claim word that describes another noun claims nothing of the act
		{"Arrests of alleged smugglers dominated the news following a meeting of the Chilean president with the Peruvian foreign minister.", "2020-12-02", "meeting", true},
	})
}

func TestRetold(t *testing.T) {
	load(t).checkCounted(t, true, []countedCase{
		// a year ten or more years back: the sentence retells history
		{"Serbia on Monday condemned Croatia over remarks about the 1995 war.", "2020-12-02", "condemned", false},
		{"Kenya accused Uganda of hiding rebels who fought in the 1986 uprising.", "2020-12-02", "accused", false},
		// the old year dates the act itself: history, correctly dated
		{"In 1990, Iraq invaded Kuwait.", "2020-12-02", "invaded", true},
		// a recent year, or no publication date to measure from
		{"Serbia on Monday condemned Croatia over remarks about the 2019 elections.", "2020-12-02", "condemned", true},
		{"Serbia on Monday condemned Croatia over remarks about the 1995 war.", "", "condemned", true},
		// an act told in the present or the present perfect is no act of
		// the old year: English tells those in the past
		{"Serbia has condemned Croatia over remarks about the 1995 war.", "2020-12-02", "condemned", true},
		{"Serbia condemns Croatia over remarks about the 1995 war.", "2020-12-02", "condemns", true},
	})
}

func TestAttributiveYear(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, trigger, date string }{
		// "the 1986 uprising" dates the uprising, not the accusation
		{"Kenya accused Uganda of hiding rebels who fought in the 1986 uprising.", "accused", "2020-12-02"},
		{"Peru on Monday criticised Chile over its 2019 budget.", "criticised", "2020-11-30"},
		{"In 2019, Peru criticised Chile.", "criticised", "2019"},
	} {
		for _, e := range s.on(t, c.text, "2020-12-02", c.trigger) {
			if e.Date.Value == nil || *e.Date.Value != c.date {
				t.Errorf("%q: %q dated %v, want %s", c.text, c.trigger, e.Date.Value, c.date)
			}
		}
	}
}

func TestObjectIsNoSecondEvent(t *testing.T) {
	s := load(t)
	d := s.run("The EU imposed new sanctions on Russia.", "2020-12-02")
	if len(d.Events) != 1 {
		var codes []string
		for _, e := range d.Events {
			codes = append(codes, e.Code+" "+e.Trigger.Text)
		}
		t.Errorf("events %v, want one (imposed)", codes)
	}
}

func TestDerived(t *testing.T) {
	tab, _ := DefaultTable()
	d, err := DefaultDerived(tab)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ family, act, want string }{
		{"intent", "071", "0331"}, // a whole code
		{"intent", "0874", "0356"},
		{"appeal", "0874", "0256"}, // by its first three digits
		{"demand", "042", "106"},   // by its root
		{"intent", "112", ""},      // no line: no derived event
	} {
		if got := d.Code(c.family, c.act); got != c.want {
			t.Errorf("%s %s: %q, want %q", c.family, c.act, got, c.want)
		}
	}
	for _, c := range []struct{ line, want string }{
		{"promise\t071\t0331\n", "d.tsv:1: family"},
		{"intent\t999\t0331\n", "d.tsv:1: unknown CAMEO code \"999\""},
		{"intent\t071\t9999\n", "d.tsv:1: unknown CAMEO code \"9999\""},
		{"intent\t071\n", "d.tsv:1: want 3"},
		{"intent\t071\t0331\nintent\t071\t033\n", "d.tsv:2: intent 071 listed twice"},
	} {
		_, err := LoadDerived(strings.NewReader(c.line), "d.tsv", tab)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q", c.line, err, c.want)
		}
	}
}

func TestMeansCode(t *testing.T) {
	s := load(t)
	checkTriggerCode(t, s, "2020-12-02", []triggerCode{
		{"Eight people were killed in an air strike by government forces.", "killed", "195"},
		{"Irish guerrillas wounded two British soldiers in a bomb attack on Thursday.", "wounded", "183"},
		{"A journalist has been killed in a car bomb explosion in Beirut.", "killed", "1832"},
		{"Troops killed two militants in Gaza.", "killed", "190"},
	})
}

// A raid, an ambush or an offensive is the means of a conventional
// attack: the act it tells of takes its doer from the actor that
// modifies it ("a Chilean raid", "a Chilean-led raid") or follows it
// after "by".
func TestRaidMeansDoer(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, trigger, src string }{
		{"Three gunmen were killed in a Chilean raid near the border.", "killed", "CHL"},
		{"Tal Amrev, a rebel commander, was slain on Monday in a Chilean-led military raid.", "slain", "CHL"},
		{"Two guards were killed in an ambush by Peruvian rebels on Monday.", "killed", "PERREB"},
	} {
		es := s.on(t, c.text, "2020-12-02", c.trigger)
		for _, e := range es {
			if e.Source == nil || e.Source.Actor == nil || !strings.HasPrefix(*e.Source.Actor, c.src) || e.Root != "19" {
				t.Errorf("%q: %s source %v, want %s...", c.text, e.Code, actorCode(e.Source), c.src)
			}
		}
	}
}

func TestMalformedMeans(t *testing.T) {
	tab, _ := DefaultTable()
	for _, line := range []string{"040\ti\tair strike\t-\t-\n", "195\ti\tair strike\tcity\t-\n"} {
		if _, err := LoadPatterns(strings.NewReader(line), "v.tsv", irregular{}, tab); err == nil || !strings.Contains(err.Error(), "kind i") {
			t.Errorf("%q: error %v, want a kind i error", line, err)
		}
	}
}

func TestMalformedAccident(t *testing.T) {
	tab, _ := DefaultTable()
	for _, line := range []string{"190\ta\tcrash\t-\t-\n", "-\ta\tcrash\tcar\t-\n", "-\tv\tcrash\t-\t-\n"} {
		if _, err := LoadPatterns(strings.NewReader(line), "v.tsv", irregular{}, tab); err == nil {
			t.Errorf("%q: no error", line)
		}
	}
}

// TestAccident: a death or injury no one caused is no event that counts.
func TestAccident(t *testing.T) {
	load(t).checkCounted(t, true, []countedCase{
		{"Two US service members were killed in a helicopter crash in Afghanistan.", "2020-12-02", "killed", false},
		{"An earthquake killed 50 people in Turkey on Monday.", "2020-12-02", "killed", false},
		{"Eight people were killed in an air strike by government forces.", "2020-12-02", "killed", true},
		{"Police killed three protesters in Cairo.", "2020-12-02", "killed", true},
	})
}

func TestNoParty(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, trigger, not string }{
		{"North Korea fired two ballistic missiles into the sea, South Korea's military said.", "fired", "MIL"},
		{"North Korea fired two ballistic missiles into the sea, South Korea's military said.", "fired", "KORMIL"},
		{"Ukrainian President Volodymyr Zelensky urged Western allies to send more air defence systems.", "urged", "GHA"},
		{"Mexico will send 10,000 troops to its northern border, the president announced.", "send", "GOV"},
		{"A car bomb exploded near a police checkpoint in Mogadishu, killing eight people.", "killing", "COP"},
		{"The Serbian president put the army on high alert.", "put the army on high alert", "MIL"},
	} {
		for _, e := range s.run(c.text, "2020-12-02").Events {
			if e.Trigger.Text != c.trigger {
				continue
			}
			for _, p := range []*doc.Actor{e.Source, e.Target} {
				if p != nil && p.Actor != nil && *p.Actor == c.not {
					t.Errorf("%q: %s on %q has %s as a party", c.text, e.Code, c.trigger, c.not)
				}
			}
		}
	}
}

// FuzzEvents runs the stages up to events on any text: no panic, and
// every event's sentence and trigger lie inside the text.
func FuzzEvents(f *testing.F) {
	for _, s := range []string{
		"Russian forces shelled Kharkiv on Tuesday, killing at least five civilians, officials said.",
		"Niger's junta ordered the French ambassador to leave the country within 48 hours.",
		"Chile claimed that the rebels had attacked Peru and seized the port of Ilo",
		"Chile wants Peru to attack Bolivia.",
		"The prisoners were released on Monday by the army.",
		", killing", "to to to", "X said it had", "the first 2 weeks of", "",
	} {
		f.Add(s)
	}
	s := load(f)
	f.Fuzz(func(t *testing.T, text string) {
		d := s.run(text, "2020-12-02")
		for _, e := range d.Events {
			if e.Sentence.Start < 0 || e.Sentence.End > len(text) || e.Trigger.Start < e.Sentence.Start || e.Trigger.End > e.Sentence.End {
				t.Fatalf("event %s outside its text: %+v", e.Code, e)
			}
		}
	})
}

func TestMalformedOffTopic(t *testing.T) {
	for _, c := range []struct{ lines, want string }{
		{"Touchdown\tsport\n", "o.tsv:1: phrase \"Touchdown\" must be lower case"},
		{"home  run\tsport\n", "o.tsv:1: phrase \"home  run\" must be lower case, single-spaced"},
		{"innings\tsport\ninnings\tsport\n", "o.tsv:2: phrase \"innings\" listed twice"},
		{"innings\n", "o.tsv:1: want 2"},
	} {
		_, err := LoadOffTopic(strings.NewReader(c.lines), "o.tsv")
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q", c.lines, err, c.want)
		}
	}
}

func TestOffTopic(t *testing.T) {
	load(t).checkCounted(t, true, []countedCase{
		{"The Rams attacked in the second half and scored a touchdown.", "2020-12-02", "attacked", false},
		{"Spain accused Italy of cheating in the semi-finals on Sunday.", "2020-12-02", "accused", false},
		// a whole story: two different phrases, each in its own sentence
		{"The quarterback was praised. The league fined the club after the playoffs.", "2020-12-02", "fined", false},
		// politics that sport reaches stays counted
		{"Russia threatened to boycott the Olympic Games.", "2020-12-02", "threatened", true},
		{"China condemned the NBA on Tuesday.", "2020-12-02", "condemned", true},
		{"Police attacked striking workers in Lagos.", "2020-12-02", "attacked", true},
	})
}

func TestMalformedIdioms(t *testing.T) {
	tab, _ := DefaultTable()
	ps, err := DefaultPatterns(tab)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ lines, want string }{
		{"snore\ttone\n", "i.tsv:1: \"snore\" is no trigger verb"},
		{"hit\trecord||high\n", "i.tsv:1: \"hit\": empty or capitalised"},
		{"hit\tRecord\n", "i.tsv:1: \"hit\": empty or capitalised"},
		{"hit\trecord\nhit\thigh\n", "i.tsv:2: \"hit\" listed twice"},
	} {
		if _, err := LoadIdioms(strings.NewReader(c.lines), "i.tsv", ps); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q", c.lines, err, c.want)
		}
	}
}

// TestIdioms: a trigger verb whose object makes it an idiom is no event;
// the same verb with another object, or after "at", still is.
func TestIdioms(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, trigger, code string }{
		{"The president struck a conciliatory tone.", "struck", ""},
		{"Unemployment in Spain hit 10 percent.", "hit", ""},
		{"The club fired the coach on Sunday.", "fired", ""},
		{"The two sides struck a deal on Monday.", "struck", "057"},
		{"Israeli jets hit Gaza on Monday.", "hit", "190"},
		{"Soldiers fired at the police chief.", "fired", "190"},
		{"One Washington-based trade expert said prices rose.", "trade", ""},
		{"Iran and Iraq trade oil.", "trade", "061"},
		{"Several observations appear to back up that suspicion.", "back", ""},
		{"The pad is for charging any Apple Watch.", "charging", ""},
		{"Serbia and Croatia upgraded their diplomatic ties.", "upgraded", "050"},
	} {
		var got []string
		for _, e := range s.run(c.text, "2020-12-02").Events {
			if e.Trigger.Text == c.trigger {
				got = append(got, e.Code)
			}
		}
		if c.code == "" && len(got) > 0 || c.code != "" && (len(got) == 0 || got[0] != c.code) {
			t.Errorf("%q: %q gave %v, want %q", c.text, c.trigger, got, c.code)
		}
	}
}

func TestMalformedNonAgents(t *testing.T) {
	for _, c := range []struct{ lines, want string }{
		{"Stocks\n", "n.tsv:1: word \"Stocks\" must be lower case"},
		{"stocks\nstocks\n", "n.tsv:2: word \"stocks\" listed twice"},
		{"stocks\tshares\n", "n.tsv:1: want 1"},
	} {
		if _, err := LoadNonAgents(strings.NewReader(c.lines), "n.tsv"); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q", c.lines, err, c.want)
		}
	}
}

// TestNonAgents: markets and prices hold no demonstrations.
func TestNonAgents(t *testing.T) {
	s := load(t)
	for _, text := range []string{"Stocks rallied after the announcement.", "The Nifty has been rallying for weeks.", "The dollar attacked the highs.",
		// past the verb group the parse reads, however many adverbs it holds
		"Asian shares had once again steadily rallied by noon."} {
		for _, e := range s.run(text, "2020-12-02").Events {
			t.Errorf("%q: event %s on %q, want none", text, e.Code, e.Trigger.Text)
		}
	}
	if evs := s.on(t, "Thousands of Kenyan protesters rallied in Nairobi.", "2020-12-02", "rallied"); len(evs) > 0 && evs[0].Code != "141" {
		t.Errorf("protesters rallied: %s, want 141", evs[0].Code)
	}
}

// A place a protest is held in, or that sees one, is no target: its
// people are the protesters when no one else is named, and a protest at
// home that names no one it is against is against its government.
func TestProtestPlace(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, src, tgt string }{
		{"Thousands protested in Cairo against the new law.", "EGY", "EGYGOV"},
		{"A protest in Nairobi began on Sunday afternoon.", "KEN", "KENGOV"},
		{"China protested in Geneva against the report.", "CHN", ""},
		// a place that sees protests: its people protested
		{"Kenya has seen riots since the vote.", "KEN", ""},
	} {
		d := s.run(c.text, "2020-12-02")
		if len(d.Events) == 0 {
			t.Errorf("%q: no event", c.text)
			continue
		}
		e := d.Events[0]
		if got := actorCode(e.Source); got != c.src {
			t.Errorf("%q: source %q, want %q", c.text, got, c.src)
		}
		if got := actorCode(e.Target); got != c.tgt {
			t.Errorf("%q: target %q, want %q", c.text, got, c.tgt)
		}
	}
}

// A force that tells of an arrest or a charge with no agent made it; a
// ministry that tells of one did not.
func TestReportedArrest(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, src string }{
		{"Police said two men were detained near Nairobi.", "KENCOP"},
		{"In Darwin, police say three protesters were charged after the sit-in.", "AUSCOP"},
		{"The ministry said two men were detained.", ""},
	} {
		d := s.run(c.text, "2020-12-02")
		found := false
		for _, e := range d.Events {
			if e.Root != "17" {
				continue
			}
			found = true
			if got := actorCode(e.Source); got != c.src {
				t.Errorf("%q: source %q, want %q", c.text, got, c.src)
			}
		}
		if !found {
			t.Errorf("%q: no 17x event", c.text)
		}
	}
}

// The noun a passive infinitive modifies is its patient, even where the
// noun heads the sentence as a copula's predicate ("the only one to be
// held").
func TestPassiveInfinitive(t *testing.T) {
	s := load(t)
	d := s.run("Outside the embassy a student was the only protester to be arrested.", "2020-12-02")
	for _, e := range d.Events {
		if e.Root == "17" {
			if actorCode(e.Source) != "" || actorCode(e.Target) == "" {
				t.Errorf("source %q target %q, want the protester as target", actorCode(e.Source), actorCode(e.Target))
			}
			return
		}
	}
	t.Errorf("no 17x event in %v", d.Events)
}

// A protest with no one named protesting is by the people of the place it
// is held in, the article's where the sentence names none; not where it
// is against that place's country.
func TestPlaceProtesters(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, trigger, src string }{
		{"Thousands marched in Lima on Monday. The protest began at noon outside the station.", "protest", "PER"},
		{"Crowds gathered in Lima. The protest against Peru began at noon.", "protest", ""},
	} {
		d := s.run(c.text, "2020-12-02")
		found := false
		for _, e := range d.Events {
			if e.Trigger.Text != c.trigger {
				continue
			}
			found = true
			if got := actorCode(e.Source); got != c.src {
				t.Errorf("%q: source %q, want %q", c.text, got, c.src)
			}
		}
		if !found {
			t.Errorf("%q: no event on %q", c.text, c.trigger)
		}
	}
}

// What one is charged with or accused of is the charge, not the target:
// the one charged is ("charged with obstructing police").
func TestChargeTarget(t *testing.T) {
	s := load(t)
	d := s.run("Outside the stadium a local man was charged with obstructing police.", "2020-12-02")
	for _, e := range d.Events {
		if e.Root == "17" {
			if got := actorCode(e.Target); got != "CVL" {
				t.Errorf("target %q, want CVL", got)
			}
			return
		}
	}
	t.Errorf("no 17x event")
}

// TestModalName checks that a name spelt as a modal ("Will") is read as a
// name: the act beside it is told as done, and the name is no intent.
func TestModalName(t *testing.T) {
	s := load(t)
	s.checkCounted(t, false, []countedCase{
		{"Police in Ostrova said Dr Will Marek was arrested on Tuesday.", "2020-12-02", "arrested", true},
		{"Will Marek and two aides were detained by Zorvan police.", "2020-12-02", "detained", true},
	})
	for _, text := range []string{"Police in Ostrova said Dr Will Marek was arrested on Tuesday.", "Will Marek and two aides were detained by Zorvan police."} {
		for _, e := range s.run(text, "2020-12-02").Events {
			if e.Trigger.Text == "Will" {
				t.Errorf("%q: an event at the name: %s", text, e.Code)
			}
		}
	}
}
