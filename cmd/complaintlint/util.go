package main

import (
	"path/filepath"
	"sort"
)

func sortStrings(s []string) { sort.Strings(s) }

func dirOf(path string) string { return filepath.Dir(path) }
