package source

func parseHTML(path string, raw []byte, start int) *Document { return parseText(path, raw, start) }
func parseMarkdown(path string, raw []byte, start int, d *Document) *Document {
	return parseText(path, raw, start)
}
func parseYAML(path string, raw []byte, start, end, body int) (*Document, error) {
	return parseText(path, raw, start), nil
}
func looksYAMLRecord(b []byte) bool { return false }
