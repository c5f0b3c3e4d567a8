package report

import (
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/complaintlint/complaintlint/lint"
	"github.com/complaintlint/complaintlint/lint/document"
	"github.com/complaintlint/complaintlint/lint/fingerprint"
	"github.com/complaintlint/complaintlint/lint/forum"
)

// SARIF writes a SARIF 2.1.0 log, the format code-scanning services
// (GitHub code scanning, Azure DevOps, SonarQube) and editor viewers import.
//
// Each rule is described in full (title, requirement, authority, examples,
// fix) so a viewer can explain a finding without the tool. Columns count
// Unicode code points (run.columnKind). Results carry a partial fingerprint
// that ignores line numbers, so a finding keeps its identity when text above
// it moves. Suppressed findings stay in the log with their suppression, as
// the standard asks, and files that could not be linted become tool
// execution notifications.
type SARIF struct {
	Tool Tool
	// Rules is the rule catalog written to tool.driver.rules. A finding of
	// a rule not in it gets a minimal descriptor, so ruleIndex always
	// resolves.
	Rules []*lint.Check
	// BaseDir is the absolute directory relative paths are relative to
	// (the working directory); it becomes %SRCROOT%. Empty leaves
	// originalUriBaseIds out.
	BaseDir string
}

// SRCROOT is the uriBaseId of every relative artifact location.
const SRCROOT = "%SRCROOT%"

// sarifRunProps says, once per file, which forum and law the rules
// assumed and how to change it (RULES-FORUM.md §F1).
type sarifRunProps struct {
	Forums []sarifForum `json:"forums"`
}

type sarifForum struct {
	File    string `json:"file"`
	Profile string `json:"forum_profile"`
	Summary string `json:"summary"`
	Change  string `json:"change"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version"`
	InformationURI string      `json:"informationUri,omitempty"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifHelp struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifRule struct {
	ID                   string          `json:"id"`
	Name                 string          `json:"name,omitempty"`
	ShortDescription     sarifText       `json:"shortDescription"`
	FullDescription      *sarifText      `json:"fullDescription,omitempty"`
	Help                 *sarifHelp      `json:"help,omitempty"`
	DefaultConfiguration sarifConfig     `json:"defaultConfiguration"`
	Properties           *sarifRuleProps `json:"properties,omitempty"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifRuleProps struct {
	ClaimFamily string   `json:"claimFamily"`
	Precision   string   `json:"precision,omitempty"`
	Tags        []string `json:"tags"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
}

type sarifArtifactLoc struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifSnippet struct {
	Text string `json:"text"`
}

type sarifRegion struct {
	StartLine   int           `json:"startLine"`
	StartColumn int           `json:"startColumn"`
	EndLine     int           `json:"endLine"`
	EndColumn   int           `json:"endColumn"`
	ByteOffset  *int          `json:"byteOffset,omitempty"`
	ByteLength  *int          `json:"byteLength,omitempty"`
	Snippet     *sarifSnippet `json:"snippet,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifactLoc `json:"artifactLocation"`
	Region           *sarifRegion     `json:"region,omitempty"`
}

type sarifLocation struct {
	ID               *int          `json:"id,omitempty"`
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
	Message          *sarifText    `json:"message,omitempty"`
}

type sarifSuppression struct {
	Kind          string `json:"kind"`
	Justification string `json:"justification,omitempty"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion `json:"deletedRegion"`
	InsertedContent *sarifText  `json:"insertedContent,omitempty"`
}

type sarifChange struct {
	ArtifactLocation sarifArtifactLoc   `json:"artifactLocation"`
	Replacements     []sarifReplacement `json:"replacements"`
}

type sarifFix struct {
	Description     sarifText     `json:"description"`
	ArtifactChanges []sarifChange `json:"artifactChanges"`
}

type sarifResultProps struct {
	Count      string  `json:"count,omitempty"`
	Allegation int     `json:"allegation,omitempty"`
	Paragraph  string  `json:"paragraph,omitempty"` // an outline number ("5.1"), which allegation cannot hold
	Authority  string  `json:"authority,omitempty"`
	Fix        string  `json:"fix,omitempty"`
	Missing    bool    `json:"missing,omitempty"`
	Confidence float64 `json:"confidence,omitempty"`
	Profile    string  `json:"forum_profile,omitempty"`
}

type sarifResult struct {
	RuleID              string             `json:"ruleId"`
	RuleIndex           int                `json:"ruleIndex"`
	Level               string             `json:"level"`
	Message             sarifText          `json:"message"`
	Locations           []sarifLocation    `json:"locations"`
	RelatedLocations    []sarifLocation    `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string  `json:"partialFingerprints"`
	Suppressions        []sarifSuppression `json:"suppressions,omitempty"`
	Fixes               []sarifFix         `json:"fixes,omitempty"`
	Properties          sarifResultProps   `json:"properties"`
}

// Report implements Reporter. The log is written a result at a time as
// each is made, never built whole.
func (s SARIF) Report(w io.Writer, results []lint.FileResult) error { return streamAll(s, w, results) }

// Start implements Streamer. The log's header says what only the whole
// run knows (every rule a finding names, every file that could not be
// linted), so the results are spooled as each file comes, laid out as
// they sit in the log, and the header, the spooled results and the
// forums, which follow them, are written at the end.
func (s SARIF) Start(w io.Writer, _ int) Stream {
	st := &sarifStream{s: s, w: w, inv: sarifInvocation{ExecutionSuccessful: true}}
	st.rules, st.index = s.catalog()
	st.results = newJSONStream(&st.spool, true)
	// The results array's place in the log: root object, runs array, the
	// run object, results array.
	st.results.empty = []bool{false, false, false, true}
	return st
}

type sarifStream struct {
	s       SARIF
	w       io.Writer
	rules   []sarifRule
	index   map[string]int
	inv     sarifInvocation
	props   *sarifRunProps
	spool   spool
	results *jsonStream
}

func (st *sarifStream) File(r *lint.FileResult) error {
	s := st.s
	for _, f := range r.Findings {
		if _, ok := st.index[f.Rule]; ok {
			continue
		}
		st.index[f.Rule] = len(st.rules)
		st.rules = append(st.rules, sarifRule{ID: f.Rule, Name: pascal(f.Rule), ShortDescription: sarifText{f.Rule},
			DefaultConfiguration: sarifConfig{Level: sarifLevel(f.Severity)}})
	}
	var errs []error
	if r.Err != nil {
		errs = append(errs, r.Err)
	}
	errs = append(errs, r.CheckErrors...)
	for _, e := range errs {
		st.inv.ExecutionSuccessful = false
		st.inv.ToolExecutionNotifications = append(st.inv.ToolExecutionNotifications, sarifNotification{
			Level: "error", Message: sarifText{e.Error()},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{ArtifactLocation: s.artifact(r.Path)}}},
		})
	}
	if r.Doc == nil {
		return st.results.err
	}
	if a := r.Forum; a != nil {
		if st.props == nil {
			st.props = &sarifRunProps{}
		}
		st.props.Forums = append(st.props.Forums, sarifForum{File: r.Path, Profile: a.ProfileLabel(-1), Summary: a.Summary(), Change: forum.HowToChange})
	}
	loc := s.artifact(r.Path)
	fps := fingerprint.File(r)
	for k, f := range r.Findings {
		st.results.element(s.result(r, loc, f, st.index[f.Rule], fps[k]))
	}
	return st.results.err
}

func (st *sarifStream) Finish() error {
	defer st.Close()
	if err := st.results.flush(); err != nil {
		return err
	}
	s := st.s
	tool := s.Tool.orDefault()
	js := newJSONStream(st.w, true)
	js.beginObject()
	js.field("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
	js.field("version", "2.1.0")
	js.key("runs")
	js.beginArray()
	js.item()
	js.beginObject()
	js.field("tool", sarifTool{Driver: sarifDriver{Name: tool.Name, Version: tool.Version, InformationURI: tool.InformationURI, Rules: st.rules}})
	js.field("invocations", []sarifInvocation{st.inv})
	if s.BaseDir != "" {
		js.field("originalUriBaseIds", map[string]sarifArtifactLoc{SRCROOT: {URI: dirURI(s.BaseDir)}})
	}
	js.field("columnKind", "unicodeCodePoints")
	js.key("results")
	js.beginArray()
	if js.err == nil {
		js.err = st.spool.copyTo(js.w)
	}
	js.empty[len(js.empty)-1] = st.results.empty[len(st.results.empty)-1]
	js.endArray()
	if st.props != nil {
		js.field("properties", st.props)
	}
	js.endObject()
	js.endArray()
	js.endObject()
	return js.finish()
}

func (st *sarifStream) Close() { st.spool.close() }

func (s SARIF) result(r *lint.FileResult, loc sarifArtifactLoc, f lint.Finding, ruleIndex int, fp string) sarifResult {
	d := r.Doc
	res := sarifResult{
		RuleID: f.Rule, RuleIndex: ruleIndex, Level: sarifLevel(f.Severity), Message: sarifText{f.Message},
		Locations:           []sarifLocation{{PhysicalLocation: sarifPhysical{ArtifactLocation: loc, Region: region(d, f.Span, true)}}},
		PartialFingerprints: map[string]string{fingerprint.Version: fp},
		Properties: sarifResultProps{Count: f.Count, Allegation: r.AllegationNumber(f), Paragraph: r.AllegationOutline(f), Authority: f.Authority,
			Fix: f.Fix, Missing: f.Missing, Confidence: f.Confidence, Profile: f.Profile},
	}
	for k, rel := range f.Related {
		id := k + 1
		res.RelatedLocations = append(res.RelatedLocations, sarifLocation{
			ID: &id, Message: &sarifText{rel.Message},
			PhysicalLocation: sarifPhysical{ArtifactLocation: loc, Region: region(d, rel.Span, true)},
		})
	}
	if sp := f.Suppressed; sp != nil {
		kind := "external"
		if sp.Kind == "inline" {
			kind = "inSource"
		}
		res.Suppressions = []sarifSuppression{{Kind: kind, Justification: sp.Justification}}
	}
	// A .docx cannot be patched by byte ranges of its extracted text, so
	// only text and Markdown findings carry fixes.
	if d.Format != document.FormatDocx {
		for _, sg := range f.Suggestions {
			ch := sarifChange{ArtifactLocation: loc}
			for _, e := range sg.Edits {
				ch.Replacements = append(ch.Replacements, sarifReplacement{DeletedRegion: *region(d, e.Span, false), InsertedContent: &sarifText{e.NewText}})
			}
			res.Fixes = append(res.Fixes, sarifFix{Description: sarifText{sg.Title}, ArtifactChanges: []sarifChange{ch}})
		}
	}
	return res
}

// region locates a span. Byte offsets are exact for text and Markdown; for
// .docx the "lines" are Word paragraphs and the bytes are not the file's,
// so only lines and columns are given.
func region(d *document.Document, sp lint.Span, snippet bool) *sarifRegion {
	s, e := d.Lines.Position(sp.Start), d.Lines.Position(sp.End)
	rg := &sarifRegion{StartLine: s.Line, StartColumn: s.Column, EndLine: e.Line, EndColumn: e.Column}
	if d.Format != document.FormatDocx {
		off, n := sp.Start, sp.Len()
		rg.ByteOffset, rg.ByteLength = &off, &n
	}
	if snippet && sp.Len() > 0 {
		rg.Snippet = &sarifSnippet{Text: d.SourceSlice(sp)}
	}
	return rg
}

func sarifLevel(s lint.Severity) string {
	switch s {
	case lint.Error:
		return "error"
	case lint.Warning:
		return "warning"
	}
	return "note"
}

// catalog returns the rule descriptors and each rule id's index: the
// given rules in order; the stream adds a minimal descriptor for every
// other rule a finding names (the runner's "too-many-findings", for one)
// as it comes.
func (s SARIF) catalog() ([]sarifRule, map[string]int) {
	rules := []sarifRule{}
	index := map[string]int{}
	for _, c := range s.Rules {
		if _, dup := index[c.ID]; dup {
			continue
		}
		index[c.ID] = len(rules)
		rules = append(rules, ruleDescriptor(c))
	}
	return rules, index
}

func ruleDescriptor(c *lint.Check) sarifRule {
	r := sarifRule{
		ID: c.ID, Name: pascal(c.ID), ShortDescription: sarifText{c.Title},
		DefaultConfiguration: sarifConfig{Level: sarifLevel(c.Severity)},
		Properties:           &sarifRuleProps{ClaimFamily: Family(c), Precision: precision(c.Confidence), Tags: []string{"complaint", "pleading", Family(c)}},
	}
	if c.Doc.Requirement != "" {
		r.FullDescription = &sarifText{c.Doc.Requirement}
	}
	if text, md := help(c); text != "" {
		r.Help = &sarifHelp{Text: text, Markdown: md}
	}
	return r
}

// Family names what a rule reads: its claim family, "all counts" for a
// count rule of every family, "document" for a whole-document rule.
func Family(c *lint.Check) string {
	if c.Family != "" {
		return string(c.Family)
	}
	if c.Scope == lint.ScopeDocument {
		return "document"
	}
	return "all counts"
}

// precision maps a rule's confidence to the SARIF property code-scanning
// services sort by.
func precision(conf float64) string {
	switch {
	case conf == 0:
		return ""
	case conf >= 0.9:
		return "very-high"
	case conf >= 0.75:
		return "high"
	case conf >= 0.5:
		return "medium"
	}
	return "low"
}

// help renders a rule's documentation as plain text and as Markdown.
func help(c *lint.Check) (string, string) {
	var t, m strings.Builder
	para := func(title, body string) {
		if body == "" {
			return
		}
		t.WriteString(title + ": " + body + "\n\n")
		m.WriteString("**" + title + ".** " + body + "\n\n")
	}
	list := func(title, mark string, items []string) {
		if len(items) == 0 {
			return
		}
		t.WriteString(title + ":\n")
		m.WriteString("**" + title + "**\n\n")
		for _, it := range items {
			t.WriteString("  " + mark + " " + it + "\n")
			m.WriteString("- " + mark + " " + it + "\n")
		}
		t.WriteString("\n")
		m.WriteString("\n")
	}
	para("What the law requires", c.Doc.Requirement)
	para("Authority", c.Doc.Authority)
	list("Insufficient pleading", "✗", c.Doc.Insufficient)
	list("Sufficient pleading", "✓", c.Doc.Sufficient)
	para("How to fix it", c.Doc.Fix)
	return strings.TrimSpace(t.String()), strings.TrimSpace(m.String())
}

// pascal turns "cfaa-loss-threshold-unpled" into "CfaaLossThresholdUnpled",
// the shape SARIF viewers expect of rule names.
func pascal(id string) string {
	var b strings.Builder
	for _, part := range strings.FieldsFunc(id, func(r rune) bool { return r == '-' || r == '_' }) {
		b.WriteString(strings.ToUpper(part[:1]) + part[1:])
	}
	return b.String()
}

// artifact locates a result's file: relative to %SRCROOT% when the path is
// relative or inside BaseDir, an absolute file URI otherwise.
func (s SARIF) artifact(path string) sarifArtifactLoc {
	if rel, ok := relativeTo(s.BaseDir, path); ok {
		return sarifArtifactLoc{URI: escapePath(rel), URIBaseID: SRCROOT}
	}
	return sarifArtifactLoc{URI: fileURI(path)}
}

// escapePath percent-encodes each segment of a relative path so names with
// spaces, '#' or '%' are valid URI references; ':' is escaped too, or
// "a:b.md" would read as a URI with the scheme "a".
func escapePath(p string) string {
	segs := strings.Split(p, "/")
	for i, s := range segs {
		segs[i] = strings.ReplaceAll(url.PathEscape(s), ":", "%3A")
	}
	return strings.Join(segs, "/")
}

// dirURI is an absolute directory as a file URI ending in "/", as
// originalUriBaseIds requires.
func dirURI(dir string) string {
	u := fileURI(dir)
	if !strings.HasSuffix(u, "/") {
		u += "/"
	}
	return u
}

// fileURI is an absolute path as a file URI; a Windows drive path gets the
// leading slash the URI form needs (file:///C:/...).
func fileURI(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}
