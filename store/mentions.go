package store

import (
	"database/sql"
	"fmt"
	"slices"
	"strings"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/store/pgstore"
)

// This file stores an article's event mentions and merges them into
// events. It works on the whole article at once, in a fixed number of
// statements (one look-up of the events its mentions may join, one insert
// of the mentions, of the event-article and event-outlet links and one
// update of the counts) plus one insert of its new events: on PostgreSQL each
// statement is a round trip made while the writer holds its merge locks,
// so there the last four go as one (storeMentionsPG).

// mergeKey is what a mention must share with an event to join it.
type mergeKey struct{ base, src, tgt string }

// mergeKeyOf is the merge key of an event's mention, and whether the
// mention counts (neither negated nor hypothetical, confident enough).
func (w *Writer) mergeKeyOf(e *doc.Event) (mergeKey, bool) {
	if e.Negated || e.Hypothetical || e.Confidence < w.opts.MinConfidence {
		return mergeKey{}, false
	}
	base := e.Code
	if len(base) > 3 {
		base = base[:3]
	}
	_, _, _, src := actorKey(e.Source)
	_, _, _, tgt := actorKey(e.Target)
	return mergeKey{base, src, tgt}, true
}

// candidate is a stored event that mentions may join.
type candidate struct {
	id            int64
	key           mergeKey
	date, country string
	lat, lon      sql.NullFloat64
	// shown is the rank of the mention the event shows; best is the
	// mention of the article being stored that it now shows (-1: one
	// stored before).
	shown shownRank
	best  int
}

// shownRank orders the mentions of one event for the one it shows (its
// code, label, source, target and place): the most confident first, then
// the one whose article was published first (an article with a date
// before one without), then the one of the smallest article key (the
// article's SHA-256), then the first in its article. It depends on the
// mentions alone, not on the order their articles were stored in.
type shownRank struct {
	confidence float64
	published  string // "": unknown
	article    string
	offset     int
}

// before reports whether a mention of rank r is shown rather than one of
// rank o.
func (r shownRank) before(o shownRank) bool {
	switch {
	case r.confidence != o.confidence:
		return r.confidence > o.confidence
	case r.published != o.published || r.article != o.article:
		return firstBefore(r.published, r.article, o.published, o.article)
	}
	return r.offset < o.offset
}

// rankOf is the shown rank of mention e of d.
func rankOf(d *doc.Document, e *doc.Event) shownRank {
	r := shownRank{confidence: e.Confidence, article: d.ID, offset: e.Trigger.Start}
	if d.Published.Value != nil {
		r.published = *d.Published.Value
	}
	return r
}

// mentionRows caps the rows of one multi-row statement (SQLite allows
// 32,766 parameters; a mention has 26).
const mentionRows = 200

// addMentions stores the mentions of d's events for article aid, merging
// each that counts (neither negated nor hypothetical, confident enough)
// into the first stored event with its merge key whose date and place
// agree, or a new one, and counts the event's mentions, articles and
// outlets. Each event shows the mention of the best shownRank, made new
// or updated here. The joins are decided first; then the article's new events
// go in with one statement, their counts already made (this article's
// mentions of them, one article, one outlet), and only the stored
// events it joined are updated.
func (w *Writer) addMentions(aid int64, d *doc.Document, now string, tn tones) error {
	if len(d.Events) == 0 {
		return nil
	}
	keys := make([]mergeKey, len(d.Events))
	dates := make([]string, len(d.Events))
	merged := make([]bool, len(d.Events))
	var want []mergeKey
	seen := map[mergeKey]bool{}
	for i := range d.Events {
		e := &d.Events[i]
		if e.Date.Value != nil {
			dates[i] = *e.Date.Value
		}
		if keys[i], merged[i] = w.mergeKeyOf(e); !merged[i] {
			continue
		}
		if !seen[keys[i]] {
			seen[keys[i]] = true
			want = append(want, keys[i])
		}
	}
	cands, err := w.candidates(want)
	if err != nil {
		return err
	}
	stored := len(cands)
	// joined[i] is the candidate mention i joins (-1: none); candidates
	// from stored on are this article's new events; a candidate's best
	// is the mention of this article it shows (-1: it keeps its own).
	joined := make([]int, len(d.Events))
	for i := range d.Events {
		joined[i] = -1
		if !merged[i] {
			continue
		}
		e := &d.Events[i]
		k, err := w.join(e, keys[i], dates[i], cands, stored)
		if err != nil {
			return err
		}
		if k < 0 {
			k = len(cands)
			cands = append(cands, newCandidate(e, keys[i], dates[i]))
			cands[k].shown, cands[k].best = rankOf(d, e), i
		} else if r := rankOf(d, e); r.before(cands[k].shown) {
			cands[k].show(e, r, i)
		}
		joined[i] = k
	}
	if len(cands) > stored {
		counts := make([]int, len(cands)-stored)
		for _, k := range joined {
			if k >= stored {
				counts[k-stored]++
			}
		}
		ids, err := w.insertEvents(aid, d, cands[stored:], counts, now)
		if err != nil {
			return err
		}
		for k, id := range ids {
			cands[stored+k].id = id
		}
	}
	if err := w.updateShown(d, cands[:stored]); err != nil {
		return err
	}
	eventIDs := make([]any, len(d.Events))
	for i, k := range joined {
		if k >= 0 {
			eventIDs[i] = cands[k].id
		}
	}
	if w.db.engine != nil {
		return w.storeMentionsPG(aid, d, mentionInserts(aid, d, eventIDs, dates, tn), eventIDs, cands[:stored])
	}
	if err := w.insertMentions(aid, d, eventIDs, dates, tn); err != nil {
		return err
	}
	return w.countMentions(aid, d, eventIDs, cands[:stored])
}

// candidateCols are the columns a candidate is read from (an event
// stored without the rank of the mention it shows ranks after any).
const candidateCols = `id, base, src_key, tgt_key, coalesce(date, ''), lat, lon, coalesce(country, ''),
	coalesce(shown_confidence, -1), coalesce(shown_published, ''), coalesce(shown_article, ''), coalesce(shown_offset, 0)`

// candidates reads the stored events under the keys (distinct), oldest
// first. On PostgreSQL the look-up is planned for its keys each time it
// runs (pgstore.PlanEachTime): the plan a prepared statement keeps, made
// while the store was small, read the whole table of events, at a cost
// that grew with the store (0.14 ms an article for the first 100
// Wikinews articles of an empty store, 0.8 for the last 100 of 600).
func (w *Writer) candidates(keys []mergeKey) ([]candidate, error) {
	var out []candidate
	for len(keys) > 0 {
		chunk := keys[:min(len(keys), 100)]
		keys = keys[len(chunk):]
		args := make([]any, 0, 3*len(chunk))
		for _, k := range chunk {
			args = append(args, k.base, k.src, k.tgt)
		}
		cond := strings.TrimSuffix(strings.Repeat("(base = ? AND src_key = ? AND tgt_key = ?) OR ", len(chunk)), " OR ")
		rows, err := w.tx.Query(pgstore.PlanEachTime+"SELECT "+candidateCols+" FROM events WHERE "+cond+" ORDER BY id", args...)
		if out, err = scanCandidates(out, rows, err); err != nil {
			return nil, err
		}
	}
	// oldest first across chunks, as one query would give them
	sortCandidates(out)
	return out, nil
}

// scanCandidates appends to out the candidates of rows, the result of a
// query of candidateCols (err its error).
func scanCandidates(out []candidate, rows *sql.Rows, err error) ([]candidate, error) {
	if err != nil {
		return nil, fmt.Errorf("find events: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		c := candidate{best: -1}
		if err := rows.Scan(&c.id, &c.key.base, &c.key.src, &c.key.tgt, &c.date, &c.lat, &c.lon, &c.country,
			&c.shown.confidence, &c.shown.published, &c.shown.article, &c.shown.offset); err != nil {
			return nil, fmt.Errorf("find events: %w", err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("find events: %w", err)
	}
	return out, nil
}

func sortCandidates(cs []candidate) {
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && cs[j].id < cs[j-1].id; j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
}

// join returns the candidate a mention joins: the first with its key
// whose date and place agree (taking the mention's date when it is more
// precise: a stored event's is updated now, a new one's before it is
// inserted), or -1 when none does. Candidates from stored on are new.
func (w *Writer) join(e *doc.Event, key mergeKey, date string, cands []candidate, stored int) (int, error) {
	for k := range cands {
		c := &cands[k]
		if c.key != key || !datesAgree(date, c.date) || !w.placesAgree(e.Place, c.lat, c.lon, c.country) {
			continue
		}
		if len(date) > len(c.date) {
			if k < stored {
				s, e := intervalCols(date)
				if _, err := w.tx.Exec("UPDATE events SET date = ?, date_start = ?, date_end = ? WHERE id = ?", date, s, e, c.id); err != nil {
					return 0, fmt.Errorf("update event: %w", err)
				}
			}
			c.date = date
		}
		return k, nil
	}
	return -1, nil
}

// newCandidate is the event a mention makes when it joins none.
func newCandidate(e *doc.Event, key mergeKey, date string) candidate {
	c := candidate{key: key, date: date}
	c.setPlace(e)
	return c
}

// setPlace gives the event the place of mention e, which it shows (the
// place later mentions must agree with).
func (c *candidate) setPlace(e *doc.Event) {
	if e.Place != nil {
		c.country = e.Place.Country
		c.lat = sql.NullFloat64{Float64: e.Place.Lat, Valid: true}
		c.lon = sql.NullFloat64{Float64: e.Place.Lon, Valid: true}
	}
}

// show makes mention i (e, of rank r) of the article being stored the one
// the event shows.
func (c *candidate) show(e *doc.Event, r shownRank, i int) {
	c.shown, c.best = r, i
	c.setPlace(e)
}

// shownCols are the columns of an event that show one of its mentions,
// in the order of shownArgs.
const shownCols = `code, root, label, quad, goldstein, plover, src_actor, src_name, tgt_actor, tgt_name, place, country, lat, lon,
	place_feature, place_adm1, place_gid, src_geo, tgt_geo, shown_confidence, shown_published, shown_article, shown_offset`

// shownArgs are the values of shownCols for mention e of d, of rank r.
func shownArgs(d *doc.Document, e *doc.Event, r shownRank) []any {
	srcCode, srcName, _, _ := actorKey(e.Source)
	tgtCode, tgtName, _, _ := actorKey(e.Target)
	var place, country, lat, lon any
	if e.Place != nil {
		place, country, lat, lon = e.Place.Name, e.Place.Country, e.Place.Lat, e.Place.Lon
	}
	var feature, adm1, gid any
	if p := eventPlace(d, e.Place); p != nil {
		feature, adm1, gid = p.Feature, emptyNil(p.Admin1), emptyNil(p.GazetteerID)
	}
	return []any{e.Code, e.Root, e.Label, e.QuadClass, e.Goldstein, nullStr(e.Plover), srcCode, srcName, tgtCode, tgtName,
		place, country, lat, lon, feature, adm1, gid, actorGeo(d, e.Source), actorGeo(d, e.Target),
		r.confidence, emptyNil(r.published), r.article, r.offset}
}

// updateShown makes the stored events that a mention of d now shows
// (those whose best is set) show it.
func (w *Writer) updateShown(d *doc.Document, stored []candidate) error {
	set := strings.ReplaceAll(shownCols, ",", " = ?,") + " = ?"
	for _, c := range stored {
		if c.best < 0 {
			continue
		}
		args := append(shownArgs(d, &d.Events[c.best], c.shown), c.id)
		if _, err := w.tx.Exec("UPDATE events SET "+set+" WHERE id = ?", args...); err != nil {
			return fmt.Errorf("update event: %w", err)
		}
	}
	return nil
}

// insertEvents stores the new events first reported by article aid, each
// showing mention news[k].best with the date news[k] ended with and
// counts[k] of the article's mentions, in statements of up to mentionRows
// events, and returns their ids in order. Both engines number the rows of
// one INSERT in the order of its VALUES (identity and rowid alike only
// grow), so the ids returned, sorted, are the events' in that order.
func (w *Writer) insertEvents(aid int64, d *doc.Document, news []candidate, counts []int, now string) ([]int64, error) {
	const cols = shownCols + `, base, src_key, src_cc, tgt_key, tgt_cc, date, date_start, date_end, first_article, date_added,
		mentions, articles, outlets`
	// 23 shown columns, 11 more, then one article and one outlet
	one := "(" + strings.Repeat("?, ", 34) + "1, 1)"
	ids := make([]int64, 0, len(news))
	for start := 0; start < len(news); start += mentionRows {
		end := min(len(news), start+mentionRows)
		args := make([]any, 0, 34*(end-start))
		for k := start; k < end; k++ {
			c := &news[k]
			ds, de := intervalCols(c.date)
			args = append(args, shownArgs(d, &d.Events[c.best], c.shown)...)
			args = append(args, c.key.base, c.key.src, emptyNil(prefix3(c.key.src)), c.key.tgt, emptyNil(prefix3(c.key.tgt)),
				emptyNil(c.date), ds, de, aid, now, counts[k])
		}
		q := "INSERT INTO events (" + cols + ") VALUES " + strings.TrimSuffix(strings.Repeat(one+", ", end-start), ", ") + " RETURNING id"
		rows, err := w.tx.Query(q, args...)
		if err != nil {
			return nil, fmt.Errorf("insert event: %w", err)
		}
		first := len(ids)
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return nil, fmt.Errorf("insert event: %w", err)
			}
			ids = append(ids, id)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("insert event: %w", err)
		}
		if len(ids)-first != end-start {
			return nil, fmt.Errorf("insert event: %d ids for %d events", len(ids)-first, end-start)
		}
		slices.Sort(ids[first:])
	}
	return ids, nil
}

// insertMentions stores every mention of d, a few hundred to a statement.
func (w *Writer) insertMentions(aid int64, d *doc.Document, eventIDs []any, dates []string, tn tones) error {
	for _, st := range mentionInserts(aid, d, eventIDs, dates, tn) {
		if _, err := w.tx.Exec(st.q, st.args...); err != nil {
			return fmt.Errorf("insert mention: %w", err)
		}
	}
	return nil
}

// stmt is a statement and its arguments.
type stmt struct {
	q    string
	args []any
}

// mentionInserts are the statements that store every mention of d, a
// few hundred to a statement.
func mentionInserts(aid int64, d *doc.Document, eventIDs []any, dates []string, tn tones) []stmt {
	const cols = `event_id, article_id, code, root, src_actor, src_name, tgt_actor, tgt_name,
		date, date_text, place, country, lat, lon, sentence_start, sentence_end, trigger_start, trigger_end, trigger, sentence,
		attribution, attribution_kind, negated, hypothetical, confidence, tone`
	const one = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
	var out []stmt
	for start := 0; start < len(d.Events); start += mentionRows {
		end := min(len(d.Events), start+mentionRows)
		args := make([]any, 0, 26*(end-start))
		for i := start; i < end; i++ {
			e := &d.Events[i]
			srcCode, srcName, _, _ := actorKey(e.Source)
			tgtCode, tgtName, _, _ := actorKey(e.Target)
			var place, country, lat, lon any
			if e.Place != nil {
				place, country, lat, lon = e.Place.Name, e.Place.Country, e.Place.Lat, e.Place.Lon
			}
			args = append(args, eventIDs[i], aid, e.Code, e.Root, srcCode, srcName, tgtCode, tgtName, emptyNil(dates[i]), nullStr(e.Date.Text),
				place, country, lat, lon, e.Sentence.Start, e.Sentence.End, e.Trigger.Start, e.Trigger.End, e.Trigger.Text,
				d.Text[e.Sentence.Start:e.Sentence.End], nullStr(e.Attribution), emptyNil(attributionKind(d, e)), e.Negated, e.Hypothetical,
				e.Confidence, tn.sentence(e.Sentence))
		}
		out = append(out, stmt{"INSERT INTO mentions (" + cols + ") VALUES " + strings.TrimSuffix(strings.Repeat(one+", ", end-start), ", "), args})
	}
	return out
}

// attributionKind is the kind of the source a mention is attributed to.
func attributionKind(d *doc.Document, e *doc.Event) string {
	if e.Attribution == nil {
		return ""
	}
	for _, q := range d.Quotes {
		if q.Speaker != nil && q.Speaker.Name == *e.Attribution {
			return q.Speaker.Kind
		}
	}
	return ""
}

// mentionCounts are the events mentioned (ids, in the order of their
// first mention) and how many mentions each has.
func mentionCounts(eventIDs []any) ([]int64, map[int64]int) {
	var ids []int64
	mentions := map[int64]int{}
	for _, v := range eventIDs {
		if id, ok := v.(int64); ok {
			if mentions[id] == 0 {
				ids = append(ids, id)
			}
			mentions[id]++
		}
	}
	return ids, mentions
}

// outletOf is the outlet an article counts for in an event's outlets: its
// own, or the article itself when it names none.
func outletOf(aid int64, d *doc.Document) string {
	if d.Outlet != nil {
		return *d.Outlet
	}
	return fmt.Sprintf("article:%d", aid)
}

// countMentions links the events mentioned to the article and its outlet
// and adds to their counts: a mention each, and the article and outlet
// when new to the event.
//
// Events made by this article (not among stored, the stored events it
// joined) were inserted with their counts: they are linked, not updated.
func (w *Writer) countMentions(aid int64, d *doc.Document, eventIDs []any, stored []candidate) error {
	ids, mentions := mentionCounts(eventIDs)
	if len(ids) == 0 {
		return nil
	}
	outlet := outletOf(aid, d)
	newArticle, newOutlet := map[int64]int{}, map[int64]int{}
	link := func(q string, second any, into map[int64]int) error {
		for start := 0; start < len(ids); start += mentionRows {
			chunk := ids[start:min(len(ids), start+mentionRows)]
			args := make([]any, 0, 2*len(chunk))
			for _, id := range chunk {
				args = append(args, id, second)
			}
			rows, err := w.tx.Query(q+strings.TrimSuffix(strings.Repeat("(?, ?), ", len(chunk)), ", ")+" ON CONFLICT DO NOTHING RETURNING event_id", args...)
			if err != nil {
				return fmt.Errorf("update event: %w", err)
			}
			for rows.Next() {
				var id int64
				if err := rows.Scan(&id); err != nil {
					rows.Close()
					return fmt.Errorf("update event: %w", err)
				}
				into[id] = 1
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return fmt.Errorf("update event: %w", err)
			}
		}
		return nil
	}
	if err := link("INSERT INTO event_articles (event_id, article_id) VALUES ", aid, newArticle); err != nil {
		return err
	}
	if err := link("INSERT INTO event_outlets (event_id, outlet) VALUES ", outlet, newOutlet); err != nil {
		return err
	}
	old := map[int64]bool{}
	for _, c := range stored {
		old[c.id] = true
	}
	ids = slices.DeleteFunc(ids, func(id int64) bool { return !old[id] })
	for start := 0; start < len(ids); start += mentionRows {
		chunk := ids[start:min(len(ids), start+mentionRows)]
		args := make([]any, 0, 4*len(chunk))
		for _, id := range chunk {
			args = append(args, id, mentions[id], newArticle[id], newOutlet[id])
		}
		const one = "(CAST(? AS BIGINT), CAST(? AS INTEGER), CAST(? AS INTEGER), CAST(? AS INTEGER))"
		q := `UPDATE events SET mentions = mentions + v.column2, articles = articles + v.column3, outlets = outlets + v.column4
			FROM (VALUES ` + strings.TrimSuffix(strings.Repeat(one+", ", len(chunk)), ", ") + `) AS v WHERE events.id = v.column1`
		if _, err := w.tx.Exec(q, args...); err != nil {
			return fmt.Errorf("update event: %w", err)
		}
	}
	return nil
}
