package llm

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
	"github.com/openai/openai-go/v3/shared"

	"github.com/quizstats/quizstats/internal/quiz"
)

// requestBody is the completion request for the questions in asked, as
// sent: the parameters with "stream": true. Only the user message changes
// from one request to the next: the rest (the instructions, the reply's
// schema) is the SDK's encoding made once per kind of request (templates),
// with the user message's encoding spliced in. Encoding the schema for
// every request took most of the request's CPU, and its recursion grew
// each analysis' goroutine past 16 KB of stack, a size that goroutine then
// kept while the model answered.
func (c *Client) requestBody(qs []quiz.Question, asked []int, perms [][]int, caps Capabilities, choicesOnly bool) ([]byte, error) {
	user, err := userMessage(qs, asked, perms, caps.Vision, choicesOnly)
	if err != nil {
		return nil, fmt.Errorf("encode questions: %w", err)
	}
	t, err := c.templates.get(c.model, caps.JSONObject, choicesOnly)
	if err != nil {
		return nil, err
	}
	content, err := user.MarshalJSON()
	if err != nil {
		return nil, fmt.Errorf("encode the request: %w", err)
	}
	b := make([]byte, 0, len(t.prefix)+len(content)+len(t.suffix))
	b = append(b, t.prefix...)
	b = append(b, content...)
	return append(b, t.suffix...), nil
}

// completionParams are the parameters of a completion with user as the
// user message.
func completionParams(model string, jsonObject, choicesOnly bool, user openai.ChatCompletionUserMessageParamContentUnion) openai.ChatCompletionNewParams {
	system := instruction
	if choicesOnly {
		system = instructionChoicesOnly
	}
	format := openai.ChatCompletionNewParamsResponseFormatUnion{
		OfJSONSchema: &shared.ResponseFormatJSONSchemaParam{
			JSONSchema: shared.ResponseFormatJSONSchemaJSONSchemaParam{
				Name:   "quiz_answers",
				Strict: openai.Bool(true),
				Schema: schema,
			},
		},
	}
	if jsonObject {
		system += jsonObjectSuffix
		format = openai.ChatCompletionNewParamsResponseFormatUnion{OfJSONObject: &shared.ResponseFormatJSONObjectParam{}}
	}
	return openai.ChatCompletionNewParams{
		Model: shared.ChatModel(model),
		Messages: []openai.ChatCompletionMessageParamUnion{
			openai.SystemMessage(system),
			{OfUser: &openai.ChatCompletionUserMessageParam{Content: user}},
		},
		ResponseFormat: format,
		StreamOptions:  openai.ChatCompletionStreamOptionsParam{IncludeUsage: openai.Bool(true)},
	}
}

// encodeCompletion is the SDK's encoding of params, with "stream": true.
func encodeCompletion(params openai.ChatCompletionNewParams) ([]byte, error) {
	b, err := params.MarshalJSON()
	if err != nil {
		return nil, fmt.Errorf("encode the request: %w", err)
	}
	if len(b) < 2 || b[len(b)-1] != '}' {
		return nil, fmt.Errorf("encode the request: not a JSON object: %.40q", b)
	}
	if len(b) == 2 {
		return append(b[:1], `"stream":true}`...), nil
	}
	return append(b[:len(b)-1], `,"stream":true}`...), nil
}

// template is a request's encoding around its user message.
type template struct{ prefix, suffix []byte }

// templates are made on first use, one per kind of request.
type templates struct {
	mu   sync.Mutex
	made map[[2]bool]template
}

// placeholder stands for the user message while a template is made.
const placeholder = "quizstats-user-message-placeholder"

func (ts *templates) get(model string, jsonObject, choicesOnly bool) (template, error) {
	key := [2]bool{jsonObject, choicesOnly}
	ts.mu.Lock()
	defer ts.mu.Unlock()
	if t, ok := ts.made[key]; ok {
		return t, nil
	}
	b, err := encodeCompletion(completionParams(model, jsonObject, choicesOnly,
		openai.ChatCompletionUserMessageParamContentUnion{OfString: openai.String(placeholder)}))
	if err != nil {
		return template{}, err
	}
	mark := []byte(`"` + placeholder + `"`)
	i := bytes.Index(b, mark)
	if i < 0 || bytes.Count(b, mark) != 1 {
		return template{}, fmt.Errorf("encode the request: the user message is not where it was expected")
	}
	t := template{prefix: b[:i:i], suffix: b[i+len(mark):]}
	if ts.made == nil {
		ts.made = map[[2]bool]template{}
	}
	ts.made[key] = t
	return t, nil
}

// route is where and how the SDK sends a completion: its URL and its
// headers (the key, and what the SDK's options and environment add), less
// its telemetry headers. It is found once, by letting the SDK build a
// request and stopping that request before it leaves.
type route struct {
	url    *url.URL
	header http.Header
}

// errRouteFound stops the request that finds the route.
var errRouteFound = errors.New("route found")

func (c *Client) completionRoute(ctx context.Context) (*route, error) {
	c.routeMu.Lock()
	defer c.routeMu.Unlock()
	if c.route != nil {
		return c.route, nil
	}
	var found route
	err := c.api.Post(ctx, "chat/completions", nil, nil,
		option.WithRequestBody("application/json", strings.NewReader("{}")),
		option.WithMiddleware(func(req *http.Request, _ option.MiddlewareNext) (*http.Response, error) {
			found.url = req.URL
			found.header = make(http.Header)
			for k, v := range req.Header {
				if !strings.HasPrefix(k, "X-Stainless-") {
					found.header[k] = v
				}
			}
			return nil, errRouteFound
		}))
	if !errors.Is(err, errRouteFound) {
		return nil, fmt.Errorf("prepare the request: %w", err)
	}
	c.route = &found
	return c.route, nil
}

// post sends a completion request with body, as the SDK would, and
// returns the response of a success; a failure's status comes back as the
// SDK's *openai.Error, built as the SDK builds it. The SDK's own send
// kept, for the whole of the model's answer, its request config, the
// body, and three copies of the headers: with a thousand analyses in
// flight, about 4 KB each, and 1.4 KB of stack more. The body is not kept
// once sent; if the transport must send it again (a kept connection the
// server had closed), GetBody encodes it again from what the caller keeps
// anyway.
func (c *Client) post(ctx context.Context, body []byte, encode func() ([]byte, error)) (*http.Response, error) {
	rt, err := c.completionRoute(ctx)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, rt.url.String(), &onceReader{b: body})
	if err != nil {
		return nil, fmt.Errorf("prepare the request: %w", err)
	}
	req.ContentLength = int64(len(body))
	req.GetBody = func() (io.ReadCloser, error) {
		b, err := encode()
		return io.NopCloser(bytes.NewReader(b)), err
	}
	req.Header = rt.header.Clone()
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode < 400 {
		return resp, nil
	}
	contents, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		return nil, err
	}
	resp.Body = io.NopCloser(bytes.NewReader(contents))
	apiErr := &openai.Error{Request: req, Response: resp, StatusCode: resp.StatusCode}
	// The reply's "error" object, as the SDK reads it; a body that is not
	// JSON leaves it empty, and the error says what the server answered.
	var reply struct {
		Error json.RawMessage `json:"error"`
	}
	_ = json.Unmarshal(contents, &reply)
	if err := apiErr.UnmarshalJSON(reply.Error); err != nil {
		return nil, err
	}
	return nil, apiErr
}

// sameOrigin follows a redirect only to where the requests go (the SDK
// refuses others, so that the key goes nowhere else).
func sameOrigin(req *http.Request, via []*http.Request) error {
	if len(via) >= 10 {
		return errors.New("stopped after 10 redirects")
	}
	if req.URL.Scheme != via[0].URL.Scheme || req.URL.Host != via[0].URL.Host {
		return fmt.Errorf("the model server redirected the request to another origin (%s://%s)", req.URL.Scheme, req.URL.Host)
	}
	return nil
}

// onceReader reads b and lets go of it at the end.
type onceReader struct{ b []byte }

func (r *onceReader) Read(p []byte) (int, error) {
	if len(r.b) == 0 {
		r.b = nil
		return 0, io.EOF
	}
	n := copy(p, r.b)
	r.b = r.b[n:]
	if len(r.b) == 0 {
		r.b = nil
	}
	return n, nil
}
