// Package copyright holds the rules for copyright infringement counts
// (RULES.md §3.A): the works and their ownership, registration and its
// timing, protectable expression, the accused acts and the infringement
// period. cues.go holds what only these rules read, chiefly the acts and
// dates attributed to the defendants.
package copyright
