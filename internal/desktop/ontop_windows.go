package desktop

import (
	"fmt"
	"syscall"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
)

var setWindowPos = syscall.NewLazyDLL("user32.dll").NewProc("SetWindowPos")

// setAbove keeps w above other windows, or stops: SetWindowPos with
// HWND_TOPMOST (Fyne has no call for it).
func setAbove(w fyne.Window, on bool) error {
	nw, ok := w.(driver.NativeWindow)
	if !ok {
		return errNoNativeWindow
	}
	const swpNoSize, swpNoMove = 0x1, 0x2
	after := ^uintptr(1) // HWND_NOTOPMOST (-2)
	if on {
		after = ^uintptr(0) // HWND_TOPMOST (-1)
	}
	var err error
	nw.RunNative(func(ctx any) {
		c, ok := ctx.(driver.WindowsWindowContext)
		if !ok {
			err = fmt.Errorf("always on top: not a Windows window (%T)", ctx)
			return
		}
		if r, _, e := setWindowPos.Call(c.HWND, after, 0, 0, 0, 0, swpNoSize|swpNoMove); r == 0 {
			err = fmt.Errorf("always on top: SetWindowPos: %w", e)
		}
	})
	return err
}
