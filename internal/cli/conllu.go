package cli

import (
	"bufio"
	"fmt"
	"strconv"
	"strings"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/syntax/tokenize"
)

// writeSyntaxCoNLLU writes a document's syntax layer as CoNLL-U: a
// "# newdoc id" comment, then each sentence (the headline first, marked
// "# headline = true") with "# sent_id" and "# text", multiword-token
// ranges where one written word holds several syntactic words ("don't"),
// and SpaceAfter=No where no space follows a token.
func writeSyntaxCoNLLU(w *bufio.Writer, docID string, d *doc.Document) {
	syn := d.Syntax
	if docID == "-" {
		docID = "stdin"
	}
	fmt.Fprintf(w, "# newdoc id = %s\n", oneLine(docID))
	if syn == nil {
		return
	}
	for i, ss := range syn.Sentences {
		text := d.Text
		if ss.Headline && ss.Index < 0 && d.HeadlineSpan == nil && d.Headline != nil {
			text = *d.Headline
		}
		toks := syn.SentenceTokens(i)
		if len(toks) == 0 {
			continue
		}
		fmt.Fprintf(w, "# sent_id = %s-%d\n", oneLine(docID), i+1)
		if ss.Headline {
			w.WriteString("# headline = true\n")
		}
		fmt.Fprintf(w, "# text = %s\n", oneLine(text[ss.Span.Start:ss.Span.End]))
		for j := 0; j < len(toks); j++ {
			// a multiword token: the run of syntactic words of one written word
			k := j
			for k+1 < len(toks) && tokenize.SameWord(text, toks[k], toks[k+1]) {
				k++
			}
			if k > j {
				fmt.Fprintf(w, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", j+1, k+1, text[toks[j].Start:toks[k].End], spaceAfter(toks, k))
				for x := j; x <= k; x++ {
					writeToken(w, text, toks, x, ss.First, "_")
				}
				j = k
				continue
			}
			writeToken(w, text, toks, j, ss.First, spaceAfter(toks, j))
		}
		w.WriteByte('\n')
	}
}

func writeToken(w *bufio.Writer, text string, toks []doc.Token, j, first int, misc string) {
	t := toks[j]
	head := "_"
	switch {
	case t.Head >= 0:
		head = strconv.Itoa(int(t.Head) - first + 1)
	case t.Rel != "":
		head = "0"
	}
	fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t_\t%s\t%s\t_\t%s\n", j+1, text[t.Start:t.End], dash(t.Lemma), dash(t.UPOS), dash(t.XPOS), head, dash(t.Rel), misc)
}

// spaceAfter is the MISC column of token j: SpaceAfter=No when the next
// token of the sentence follows without a space.
func spaceAfter(toks []doc.Token, j int) string {
	if j+1 < len(toks) && toks[j+1].Start == toks[j].End {
		return "SpaceAfter=No"
	}
	return "_"
}

func dash(s string) string {
	if s == "" {
		return "_"
	}
	return s
}

// oneLine makes s fit a comment line: white space runs become one space.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
