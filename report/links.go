package report

// Link is a link the HTML report shows under its title: the downloads of
// the other formats and a way back, when the report is served by
// factcheck serve. Href is a URL relative to the page.
type Link struct {
	Href, Text string
	// Download asks the browser to save the target rather than open it.
	Download bool
}
