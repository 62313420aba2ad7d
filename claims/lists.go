package claims

import (
	"strconv"
	"sync"

	"github.com/factcheck/factcheck/internal/lexicon"
)

// wordLists holds the closed-class words and cue lists of data/words.txt;
// each field reads the section of the same name. Sets hold lowercase words.
type wordLists struct {
	trimPunct         map[string]bool
	hedgeCue          map[string]bool
	condCue           map[string]bool
	futureCue         map[string]bool
	negCue            map[string]bool
	leadWords         map[string]bool
	participlePreps   map[string]bool
	coordConj         map[string]bool
	reporting         map[string]bool
	strongReporting   map[string]bool
	subordinators     map[string]bool
	finiteNext        map[string]bool
	speakerAdverb     map[string]bool
	baseSubject       map[string]bool
	contractsIs       map[string]bool
	orgSuffix         map[string]bool
	eventSuffix       map[string]bool
	eventPrefix       map[string]bool
	clauseBreak       map[string]bool
	placeSuffix       map[string]bool
	pronounSubjects   map[string]bool
	nonNames          map[string]bool
	placePrefix       map[string]bool
	lawSuffix         map[string]bool
	lowerOrgWord      map[string]bool
	placeNouns        map[string]bool
	captionLabel      map[string]bool
	locativePreps     map[string]bool
	auxiliaries       map[string]bool
	nounCue           map[string]bool
	lightNouns        map[string]bool
	particles         map[string]bool
	futureCatenatives map[string]bool
	notVerbsEd        map[string]bool
	peopleVerbs       map[string]bool
	anaphoricUnits    map[string]bool
	abbrevs           map[string]bool
	numberWords       map[string]float64
	magnitudes        map[string]float64
	currencies        map[string]string
	irregularPlurals  map[string]string
	genderTitles      map[string]byte // 'm' or 'f'
	unitGran          map[string]Granularity
}

// vocab returns the process-wide word lists, reading data/words.txt on
// first use; they are never written after.
var vocab = sync.OnceValue(func() *wordLists {
	l := dataLists("words.txt")
	w := &wordLists{
		trimPunct:         l.Set("trimPunct"),
		hedgeCue:          l.Set("hedgeCue"),
		condCue:           l.Set("condCue"),
		futureCue:         l.Set("futureCue"),
		negCue:            l.Set("negCue"),
		leadWords:         l.Set("leadWords"),
		participlePreps:   l.Set("participlePreps"),
		coordConj:         l.Set("coordConj"),
		reporting:         l.Set("reporting"),
		strongReporting:   l.Set("strongReporting"),
		subordinators:     l.Set("subordinators"),
		finiteNext:        l.Set("finiteNext"),
		speakerAdverb:     l.Set("speakerAdverb"),
		baseSubject:       l.Set("baseSubject"),
		contractsIs:       l.Set("contractsIs"),
		orgSuffix:         l.Set("orgSuffix"),
		eventSuffix:       l.Set("eventSuffix"),
		eventPrefix:       l.Set("eventPrefix"),
		clauseBreak:       l.Set("clauseBreak"),
		placeSuffix:       l.Set("placeSuffix"),
		pronounSubjects:   l.Set("pronounSubjects"),
		nonNames:          l.Set("nonNames"),
		placePrefix:       l.Set("placePrefix"),
		lawSuffix:         l.Set("lawSuffix"),
		lowerOrgWord:      l.Set("lowerOrgWord"),
		placeNouns:        l.Set("placeNouns"),
		captionLabel:      l.Set("captionLabel"),
		locativePreps:     l.Set("locativePreps"),
		auxiliaries:       l.Set("auxiliaries"),
		nounCue:           l.Set("nounCue"),
		lightNouns:        l.Set("lightNouns"),
		particles:         l.Set("particles"),
		futureCatenatives: l.Set("futureCatenatives"),
		notVerbsEd:        l.Set("notVerbsEd"),
		peopleVerbs:       l.Set("peopleVerbs"),
		anaphoricUnits:    l.Set("anaphoricUnits"),
		abbrevs:           l.Set("abbrevs"),
		numberWords:       floats(l, "numberWords"),
		magnitudes:        floats(l, "magnitudes"),
		currencies:        l.Map("currencies"),
		irregularPlurals:  l.Map("irregularPlurals"),
		genderTitles:      map[string]byte{},
		unitGran:          map[string]Granularity{},
	}
	for k, v := range l.Map("genderTitles") {
		w.genderTitles[k] = v[0]
	}
	for k, v := range l.Map("unitGran") {
		w.unitGran[k] = Granularity(v)
	}
	return w
})

// floats reads a section of words with numeric values.
func floats(l *lexicon.Lists, section string) map[string]float64 {
	m := map[string]float64{}
	for k, v := range l.Map(section) {
		f, err := strconv.ParseFloat(v, 64)
		if err != nil {
			panic("claims: words.txt [" + section + "] " + k + ": " + err.Error())
		}
		m[k] = f
	}
	return m
}
