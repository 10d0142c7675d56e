package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/input"
	"github.com/dragoman/dragoman/segment"
	"github.com/dragoman/dragoman/syntax"
	"github.com/dragoman/dragoman/syntax/conllu"
)

const parseUsage = `Usage: dragoman parse [--input text|conllu] PATH...

Tokenize, tag, lemmatize and parse English text into Universal Dependencies
CoNLL-U (https://universaldependencies.org/format.html) on standard output,
with the models embedded in dragoman (trained on UD English EWT; see
syntax/model/NOTICE).

With --input text (the default), each PATH is plain text: every non-blank
line is a paragraph, split into sentences and tokenized; each input starts
with "# newdoc id = PATH" and each sentence has "# sent_id" and "# text"
comments, multiword-token lines for words such as "don't" (do + n't), and
SpaceAfter=No where no space follows a token.

With --input conllu, each PATH is CoNLL-U: its tokenization and every line
(comments, multiword-token ranges, empty nodes) are kept in order, and the
predicted LEMMA, UPOS, XPOS, HEAD and DEPREL replace those columns (FEATS
and DEPS are written as _; MISC is kept), so the CoNLL 2018 evaluation
script applies to the output.

PATH is a file or - for standard input (text may be gzipped).

Exit status:
  0  every input was parsed
  1  at least one input failed (missing, binary, invalid UTF-8, malformed
     CoNLL-U: one line on standard error names it; the other inputs are
     still parsed, and a CoNLL-U file's sentences before the error are kept)
  2  the command line is wrong
`

func runParse(env Env, args []string) int {
	fs := newFlagSet(env, "parse", parseUsage)
	in := fs.String("input", "text", "what PATHs hold: `text` or conllu")
	maxSize := fs.String("max-size", "32MiB", "largest text input accepted (`SIZE`)")
	paths, status, ok := parsePaths(env, "parse", fs, args, "use - for standard input; see --help")
	if !ok {
		return status
	}
	if *in != "text" && *in != "conllu" {
		fmt.Fprintf(env.Stderr, "dragoman parse: --input %q: want text or conllu\n", *in)
		return ExitUsage
	}
	limit, err := parseSize(*maxSize)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dragoman parse: --max-size: %v\n", err)
		return ExitUsage
	}
	st, err := syntax.New()
	if err != nil {
		fmt.Fprintf(env.Stderr, "dragoman parse: %v\n", err)
		return ExitFailed
	}
	out := bufio.NewWriterSize(env.Stdout, 256<<10)
	failed := false
	report := func(err error) {
		failed = true
		out.Flush()
		fmt.Fprintf(env.Stderr, "dragoman parse: %v\n", err)
	}
	var werr error
	if *in == "conllu" {
		for _, p := range paths {
			if err := parseCoNLLUPath(env, st, p, out); err != nil {
				var we writeError
				if errors.As(err, &we) {
					werr = we.err
					break
				}
				report(err)
			}
		}
	} else {
		werr = input.Walk(paths, input.Options{Format: input.FormatText, MaxBytes: limit, Stdin: env.Stdin}, func(it input.Item) error {
			if it.Err != nil {
				report(fmt.Errorf("%s: %w", it.Name, it.Err))
				return nil
			}
			writeSyntaxCoNLLU(out, it.Name, ParseText(st, string(it.Data)))
			if out.Buffered() > 128<<10 {
				return out.Flush()
			}
			return nil
		})
	}
	if err := out.Flush(); err != nil && werr == nil {
		werr = err
	}
	if werr != nil {
		fmt.Fprintf(env.Stderr, "dragoman parse: write output: %v\n", werr)
		return ExitFailed
	}
	if failed {
		return ExitFailed
	}
	return ExitOK
}

// ParseText splits text into paragraphs (non-blank lines) and sentences
// and runs the syntax stage on them.
func ParseText(st *syntax.Stage, text string) *doc.Document {
	d := doc.New("", text)
	d.Body = segment.Paragraphs(text, nil)
	segment.Stage{}.Process(d)
	st.Process(d)
	return d
}

type writeError struct{ err error }

func (e writeError) Error() string { return e.err.Error() }

// parseCoNLLUPath parses the sentences of one CoNLL-U file (or standard
// input) as they are read; its errors name the input.
func parseCoNLLUPath(env Env, st *syntax.Stage, p string, out *bufio.Writer) error {
	var r io.Reader
	if p == "-" {
		r = env.Stdin
	} else {
		info, err := os.Stat(p)
		if err != nil {
			return fmt.Errorf("%s: %w", p, describeOpenError(err))
		}
		if info.IsDir() {
			return fmt.Errorf("%s: is a directory (give CoNLL-U files)", p)
		}
		f, err := os.Open(p)
		if err != nil {
			return fmt.Errorf("%s: %w", p, describeOpenError(err))
		}
		defer f.Close()
		r = f
	}
	cr := conllu.NewReader(r, p)
	var an syntax.Analysis
	for {
		s, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err // "PATH:LINE: what is wrong"
		}
		st.AnnotateCoNLLU(s, &an)
		if err := conllu.Write(out, s); err != nil {
			return writeError{err}
		}
	}
}

func describeOpenError(err error) error {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return errors.New("no such file")
	case errors.Is(err, os.ErrPermission):
		return errors.New("permission denied")
	}
	return err
}
