package main

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/quizstats/quizstats/internal/store/redistest"
)

// nginxProxy is a real nginx running the repository's template.
type nginxProxy struct {
	HTTPS  string // https://127.0.0.1:port
	HTTP   string // http://127.0.0.1:port
	dir    string
	cmd    *exec.Cmd
	Client *http.Client // trusts the test certificate
	CAPool *x509.CertPool
}

// renderTemplate substitutes ${NAME} as envsubst does, failing on any
// variable the test did not set (a typo in the template would otherwise
// pass silently).
func renderTemplate(t *testing.T, path string, vars map[string]string) string {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var missing []string
	out := regexp.MustCompile(`\$\{([A-Z_][A-Z0-9_]*)\}`).ReplaceAllStringFunc(string(raw), func(m string) string {
		name := m[2 : len(m)-1]
		v, ok := vars[name]
		if !ok {
			missing = append(missing, name)
		}
		return v
	})
	if len(missing) > 0 {
		t.Fatalf("template %s uses variables the test does not set: %v", path, missing)
	}
	return out
}

// selfSigned writes a certificate for 127.0.0.1 and localhost.
func selfSigned(t *testing.T, dir string) (certPath, keyPath string, pool *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "quizstats test"},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(24 * time.Hour),
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true,
		IsCA:                  true,
		IPAddresses:           []net.IP{net.ParseIP("127.0.0.1")},
		DNSNames:              []string{"localhost"},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	kb, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	certPath, keyPath = filepath.Join(dir, "tls.crt"), filepath.Join(dir, "tls.key")
	os.WriteFile(certPath, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600)
	os.WriteFile(keyPath, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kb}), 0o600)
	cert, _ := x509.ParseCertificate(der)
	pool = x509.NewCertPool()
	pool.AddCert(cert)
	return certPath, keyPath, pool
}

func freePort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return fmt.Sprint(ln.Addr().(*net.TCPAddr).Port)
}

// startNginx runs nginx with deploy/nginx/templates/quizstats.conf.template
// in front of the given replica addresses. overrides change template
// variables (the limits, for load runs).
func startNginx(t *testing.T, replicas []string, overrides map[string]string) *nginxProxy {
	t.Helper()
	bin := redistest.Require(t, "nginx")
	dir := t.TempDir()
	cert, key, pool := selfSigned(t, dir)
	httpPort, httpsPort, statusPort := freePort(t), freePort(t), freePort(t)
	var upstreams []string
	for _, r := range replicas {
		upstreams = append(upstreams, "server "+r+" max_fails=1 fail_timeout=5s;")
	}
	vars := map[string]string{
		"QUIZSTATS_UPSTREAMS": strings.Join(upstreams, "\n  "),
		"NGINX_HTTP_PORT":     "127.0.0.1:" + httpPort,
		"NGINX_HTTPS_PORT":    "127.0.0.1:" + httpsPort,
		"NGINX_HTTPS_SUFFIX":  ":" + httpsPort,
		"NGINX_SERVER_NAME":   "localhost",
		"NGINX_TLS_CERT":      cert,
		"NGINX_TLS_KEY":       key,
		"NGINX_RATE_API":      "5r/s",
		"NGINX_BURST_API":     "10",
		"NGINX_RATE_ANALYZE":  "1r/s",
		"NGINX_BURST_ANALYZE": "3",
		"NGINX_CONN_PER_IP":   "10",
		"NGINX_CORS_ORIGINS":  "^chrome-extension://[a-p]{32}$",
		"NGINX_STATUS_LISTEN": "127.0.0.1:" + statusPort,
		"NGINX_ACCESS_LOG":    filepath.Join(dir, "access.log"),
	}
	for k, v := range overrides {
		vars[k] = v
	}
	site := renderTemplate(t, filepath.Join("..", "..", "deploy", "nginx", "templates", "quizstats.conf.template"), vars)
	if err := os.WriteFile(filepath.Join(dir, "quizstats.conf"), []byte(site), 0o600); err != nil {
		t.Fatal(err)
	}
	// The main file differs from deploy/nginx/nginx.conf only in paths: a
	// test nginx runs in the foreground and keeps everything in its dir.
	main := fmt.Sprintf(`daemon off;
worker_processes 2;
worker_rlimit_nofile 65536;
pid %[1]s/nginx.pid;
error_log %[1]s/error.log warn;
events { worker_connections 16384; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  server_tokens off;
  client_body_temp_path %[1]s/body;
  proxy_temp_path %[1]s/proxy;
  fastcgi_temp_path %[1]s/fastcgi;
  uwsgi_temp_path %[1]s/uwsgi;
  scgi_temp_path %[1]s/scgi;
  include %[1]s/quizstats.conf;
}
`, dir)
	conf := filepath.Join(dir, "nginx.conf")
	if err := os.WriteFile(conf, []byte(main), 0o600); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(bin, "-t", "-p", dir, "-e", filepath.Join(dir, "error.log"), "-c", conf).CombinedOutput(); err != nil {
		t.Fatalf("nginx -t: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "-p", dir, "-e", filepath.Join(dir, "error.log"), "-c", conf)
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatalf("start nginx: %v", err)
	}
	p := &nginxProxy{
		HTTPS:  "https://127.0.0.1:" + httpsPort,
		HTTP:   "http://127.0.0.1:" + httpPort,
		dir:    dir,
		cmd:    cmd,
		CAPool: pool,
		Client: &http.Client{
			Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}},
			// Redirects are asserted, not followed.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
	}
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGQUIT)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
		}
	})
	deadline := time.Now().Add(10 * time.Second)
	for {
		c, err := net.Dial("tcp", "127.0.0.1:"+httpsPort)
		if err == nil {
			c.Close()
			break
		}
		if time.Now().After(deadline) {
			log, _ := os.ReadFile(filepath.Join(dir, "error.log"))
			t.Fatalf("nginx did not listen:\n%s", log)
		}
		time.Sleep(20 * time.Millisecond)
	}
	return p
}

// AccessLog returns nginx's access log.
func (p *nginxProxy) AccessLog() string {
	b, _ := os.ReadFile(filepath.Join(p.dir, "access.log"))
	return string(b)
}
