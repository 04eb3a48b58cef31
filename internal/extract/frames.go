package extract

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/dom"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

// worldName names the isolated JavaScript world the extractor runs in. An
// isolated world shares the DOM with the page but not its globals, so the
// page cannot tamper with the extractor and the extractor leaves nothing
// behind in the page's own scripts' view.
const worldName = "quizstats"

// frameResult is what extract.js returns for one document.
type frameResult struct {
	URL       string     `json:"url"`
	Title     string     `json:"title"`
	Questions []Question `json:"questions"`
	Notice    string     `json:"notice"`
	// FrameSlots has one entry per frame owner element passed in: how many
	// of this document's questions come before it, and its rank in document
	// order.
	FrameSlots []frameSlot `json:"frame_slots"`
	// Errors are strategies that threw; the others still ran.
	Errors     []string    `json:"errors"`
	Candidates []Candidate `json:"candidates"`
}

type frameSlot struct {
	Before int `json:"before"`
	Order  int `json:"order"`
}

// frameNode is one frame with its extraction and its child frames.
type frameNode struct {
	res      *frameResult
	children []*frameNode // sorted into document order
	slots    []frameSlot  // parallel to children
}

// ExtractTab waits for the DOM of the tab in ctx (a chromedp tab context) to
// settle, then runs the extractor in every frame of the tab, cross-origin
// frames included, and merges the frames' questions in document order: a
// frame's questions take the place of its <iframe> element.
func ExtractTab(ctx context.Context, settle Settle) (*Result, error) {
	return ExtractTabWith(ctx, Options{Settle: settle})
}

// ExtractTabWith is ExtractTab with the strategies and waits of o. A page
// that shows no question yet, and does not say why (a Start button), is
// watched for one to appear, within o.Settle.Appear: many quizzes are
// rendered by a timer or once their data arrives, while the DOM is quiet
// before that. Result.Waited tells how long that took.
func ExtractTabWith(ctx context.Context, o Options) (*Result, error) {
	res, err := extractSettled(ctx, o)
	if err != nil {
		return nil, err
	}
	photograph(ctx, res)
	return res, nil
}

// extractSettled reads the tab once it has settled, watching for a first
// question as ExtractTabWith says.
func extractSettled(ctx context.Context, o Options) (*Result, error) {
	settle := o.Settle.withDefaults()
	if err := waitSettled(ctx, settle); err != nil {
		return nil, err
	}
	res, err := extractFrames(ctx, o.script())
	if err != nil {
		return nil, err
	}
	if len(res.Questions) > 0 || res.Notice != "" || settle.Appear < 0 {
		return res, nil
	}
	waitFrom := time.Now()
	deadline := waitFrom.Add(settle.Appear)
	for time.Now().Before(deadline) {
		// Poll rather than only observe the top document: late questions
		// may appear in any frame.
		poll := Settle{Quiet: 250 * time.Millisecond, Max: min(time.Until(deadline), time.Second)}
		if poll.Max <= 0 {
			break
		}
		if err := waitSettled(ctx, poll); err != nil {
			return nil, err
		}
		if res, err = extractFrames(ctx, o.script()); err != nil {
			return nil, err
		}
		if len(res.Questions) > 0 || res.Notice != "" {
			break
		}
	}
	waited := time.Since(waitFrom)
	if len(res.Questions) > 0 {
		// The first question is often followed by the rest, one render
		// at a time: read the page once it is quiet again.
		if err := waitSettled(ctx, Settle{Quiet: settle.Quiet, Max: 3 * time.Second}); err != nil {
			return nil, err
		}
		if res, err = extractFrames(ctx, o.script()); err != nil {
			return nil, err
		}
	} else if res.Notice == "" {
		res.Notice = fmt.Sprintf("No question appeared within %s of the page loading.", settle.Appear.Round(100*time.Millisecond))
	}
	res.WaitedMS = waited.Milliseconds()
	return res, nil
}

// extractFrames runs the extractor in every frame of the tab in ctx, now.
// When it finds dropdowns without options (custom dropdowns that render
// their options only while open), it opens and closes them in the top
// document and reads again.
func extractFrames(ctx context.Context, opts options) (*Result, error) {
	res, err := extractFramesWith(ctx, opts, nil)
	if err != nil || !hasEmptyDropdown(res.Questions) {
		return res, err
	}
	opened, err := openDropdowns(ctx)
	if err != nil || len(opened) == 0 {
		return res, nil // read what could be read
	}
	again, err := extractFramesWith(ctx, opts, opened)
	if err != nil {
		return res, nil
	}
	again.Opened = len(opened)
	return again, nil
}

func hasEmptyDropdown(qs []Question) bool {
	for _, q := range qs {
		if q.Kind == KindDropdown && len(q.Options) == 0 || hasEmptyDropdown(q.Subquestions) {
			return true
		}
	}
	return false
}

//go:embed open.js
var openJS string

// Bounds of the dropdown opener: how many it opens, and how long it waits
// for each one's options to appear.
const (
	maxOpened  = 50
	openWaitMS = 400
)

// openDropdowns runs open.js in the top document and returns the options
// it read, by combobox rank.
func openDropdowns(ctx context.Context) (map[string][]string, error) {
	tree, err := chromedp.Call(ctx, page.GetFrameTree, cdp.Empty{})
	if err != nil {
		return nil, fmt.Errorf("frame tree: %w", err)
	}
	world, err := chromedp.Call(ctx, page.CreateIsolatedWorld, page.CreateIsolatedWorldParams{FrameID: tree.FrameTree.Frame.ID, WorldName: worldName})
	if err != nil {
		return nil, fmt.Errorf("isolated world: %w", err)
	}
	maxArg, _ := json.Marshal(maxOpened)
	waitArg, _ := json.Marshal(openWaitMS)
	octx, cancel := context.WithTimeout(ctx, time.Duration(maxOpened*(openWaitMS+200))*time.Millisecond)
	defer cancel()
	r, err := chromedp.Call(octx, runtime.CallFunctionOn, runtime.CallFunctionOnParams{
		FunctionDeclaration: openJS,
		ExecutionContextID:  world.ExecutionContextID,
		Arguments:           []*runtime.CallArgument{{Value: maxArg}, {Value: waitArg}},
		AwaitPromise:        new(true),
		ReturnByValue:       new(true),
		Silent:              new(true),
	})
	if err != nil {
		return nil, fmt.Errorf("open dropdowns: %w", err)
	}
	if r.ExceptionDetails != nil {
		return nil, &chromedp.ExceptionError{ExceptionDetails: r.ExceptionDetails}
	}
	var out struct {
		Opened map[string][]string `json:"opened"`
	}
	if err := json.Unmarshal(r.Result.Value, &out); err != nil {
		return nil, fmt.Errorf("decode opened dropdowns: %w", err)
	}
	return out.Opened, nil
}

func extractFramesWith(ctx context.Context, opts options, opened map[string][]string) (*Result, error) {
	infos, err := chromedp.Targets(ctx)
	if err != nil {
		return nil, fmt.Errorf("list targets: %w", err)
	}
	// Cross-site iframes run in their own process, as separate targets that
	// chromedp does not attach to; index them by the frame that holds them.
	oopifs := map[cdp.FrameID][]*target.Info{}
	for _, info := range infos {
		if info.Type == "iframe" && info.ParentFrameID != "" {
			oopifs[info.ParentFrameID] = append(oopifs[info.ParentFrameID], info)
		}
	}
	x := &extractor{opts: opts, oopifs: oopifs, opened: opened}
	root, err := x.target(ctx)
	if err != nil {
		return nil, err
	}
	res := &Result{URL: root.res.URL, Title: root.res.Title, Frames: x.frames}
	var notices []string
	placedQs := merge(root, &notices, &res.Errors)
	if x.opts.Explain {
		res.Candidates = allCandidates(root)
	}
	res.Questions = dedupeAcrossFrames(placedQs)
	for _, p := range placedQs {
		if p.frame != root {
			res.InFrames++
		}
	}
	res.InFrames = min(res.InFrames, len(res.Questions))
	// A notice explains an empty result; next to questions found in another
	// frame it would only confuse (an ad frame's "Start now" button).
	if len(res.Questions) == 0 {
		res.Notice = strings.Join(notices, " ")
	}
	return res, nil
}

type extractor struct {
	opts   options
	opened map[string][]string
	oopifs map[cdp.FrameID][]*target.Info
	frames int
}

// options are passed to extract.js as its first argument.
type options struct {
	// Adapters false runs only the generic strategies (for measuring them).
	Adapters bool `json:"adapters"`
	// Explain reports every candidate question and what became of it.
	Explain bool `json:"explain,omitempty"`
	// Opened holds the options of the dropdowns opened before the run,
	// by their rank among the document's comboboxes (open.js).
	Opened map[string][]string `json:"opened,omitempty"`
}

// target extracts every frame of the target (page or out-of-process iframe)
// in ctx and returns its root frame.
func (x *extractor) target(ctx context.Context) (*frameNode, error) {
	tree, err := chromedp.Call(ctx, page.GetFrameTree, cdp.Empty{})
	if err != nil {
		return nil, fmt.Errorf("frame tree: %w", err)
	}
	return x.frame(ctx, tree.FrameTree)
}

// frame extracts one frame of the target in ctx and, recursively, its
// children, whether they live in the same target or in their own.
func (x *extractor) frame(ctx context.Context, ft *page.FrameTree) (*frameNode, error) {
	type child struct {
		id    cdp.FrameID
		local *page.FrameTree
		oopif *target.Info
	}
	var kids []child
	seen := map[cdp.FrameID]bool{}
	for _, info := range x.oopifs[ft.Frame.ID] {
		kids = append(kids, child{id: cdp.FrameID(info.TargetID), oopif: info})
		seen[cdp.FrameID(info.TargetID)] = true
	}
	for _, c := range ft.ChildFrames {
		if !seen[c.Frame.ID] {
			kids = append(kids, child{id: c.Frame.ID, local: c})
		}
	}

	world, err := chromedp.Call(ctx, page.CreateIsolatedWorld, page.CreateIsolatedWorldParams{FrameID: ft.Frame.ID, WorldName: worldName})
	if err != nil {
		return nil, fmt.Errorf("isolated world for frame %s: %w", ft.Frame.URL, err)
	}
	if ft.Frame.ParentID != "" || x.frames > 0 {
		// The settle wait watched the top document only; a frame still
		// loading gets a short grace.
		waitLoaded(ctx, world.ExecutionContextID, frameLoadGrace)
	}
	// The owner <iframe> elements, resolved in our world, tell the
	// extractor where each child's questions belong.
	args := []*runtime.CallArgument{}
	var owned []child
	for _, k := range kids {
		owner, err := chromedp.Call(ctx, dom.GetFrameOwner, dom.GetFrameOwnerParams{FrameID: k.id})
		if err != nil {
			continue // detached meanwhile
		}
		obj, err := chromedp.Call(ctx, dom.ResolveNode, dom.ResolveNodeParams{BackendNodeID: owner.BackendNodeID, ExecutionContextID: world.ExecutionContextID, ObjectGroup: worldName})
		if err != nil || obj.Object == nil {
			continue
		}
		args = append(args, &runtime.CallArgument{ObjectID: obj.Object.ObjectID})
		owned = append(owned, k)
	}
	opts := x.opts
	if x.frames == 0 && ft.Frame.ParentID == "" {
		opts.Opened = x.opened // the opener ran in the top document only
	}
	res, err := callExtract(ctx, world.ExecutionContextID, opts, args)
	// The owner handles are not needed any more; let the page free them.
	_, _ = chromedp.Call(ctx, runtime.ReleaseObjectGroup, runtime.ReleaseObjectGroupParams{ObjectGroup: worldName})
	if err != nil {
		return nil, fmt.Errorf("extract frame %s: %w", ft.Frame.URL, err)
	}
	x.frames++
	node := &frameNode{res: res}
	type slotted struct {
		n    *frameNode
		slot frameSlot
	}
	var ps []slotted
	for i, k := range owned {
		if i >= len(res.FrameSlots) {
			break
		}
		var cn *frameNode
		var cerr error
		if k.oopif != nil {
			cn, cerr = x.oopif(ctx, k.oopif)
		} else {
			cn, cerr = x.frame(ctx, k.local)
		}
		if cerr != nil {
			// A child frame that cannot be read (navigating, crashed,
			// blocked) must not cost the questions of the others.
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			continue
		}
		ps = append(ps, slotted{cn, res.FrameSlots[i]})
	}
	slices.SortStableFunc(ps, func(a, b slotted) int { return a.slot.Order - b.slot.Order })
	for _, p := range ps {
		node.children = append(node.children, p.n)
		node.slots = append(node.slots, p.slot)
	}
	return node, nil
}

// oopif attaches to an out-of-process iframe target and extracts its frames.
func (x *extractor) oopif(ctx context.Context, info *target.Info) (*frameNode, error) {
	// Detach, never close, on cancel: closing an iframe target would
	// change the page.
	fctx, cancel := chromedp.NewContext(ctx, chromedp.WithTargetID(info.TargetID), chromedp.WithDetachOnCancel())
	defer cancel()
	return x.target(fctx)
}

// callExtract runs extract.js in the execution context with the options
// and the frame owners as arguments.
func callExtract(ctx context.Context, execCtx runtime.ExecutionContextID, opts options, owners []*runtime.CallArgument) (*frameResult, error) {
	// extract.js is an immediately invoked function; inside this wrapper
	// it sees the wrapper's arguments.
	fn := "function () { const result = " + Script() + "\n; return result; }"
	optJSON, err := json.Marshal(opts)
	if err != nil {
		return nil, err
	}
	args := append([]*runtime.CallArgument{{Value: optJSON}}, owners...)
	r, err := chromedp.Call(ctx, runtime.CallFunctionOn, runtime.CallFunctionOnParams{
		FunctionDeclaration: fn,
		ExecutionContextID:  execCtx,
		Arguments:           args,
		ReturnByValue:       new(true),
		Silent:              new(true),
		ObjectGroup:         worldName,
	})
	if err != nil {
		return nil, err
	}
	if r.ExceptionDetails != nil {
		return nil, &chromedp.ExceptionError{ExceptionDetails: r.ExceptionDetails}
	}
	var res frameResult
	if err := json.Unmarshal(r.Result.Value, &res); err != nil {
		return nil, fmt.Errorf("decode extractor result: %w", err)
	}
	return &res, nil
}

// placed is a question with the frame it came from.
type placed struct {
	q     Question
	frame *frameNode
}

// allCandidates gathers the candidates of every frame under n.
func allCandidates(n *frameNode) []Candidate {
	out := slices.Clone(n.res.Candidates)
	for _, c := range n.children {
		out = append(out, allCandidates(c)...)
	}
	return out
}

// dedupeAcrossFrames drops a question that repeats the one before it when
// the two come from different frames: a host page that carries a quiz's
// data (H5P) next to the iframe that renders it. Options may be shuffled
// between the two.
func dedupeAcrossFrames(ps []placed) []Question {
	out := []Question{}
	for i, p := range ps {
		if i > 0 && ps[i-1].frame != p.frame && sameQuestion(ps[i-1].q, p.q) {
			continue
		}
		out = append(out, p.q)
	}
	return out
}

func sameQuestion(a, b Question) bool {
	if a.Text != b.Text || a.Kind != b.Kind || len(a.Options) != len(b.Options) {
		return false
	}
	x, y := slices.Clone(a.Options), slices.Clone(b.Options)
	slices.Sort(x)
	slices.Sort(y)
	return slices.Equal(x, y)
}

// merge flattens the frame tree into one question list in document order and
// collects the frames' notices.
func merge(n *frameNode, notices, errs *[]string) []placed {
	var out []placed
	own := func(qs []Question) {
		for _, q := range qs {
			out = append(out, placed{q, n})
		}
	}
	*errs = append(*errs, n.res.Errors...)
	if n.res.Notice != "" && !slices.Contains(*notices, n.res.Notice) {
		*notices = append(*notices, n.res.Notice)
	}
	qs := n.res.Questions
	at := 0
	for i, c := range n.children {
		before := min(max(n.slots[i].Before, at), len(qs))
		own(qs[at:before])
		at = before
		out = append(out, merge(c, notices, errs)...)
	}
	own(qs[at:])
	return out
}

// frameLoadGrace bounds the wait for a frame that is still loading.
const frameLoadGrace = 2 * time.Second

// loadedJS resolves when the document has loaded, or after max ms.
const loadedJS = `function (max) {
	return new Promise(function (resolve) {
		if (document.readyState === "complete") return resolve(true);
		var t = setTimeout(function () { resolve(false); }, max);
		window.addEventListener("load", function () { clearTimeout(t); resolve(true); }, {once: true});
	});
}`

// waitLoaded waits for a frame's load event, at most max; a frame that
// does not load in time is read as it is.
func waitLoaded(ctx context.Context, execCtx runtime.ExecutionContextID, max time.Duration) {
	ms, _ := json.Marshal(max.Milliseconds())
	wctx, cancel := context.WithTimeout(ctx, max+time.Second)
	defer cancel()
	_, _ = chromedp.Call(wctx, runtime.CallFunctionOn, runtime.CallFunctionOnParams{
		FunctionDeclaration: loadedJS,
		ExecutionContextID:  execCtx,
		Arguments:           []*runtime.CallArgument{{Value: ms}},
		AwaitPromise:        new(true),
		ReturnByValue:       new(true),
		Silent:              new(true),
	})
}

// settleJS resolves once the document has seen no DOM mutation for quiet ms,
// or after max ms. It only observes.
const settleJS = `function (quiet, max) {
	return new Promise(function (resolve) {
		var start = performance.now(), last = start;
		var obs = new MutationObserver(function () { last = performance.now(); });
		obs.observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
		(function tick() {
			var now = performance.now();
			var ready = document.readyState !== "loading";
			if ((ready && now - last >= quiet) || now - start >= max) {
				obs.disconnect();
				resolve(now - last >= quiet);
				return;
			}
			setTimeout(tick, 50);
		})();
	});
}`

// waitSettled waits until the top document's DOM stops changing.
func waitSettled(ctx context.Context, s Settle) error {
	s = s.withDefaults()
	if s.Max < 0 {
		return nil
	}
	tree, err := chromedp.Call(ctx, page.GetFrameTree, cdp.Empty{})
	if err != nil {
		return fmt.Errorf("frame tree: %w", err)
	}
	world, err := chromedp.Call(ctx, page.CreateIsolatedWorld, page.CreateIsolatedWorldParams{FrameID: tree.FrameTree.Frame.ID, WorldName: worldName})
	if err != nil {
		return fmt.Errorf("isolated world: %w", err)
	}
	wctx, cancel := context.WithTimeout(ctx, s.Max+2*time.Second)
	defer cancel()
	quiet, _ := json.Marshal(s.Quiet.Milliseconds())
	maxMS, _ := json.Marshal(s.Max.Milliseconds())
	r, err := chromedp.Call(wctx, runtime.CallFunctionOn, runtime.CallFunctionOnParams{
		FunctionDeclaration: settleJS,
		ExecutionContextID:  world.ExecutionContextID,
		Arguments:           []*runtime.CallArgument{{Value: quiet}, {Value: maxMS}},
		AwaitPromise:        new(true),
		ReturnByValue:       new(true),
		Silent:              new(true),
	})
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) && ctx.Err() == nil {
			return nil // read the page as it is
		}
		return fmt.Errorf("wait for the page to settle: %w", err)
	}
	if r.ExceptionDetails != nil {
		return &chromedp.ExceptionError{ExceptionDetails: r.ExceptionDetails}
	}
	return nil
}
