// Command quizstats-desktop is the desktop window and tray item of
// quizstats: the live view of a server, animated, for a screen in a room
// or a corner of a desk. It is its own command because it needs cgo,
// OpenGL and the window system's libraries; quizstats stays one static
// binary.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime"
	"strconv"
	"strings"
	"syscall"

	"github.com/quizstats/quizstats/internal/desktop"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := run(ctx, os.Args[1:], os.Getenv, os.Stderr)
	switch {
	case errors.Is(err, flag.ErrHelp):
	case err != nil:
		fmt.Fprintln(os.Stderr, "quizstats-desktop:", err)
		os.Exit(2)
	}
}

func run(ctx context.Context, args []string, getenv func(string) string, stderr io.Writer) error {
	cfg, err := parse(args, getenv, stderr)
	if err != nil {
		return err
	}
	cfg.Logger = slog.New(slog.NewJSONHandler(stderr, nil))
	return desktop.Run(ctx, *cfg)
}

func parse(args []string, getenv func(string) string, stderr io.Writer) (*desktop.Config, error) {
	cfg := &desktop.Config{}
	fs := flag.NewFlagSet("quizstats-desktop", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, `Usage: quizstats-desktop [flags]

Shows a quizstats server's live stats in a window and a tray item: the
analysis in progress question by question, vote bars, the score against an
answer key, running totals and the recent history. It reconnects by itself
and keeps the last state while the server is away. The token is read from
QUIZSTATS_TOKEN (or QUIZSTATS_TOKEN_FILE), else from the settings the
"Switch server" dialog keeps.

Flags:
`)
		fs.PrintDefaults()
	}
	size := envOr(getenv, "QUIZSTATS_DESKTOP_SIZE", "1280x800")
	reduced, err := envBool(getenv, "QUIZSTATS_REDUCED_MOTION")
	if err != nil {
		return nil, err
	}
	fs.StringVar(&cfg.Server, "server", envOr(getenv, "QUIZSTATS_SERVER", "http://127.0.0.1:8080"), "the server's URL (QUIZSTATS_SERVER)")
	fs.BoolVar(&cfg.ReducedMotion, "reduced-motion", reduced, "no animation: numbers go straight to their values (QUIZSTATS_REDUCED_MOTION); Fyne does not expose the system's setting")
	fs.BoolVar(&cfg.Large, "large", false, "start in large type, for a screen in a room")
	fs.BoolVar(&cfg.OnTop, "on-top", false, "keep the window above other windows")
	fs.StringVar(&size, "size", size, "the window's first size, WIDTHxHEIGHT (QUIZSTATS_DESKTOP_SIZE)")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("quizstats-desktop takes no arguments, got %q", fs.Args())
	}
	w, h, ok := strings.Cut(size, "x")
	wi, err1 := strconv.Atoi(w)
	hi, err2 := strconv.Atoi(h)
	if !ok || err1 != nil || err2 != nil || wi < 320 || hi < 400 || wi > 10000 || hi > 10000 {
		return nil, fmt.Errorf("--size %q: want WIDTHxHEIGHT, at least 320x400", size)
	}
	cfg.Width, cfg.Height = float32(wi), float32(hi)
	cfg.StateFile = getenv("QUIZSTATS_DESKTOP_STATE_FILE")
	cfg.TrayHost = runtime.GOOS == "darwin" || runtime.GOOS == "windows" || getenv("DBUS_SESSION_BUS_ADDRESS") != ""
	token, err := secret(getenv, "QUIZSTATS_TOKEN")
	if err != nil {
		return nil, err
	}
	cfg.Token = token
	return cfg, nil
}

func envOr(getenv func(string) string, name, def string) string {
	if v := getenv(name); v != "" {
		return v
	}
	return def
}

// envBool reads a boolean variable; one that does not parse stops the
// command, as the flag would.
func envBool(getenv func(string) string, name string) (bool, error) {
	v := getenv(name)
	if v == "" {
		return false, nil
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		return false, fmt.Errorf("%s=%q: want true or false", name, v)
	}
	return b, nil
}

// secret reads NAME, or the file NAME_FILE names (a mounted secret).
func secret(getenv func(string) string, name string) (string, error) {
	if v := getenv(name); v != "" {
		return v, nil
	}
	path := getenv(name + "_FILE")
	if path == "" {
		return "", nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("%s_FILE: %w", name, err)
	}
	return strings.TrimSpace(string(b)), nil
}
