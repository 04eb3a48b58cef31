package check

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/compose-spec/compose-go/v2/cli"
	"github.com/compose-spec/compose-go/v2/types"
)

// loadCompose loads and validates deploy/compose.yaml the way
// `docker compose` does, with envFile for the variables and every profile
// active.
func loadCompose(t *testing.T, envFile string) (*types.Project, error) {
	t.Helper()
	opts, err := cli.NewProjectOptions(
		[]string{repoPath(t, "deploy", "compose.yaml")},
		cli.WithWorkingDirectory(repoPath(t, "deploy")),
		cli.WithEnvFiles(envFile),
		cli.WithDotEnv,
		cli.WithProfiles([]string{"*"}),
		cli.WithConsistency(true),
		cli.WithResolvedPaths(true),
	)
	if err != nil {
		return nil, err
	}
	return opts.LoadProject(context.Background())
}

func TestCompose(t *testing.T) {
	p, err := loadCompose(t, repoPath(t, "deploy", ".env.example"))
	if err != nil {
		t.Fatalf("compose.yaml does not load with .env.example: %v", err)
	}
	if p.Name != "quizstats" {
		t.Errorf("project name %q, want quizstats (Alloy filters containers by it)", p.Name)
	}
	want := []string{"alertmanager", "alloy", "backend-1", "backend-2", "grafana", "loki", "nginx", "nginx-exporter", "prometheus", "redis", "redis-exporter",
		"redis-replica-1", "redis-replica-2", "scraper", "sentinel-1", "sentinel-2", "sentinel-3"}
	if got := slices.Sorted(func(yield func(string) bool) {
		for n := range p.Services {
			if !yield(n) {
				return
			}
		}
	}); !slices.Equal(got, want) {
		t.Fatalf("services %v, want %v", got, want)
	}

	// One bridge network, every service on it.
	if len(p.Networks) != 1 || p.Networks["quiz-network"].Driver != "bridge" {
		t.Errorf("networks %v: want the one bridge network quiz-network", p.Networks)
	}
	// Images whose binaries cannot run a health command: watched through
	// Prometheus' up instead, or one-shot.
	noHealthcheck := map[string]string{
		"redis-exporter": "FROM scratch", "nginx-exporter": "no shell", "alloy": "no HTTP client in the image", "scraper": "one-shot job",
	}
	usedVolumes := map[string]bool{}
	for name, s := range p.Services {
		if _, ok := s.Networks["quiz-network"]; !ok || len(s.Networks) != 1 {
			t.Errorf("%s: networks %v, want quiz-network only", name, s.Networks)
		}
		wantRestart := "unless-stopped"
		if name == "scraper" {
			wantRestart = "no"
		}
		if s.Restart != wantRestart {
			t.Errorf("%s: restart %q, want %q", name, s.Restart, wantRestart)
		}
		if s.Logging == nil || s.Logging.Driver != "json-file" || s.Logging.Options["max-size"] == "" {
			t.Errorf("%s: logs are not rotated json-file logs (which Alloy reads)", name)
		}
		if _, exempt := noHealthcheck[name]; !exempt {
			if s.HealthCheck == nil || s.HealthCheck.Disable || len(s.HealthCheck.Test) < 2 {
				t.Errorf("%s: no health check", name)
			}
		} else if s.HealthCheck != nil && !s.HealthCheck.Disable {
			t.Errorf("%s: has a health check its image cannot run (%s)", name, noHealthcheck[name])
		}
		if !s.ReadOnly || !slices.Equal(s.CapDrop, []string{"ALL"}) || !slices.Contains(s.SecurityOpt, "no-new-privileges:true") {
			t.Errorf("%s: not hardened (read_only %v, cap_drop %v, security_opt %v)", name, s.ReadOnly, s.CapDrop, s.SecurityOpt)
		}
		// Third-party images pinned to a version.
		if s.Build == nil {
			_, tag, ok := strings.Cut(s.Image[strings.LastIndex(s.Image, "/")+1:], ":")
			if !ok || tag == "" || tag == "latest" {
				t.Errorf("%s: image %q is not pinned to a version", name, s.Image)
			}
		}
		for _, port := range s.Ports {
			if name != "nginx" && port.HostIP != "127.0.0.1" {
				t.Errorf("%s: publishes %s on every interface; only nginx should", name, port.Published)
			}
		}
		for _, v := range s.Volumes {
			switch v.Type {
			case types.VolumeTypeVolume:
				usedVolumes[v.Source] = true
				if _, ok := p.Volumes[v.Source]; !ok {
					t.Errorf("%s: volume %s is not declared", name, v.Source)
				}
			case types.VolumeTypeBind:
				if !v.ReadOnly && v.Source != "/var/run/docker.sock" {
					t.Errorf("%s: bind mount %s is writable", name, v.Source)
				}
				// Files of the repository must exist; deploy/nginx/ comes
				// with the nginx configuration's own change, and the Docker
				// socket is the host's.
				inRepo := strings.HasPrefix(v.Source, repoRoot(t)+string(filepath.Separator))
				nginxConf := strings.HasPrefix(v.Source, repoPath(t, "deploy", "nginx")+string(filepath.Separator))
				if _, err := os.Stat(v.Source); err != nil && inRepo && !nginxConf {
					t.Errorf("%s: bind mount source: %v", name, err)
				}
				if !inRepo && v.Source != "/var/run/docker.sock" {
					t.Errorf("%s: bind mount %s from outside the repository", name, v.Source)
				}
			}
		}
	}
	for v := range p.Volumes {
		if !usedVolumes[v] {
			t.Errorf("volume %s is declared and unused", v)
		}
	}

	checkComposeBackends(t, p)
	checkComposeRedis(t, p)
	checkComposeSentinel(t, p)
	checkComposeSecrets(t, p)
	checkComposeMonitoring(t, p)
}

func checkComposeBackends(t *testing.T, p *types.Project) {
	dataVolumes := map[string]string{}
	for _, name := range []string{"backend-1", "backend-2"} {
		s := p.Services[name]
		if s.Build == nil || s.Build.Target != "server" || s.Build.Context != repoRoot(t) {
			t.Errorf("%s: build %+v, want target server of the repository's Dockerfile", name, s.Build)
		}
		env := func(k string) string {
			if v := s.Environment[k]; v != nil {
				return *v
			}
			return ""
		}
		if env("QUIZSTATS_TOKEN_FILE") != "/run/secrets/quizstats_token" || !hasSecret(s, "quizstats_token") {
			t.Errorf("%s: the token is not read from the quizstats_token secret", name)
		}
		if env("OPENAI_API_KEY_FILE") != "/run/secrets/openai_api_key" || !hasSecret(s, "openai_api_key") {
			t.Errorf("%s: the model key is not read from the openai_api_key secret", name)
		}
		if env("QUIZSTATS_TOKEN") != "" || env("OPENAI_API_KEY") != "" {
			t.Errorf("%s: a secret is passed as a plain environment variable", name)
		}
		if !regexp.MustCompile(`^redis://:[^@]+@redis:6379/0$`).MatchString(env("REDIS_URL")) {
			t.Errorf("%s: REDIS_URL %q does not point at the redis service with its password", name, env("REDIS_URL"))
		}
		if len(s.Ports) > 0 {
			t.Errorf("%s: publishes ports; clients go through nginx", name)
		}
		for _, v := range s.Volumes {
			if v.Target == "/data" {
				if prev, dup := dataVolumes[v.Source]; dup {
					t.Errorf("%s and %s share the data volume %s: one bbolt file cannot be opened twice", prev, name, v.Source)
				}
				dataVolumes[v.Source] = name
			}
		}
		if dep, ok := s.DependsOn["redis"]; !ok || dep.Condition != types.ServiceConditionHealthy {
			t.Errorf("%s: does not wait for a healthy redis", name)
		}
		if s.StopGracePeriod == nil || time.Duration(*s.StopGracePeriod) <= 25*time.Second {
			t.Errorf("%s: stop_grace_period %v does not cover serve's 25 s drain", name, s.StopGracePeriod)
		}
		if s.Deploy == nil || s.Deploy.Resources.Limits == nil || s.Deploy.Resources.Limits.MemoryBytes == 0 {
			t.Errorf("%s: no memory limit", name)
		} else if env("GOMEMLIMIT") == "" {
			t.Errorf("%s: a memory limit without GOMEMLIMIT", name)
		}
		if hc := strings.Join(s.HealthCheck.Test, " "); !strings.Contains(hc, "http://127.0.0.1:8080/health") {
			t.Errorf("%s: health check %q does not ask /health", name, hc)
		}
	}
	if len(dataVolumes) != 2 {
		t.Errorf("the backends' /data volumes: %v, want one each", dataVolumes)
	}
	nginx := p.Services["nginx"]
	for _, b := range []string{"backend-1", "backend-2"} {
		if dep, ok := nginx.DependsOn[b]; !ok || dep.Condition != types.ServiceConditionHealthy {
			t.Errorf("nginx does not wait for a healthy %s", b)
		}
	}
	published := map[uint32]bool{}
	for _, port := range nginx.Ports {
		published[port.Target] = true
	}
	if !published[80] || !published[443] {
		t.Errorf("nginx publishes %v, want 80 and 443", nginx.Ports)
	}
}

func checkComposeRedis(t *testing.T, p *types.Project) {
	r := p.Services["redis"]
	var data, conf bool
	for _, v := range r.Volumes {
		data = data || (v.Type == types.VolumeTypeVolume && v.Target == "/data")
		conf = conf || (v.Type == types.VolumeTypeBind && v.Source == repoPath(t, "deploy", "redis", "redis.conf"))
	}
	if !data || !conf {
		t.Errorf("redis: named volume at /data %v, deploy/redis/redis.conf mounted %v", data, conf)
	}
	cmd := strings.Join(r.Command, " ")
	if !strings.Contains(cmd, "redis.conf") || !strings.Contains(cmd, "--requirepass") || !strings.Contains(cmd, "/run/secrets/redis_password") || !hasSecret(r, "redis_password") {
		t.Errorf("redis: command %q does not load redis.conf with the password from its secret", cmd)
	}
	if r.User == "" || r.User == "root" {
		t.Errorf("redis: runs as %q", r.User)
	}
	if !containsLine(string(readFile(t, "deploy", "redis", "redis.conf")), "appendonly yes") {
		t.Error("redis.conf does not turn on the append-only file")
	}
}

// checkComposeSentinel: the sentinel profile has the Kubernetes shape, a
// primary (redis), two replicas of it with their own volumes and the same
// redis.conf (AOF on), and three Sentinels that agree by a majority of two.
func checkComposeSentinel(t *testing.T, p *types.Project) {
	for _, name := range []string{"redis-replica-1", "redis-replica-2"} {
		r := p.Services[name]
		if !slices.Equal(r.Profiles, []string{"sentinel"}) {
			t.Errorf("%s: profiles %v, want [sentinel]", name, r.Profiles)
		}
		cmd := strings.Join(r.Command, " ")
		for _, want := range []string{"/usr/local/etc/redis/redis.conf", "--replicaof redis 6379", "--masterauth", "--requirepass"} {
			if !strings.Contains(cmd, want) {
				t.Errorf("%s: command %q lacks %q", name, cmd, want)
			}
		}
		var data, conf bool
		for _, v := range r.Volumes {
			data = data || (v.Type == types.VolumeTypeVolume && v.Target == "/data" && v.Source == name+"-data")
			conf = conf || (v.Type == types.VolumeTypeBind && v.Source == repoPath(t, "deploy", "redis", "redis.conf"))
		}
		if !data || !conf {
			t.Errorf("%s: its own volume at /data %v, deploy/redis/redis.conf mounted %v", name, data, conf)
		}
		if r.User == "" || r.User == "root" || r.HealthCheck == nil {
			t.Errorf("%s: user %q, health check %v", name, r.User, r.HealthCheck)
		}
	}
	for _, name := range []string{"sentinel-1", "sentinel-2", "sentinel-3"} {
		s := p.Services[name]
		if !slices.Equal(s.Profiles, []string{"sentinel"}) {
			t.Errorf("%s: profiles %v, want [sentinel]", name, s.Profiles)
		}
		cmd := strings.Join(s.Command, " ")
		for _, want := range []string{"sentinel monitor mymaster redis 6379 2", "exec redis-sentinel /conf/sentinel.conf", "sentinel auth-pass mymaster"} {
			if !strings.Contains(cmd, want) {
				t.Errorf("%s: command lacks %q", name, want)
			}
		}
		if s.Hostname != name || s.User == "" || s.User == "root" || s.HealthCheck == nil || !hasSecret(s, "redis_password") {
			t.Errorf("%s: hostname %q, user %q, health check %v, password secret %v", name, s.Hostname, s.User, s.HealthCheck, hasSecret(s, "redis_password"))
		}
	}
	// The backends can be pointed at the Sentinels, with the data password
	// from the secret.
	for _, name := range []string{"backend-1", "backend-2"} {
		b := p.Services[name]
		if v := b.Environment["REDIS_PASSWORD_FILE"]; v == nil || *v != "/run/secrets/redis_password" || !hasSecret(b, "redis_password") {
			t.Errorf("%s: REDIS_PASSWORD_FILE %v, secret %v", name, v, hasSecret(b, "redis_password"))
		}
	}
	example := string(readFile(t, "deploy", ".env.example"))
	if !strings.Contains(example, "QUIZSTATS_REDIS_URL=redis://:change-me-to-a-random-password@sentinel-1:26379/0?master_name=mymaster&addr=sentinel-2:26379&addr=sentinel-3:26379") {
		t.Error(".env.example does not show the Sentinels' QUIZSTATS_REDIS_URL")
	}
}

// checkComposeSecrets: every secret comes from a variable of .env, which
// holds placeholders only and is git-ignored.
func checkComposeSecrets(t *testing.T, p *types.Project) {
	example := string(readFile(t, "deploy", ".env.example"))
	vars := map[string]string{}
	for _, line := range strings.Split(example, "\n") {
		if k, v, ok := strings.Cut(line, "="); ok && !strings.HasPrefix(strings.TrimSpace(line), "#") {
			vars[k] = v
		}
	}
	for name, s := range p.Secrets {
		if s.Environment == "" {
			t.Errorf("secret %s is not taken from .env", name)
			continue
		}
		v, ok := vars[s.Environment]
		if !ok {
			t.Errorf("secret %s: .env.example has no %s", name, s.Environment)
		}
		if v != "" && !regexp.MustCompile(`(?i)change-me|replace`).MatchString(v) {
			t.Errorf(".env.example %s=%q looks like a real value; ship placeholders", s.Environment, v)
		}
	}
	out, err := runToolErr(t, repoRoot(t), "git", "check-ignore", "-q", "deploy/.env")
	if err != nil {
		t.Errorf("deploy/.env is not git-ignored: %v %s", err, out)
	}
	// A missing required variable stops compose instead of starting Redis
	// without a password.
	dir := t.TempDir()
	var kept []string
	for _, line := range strings.Split(example, "\n") {
		if !strings.HasPrefix(line, "REDIS_PASSWORD=") {
			kept = append(kept, line)
		}
	}
	env := filepath.Join(dir, ".env")
	if err := os.WriteFile(env, []byte(strings.Join(kept, "\n")), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := loadCompose(t, env); err == nil || !strings.Contains(err.Error(), "REDIS_PASSWORD") {
		t.Errorf("compose.yaml loads without REDIS_PASSWORD (err %v); it must refuse", err)
	}
}

// checkComposeMonitoring ties the monitoring files to the compose services.
func checkComposeMonitoring(t *testing.T, p *types.Project) {
	// Prometheus scrapes services that exist, on ports they listen on.
	var prom struct {
		ScrapeConfigs []struct {
			JobName       string `json:"job_name"`
			StaticConfigs []struct {
				Targets []string `json:"targets"`
			} `json:"static_configs"`
		} `json:"scrape_configs"`
	}
	unmarshalYAML(t, readFile(t, "deploy", "monitoring", "prometheus", "prometheus.yml"), &prom)
	jobs := map[string][]string{}
	for _, sc := range prom.ScrapeConfigs {
		for _, st := range sc.StaticConfigs {
			for _, target := range st.Targets {
				host, _, _ := strings.Cut(target, ":")
				jobs[sc.JobName] = append(jobs[sc.JobName], host)
				if _, ok := p.Services[host]; !ok && host != "localhost" {
					t.Errorf("prometheus job %s scrapes %s, which is not a compose service", sc.JobName, target)
				}
			}
		}
	}
	if !slices.Equal(jobs["quizstats"], []string{"backend-1", "backend-2"}) {
		t.Errorf("prometheus job quizstats scrapes %v, want both backends", jobs["quizstats"])
	}
	for _, job := range []string{"redis", "nginx"} {
		if len(jobs[job]) == 0 {
			t.Errorf("prometheus has no %s job", job)
		}
	}
	// Alertmanager can read every credential file its config names.
	am := p.Services["alertmanager"]
	for _, m := range regexp.MustCompile(`/run/secrets/([a-z_]+)`).FindAllStringSubmatch(string(readFile(t, "deploy", "monitoring", "alertmanager", "alertmanager.yml")), -1) {
		if !hasSecret(am, m[1]) {
			t.Errorf("alertmanager.yml reads /run/secrets/%s, which compose does not give alertmanager", m[1])
		}
	}
	g := p.Services["grafana"]
	if v := g.Environment["GF_SECURITY_ADMIN_PASSWORD__FILE"]; v == nil || *v != "/run/secrets/grafana_admin_password" || !hasSecret(g, "grafana_admin_password") {
		t.Error("grafana's admin password does not come from a secret")
	}
	// Alloy keeps to this project's containers.
	if !strings.Contains(string(readFile(t, "deploy", "monitoring", "alloy", "config.alloy")), `"com.docker.compose.project=`+p.Name+`"`) {
		t.Errorf("config.alloy does not select the containers of project %s", p.Name)
	}
}

func hasSecret(s types.ServiceConfig, name string) bool {
	for _, sec := range s.Secrets {
		if sec.Source == name {
			return true
		}
	}
	return false
}
