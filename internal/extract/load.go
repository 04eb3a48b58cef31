package extract

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/chromedp/chromedp"
)

// Page is what ReadPage saw of a page.
type Page struct {
	*Result
	// Screenshot is the visible part of the page as PNG, when asked for.
	Screenshot []byte
}

// ReadPage starts a headless browser, loads pageURL, reads its quiz with
// the strategies and waits of o and, when screenshot is set, takes a
// picture of it. The browser is gone when it
// returns. A page that does not load, or that the site answers with an HTTP
// error, is an error that says so, never an empty quiz: the site's error
// page has no questions.
func ReadPage(ctx context.Context, execPath, pageURL string, o Options, screenshot bool) (*Page, error) {
	b, err := Start(ctx, Config{ExecPath: execPath})
	if err != nil {
		return nil, err
	}
	defer b.Close()
	tab, err := b.NewTab(ctx)
	if err != nil {
		return nil, err
	}
	defer tab.Close()
	if err := tab.Load(ctx, pageURL); err != nil {
		return nil, err
	}
	res, err := tab.ExtractWith(ctx, o)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", pageURL, err)
	}
	p := &Page{Result: res}
	if screenshot {
		if p.Screenshot, err = tab.Screenshot(ctx); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// Load navigates the tab to pageURL like Navigate, and fails when the page
// did not load or the site answered with an HTTP error status.
func (t *Tab) Load(ctx context.Context, pageURL string) error {
	if err := t.Navigate(ctx, pageURL); err != nil {
		if le, ok := errors.AsType[*chromedp.LoadError](err); ok {
			return fmt.Errorf("could not load %s: %s; check the address and that the site is up", pageURL, le.ErrorText)
		}
		return err
	}
	if status := t.httpStatus(ctx); status >= 400 {
		return fmt.Errorf("could not load %s: the site answered HTTP %d", pageURL, status)
	}
	return nil
}

// httpStatus is the HTTP status the page was served with, or 0 when the
// browser does not say (a file:// page).
func (t *Tab) httpStatus(ctx context.Context) int {
	cctx, cancel := context.WithTimeout(t.ctx, 5*time.Second)
	defer cancel()
	stop := context.AfterFunc(ctx, cancel)
	defer stop()
	status, err := chromedp.Run(cctx, chromedp.Evaluate[int](`(performance.getEntriesByType("navigation")[0] || {}).responseStatus || 0`))
	if err != nil {
		return 0
	}
	return status
}
