package main

import (
	"context"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// Helpers of the tests that press keys as a person does: on a real
// (virtual) X display, through the X server's test extension, so that the
// key goes through the window system and Chromium's own keyboard handling,
// browser shortcuts included. The DevTools Input domain cannot do that: it
// delivers keys to a page, after the browser's accelerators, so it never
// reaches an extension's command.

// xdotool runs xdotool on display and returns its output.
func xdotool(t *testing.T, display string, args ...string) string {
	t.Helper()
	path := requireProgram(t, "xdotool", "xdotool")
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, path, args...)
	cmd.Env = append(os.Environ(), "DISPLAY="+display)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("xdotool %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// browserWindow returns the X window of the visible Chromium on display
// whose title contains title, waiting for it to appear.
func browserWindow(t *testing.T, display, title string) string {
	t.Helper()
	var id string
	waitFor(t, "a browser window titled "+title, 20*time.Second, func() bool {
		path := requireProgram(t, "xdotool", "xdotool")
		cmd := exec.Command(path, "search", "--onlyvisible", "--name", title)
		cmd.Env = append(os.Environ(), "DISPLAY="+display)
		out, _ := cmd.Output()
		ids := strings.Fields(string(out))
		if len(ids) == 0 {
			return false
		}
		id = ids[len(ids)-1]
		return true
	})
	return id
}

// pressKeys gives the window the keyboard focus, as a click on it would,
// and presses keys (xdotool's names, e.g. "alt+shift+q") on the keyboard.
func pressKeys(t *testing.T, display, window, keys string) {
	t.Helper()
	// There is no window manager on the virtual display to hand out the
	// focus; windowfocus sets it as one would.
	xdotool(t, display, "windowfocus", "--sync", window)
	xdotool(t, display, "key", "--clearmodifiers", keys)
}
