// Package pipeline composes the analysis stages. A Stage takes the document
// and adds its layer; a Chain runs stages in order, and data flows one way.
// A stage that fails attaches its error to the document's warnings and the
// chain goes on, so one bad layer never loses the others.
package pipeline

import (
	"fmt"

	"github.com/dragoman/dragoman/doc"
)

// Stage is one step of the analysis.
type Stage interface {
	// Name is a short, stable name used in messages ("article", "timex").
	Name() string
	// Process adds the stage's layer to d.
	Process(d *doc.Document) error
}

// Chain runs stages in order.
type Chain []Stage

// Process runs every stage on d. A stage's error is recorded in d.Warnings
// with the stage's name; later stages still run.
func (c Chain) Process(d *doc.Document) { c.ProcessSteps(d, nil) }

// ProcessSteps is Process that first tells step, when it is not nil, which
// stage is about to run: its index in the chain and its name.
func (c Chain) ProcessSteps(d *doc.Document, step func(i int, name string)) {
	for i, s := range c {
		if step != nil {
			step(i, s.Name())
		}
		if err := safeProcess(s, d); err != nil {
			d.Warnings = append(d.Warnings, fmt.Sprintf("%s: %v", s.Name(), err))
		}
	}
}

// safeProcess turns a panicking stage into an error, so that one article
// cannot bring down a batch.
func safeProcess(s Stage, d *doc.Document) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error: %v", r)
		}
	}()
	return s.Process(d)
}

// Func adapts a function to a Stage.
type Func struct {
	StageName string
	Fn        func(*doc.Document) error
}

// Name implements Stage.
func (f Func) Name() string { return f.StageName }

// Process implements Stage.
func (f Func) Process(d *doc.Document) error { return f.Fn(d) }
