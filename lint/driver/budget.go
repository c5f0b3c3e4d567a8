package driver

import (
	"context"
	"errors"
	"sync/atomic"
	"time"
)

// errBudget is the cause of a lint's context ending with its time budget
// spent.
var errBudget = errors.New("time budget spent")

// budgeted counts the lints running under a budget in this process, to
// share the process's processor time between them.
var budgeted atomic.Int64

// WithBudget returns ctx with the time budget of a file of size bytes. The
// budget is processor time, not time on the clock: on a machine busy with
// other work a lint gets fewer cycles per second and is given as many more
// seconds, so a large complaint is never abandoned for the machine being
// busy, while a file that keeps the processor busy past its budget is. The
// process's processor time is shared equally between the lints running at
// once. Cancelling the returned context stops the budget's watcher.
func WithBudget(ctx context.Context, opts Options, size int) (context.Context, context.CancelFunc) {
	budget := opts.Budget(size)
	if budget <= 0 {
		return context.WithCancel(ctx)
	}
	ctx, cancel := context.WithCancelCause(ctx)
	if budget < time.Millisecond {
		// Less than the watcher's finest tick, and less than any lint
		// takes: the budget is spent before the work starts. Deciding
		// here, not at the first tick, keeps the outcome the same
		// however late a busy machine runs the watcher.
		cancel(errBudget)
		return ctx, func() { cancel(context.Canceled) }
	}
	budgeted.Add(1)
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer budgeted.Add(-1)
		// Sampled often enough that work stops within a few tens of
		// milliseconds of the budget, and at once for a tiny budget.
		tick := time.NewTicker(min(max(budget, time.Millisecond), 20*time.Millisecond))
		defer tick.Stop()
		start := processCPU()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
				if (processCPU()-start)/time.Duration(max(budgeted.Load(), 1)) >= budget {
					cancel(errBudget)
					return
				}
			}
		}
	}()
	return ctx, func() {
		cancel(context.Canceled)
		<-done // the watcher is gone when the lint is
	}
}

// OverBudget reports whether ctx ended because its budget was spent.
func OverBudget(ctx context.Context) bool {
	return errors.Is(context.Cause(ctx), errBudget)
}
