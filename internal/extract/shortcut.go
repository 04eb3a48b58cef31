package extract

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Shortcut is the key combination that captures a page in quizstats watch.
type Shortcut struct {
	Ctrl, Alt, Shift, Meta bool
	// Key is the key as printed on it: "Q", "7", "F2".
	Key string
	// Code is the physical key, as KeyboardEvent.code names it: "KeyQ",
	// "Digit7", "F2".
	Code string
}

// DefaultShortcut is the extension's command shortcut too.
const DefaultShortcut = "Alt+Shift+Q"

// ParseShortcut reads a combination such as "Alt+Shift+Q" or "ctrl+f2":
// modifiers, then one key: a letter, a digit or F1–F12.
func ParseShortcut(s string) (Shortcut, error) {
	var sc Shortcut
	fail := func(format string, args ...any) (Shortcut, error) {
		return Shortcut{}, fmt.Errorf("shortcut %q: %s; write modifiers, then one key, as in %s", s, fmt.Sprintf(format, args...), DefaultShortcut)
	}
	parts := strings.Split(s, "+")
	for i, p := range parts {
		if parts[i] = strings.TrimSpace(p); parts[i] == "" {
			return fail("an empty part")
		}
	}
	for i, p := range parts {
		var mod *bool
		switch strings.ToLower(p) {
		case "ctrl", "control":
			mod = &sc.Ctrl
		case "alt", "option", "opt":
			mod = &sc.Alt
		case "shift":
			mod = &sc.Shift
		case "meta", "cmd", "command", "super", "win":
			mod = &sc.Meta
		}
		last := i == len(parts)-1
		switch {
		case mod != nil && last:
			return fail("no key after the modifiers")
		case mod != nil && *mod:
			return fail("%s given twice", p)
		case mod != nil:
			*mod = true
		case !last:
			return fail("%q is not a modifier (Ctrl, Alt, Shift or Meta)", p)
		default:
			key, code, err := keyOf(p)
			if err != nil {
				return fail("%v", err)
			}
			sc.Key, sc.Code = key, code
		}
	}
	// Without Ctrl, Alt or Meta a letter or digit would fire while the
	// person types an answer; function keys are never typed.
	if !sc.Ctrl && !sc.Alt && !sc.Meta && !strings.HasPrefix(sc.Code, "F") {
		return fail("%s would fire while typing an answer; add Ctrl, Alt or Meta", sc)
	}
	return sc, nil
}

// keyOf names a key as printed and as KeyboardEvent.code.
func keyOf(s string) (key, code string, err error) {
	u := strings.ToUpper(s)
	switch {
	case len(u) == 1 && u[0] >= 'A' && u[0] <= 'Z':
		return u, "Key" + u, nil
	case len(u) == 1 && u[0] >= '0' && u[0] <= '9':
		return u, "Digit" + u, nil
	case len(u) >= 2 && u[0] == 'F':
		if n, err := strconv.Atoi(u[1:]); err == nil && n >= 1 && n <= 12 && u[1] != '0' {
			return u, u, nil
		}
	}
	return "", "", errors.New("unknown key " + strconv.Quote(s) + " (use a letter, a digit or F1 to F12)")
}

// String writes the shortcut as people read it: "Ctrl+Alt+Shift+Meta+Key".
func (s Shortcut) String() string {
	var b strings.Builder
	for _, m := range []struct {
		on   bool
		name string
	}{{s.Ctrl, "Ctrl"}, {s.Alt, "Alt"}, {s.Shift, "Shift"}, {s.Meta, "Meta"}} {
		if m.on {
			b.WriteString(m.name + "+")
		}
	}
	b.WriteString(s.Key)
	return b.String()
}

// shortcutJS is the listener that calls the capture binding when the person
// presses a shortcut in a document: a function expression taking the
// shortcut.
//
//go:embed shortcut.js
var shortcutJS string

// script is shortcutJS applied to the shortcut, calling binding: a script
// for Page.addScriptToEvaluateOnNewDocument.
func (s Shortcut) script(binding string) string {
	cfg, _ := json.Marshal(map[string]any{
		"ctrl": s.Ctrl, "alt": s.Alt, "shift": s.Shift, "meta": s.Meta,
		"code": s.Code, "key": s.Key, "binding": binding,
	})
	return shortcutJS + "(" + string(cfg) + ");"
}
