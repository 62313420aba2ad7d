package fetch

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/factcheck/factcheck/internal/atomicfile"
)

// Cache keeps fetched pages by URL and date, as sent (the charset is
// decoded again on every read), so a run over the same addresses can be
// repeated offline and gives the same report:
//
//	DIR/HOST/KEY/YYYY-MM-DD.body   the body as sent
//	DIR/HOST/KEY/YYYY-MM-DD.json   url, final url, content type, time
//
// KEY is the first 16 hex digits of the URL's SHA-256. A URL is read from
// its newest copy; to fetch it again, delete its directory. The .json
// file is written last: a copy without one is incomplete and ignored.
type Cache struct{ Dir string }

type cacheMeta struct {
	URL         string    `json:"url"`
	Final       string    `json:"final"`
	ContentType string    `json:"content_type"`
	Fetched     time.Time `json:"fetched"`
}

// dir is the directory of u's copies.
func (c *Cache) dir(u string) string {
	sum := sha256.Sum256([]byte(u))
	host := "host"
	if pu, err := url.Parse(u); err == nil && pu.Hostname() != "" {
		host = strings.Map(func(r rune) rune {
			if 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || r == '.' || r == '-' {
				return r
			}
			return '_'
		}, strings.ToLower(pu.Hostname()))
	}
	return filepath.Join(c.Dir, host, hex.EncodeToString(sum[:8]))
}

// Load returns the newest copy of u, or nil when there is none.
func (c *Cache) Load(u string) (*Page, error) {
	dir := c.dir(u)
	ents, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var dates []string
	for _, e := range ents {
		if d, ok := strings.CutSuffix(e.Name(), ".json"); ok {
			dates = append(dates, d)
		}
	}
	sort.Sort(sort.Reverse(sort.StringSlice(dates)))
	for _, d := range dates {
		data, err := os.ReadFile(filepath.Join(dir, d+".json"))
		if err != nil {
			return nil, err
		}
		var m cacheMeta
		if err := json.Unmarshal(data, &m); err != nil {
			return nil, fmt.Errorf("%s: %v", filepath.Join(dir, d+".json"), err)
		}
		if m.URL != u {
			continue // a hash collision: not this URL's copy
		}
		body, err := os.ReadFile(filepath.Join(dir, d+".body"))
		if err != nil {
			return nil, err
		}
		return &Page{URL: u, Final: m.Final, ContentType: m.ContentType, Body: body, Date: m.Fetched, Cached: true}, nil
	}
	return nil, nil
}

// Store writes p as the copy of p.URL for p.Date's day, replacing one
// fetched earlier the same day.
func (c *Cache) Store(p *Page) error {
	dir := c.dir(p.URL)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	day := p.Date.UTC().Format("2006-01-02")
	meta, err := json.MarshalIndent(cacheMeta{URL: p.URL, Final: p.Final, ContentType: p.ContentType, Fetched: p.Date.UTC()}, "", "  ")
	if err != nil {
		return err
	}
	if err := atomicfile.WriteFile(filepath.Join(dir, day+".body"), p.Body); err != nil {
		return err
	}
	return atomicfile.WriteFile(filepath.Join(dir, day+".json"), append(meta, '\n'))
}
