package claims

import (
	"math"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/factcheck/factcheck/internal/testkit"
)

type timeView struct {
	Text     string
	Kind     TimeKind
	Gran     Granularity
	From, To string
	Relative bool
}

func ymd(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

func viewTimes(ts []Time) []timeView {
	var out []timeView
	for _, t := range ts {
		out = append(out, timeView{Text: t.Text, Kind: t.Kind, Gran: t.Granularity, From: ymd(t.From), To: ymd(t.To), Relative: t.Relative})
	}
	return out
}

func TestParseTimes(t *testing.T) {
	// Published on a Thursday.
	const pub = "2023-03-02"
	tests := []struct {
		in   string
		pub  string
		want []timeView
	}{
		{"The ceasefire took effect on March 2, 2023.", pub, []timeView{{"March 2, 2023", Point, Day, "2023-03-02", "2023-03-03", false}}},
		{"Filed 03/02/2023 in federal court.", pub, []timeView{{"03/02/2023", Point, Day, "2023-03-02", "2023-03-03", false}}},
		{"Russia invaded on Feb. 24, 2022.", pub, []timeView{{"Feb. 24, 2022", Point, Day, "2022-02-24", "2022-02-25", false}}},
		{"The report is dated 2023-03-02.", pub, []timeView{{"2023-03-02", Point, Day, "2023-03-02", "2023-03-03", false}}},
		{"They last met in January 2022 in Geneva.", pub, []timeView{{"January 2022", Point, Month, "2022-01-01", "2022-02-01", false}}},
		{"He has lived there since 2018.", pub, []timeView{{"since 2018", Since, Year, "2018-01-01", "2023-03-03", false}}},
		{"The factory opened in 2018.", pub, []timeView{{"2018", Point, Year, "2018-01-01", "2019-01-01", false}}},
		{"Prices soared in the 1990s.", pub, []timeView{{"1990s", Point, Decade, "1990-01-01", "2000-01-01", false}}},
		{"The vote was held on 14 May 2023.", pub, []timeView{{"14 May 2023", Point, Day, "2023-05-14", "2023-05-15", false}}},
		{"Harvest begins in summer 2024.", pub, []timeView{{"summer 2024", Point, Season, "2024-06-01", "2024-09-01", false}}},
		{"The two spoke Thursday.", pub, []timeView{{"Thursday", Point, Day, "2023-03-02", "2023-03-03", true}}},
		{"On Wednesday, the minister resigned.", pub, []timeView{{"Wednesday", Point, Day, "2023-03-01", "2023-03-02", true}}},
		{"Talks resumed Friday.", pub, []timeView{{"Friday", Point, Day, "2023-02-24", "2023-02-25", true}}},
		{"They spoke last summer.", pub, []timeView{{"last summer", Point, Season, "2022-06-01", "2022-09-01", true}}},
		{"Sales fell last year.", pub, []timeView{{"last year", Point, Year, "2022-01-01", "2023-01-01", true}}},
		{"The plan was published last week.", pub, []timeView{{"last week", Point, Week, "2023-02-20", "2023-02-27", true}}},
		{"The war began more than a year ago.", pub, []timeView{{"more than a year ago", Before, Year, "", "2022-03-03", true}}},
		{"Officials met in recent days.", pub, []timeView{{"in recent days", Point, Week, "2023-02-23", "2023-03-03", true}}},
		{"The ceremony will take place on February 22.", "2009-01-05", []timeView{{"February 22", Point, Day, "2009-02-22", "2009-02-23", true}}},
		{"The two spoke Thursday.", "", []timeView{{"Thursday", Point, Day, "", "", true}}},
		{"The storm hit yesterday.", pub, []timeView{{"yesterday", Point, Day, "2023-03-01", "2023-03-02", true}}},
		{"Negotiators may meet in May.", pub, []timeView{{"May", Point, Month, "2023-05-01", "2023-06-01", true}}},
		{"The ship thwarted an attack on 10 Nov 11.", "2011-11-11", []timeView{{"10 Nov 11", Point, Day, "2011-11-10", "2011-11-11", false}}},
		{"Tenants may leave early.", pub, nil},
		{"The 2010 treaty limits warheads to 1,550.", pub, []timeView{{"2010", Point, Year, "2010-01-01", "2011-01-01", false}}},
		{"The plant opened in 2010 after delays.", pub, []timeView{{"2010", Point, Year, "2010-01-01", "2011-01-01", false}}},
		{"The town had 2018 residents.", pub, nil},
	}
	for _, tt := range tests {
		var anchor time.Time
		if tt.pub != "" {
			anchor, _ = time.Parse("2006-01-02", tt.pub)
		}
		got := viewTimes(ParseTimes(tt.in, anchor))
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseTimes(%q, %s) mismatch (-want +got):\n%s", tt.in, tt.pub, diff)
		}
	}
}

func TestEveOf(t *testing.T) {
	ts := ParseTimes("On the eve of the election in 2020, the party split.", time.Time{})
	want := []Time{
		{Start: 0, End: 26, Text: "On the eve of the election", Kind: Point, Granularity: Day, Event: "the election"},
		{Start: 30, End: 34, Text: "2020", Kind: Point, Granularity: Year, From: date(2020, 1, 1), To: date(2021, 1, 1)},
	}
	if diff := cmp.Diff(want, ts); diff != "" {
		t.Errorf("ParseTimes mismatch (-want +got):\n%s", diff)
	}
}

type qtyView struct {
	Text      string
	Value     float64
	Unit      string
	Hedge     string
	Low, High float64
}

func TestParseQuantities(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		in   string
		want []qtyView
	}{
		{"They chatted for roughly 10 minutes.", []qtyView{{"roughly 10 minutes", 10, "minute", "roughly", 9, 11}}},
		{"They spoke for about 10 minutes.", []qtyView{{"about 10 minutes", 10, "minute", "about", 9, 11}}},
		{"The town was once home to 70,000 people.", []qtyView{{"70,000 people", 70000, "person", "", 70000, 70000}}},
		{"He has been detained for four years.", []qtyView{{"four years", 4, "year", "", 4, 4}}},
		{"Beijing published a 12-point plan.", []qtyView{{"12-point", 12, "point", "", 12, 12}}},
		{"A $73.5M beach replenishment project starts soon.", []qtyView{{"$73.5M", 73.5e6, "usd", "", 73.5e6, 73.5e6}}},
		{"More than 90% of those killed were women.", []qtyView{{"More than 90%", 90, "percent", "more than", 90, inf}}},
		{"At least 12 people died.", []qtyView{{"At least 12 people", 12, "person", "at least", 12, inf}}},
		{"Up to 5,000 troops could be deployed.", []qtyView{{"Up to 5,000 troops", 5000, "troop", "up to", 0, 5000}}},
		{"Nearly two million residents lost power.", []qtyView{{"Nearly two million residents", 2e6, "resident", "nearly", 1.8e6, 2e6}}},
		{"The company cut 1.5 billion dollars in costs.", []qtyView{{"1.5 billion dollars", 1.5e9, "usd", "", 1.5e9, 1.5e9}}},
		{"Unemployment rose to 4.2 percent.", []qtyView{{"4.2 percent", 4.2, "percent", "", 4.2, 4.2}}},
		{"Some 300 families were evacuated.", []qtyView{{"Some 300 families", 300, "family", "some", 270, 330}}},
		{"Ministers of the G-20 met in 2023.", nil},
		{"The New START treaty caps warheads.", nil},
		{"No one was hurt in the one-on-one drill.", nil},
		{"Flight 370 vanished in 2014.", nil},
		{"The meeting started at 10 a.m.", nil},
		{"Between 10 and 15 people were hurt.", []qtyView{{"Between 10 and 15 people", 12.5, "person", "range", 10, 15}}},
		{"The storm left 300 to 400 homes without power.", []qtyView{{"300 to 400 homes", 350, "home", "range", 300, 400}}},
		{"The fine could reach $2 to $3 million.", []qtyView{{"$2 to $3 million", 2.5e6, "usd", "range", 2e6, 3e6}}},
		{"A 34-year-old mother was shot.", []qtyView{{"34-year-old", 34, "age", "", 34, 34}}},
		{"He's 16 years old.", []qtyView{{"16 years old", 16, "age", "", 16, 16}}},
		{"Testimony lasted 4 1/2 hours.", []qtyView{{"4 1/2 hours", 4.5, "hour", "", 4.5, 4.5}}},
		{"Testimony lasted four and a half hours.", []qtyView{{"four and a half hours", 4.5, "hour", "", 4.5, 4.5}}},
		{"The trail is 3/4 mile long.", []qtyView{{"3/4 mile", 0.75, "mile", "", 0.75, 0.75}}},
		{"Twenty-five ships were sunk.", []qtyView{{"Twenty-five ships", 25, "ship", "", 25, 25}}},
		// The unit is the counted noun, past its modifiers; a bare count
		// after an arrest or a people verb counts persons.
		{"Rescuers reached 12 worst-hit villages.", []qtyView{{"12 worst-hit villages", 12, "village", "", 12, 12}}},
		{"The two top diplomats met.", []qtyView{{"two top diplomats", 2, "diplomat", "", 2, 2}}},
		{"It lasted 52 games.", []qtyView{{"52 games", 52, "game", "", 52, 52}}},
		{"The collapse left over 60 others missing.", []qtyView{{"over 60 others", 60, "", "over", 60, inf}}},
		{"Police arrested 12 more on Sunday.", []qtyView{{"12", 12, "person", "", 12, 12}}},
		{"killing at least 12 people and injuring 150, officials said", []qtyView{{"at least 12 people", 12, "person", "at least", 12, inf}, {"150", 150, "person", "", 150, 150}}},
	}
	for _, tt := range tests {
		var got []qtyView
		for _, q := range ParseQuantities(tt.in) {
			got = append(got, qtyView{q.Text, q.Value, q.Unit, q.Hedge, q.Low, q.High})
		}
		if diff := cmp.Diff(tt.want, got, cmp.Comparer(func(a, b float64) bool { return a == b || math.Abs(a-b) < 1e-6*math.Abs(a) })); diff != "" {
			t.Errorf("ParseQuantities(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

type entView struct {
	Text, Canonical string
	Type            EntityType
}

// viewEntities lists the entity mentions of the claims, and their
// speakers, which are resolved like mentions, each once.
func viewEntities(cs []Claim) []entView {
	var out []entView
	seen := map[int]bool{}
	for _, c := range cs {
		if a := c.Attribution; a != nil && !seen[a.Start] {
			seen[a.Start] = true
			out = append(out, entView{a.Text, a.Speaker, "speaker"})
		}
		for _, m := range c.Entities {
			if !seen[m.Start] {
				seen[m.Start] = true
				out = append(out, entView{m.Text, m.Canonical, m.Type})
			}
		}
	}
	return out
}

func TestEntities(t *testing.T) {
	testExtract(t, "entities", viewEntities, []extractCase[entView]{
		{
			name: "titles, demonyms and surname coreference",
			in:   "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris.\nScholz said the talks with Macron went well.",
			want: []entView{
				{"German", "Germany", Place}, {"Olaf Scholz", "Olaf Scholz", Person},
				{"French", "France", Place}, {"Emmanuel Macron", "Emmanuel Macron", Person},
				{"Paris", "Paris", Place},
				{"Scholz said", "Olaf Scholz", "speaker"}, {"Macron", "Emmanuel Macron", Person},
			},
		},
		{
			name: "a common noun of place beside a name the gazetteer lacks",
			in:   "The quake hit the town of Marran and the island of Vardel, and shook Dorvan province.",
			want: []entView{
				{"Marran", "Marran", Place}, {"Vardel", "Vardel", Place}, {"Dorvan", "Dorvan", Place},
			},
		},
		{
			name: "a region's demonym, by WordNet's pertainym",
			in:   "European carriers and Texan ranchers met Asians in Oman.",
			want: []entView{
				{"European", "Europe", Place}, {"Texan", "Texas", Place}, {"Asians", "Asia", Place}, {"Oman", "Oman", Place},
			},
		},
		{
			name: "a named storm",
			in:   "A Senate panel heard that Hurricane Delia hit the coast.",
			want: []entView{
				{"Senate", "Senate", Organization}, {"Hurricane Delia", "Hurricane Delia", Event},
			},
		},
		{
			name: "variants normalize",
			in:   "The U.S. and the UK joined the G20 talks in Kiev.\nLeaders of the Group of 20 and the United States spoke.",
			want: []entView{
				{"U.S.", "United States", Place}, {"UK", "United Kingdom", Place}, {"G20", "Group of 20", Organization},
				{"Kiev", "Kyiv", Place},
				{"Group of 20", "Group of 20", Organization}, {"United States", "United States", Place},
			},
		},
		{
			name: "title mention links to the full name",
			in:   "Indian Foreign Minister Subrahmanyam Jaishankar hosted the meeting.\nThe foreign minister said India wanted peace.",
			want: []entView{
				{"Indian", "India", Place}, {"Subrahmanyam Jaishankar", "Subrahmanyam Jaishankar", Person},
				{"The foreign minister said", "Subrahmanyam Jaishankar", "speaker"}, {"India", "India", Place},
			},
		},
		{
			name: "a title of another country does not link",
			in:   "Indian Foreign Minister Subrahmanyam Jaishankar hosted the meeting.\nChina's foreign minister did not attend.",
			want: []entView{
				{"Indian", "India", Place}, {"Subrahmanyam Jaishankar", "Subrahmanyam Jaishankar", Person},
				{"China", "China", Place},
			},
		},
		{
			name: "two people with one surname stay apart",
			in:   "Serena Williams beat Anna Kalinskaya.\nVenus Williams lost in the second round.\nWilliams will play again on Friday.",
			want: []entView{
				{"Serena Williams", "Serena Williams", Person}, {"Anna Kalinskaya", "Anna Kalinskaya", Person},
				{"Venus Williams", "Venus Williams", Person},
				{"Williams", "Venus Williams", Person},
			},
		},
		{
			name: "organizations and events",
			in:   "The World Health Organization said the Olympic Games would go ahead.\nA WHO official told the BBC that the decision was final.",
			want: []entView{
				{"The World Health Organization said", "World Health Organization", "speaker"},
				{"Olympic Games", "Olympic Games", Event},
				{"A WHO official told the BBC", "a WHO official", "speaker"},
			},
		},
		{
			name: "teams, laws and all-caps aliases",
			in:   "Deputy Jerry Ortiz said the Jacksonville Jaguars practiced in LA under the Endangered Species Act rules.\nOfficials in La Paz agreed.",
			want: []entView{
				{"Deputy Jerry Ortiz said", "Jerry Ortiz", "speaker"},
				{"Jacksonville Jaguars", "Jacksonville Jaguars", Organization},
				{"LA", "Los Angeles", Place},
				{"Endangered Species Act", "Endangered Species Act", Other},
				{"La Paz", "La Paz", Place},
			},
		},
		{
			name: "an acronym in parentheses stands for the name before it",
			in:   "The Fundamentalist Church of Jesus Christ of Latter Day Saints (FLDS) has 10,000 members.\nThe FLDS denied the charges.",
			want: []entView{
				{"Fundamentalist Church of Jesus Christ of Latter Day Saints", "Fundamentalist Church of Jesus Christ of Latter Day Saints", Organization},
				{"FLDS", "Fundamentalist Church of Jesus Christ of Latter Day Saints", Organization},
				{"FLDS", "Fundamentalist Church of Jesus Christ of Latter Day Saints", Organization},
			},
		},
		{
			name: "a capitalized verb opening the sentence is not part of a name",
			in:   "Choosing DeGeneres was easy, the producers said.\nDeGeneres accepted.",
			want: []entView{
				{"the producers said", "the producers", "speaker"},
				{"DeGeneres", "DeGeneres", Other},
				{"DeGeneres", "DeGeneres", Other},
			},
		},
		{
			name: "capitalized by position is not a name",
			in:   "Amid the chaos, rescuers pulled survivors from the rubble.",
			want: nil,
		},
	})
}

func TestNameKey(t *testing.T) {
	same := [][2]string{
		{"Sergei Lavrov", "Sergey Lavrov"},
		{"Volodymyr Zelensky", "Volodymyr Zelenskyy"},
		{"Zelenskiy", "Zelensky"},
		{"José Martínez", "Jose Martinez"},
		{"Dmitry Peskov", "Dmitri Peskov"},
		{"Aleksei Navalny", "Alexei Navalny"},
		{"U.S.", "US"},
	}
	for _, p := range same {
		if NameKey(p[0]) != NameKey(p[1]) {
			t.Errorf("NameKey(%q) = %q, NameKey(%q) = %q; want equal", p[0], NameKey(p[0]), p[1], NameKey(p[1]))
		}
	}
	differ := [][2]string{
		{"Sergei Lavrov", "Sergei Ryabkov"},
		{"Serena Williams", "Venus Williams"},
		{"Paul Whelan", "Paul Walsh"},
	}
	for _, p := range differ {
		if NameKey(p[0]) == NameKey(p[1]) {
			t.Errorf("NameKey(%q) == NameKey(%q) = %q; want different", p[0], p[1], NameKey(p[0]))
		}
	}
}

func TestWithin(t *testing.T) {
	testkit.Pairs(t, "Within", Within, []testkit.Pair[bool]{ // inner, outer
		{"New Delhi", "India", true},
		{"Geneva", "Switzerland", true},
		{"Geneva", "India", false},
		{"India", "India", true},
		{"Detroit", "Michigan", true},
		{"Detroit", "United States", true},
		{"Michigan", "United States", true},
		{"Denpasar", "Indonesia", true},
		{"Bali", "Indonesia", true},
		{"Moscow", "Ukraine", false},
		{"Atlantis", "Greece", false},
	})
}

type predView struct {
	Text      string
	Predicate string
	Class     string
	Polarity  Polarity
	Modality  Modality
}

func TestTitled(t *testing.T) {
	testkit.Cases(t, "Titled", Titled, []testkit.Case[string, bool]{ // phrase, want
		{"Prime Minister Ana Costa said", true},
		{"said Mr. Lee", true},
		{"Interior Secretary Dirk Holm said", true},
		{"Trend Micro said", false},
		{"the Highway Patrol said", false},
	})
}

func viewPredicates(cs []Claim) []predView {
	var out []predView
	for _, c := range cs {
		out = append(out, predView{c.Text, c.Predicate, c.Class, c.Polarity, c.Modality})
	}
	return out
}

func TestPredicatePolarityModality(t *testing.T) {
	testExtract(t, "predicates", viewPredicates, []extractCase[predView]{
		{in: "The two ministers met briefly on the sidelines.", want: []predView{{"The two ministers met briefly on the sidelines", "meet", "meet", Affirmed, Asserted}}},
		{in: "The leaders spoke by phone for an hour.", want: []predView{{"The leaders spoke by phone for an hour", "speak", "meet", Affirmed, Asserted}}},
		{in: "The envoys had face-to-face contact in Doha.", want: []predView{{"The envoys had face-to-face contact in Doha", "have contact", "meet", Affirmed, Asserted}}},
		{in: "The presidents did not speak one-on-one at the summit.", want: []predView{{"The presidents did not speak one-on-one at the summit", "speak", "meet", Negated, Asserted}}},
		{in: "The club never paid the transfer fee.", want: []predView{{"The club never paid the transfer fee", "pay", "", Negated, Asserted}}},
		{in: "The ministry denied the report.", want: []predView{{"The ministry denied the report", "deny", "", Negated, Asserted}}},
		{in: "The premier is set to meet union leaders next week.", want: []predView{{"The premier is set to meet union leaders next week", "meet", "meet", Affirmed, Future}}},
		{in: "The board will vote on the merger in June.", want: []predView{{"The board will vote on the merger in June", "vote", "", Affirmed, Future}}},
		{in: "The party would support a caretaker government.", want: []predView{{"The party would support a caretaker government", "support", "", Affirmed, Conditional}}},
		{in: "The storm could reach the coast by Sunday.", want: []predView{{"The storm could reach the coast by Sunday", "reach", "", Affirmed, Conditional}}},
		{in: "The suspect may have fled the country.", want: []predView{{"The suspect may have fled the country", "flee", "", Affirmed, Hedged}}},
		{in: "The striker reportedly signed a new contract.", want: []predView{{"The striker reportedly signed a new contract", "sign", "", Affirmed, Hedged}}},
		{in: "Shares rose 4% after the announcement.", want: []predView{{"Shares rose 4% after the announcement", "rise", "rise", Affirmed, Asserted}}},
		{in: "The jury acquitted the officer of all charges.", want: []predView{{"The jury acquitted the officer of all charges", "acquit", "acquit", Affirmed, Asserted}}},
		{in: "The hostages were released in a prisoner swap.", want: []predView{{"The hostages were released in a prisoner swap", "release", "release", Affirmed, Asserted}}},
		{in: "Russian forces, aided by mercenaries, have mounted a new offensive.", want: []predView{{"Russian forces, aided by mercenaries, have mounted a new offensive", "mount", "", Affirmed, Asserted}}},
		{in: "While the bill passed the House, the Senate rejected it.", want: []predView{{"While the bill passed the House, the Senate rejected it", "reject", "reject", Affirmed, Asserted}}},
		{in: "He's charged with two counts of murder.", want: []predView{{"He's charged with two counts of murder", "charge", "", Affirmed, Asserted}}},
		{in: "There's no requirement to trace the funds.", want: []predView{{"There's no requirement to trace the funds", "be", "", Negated, Asserted}}},
		{in: "We're not going to release a bad movie.", want: []predView{{"We're not going to release a bad movie", "release", "release", Negated, Future}}},
		{in: "LaRue served as special assistant to the attorney general.", want: []predView{{"LaRue served as special assistant to the attorney general", "serve", "", Affirmed, Asserted}}},
		{in: "Leaders to hold emergency talks on the crisis", want: []predView{{"Leaders to hold emergency talks on the crisis", "hold talk", "meet", Affirmed, Future}}},
		{in: "Smith faces up to 20 years in prison.", want: []predView{{"Smith faces up to 20 years in prison", "face", "", Affirmed, Asserted}}},
		{in: "Born in Nashville, she left her job in 1950.", want: []predView{{"Born in Nashville, she left her job in 1950", "leave", "", Affirmed, Asserted}}},
		{in: "Troops pulled out of the town overnight.", want: []predView{{"Troops pulled out of the town overnight", "pull out", "", Affirmed, Asserted}}},
	})
}

func TestTermsAndAliases(t *testing.T) {
	d := doc(t, "Rescue teams searched the collapsed buildings for survivors.", "")
	cs := Extract(d, Options{})
	want := []string{"rescue", "team", "search", "collapse", "building", "survivor"}
	if len(cs) != 1 {
		t.Fatalf("got %d claims, want 1", len(cs))
	}
	if diff := cmp.Diff(want, cs[0].Terms); diff != "" {
		t.Errorf("Terms mismatch (-want +got):\n%s", diff)
	}
	d = doc(t, "Rescuers reached Kyiv on Friday.", "")
	cs = Extract(d, Options{Aliases: map[string]string{"kyiv": "Kyiv City"}})
	if len(cs) != 1 || len(cs[0].Entities) == 0 || cs[0].Entities[0].Canonical != "Kyiv City" {
		t.Errorf("alias not applied: %+v", cs)
	}
}

func TestFutureWeekday(t *testing.T) {
	// Published on Friday 2013-04-12.
	d := doc(t, "The trial is scheduled to resume Monday.\nThe jury heard testimony Monday.", "2013-04-12")
	var got []timeView
	for _, c := range Extract(d, Options{}) {
		got = append(got, viewTimes(c.Times)...)
	}
	want := []timeView{
		{"Monday", Point, Day, "2013-04-15", "2013-04-16", true},
		{"Monday", Point, Day, "2013-04-08", "2013-04-09", true},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("weekdays mismatch (-want +got):\n%s", diff)
	}
}

func TestAppositiveAge(t *testing.T) {
	d := doc(t, "Mark Teixeira, 28, has hit 30 homers.", "")
	var got []qtyView
	for _, c := range Extract(d, Options{}) {
		for _, q := range c.Quantities {
			got = append(got, qtyView{q.Text, q.Value, q.Unit, q.Hedge, q.Low, q.High})
		}
	}
	want := []qtyView{{"28", 28, "age", "", 28, 28}, {"30 homers", 30, "homer", "", 30, 30}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("quantities mismatch (-want +got):\n%s", diff)
	}
}

func TestLocative(t *testing.T) {
	d := doc(t, "Officials from Russia met in Geneva, Switzerland, to discuss a U.S. proposal on Ukraine near the Black Sea.", "")
	var got []string
	for _, c := range Extract(d, Options{}) {
		for _, m := range c.Entities {
			if m.Locative {
				got = append(got, m.Canonical)
			}
		}
	}
	want := []string{"Geneva", "Switzerland", "Black Sea"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("locative places mismatch (-want +got):\n%s", diff)
	}
}
