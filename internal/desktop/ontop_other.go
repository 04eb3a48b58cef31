//go:build wayland || !(linux || windows || darwin)

package desktop

import (
	"errors"

	"fyne.io/fyne/v2"
)

// setAbove is not possible here: Wayland has no request for a window to
// stay above others, and Fyne has no call for it anywhere.
func setAbove(fyne.Window, bool) error {
	return errors.New("always on top is not possible on this window system")
}
