// Package authority holds the authorities the rules cite, each exactly as
// RULES.md or RULES-FORUM.md gives it, and Cite, which strings them the way
// a brief does.
package authority
