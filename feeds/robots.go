package feeds

import (
	"bufio"
	"io"
	"strconv"
	"strings"
	"time"
)

// robots is the part of a robots.txt that applies to dragoman: the rules
// of the group naming it (by a product token "dragoman"), else of the
// group for "*".
type robots struct {
	rules []rule
	delay time.Duration // Crawl-delay, 0 when none
}

type rule struct {
	allow   bool
	pattern string
}

// parseRobots reads a robots.txt (RFC 9309: groups of User-agent lines,
// Allow and Disallow rules with * and $, the longest match winning, Allow
// on a tie; Crawl-delay as most sites write it).
func parseRobots(r io.Reader, agent string) *robots {
	type group struct {
		agents []string
		rules  []rule
		delay  time.Duration
	}
	var groups []*group
	var cur *group
	lastWasAgent := false
	sc := bufio.NewScanner(io.LimitReader(r, 512<<10))
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key = strings.ToLower(strings.TrimSpace(key))
		val = strings.TrimSpace(val)
		switch key {
		case "user-agent":
			if !lastWasAgent || cur == nil {
				cur = &group{}
				groups = append(groups, cur)
			}
			cur.agents = append(cur.agents, strings.ToLower(val))
			lastWasAgent = true
			continue
		case "allow", "disallow":
			if cur != nil && (val != "" || key == "allow") {
				cur.rules = append(cur.rules, rule{allow: key == "allow", pattern: val})
			}
		case "crawl-delay":
			if cur != nil {
				if f, err := strconv.ParseFloat(val, 64); err == nil && f > 0 {
					cur.delay = time.Duration(f * float64(time.Second))
				}
			}
		}
		lastWasAgent = false
	}
	agent = strings.ToLower(agent)
	var star, mine *group
	for _, g := range groups {
		for _, a := range g.agents {
			switch {
			case a == "*" && star == nil:
				star = g
			case a != "*" && strings.Contains(agent, a) && mine == nil:
				mine = g
			}
		}
	}
	if mine == nil {
		mine = star
	}
	if mine == nil {
		return &robots{}
	}
	return &robots{rules: mine.rules, delay: mine.delay}
}

// allowed reports whether the path (with its query) may be fetched.
func (r *robots) allowed(path string) bool {
	if r == nil {
		return true
	}
	if path == "/robots.txt" {
		return true
	}
	best, allow := -1, true
	for _, ru := range r.rules {
		if ru.pattern == "" {
			continue
		}
		if matchRobots(ru.pattern, path) {
			if n := len(ru.pattern); n > best || (n == best && ru.allow) {
				best, allow = n, ru.allow
			}
		}
	}
	return allow
}

// matchRobots matches a robots.txt path pattern: a prefix, where * stands
// for any characters and a final $ anchors the end.
func matchRobots(pattern, path string) bool {
	anchored := strings.HasSuffix(pattern, "$")
	pattern = strings.TrimSuffix(pattern, "$")
	parts := strings.Split(pattern, "*")
	if !strings.HasPrefix(path, parts[0]) {
		return false
	}
	rest := path[len(parts[0]):]
	for i, p := range parts[1:] {
		if i == len(parts)-2 && anchored {
			return strings.HasSuffix(rest, p)
		}
		j := strings.Index(rest, p)
		if j < 0 {
			return false
		}
		rest = rest[j+len(p):]
	}
	return !anchored || rest == ""
}
