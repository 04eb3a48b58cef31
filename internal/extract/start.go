package extract

import (
	"os/exec"

	"github.com/chromedp/chromedp"
)

// startWith makes Chromium open url as its first page instead of the
// about:blank chromedp gives it. A window that opens on a page has the
// focus in the page, so the person's first key press reaches it; one that
// opens blank and is then navigated keeps the focus in the address bar.
func startWith(url string) chromedp.ExecAllocatorOption {
	return chromedp.ModifyCmdFunc(func(cmd *exec.Cmd) {
		if n := len(cmd.Args); n > 0 && cmd.Args[n-1] == "about:blank" {
			cmd.Args[n-1] = url
		}
		// What chromedp does when nobody modifies the command.
		dieWithParent(cmd)
	})
}

// Closed returns a channel closed when the browser is gone: closed by the
// person (its last window) or by Close.
func (b *Browser) Closed() <-chan struct{} {
	done := make(chan struct{})
	go func() {
		_ = chromedp.WaitClosed(b.ctx)
		close(done)
	}()
	return done
}
