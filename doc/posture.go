package doc

// The posture layer (package posture): the diplomatic posts an article
// speaks of, each change of their status it reports, and the dated risk
// windows (anniversaries, holidays) it names.

// Post is a diplomatic post: a sending party and a host place.
type Post struct {
	// Key identifies the post across articles: SENDER@HOST, HOST the host
	// city's gazetteer name, or the host country's when no city is known.
	Key  string `json:"key"`
	Name string `json:"name"` // "USA embassy in Baghdad"
	// Sender is the sending party's CAMEO country code.
	Sender string `json:"sender"`
	// Type is the post's kind: embassy, consulate, mission, ...
	Type        string  `json:"type"`
	Host        string  `json:"host"`         // the host city, or ""
	HostCountry string  `json:"host_country"` // ISO 3166-1 alpha-2
	Lat         float64 `json:"lat"`
	Lon         float64 `json:"lon"`
	// Mentions are the spans that name or refer to the post.
	Mentions []Span `json:"mentions"`
}

// PostureSource is a source a status change rests on.
type PostureSource struct {
	Name string `json:"name"`
	Kind string `json:"kind"`
	// Stance is "" for a source that reports the change, or what the source
	// did about it: "first to report", "neither confirmed nor denied",
	// "confirmed", "denied".
	Stance string `json:"stance,omitempty"`
}

// Change polarities.
const (
	Asserted     = "asserted"
	Negated      = "negated"
	Hypothetical = "hypothetical"
)

// StatusChange is one change of a post's status (or one threat or attack).
type StatusChange struct {
	Post   string `json:"post"`   // Post.Key
	Status string `json:"status"` // a status of posture/data/posture.tsv
	// Kind is the status's kind: status, threat or incident.
	Kind string `json:"kind"`
	// Date is when the change took effect or is expected to (TIMEX3-style
	// value: 2020, 2020-03, 2020-12-01, 2006-W05), nil when not known.
	Date *string `json:"date"`
	// DateFrom says where the date came from: "text" (a time expression of
	// the change's sentence), "context" (the date of the dated change told
	// just before it) or "published" (a change told in the present).
	DateFrom string `json:"date_from,omitempty"`
	// Until is the end of a temporary change, when given.
	Until *string `json:"until,omitempty"`
	// Polarity is asserted, negated or hypothetical.
	Polarity string `json:"polarity"`
	// Qualifiers: partial, temporary, full, and the number of people when
	// given ("150 staff").
	Qualifiers []string `json:"qualifiers,omitempty"`
	// To is where a relocated post moved.
	To       string          `json:"to,omitempty"`
	Sources  []PostureSource `json:"sources"`
	Evidence []Span          `json:"evidence"`
	// Triggers are the words that show the change.
	Triggers []Span `json:"triggers"`
}

// Window is a dated risk window: a date with a subject.
type Window struct {
	Date    string   `json:"date"`
	Subject string   `json:"subject"`
	Text    string   `json:"text"`
	Actors  []string `json:"actors"`
	// Place is the ISO country code of the place the window concerns.
	Place string `json:"place,omitempty"`
	// Posts are the keys of the article's posts the window concerns.
	Posts []string `json:"posts"`
	Span
}

// Posture is the posture layer.
type Posture struct {
	Posts   []Post         `json:"posts"`
	Changes []StatusChange `json:"changes"`
	Windows []Window       `json:"windows"`
}
