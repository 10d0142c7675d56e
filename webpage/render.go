package webpage

import (
	"bytes"
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// blockTags start a new line when rendered as text.
var blockTags = map[string]bool{
	"p": true, "div": true, "section": true, "article": true, "main": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"ul": true, "ol": true, "li": true, "dl": true, "dt": true, "dd": true,
	"blockquote": true, "pre": true, "table": true, "tr": true, "thead": true,
	"tbody": true, "tfoot": true, "caption": true, "figure": true,
	"figcaption": true, "header": true, "footer": true, "aside": true,
	"nav": true, "hr": true, "address": true, "form": true, "details": true,
	"summary": true, "head": true, "title": true, "body": true, "html": true,
	// trafilatura's own output vocabulary
	"list": true, "item": true, "quote": true, "row": true, "graphic": true,
	"lb": true,
}

// cellTags are separated by a tab-like space within a line.
var cellTags = map[string]bool{"td": true, "th": true, "cell": true}

// Render turns an extracted content tree into text: one paragraph per line,
// white space inside a paragraph collapsed to single spaces.
func Render(n *html.Node) string {
	r := renderer{}
	r.walk(n)
	r.breakLine()
	return strings.TrimSpace(r.out.String())
}

type renderer struct {
	out  strings.Builder
	line strings.Builder
	// space is a pending space between words of one line.
	space bool
}

func (r *renderer) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		r.text(n.Data)
		return
	case html.ElementNode:
		tag := n.Data
		if tag == "script" || tag == "style" || tag == "noscript" || tag == "template" {
			return
		}
		if tag == "br" {
			r.breakLine()
			return
		}
		block := blockTags[tag]
		if block {
			r.breakLine()
		}
		if cellTags[tag] {
			r.space = true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			r.walk(c)
		}
		if block {
			r.breakLine()
		}
		if cellTags[tag] {
			r.space = true
		}
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.walk(c)
	}
}

func (r *renderer) text(s string) {
	for len(s) > 0 {
		i := strings.IndexAny(s, " \t\n\r\f\v\u00a0")
		if i < 0 {
			r.word(s)
			return
		}
		if i > 0 {
			r.word(s[:i])
		}
		r.space = true
		// skip the separator (the no-break space is two bytes in UTF-8)
		if s[i] == 0xc2 {
			s = s[i+2:]
		} else {
			s = s[i+1:]
		}
	}
}

func (r *renderer) word(w string) {
	if r.space && r.line.Len() > 0 {
		r.line.WriteByte(' ')
	}
	r.space = false
	r.line.WriteString(w)
}

func (r *renderer) breakLine() {
	r.space = false
	if r.line.Len() == 0 {
		return
	}
	r.out.WriteString(r.line.String())
	r.out.WriteByte('\n')
	r.line.Reset()
}

// relined gives a text that extraction flattened into one paragraph (go-
// trafilatura's baseline reads an <article> element's text content) its
// lines back: when an <article> element of the page, rendered block by
// block, holds exactly the same words, that rendering is the text, so that
// a caption, a list of links or a source line stands on a line of its own
// for the news layer to see. Otherwise text is returned as it is.
func relined(page []byte, text string) string {
	if len(text) < 200 {
		return text
	}
	root, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return text
	}
	want := strings.Fields(text)
	var found string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if found != "" {
			return
		}
		if n.Type == html.ElementNode && n.Data == "article" {
			r := Render(n)
			if slices.Equal(strings.Fields(r), want) {
				found = r
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	if found == "" {
		return text
	}
	return found
}
