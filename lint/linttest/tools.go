package linttest

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Tool finds an external program a test drives (LibreOffice, Chromium,
// Neovim). Without it the test is skipped on a developer's machine, but
// fails on CI (CI=true), which installs every such program: a missing tool
// there must not pass silently. install says how to get it.
func Tool(t testing.TB, name, install string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is not on PATH; CI must install it (%s)", name, install)
		}
		t.Skipf("%s is not on PATH; %s to run this test", name, install)
	}
	return p
}

// ConvertWithLibreOffice converts the file at path to the format to
// ("docx", "odt", "pdf") with a real word processor, in dir, and returns
// the converted bytes.
func ConvertWithLibreOffice(t testing.TB, path, to, dir string) []byte {
	t.Helper()
	bin := Tool(t, "soffice", "apt-get install libreoffice-writer")
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	defer cancel()
	// A private profile and HOME, so that a running LibreOffice or a stale
	// lock in the user's profile cannot swallow the conversion.
	home := t.TempDir()
	profile := "file://" + filepath.ToSlash(filepath.Join(home, "profile"))
	cmd := exec.CommandContext(ctx, bin, "-env:UserInstallation="+profile,
		"--headless", "--norestore", "--convert-to", to, "--outdir", dir, path)
	cmd.Env = append(os.Environ(), "HOME="+home)
	cmd.WaitDelay = 10 * time.Second
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)) + "." + to
	data, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatalf("soffice wrote no %s: %v\n%s", name, err, out)
	}
	return data
}
