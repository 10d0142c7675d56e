// Package wordlit finds English words written as Go string literals where
// code compares them with text, so that the word lists of the stages stay
// in their data files (words/data/closed.tsv and each stage's own list),
// validated at load. Its test runs it over the stages that read words
// (entity, quote, cameo, timex) and fails on every literal it finds.
//
// A literal is checked where code compares it with a string: an operand
// of == or !=, a value of a switch case, an element or key of a set or
// list literal (a slice or array of strings, a map to bool or to
// struct{}; a map to anything else is a table keyed by labels), or an
// argument of the strings and slices functions that test or cut text
// (HasPrefix, HasSuffix, EqualFold, Contains, Index, Count, TrimPrefix,
// TrimSuffix, CutPrefix, CutSuffix, Cut, Fields, Split, ReplaceAll).
//
// A checked literal is a word when its letters are lower case and it
// holds nothing but letters, apostrophes, hyphens, full stops and spaces
// ("to", "due to", "n't", "'s"). It is allowed, by these rules only:
//
//  1. A Universal Dependencies relation name, with or without a subtype
//     ("obl", "nsubj:pass"). Tags, features and codes are written with
//     capitals ("PROPN", "Plur", "GPE") and are no words by the case
//     rule above: the stages compare lower-cased text.
//  2. An ending: a literal of letters only given to HasSuffix, TrimSuffix
//     or CutSuffix ("ing", "ly") is morphology, not a word.
//  3. A key into data: the other side of the comparison is a lookup into
//     a word list or a data record (a call of a method or function named
//     Attr, an index with a string key such as a["case"], a call of a
//     package function that returns only such lookups, or a variable the
//     function assigned from one), or a field of a record inside the
//     loader reading it (an index into the []string parameter of a
//     function literal).
//  4. A label: the other side is a field or variable holding one of the
//     program's own labels, named for it (see labelHolders: the rule or
//     pattern name, a kind, a role, a class name); or the literal is an
//     element of a list literal ranged over into such a variable.
//
// Format strings, file names and messages hold other characters (%, /,
// digits, punctuation) or stand outside the checked places.
package wordlit

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Finding is one word literal.
type Finding struct {
	Pos  token.Position
	Word string
	// Where says how the literal is used ("==", "case", "set literal",
	// "strings.HasPrefix").
	Where string
}

func (f Finding) String() string { return fmt.Sprintf("%s: %q (%s)", f.Pos, f.Word, f.Where) }

// labelHolders are the names (lower-cased) of the fields and variables
// that hold a label of the program, never text: the name of a rule or
// pattern, a kind, a role, the name of a word class or of a place
// feature, where a mention stands (In), how a noun occurs (how, via), the
// coding convention and the key of a holiday's date rule.
var labelHolders = map[string]bool{
	"rule": true, "name": true, "kind": true, "role": true, "class": true,
	"feature": true, "in": true, "how": true, "via": true, "convention": true,
	"holiday": true,
}

// udRelations are the universal relations of Universal Dependencies v2;
// a subtype may follow after a colon.
var udRelations = map[string]bool{}

func init() {
	for _, r := range strings.Fields(`acl advcl advmod amod appos aux case cc ccomp clf compound conj
		cop csubj dep det discourse dislocated expl fixed flat goeswith iobj list mark nmod nsubj
		nummod obj obl orphan parataxis punct reparandum root vocative xcomp`) {
		udRelations[r] = true
	}
}

// textFuncs are the functions of strings and slices whose literal
// arguments are compared with text.
var textFuncs = map[string]bool{
	"strings.HasPrefix": true, "strings.HasSuffix": true, "strings.EqualFold": true,
	"strings.Contains": true, "strings.Index": true, "strings.Count": true,
	"strings.TrimPrefix": true, "strings.TrimSuffix": true, "strings.CutPrefix": true,
	"strings.CutSuffix": true, "strings.Cut": true, "strings.Fields": true,
	"strings.Split": true, "strings.ReplaceAll": true,
	"slices.Contains": true, "slices.Index": true,
}

// suffixFuncs take an ending (rule 2).
var suffixFuncs = map[string]bool{"strings.HasSuffix": true, "strings.TrimSuffix": true, "strings.CutSuffix": true}

// IsWord reports whether s is written like an English word or phrase: a
// letter, lower-case letters only, and nothing but letters, apostrophes,
// hyphens, full stops and spaces.
func IsWord(s string) bool {
	letter := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			if !unicode.IsLower(r) {
				return false
			}
			letter = true
		case r == '\'' || r == '’' || r == '-' || r == '.' || r == ' ':
		default:
			return false
		}
	}
	return letter
}

// isUD reports a Universal Dependencies relation name (rule 1).
func isUD(s string) bool {
	rel, _, _ := strings.Cut(s, ":")
	return udRelations[rel]
}

// CheckDir checks the non-test Go files of a directory as one package.
func CheckDir(dir string) ([]Finding, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, p := range paths {
		if strings.HasSuffix(p, "_test.go") {
			continue
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		f, err := parser.ParseFile(fset, p, src, 0)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	return Check(fset, files), nil
}

// Check checks the files of one package.
func Check(fset *token.FileSet, files []*ast.File) []Finding {
	c := &checker{fset: fset, dataFuncs: dataFuncs(files)}
	for _, f := range files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok {
				c.fun(fd.Type, fd.Body, false)
			} else {
				c.walk(d, nil)
			}
		}
	}
	sort.Slice(c.out, func(i, j int) bool {
		a, b := c.out[i].Pos, c.out[j].Pos
		if a.Filename != b.Filename {
			return a.Filename < b.Filename
		}
		return a.Offset < b.Offset
	})
	return c.out
}

type checker struct {
	fset      *token.FileSet
	dataFuncs map[string]bool
	out       []Finding
}

// scope is what a function body knows: the variables it assigned from a
// data lookup and its record parameters ([]string).
type scope struct {
	data    map[string]bool
	records map[string]bool
}

// fun checks a function body; lit says it is a function literal, whose
// []string parameters are records of a data file (rule 3).
func (c *checker) fun(ft *ast.FuncType, body *ast.BlockStmt, lit bool) {
	if body == nil {
		return
	}
	sc := &scope{data: map[string]bool{}, records: map[string]bool{}}
	if lit && ft.Params != nil {
		for _, p := range ft.Params.List {
			if at, ok := p.Type.(*ast.ArrayType); ok && at.Len == nil && isIdent(at.Elt, "string") {
				for _, n := range p.Names {
					sc.records[n.Name] = true
				}
			}
		}
	}
	// variables assigned from a data lookup anywhere in the body
	ast.Inspect(body, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok && len(as.Lhs) == len(as.Rhs) {
			for i, l := range as.Lhs {
				if id, ok := l.(*ast.Ident); ok && c.isData(as.Rhs[i], sc) {
					sc.data[id.Name] = true
				}
			}
		}
		return true
	})
	c.walk(body, sc)
}

func (c *checker) walk(root ast.Node, sc *scope) {
	ast.Inspect(root, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			c.fun(n.Type, n.Body, true)
			return false
		case *ast.BinaryExpr:
			if n.Op == token.EQL || n.Op == token.NEQ {
				c.lit(n.X, n.Y, n.Op.String(), sc)
				c.lit(n.Y, n.X, n.Op.String(), sc)
			}
		case *ast.SwitchStmt:
			for _, s := range n.Body.List {
				for _, e := range s.(*ast.CaseClause).List {
					c.lit(e, n.Tag, "case", sc)
				}
			}
		case *ast.RangeStmt:
			if _, ok := n.X.(*ast.CompositeLit); ok && (isLabelHolder(n.Key) || isLabelHolder(n.Value)) {
				c.walk(n.Body, sc) // labels ranged over into a label holder (rule 4)
				return false
			}
			if cl, ok := n.X.(*ast.CompositeLit); ok {
				c.table(cl, sc)
			}
			for _, x := range []ast.Node{n.Key, n.Value, n.Body} {
				if x != nil {
					c.walk(x, sc)
				}
			}
			return false
		case *ast.CompositeLit:
			c.table(n, sc)
			return false
		case *ast.CallExpr:
			name := funcName(n.Fun)
			if textFuncs[name] {
				for i, a := range n.Args {
					var other ast.Expr
					if len(n.Args) == 2 {
						other = n.Args[1-i]
					}
					if suffixFuncs[name] && i == 1 && isLetters(litValue(a)) {
						continue // an ending (rule 2)
					}
					c.lit(a, other, name, sc)
				}
			}
		}
		return true
	})
}

// table checks a composite literal: the strings of a set or list literal
// and of the literals nested in one; any other literal's elements are
// walked for the comparisons they hold.
func (c *checker) table(cl *ast.CompositeLit, sc *scope) {
	if !isSetOrList(cl.Type) {
		for _, e := range cl.Elts {
			c.walk(e, sc)
		}
		return
	}
	var elems func(cl *ast.CompositeLit)
	elems = func(cl *ast.CompositeLit) {
		for _, e := range cl.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				c.lit(kv.Key, nil, "set literal", sc)
				e = kv.Value
			}
			if inner, ok := e.(*ast.CompositeLit); ok && inner.Type == nil {
				elems(inner)
				continue
			}
			if !c.lit(e, nil, "list literal", sc) {
				c.walk(e, sc)
			}
		}
	}
	elems(cl)
}

// isSetOrList reports a slice or array type, or a map to bool or to
// struct{}.
func isSetOrList(t ast.Expr) bool {
	switch t := t.(type) {
	case *ast.ArrayType:
		return true
	case *ast.MapType:
		if isIdent(t.Value, "bool") {
			return true
		}
		st, ok := t.Value.(*ast.StructType)
		return ok && len(st.Fields.List) == 0
	}
	return false
}

// lit records e when it is a word literal not allowed by the rules, with
// other the expression it is compared with (nil for none). It reports
// whether e is a string literal.
func (c *checker) lit(e, other ast.Expr, where string, sc *scope) bool {
	v, ok := stringLit(e)
	if !ok {
		return false
	}
	if !IsWord(v) || isUD(v) {
		return true
	}
	if other != nil && (c.isData(other, sc) || isLabelHolder(other)) {
		return true
	}
	c.out = append(c.out, Finding{Pos: c.fset.Position(e.Pos()), Word: v, Where: where})
	return true
}

// isData reports a lookup into a word list or a data record (rule 3).
func (c *checker) isData(e ast.Expr, sc *scope) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		name := funcName(e.Fun)
		if i := strings.LastIndex(name, "."); i >= 0 {
			name = name[i+1:]
		}
		return name == "Attr" || c.dataFuncs[name]
	case *ast.IndexExpr:
		if _, ok := stringLit(e.Index); ok {
			return true
		}
		if id, ok := e.X.(*ast.Ident); ok && sc != nil && sc.records[id.Name] {
			return true
		}
	case *ast.Ident:
		return sc != nil && sc.data[e.Name]
	}
	return false
}

// dataFuncs are the package's functions whose every return is a data
// lookup (a call of Attr or an index with a string key).
func dataFuncs(files []*ast.File) map[string]bool {
	out := map[string]bool{}
	c := &checker{dataFuncs: out}
	for _, f := range files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			n, all := 0, true
			ast.Inspect(fd.Body, func(x ast.Node) bool {
				if _, ok := x.(*ast.FuncLit); ok {
					return false
				}
				if r, ok := x.(*ast.ReturnStmt); ok {
					n++
					if len(r.Results) != 1 || !c.isData(r.Results[0], nil) {
						all = false
					}
				}
				return true
			})
			if n > 0 && all {
				out[fd.Name.Name] = true
			}
		}
	}
	return out
}

// isLabelHolder reports a field or variable named for a label (rule 4).
func isLabelHolder(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Ident:
		return labelHolders[strings.ToLower(e.Name)]
	case *ast.SelectorExpr:
		return labelHolders[strings.ToLower(e.Sel.Name)]
	case *ast.ParenExpr:
		return isLabelHolder(e.X)
	}
	return false
}

func stringLit(e ast.Expr) (string, bool) {
	bl, ok := ast.Unparen(e).(*ast.BasicLit)
	if !ok || bl.Kind != token.STRING {
		return "", false
	}
	v, err := strconv.Unquote(bl.Value)
	return v, err == nil
}

func litValue(e ast.Expr) string { v, _ := stringLit(e); return v }

// isLetters reports a non-empty string of letters only.
func isLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

func isIdent(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}

// funcName is "pkg.Func" for a selector call, "Func" for a plain one.
func funcName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		if x, ok := e.X.(*ast.Ident); ok {
			return x.Name + "." + e.Sel.Name
		}
		return e.Sel.Name
	}
	return ""
}
