package main

import (
	"context"
	"io"
	"strings"
	"testing"
	"time"
)

// An environment value that does not parse stops the command as the same
// value given as a flag does: status 2, and a message that names the
// variable and the value.
func TestBadEnvironmentValueStopsTheCommand(t *testing.T) {
	for _, tc := range []struct {
		cmd        []string
		name, val  string
		flagAsWell string
	}{
		{[]string{"serve"}, "QUIZSTATS_MODEL_TIMEOUT", "5", "--model-timeout"},
		{[]string{"serve"}, "QUIZSTATS_EVENT_QUEUE", "lots", "--event-queue"},
		{[]string{"serve"}, "QUIZSTATS_RATE_API", "fast", "--rate-api"},
		{[]string{"serve"}, "QUIZSTATS_LOG_LEVEL", "loud", "--log-level"},
		{[]string{"watch"}, "QUIZSTATS_LOG_LEVEL", "chatty", "--log-level"},
	} {
		env := map[string]string{tc.name: tc.val, "HOME": t.TempDir(), "DISPLAY": ":0"}
		r := runCmd(context.Background(), env, tc.cmd...)
		if r.err == nil {
			t.Errorf("%s=%s %v: ran", tc.name, tc.val, tc.cmd)
			continue
		}
		if code := exitCode(r.err); code != 2 {
			t.Errorf("%s=%s %v: exit status %d, want 2 as for a bad flag", tc.name, tc.val, tc.cmd, code)
		}
		if msg := r.err.Error(); !strings.Contains(msg, tc.name) || !strings.Contains(msg, `"`+tc.val+`"`) {
			t.Errorf("%s=%s %v: %q does not name the variable and its value", tc.name, tc.val, tc.cmd, msg)
		}
		if tc.flagAsWell != "" {
			r := runCmd(context.Background(), map[string]string{"HOME": t.TempDir(), "DISPLAY": ":0"}, append(tc.cmd, tc.flagAsWell+"="+tc.val)...)
			if exitCode(r.err) != 2 {
				t.Errorf("%v %s=%s: exit status %d; the flag and the variable must be refused alike", tc.cmd, tc.flagAsWell, tc.val, exitCode(r.err))
			}
		}
	}
}

// A good environment value is the default, and a flag still overrides it.
func TestEnvironmentGivesDefaults(t *testing.T) {
	env := map[string]string{"QUIZSTATS_MODEL_TIMEOUT": "5s", "QUIZSTATS_EVENT_QUEUE": "7", "QUIZSTATS_LOG_LEVEL": "debug", "HOME": t.TempDir()}
	cfg, err := parseServe([]string{"--event-queue", "9"}, func(k string) string { return env[k] }, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.modelTimeout != 5*time.Second || cfg.eventQueue != 9 || cfg.logLevel.String() != "DEBUG" {
		t.Errorf("model timeout %v, event queue %d, log level %v; want 5s from the environment, 9 from the flag, DEBUG", cfg.modelTimeout, cfg.eventQueue, cfg.logLevel)
	}
	wenv := map[string]string{"QUIZSTATS_SERVER": "http://example.com:1", "QUIZSTATS_TOKEN": "t0k", "DISPLAY": ":0", "HOME": t.TempDir()}
	wcfg, err := parseWatch(nil, func(k string) string { return wenv[k] }, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if wcfg.server != "http://example.com:1" || wcfg.token != "t0k" {
		t.Errorf("watch server %q token %q; want them from QUIZSTATS_SERVER and QUIZSTATS_TOKEN", wcfg.server, wcfg.token)
	}
}
