// Package tradesecret holds the rules for trade secret counts (RULES.md
// §3.H, and California's § 2019.210 identification of RULES-FORUM.md
// §F3.3): identifying the secret, the secrecy measures and the
// misappropriation facts. cues.go holds the readings they share.
package tradesecret
