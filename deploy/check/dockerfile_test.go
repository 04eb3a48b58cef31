package check

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/moby/buildkit/client/llb"
	"github.com/moby/buildkit/client/llb/sourceresolver"
	"github.com/moby/buildkit/frontend/dockerfile/dockerfile2llb"
	"github.com/moby/buildkit/frontend/dockerfile/instructions"
	"github.com/moby/buildkit/frontend/dockerfile/parser"
	"github.com/moby/buildkit/frontend/dockerui"
	digest "github.com/opencontainers/go-digest"
)

// hadolint is not packaged for Debian and ships as a Haskell binary that
// can only be downloaded from its releases, which this machine cannot
// reach. So the Dockerfile gets BuildKit's own checks (what
// `docker build --check` runs) plus the rules below, for what matters
// here.

// TestDockerfileBuildKitChecks runs BuildKit's Dockerfile linter (the
// rules of `docker build --check`) over every stage.
func TestDockerfileBuildKitChecks(t *testing.T) {
	dt := readFile(t, "Dockerfile")
	for _, w := range buildkitLint(t, dt) {
		t.Errorf("Dockerfile: BuildKit check %s", w)
	}
}

// TestBuildKitChecksCatchProblems makes sure the linter above does report
// something when given a flawed Dockerfile.
func TestBuildKitChecksCatchProblems(t *testing.T) {
	bad := []byte("FROM alpine:3.22 as Build\nRUN echo hi\nfrom alpine:3.22\nCMD echo $UNDEFINED_THING\n")
	got := strings.Join(buildkitLint(t, bad), "\n")
	for _, rule := range []string{"FromAsCasing", "StageNameCasing", "ConsistentInstructionCasing", "JSONArgsRecommended"} {
		if !strings.Contains(got, rule) {
			t.Errorf("BuildKit's linter did not report %s on a flawed Dockerfile; it said:\n%s", rule, got)
		}
	}
}

// TestDockerfileRules checks the repository's Dockerfile against the rules
// of dockerfileProblems.
func TestDockerfileRules(t *testing.T) {
	dt := readFile(t, "Dockerfile")
	for _, p := range dockerfileProblems(t, dt) {
		t.Error("Dockerfile: " + p)
	}
}

// TestDockerfileRulesCatchProblems shows each rule failing on a Dockerfile
// that breaks it.
func TestDockerfileRulesCatchProblems(t *testing.T) {
	good := string(readFile(t, "Dockerfile"))
	cases := []struct {
		name, old, new, want string
	}{
		{"root user", "USER 65532:65532\n# /health", "USER root\n# /health", "runs as root"},
		{"named user", "USER 65532:65532\n# /health", "USER quizstats\n# /health", "numeric"},
		{"no user", "USER 65532:65532\n# /health", "# /health", "no USER"},
		{"untagged base", "FROM alpine:${ALPINE_VERSION} AS server", "FROM alpine AS server", "no tag or digest"},
		{"latest base", "FROM alpine:${ALPINE_VERSION} AS server", "FROM alpine:latest AS server", "latest"},
		{"no healthcheck", "HEALTHCHECK --interval", "# HEALTHCHECK --interval", "HEALTHCHECK"},
		{"ADD of a URL", "COPY --from=build /out/quizstats /usr/local/bin/quizstats\n# /data", "ADD https://example.com/quizstats /usr/local/bin/quizstats\n# /data", "ADD of a URL"},
		{"apt lists kept", " && rm -rf /var/lib/apt/lists/* \\\n", " \\\n", "apt lists"},
		{"recommends", "--no-install-recommends ", "", "--no-install-recommends"},
		{"apk cache", "apk add --no-cache", "apk add", "--no-cache"},
		{"cgo", "CGO_ENABLED=0 GOOS", "CGO_ENABLED=1 GOOS", "CGO_ENABLED=0"},
		{"trimpath", "-trimpath -ldflags", "-ldflags", "-trimpath"},
		{"version", "-X main.version=${VERSION}", "", "main.version"},
		{"listen address", "QUIZSTATS_ADDR=0.0.0.0:8080", "QUIZSTATS_ADDR=127.0.0.1:8080", "QUIZSTATS_ADDR"},
		{"data volume", `VOLUME ["/data"]`, "", "VOLUME /data"},
		{"labels", `org.opencontainers.image.revision="${REVISION}" \`, `org.opencontainers.image.rev="${REVISION}" \`, "org.opencontainers.image.revision"},
		{"scraper target", "AS scraper", "AS chrome", `"scraper"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if !strings.Contains(good, c.old) {
				t.Fatalf("the Dockerfile no longer contains %q; update this case", c.old)
			}
			bad := strings.Replace(good, c.old, c.new, 1)
			problems := strings.Join(dockerfileProblems(t, []byte(bad)), "\n")
			if !strings.Contains(problems, c.want) {
				t.Errorf("a Dockerfile with %s was not caught (want a problem mentioning %q); problems:\n%s", c.name, c.want, problems)
			}
		})
	}
}

// dockerfileProblems applies quizstats' Dockerfile rules and returns what
// breaks them.
func dockerfileProblems(t testing.TB, dt []byte) []string {
	t.Helper()
	res, err := parser.Parse(bytes.NewReader(dt))
	if err != nil {
		return []string{"parse: " + err.Error()}
	}
	stages, metaArgs, err := instructions.Parse(res.AST, nil)
	if err != nil {
		return []string{"parse: " + err.Error()}
	}
	args := map[string]string{}
	for _, a := range metaArgs {
		for _, kv := range a.Args {
			if kv.Value != nil {
				args[kv.Key] = *kv.Value
			}
		}
	}
	expand := func(s string) string { return os.Expand(s, func(k string) string { return args[k] }) }

	var problems []string
	report := func(format string, a ...any) { problems = append(problems, fmt.Sprintf(format, a...)) }
	names := map[string]bool{}
	byName := map[string]instructions.Stage{}
	for _, s := range stages {
		names[strings.ToLower(s.Name)] = true
		byName[strings.ToLower(s.Name)] = s
	}

	for _, s := range stages {
		// Base images: pinned to a version (tag) or a digest, never latest.
		base := expand(s.BaseName)
		if !names[strings.ToLower(base)] && base != "scratch" {
			ref := base
			if i := strings.LastIndex(ref, "/"); i >= 0 {
				ref = ref[i+1:]
			}
			switch {
			case strings.Contains(base, "@sha256:"):
			case !strings.Contains(ref, ":"):
				report("stage %q: base image %q has no tag or digest", s.Name, base)
			case strings.HasSuffix(ref, ":latest"):
				report("stage %q: base image %q uses latest", s.Name, base)
			}
		}
		for _, cmd := range s.Commands {
			switch c := cmd.(type) {
			case *instructions.AddCommand:
				for _, src := range c.SourcePaths {
					if regexp.MustCompile(`^(https?|git)://|\.git$|^git@`).MatchString(src) {
						report("stage %q: ADD of a URL (%s): download in a RUN with a checksum, or COPY", s.Name, src)
					}
				}
			case *instructions.RunCommand:
				line := strings.Join(c.CmdLine, " ")
				if strings.Contains(line, "apt-get install") {
					if !strings.Contains(line, "--no-install-recommends") {
						report("stage %q: apt-get install without --no-install-recommends", s.Name)
					}
					if !strings.Contains(line, "rm -rf /var/lib/apt/lists") {
						report("stage %q: apt lists are not removed in the RUN that installs packages", s.Name)
					}
				}
				if strings.Contains(line, "apk add") && !strings.Contains(line, "--no-cache") {
					report("stage %q: apk add without --no-cache", s.Name)
				}
			}
		}
	}

	// The Go build: static, without build paths, version stamped.
	build, ok := byName["build"]
	if !ok {
		report(`no "build" stage`)
	} else {
		var runs []string
		for _, cmd := range build.Commands {
			if c, ok := cmd.(*instructions.RunCommand); ok {
				runs = append(runs, strings.Join(c.CmdLine, " "))
			}
		}
		all := strings.Join(runs, "\n")
		for _, want := range []string{"CGO_ENABLED=0", "-trimpath", "-X main.version=", "./cmd/quizstats"} {
			if !strings.Contains(all, want) {
				report("build stage: the go build lacks %s", want)
			}
		}
	}

	// The two images people run.
	if len(stages) == 0 || !strings.EqualFold(stages[len(stages)-1].Name, "server") {
		report(`the last stage (the default target) must be "server"`)
	}
	for _, target := range []string{"server", "scraper"} {
		s, ok := byName[target]
		if !ok {
			report("no %q stage (build target)", target)
			continue
		}
		user := ""
		labels := map[string]bool{}
		env := map[string]string{}
		var volumes, ports []string
		var health *instructions.HealthCheckCommand
		for _, cmd := range s.Commands {
			switch c := cmd.(type) {
			case *instructions.UserCommand:
				user = c.User
			case *instructions.LabelCommand:
				for _, kv := range c.Labels {
					labels[kv.Key] = true
				}
			case *instructions.EnvCommand:
				for _, kv := range c.Env {
					env[kv.Key] = kv.Value
				}
			case *instructions.VolumeCommand:
				volumes = append(volumes, c.Volumes...)
			case *instructions.ExposeCommand:
				ports = append(ports, c.Ports...)
			case *instructions.HealthCheckCommand:
				health = c
			}
		}
		uid, _, _ := strings.Cut(user, ":")
		switch {
		case user == "":
			report("stage %q: no USER; the image would run as root", target)
		case uid == "0" || uid == "root":
			report("stage %q: USER %s runs as root", target, user)
		case !regexp.MustCompile(`^[0-9]+(:[0-9]+)?$`).MatchString(user):
			report("stage %q: USER %s is not numeric; Kubernetes' runAsNonRoot cannot verify a name", target, user)
		}
		for _, l := range []string{"org.opencontainers.image.title", "org.opencontainers.image.source", "org.opencontainers.image.version", "org.opencontainers.image.revision", "org.opencontainers.image.created"} {
			if !labels[l] {
				report("stage %q: no %s label", target, l)
			}
		}
		if target != "server" {
			continue
		}
		if health == nil || len(health.Health.Test) == 0 || health.Health.Test[0] == "NONE" {
			report("stage server: no HEALTHCHECK")
		} else if !strings.Contains(strings.Join(health.Health.Test, " "), "/health") {
			report("stage server: the HEALTHCHECK does not ask /health")
		}
		if env["QUIZSTATS_ADDR"] != "0.0.0.0:8080" {
			report("stage server: QUIZSTATS_ADDR is %q; a container must listen on 0.0.0.0:8080", env["QUIZSTATS_ADDR"])
		}
		if env["QUIZSTATS_DATA"] != "/data" {
			report("stage server: QUIZSTATS_DATA is %q, want /data", env["QUIZSTATS_DATA"])
		}
		if !slices.Contains(volumes, "/data") {
			report("stage server: no VOLUME /data")
		}
		if !slices.Contains(ports, "8080") {
			report("stage server: does not EXPOSE 8080")
		}
	}
	return problems
}

// buildkitLint runs BuildKit's Dockerfile checks on dt, as
// `docker build --check` does, with base images resolved to an empty
// image config (nothing is pulled).
func buildkitLint(t testing.TB, dt []byte) []string {
	t.Helper()
	src := llb.NewSourceMap(nil, "Dockerfile", "Dockerfile", dt)
	src.Definition = &llb.Definition{}
	res, err := dockerfile2llb.DockerfileLint(context.Background(), dt, dockerfile2llb.ConvertOpt{
		Config:       dockerui.Config{},
		SourceMap:    src,
		MetaResolver: emptyImages{},
	})
	if err != nil {
		t.Fatalf("BuildKit lint: %v", err)
	}
	var out []string
	if res.Error != nil {
		out = append(out, "build error: "+res.Error.Message)
	}
	for _, w := range res.Warnings {
		line := 0
		if w.Location != nil && len(w.Location.Ranges) > 0 {
			line = int(w.Location.Ranges[0].Start.Line)
		}
		out = append(out, fmt.Sprintf("%s (line %d): %s", w.RuleName, line, w.Detail))
	}
	return out
}

// emptyImages resolves every base image to an empty Linux image config.
type emptyImages struct{}

func (emptyImages) ResolveImageConfig(ctx context.Context, ref string, opt sourceresolver.Opt) (string, digest.Digest, []byte, error) {
	cfg, err := json.Marshal(map[string]any{"architecture": "amd64", "os": "linux", "config": map[string]any{}, "rootfs": map[string]any{"type": "layers"}})
	return ref, digest.FromBytes(cfg), cfg, err
}
