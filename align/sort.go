package align

import "sort"

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func sortSides(s []Side) {
	sort.Slice(s, func(i, j int) bool { return s[i].Pos.Less(s[j].Pos) })
}

func sortClasses(cls []valueClass) {
	sort.Slice(cls, func(i, j int) bool {
		if cls[i].files[0] != cls[j].files[0] {
			return cls[i].files[0] < cls[j].files[0]
		}
		return cls[i].norm < cls[j].norm
	})
}
