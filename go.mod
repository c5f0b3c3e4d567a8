module github.com/complaintlint/complaintlint

go 1.26.8

require (
	github.com/fatih/color v1.19.0
	github.com/jdkato/prose/v2 v2.0.0
	github.com/mattn/go-isatty v0.0.20
	github.com/rogpeppe/go-internal v1.16.0
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
	github.com/sourcegraph/jsonrpc2 v0.2.3
	github.com/spf13/pflag v1.1.0
	github.com/yuin/goldmark v1.8.7
	go.yaml.in/yaml/v3 v3.0.6
	gopkg.in/neurosnap/sentences.v1 v1.0.6
)

require (
	github.com/deckarep/golang-set v1.7.1 // indirect
	github.com/mattn/go-colorable v0.1.14 // indirect
	github.com/mingrammer/commonregex v1.0.1 // indirect
	golang.org/x/sys v0.42.0 // indirect
	golang.org/x/text v0.14.0 // indirect
	golang.org/x/tools v0.26.0 // indirect
	gonum.org/v1/gonum v0.7.0 // indirect
)
