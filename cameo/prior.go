// Acts told as done before the main one: "after rebels seized the port".

package cameo

import "github.com/dragoman/dragoman/doc"

// priorActs keeps an act told in a temporal clause as done before another
// (trigger.before) counted only where the sentence counts no act of its
// own besides: "sailors were reported missing after rebels attacked their
// boat" tells the attack as its news, while "the UN withdrew its troops
// after rebels kidnapped peacekeepers" tells the withdrawal, the
// kidnapping its backdrop, listed in passing (the background factor).
func (sc *sentCtx) priorActs(out []doc.Event, kept []trigger) []doc.Event {
	before := map[int]bool{}
	for _, t := range kept {
		if t.before && !t.background {
			before[sc.toks[t.at].Start] = true
		}
	}
	if len(before) == 0 {
		return out
	}
	main := false
	for i := range out {
		main = main || !before[out[i].Trigger.Start] && Counted(&out[i])
	}
	if !main {
		return out
	}
	for i := range out {
		if before[out[i].Trigger.Start] {
			out[i].Confidence = float64(int(out[i].Confidence*50+0.5)) / 100
			out[i].Trace.Halved++
		}
	}
	return out
}
