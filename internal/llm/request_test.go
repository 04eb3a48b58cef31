package llm

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/quizstats/quizstats/internal/quiz"
)

// The request spliced into its template is byte for byte what the SDK
// encodes for the same parameters, in every kind of request.
func TestRequestBodyIsTheSDKsEncoding(t *testing.T) {
	qs := []quiz.Question{
		{Text: "Which planet is \"red\"? <b>&</b>", Options: []string{"Venus", "Mars"}, Kind: quiz.KindSingle},
		{Text: "Which shape is this?", Options: []string{"circle", "square"}, Kind: quiz.KindSingle,
			Images: []quiz.Image{{URL: "data:image/png;base64,iVBORw0KGgo=", Alt: "a shape"}}},
	}
	asked := []int{0, 1}
	perms := [][]int{{1, 0}, {0, 1}}
	c := New(Config{BaseURL: "http://127.0.0.1:1/v1", APIKey: "k", Model: "m"})
	for _, jsonObject := range []bool{false, true} {
		for _, choicesOnly := range []bool{false, true} {
			for _, vision := range []bool{false, true} {
				caps := Capabilities{JSONObject: jsonObject, Vision: vision}
				got, err := c.requestBody(qs, asked, perms, caps, choicesOnly)
				if err != nil {
					t.Fatal(err)
				}
				user, err := userMessage(qs, asked, perms, vision, choicesOnly)
				if err != nil {
					t.Fatal(err)
				}
				want, err := encodeCompletion(completionParams("m", jsonObject, choicesOnly, user))
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got, want) {
					t.Errorf("json_object %v, choices only %v, vision %v:\n got %s\nwant %s", jsonObject, choicesOnly, vision, got, want)
				}
				if !json.Valid(got) {
					t.Errorf("not JSON: %s", got)
				}
			}
		}
	}
}

// The request goes with its length (not chunked), as servers that do not
// take chunked bodies need, and with "stream": true.
func TestRequestSentWithItsLength(t *testing.T) {
	var gotLength int64
	var chunked bool
	var body map[string]any
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotLength = r.ContentLength
		chunked = len(r.TransferEncoding) > 0
		b, _ := io.ReadAll(r.Body)
		json.Unmarshal(b, &body)
		for k := range r.Header {
			if strings.HasPrefix(k, "X-Stainless") {
				t.Errorf("header %s sent", k)
			}
		}
		w.Header().Set("Content-Type", "text/event-stream")
		io.WriteString(w, "data: {\"choices\":[{\"delta\":{\"content\":\"{\\\"answers\\\":[{\\\"question\\\":0,\\\"choices\\\":[1],\\\"text\\\":\\\"\\\",\\\"confidence\\\":0.9,\\\"explanation\\\":\\\"\\\"}]}\"}}]}\n\ndata: [DONE]\n\n")
	}))
	defer srv.Close()
	c := New(Config{BaseURL: srv.URL + "/v1", APIKey: "k", Model: "m"})
	qs := []quiz.Question{{Text: "Which planet is red?", Options: []string{"Venus", "Mars"}, Kind: quiz.KindSingle}}
	if _, err := c.Answer(t.Context(), qs, 1, nil); err != nil {
		t.Fatal(err)
	}
	if chunked || gotLength <= 0 {
		t.Errorf("Content-Length %d, chunked %v; want the length", gotLength, chunked)
	}
	if body["stream"] != true {
		t.Errorf("stream %v, want true", body["stream"])
	}
}
