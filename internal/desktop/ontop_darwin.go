package desktop

/*
#cgo CFLAGS: -x objective-c
#cgo LDFLAGS: -framework Cocoa
#import <Cocoa/Cocoa.h>

static void set_above(uintptr_t w, int on) {
	NSWindow *win = (NSWindow *)w;
	[win setLevel:(on ? NSFloatingWindowLevel : NSNormalWindowLevel)];
}
*/
import "C"

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
)

// setAbove keeps w above other windows, or stops: the NSWindow's level
// (Fyne has no call for it).
func setAbove(w fyne.Window, on bool) error {
	nw, ok := w.(driver.NativeWindow)
	if !ok {
		return errNoNativeWindow
	}
	var err error
	nw.RunNative(func(ctx any) {
		c, ok := ctx.(driver.MacWindowContext)
		if !ok {
			err = fmt.Errorf("always on top: not a macOS window (%T)", ctx)
			return
		}
		flag := C.int(0)
		if on {
			flag = 1
		}
		C.set_above(C.uintptr_t(c.NSWindow), flag)
	})
	return err
}
