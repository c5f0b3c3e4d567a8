package checks

import "github.com/complaintlint/complaintlint/lint"

// forumRules lists the rules of RULES-FORUM.md §F1-F2: the forum notice
// and the heading-citation check of claim classification.
var forumRules = []*lint.Check{
	ForumAssumed,
	ClaimHeadingStatuteMismatch,
}
