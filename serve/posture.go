package serve

import (
	"context"
	"net/http"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/store"
)

// The posture board: GET /api/posture (posts with their history) and
// GET /api/windows (dated risk windows).

type postureChange struct {
	Status     string              `json:"status"`
	Kind       string              `json:"kind"`
	Polarity   string              `json:"polarity"`
	Date       string              `json:"date"`
	Until      string              `json:"until,omitempty"`
	Qualifiers string              `json:"qualifiers,omitempty"`
	To         string              `json:"to,omitempty"`
	Sources    []doc.PostureSource `json:"sources"`
	Evidence   string              `json:"evidence"`
	Article    int64               `json:"article"`
	Headline   string              `json:"headline,omitempty"`
}

type posturePost struct {
	Key         string          `json:"key"`
	Sender      string          `json:"sender"`
	Type        string          `json:"type"`
	Host        string          `json:"host"`
	HostCountry string          `json:"host_country"`
	Lat         float64         `json:"lat"`
	Lon         float64         `json:"lon"`
	Current     string          `json:"current"`
	History     []postureChange `json:"history"`
}

func (s *Server) posture(ctx context.Context, r *http.Request) (any, error) {
	q := r.URL.Query()
	if err := checkParams(q, []string{"post", "country", "sender"}); err != nil {
		return nil, err
	}
	posts, err := s.opt.DB.Posture(store.PostureFilter{Post: q.Get("post"), Country: q.Get("country"), Sender: q.Get("sender")})
	if err != nil {
		return nil, err
	}
	out := []posturePost{}
	for _, p := range posts {
		pp := posturePost{Key: p.Key, Sender: p.Sender, Type: p.Type, Host: p.Host, HostCountry: p.HostCountry, Lat: p.Lat, Lon: p.Lon, Current: p.Current, History: []postureChange{}}
		for _, c := range p.History {
			srcs := c.Sources
			if srcs == nil {
				srcs = []doc.PostureSource{}
			}
			pp.History = append(pp.History, postureChange{Status: c.Status, Kind: c.Kind, Polarity: c.Polarity, Date: c.Date, Until: c.Until,
				Qualifiers: c.Qualifiers, To: c.To, Sources: srcs, Evidence: c.Evidence, Article: c.ArticleID, Headline: c.Headline})
		}
		out = append(out, pp)
	}
	return map[string]any{"posts": out}, nil
}

func (s *Server) windows(ctx context.Context, r *http.Request) (any, error) {
	q := r.URL.Query()
	if err := checkParams(q, []string{"from", "to"}); err != nil {
		return nil, err
	}
	ws, err := s.opt.DB.Windows(q.Get("from"), q.Get("to"))
	if err != nil {
		return nil, err
	}
	type window struct {
		Date    string   `json:"date"`
		Subject string   `json:"subject"`
		Place   string   `json:"place"`
		Actors  []string `json:"actors"`
		Posts   []string `json:"posts"`
		Article int64    `json:"article"`
	}
	out := []window{}
	for _, w := range ws {
		out = append(out, window{w.Date, w.Subject, w.Place, w.Actors, w.Posts, w.ArticleID})
	}
	return map[string]any{"windows": out}, nil
}
