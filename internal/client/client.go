// Package client is a typed Go client of quizstats' HTTP API and its live
// event stream. The terminal display, the tests and `quizstats scrape` use
// it; it knows the wire format so they do not have to.
package client

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/quizstats/quizstats/internal/quiz"
)

// Client talks to one quizstats server. It is safe for concurrent use.
type Client struct {
	base  *url.URL
	token string
	http  *http.Client

	minBackoff  time.Duration
	maxBackoff  time.Duration
	idleTimeout time.Duration
	readLimit   int64
}

// Option configures a Client.
type Option func(*Client)

// WithHTTPClient sets the HTTP client used for requests and for the event
// stream's handshake (its Transport must allow the connection to be taken
// over, as http.Transport does).
func WithHTTPClient(hc *http.Client) Option { return func(c *Client) { c.http = hc } }

// WithBackoff sets the wait before the first reconnection attempt and the
// longest wait between attempts of Follow.
func WithBackoff(first, longest time.Duration) Option {
	return func(c *Client) { c.minBackoff, c.maxBackoff = first, longest }
}

// WithIdleTimeout sets how long the event stream may stay silent (no event,
// no ping) before Follow takes the connection for dead and reconnects. The
// server pings every 30 s by default, so the default is 75 s.
func WithIdleTimeout(d time.Duration) Option { return func(c *Client) { c.idleTimeout = d } }

// New returns a client of the server at baseURL (such as
// http://127.0.0.1:8080). token is sent as a Bearer token when not empty.
func New(baseURL, token string, opts ...Option) (*Client, error) {
	u, err := url.Parse(strings.TrimSuffix(baseURL, "/"))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("server URL %q: want http://host:port or https://host", baseURL)
	}
	c := &Client{
		base:  u,
		token: token,
		// No client timeout: it would cut the event stream; every call is
		// bounded by its context instead.
		http:        &http.Client{},
		minBackoff:  250 * time.Millisecond,
		maxBackoff:  10 * time.Second,
		idleTimeout: 75 * time.Second,
		readLimit:   8 << 20, // a completed 100-question analysis is well under this
	}
	for _, o := range opts {
		o(c)
	}
	if c.minBackoff <= 0 || c.maxBackoff < c.minBackoff || c.idleTimeout <= 0 {
		return nil, errors.New("client: backoffs and idle timeout must be positive, the longest backoff at least the first")
	}
	return c, nil
}

// BaseURL is the server's URL.
func (c *Client) BaseURL() string { return c.base.String() }

// Result is the answer to an analyze request.
type Result = quiz.Result

// Analyze asks the server to analyze a quiz and waits for the whole result;
// the answers reach the event stream as they arrive meanwhile. An error
// from the server is a *quiz.Error with its code and, for invalid input,
// the field at fault.
func (c *Client) Analyze(ctx context.Context, req quiz.Request) (*Result, error) {
	var res Result
	if err := c.do(ctx, http.MethodPost, "/api/v1/analyze", nil, req, &res); err != nil {
		return nil, err
	}
	return &res, nil
}

// Page is one page of the history, newest first.
type Page struct {
	Analyses []quiz.Summary `json:"analyses"`
	// Next is the cursor of the following page (Analyses' before), empty
	// on the last page.
	Next string `json:"next,omitempty"`
}

// Analyses lists the history, newest first: up to limit analyses (the
// server's default when 0) older than the analysis before ("" for the
// newest).
func (c *Client) Analyses(ctx context.Context, before string, limit int) (*Page, error) {
	q := url.Values{}
	if before != "" {
		q.Set("before", before)
	}
	if limit > 0 {
		q.Set("limit", strconv.Itoa(limit))
	}
	var p Page
	if err := c.do(ctx, http.MethodGet, "/api/v1/analyses", q, nil, &p); err != nil {
		return nil, err
	}
	return &p, nil
}

// Analysis returns one analysis of the history.
func (c *Client) Analysis(ctx context.Context, id string) (*quiz.Analysis, error) {
	var a quiz.Analysis
	if err := c.do(ctx, http.MethodGet, "/api/v1/analyses/"+url.PathEscape(id), nil, nil, &a); err != nil {
		return nil, err
	}
	return &a, nil
}

// Delete deletes one analysis from the history. An unknown ID is a
// *quiz.Error with code not_found.
func (c *Client) Delete(ctx context.Context, id string) error {
	return c.do(ctx, http.MethodDelete, "/api/v1/analyses/"+url.PathEscape(id), nil, nil, nil)
}

// DeleteBefore deletes every analysis created before t and returns how
// many were.
func (c *Client) DeleteBefore(ctx context.Context, t time.Time) (int, error) {
	var out struct {
		Deleted int `json:"deleted"`
	}
	q := url.Values{"before": {t.UTC().Format(time.RFC3339Nano)}}
	if err := c.do(ctx, http.MethodDelete, "/api/v1/analyses", q, nil, &out); err != nil {
		return 0, err
	}
	return out.Deleted, nil
}

// Stats returns the running totals.
func (c *Client) Stats(ctx context.Context) (*quiz.Stats, error) {
	var s quiz.Stats
	if err := c.do(ctx, http.MethodGet, "/api/v1/stats", nil, nil, &s); err != nil {
		return nil, err
	}
	return &s, nil
}

// Readiness is the server's answer to GET /ready.
type Readiness struct {
	Ready bool
	// Checks maps each check ("store", "model") to "ok" or why it fails;
	// the model check says how to configure a model when none is.
	Checks map[string]string
}

// Ready asks the server whether it can analyze. A server that is up but
// not ready (no model, say) is not an error: Ready is false and Checks say
// why.
func (c *Client) Ready(ctx context.Context) (*Readiness, error) {
	req, err := c.request(ctx, http.MethodGet, "/ready", nil, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("GET /ready: %w", err)
	}
	defer resp.Body.Close()
	var body struct {
		Status string            `json:"status"`
		Checks map[string]string `json:"checks"`
	}
	if resp.StatusCode != http.StatusOK && resp.StatusCode != http.StatusServiceUnavailable {
		return nil, decodeError(resp)
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&body); err != nil {
		return nil, fmt.Errorf("GET /ready: decode: %w", err)
	}
	return &Readiness{Ready: body.Status == "ready", Checks: body.Checks}, nil
}

// request builds a request to path with the token.
func (c *Client) request(ctx context.Context, method, path string, q url.Values, body any) (*http.Request, error) {
	u := *c.base
	u.Path = c.base.Path + path
	u.RawQuery = q.Encode()
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return nil, fmt.Errorf("encode the request: %w", err)
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, u.String(), rd)
	if err != nil {
		return nil, err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	req.Header.Set("Accept", "application/json")
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	return req, nil
}

// do makes an API call and decodes its JSON answer into out, or its error
// into a *quiz.Error.
func (c *Client) do(ctx context.Context, method, path string, q url.Values, body, out any) error {
	req, err := c.request(ctx, method, path, q, body)
	if err != nil {
		return err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("%s %s: %w", method, path, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return decodeError(resp)
	}
	if out == nil {
		return nil
	}
	if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
		return fmt.Errorf("%s %s: decode the response: %w", method, path, err)
	}
	return nil
}

// codeOfStatus names the error of a response that carries no API error, as
// a proxy in front of the server may send.
var codeOfStatus = map[int]string{
	http.StatusBadRequest:            quiz.ECodeInvalid,
	http.StatusUnauthorized:          quiz.ECodeUnauthorized,
	http.StatusForbidden:             quiz.ECodeForbidden,
	http.StatusNotFound:              quiz.ECodeNotFound,
	http.StatusRequestEntityTooLarge: quiz.ECodeTooLarge,
	http.StatusTooManyRequests:       quiz.ECodeRateLimited,
	http.StatusServiceUnavailable:    quiz.ECodeUnavailable,
}

// decodeError turns an error response into a *quiz.Error.
func decodeError(resp *http.Response) error {
	raw, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	var body struct {
		Error *quiz.ErrorBody `json:"error"`
	}
	qe := &quiz.Error{}
	if json.Unmarshal(raw, &body) == nil && body.Error != nil && body.Error.Code != "" {
		qe.Code, qe.Message, qe.Field = body.Error.Code, body.Error.Message, body.Error.Field
	} else {
		qe.Code = codeOfStatus[resp.StatusCode]
		if qe.Code == "" {
			qe.Code = quiz.ECodeInternal
		}
		qe.Message = fmt.Sprintf("the server answered %s", resp.Status)
		if text := strings.TrimSpace(string(raw)); text != "" && len(text) < 200 {
			qe.Message += ": " + text
		}
	}
	if s, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil && s > 0 {
		qe.RetryAfterSeconds = s
	}
	return qe
}
