//go:build js

package legal

import "regexp/syntax"

// The browser build carries no compiled programs: the page's users wait
// for its download, which the table would take past the 8 MB (compressed)
// the page allows itself. There every pattern is compiled by regexp on
// first use, as patterns made at run time are everywhere; the answers are
// the same (TestTableProgramsAnswerAsRegexpInTries).
var (
	progTableInsts   [0]uint32
	progTableClasses [0]syntax.Inst
	progTableEnds    [0]uint32
	progTableHeads   [0]uint32

	progTableByteFacts [0]uint32
	progTableByteSets  [0]byteSet
	progTableExprIndex [0]uint32
)
