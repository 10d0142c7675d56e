// Package doc defines the analysis document: the one value that flows through
// every stage of the dragoman pipeline. Each stage reads what earlier stages
// wrote and adds its own layer. Every span is a pair of byte offsets into
// Document.Text (end exclusive), so any layer can be highlighted in the text
// as it was read.
//
// The JSON field names are a contract (see the analysis-v1 specification):
// fields may be added, never renamed or dropped.
package doc

// Schema is the value of Document.Schema for this version of the contract.
const Schema = "dragoman.analysis/v1"

// Span is a half-open byte range [Start, End) into Document.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies wholly inside s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Input says where a document came from.
type Input struct {
	Path   *string `json:"path"`
	URL    *string `json:"url"`
	Format string  `json:"format"` // "text" or "html"
	// Record is the JSON Lines record id when the input was read with --input jsonl.
	Record *string `json:"record,omitempty"`
}

// Dateline is the place named at the head of a wire story ("WASHINGTON (Reuters) -").
type Dateline struct {
	Place string `json:"place"`
	Span
	// Geo is the dateline's place resolved in the gazetteer (place stage),
	// nil when unknown. Its Entity is empty.
	Geo *Place `json:"geo,omitempty"`
}

// Published is the article's publication date and how trustworthy it is.
type Published struct {
	Value    *string `json:"value"`
	Source   string  `json:"source"` // given|metadata|text|inferred|unknown
	Earliest *string `json:"earliest"`
	Latest   *string `json:"latest"`
	// Evidence is the text the date was read from, when it came from the text.
	Evidence *Span `json:"evidence,omitempty"`
}

// Publication date sources, in decreasing order of trust.
const (
	PublishedGiven    = "given"
	PublishedMetadata = "metadata"
	PublishedText     = "text"
	PublishedFetched  = "fetched" // when the page was fetched (a WARC record's date)
	PublishedInferred = "inferred"
	PublishedUnknown  = "unknown"
)

// Boilerplate kinds.
const (
	KindCaption    = "caption"
	KindVideo      = "video"
	KindCredit     = "credit"
	KindByline     = "byline"
	KindDateline   = "dateline"
	KindNavigation = "navigation"
	KindPromo      = "promo"
	KindOther      = "other"
)

// Boilerplate is a piece of the text that is not the article proper.
type Boilerplate struct {
	Kind string `json:"kind"`
	Span
	Text string `json:"text"`
	// Rule names the rule that classified the piece, for auditing.
	Rule string `json:"rule,omitempty"`
}

// Mention is one occurrence of an entity in the text.
type Mention struct {
	Span
	Text string `json:"text"`
	// In is "headline" for a mention found in the headline; its offsets
	// are into text when the document has headline_span, else into
	// headline. Empty for the body.
	In string `json:"in,omitempty"`
}

// ActorPhrase is a phrase of a sentence that names an actor (entity stage): an
// entity's mention, a role word with its country ("Iraqi police", "a State
// Department spokesperson"), or a role word alone ("the government").
// Later stages (events) read them here instead of asking the entity stage.
type ActorPhrase struct {
	Span
	Sentence int    // index in Document.Sentences
	Code     string // CAMEO actor code; "" when unknown
	Entity   string // entity id, or ""
	Type     string // entity type, or "ROLE"
	Head     string // the role word or the entity's name
}

// Entity is one referent with all its mentions.
type Entity struct {
	ID       string    `json:"id"`
	Name     string    `json:"name"`
	Type     string    `json:"type"`
	Actor    *string   `json:"actor"`
	Mentions []Mention `json:"mentions"`
}

// Place is an entity resolved to a gazetteer entry.
type Place struct {
	Entity      string  `json:"entity"`
	Name        string  `json:"name"`
	Country     string  `json:"country"`
	Admin1      string  `json:"admin1"`
	Feature     string  `json:"feature"`
	Lat         float64 `json:"lat"`
	Lon         float64 `json:"lon"`
	GazetteerID string  `json:"gazetteer_id"`
	// GeoNamesID is the GeoNames id of the place ("" when unknown): GDELT's
	// FeatureID and every join with GeoNames-based data use it.
	GeoNamesID string `json:"geonames_id,omitempty"`
	// Kind says how the text names the place: "" for its name (literal or
	// metonymic), "demonym" for a nationality adjective or demonym
	// ("Russian", "Iraqis"), "embedded" for a place inside an
	// organisation's name ("Liverpool FC"), "landmark" for a building or
	// site placed at itself or at its city ("Kabul airport").
	Kind string `json:"kind,omitempty"`
}

// Place kinds (Place.Kind).
const (
	PlaceDemonym  = "demonym"
	PlaceEmbedded = "embedded"
	PlaceLandmark = "landmark"
)

// Time is a time expression normalised to a TIMEX3-style value.
type Time struct {
	Text string `json:"text"`
	Span
	Type  string  `json:"type"` // DATE|TIME|DURATION|SET
	Value *string `json:"value"`
	// Mod is the TIMEX3 modifier (START, MID, END, BEFORE, AFTER, APPROX...).
	Mod string `json:"mod,omitempty"`
	// Rule names the rule that found the expression.
	Rule string `json:"rule,omitempty"`
	// Anchor says what the value was resolved against: "published",
	// "story" (the story's last date, AnchorValue: "the next year" after
	// "in August 2016"), "absolute", or "none".
	Anchor string `json:"anchor,omitempty"`
	// AnchorValue is the value of the story's date a "story" value was
	// resolved from.
	AnchorValue *string `json:"anchor_value,omitempty"`
	// Interval is the stretch of calendar days the value names, first and
	// last day included (2019-11-19TNI is 2019-11-19 to 2019-11-19, 2016-08
	// is 2016-08-01 to 2016-08-31); null when it names none: an unknown
	// year (XXXX-WXX-6), a duration, a set, a reference (PRESENT_REF).
	Interval *DateInterval `json:"interval"`
	// Subject is what an anniversary is the anniversary of.
	Subject string `json:"subject,omitempty"`
	// Until and From give range ends, when the expression is a range.
	From *string `json:"from,omitempty"`
	To   *string `json:"to,omitempty"`
	// In is "headline" for an expression found in the headline; its
	// offsets are into text when the document has headline_span, else
	// into headline. Empty for the body.
	In string `json:"in,omitempty"`
}

// DateInterval is a stretch of calendar days, YYYY-MM-DD, both ends
// included.
type DateInterval struct {
	Start string `json:"start"`
	End   string `json:"end"`
}

// Speaker is who a quote is attributed to.
type Speaker struct {
	Name   string  `json:"name"`
	Entity *string `json:"entity"`
	Kind   string  `json:"kind"`
	Span
}

// Quote is a direct, indirect or mixed quotation.
type Quote struct {
	Text string `json:"text"`
	Span
	Kind    string   `json:"kind"`
	Cue     string   `json:"cue"`
	Speaker *Speaker `json:"speaker"`
	// CueSpan is where the cue's words stand ("said", "according to",
	// "made a statement"), when the parse showed them.
	CueSpan *Span `json:"cue_span,omitempty"`
	// CueKind is what the cue attributes: speech, writing, belief,
	// intention or knowledge (package quote's cue lexicon).
	CueKind string `json:"cue_kind,omitempty"`
	// NestedIn is the index in Quotes of the attribution whose content
	// holds this one's cue ("X said Y told him that ..."), when there is one.
	NestedIn *int `json:"nested_in,omitempty"`
}

// Source is one distinct source of information in the article.
type Source struct {
	Name        string  `json:"name"`
	Kind        string  `json:"kind"`
	Role        *string `json:"role"`
	Affiliation *string `json:"affiliation"`
	Quotes      int     `json:"quotes"`
}

// Actor is an event's source or target.
type Actor struct {
	Name   string  `json:"name"`
	Actor  *string `json:"actor"`
	Entity *string `json:"entity"`
}

// EventDate is when an event happened and what text says so.
type EventDate struct {
	Value *string `json:"value"`
	Text  *string `json:"text"`
}

// EventPlace is where an event happened.
type EventPlace struct {
	Name    string  `json:"name"`
	Country string  `json:"country"`
	Lat     float64 `json:"lat"`
	Lon     float64 `json:"lon"`
}

// Trigger is the word or phrase that shows an event.
type Trigger struct {
	Span
	Text string `json:"text"`
}

// Event is one coded event.
type Event struct {
	ID        string      `json:"id"`
	Code      string      `json:"code"`
	Root      string      `json:"root"`
	Label     string      `json:"label"`
	Goldstein float64     `json:"goldstein"`
	QuadClass int         `json:"quad_class"`
	Plover    *string     `json:"plover"`
	Source    *Actor      `json:"source"`
	Target    *Actor      `json:"target"`
	Date      EventDate   `json:"date"`
	Place     *EventPlace `json:"place"`
	// PlaceSource says where Place came from: "clause" (a place of the
	// event's own clause or sentence), "dateline", or "focus" (the
	// article's main place); "" when there is no place.
	PlaceSource  string  `json:"place_source,omitempty"`
	Sentence     Span    `json:"sentence"`
	Trigger      Trigger `json:"trigger"`
	Attribution  *string `json:"attribution"`
	Negated      bool    `json:"negated"`
	Hypothetical bool    `json:"hypothetical"`
	Confidence   float64 `json:"confidence"`
	// Caveat says why an event's confidence was lowered below what its
	// pattern and actors give, when a rule about its context did so.
	Caveat string `json:"caveat,omitempty"`
	// Evidence is what the dependency parse read for the event: its
	// predicate and the argument phrases it found; nil when the event did
	// not come from a parsed predicate.
	Evidence *Evidence `json:"evidence,omitempty"`
	// Trace is what the event's confidence was computed from; it is not
	// serialised.
	Trace ConfidenceTrace `json:"-"`
}

// ConfidenceTrace records how an event's confidence was reached, for the
// tool that fits the confidence model (tools/train-confidence): the
// evidence bits the model read (cameo's confidence features; 0 when the
// event's confidence came from no model), how many times a later rule
// halved it, and whether one then held it below the counting threshold.
type ConfidenceTrace struct {
	Features uint64
	Halved   int
	Capped   bool
}

// Evidence is the parse's reading of an event: the predicate word and its
// arguments.
type Evidence struct {
	Predicate Trigger    `json:"predicate"`
	Arguments []Argument `json:"arguments"`
}

// Argument is one argument phrase of a predicate: its role ("subject",
// "object", "iobj", "agent" for a passive's doer, "obl:PREP", "nmod:PREP",
// "possessor", "modifier"), how the clause got it when it is not its own
// ("via": "xcomp", "xcomp-obj", "conj", "relcl", "acl", "advcl", "light"),
// and its span.
type Argument struct {
	Role string `json:"role"`
	Via  string `json:"via,omitempty"`
	Span
	Text string `json:"text"`
}

// Document is the analysis of one article.
type Document struct {
	Schema       string        `json:"schema"`
	ID           string        `json:"id"`
	Input        Input         `json:"input"`
	Language     *string       `json:"language"`
	Outlet       *string       `json:"outlet"`
	Headline     *string       `json:"headline"`
	Authors      []string      `json:"authors"`
	Contributors []string      `json:"contributors"`
	Dateline     *Dateline     `json:"dateline"`
	Published    Published     `json:"published"`
	Text         string        `json:"text"`
	Body         []Span        `json:"body"`
	Boilerplate  []Boilerplate `json:"boilerplate"`
	Sentences    []Span        `json:"sentences"`
	// SentenceTones are the sentences' tones (package tone), one per
	// sentence, in the same order.
	SentenceTones []float64 `json:"sentence_tones"`
	// Tone is the body's tone (package tone), nil when it has no words.
	Tone     *float64 `json:"tone"`
	Entities []Entity `json:"entities"`
	Places   []Place  `json:"places"`
	Times    []Time   `json:"times"`
	Quotes   []Quote  `json:"quotes"`
	Sources  []Source `json:"sources"`
	Events   []Event  `json:"events"`
	// Description is the page's own summary (meta description), when it has one.
	Description *string `json:"description,omitempty"`
	// HeadlineSpan locates the headline in Text when it was read from the text.
	HeadlineSpan *Span `json:"headline_span,omitempty"`
	// Posture is the posture layer (package posture): diplomatic posts,
	// their status changes and risk windows; nil when the stage did not run.
	Posture *Posture `json:"posture,omitempty"`
	// Warnings are problems a stage met that did not stop the analysis.
	Warnings []string `json:"warnings,omitempty"`
	// Syntax is the syntax layer (see syntax.go); not written to JSON.
	Syntax *Syntax `json:"-"`
	// Actors are the actor phrases of the body's sentences, in sentence
	// and text order (entity stage); not written to JSON.
	Actors []ActorPhrase `json:"-"`
}

// New returns an empty document for text, with every list non-nil so that
// JSON shows [] rather than null.
func New(id, text string) *Document {
	return &Document{
		Schema:        Schema,
		ID:            id,
		Text:          text,
		Published:     Published{Source: PublishedUnknown},
		Authors:       []string{},
		Contributors:  []string{},
		Body:          []Span{},
		Boilerplate:   []Boilerplate{},
		Sentences:     []Span{},
		SentenceTones: []float64{},
		Entities:      []Entity{},
		Places:        []Place{},
		Times:         []Time{},
		Quotes:        []Quote{},
		Sources:       []Source{},
		Events:        []Event{},
	}
}

// Slice returns the text of a span.
func (d *Document) Slice(s Span) string { return d.Text[s.Start:s.End] }

// BodyText returns the body paragraphs joined by blank lines, the article
// proper as a reader would copy it.
func (d *Document) BodyText() string {
	n := 0
	for _, p := range d.Body {
		n += p.Len() + 2
	}
	b := make([]byte, 0, n)
	for i, p := range d.Body {
		if i > 0 {
			b = append(b, '\n', '\n')
		}
		b = append(b, d.Text[p.Start:p.End]...)
	}
	return string(b)
}

// Str returns a pointer to s, for optional string fields.
func Str(s string) *string { return &s }

// SetStr sets the optional string field *dst to s when s is not empty and
// leaves it as it was otherwise.
func SetStr(dst **string, s string) {
	if s != "" {
		*dst = &s
	}
}
