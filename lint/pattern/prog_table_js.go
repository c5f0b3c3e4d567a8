//go:build js

package pattern

// The browser build carries no compiled programs: the page's users wait
// for its download, which the table would take past the 8 MB (compressed)
// the page allows itself. There every pattern is compiled by regexp on
// first use, as patterns made at run time are everywhere; the answers are
// the same (TestTableProgramsAnswerAsRegexpInTries).
const progTableData = ""

var progTableEnds [0]uint32
