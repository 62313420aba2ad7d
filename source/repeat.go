package source

// markRepeated marks, across the documents of one Load, title-like lines
// that several sources share: menus, section names and teasers of the same
// site. Sentences are left alone, since copied articles legitimately share
// them.
func markRepeated(docs []*Document, opt Options) {
	if len(docs) < 2 {
		return
	}
	count := map[string]int{}
	for _, d := range docs {
		seen := map[string]bool{}
		for i, b := range d.Blocks {
			if k, ok := repeatKey(d, i); ok && !seen[k] {
				seen[k] = true
				count[k]++
			}
			_ = b
		}
	}
	for _, d := range docs {
		changed := false
		for i := range d.Blocks {
			if k, ok := repeatKey(d, i); ok && count[k] >= 2 && d.Blocks[i].Kind == KindBody {
				d.Blocks[i].Kind, d.Blocks[i].Why = KindFurniture, "repeated across sources"
				changed = true
			}
		}
		if changed {
			applyKinds(d, opt)
		}
	}
}

// repeatKey is the normalized text of a short block without sentence
// punctuation; ok is false for other blocks.
func repeatKey(d *Document, i int) (string, bool) {
	b := d.Blocks[i]
	if b.End-b.Start > 200 {
		return "", false
	}
	f := features(&Document{Text: d.Text, Blocks: []Block{b}})[0]
	if !f.titleLike() || f.words > 12 {
		return "", false
	}
	return normTitle(f.text), true
}
