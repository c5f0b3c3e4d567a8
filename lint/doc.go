// Package lint holds the engine's contracts: findings, severities, checks,
// the Pass a check runs against, and the runner that applies checks to a
// document and post-processes what they report.
//
// Positions stay byte offsets (Span) until a reporter prints them; the
// document's line index turns them into 1-based lines and code-point columns.
package lint
