//go:build linux && !wayland

package desktop

/*
#cgo LDFLAGS: -lX11
#include <X11/Xlib.h>
#include <X11/Xatom.h>

// set_above asks for the window to be kept above others, as EWMH says:
// a _NET_WM_STATE client message to the root window, which the window
// manager acts on. With no window manager running (nothing owns
// _NET_SUPPORTING_WM_CHECK) there is nobody to ask, and the window's own
// _NET_WM_STATE property is set instead: a window manager that starts
// later reads it when it takes the window on.
static int set_above(unsigned long win, int on) {
	Display *d = XOpenDisplay(NULL);
	if (!d) return 1;
	Window root = DefaultRootWindow(d);
	Atom state = XInternAtom(d, "_NET_WM_STATE", False);
	Atom above = XInternAtom(d, "_NET_WM_STATE_ABOVE", False);
	Atom check = XInternAtom(d, "_NET_SUPPORTING_WM_CHECK", False);

	Atom type; int format; unsigned long n, after; unsigned char *data = NULL;
	int wm = XGetWindowProperty(d, root, check, 0, 1, False, XA_WINDOW, &type, &format, &n, &after, &data) == Success && n == 1;
	if (data) XFree(data);

	if (wm) {
		XEvent e = {0};
		e.xclient.type = ClientMessage;
		e.xclient.window = win;
		e.xclient.message_type = state;
		e.xclient.format = 32;
		e.xclient.data.l[0] = on ? 1 : 0; // _NET_WM_STATE_ADD or _REMOVE
		e.xclient.data.l[1] = above;
		e.xclient.data.l[3] = 1; // from a normal application
		XSendEvent(d, root, False, SubstructureRedirectMask | SubstructureNotifyMask, &e);
	} else if (on) {
		XChangeProperty(d, win, state, XA_ATOM, 32, PropModeAppend, (unsigned char *)&above, 1);
	} else {
		XDeleteProperty(d, win, state);
	}
	XSync(d, False);
	XCloseDisplay(d);
	return 0;
}
*/
import "C"

import (
	"errors"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
)

// setAbove keeps w above other windows, or stops. Fyne has no call for it;
// on X11 it is the EWMH _NET_WM_STATE_ABOVE request.
func setAbove(w fyne.Window, on bool) error {
	nw, ok := w.(driver.NativeWindow)
	if !ok {
		return errNoNativeWindow
	}
	var err error
	nw.RunNative(func(ctx any) {
		switch c := ctx.(type) {
		case driver.X11WindowContext:
			flag := C.int(0)
			if on {
				flag = 1
			}
			if C.set_above(C.ulong(c.WindowHandle), flag) != 0 {
				err = errors.New("always on top: cannot open the X display")
			}
		case driver.WaylandWindowContext:
			err = errors.New("always on top is not possible on Wayland: it has no request for it")
		default:
			err = fmt.Errorf("always on top: not possible on this window system (%T)", ctx)
		}
	})
	return err
}
