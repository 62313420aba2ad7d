package benchgen

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"strings"
)

// Background paragraphs bring a generated article to the size of a real
// one (3 to 8 KB) with text that belongs to its event: the sentences are
// drawn from a small grammar whose slots take names, places and numbers
// made up for the event, so two events of one kind share their template
// sentences but little else, as two real stories about two earthquakes do.

// frames are background sentence shapes. Slots: {S} a subject, {A} an
// attributed speaker, {V} a past-tense verb phrase, {O} an object, {D} a
// district, {X} a number, {U} a counted noun, {T} a time phrase, {Q} a
// quotation, {CITY} the event's city.
var frames = []string{
	"{S} {V} {O} {T}, {A} said.",
	"{A} said {S} had {V} {O} in {D}.",
	"According to {A}, {S} {V} {O} {T}.",
	"About {X} {U} in {D} were affected, {A} said.",
	"{S} would not discuss {O} {T}.",
	"{S} said it had {V} {O} {T}.",
	"\"{Q}\", {A} told reporters in {CITY}.",
	"In {D}, {S} {V} {O} while {A} met residents.",
	"{A} described {O} as {ADJ}; {X} more {U} would follow.",
	"{S} {V} {O}, a move {A} called {ADJ}.",
	"{A} said {O} had been {V} {T}.",
	"Asked about {O}, {A} called it {ADJ}.",
	"{S} and {S2} have {V} {O} since {T}.",
	"The cost of {O} rose to {X} million, {A} said.",
	"{X} {U} in {D} were still waiting {T}, {A} said.",
	"{A} wrote that {S} had {V} {O} without consulting {S2}.",
	"The figures from {D} showed {X} {U}, up from {X2} a year earlier.",
	"{A} called {O} {ADJ} in a letter to {S}.",
	"Residents of {D} said {S} had {V} {O} {T}.",
	"{S} will present {O} to {A} {T}.",
	"\"{Q}\", said {A}.",
	"Critics including {A} said {S} had {V} {O} too slowly.",
	"{S} counted {X} {U} near {D}, local media reported.",
	"Neither {S} nor {A} would say when {O} would be settled.",
}

var (
	titles   = strings.Fields("spokeswoman spokesman councillor director minister analyst professor inspector adviser economist chairman secretary")
	orgKinds = []string{"Ministry of Transport", "regional council", "city council", "Red Cross", "chamber of commerce", "health authority", "police department", "port authority", "energy regulator", "teachers' union", "farmers' association", "national audit office", "water utility", "fire service", "interior ministry"}
	verbs    = strings.Fields("reviewed questioned approved rejected delayed announced published expanded suspended inspected defended criticised funded postponed confirmed investigated extended revised blocked endorsed drafted challenged audited cancelled renewed signed amended scrapped doubled halved backed opposed outlined finalised relaunched leaked disputed welcomed restructured overhauled")
	adjs     = strings.Fields("premature encouraging unprecedented overdue inadequate reasonable costly modest significant temporary difficult welcome unusual limited ambitious controversial urgent disappointing generous fragile vague sensible risky timely")
	// Objects are composed, "the revised flood budget", so one object
	// rarely recurs across events.
	objAdjs  = strings.Fields("new revised emergency annual interim provisional draft final regional municipal national joint second long-delayed disputed expanded")
	objHeads = strings.Fields("flood storm transport housing school hospital water energy safety rescue harbour bridge railway tax pension health border fishing mining tourism")
	objNouns = strings.Fields("budget plan report rules contract inquiry programme scheme agreement audit fund permit schedule strategy review framework deal proposal tender assessment")
	units    = []string{"families", "households", "workers", "volunteers", "buildings", "vehicles", "patients", "students", "shops", "flights", "homes", "farms"}
	months   = strings.Fields("January February March April May June July August September October November December")
	weekdays = strings.Fields("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
	// Quotations are made per event, as each story quotes its own people.
	quoteHeads = []string{"We warned that", "Nobody expected that", "It is clear that", "We cannot accept that", "The figures show that", "We were promised that", "Everyone knows that", "I believe that", "We learned that", "Nobody told us that"}
	streets    = strings.Fields("district quarter street square harbour valley")
)

// variants are wordings that differ from event to event: the template text
// holds the first, and each event picks one of each group, so that two
// events of one kind do not share whole sentences (a real archive's
// earthquake stories are not one text with the names changed).
var variants = [][]string{
	{"struck", "hit", "jolted"}, {"searched", "combed", "scoured"}, {"through the night", "overnight", "all night"},
	{"remain closed", "stay shut", "stay closed"}, {"until further notice", "for now", "indefinitely"},
	{"similar", "comparable", "strong"}, {"faces up to", "could face up to", "risks up to"},
	{"would appeal the verdict", "would challenge the verdict", "planned an appeal"},
	{"The case centred on", "The case turned on", "The case concerned"}, {"agreed to buy", "agreed to acquire", "will buy"},
	{"The combined company", "The merged firm", "The new group"}, {"employees", "staff", "workers"},
	{"is expected to close", "should close", "is due to close"}, {"in the second half of the year", "by the end of the year", "within months"},
	{"rose", "jumped", "climbed"}, {"in early trading", "in morning trade", "at the open"}, {"the price was fair", "the deal made sense", "the price was high"},
	{"talks on trade and security", "talks on trade", "security talks"}, {"talked for about", "met for about", "spent about"},
	{"a joint working group on energy", "a joint energy task force", "a joint energy committee"}, {"first meeting", "first encounter", "first talks"},
	{"did not comment on", "declined to discuss", "gave no view on"}, {"the dispute over fishing rights", "the fishing dispute", "fishing rights"},
	{"A powerful storm", "A violent storm", "A severe storm"}, {"homes without power", "homes in the dark", "households without electricity"},
	{"Winds of up to", "Gusts of up to", "Winds reaching"}, {"toppled trees across", "brought down trees in", "uprooted trees across"},
	{"falling debris", "flying debris", "debris"}, {"Trains between", "Rail services between", "Trains linking"},
	{"were suspended", "were cancelled", "were halted"}, {"urged residents to stay indoors", "told residents to stay home", "asked people to stay inside"},
}

// variantSlots compiles, for each variant group, the expression that finds
// its first wording as whole words.
func variantSlots() []*regexp.Regexp {
	out := make([]*regexp.Regexp, len(variants))
	for i, g := range variants {
		out[i] = regexp.MustCompile(`\b` + regexp.QuoteMeta(g[0]) + `\b`)
	}
	return out
}

// slotted replaces every variant wording in s by its placeholder, {V0}…
func slotted(s string, slots []*regexp.Regexp) string {
	for i, re := range slots {
		s = re.ReplaceAllLiteralString(s, fmt.Sprintf("{V%d}", i))
	}
	return s
}

// backdrop is the made-up cast of one event's background text.
type backdrop struct {
	people    []string // "Ada Kalomer"
	orgs      []string // "the Kalomer Foundation"
	districts []string // "the Benmo district"
	quotes    []string
}

func newBackdrop(rng *rand.Rand) backdrop {
	var b backdrop
	for i := 0; i < 4; i++ {
		b.people = append(b.people, firstNames[rng.IntN(len(firstNames))]+" "+surname(rng))
	}
	for i := 0; i < 3; i++ {
		if rng.IntN(2) == 0 {
			b.orgs = append(b.orgs, "the "+orgKinds[rng.IntN(len(orgKinds))])
		} else {
			b.orgs = append(b.orgs, "the "+surname(rng)+" Foundation")
		}
	}
	for i := 0; i < 3; i++ {
		b.districts = append(b.districts, "the "+surname(rng)+" "+streets[rng.IntN(len(streets))])
	}
	for i := 0; i < 3; i++ {
		b.quotes = append(b.quotes, quoteHeads[rng.IntN(len(quoteHeads))]+" "+b.orgs[rng.IntN(len(b.orgs))]+" "+
			verbs[rng.IntN(len(verbs))]+" the "+objAdjs[rng.IntN(len(objAdjs))]+" "+objHeads[rng.IntN(len(objHeads))]+" "+objNouns[rng.IntN(len(objNouns))])
	}
	return b
}

// sentence draws one background sentence of the event.
func (b backdrop) sentence(rng *rand.Rand, city string) string {
	pick := func(s []string) string { return s[rng.IntN(len(s))] }
	speaker := func() string {
		switch rng.IntN(3) {
		case 0:
			return pick(b.people)
		case 1:
			t := pick(titles)
			a := "a "
			if strings.ContainsRune("aeiou", rune(t[0])) {
				a = "an "
			}
			return pick(b.people) + ", " + a + t + " at " + pick(b.orgs) + ","
		}
		return pick(titles) + " " + pick(b.people)
	}
	subject := func() string {
		if rng.IntN(2) == 0 {
			return pick(b.orgs)
		}
		return pick(b.people)
	}
	when := func() string {
		switch rng.IntN(4) {
		case 0:
			return "on " + pick(weekdays)
		case 1:
			return "in " + pick(months)
		case 2:
			return fmt.Sprintf("by %s %d", pick(months), 1+rng.IntN(28))
		}
		return fmt.Sprintf("since %s %d", pick(months), 2010+rng.IntN(12))
	}
	f := pick(frames)
	r := strings.NewReplacer(
		"{S}", subject(), "{S2}", subject(), "{A}", speaker(), "{V}", pick(verbs),
		"{O}", "the "+pick(objAdjs)+" "+pick(objHeads)+" "+pick(objNouns),
		"{D}", pick(b.districts), "{X}", fmt.Sprint(10+rng.IntN(990)), "{X2}", fmt.Sprint(2+rng.IntN(30)),
		"{U}", pick(units), "{T}", when(), "{Q}", pick(b.quotes), "{ADJ}", pick(adjs), "{CITY}", city,
	)
	s := r.Replace(f)
	s = strings.ReplaceAll(s, ",,", ",")
	s = strings.ReplaceAll(s, ",.", ".")
	return strings.ToUpper(s[:1]) + s[1:]
}

// paragraphs groups sentences into paragraphs of two to four.
func paragraphs(rng *rand.Rand, sents []string) []string {
	var out []string
	for len(sents) > 0 {
		n := 2 + rng.IntN(3)
		if n > len(sents) {
			n = len(sents)
		}
		out = append(out, strings.Join(sents[:n], " "))
		sents = sents[n:]
	}
	return out
}
