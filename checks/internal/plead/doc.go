// Package plead holds the facts and cues rules of several claim families
// read: the parties model (Parties, read once per document), sentence,
// paragraph and quotation helpers, and the cue patterns more than one
// family matches. A cue one family alone uses stays in that family's
// cues.go. Its names are exported only for the family packages under
// checks; internal keeps them from anyone else.
//
// Files go by topic, not by the family that first needed them: the
// parties model (parties.go) and the readings behind its views
// (party_names.go, party_roles.go, general_cues.go); who acts in a clause
// (actors.go) and whom a count is brought against (count_heading.go);
// which of a count's sentences a rule reads or anchors on
// (count_sentences.go, incorporation.go) and what their defined terms add
// (term_definitions.go); dates of acts (event_dates.go); references to
// numbered paragraphs (paragraph_refs.go, belief_preface.go); challenged
// advertisements (ad_statements.go, ad_context.go); what an interference
// or UCL count rests on (interference_theory.go, ucl_predicates.go); the
// forum and governing law (forum.go); blanking cue matches (blanking.go);
// defendants named alike (entity_names.go); harm words (incorporation.go);
// and in cues.go role words, quotations, exhibits and the severity of an
// absent element.
package plead
