package source

import "github.com/factcheck/factcheck/internal/par"

// markRepeated marks, across the documents of one Load, title-like lines
// that several sources share: menus, section names and teasers of the same
// site. Sentences are left alone, since copied articles legitimately share
// them.
func markRepeated(docs []*Document, opt Options) {
	if len(docs) < 2 {
		return
	}
	// A block's key depends on that block alone: made once, in parallel.
	keys := make([][]blockKey, len(docs))
	par.Each(len(docs), func(j int) { keys[j] = repeatKeys(docs[j]) })
	count := map[string]int{}
	for j := range docs {
		seen := map[string]bool{}
		for _, k := range keys[j] {
			if k.ok && !seen[k.key] {
				seen[k.key] = true
				count[k.key]++
			}
		}
	}
	for j, d := range docs {
		changed := false
		for i, k := range keys[j] {
			if k.ok && count[k.key] >= 2 && d.Blocks[i].Kind == KindBody {
				d.Blocks[i].Kind, d.Blocks[i].Why = KindFurniture, "repeated across sources"
				changed = true
			}
		}
		if changed {
			applyKinds(d, opt)
		}
	}
}

// blockKey is a block's repeat key; ok is false for a block without one.
type blockKey struct {
	key string
	ok  bool
}

// repeatKeys are the repeat keys of d's blocks.
func repeatKeys(d *Document) []blockKey {
	keys := make([]blockKey, len(d.Blocks))
	for i := range d.Blocks {
		keys[i].key, keys[i].ok = repeatKey(d, i)
	}
	return keys
}

// repeatKey is the normalized text of a short block without sentence
// punctuation; ok is false for other blocks.
func repeatKey(d *Document, i int) (string, bool) {
	b := d.Blocks[i]
	if b.End-b.Start > 200 {
		return "", false
	}
	f := shape(d.Text[b.Start:b.End])
	if !f.titleLike() || f.words > 12 {
		return "", false
	}
	return normTitle(f.text), true
}
