package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/quizstats/quizstats/internal/extract"
)

// findChrome returns the browser to drive: the one given (--chrome or
// QUIZSTATS_CHROME), a path or a name looked up on PATH, or else the first
// Chromium-like browser on PATH. PATH is read through getenv, so the command
// sees the environment run was given.
func findChrome(given string, getenv func(string) string) (string, error) {
	lookPath := lookPathIn(getenv("PATH"))
	if given == "" {
		p, err := extract.FindBrowser(lookPath)
		if err != nil {
			return "", fmt.Errorf("%w; or give its path with --chrome or QUIZSTATS_CHROME", err)
		}
		return p, nil
	}
	if strings.ContainsRune(given, os.PathSeparator) {
		if err := executable(given); err != nil {
			return "", fmt.Errorf("--chrome %s: %w; install Chromium (apt-get install chromium) or give the path of Chromium or Chrome", given, err)
		}
		return given, nil
	}
	p, err := lookPath(given)
	if err != nil {
		return "", fmt.Errorf("--chrome %s: not found on PATH; install Chromium (apt-get install chromium) or give the path of Chromium or Chrome", given)
	}
	return p, nil
}

// lookPathIn is exec.LookPath over the directories of path.
func lookPathIn(path string) func(string) (string, error) {
	return func(name string) (string, error) {
		for _, dir := range filepath.SplitList(path) {
			if dir == "" {
				continue // the current directory is never searched implicitly
			}
			p := filepath.Join(dir, name)
			if executable(p) == nil {
				return p, nil
			}
		}
		return "", exec.ErrNotFound
	}
}

// executable says why path cannot be run, or nil.
func executable(path string) error {
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return errors.New("no such file")
	case err != nil:
		return err
	case fi.IsDir():
		return errors.New("is a directory")
	case fi.Mode()&0o111 == 0:
		return errors.New("is not executable")
	}
	return nil
}
