//go:build js

package pattern

import "github.com/complaintlint/complaintlint/lint/pattern/internal/progmatch"

// The browser build carries no compiled programs: the page's users wait
// for its download, which the table would take past the 8 MB (compressed)
// the page allows itself. There every pattern is compiled by regexp on
// first use, as patterns made at run time are everywhere; the answers are
// the same (TestTableProgramsAnswerAsRegexpInTries). Its byte facts are
// worked out from the expression, and its anchor-table line found by a
// binary search.

func tableProg(int32, int) (progmatch.Prog, bool) { return progmatch.Prog{}, false }

func tableByteFacts(int32) (byteFacts, bool) { return byteFacts{}, false }

func indexedTableID(string) (int32, bool) { return -1, false }
