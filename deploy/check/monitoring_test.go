package check

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/prometheus/prometheus/promql/parser"
	"sigs.k8s.io/yaml"
)

// promql is Prometheus' own PromQL parser, with its default options (no
// experimental functions: the rules must run on a stock Prometheus).
var promql = parser.NewParser(parser.Options{})

const runbookBase = "https://github.com/quizstats/quizstats/blob/main/docs/runbooks.md#"

func TestPrometheusConfig(t *testing.T) {
	promtool := requireTool(t, "promtool", "prometheus")
	out := runTool(t, repoPath(t, "deploy", "monitoring", "prometheus"), promtool, "check", "config", "prometheus.yml")
	if !strings.Contains(out, "SUCCESS") {
		t.Errorf("promtool check config said:\n%s", out)
	}
	// The config names the rule files it loads; they must be the ones here.
	if !strings.Contains(out, "rules/quizstats.rules.yml") {
		t.Errorf("prometheus.yml does not load rules/quizstats.rules.yml:\n%s", out)
	}
}

func TestAlertRules(t *testing.T) {
	promtool := requireTool(t, "promtool", "prometheus")
	dir := repoPath(t, "deploy", "monitoring", "prometheus", "rules")
	out := runTool(t, dir, promtool, "check", "rules", "quizstats.rules.yml")
	if !strings.Contains(out, "SUCCESS") {
		t.Errorf("promtool check rules said:\n%s", out)
	}
	out = runTool(t, dir, promtool, "test", "rules", "quizstats.rules.test.yml")
	if !strings.Contains(out, "SUCCESS") {
		t.Errorf("promtool test rules said:\n%s", out)
	}
}

// TestAlertRulesAreTestedBothWays requires, for every alert, a unit test
// case in which it fires and one in which it stays silent, and a runbook
// section that its runbook_url points to.
func TestAlertRulesAreTestedBothWays(t *testing.T) {
	rules := loadRules(t)
	var tests struct {
		Tests []struct {
			Name          string `json:"name"`
			AlertRuleTest []struct {
				Alertname string `json:"alertname"`
				ExpAlerts []any  `json:"exp_alerts"`
			} `json:"alert_rule_test"`
		} `json:"tests"`
	}
	unmarshalYAML(t, readFile(t, "deploy", "monitoring", "prometheus", "rules", "quizstats.rules.test.yml"), &tests)
	fires, silent := map[string]bool{}, map[string]bool{}
	for _, tc := range tests.Tests {
		for _, a := range tc.AlertRuleTest {
			if len(a.ExpAlerts) > 0 {
				fires[a.Alertname] = true
			} else {
				silent[a.Alertname] = true
			}
		}
	}
	runbooks := string(readFile(t, "docs", "runbooks.md"))
	alerts := 0
	for _, g := range rules.Groups {
		for _, r := range g.Rules {
			if r.Alert == "" {
				continue
			}
			alerts++
			if !fires[r.Alert] {
				t.Errorf("alert %s: no test case makes it fire", r.Alert)
			}
			if !silent[r.Alert] {
				t.Errorf("alert %s: no test case shows it silent", r.Alert)
			}
			if sev := r.Labels["severity"]; !slices.Contains([]string{"critical", "warning", "info"}, sev) {
				t.Errorf("alert %s: severity %q is not routed by Alertmanager", r.Alert, sev)
			}
			for _, a := range []string{"summary", "description"} {
				if r.Annotations[a] == "" {
					t.Errorf("alert %s: no %s annotation", r.Alert, a)
				}
			}
			if want := runbookBase + strings.ToLower(r.Alert); r.Annotations["runbook_url"] != want {
				t.Errorf("alert %s: runbook_url %q, want %q", r.Alert, r.Annotations["runbook_url"], want)
			}
			if !regexp.MustCompile(`(?m)^## ` + r.Alert + `$`).MatchString(runbooks) {
				t.Errorf("docs/runbooks.md has no section \"## %s\"", r.Alert)
			}
		}
	}
	if alerts < 10 {
		t.Errorf("only %d alerts; the rules file lost some", alerts)
	}
	// Every alert the issue asks for, by name.
	for _, name := range []string{"QuizstatsServiceDown", "QuizstatsHighErrorRate", "QuizstatsHighLatency", "QuizstatsModelFailures",
		"QuizstatsModelBreakerOpen", "RedisDown", "QuizstatsMemoryExhaustion", "QuizstatsCPUSaturated",
		"QuizstatsFileDescriptorsExhaustion", "QuizstatsEventClientsDropped"} {
		if !fires[name] {
			t.Errorf("alert %s is missing or untested", name)
		}
	}
}

func TestAlertmanagerConfig(t *testing.T) {
	amtool := requireTool(t, "amtool", "prometheus-alertmanager")
	dir := repoPath(t, "deploy", "monitoring", "alertmanager")
	out := runTool(t, dir, amtool, "check-config", "alertmanager.yml")
	if !strings.Contains(out, "SUCCESS") || !strings.Contains(out, "1 templates") {
		t.Errorf("amtool check-config said:\n%s", out)
	}
	// Routing: each severity reaches its receivers.
	cases := []struct {
		labels []string
		want   string
	}{
		{[]string{"alertname=QuizstatsServiceDown", "severity=critical"}, "pagerduty,slack"},
		{[]string{"alertname=QuizstatsHighLatency", "severity=warning"}, "slack"},
		{[]string{"alertname=Something", "severity=info"}, "email"},
	}
	for _, c := range cases {
		args := append([]string{"config", "routes", "test", "--config.file=alertmanager.yml"}, c.labels...)
		// The last line is the answer; Debian's amtool may warn first.
		lines := strings.Split(strings.TrimSpace(runTool(t, dir, amtool, args...)), "\n")
		got := lines[len(lines)-1]
		if got != c.want {
			t.Errorf("alert %v is routed to %q, want %q", c.labels, got, c.want)
		}
	}
	// No credential in the file: every secret is a *_file setting.
	cfg := string(readFile(t, "deploy", "monitoring", "alertmanager", "alertmanager.yml"))
	for _, bad := range []string{"api_url:", "routing_key:", "service_key:", "smtp_auth_password:", "auth_password:", "hooks.slack.com"} {
		if strings.Contains(cfg, bad) {
			t.Errorf("alertmanager.yml has %q: credentials go in files (*_file), not in the config", bad)
		}
	}
}

// TestAlertmanagerConfigCheckCatchesErrors shows amtool rejecting a broken
// copy of the configuration, so the check above can fail.
func TestAlertmanagerConfigCheckCatchesErrors(t *testing.T) {
	amtool := requireTool(t, "amtool", "prometheus-alertmanager")
	dir := t.TempDir()
	cfg := strings.Replace(string(readFile(t, "deploy", "monitoring", "alertmanager", "alertmanager.yml")), "receiver: email", "receiver: nobody", 1)
	if err := os.WriteFile(filepath.Join(dir, "alertmanager.yml"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := runToolErr(t, dir, amtool, "check-config", "alertmanager.yml"); err == nil {
		t.Errorf("amtool accepted a route to an undefined receiver:\n%s", out)
	}
}

// TestGrafanaProvisioning checks the dashboards' JSON and that their
// datasources are the provisioned ones.
func TestGrafanaProvisioning(t *testing.T) {
	var ds struct {
		APIVersion  int `json:"apiVersion"`
		Datasources []struct {
			Name, UID, Type, URL string
		} `json:"datasources"`
	}
	unmarshalYAML(t, readFile(t, "deploy", "monitoring", "grafana", "provisioning", "datasources", "datasources.yaml"), &ds)
	uids := map[string]string{}
	for _, d := range ds.Datasources {
		uids[d.UID] = d.Type
	}
	if uids["prometheus"] != "prometheus" || uids["loki"] != "loki" {
		t.Fatalf("provisioned datasources %v: want uid prometheus (prometheus) and loki (loki)", uids)
	}
	var prov struct {
		Providers []struct {
			Options struct {
				Path string `json:"path"`
			} `json:"options"`
		} `json:"providers"`
	}
	unmarshalYAML(t, readFile(t, "deploy", "monitoring", "grafana", "provisioning", "dashboards", "dashboards.yaml"), &prov)
	if len(prov.Providers) != 1 || prov.Providers[0].Options.Path != "/var/lib/grafana/dashboards" {
		t.Errorf("dashboard provider %+v: want one, reading /var/lib/grafana/dashboards (where compose mounts them)", prov.Providers)
	}

	seen := map[string]string{}
	for _, d := range loadDashboards(t) {
		if prev, dup := seen[d.UID]; dup || d.UID == "" {
			t.Errorf("dashboard %s: uid %q empty or also used by %s", d.file, d.UID, prev)
		}
		seen[d.UID] = d.file
		if d.Title == "" || len(d.Panels) == 0 {
			t.Errorf("dashboard %s: no title or no panels", d.file)
		}
		ids := map[int]bool{}
		for _, p := range d.Panels {
			if ids[p.ID] {
				t.Errorf("dashboard %s: panel id %d twice", d.file, p.ID)
			}
			ids[p.ID] = true
			if p.Type == "row" {
				continue
			}
			if p.Description == "" {
				t.Errorf("dashboard %s panel %q: no description", d.file, p.Title)
			}
			if len(p.Targets) == 0 {
				t.Errorf("dashboard %s panel %q: no query", d.file, p.Title)
			}
			for _, tg := range p.Targets {
				uid := tg.Datasource.UID
				if uid == "${datasource}" {
					uid = "prometheus"
				}
				if uids[uid] == "" {
					t.Errorf("dashboard %s panel %q: datasource %q is not provisioned", d.file, p.Title, tg.Datasource.UID)
				}
			}
		}
	}
	for _, uid := range []string{"quizstats-service", "quizstats-model", "quizstats-cache", "quizstats-events", "quizstats-redis"} {
		if seen[uid] == "" {
			t.Errorf("no dashboard %s", uid)
		}
	}
}

// TestQueriesParse parses every PromQL expression of the rules and the
// dashboards with Prometheus' own parser.
func TestQueriesParse(t *testing.T) {
	for _, q := range allQueries(t) {
		if _, err := promql.ParseExpr(q.expr); err != nil {
			t.Errorf("%s: %v\n  %s", q.where, err, q.expr)
		}
	}
}

// TestDashboardsCoverTheService requires each dashboard to show what the
// issue lists for it, by metric.
func TestDashboardsCoverTheService(t *testing.T) {
	want := map[string][]string{
		"quizstats-service": {"quizstats_http_requests_total", "quizstats_http_request_duration_seconds_bucket", "up", "process_resident_memory_bytes", "process_cpu_seconds_total", "process_open_fds"},
		"quizstats-model":   {"quizstats_model_calls_total", "quizstats_model_call_duration_seconds_bucket", "quizstats_model_tokens_total", "quizstats_model_breaker_open", "quizstats_analyses_total"},
		"quizstats-cache":   {"quizstats_cache_lookups_total", "quizstats_coalesced_requests_total"},
		"quizstats-events":  {"quizstats_event_clients", "quizstats_event_clients_dropped_total", "quizstats_events_published_total"},
		"quizstats-redis":   {"redis_up", "redis_memory_used_bytes", "redis_commands_processed_total", "redis_aof_last_write_status"},
	}
	used := map[string]map[string]bool{}
	for _, q := range allQueries(t) {
		if q.dashboard == "" {
			continue
		}
		if used[q.dashboard] == nil {
			used[q.dashboard] = map[string]bool{}
		}
		for _, sel := range selectors(t, q) {
			used[q.dashboard][sel.name] = true
		}
	}
	for dash, metrics := range want {
		for _, m := range metrics {
			if !used[dash][m] {
				t.Errorf("dashboard %s shows no %s", dash, m)
			}
		}
	}
}

// --- shared helpers -------------------------------------------------------

type ruleFile struct {
	Groups []struct {
		Name  string `json:"name"`
		Rules []struct {
			Alert       string            `json:"alert"`
			Record      string            `json:"record"`
			Expr        string            `json:"expr"`
			Labels      map[string]string `json:"labels"`
			Annotations map[string]string `json:"annotations"`
		} `json:"rules"`
	} `json:"groups"`
}

func loadRules(t testing.TB) ruleFile {
	var rf ruleFile
	unmarshalYAML(t, readFile(t, "deploy", "monitoring", "prometheus", "rules", "quizstats.rules.yml"), &rf)
	return rf
}

type dashboard struct {
	file       string
	UID        string `json:"uid"`
	Title      string `json:"title"`
	Templating struct {
		List []struct {
			Name  string          `json:"name"`
			Type  string          `json:"type"`
			Query json.RawMessage `json:"query"`
		} `json:"list"`
	} `json:"templating"`
	Panels []struct {
		ID          int    `json:"id"`
		Type        string `json:"type"`
		Title       string `json:"title"`
		Description string `json:"description"`
		Datasource  struct {
			Type string `json:"type"`
			UID  string `json:"uid"`
		} `json:"datasource"`
		Targets []struct {
			Expr       string `json:"expr"`
			Datasource struct {
				Type string `json:"type"`
				UID  string `json:"uid"`
			} `json:"datasource"`
		} `json:"targets"`
	} `json:"panels"`
}

func loadDashboards(t testing.TB) []dashboard {
	files, err := filepath.Glob(repoPath(t, "deploy", "monitoring", "grafana", "dashboards", "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no dashboards: %v", err)
	}
	var out []dashboard
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var d dashboard
		dec := json.NewDecoder(strings.NewReader(string(b)))
		if err := dec.Decode(&d); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		d.file = filepath.Base(f)
		out = append(out, d)
	}
	return out
}

// query is one PromQL expression and where it comes from.
type query struct {
	where     string
	dashboard string // uid, for dashboard queries
	expr      string
}

// grafanaVars stands in for Grafana's template variables, so a dashboard
// query parses as Prometheus will receive it.
var grafanaVars = strings.NewReplacer("$__rate_interval", "5m", "$__interval", "1m", "$__range", "1h", "$instance", ".*", "$model", ".*", "$redis", ".*")

var labelValues = regexp.MustCompile(`^label_values\(\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\s*,\s*[a-zA-Z_][a-zA-Z0-9_]*\s*\)$`)

func allQueries(t testing.TB) []query {
	var out []query
	for _, g := range loadRules(t).Groups {
		for _, r := range g.Rules {
			out = append(out, query{where: "rule " + r.Alert + r.Record, expr: r.Expr})
		}
	}
	for _, d := range loadDashboards(t) {
		for _, v := range d.Templating.List {
			if v.Type != "query" {
				continue
			}
			var q struct {
				Query string `json:"query"`
			}
			if err := json.Unmarshal(v.Query, &q); err != nil {
				t.Fatalf("%s variable %s: %v", d.file, v.Name, err)
			}
			m := labelValues.FindStringSubmatch(q.Query)
			if m == nil {
				t.Errorf("%s variable %s: query %q is not label_values(metric, label)", d.file, v.Name, q.Query)
				continue
			}
			out = append(out, query{where: d.file + " variable " + v.Name, dashboard: d.UID, expr: m[1]})
		}
		for _, p := range d.Panels {
			for _, tg := range p.Targets {
				if tg.Datasource.Type == "loki" || p.Datasource.Type == "loki" {
					continue // LogQL
				}
				out = append(out, query{where: d.file + " panel " + p.Title, dashboard: d.UID, expr: grafanaVars.Replace(tg.Expr)})
			}
		}
	}
	return out
}

// selector is a metric a query reads and the labels it matches on.
type selector struct {
	name   string
	labels []string
}

func selectors(t testing.TB, q query) []selector {
	expr, err := promql.ParseExpr(q.expr)
	if err != nil {
		t.Fatalf("%s: %v", q.where, err)
	}
	var out []selector
	parser.Inspect(expr, func(node parser.Node, _ []parser.Node) error {
		vs, ok := node.(*parser.VectorSelector)
		if !ok {
			return nil
		}
		s := selector{name: vs.Name}
		for _, m := range vs.LabelMatchers {
			if m.Name == "__name__" {
				s.name = m.Value
				continue
			}
			s.labels = append(s.labels, m.Name)
		}
		out = append(out, s)
		return nil
	})
	return out
}

func unmarshalYAML(t testing.TB, b []byte, out any) {
	t.Helper()
	if err := yaml.UnmarshalStrict(b, out); err != nil {
		// Strict about duplicates, lenient about fields this test ignores.
		if err2 := yaml.Unmarshal(b, out); err2 != nil || !strings.Contains(err.Error(), "unknown field") {
			t.Fatal(err)
		}
	}
}

// TestLokiConfig: there is no Loki binary here to verify the file, so this
// checks that it parses and keeps what the rest of the stack relies on.
func TestLokiConfig(t *testing.T) {
	var cfg struct {
		Server struct {
			HTTPListenPort int `json:"http_listen_port"`
		} `json:"server"`
		LimitsConfig struct {
			RetentionPeriod         string `json:"retention_period"`
			AllowStructuredMetadata bool   `json:"allow_structured_metadata"`
		} `json:"limits_config"`
		Compactor struct {
			RetentionEnabled bool `json:"retention_enabled"`
		} `json:"compactor"`
		SchemaConfig struct {
			Configs []struct {
				Store  string `json:"store"`
				Schema string `json:"schema"`
			} `json:"configs"`
		} `json:"schema_config"`
	}
	unmarshalYAML(t, readFile(t, "deploy", "monitoring", "loki", "loki.yaml"), &cfg)
	if cfg.Server.HTTPListenPort != 3100 {
		t.Errorf("Loki listens on %d; Grafana, Alloy and Prometheus expect 3100", cfg.Server.HTTPListenPort)
	}
	// Alloy sends request_id as structured metadata.
	if !cfg.LimitsConfig.AllowStructuredMetadata {
		t.Error("Loki refuses structured metadata, which Alloy sends")
	}
	if cfg.LimitsConfig.RetentionPeriod == "" || !cfg.Compactor.RetentionEnabled {
		t.Error("Loki keeps logs forever: set a retention period and enable the compactor's retention")
	}
	if n := len(cfg.SchemaConfig.Configs); n == 0 || cfg.SchemaConfig.Configs[n-1].Store != "tsdb" || cfg.SchemaConfig.Configs[n-1].Schema != "v13" {
		t.Errorf("Loki's newest schema %+v: want tsdb v13 (structured metadata needs it)", cfg.SchemaConfig.Configs)
	}
	alloy := string(readFile(t, "deploy", "monitoring", "alloy", "config.alloy"))
	if !strings.Contains(alloy, `url = "http://loki:3100/loki/api/v1/push"`) {
		t.Error("config.alloy does not push to Loki at loki:3100")
	}
}
