package main

import (
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	tokenFile := filepath.Join(t.TempDir(), "token")
	os.WriteFile(tokenFile, []byte("from-a-file\n"), 0o600)
	env := func(kv ...string) func(string) string {
		m := map[string]string{}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		return func(k string) string { return m[k] }
	}
	cfg, err := parse(nil, env(), io.Discard)
	if err != nil || cfg.Server != "http://127.0.0.1:8080" || cfg.Width != 1280 || cfg.Height != 800 || cfg.ReducedMotion || cfg.Token != "" {
		t.Errorf("defaults: %+v, %v", cfg, err)
	}
	cfg, err = parse([]string{"--server", "https://quiz.example.org", "--reduced-motion", "--large", "--on-top", "--size", "560x900"},
		env("QUIZSTATS_TOKEN", "secret"), io.Discard)
	if err != nil || cfg.Server != "https://quiz.example.org" || !cfg.ReducedMotion || !cfg.Large || !cfg.OnTop || cfg.Width != 560 || cfg.Token != "secret" {
		t.Errorf("flags: %+v, %v", cfg, err)
	}
	cfg, err = parse(nil, env("QUIZSTATS_SERVER", "http://10.0.0.5:8080", "QUIZSTATS_REDUCED_MOTION", "1", "QUIZSTATS_TOKEN_FILE", tokenFile,
		"QUIZSTATS_DESKTOP_STATE_FILE", "/tmp/x.json"), io.Discard)
	if err != nil || cfg.Server != "http://10.0.0.5:8080" || !cfg.ReducedMotion || cfg.Token != "from-a-file" || cfg.StateFile != "/tmp/x.json" {
		t.Errorf("environment: %+v, %v", cfg, err)
	}
	// Closing the window hides it only where a tray item can open it
	// again: on Linux, a session bus with a StatusNotifier host.
	if cfg, _ := parse(nil, env(), io.Discard); cfg.TrayHost != (runtime.GOOS == "darwin" || runtime.GOOS == "windows") {
		t.Errorf("no session bus on %s: TrayHost %v", runtime.GOOS, cfg.TrayHost)
	}
	if cfg, _ := parse(nil, env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1000/bus"), io.Discard); !cfg.TrayHost {
		t.Error("a session bus: TrayHost false, want true")
	}
	for _, c := range []struct {
		args []string
		env  func(string) string
		want string
	}{
		{[]string{"--size", "big"}, env(), `--size "big"`},
		{[]string{"--size", "100x100"}, env(), "at least 320x400"},
		{[]string{"extra"}, env(), "takes no arguments"},
		{nil, env("QUIZSTATS_REDUCED_MOTION", "maybe"), `QUIZSTATS_REDUCED_MOTION="maybe"`},
		{nil, env("QUIZSTATS_TOKEN_FILE", "/nonexistent/token"), "QUIZSTATS_TOKEN_FILE"},
	} {
		if _, err := parse(c.args, c.env, io.Discard); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("parse(%q): %v, want an error saying %q", c.args, err, c.want)
		}
	}
}
