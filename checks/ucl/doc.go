// Package ucl holds the California rules of RULES-FORUM.md §F3.3 for the
// Unfair Competition Law and False Advertising Law (standing, the unlawful
// predicate, remedies, the statements), CUTSA supersession and unjust
// enrichment pleaded as a standalone claim.
package ucl
