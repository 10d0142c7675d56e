package pipeline

import (
	"errors"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/doc"
)

func TestChainGoesOn(t *testing.T) {
	var ran []string
	stage := func(name string, fn func(*doc.Document) error) Stage {
		return Func{StageName: name, Fn: func(d *doc.Document) error { ran = append(ran, name); return fn(d) }}
	}
	c := Chain{
		stage("a", func(*doc.Document) error { return errors.New("broken") }),
		stage("b", func(*doc.Document) error { panic("boom") }),
		stage("c", func(*doc.Document) error { return nil }),
	}
	d := doc.New("x", "text")
	c.Process(d)
	if strings.Join(ran, ",") != "a,b,c" {
		t.Fatalf("ran %v", ran)
	}
	if len(d.Warnings) != 2 || !strings.HasPrefix(d.Warnings[0], "a: broken") || !strings.Contains(d.Warnings[1], "b: internal error: boom") {
		t.Fatalf("warnings %q", d.Warnings)
	}
}
