package llm

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
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

// sendOnce are the options that send body as a request's JSON without
// keeping it: with a thousand analyses in flight the SDK's way (its body
// bytes, set again with "stream" added, held for retries until the reply
// ends) kept 4–5 KB per analysis for the whole of the model's answer. The
// transport may still send the request again on a fresh connection (a kept
// connection the server had closed): GetBody encodes it again, from what
// the caller keeps anyway.
func sendOnce(body []byte, encode func() ([]byte, error)) []option.RequestOption {
	n := int64(len(body))
	return []option.RequestOption{
		option.WithRequestBody("application/json", &onceReader{b: body}),
		option.WithMiddleware(func(req *http.Request, next option.MiddlewareNext) (*http.Response, error) {
			// The SDK's telemetry headers are not sent: a request in
			// flight holds its headers three times (the SDK's, its copy
			// per attempt, net/http's copy for redirects), and these were
			// most of them.
			keep := 0
			for k := range req.Header {
				if !strings.HasPrefix(k, "X-Stainless-") {
					keep++
				}
			}
			h := make(http.Header, keep)
			for k, v := range req.Header {
				if !strings.HasPrefix(k, "X-Stainless-") {
					h[k] = v
				}
			}
			req.Header = h
			req.ContentLength = n
			req.GetBody = func() (io.ReadCloser, error) {
				b, err := encode()
				return io.NopCloser(bytes.NewReader(b)), err
			}
			return next(req)
		}),
	}
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
