package extract

import (
	"strings"
	"testing"
)

func TestParseShortcut(t *testing.T) {
	for in, want := range map[string]Shortcut{
		"Alt+Shift+Q":      {Alt: true, Shift: true, Key: "Q", Code: "KeyQ"},
		"ctrl + alt + 7":   {Ctrl: true, Alt: true, Key: "7", Code: "Digit7"},
		"Cmd+Option+k":     {Meta: true, Alt: true, Key: "K", Code: "KeyK"},
		"F2":               {Key: "F2", Code: "F2"},
		"Shift+f12":        {Shift: true, Key: "F12", Code: "F12"},
		"Control+Meta+Z":   {Ctrl: true, Meta: true, Key: "Z", Code: "KeyZ"},
		"shift+alt+ctrl+a": {Ctrl: true, Alt: true, Shift: true, Key: "A", Code: "KeyA"},
	} {
		got, err := ParseShortcut(in)
		if err != nil {
			t.Errorf("%q: %v", in, err)
			continue
		}
		if got != want {
			t.Errorf("%q = %+v, want %+v", in, got, want)
		}
	}

	for in, why := range map[string]string{
		"":                "an empty part",
		"Alt+Shift":       "no key after the modifiers",
		"Alt+Alt+Q":       "Alt given twice",
		"Q":               "Q would fire while typing",
		"Shift+Q":         "Shift+Q would fire while typing",
		"Alt+Q+W":         `"Q" is not a modifier`,
		"Alt+Enter":       `unknown key "Enter"`,
		"Alt+F13":         `unknown key "F13"`,
		"Alt+F01":         `unknown key "F01"`,
		"Alt++":           "an empty part",
		"Hyper+Q":         `"Hyper" is not a modifier`,
		"Alt+Shift+Q+":    "an empty part",
		"Alt+Shift+Space": `unknown key "Space"`,
	} {
		_, err := ParseShortcut(in)
		if err == nil {
			t.Errorf("%q parsed; want an error saying %s", in, why)
			continue
		}
		if !strings.Contains(err.Error(), why) || !strings.Contains(err.Error(), "as in Alt+Shift+Q") {
			t.Errorf("%q: error %q; want it to say %s and show an example", in, err, why)
		}
	}
}

func FuzzParseShortcut(f *testing.F) {
	for _, s := range []string{"Alt+Shift+Q", "ctrl+f2", "F12", "Meta+0", "Alt++", "Shift+Q", "Alt+Alt+Q"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sc, err := ParseShortcut(s)
		if err != nil {
			return
		}
		// What parses writes back to a form that parses the same.
		again, err := ParseShortcut(sc.String())
		if err != nil || again != sc {
			t.Errorf("%q → %q → %+v, %v", s, sc, again, err)
		}
		if sc.Code == "" || sc.Key == "" {
			t.Errorf("%q parsed without a key: %+v", s, sc)
		}
	})
}
