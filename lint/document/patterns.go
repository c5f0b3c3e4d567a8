package document

import (
	"github.com/complaintlint/complaintlint/lint/pattern"
)

// Structure patterns (RULES.md §2.1-2.3). All are applied to the analysis
// text, where Markdown markers are already blanked.
var (
	// A numbered allegation: "12. ", "¶ 12.", "12.\t". Up to four digits so
	// that a year opening a line ("2013. The parties...") needs the period
	// and a following space like any allegation; years are then told apart
	// by sequence (see numberPlausible).
	reAllegation = pattern.MustPattern(`^[ ]*(?:¶[ ]*)?(\d{1,4})\.(?:[ ]+|$)`)
	reParaSign   = pattern.MustPattern(`^[ ]*¶[ ]*(\d{1,4})[ ]+`)
	// An allegation numbered in parentheses, "(12) Redbud ...", as some
	// firms number theirs. It is read as a number only in a complaint
	// numbered that way throughout (parenNumbered): elsewhere "(2)" opening
	// a line lists an element, a prayer item or a claim in the caption.
	reParenAllegation = pattern.MustPattern(`^[ ]*\((\d{1,4})\)(?:[ ]+|$)`)
	// reComplaintFor opens the list of causes of action that California
	// captions set beside the parties ("COMPLAINT FOR: 1. BREACH OF
	// CONTRACT; 2. ...").
	reComplaintFor = pattern.MustPattern(`(?i)\bcomplaint\s+for\b`)
	// An outline-numbered allegation: "5.1  ", "¶ 5.1.", "10.2 ". Whether
	// the number follows the one before is decided by sequence
	// (followsOutline), so a wrapped line opening "2.5 million" stays prose.
	reOutlineAllegation = pattern.MustPattern(`^[ ]*(?:¶[ ]*)?(\d{1,3}\.\d{1,3}(?:\.\d{1,3})?)\.?(?:[ ]+|$)`)

	numeralWords = `one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|twenty[- ]one|twenty[- ]two|twenty[- ]three|twenty[- ]four|twenty[- ]five`
	ordinalWords = `first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ]first|twenty[- ]second|twenty[- ]third|twenty[- ]fourth|twenty[- ]fifth`

	// An outline number before a heading: "III. FIRST CAUSE OF ACTION",
	// "B. Count Two". Arabic numbers are left out: "3. Count I ..." opens
	// an allegation.
	outlinePrefix = `(?:(?:[ivxlc]+|[a-z])\.[ ]+)?`

	// "COUNT I", "Count One —", "CLAIM 3", "CAUSE OF ACTION NO. 2", and in
	// an answer with counterclaims "COUNTERCLAIM I", "Counterclaim Count 2".
	reCountNumeral = pattern.MustPattern(`(?i)^[ ]*` + outlinePrefix + `(?:counter-?claim(?:[ ]+count)?|count|claim|cause[ ]+of[ ]+action)[ ]+(?:no\.[ ]*|number[ ]+|#[ ]*)?([ivxlc]+|\d{1,3}|` + numeralWords + `)\b`)
	// "FIRST CLAIM FOR RELIEF", "Second Cause of Action", "THIRD COUNT",
	// "FIRST COUNTERCLAIM", and New York's "AS AND FOR A FIRST CAUSE OF
	// ACTION" (or "... FIRST COUNTERCLAIM").
	reCountOrdinal = pattern.MustPattern(`(?i)^[ ]*` + outlinePrefix + `(?:as[ ]+and[ ]+for[ ]+(?:a|an|the|its|their)[ ]+)?(` + ordinalWords + `)[ ]+(?:counter-?claim|claim|cause[ ]+of[ ]+action|count)(?:[ ]+for[ ]+relief)?\b`)

	reSecPreliminary = pattern.MustPattern(`(?i)^(?:nature of (?:the )?(?:action|case|this action)|preliminary statement|introduction|summary of (?:the )?(?:action|claims?|complaint)|overview)\b`)
	reSecParties     = pattern.MustPattern(`(?i)^(?:the )?parties\b`)
	reSecJuris       = pattern.MustPattern(`(?i)^(?:jurisdiction|venue|subject[- ]matter jurisdiction)\b`)
	reSecFacts       = pattern.MustPattern(`(?i)^(?:factual (?:allegations|background)|facts|background|statement of (?:the )?facts|general allegations|allegations common to all (?:counts|claims)|facts common to all (?:counts|claims)|(?:the )?relevant facts)\b`)
	reSecCounts      = pattern.MustPattern(`(?i)^(?:claims? for relief|causes? of action|counts|legal claims)[ :.]*$`)
	reSecPrayer      = pattern.MustPattern(`(?i)^(?:prayer for relief|wherefore\b|relief requested|request for relief|demand for relief|prayer\b)`)
	reSecJury        = pattern.MustPattern(`(?i)^(?:demand for (?:a )?(?:trial by )?jury(?: trial)?|jury (?:trial )?demand(?:ed)?|jury demand|demand for jury)\b`)
	reSecSignature   = pattern.MustPattern(`(?i)^(?:dated\b|respectfully submitted\b|date:)`)

	// Incorporation (RULES.md §2.3).
	reIncorporation = pattern.MustPattern(`(?i)\b(?:re-?alleges?|re-?alleged|repeats?|incorporates?|incorporated|re-?asserts?|restates?|re-?avers?|adopts?)\b.*(?:\b(?:paragraphs?|allegations?)|¶)|(?:\b(?:paragraphs?|allegations?)|¶).*\b(?:are|is)[ ]+(?:hereby[ ]+)?(?:incorporated|re-?alleged)\b`)
	// A paragraph number in a reference: "12", or "4.8" in outline numbering.
	// A complaint numbered "(12)" cites its paragraphs the same way
	// ("paragraphs (1) through (20)"), so the parentheses are optional.
	refNum    = `\d+(?:\.\d+){0,2}`
	refParen  = `\(?` + refNum + `\)?`
	reIncList = pattern.MustPattern(`(?i)(?:paragraphs?|¶+)[ ]*(` + refParen + `(?:[ ]*(?:through|thru|to|-|–|—)[ ]*` + refParen + `)?(?:[ ]*(?:,[ ]*(?:and|&)?|and|&)[ ]*(?:¶+[ ]*)?` + refParen + `(?:[ ]*(?:through|thru|to|-|–|—)[ ]*` + refParen + `)?)*)`)
	reIncMore = pattern.MustPattern(`\(?(` + refNum + `)\)?(?:[ ]*(?:through|thru|to|-|–|—)[ ]*\(?(` + refNum + `)\)?)?`)
	// "each preceding and succeeding paragraph", "all other paragraphs of
	// this Complaint": a sweep that reaches forward into the later counts.
	reIncForward = pattern.MustPattern(`(?i)\b(?:preceding|prior|foregoing|above)[ ]+(?:and|or|as well as)[ ]+(?:succeeding|subsequent|following|below)\b|\b(?:succeeding|subsequent)[ ]+paragraphs?\b|\b(?:all|each|every)[ ]+other[ ]+(?:paragraphs?|allegations?)\b`)
	// Blanket incorporation, in any spacing (a wrapped line may fall inside
	// the phrase: "as if fully set forth\nherein"), including the noun-first
	// order "each and every allegation above".
	reIncBlanket = pattern.MustPattern(`(?i)\b(?:all|each\s+and\s+every|every|each\s+of\s+the|the)\s+(?:of\s+the\s+)?(?:preceding|prior|foregoing|above|previous|aforementioned|above-stated)\b|\b(?:all|each\s+and\s+every|every|each\s+of\s+the|the)\s+(?:allegations?|paragraphs?)\s+(?:(?:set\s+forth|contained|made|stated|pleaded|alleged)\s+)?(?:above|hereinabove)\b|\bof\s+this\s+complaint\b|\bset\s+forth\s+above\b|\bas\s+if\s+fully\s+set\s+forth\s+herein\b`)

	// Defined terms: (the "Module"), (collectively, the “Works”), (together
	// with the other guides in Exhibit A, the “Guides”).
	// Line breaks may fall anywhere before the quoted term ("(the\n“Module”)").
	reDefinedTerm = pattern.MustPattern(`\((?:(?:hereinafter|collectively|together|each|individually)(?:\s+with\s+[^()"“”]{1,80}?)?(?:,)?\s+)?(?:referred\s+to\s+as\s+)?(?:the\s+|a\s+|an\s+)?["“]([^"”\n]{2,60}|[^"”\n]{1,40}\n[ \t]*[^"”\n]{1,40})["”]\)`)
)
