package config

// Starter is the commented configuration `complaintlint init` writes. Every
// setting is shown at its default, so deleting a line changes nothing.
const Starter = `# complaintlint configuration.
#
# complaintlint uses the nearest .complaintlint.yml found by walking up from
# each linted file's directory; --config FILE uses one file for every
# document instead. Command-line flags override what is set here.

# The court and law the complaints are read under. Empty: each complaint's
# caption decides (district -> circuit, state court -> state), and each
# count's own words or a choice-of-law clause its state's law. Set them
# only to override that, e.g. circuit: "9", state: CA.
profile:
  circuit: ""    # federal circuit whose law governs: 1-11, dc or fed
  state: ""      # state whose law governs the common-law counts

# Exit 1 when a finding at or above this severity is reported:
# error, warning, info or none.
fail-on: error

# Leave out findings below this severity: info, warning or error.
min-severity: info

rules:
  # Run only these rules (complaintlint rules lists them); empty runs all.
  enable: []
  # Never run these rules.
  disable: []
  # Change a rule's severity, for example:
  #   cfaa-loss-threshold-unpled: warning
  severity: {}

# Which files a directory walk picks up, as patterns relative to this file's
# directory (gitignore style: "*.md" anywhere, "drafts/**" under drafts/).
# Files named on the command line are always linted.
files:
  include: []
  exclude: []

# Findings the team has decided to accept, each with its reason. This is the
# way to silence a finding: nothing is ever typed into the pleading itself.
suppress: []
#  - path: complaints/acme-v-widgetco.md
#    rule: lanham-ad-content-context-missing
#    reason: "The advertisement is attached as Exhibit B and incorporated in paragraph 40."
#    text: "Exhibit B"   # optional: only where the flagged sentence contains this
`
