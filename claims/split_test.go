package claims

import "testing"

type splitView struct {
	Text    string
	Kind    Kind
	Frame   string
	Speaker string
	Subject string
}

func viewSplit(cs []Claim) []splitView {
	var out []splitView
	for _, c := range cs {
		v := splitView{Text: c.Text, Kind: c.Kind, Frame: c.Frame}
		if c.Attribution != nil {
			v.Speaker = c.Attribution.Speaker
		}
		if c.Subject != nil {
			v.Subject = c.Subject.Canonical
		}
		out = append(out, v)
	}
	return out
}

func TestSplit(t *testing.T) {
	testExtract(t, "claims", viewSplit, []extractCase[splitView]{
		{
			name: "coordinated clauses with a reporting clause",
			in:   "Prime Minister Jacinda Ardern met Chinese President Xi Jinping in Beijing, and her spokesman said the talks were productive.",
			want: []splitView{
				{Text: "Prime Minister Jacinda Ardern met Chinese President Xi Jinping in Beijing", Kind: KindStatement, Subject: "Jacinda Ardern"},
				{Text: "the talks were productive", Kind: KindStatement, Speaker: "her spokesman"},
			},
		},
		{
			name: "coordination with but and no comma",
			in:   "The striker scored twice in the first half but Arsenal lost the match 3-2.",
			want: []splitView{
				{Text: "The striker scored twice in the first half", Kind: KindStatement},
				{Text: "Arsenal lost the match 3-2", Kind: KindStatement, Subject: "Arsenal"},
			},
		},
		{
			name: "while without a comma joins two facts",
			in:   "Exports fell sharply in March while imports rose for a third month.",
			want: []splitView{
				{Text: "Exports fell sharply in March", Kind: KindStatement},
				{Text: "imports rose for a third month", Kind: KindStatement},
			},
		},
		{
			name: "while before a participle is not a clause",
			in:   "The senator spoke for an hour while holding a copy of the bill.",
			want: []splitView{
				{Text: "The senator spoke for an hour while holding a copy of the bill", Kind: KindStatement},
			},
		},
		{
			name: "and before a second past-tense verb",
			in:   "He was nicknamed Bubba in his family and graduated from the University of Oklahoma in 1951.",
			want: []splitView{
				{Text: "He was nicknamed Bubba in his family", Kind: KindStatement},
				{Text: "graduated from the University of Oklahoma in 1951", Kind: KindStatement},
			},
		},
		{
			name: "a gapped clause with its own number",
			in:   "Andre Miller is averaging 15.5 points per game, Andre Iguodala 14.9 points.",
			want: []splitView{
				{Text: "Andre Miller is averaging 15.5 points per game", Kind: KindStatement, Subject: "Andre Miller"},
				{Text: "Andre Iguodala 14.9 points", Kind: KindStatement, Subject: "Andre Iguodala"},
			},
		},
		{
			name: "a list of names is not split",
			in:   "Germany, France and Italy signed the agreement on Tuesday.",
			want: []splitView{
				{Text: "Germany, France and Italy signed the agreement on Tuesday", Kind: KindStatement, Subject: "Germany"},
			},
		},
		{
			name: "semicolon",
			in:   "The quake struck at 4:17 a.m.; rescuers reached the village by noon.",
			want: []splitView{
				{Text: "The quake struck at 4:17 a.m.", Kind: KindStatement},
				{Text: "rescuers reached the village by noon", Kind: KindStatement},
			},
		},
		{
			name: "enumeration with that-items after a count and a colon",
			in:   "The senator told reporters she had two demands for the administration: that it release the documents and that it testify before the committee.",
			want: []splitView{
				{Text: "it release the documents", Kind: KindStatement, Frame: "she had two demands for the administration", Speaker: "the senator"},
				{Text: "it testify before the committee", Kind: KindStatement, Frame: "she had two demands for the administration", Speaker: "the senator"},
			},
		},
		{
			name: "enumeration with semicolons",
			in:   "According to the indictment, the company made three false statements: it had no debt; its auditors had approved the accounts; and its chief executive owned no shares.",
			want: []splitView{
				{Text: "it had no debt", Kind: KindStatement, Frame: "the company made three false statements", Speaker: "the indictment"},
				{Text: "its auditors had approved the accounts", Kind: KindStatement, Frame: "the company made three false statements", Speaker: "the indictment"},
				{Text: "its chief executive owned no shares", Kind: KindStatement, Frame: "the company made three false statements", Speaker: "the indictment"},
			},
		},
		{
			name: "enumeration with commas matching the count",
			in:   "Police recovered four items from the car: a rifle, two knives, a laptop and a passport.",
			want: []splitView{
				{Text: "a rifle", Kind: KindStatement, Frame: "Police recovered four items from the car"},
				{Text: "two knives", Kind: KindStatement, Frame: "Police recovered four items from the car"},
				{Text: "a laptop", Kind: KindStatement, Frame: "Police recovered four items from the car"},
				{Text: "a passport", Kind: KindStatement, Frame: "Police recovered four items from the car"},
			},
		},
		{
			name: "appositive with facts",
			in:   "Jones, a retired firefighter from Ohio, has been missing for three days.",
			want: []splitView{
				{Text: "Jones, a retired firefighter from Ohio, has been missing for three days", Kind: KindStatement, Subject: "Jones"},
				{Text: "a retired firefighter from Ohio", Kind: KindDescription, Subject: "Jones"},
			},
		},
		{
			name: "non-restrictive relative clause",
			in:   "Rescuers reached Antakya, which was home to 400,000 people before the quake, on Tuesday.",
			want: []splitView{
				{Text: "Rescuers reached Antakya, which was home to 400,000 people before the quake, on Tuesday", Kind: KindStatement},
				{Text: "which was home to 400,000 people before the quake", Kind: KindDescription, Subject: "Antakya"},
			},
		},
		{
			name: "relative clause on an unnamed subject",
			in:   "The judge, who was appointed in 2019, rejected the motion.",
			want: []splitView{
				{Text: "The judge, who was appointed in 2019, rejected the motion", Kind: KindStatement},
				{Text: "who was appointed in 2019", Kind: KindDescription},
			},
		},
		{
			name: "trailing attribution",
			in:   "The central bank will raise rates again in June, two people familiar with the matter said.",
			want: []splitView{
				{Text: "The central bank will raise rates again in June", Kind: KindStatement, Speaker: "two people familiar with the matter"},
			},
		},
		{
			name: "according to at the end",
			in:   "At least 12 people died in the flooding, according to the Red Cross.",
			want: []splitView{
				{Text: "At least 12 people died in the flooding", Kind: KindStatement, Speaker: "International Committee of the Red Cross"},
			},
		},
		{
			name: "quote then speaker told outlet",
			in:   "“We will not resign,” Mayor Eric Adams told Reuters.",
			want: []splitView{
				{Text: "We will not resign", Kind: KindStatement, Speaker: "Eric Adams"},
			},
		},
		{
			name: "quote, then said and a speaker with a relative clause",
			in:   "\"I was a little nervous before tonight,\" said Hansbrough, who sat beside the coach.",
			want: []splitView{
				{Text: "I was a little nervous before tonight", Kind: KindStatement, Speaker: "Hansbrough"},
			},
		},
		{
			name: "it said refers to the organization last named",
			in:   "Boeing delivered 30 jets in May.\nIt said deliveries would rise in June.",
			want: []splitView{
				{Text: "Boeing delivered 30 jets in May", Kind: KindStatement, Subject: "Boeing"},
				{Text: "deliveries would rise in June", Kind: KindStatement, Speaker: "Boeing"},
			},
		},
		{
			name: "speaker told reporters that",
			in:   "Coach Pep Guardiola told reporters that the team had played its best football of the season.",
			want: []splitView{
				{Text: "the team had played its best football of the season", Kind: KindStatement, Speaker: "Pep Guardiola"},
			},
		},
		{
			name: "speaker after an introductory phrase",
			in:   "After the verdict, the defense attorney said his client would appeal.",
			want: []splitView{
				{Text: "his client would appeal", Kind: KindStatement, Speaker: "the defense attorney"},
			},
		},
		{
			name: "warned without that reports no statement",
			in:   "The minister warned the envoy about the risks the deal would carry.",
			want: []splitView{
				{Text: "The minister warned the envoy about the risks the deal would carry", Kind: KindStatement},
			},
		},
		{
			name: "an institution named with a lowercase head",
			in:   "The Chinese Foreign ministry said the talks were useful.",
			want: []splitView{
				{Text: "the talks were useful", Kind: KindStatement, Speaker: "Foreign ministry"},
			},
		},
		{
			name: "a place before a common noun is not the subject",
			in:   "A Texas jury convicted the sect leader on Thursday.",
			want: []splitView{
				{Text: "A Texas jury convicted the sect leader on Thursday", Kind: KindStatement},
			},
		},
		{
			name: "according to testimony from a named person",
			in:   "According to testimony from Nick Hanna, a Texas Ranger, the tape was made in 2006.",
			want: []splitView{
				{Text: "the tape was made in 2006", Kind: KindStatement, Speaker: "Nick Hanna"},
			},
		},
		{
			name: "caption label",
			in:   "PHOTO: Firefighters battle a blaze in Los Angeles, January 8, 2025.",
			want: []splitView{
				{Text: "Firefighters battle a blaze in Los Angeles, January 8, 2025", Kind: KindCaption},
			},
		},
		{
			name: "shared speaker across a verb phrase coordination",
			in:   "The spokesperson declined to comment on the lawsuit but said the company would cooperate with regulators.",
			want: []splitView{
				{Text: "The spokesperson declined to comment on the lawsuit", Kind: KindStatement},
				{Text: "the company would cooperate with regulators", Kind: KindStatement, Speaker: "the spokesperson"},
			},
		},
		{
			name: "a pronoun refers to the last speaker of its gender",
			in:   "Spokeswoman Anna Berg said the plant would close.\nMr. Tom Hale, the mayor, said he would fight the closure.\nShe said talks had failed.",
			want: []splitView{
				{Text: "the plant would close", Kind: KindStatement, Speaker: "Anna Berg"},
				{Text: "the mayor", Kind: KindDescription, Subject: "Tom Hale"},
				{Text: "he would fight the closure", Kind: KindStatement, Speaker: "Tom Hale", Subject: "Tom Hale"},
				{Text: "talks had failed", Kind: KindStatement, Speaker: "Anna Berg"},
			},
		},
	})
}
