package entity

import (
	"io"
	"os"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/segment"
)

func analyse(t testing.TB, text, published string) *doc.Document {
	t.Helper()
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	d := doc.New("x", text)
	d.Body = []doc.Span{{Start: 0, End: len(text)}}
	if published != "" {
		d.Published.Value = &published
	}
	segment.Stage{}.Process(d)
	if err := s.Process(d); err != nil {
		t.Fatal(err)
	}
	return d
}

func find(d *doc.Document, typ, name string) *doc.Entity {
	for i := range d.Entities {
		if d.Entities[i].Type == typ && d.Entities[i].Name == name {
			return &d.Entities[i]
		}
	}
	return nil
}

func TestExampleArticle(t *testing.T) {
	raw, err := os.ReadFile("../testdata/cnn-baghdad-embassy-drawdown.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	body := text[strings.Index(text, "The US is temporarily"):]
	d := analyse(t, body, "2020-12-02")
	for _, c := range []struct{ typ, name, actorPrefix string }{
		{"PERSON", "Qasem Soleimani", "IRN"},
		{"PERSON", "Matthew Tueller", ""},
		{"ORG", "State Department", "USAGOV"},
		{"ORG", "National Security Council", ""},
		{"ORG", "The Washington Post", ""},
		{"GPE", "Baghdad", "IRQ"},
		{"GPE", "Iraq", "IRQ"},
		{"GPE", "Iran", "IRN"},
	} {
		e := find(d, c.typ, c.name)
		if e == nil {
			t.Errorf("%s %q not found", c.typ, c.name)
			continue
		}
		if c.actorPrefix != "" && (e.Actor == nil || !strings.HasPrefix(*e.Actor, c.actorPrefix)) {
			t.Errorf("%s %q: actor %v, want %s…", c.typ, c.name, e.Actor, c.actorPrefix)
		}
	}
	us := 0
	for _, e := range d.Entities {
		if e.Type == "GPE" && e.Actor != nil && *e.Actor == "USA" {
			us++
		}
	}
	if us != 1 {
		t.Errorf("US, U.S. should be one entity, got %d", us)
	}
}

func TestTyping(t *testing.T) {
	cases := []struct{ text, typ, name, actor string }{
		{"Iraqi police arrested three men in Basra on Monday.", "GPE", "Basra", "IRQ"},
		{"The talks were led by Prime Minister Boris Johnson in London.", "PERSON", "Boris Johnson", "GBRGOV"},
		{"Analysts at Goldman Sachs Group expect growth.", "ORG", "Goldman Sachs Group", ""},
		{"Officials from the Ministry of Defence met reporters.", "ORG", "Ministry of Defence", ""},
		{"Russian President Vladimir Putin met Chinese leaders.", "PERSON", "Vladimir Putin", "RUSGOV"},
		{"On Monday, Apple CEO Steve Jobs unveiled the phone.", "PERSON", "Steve Jobs", ""},
		{"On Monday, Apple CEO Steve Jobs unveiled the phone.", "ORG", "Apple", ""},
		{"Shares of General Motors fell sharply.", "ORG", "General Motors", ""},
		{"Opponents of Rwanda's Senate protested.", "ORG", "Senate", "RWALEG"},
		{"The Senate voted on Monday.", "ORG", "Senate", "USALEG"},
		// a regional demonym names a CAMEO region
		{"The envoy toured Arab capitals in May.", "NORP", "Arab", "ARB"},
		{"The envoy met African leaders in May.", "NORP", "African", "AFR"},
		// national legislatures known by a name of their own
		{"The bill went to the Sejm on Monday.", "ORG", "Sejm", "POLLEG"},
		{"Deputies in the State Duma voted on Monday.", "ORG", "Duma", "RUSLEG"},
		// a country after "of" in a titled name is the person's or the office's
		{"Prime Minister Jane Quill of Kenya spoke on Monday.", "PERSON", "Jane Quill", "KENGOV"},
		{"Prime Minister Jane Quill of Kenya spoke on Monday.", "GPE", "Kenya", "KEN"},
		// (a former office holder is an elite, not the government)
		{"Former Prime Minister of Kenya Jane Quill spoke on Monday.", "PERSON", "Jane Quill", "KENELI"},
		{"On Monday the former President Jane Quill of Kenya spoke.", "PERSON", "Jane Quill", "KENELI"},
		{"The Foreign Minister of Kenya spoke on Monday.", "ORG", "Foreign Minister of Kenya", "KENGOV"},
		{"The Bank of England raised rates.", "ORG", "Bank of England", ""},
		// a role phrase before an uncoded person, or in apposition to one
		{"Kenyan police chief Jane Quill spoke on Monday.", "PERSON", "Jane Quill", "KENCOP"},
		{"Jane Quill, Kenya's foreign minister, spoke on Monday.", "PERSON", "Jane Quill", "KENGOV"},
		{"Jane Quill, the Kenyan foreign minister, spoke on Monday.", "PERSON", "Jane Quill", "KENGOV"},
		{"Kenyan rebel group Velox Front attacked a base.", "ORG", "Velox Front", "KENREB"},
		// a lower-case name particle: glued by a hyphen, or before a known name
		{"Troops loyal to Hassan al-Zorvani fired on protesters.", "PERSON", "Hassan al-Zorvani", ""},
		{"The minister blamed al Qaeda for the attack.", "ORG", "Al Qaeda", "IMGMOSALQ"},
		{"The minister blamed Al Qaeda for the attack.", "ORG", "Al Qaeda", "IMGMOSALQ"},
		// a title opening a sentence is kept though its first word is common
		{"Secretary of State Jane Quill met reporters.", "PERSON", "Jane Quill", ""},
		// a title, "of" and the office it heads, before a given name
		{"On Monday Secretary of Defence Jane Quill met reporters.", "PERSON", "Jane Quill", ""},
		{"Kenyan Minister of Foreign Affairs Jane Quill met reporters.", "PERSON", "Jane Quill", "KENGOV"},
		{"Budgets will grow, Secretary of Defence Jane Quill told the committee.", "PERSON", "Jane Quill", ""},
		{"Secretary of Energy Jane Quill met reporters.", "PERSON", "Jane Quill", ""},
	}
	for _, c := range cases {
		d := analyse(t, c.text, "2020-12-02")
		e := find(d, c.typ, c.name)
		if e == nil {
			var got []string
			for _, x := range d.Entities {
				got = append(got, x.Type+":"+x.Name)
			}
			t.Errorf("%q: %s %q not found; got %v", c.text, c.typ, c.name, got)
			continue
		}
		if c.actor != "" && (e.Actor == nil || *e.Actor != c.actor) {
			t.Errorf("%q: %s actor %v, want %s", c.text, c.name, e.Actor, c.actor)
		}
	}
}

// A role phrase in apposition to a person is that person, not a second
// actor; one in a list is an actor of its own.
func TestApposedRole(t *testing.T) {
	for _, c := range []struct {
		text string
		role bool
	}{
		{"Jane Quill, Kenya's foreign minister, spoke on Monday.", false},
		{"Jane Quill, the minister, spoke on Monday.", false},
		{"Jane Quill, Kenyan ministers and police officers met on Monday.", true},
	} {
		d := analyse(t, c.text, "2020-12-02")
		got := false
		for _, a := range d.Actors {
			got = got || a.Type == "ROLE" && strings.Contains(a.Head, "minister")
		}
		if got != c.role {
			t.Errorf("%q: a minister role phrase %v, want %v (%+v)", c.text, got, c.role, d.Actors)
		}
	}
}

// A lower-case title after a demonym codes the person it names, also
// where the demonym alone gave the person a country.
func TestLowerCaseTitle(t *testing.T) {
	for _, c := range []struct{ text, name, actor string }{
		{"An envoy met Ghanaian prime minister Jane Quill on Tuesday.", "Jane Quill", "GHAGOV"},
		{"Ghanaian foreign minister Jane Quill spoke.", "Jane Quill", "GHAGOV"},
		{"On Friday the former Ghanaian president Jane Quill spoke.", "Jane Quill", "GHAELI"},
		// "former" outweighs the dictionary's office on the date
		{"On Friday former Kenyan president Uhuru Kenyatta spoke.", "Uhuru Kenyatta", "KENELI"},
		{"On Friday former President Uhuru Kenyatta spoke.", "Uhuru Kenyatta", "KENELI"},
		{"On Friday Kenyan president Uhuru Kenyatta spoke.", "Uhuru Kenyatta", "KENGOV"},
	} {
		d := analyse(t, c.text, "2020-12-02")
		got := entityActor(d, c.name)
		if got != c.actor {
			t.Errorf("%q: %s coded %q, want %q", c.text, c.name, got, c.actor)
		}
	}
}

func TestLeaderDates(t *testing.T) {
	lx, err := LoadLexicon(defaultOpen)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ date, want string }{{"2018-05-01", "USAGOV"}, {"2022-05-01", "USA"}, {"2016-01-01", "USA"}} {
		if got, _ := lx.LeaderCode("Donald Trump", c.date); got != c.want {
			t.Errorf("Trump on %s: %s, want %s", c.date, got, c.want)
		}
	}
}

func TestMalformedDictionaries(t *testing.T) {
	cases := []struct{ file, content, want string }{
		{"data/orgs.tsv", "X\tORG\tUSAGOV\t-\n", "data/orgs.tsv:1: want 5"},
		{"data/orgs.tsv", "X\tTHING\tUSAGOV\t-\t\n", "data/orgs.tsv:1: unknown type"},
		{"data/orgs.tsv", "X\tORG\tUSgov\t-\t\n", "data/orgs.tsv:1: actor code"},
		{"data/orgs.tsv", "X\tORG\tUSAGOV\tParis\t\n", "data/orgs.tsv:1: place"},
		{"data/agents.tsv", "Police\tCOP\n", "data/agents.tsv:1: role word"},
		{"data/agents.tsv", "police\tCOPS\n", "data/agents.tsv:1: agent code"},
		{"data/leaders.tsv", "A B\tUSAGOV\t2020-13-01\t-\tUSA\n", "data/leaders.tsv:1: date"},
		{"data/leaders.tsv", "A B\tUSAGOV\t2020-01-01\t2019-01-01\tUSA\n", "data/leaders.tsv:1: office ends"},
		{"data/countries.tsv", "US\tUSA\n", "data/countries.tsv:1"},
		{"data/demonyms.tsv", "scottish\tGB\n", "data/demonyms.tsv:1: want a capitalised"},
		{"data/demonyms.tsv", "Scottish\tGBR\n", "data/demonyms.tsv:1: want a capitalised"},
		{"data/demonyms.tsv", "Scottish\tGB\nScottish\tGB\n", "data/demonyms.tsv:2: demonym"},
		{"data/common-words.txt", "Word\n", "data/common-words.txt:1: word"},
		{"data/given-names-sex.tsv", "Ana\tx\n", "data/given-names-sex.tsv:1: sex"},
		{"data/given-names-sex.tsv", "ana\tf\n", "data/given-names-sex.tsv:1: name"},
		{"data/given-names-sex.tsv", "Ana\n", "data/given-names-sex.tsv:1: want 2"},
	}
	for _, c := range cases {
		open := func(name string) (io.ReadCloser, error) {
			if name == c.file {
				return io.NopCloser(strings.NewReader(c.content)), nil
			}
			return defaultOpen(name)
		}
		_, err := LoadLexicon(open)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want %q", c.file, err, c.want)
		}
	}
}

func FuzzEntities(f *testing.F) {
	f.Add("Iranian Gen. Qasem Soleimani met U.S. officials (Matthew) Tueller in Baghdad.")
	f.Add("The The of of and ( ) Mr. Dr.")
	s, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := doc.New("x", text)
		d.Body = []doc.Span{{Start: 0, End: len(text)}}
		// the first line also stands as a headline outside the text
		h, _, _ := strings.Cut(text, "\n")
		d.Headline = &h
		segment.Stage{}.Process(d)
		if err := s.Process(d); err != nil {
			t.Fatal(err)
		}
		for _, e := range d.Entities {
			for _, m := range e.Mentions {
				src := text
				if m.In != "" {
					src = h
				}
				if m.Start < 0 || m.End > len(src) || m.Start >= m.End || src[m.Start:m.End] != m.Text {
					t.Fatalf("bad mention %+v", m)
				}
			}
		}
	})
}

func TestRoleActors(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, head, code string }{
		{"Afghan rebel leaders met the envoy.", "leaders", "AFGREB"},
		{"Iraqi police arrested three men.", "police", "IRQCOP"},
		{"Syrian opposition officials spoke.", "officials", "SYROPP"},
		{"US officials said so.", "officials", "USAGOV"},
		// "from" or "of" and a country, past determiners and modifiers only
		{"Officials from war-torn Somalia spoke.", "Officials", "SOMGOV"},
		{"Fighters from the hills attacked Kenyan troops.", "Fighters", "REB"},
		// local people "in" a country are its own, past a compass adjective;
		// soldiers there are not
		{"Kenyan officials said villagers in southern Ghana blocked the road.", "villagers", "GHACVL"},
		{"Kenyan officials said protesters in Ghana blocked the road.", "protesters", "GHAOPP"},
		{"Kenyan officials said soldiers in Ghana blocked the road.", "soldiers", "MIL"},
		// soldiers "with" a country's army serve in it; officials with
		// one do not
		{"Kenyan officials said soldiers with the Ghanaian army blocked the road.", "soldiers", "GHAMIL"},
		{"Kenyan police said officials with the Ghanaian army blocked the road.", "officials", "GOV"},
		// a role word opening a sentence is no name
		{"Protesters blocked the road in Ghana.", "Protesters", "GHAOPP"},
		{"Villagers blocked the road in Ghana.", "Villagers", "GHACVL"},
		// health workers and a medical adviser are the health sector
		{"Ghanaian nurses blocked the road.", "nurses", "GHAHLH"},
		{"The senator met his medical adviser.", "medical adviser", "HLH"},
		// a former office holder is an elite, not the government
		{"On Friday a former Ghanaian minister spoke.", "minister", "GHAELI"},
		{"A former minister of Ghana spoke.", "minister", "GHAELI"},
		{"Ghana's former legislators spoke.", "legislators", "GHAELI"},
		{"Ghana's legislators spoke.", "legislators", "GHALEG"},
	} {
		d := analyse(t, c.text, "2020-12-02")
		actors, _ := s.Actors(d, doc.Span{Start: 0, End: len(c.text)})
		found := false
		for _, a := range actors {
			if strings.HasSuffix(a.Head, c.head) {
				found = true
				if a.Code != c.code {
					t.Errorf("%q: %q coded %q, want %q", c.text, a.Head, a.Code, c.code)
				}
			}
		}
		if !found {
			t.Errorf("%q: no actor headed %q in %+v", c.text, c.head, actors)
		}
	}
}

// The stage puts every sentence's actor phrases on the document, and
// Actors reads them there as it would find them.
func TestActorsOnDocument(t *testing.T) {
	raw, err := os.ReadFile("../testdata/cnn-baghdad-embassy-drawdown.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	d := analyse(t, text, "2020-12-02")
	s, _ := New()
	s.context = s.contextCountry(d) // as Process sets it for the document
	if len(d.Actors) == 0 {
		t.Fatal("no actor phrases on the document")
	}
	for i, sp := range d.Sentences {
		got, toks := s.Actors(d, sp)
		want := s.actors(d, toks, sentenceMentions(d, sp))
		if len(got) != len(want) {
			t.Fatalf("sentence %d: %d actors on the document, %d found", i, len(got), len(want))
		}
		for k := range got {
			w := want[k]
			w.bare, w.own, w.agent = false, false, ""
			if want[k].bare {
				w.Code = got[k].Code // the document's one armed force may code it (TestForceCountry)
			}
			if got[k] != w {
				t.Errorf("sentence %d: %+v, want %+v", i, got[k], want[k])
			}
		}
	}
}

// The headline is read like a sentence: its names are marked, offset into
// the headline when it is not in the text, and join the body's entities; a
// Title Case headline's common words are no names.
func TestHeadline(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	body := "The US Embassy in Baghdad is pulling staff, officials said. Qasem Soleimani was killed in January."
	for _, c := range []struct {
		headline string
		want     []string // headline mention texts
	}{
		{"US Embassy In Baghdad Pulls Staff Ahead Of Soleimani Anniversary", []string{"US Embassy", "Baghdad", "Soleimani"}},
		{"Embassy staff leave Baghdad", []string{"Baghdad"}},
	} {
		d := doc.New("x", body)
		d.Body = []doc.Span{{Start: 0, End: len(body)}}
		h := c.headline
		d.Headline = &h
		segment.Stage{}.Process(d)
		if err := s.Process(d); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range d.Entities {
			for i, m := range e.Mentions {
				if m.In == "" {
					continue
				}
				if m.In != "headline" || h[m.Start:m.End] != m.Text || i != 0 {
					t.Errorf("%q: mention %+v of %s: want in=headline, offsets into the headline, first", h, m, e.Name)
				}
				if len(e.Mentions) < 2 {
					t.Errorf("%q: %q did not join the body's entity", h, m.Text)
				}
				got = append(got, m.Text)
			}
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: headline names %q, want %q", h, got, c.want)
		}
	}
}

// A role named before its holder, a comma between, is the holder: one
// actor with the person's code; a list keeps both.
func TestCataphoricRole(t *testing.T) {
	for _, c := range []struct {
		text, role, code string
	}{
		{"On Monday the President of the assembly, Uhuru Kenyatta, opened the session.", "President", "KENGOV"},
		{"Critics accused the minister, Uhuru Kenyatta.", "minister", "KENGOV"},
		{"Delegates cheered the leader of the ruling coalition, Uhuru Kenyatta, at the rally.", "leader", "KENGOV"},
		// (the role inside the "of"-phrase is not the person)
		{"Delegates cheered the chairman of the ruling coalition, Uhuru Kenyatta, at the rally.", "ruling coalition", ""},
		// a list: the role is an actor of its own, not the person
		{"Critics accused the minister, Uhuru Kenyatta and the envoy.", "minister", ""},
	} {
		d := analyse(t, c.text, "2020-12-02")
		got, persons := "", 0
		for _, a := range d.Actors {
			if a.Head == c.role && a.Entity != "" && a.Code != "" {
				got = a.Code
			}
			if a.Type == "PERSON" {
				persons++
			}
		}
		if got != c.code || c.code != "" && persons != 0 {
			t.Errorf("%q: %s coded %q with %d person phrases, want %q (%+v)", c.text, c.role, got, persons, c.code, d.Actors)
		}
	}
}
