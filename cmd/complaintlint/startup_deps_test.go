package main

import (
	"os/exec"
	"slices"
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint/linttest"
)

// notLinked are packages the command must not link: Go runs the
// initialisation of every linked package at the start of every run, a
// one-line plain-text draft's included, whether or not the run uses them.
// The Markdown reader needs goldmark's parser only; goldmark's root
// package would bring its HTML renderer.
var notLinked = []string{
	"github.com/yuin/goldmark",
	"github.com/yuin/goldmark/renderer/html",
}

func TestStartupDependencies(t *testing.T) {
	goTool := linttest.Tool(t, "go", "install Go")
	out, err := exec.Command(goTool, "list", "-deps", ".").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	deps := strings.Fields(string(out))
	if !slices.Contains(deps, "github.com/yuin/goldmark/parser") {
		t.Fatal("go list -deps does not list goldmark's parser: the test no longer sees the dependencies")
	}
	for _, p := range notLinked {
		if slices.Contains(deps, p) {
			t.Errorf("the command links %s, whose initialisation every run would pay", p)
		}
	}
}
