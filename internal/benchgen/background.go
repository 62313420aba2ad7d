package benchgen

import (
	"fmt"
	"math/rand/v2"
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
	"About {X} {U} were affected in {D}, {A} said.",
	"{S} declined to comment on {O}.",
	"{S} said it had {V} {O} and would publish a full account {T}.",
	"\"{Q}\", {A} told reporters in {CITY}.",
	"In {D}, {S} {V} {O} while {A} met residents.",
	"{A} described {O} as {ADJ} and said more {U} would follow.",
	"{S} {V} {O}, a move {A} called {ADJ}.",
	"The figures from {D} showed {X} {U}, up from {X2} a year earlier.",
	"{A}, who has followed the matter for {X2} years, said {O} was {ADJ}.",
	"Residents of {D} said {S} had {V} {O} {T}.",
	"{S} is expected to present {O} to {A} {T}.",
	"\"{Q}\", said {A}.",
	"Critics including {A} said {S} had {V} {O} too slowly.",
	"{S} counted {X} {U} near {D}, local media reported.",
	"Neither {S} nor {A} would say when {O} would be settled.",
}

var (
	titles   = strings.Fields("spokeswoman spokesman councillor director minister analyst professor inspector adviser economist chairman secretary")
	orgKinds = []string{"Ministry of Transport", "regional council", "city council", "Red Cross", "chamber of commerce", "health authority", "police department", "port authority", "energy regulator", "teachers' union", "farmers' association", "national audit office", "water utility", "fire service", "interior ministry"}
	verbs    = []string{"reviewed", "questioned", "approved", "rejected", "delayed", "announced", "published", "expanded", "suspended", "inspected", "defended", "criticised", "funded", "postponed", "confirmed", "investigated", "extended", "revised"}
	adjs     = strings.Fields("premature encouraging unprecedented overdue inadequate reasonable costly modest significant temporary difficult welcome unusual limited")
	nouns    = []string{"the emergency plan", "the budget for repairs", "a report on the response", "the new safety rules", "the contract for the bridge", "plans for a second hospital", "the evacuation orders", "the compensation scheme", "the inquiry", "a list of damaged schools", "the road closures", "the housing programme", "the audit of public spending", "the reconstruction fund", "the permit for the terminal", "the schedule for the hearings", "the agreement with the unions", "the water rationing"}
	units    = []string{"families", "households", "workers", "volunteers", "buildings", "vehicles", "patients", "students", "shops", "flights", "homes", "farms"}
	times    = []string{"last week", "on Monday", "this month", "in March", "earlier this year", "by the end of the month", "next week", "in the coming days", "on Friday", "last year"}
	quotes   = []string{"We will not stop until every family has a roof", "Nobody could have prepared for this", "The numbers speak for themselves", "We asked for help months ago and nobody listened", "This is a matter for the courts now", "The money has to reach the people who need it", "We are still counting", "It will take years to rebuild what was lost", "We have done everything the law requires", "Our first duty is to the families"}
	streets  = strings.Fields("district quarter street square harbour valley")
)

// backdrop is the made-up cast of one event's background text.
type backdrop struct {
	people    []string // "Ada Kalomer"
	orgs      []string // "the Kalomer Foundation"
	districts []string // "the Benmo district"
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
	f := pick(frames)
	r := strings.NewReplacer(
		"{S}", subject(), "{A}", speaker(), "{V}", pick(verbs), "{O}", pick(nouns),
		"{D}", pick(b.districts), "{X}", fmt.Sprint(10+rng.IntN(990)), "{X2}", fmt.Sprint(2+rng.IntN(30)),
		"{U}", pick(units), "{T}", pick(times), "{Q}", pick(quotes), "{ADJ}", pick(adjs), "{CITY}", city,
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
