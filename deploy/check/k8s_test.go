package check

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	monitoringv1 "github.com/prometheus-operator/prometheus-operator/pkg/apis/monitoring/v1"
	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	corev1 "k8s.io/api/core/v1"
	networkingv1 "k8s.io/api/networking/v1"
	policyv1 "k8s.io/api/policy/v1"
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/labels"
	"k8s.io/apimachinery/pkg/util/intstr"
	kjson "sigs.k8s.io/json"
	"sigs.k8s.io/kustomize/api/krusty"
	"sigs.k8s.io/kustomize/api/types"
	"sigs.k8s.io/kustomize/kyaml/filesys"
	"sigs.k8s.io/kustomize/kyaml/kio"
	"sigs.k8s.io/yaml"
)

const namespace = "quiz-stats"

// manifests is one overlay's output, every object decoded into its type.
type manifests struct {
	namespaces      []*corev1.Namespace
	serviceAccounts []*corev1.ServiceAccount
	configMaps      map[string]*corev1.ConfigMap
	secrets         []*corev1.Secret
	services        map[string]*corev1.Service
	deployments     map[string]*appsv1.Deployment
	statefulSets    map[string]*appsv1.StatefulSet
	ingresses       map[string]*networkingv1.Ingress
	hpas            map[string]*autoscalingv2.HorizontalPodAutoscaler
	pdbs            map[string]*policyv1.PodDisruptionBudget
	policies        map[string]*networkingv1.NetworkPolicy
	serviceMonitors map[string]*monitoringv1.ServiceMonitor
	objects         []metav1.Object
}

// decodeStrict decodes a YAML object into out the way the API server does
// with strict field validation: unknown and duplicate fields are errors,
// and field names are case-sensitive.
func decodeStrict(doc []byte, out any) error {
	j, err := yaml.YAMLToJSONStrict(doc)
	if err != nil {
		return err
	}
	strict, err := kjson.UnmarshalStrict(j, out)
	if err != nil {
		return err
	}
	if len(strict) > 0 {
		return fmt.Errorf("%v", strict)
	}
	return nil
}

// buildOverlay runs kustomize on an overlay (as `kustomize build`) and
// decodes every object strictly into its k8s.io/api type.
func buildOverlay(t *testing.T, overlay string) *manifests {
	t.Helper()
	k := krusty.MakeKustomizer(krusty.MakeDefaultOptions())
	rm, err := k.Run(filesys.MakeFsOnDisk(), repoPath(t, "deploy", "k8s", "overlays", overlay))
	if err != nil {
		t.Fatalf("kustomize build overlays/%s: %v", overlay, err)
	}
	m := &manifests{
		configMaps: map[string]*corev1.ConfigMap{}, services: map[string]*corev1.Service{},
		deployments: map[string]*appsv1.Deployment{}, statefulSets: map[string]*appsv1.StatefulSet{},
		ingresses: map[string]*networkingv1.Ingress{}, hpas: map[string]*autoscalingv2.HorizontalPodAutoscaler{},
		pdbs: map[string]*policyv1.PodDisruptionBudget{}, policies: map[string]*networkingv1.NetworkPolicy{},
		serviceMonitors: map[string]*monitoringv1.ServiceMonitor{},
	}
	for _, r := range rm.Resources() {
		doc, err := r.AsYAML()
		if err != nil {
			t.Fatal(err)
		}
		gvk := r.GetGvk()
		key := gvk.ApiVersion() + "/" + gvk.Kind
		var obj metav1.Object
		decode := func(o metav1.Object) {
			if err := decodeStrict(doc, o); err != nil {
				t.Errorf("overlays/%s: %s %s: %v", overlay, key, r.GetName(), err)
			}
			obj = o
		}
		switch key {
		case "v1/Namespace":
			o := &corev1.Namespace{}
			decode(o)
			m.namespaces = append(m.namespaces, o)
		case "v1/ServiceAccount":
			o := &corev1.ServiceAccount{}
			decode(o)
			m.serviceAccounts = append(m.serviceAccounts, o)
		case "v1/ConfigMap":
			o := &corev1.ConfigMap{}
			decode(o)
			m.configMaps[o.Name] = o
		case "v1/Secret":
			o := &corev1.Secret{}
			decode(o)
			m.secrets = append(m.secrets, o)
		case "v1/Service":
			o := &corev1.Service{}
			decode(o)
			m.services[o.Name] = o
		case "apps/v1/Deployment":
			o := &appsv1.Deployment{}
			decode(o)
			m.deployments[o.Name] = o
		case "apps/v1/StatefulSet":
			o := &appsv1.StatefulSet{}
			decode(o)
			m.statefulSets[o.Name] = o
		case "networking.k8s.io/v1/Ingress":
			o := &networkingv1.Ingress{}
			decode(o)
			m.ingresses[o.Name] = o
		case "networking.k8s.io/v1/NetworkPolicy":
			o := &networkingv1.NetworkPolicy{}
			decode(o)
			m.policies[o.Name] = o
		case "autoscaling/v2/HorizontalPodAutoscaler":
			o := &autoscalingv2.HorizontalPodAutoscaler{}
			decode(o)
			m.hpas[o.Name] = o
		case "policy/v1/PodDisruptionBudget":
			o := &policyv1.PodDisruptionBudget{}
			decode(o)
			m.pdbs[o.Name] = o
		case "monitoring.coreos.com/v1/ServiceMonitor":
			o := &monitoringv1.ServiceMonitor{}
			decode(o)
			m.serviceMonitors[o.Name] = o
		default:
			t.Errorf("overlays/%s: %s %s: no type known to this test; add it", overlay, key, r.GetName())
			continue
		}
		m.objects = append(m.objects, obj)
	}
	return m
}

var overlays = []struct {
	name        string
	host        string
	maxReplicas int32
}{
	{"staging", "staging.quizstats.example.com", 4},
	{"production", "quizstats.example.com", 10},
}

func TestKubernetesOverlays(t *testing.T) {
	for _, o := range overlays {
		t.Run(o.name, func(t *testing.T) {
			m := buildOverlay(t, o.name)
			checkNamespace(t, m)
			checkBackend(t, m, o.name)
			checkIngress(t, m, o.host)
			checkHPA(t, m, o.maxReplicas)
			checkRedis(t, m)
			checkPDBs(t, m)
			checkNetworkPolicies(t, m)
			checkServiceMonitors(t, m)
			checkPodsRestricted(t, m)
			checkReferences(t, m)
		})
	}
}

func checkNamespace(t *testing.T, m *manifests) {
	if len(m.namespaces) != 1 || m.namespaces[0].Name != namespace {
		t.Fatalf("want exactly the Namespace %s, got %d namespaces", namespace, len(m.namespaces))
	}
	if got := m.namespaces[0].Labels["pod-security.kubernetes.io/enforce"]; got != "restricted" {
		t.Errorf("namespace enforces Pod Security %q, want restricted", got)
	}
	for _, o := range m.objects {
		if _, isNS := o.(*corev1.Namespace); isNS {
			continue
		}
		if o.GetNamespace() != namespace {
			t.Errorf("%T %s is in namespace %q, want %s", o, o.GetName(), o.GetNamespace(), namespace)
		}
	}
	if len(m.secrets) > 0 {
		t.Errorf("the build contains %d Secret(s); secret values come from a secret manager, never from the manifests", len(m.secrets))
	}
}

func checkBackend(t *testing.T, m *manifests, overlay string) {
	d, ok := m.deployments["backend"]
	if !ok {
		t.Fatal("no Deployment backend")
	}
	if d.Spec.Replicas == nil || *d.Spec.Replicas != 3 {
		t.Errorf("backend replicas = %v, want 3", d.Spec.Replicas)
	}
	ru := d.Spec.Strategy.RollingUpdate
	if d.Spec.Strategy.Type != appsv1.RollingUpdateDeploymentStrategyType || ru == nil || ru.MaxUnavailable == nil || ru.MaxUnavailable.IntValue() != 0 || ru.MaxSurge == nil || ru.MaxSurge.IntValue() < 1 {
		t.Errorf("backend strategy %+v: want a rolling update with maxUnavailable 0 and a surge", d.Spec.Strategy)
	}
	if d.Spec.ProgressDeadlineSeconds == nil || *d.Spec.ProgressDeadlineSeconds > 600 {
		t.Errorf("backend progressDeadlineSeconds %v: a failed rollout must be detected within 10 minutes", d.Spec.ProgressDeadlineSeconds)
	}
	sel, err := metav1.LabelSelectorAsSelector(d.Spec.Selector)
	if err != nil || !sel.Matches(labels.Set(d.Spec.Template.Labels)) {
		t.Errorf("backend selector %v does not match its pod labels %v", d.Spec.Selector, d.Spec.Template.Labels)
	}
	pod := d.Spec.Template.Spec
	if len(pod.Containers) != 1 {
		t.Fatalf("backend has %d containers, want 1", len(pod.Containers))
	}
	c := pod.Containers[0]

	image, tag, _ := strings.Cut(c.Image, ":")
	if image != "ghcr.io/quizstats/quizstats" || tag == "" || tag == "latest" {
		t.Errorf("backend image %q: want ghcr.io/quizstats/quizstats with a tag other than latest", c.Image)
	}
	if overlay == "staging" && tag != "main" {
		t.Errorf("staging image tag %q, want main until CD sets the commit", tag)
	}
	if !slices.Equal(c.Args, []string{"serve"}) {
		t.Errorf("backend args %v, want [serve]", c.Args)
	}
	port := containerPort(c, "http")
	if port != 8080 {
		t.Errorf("backend port http = %d, want 8080", port)
	}

	wantQuantity(t, "backend cpu request", c.Resources.Requests, corev1.ResourceCPU, "250m")
	wantQuantity(t, "backend memory request", c.Resources.Requests, corev1.ResourceMemory, "256Mi")
	if lim, ok := c.Resources.Limits[corev1.ResourceMemory]; !ok || lim.Cmp(c.Resources.Requests[corev1.ResourceMemory]) < 0 {
		t.Errorf("backend memory limit %v: want one, at least the request", c.Resources.Limits)
	}

	wantHTTPProbe(t, "backend liveness", c.LivenessProbe, "/health", "http")
	wantHTTPProbe(t, "backend readiness", c.ReadinessProbe, "/ready", "http")
	wantHTTPProbe(t, "backend startup", c.StartupProbe, "/health", "http")
	if p := c.StartupProbe; p != nil && p.PeriodSeconds*p.FailureThreshold < 30 {
		t.Errorf("backend startup probe allows %ds; give a start at least 30s", p.PeriodSeconds*p.FailureThreshold)
	}

	// Secrets by key from backend-secrets; configuration from the generated ConfigMap.
	secretEnv := map[string]string{}
	for _, e := range c.Env {
		if e.ValueFrom != nil && e.ValueFrom.SecretKeyRef != nil {
			secretEnv[e.Name] = e.ValueFrom.SecretKeyRef.Name + "/" + e.ValueFrom.SecretKeyRef.Key
		} else if strings.Contains(strings.ToUpper(e.Name), "KEY") || strings.Contains(strings.ToUpper(e.Name), "TOKEN") || strings.Contains(strings.ToUpper(e.Name), "PASSWORD") {
			t.Errorf("backend env %s has a literal value; secrets come from a Secret", e.Name)
		}
	}
	for _, name := range []string{"QUIZSTATS_TOKEN", "OPENAI_API_KEY", "REDIS_URL"} {
		if secretEnv[name] != "backend-secrets/"+name {
			t.Errorf("backend env %s comes from %q, want Secret backend-secrets key %s", name, secretEnv[name], name)
		}
	}
	var config *corev1.ConfigMap
	for _, ef := range c.EnvFrom {
		if ef.ConfigMapRef != nil {
			config = m.configMaps[ef.ConfigMapRef.Name]
			if config == nil {
				t.Errorf("backend envFrom ConfigMap %s is not in the build", ef.ConfigMapRef.Name)
			}
		}
		if ef.SecretRef != nil {
			t.Errorf("backend envFrom Secret %s: name the keys instead", ef.SecretRef.Name)
		}
	}
	if config == nil {
		t.Fatal("backend takes no configuration from a ConfigMap")
	}
	if !strings.HasPrefix(config.Name, "backend-config-") {
		t.Errorf("backend ConfigMap %q is not the generated (hash-suffixed) backend-config: a change would not roll the pods", config.Name)
	}
	want := map[string]string{"QUIZSTATS_ADDR": "0.0.0.0:8080", "QUIZSTATS_DATA": "/data", "QUIZSTATS_OLLAMA_URL": "off"}
	for k, v := range want {
		if config.Data[k] != v {
			t.Errorf("backend-config %s = %q, want %q", k, config.Data[k], v)
		}
	}
	for k := range config.Data {
		if strings.Contains(k, "KEY") || strings.Contains(k, "TOKEN") || strings.Contains(k, "PASSWORD") || k == "REDIS_URL" {
			t.Errorf("backend-config carries %s; that belongs in a Secret", k)
		}
	}

	// serve's drain must fit in the grace period, after the preStop pause.
	shutdown, err := time.ParseDuration(config.Data["QUIZSTATS_SHUTDOWN_TIMEOUT"])
	if err != nil {
		t.Errorf("QUIZSTATS_SHUTDOWN_TIMEOUT %q: %v", config.Data["QUIZSTATS_SHUTDOWN_TIMEOUT"], err)
	}
	preStop := 0
	if c.Lifecycle != nil && c.Lifecycle.PreStop != nil && c.Lifecycle.PreStop.Sleep != nil {
		preStop = int(c.Lifecycle.PreStop.Sleep.Seconds)
	}
	if preStop == 0 {
		t.Error("backend has no preStop pause: the ingress may still send requests to a stopping pod")
	}
	grace := int64(30)
	if pod.TerminationGracePeriodSeconds != nil {
		grace = *pod.TerminationGracePeriodSeconds
	}
	if need := int64(shutdown.Seconds()) + int64(preStop); grace <= need {
		t.Errorf("terminationGracePeriodSeconds %d <= preStop %ds + shutdown timeout %s: in-flight analyses would be killed", grace, preStop, shutdown)
	}

	// /data: a volume, since the root filesystem is read-only.
	if v := mountedVolume(pod, c, "/data"); v == nil {
		t.Error("backend mounts no volume at /data")
	} else if v.EmptyDir == nil && v.PersistentVolumeClaim == nil {
		t.Errorf("backend /data volume %s is neither an emptyDir nor a PVC", v.Name)
	}
	if pod.AutomountServiceAccountToken == nil || *pod.AutomountServiceAccountToken {
		t.Error("backend pods mount a service account token; serve does not use the Kubernetes API")
	}
	if a := d.Spec.Template.Annotations; a["prometheus.io/scrape"] != "true" || a["prometheus.io/port"] != strconv.Itoa(int(port)) {
		t.Errorf("backend pods lack the prometheus.io scrape annotations for port %d: %v", port, a)
	}

	svc, ok := m.services["backend"]
	if !ok {
		t.Fatal("no Service backend")
	}
	if !labels.SelectorFromSet(svc.Spec.Selector).Matches(labels.Set(d.Spec.Template.Labels)) || len(svc.Spec.Selector) == 0 {
		t.Errorf("Service backend selector %v does not select the backend pods", svc.Spec.Selector)
	}
	if len(svc.Spec.Ports) != 1 || svc.Spec.Ports[0].Name != "http" || svc.Spec.Ports[0].TargetPort != intstr.FromString("http") {
		t.Errorf("Service backend ports %+v: want one port named http to the container port http", svc.Spec.Ports)
	}
}

func checkIngress(t *testing.T, m *manifests, host string) {
	paths := map[string]*networkingv1.Ingress{}
	certs := 0
	for _, ing := range m.ingresses {
		if ing.Spec.IngressClassName == nil || *ing.Spec.IngressClassName != "nginx" {
			t.Errorf("Ingress %s: class %v, want nginx", ing.Name, ing.Spec.IngressClassName)
		}
		if len(ing.Spec.TLS) != 1 || !slices.Equal(ing.Spec.TLS[0].Hosts, []string{host}) || ing.Spec.TLS[0].SecretName == "" {
			t.Errorf("Ingress %s: TLS %+v, want %s with a certificate Secret", ing.Name, ing.Spec.TLS, host)
		}
		if ing.Annotations["cert-manager.io/cluster-issuer"] != "" {
			certs++
		}
		for _, r := range ing.Spec.Rules {
			if r.Host != host {
				t.Errorf("Ingress %s: host %q, want %q", ing.Name, r.Host, host)
			}
			for _, p := range r.HTTP.Paths {
				if prev, dup := paths[p.Path]; dup {
					t.Errorf("path %s is in Ingress %s and %s", p.Path, prev.Name, ing.Name)
				}
				paths[p.Path] = ing
				if p.Backend.Service == nil || m.services[p.Backend.Service.Name] == nil {
					t.Errorf("Ingress %s path %s: backend %+v is not a Service of the build", ing.Name, p.Path, p.Backend)
				}
			}
		}
	}
	if certs != 1 {
		t.Errorf("%d Ingresses ask cert-manager for a certificate; want exactly one (they share the Secret)", certs)
	}
	general, analyze, events := paths["/"], paths["/api/v1/analyze"], paths["/api/v1/events"]
	if general == nil || analyze == nil || events == nil || paths["/api/analyze"] != analyze {
		t.Fatalf("Ingress paths %v: want /, /api/v1/analyze with /api/analyze, and /api/v1/events", slices.Sorted(maps.Keys(paths)))
	}
	ann := func(ing *networkingv1.Ingress, key string) string {
		return ing.Annotations["nginx.ingress.kubernetes.io/"+key]
	}
	if ann(general, "limit-rps") != "5" || ann(analyze, "limit-rps") != "1" || ann(events, "limit-rps") != "5" {
		t.Errorf("rate limits general %q, analyze %q, events %q: want 5, 1, 5 r/s as in deploy/nginx", ann(general, "limit-rps"), ann(analyze, "limit-rps"), ann(events, "limit-rps"))
	}
	for _, ing := range []*networkingv1.Ingress{general, analyze, events} {
		if ann(ing, "limit-connections") != "10" {
			t.Errorf("Ingress %s: limit-connections %q, want 10", ing.Name, ann(ing, "limit-connections"))
		}
		if ann(ing, "force-ssl-redirect") != "true" {
			t.Errorf("Ingress %s: plain HTTP is not redirected to HTTPS", ing.Name)
		}
	}
	for _, key := range []string{"proxy-read-timeout", "proxy-send-timeout"} {
		if n, _ := strconv.Atoi(ann(events, key)); n < 3600 {
			t.Errorf("events Ingress %s = %q: a WebSocket needs at least 3600 s", key, ann(events, key))
		}
	}
	if n, _ := strconv.Atoi(ann(analyze, "proxy-read-timeout")); n <= 30 {
		t.Errorf("analyze proxy-read-timeout %q must exceed the 30 s model budget", ann(analyze, "proxy-read-timeout"))
	}
	if ann(general, "proxy-body-size") != "1m" {
		t.Errorf("body limit %q, want 1m", ann(general, "proxy-body-size"))
	}
	if ann(analyze, "proxy-body-size") != "10m" {
		t.Errorf("analyze body limit %q, want 10m like serve (8 images of 1 MiB)", ann(analyze, "proxy-body-size"))
	}
	if metrics := paths["/metrics"]; metrics == nil || ann(metrics, "whitelist-source-range") != "127.0.0.1/32" {
		t.Error("/metrics is reachable from outside through the Ingress")
	}
}

func checkHPA(t *testing.T, m *manifests, maxReplicas int32) {
	h, ok := m.hpas["backend"]
	if !ok {
		t.Fatal("no HorizontalPodAutoscaler backend")
	}
	if ref := h.Spec.ScaleTargetRef; ref.Kind != "Deployment" || ref.Name != "backend" || m.deployments[ref.Name] == nil {
		t.Errorf("HPA targets %+v, want the Deployment backend", ref)
	}
	if h.Spec.MinReplicas == nil || *h.Spec.MinReplicas != 3 || h.Spec.MaxReplicas != maxReplicas {
		t.Errorf("HPA bounds %v..%d, want 3..%d", h.Spec.MinReplicas, h.Spec.MaxReplicas, maxReplicas)
	}
	targets := map[corev1.ResourceName]int32{}
	for _, mt := range h.Spec.Metrics {
		if mt.Type == autoscalingv2.ResourceMetricSourceType && mt.Resource != nil && mt.Resource.Target.AverageUtilization != nil {
			targets[mt.Resource.Name] = *mt.Resource.Target.AverageUtilization
		}
	}
	if targets[corev1.ResourceCPU] != 70 || targets[corev1.ResourceMemory] != 80 {
		t.Errorf("HPA targets %v, want cpu 70%% and memory 80%%", targets)
	}
	if b := h.Spec.Behavior; b == nil || b.ScaleDown == nil || b.ScaleDown.StabilizationWindowSeconds == nil || *b.ScaleDown.StabilizationWindowSeconds < 300 {
		t.Error("HPA scale-down has no stabilization window of at least 300 s")
	}
}

func checkRedis(t *testing.T, m *manifests) {
	s, ok := m.statefulSets["redis"]
	if !ok {
		t.Fatal("no StatefulSet redis")
	}
	if s.Spec.Replicas == nil || *s.Spec.Replicas != 3 {
		t.Errorf("redis replicas %v, want 3 (a primary and two replicas)", s.Spec.Replicas)
	}
	checkRedisSentinels(t, m, s)
	if svc := m.services[s.Spec.ServiceName]; svc == nil || svc.Spec.ClusterIP != corev1.ClusterIPNone {
		t.Errorf("redis serviceName %q is not a headless Service of the build", s.Spec.ServiceName)
	}
	if len(s.Spec.VolumeClaimTemplates) != 1 {
		t.Fatalf("redis has %d volume claim templates, want 1", len(s.Spec.VolumeClaimTemplates))
	}
	pvc := s.Spec.VolumeClaimTemplates[0]
	wantQuantity(t, "redis volume", pvc.Spec.Resources.Requests, corev1.ResourceStorage, "10Gi")
	var redis *corev1.Container
	for i := range s.Spec.Template.Spec.Containers {
		if s.Spec.Template.Spec.Containers[i].Name == "redis" {
			redis = &s.Spec.Template.Spec.Containers[i]
		}
	}
	if redis == nil {
		t.Fatal("the redis StatefulSet has no container redis")
	}
	if v := mountedVolume(s.Spec.Template.Spec, *redis, "/data"); v == nil || v.Name != pvc.Name {
		// A volumeClaimTemplate is mounted by name; it is not in .volumes.
		found := false
		for _, vm := range redis.VolumeMounts {
			found = found || (vm.MountPath == "/data" && vm.Name == pvc.Name)
		}
		if !found {
			t.Errorf("redis does not keep /data on its PersistentVolumeClaim %s", pvc.Name)
		}
	}
	cmd := strings.Join(append(slices.Clone(redis.Command), redis.Args...), " ")
	if !strings.Contains(cmd, "--requirepass $(REDIS_PASSWORD)") || !strings.Contains(cmd, "/etc/redis/redis.conf") {
		t.Errorf("redis command %q: want the mounted redis.conf and the password from the environment", cmd)
	}
	for _, e := range redis.Env {
		if e.Name == "REDIS_PASSWORD" && (e.ValueFrom == nil || e.ValueFrom.SecretKeyRef == nil || e.ValueFrom.SecretKeyRef.Name != "redis-auth") {
			t.Error("REDIS_PASSWORD does not come from the Secret redis-auth")
		}
	}
	for name, p := range map[string]*corev1.Probe{"liveness": redis.LivenessProbe, "readiness": redis.ReadinessProbe, "startup": redis.StartupProbe} {
		if p == nil || p.Exec == nil || !strings.Contains(strings.Join(p.Exec.Command, " "), "redis-cli ping") {
			t.Errorf("redis %s probe %v: want redis-cli ping", name, p)
		}
	}
	var conf *corev1.ConfigMap
	for _, v := range s.Spec.Template.Spec.Volumes {
		if v.ConfigMap != nil {
			conf = m.configMaps[v.ConfigMap.Name]
		}
	}
	if conf == nil {
		t.Fatal("redis mounts no ConfigMap of the build")
	}
	rc := conf.Data["redis.conf"]
	for _, line := range []string{"appendonly yes", "appendfsync everysec", "dir /data"} {
		if !containsLine(rc, line) {
			t.Errorf("redis.conf lacks %q", line)
		}
	}
	if strings.Contains(rc, "requirepass") {
		t.Error("redis.conf carries a password")
	}
}

func checkPDBs(t *testing.T, m *manifests) {
	b, r := m.pdbs["backend"], m.pdbs["redis"]
	if b == nil || b.Spec.MinAvailable == nil || b.Spec.MinAvailable.IntValue() != 2 || b.Spec.MaxUnavailable != nil {
		t.Errorf("backend PodDisruptionBudget %+v: want minAvailable 2", b)
	}
	// One of three Redis pods at a time: a primary and a replica remain,
	// and two Sentinels, a majority, to promote one.
	if r == nil || r.Spec.MaxUnavailable == nil || r.Spec.MaxUnavailable.IntValue() != 1 || r.Spec.MaxUnavailable.Type != intstr.Int {
		t.Errorf("redis PodDisruptionBudget %+v: want maxUnavailable 1", r)
	}
	for name, pdb := range m.pdbs {
		sel, err := metav1.LabelSelectorAsSelector(pdb.Spec.Selector)
		if err != nil || sel.Empty() {
			t.Errorf("PDB %s: selector %v", name, pdb.Spec.Selector)
			continue
		}
		if n := countPodTemplates(m, sel); n != 1 {
			t.Errorf("PDB %s selects the pods of %d workloads, want 1", name, n)
		}
	}
}

func checkNetworkPolicies(t *testing.T, m *manifests) {
	deny := m.policies["default-deny"]
	if deny == nil || len(deny.Spec.PodSelector.MatchLabels)+len(deny.Spec.PodSelector.MatchExpressions) != 0 ||
		!slices.Contains(deny.Spec.PolicyTypes, networkingv1.PolicyTypeIngress) || !slices.Contains(deny.Spec.PolicyTypes, networkingv1.PolicyTypeEgress) ||
		len(deny.Spec.Ingress)+len(deny.Spec.Egress) != 0 {
		t.Errorf("no default-deny policy (all pods, ingress and egress, no rules): %+v", deny)
	}
	dns := m.policies["allow-dns"]
	if dns == nil || len(dns.Spec.Egress) != 1 || !hasPort(dns.Spec.Egress[0].Ports, corev1.ProtocolUDP, 53) || !hasPort(dns.Spec.Egress[0].Ports, corev1.ProtocolTCP, 53) {
		t.Errorf("DNS (53/UDP and TCP) is not allowed out: %+v", dns)
	}

	backendPods := labels.Set(m.deployments["backend"].Spec.Template.Labels)
	redisPods := labels.Set(m.statefulSets["redis"].Spec.Template.Labels)
	backend := policyFor(t, m, backendPods)
	redis := policyFor(t, m, redisPods)
	if backend == nil || redis == nil {
		return
	}
	// The backend: from the ingress controller's namespace (and Prometheus) on 8080 only.
	for _, rule := range backend.Spec.Ingress {
		if !hasPort(rule.Ports, corev1.ProtocolTCP, 8080) || len(rule.Ports) != 1 {
			t.Errorf("backend ingress rule opens ports %v, want only 8080", rule.Ports)
		}
		for _, peer := range rule.From {
			ns := ""
			if peer.NamespaceSelector != nil {
				ns = peer.NamespaceSelector.MatchLabels["kubernetes.io/metadata.name"]
			}
			if peer.IPBlock != nil || (ns != "ingress-nginx" && ns != "monitoring") || peer.PodSelector == nil {
				t.Errorf("backend accepts traffic from %+v; only the ingress controller (and Prometheus) may reach it", peer)
			}
		}
	}
	if !fromNamespace(backend.Spec.Ingress, "ingress-nginx") {
		t.Error("the ingress controller cannot reach the backend")
	}
	egressTo := func(p *networkingv1.NetworkPolicy, podLabels labels.Set, port int32) bool {
		for _, rule := range p.Spec.Egress {
			for _, peer := range rule.To {
				if peer.PodSelector != nil && peer.NamespaceSelector == nil && labels.SelectorFromSet(peer.PodSelector.MatchLabels).Matches(podLabels) && hasPort(rule.Ports, corev1.ProtocolTCP, port) {
					return true
				}
			}
		}
		return false
	}
	if !egressTo(backend, redisPods, 6379) || !egressTo(backend, redisPods, 26379) {
		t.Error("the backend cannot reach Redis on 6379 and its Sentinels on 26379")
	}
	modelAPI := false
	for _, rule := range backend.Spec.Egress {
		for _, peer := range rule.To {
			if peer.IPBlock != nil && peer.IPBlock.CIDR == "0.0.0.0/0" && hasPort(rule.Ports, corev1.ProtocolTCP, 443) {
				modelAPI = true
				if !slices.Contains(peer.IPBlock.Except, "10.0.0.0/8") {
					t.Error("the model API egress rule also opens the cluster's private range 10.0.0.0/8")
				}
			}
		}
	}
	if !modelAPI {
		t.Error("the backend cannot reach the model API (HTTPS out)")
	}
	// Redis: from the backend pods and the Redis pods (replication,
	// Sentinels) on 6379 and 26379 only, its exporter from Prometheus.
	dataAndSentinel := func(ports []networkingv1.NetworkPolicyPort) bool {
		return len(ports) == 2 && hasPort(ports, corev1.ProtocolTCP, 6379) && hasPort(ports, corev1.ProtocolTCP, 26379)
	}
	fromRedis := false
	for _, rule := range redis.Spec.Ingress {
		for _, peer := range rule.From {
			switch {
			case peer.NamespaceSelector == nil && peer.PodSelector != nil && labels.SelectorFromSet(peer.PodSelector.MatchLabels).Matches(backendPods):
				if !dataAndSentinel(rule.Ports) {
					t.Errorf("backend → redis opens %v, want 6379 and 26379", rule.Ports)
				}
			case peer.NamespaceSelector == nil && peer.PodSelector != nil && labels.SelectorFromSet(peer.PodSelector.MatchLabels).Matches(redisPods) &&
				!labels.SelectorFromSet(peer.PodSelector.MatchLabels).Matches(backendPods):
				fromRedis = true
				if !dataAndSentinel(rule.Ports) {
					t.Errorf("redis → redis opens %v, want 6379 and 26379", rule.Ports)
				}
			case peer.NamespaceSelector != nil && peer.NamespaceSelector.MatchLabels["kubernetes.io/metadata.name"] == "monitoring":
				if len(rule.Ports) != 1 || !hasPort(rule.Ports, corev1.ProtocolTCP, 9121) {
					t.Errorf("monitoring → redis opens %v, want the exporter's 9121 only", rule.Ports)
				}
			default:
				t.Errorf("redis accepts traffic from %+v; only the backend and the Redis pods may reach it", peer)
			}
		}
	}
	if !fromRedis {
		t.Error("the Redis pods cannot reach each other (replication, Sentinels)")
	}
	if !slices.Contains(redis.Spec.PolicyTypes, networkingv1.PolicyTypeEgress) {
		t.Errorf("redis egress is not restricted: %+v", redis.Spec.PolicyTypes)
	}
	for _, rule := range redis.Spec.Egress {
		for _, peer := range rule.To {
			if peer.NamespaceSelector != nil || peer.IPBlock != nil || peer.PodSelector == nil || !labels.SelectorFromSet(peer.PodSelector.MatchLabels).Matches(redisPods) {
				t.Errorf("redis may connect out to %+v; only to the other Redis pods", peer)
			}
		}
		if !dataAndSentinel(rule.Ports) {
			t.Errorf("redis → redis egress opens %v, want 6379 and 26379", rule.Ports)
		}
	}
	if !egressTo(redis, redisPods, 6379) || !egressTo(redis, redisPods, 26379) {
		t.Error("the Redis pods cannot reach each other (replication on 6379, Sentinels on 26379)")
	}
}

// checkRedisSentinels: the StatefulSet runs a Sentinel beside each Redis,
// one pod per node, each pod following the primary the Sentinels name.
func checkRedisSentinels(t *testing.T, m *manifests, s *appsv1.StatefulSet) {
	pod := s.Spec.Template.Spec
	anti := pod.Affinity
	spread := false
	if anti != nil && anti.PodAntiAffinity != nil {
		for _, term := range anti.PodAntiAffinity.RequiredDuringSchedulingIgnoredDuringExecution {
			sel, err := metav1.LabelSelectorAsSelector(term.LabelSelector)
			spread = spread || (err == nil && term.TopologyKey == "kubernetes.io/hostname" && sel.Matches(labels.Set(s.Spec.Template.Labels)))
		}
	}
	if !spread {
		t.Error("redis pods may share a node: want required pod anti-affinity on kubernetes.io/hostname")
	}
	var sentinel *corev1.Container
	for i := range pod.Containers {
		if pod.Containers[i].Name == "sentinel" {
			sentinel = &pod.Containers[i]
		}
	}
	if sentinel == nil {
		t.Fatal("the redis StatefulSet has no sentinel container")
	}
	if strings.Join(sentinel.Command, " ") != "redis-sentinel /conf/sentinel.conf" || containerPort(*sentinel, "sentinel") != 26379 {
		t.Errorf("sentinel %v on port %d: want redis-sentinel /conf/sentinel.conf on 26379", sentinel.Command, containerPort(*sentinel, "sentinel"))
	}
	if len(pod.InitContainers) != 1 || strings.Join(pod.InitContainers[0].Command, " ") != "sh /etc/redis/init.sh" {
		t.Errorf("redis init containers %+v: want one running init.sh", pod.InitContainers)
	}
	var conf *corev1.ConfigMap
	for _, v := range pod.Volumes {
		if v.ConfigMap != nil {
			conf = m.configMaps[v.ConfigMap.Name]
		}
	}
	if conf == nil {
		return // checkRedis says so
	}
	script := conf.Data["init.sh"]
	for _, want := range []string{"SENTINEL get-master-addr-by-name", "sentinel monitor ${master} ${primary} 6379 2", "replicaof ${primary} 6379"} {
		if !strings.Contains(script, want) {
			t.Errorf("init.sh lacks %q", want)
		}
	}
	headless := m.services[s.Spec.ServiceName]
	if headless == nil || !headless.Spec.PublishNotReadyAddresses {
		t.Errorf("redis' headless Service must publish pods before they are ready: the first start needs the names")
	}
	if svc := m.services["redis"]; svc != nil {
		for _, p := range svc.Spec.Ports {
			if p.Port == 6379 {
				t.Error("Service redis balances the data port over primary and replicas: writes would reach a replica")
			}
		}
	}
}

func checkServiceMonitors(t *testing.T, m *manifests) {
	for name, job := range map[string]string{"backend": "quizstats", "redis": "redis"} {
		sm := m.serviceMonitors[name]
		if sm == nil {
			t.Errorf("no ServiceMonitor %s", name)
			continue
		}
		sel, err := metav1.LabelSelectorAsSelector(&sm.Spec.Selector)
		if err != nil {
			t.Fatal(err)
		}
		var svc *corev1.Service
		for _, s := range m.services {
			if sel.Matches(labels.Set(s.Labels)) && s.Spec.ClusterIP != corev1.ClusterIPNone {
				if svc != nil {
					t.Errorf("ServiceMonitor %s selects Services %s and %s: targets would be scraped twice", name, svc.Name, s.Name)
				}
				svc = s
			}
		}
		if svc == nil {
			t.Errorf("ServiceMonitor %s selects no Service", name)
			continue
		}
		// The alert rules select job="quizstats" and job="redis".
		if got := svc.Labels[sm.Spec.JobLabel]; got != job {
			t.Errorf("ServiceMonitor %s: job label %q from Service %s is %q, want %q", name, sm.Spec.JobLabel, svc.Name, got, job)
		}
		for _, ep := range sm.Spec.Endpoints {
			found := false
			for _, p := range svc.Spec.Ports {
				found = found || p.Name == ep.Port
			}
			if !found || ep.Path != "/metrics" {
				t.Errorf("ServiceMonitor %s endpoint port %q path %q: not a port of Service %s, or not /metrics", name, ep.Port, ep.Path, svc.Name)
			}
		}
	}
}

// checkPodsRestricted holds every container to the restricted Pod Security
// Standard the namespace enforces, and to having resources set.
func checkPodsRestricted(t *testing.T, m *manifests) {
	pods := map[string]corev1.PodSpec{}
	for n, d := range m.deployments {
		pods["Deployment "+n] = d.Spec.Template.Spec
	}
	for n, s := range m.statefulSets {
		pods["StatefulSet "+n] = s.Spec.Template.Spec
	}
	for where, pod := range pods {
		psc := pod.SecurityContext
		if psc == nil || psc.SeccompProfile == nil || psc.SeccompProfile.Type != corev1.SeccompProfileTypeRuntimeDefault {
			t.Errorf("%s: pod seccomp profile is not RuntimeDefault", where)
		}
		for _, c := range append(slices.Clone(pod.InitContainers), pod.Containers...) {
			sc := c.SecurityContext
			if sc == nil {
				t.Errorf("%s/%s: no securityContext", where, c.Name)
				continue
			}
			nonRoot := (sc.RunAsNonRoot != nil && *sc.RunAsNonRoot) || (psc != nil && psc.RunAsNonRoot != nil && *psc.RunAsNonRoot)
			uid := sc.RunAsUser
			if uid == nil && psc != nil {
				uid = psc.RunAsUser
			}
			if !nonRoot || uid == nil || *uid == 0 {
				t.Errorf("%s/%s: not forced to run as a non-root user", where, c.Name)
			}
			if sc.ReadOnlyRootFilesystem == nil || !*sc.ReadOnlyRootFilesystem {
				t.Errorf("%s/%s: root filesystem is writable", where, c.Name)
			}
			if sc.AllowPrivilegeEscalation == nil || *sc.AllowPrivilegeEscalation {
				t.Errorf("%s/%s: privilege escalation is allowed", where, c.Name)
			}
			if sc.Privileged != nil && *sc.Privileged {
				t.Errorf("%s/%s: privileged", where, c.Name)
			}
			if sc.Capabilities == nil || !slices.Equal(sc.Capabilities.Drop, []corev1.Capability{"ALL"}) || len(sc.Capabilities.Add) > 0 {
				t.Errorf("%s/%s: capabilities %+v, want all dropped and none added", where, c.Name, sc.Capabilities)
			}
			if sc.SeccompProfile != nil && sc.SeccompProfile.Type != corev1.SeccompProfileTypeRuntimeDefault {
				t.Errorf("%s/%s: seccomp %s", where, c.Name, sc.SeccompProfile.Type)
			}
			if _, ok := c.Resources.Requests[corev1.ResourceMemory]; !ok {
				t.Errorf("%s/%s: no memory request", where, c.Name)
			}
			if _, ok := c.Resources.Limits[corev1.ResourceMemory]; !ok {
				t.Errorf("%s/%s: no memory limit", where, c.Name)
			}
			// Init containers run to completion and take no probes.
			if c.LivenessProbe == nil && !slices.ContainsFunc(pod.InitContainers, func(i corev1.Container) bool { return i.Name == c.Name }) {
				t.Errorf("%s/%s: no liveness probe", where, c.Name)
			}
		}
	}
}

// checkReferences makes sure every Secret and ConfigMap a pod uses is in
// the build (ConfigMaps) or in secrets.template.yaml (Secrets), with the key.
func checkReferences(t *testing.T, m *manifests) {
	templates := secretTemplates(t)
	pods := []corev1.PodSpec{}
	for _, d := range m.deployments {
		pods = append(pods, d.Spec.Template.Spec)
	}
	for _, s := range m.statefulSets {
		pods = append(pods, s.Spec.Template.Spec)
	}
	for _, pod := range pods {
		for _, c := range pod.Containers {
			for _, e := range c.Env {
				if e.ValueFrom == nil {
					continue
				}
				if ref := e.ValueFrom.SecretKeyRef; ref != nil {
					keys, ok := templates[ref.Name]
					if !ok || !slices.Contains(keys, ref.Key) {
						t.Errorf("%s: env %s uses Secret %s key %s, which secrets.template.yaml does not define", c.Name, e.Name, ref.Name, ref.Key)
					}
				}
				if ref := e.ValueFrom.ConfigMapKeyRef; ref != nil && m.configMaps[ref.Name] == nil {
					t.Errorf("%s: env %s uses ConfigMap %s, not in the build", c.Name, e.Name, ref.Name)
				}
			}
		}
		for _, v := range pod.Volumes {
			if v.ConfigMap != nil && m.configMaps[v.ConfigMap.Name] == nil {
				t.Errorf("volume %s uses ConfigMap %s, not in the build", v.Name, v.ConfigMap.Name)
			}
		}
		if pod.ServiceAccountName != "" {
			found := false
			for _, sa := range m.serviceAccounts {
				found = found || sa.Name == pod.ServiceAccountName
			}
			if !found {
				t.Errorf("ServiceAccount %s is not in the build", pod.ServiceAccountName)
			}
		}
	}
}

// TestSecretTemplatesHoldNoValues decodes secrets.template.yaml strictly
// and requires every value to be empty.
func TestSecretTemplatesHoldNoValues(t *testing.T) {
	if got := secretTemplates(t); len(got) != 2 {
		t.Errorf("secrets.template.yaml defines %v, want backend-secrets and redis-auth", got)
	}
	var kust types.Kustomization
	if err := decodeStrict(readFile(t, "deploy", "k8s", "base", "kustomization.yaml"), &kust); err != nil {
		t.Fatal(err)
	}
	if len(kust.Resources) == 0 || slices.Contains(kust.Resources, "secrets.template.yaml") {
		t.Errorf("base resources %v: must not list secrets.template.yaml, whose empty Secrets would overwrite the real ones on every apply", kust.Resources)
	}
}

func secretTemplates(t *testing.T) map[string][]string {
	t.Helper()
	nodes, err := (&kio.ByteReader{Reader: bytes.NewReader(readFile(t, "deploy", "k8s", "base", "secrets.template.yaml"))}).Read()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for _, n := range nodes {
		s, err := n.String()
		if err != nil {
			t.Fatal(err)
		}
		var sec corev1.Secret
		if err := decodeStrict([]byte(s), &sec); err != nil {
			t.Fatalf("secrets.template.yaml: %v", err)
		}
		if sec.Kind != "Secret" || sec.Namespace != namespace {
			t.Errorf("secrets.template.yaml: %s %s in %q", sec.Kind, sec.Name, sec.Namespace)
		}
		if len(sec.Data) > 0 {
			t.Errorf("secrets.template.yaml: %s has data; a template holds empty stringData only", sec.Name)
		}
		for k, v := range sec.StringData {
			if v != "" {
				t.Errorf("secrets.template.yaml: %s.%s has a value; templates hold none", sec.Name, k)
			}
			out[sec.Name] = append(out[sec.Name], k)
		}
	}
	return out
}

// TestRedisConfigsAgree keeps compose's and Kubernetes' redis.conf alike
// on what matters for the data.
func TestRedisConfigsAgree(t *testing.T) {
	compose := string(readFile(t, "deploy", "redis", "redis.conf"))
	k8s := string(readFile(t, "deploy", "k8s", "base", "redis", "redis.conf"))
	settings := func(conf string) []string {
		var out []string
		for _, line := range strings.Split(conf, "\n") {
			line = strings.TrimSpace(line)
			if line != "" && !strings.HasPrefix(line, "#") {
				out = append(out, line)
			}
		}
		return out
	}
	if a, b := settings(compose), settings(k8s); !slices.Equal(a, b) {
		t.Errorf("deploy/redis/redis.conf and deploy/k8s/base/redis/redis.conf differ:\n%v\n%v", a, b)
	}
	for _, line := range []string{"appendonly yes", "appendfsync everysec", "maxmemory-policy noeviction"} {
		if !containsLine(compose, line) {
			t.Errorf("redis.conf lacks %q", line)
		}
	}
}

func containsLine(text, line string) bool {
	for _, l := range strings.Split(text, "\n") {
		if strings.Join(strings.Fields(l), " ") == line {
			return true
		}
	}
	return false
}

func containerPort(c corev1.Container, name string) int32 {
	for _, p := range c.Ports {
		if p.Name == name {
			return p.ContainerPort
		}
	}
	return 0
}

func wantQuantity(t *testing.T, what string, list corev1.ResourceList, name corev1.ResourceName, want string) {
	t.Helper()
	got, ok := list[name]
	if !ok || got.Cmp(resource.MustParse(want)) != 0 {
		t.Errorf("%s = %v, want %s", what, got.String(), want)
	}
}

func wantHTTPProbe(t *testing.T, what string, p *corev1.Probe, path, port string) {
	t.Helper()
	if p == nil || p.HTTPGet == nil {
		t.Errorf("%s probe: none (want GET %s)", what, path)
		return
	}
	if p.HTTPGet.Path != path || p.HTTPGet.Port != intstr.FromString(port) {
		t.Errorf("%s probe: GET %s on %s, want %s on %s", what, p.HTTPGet.Path, p.HTTPGet.Port.String(), path, port)
	}
	if p.TimeoutSeconds == 0 || p.PeriodSeconds == 0 || p.FailureThreshold == 0 {
		t.Errorf("%s probe: set timeout, period and failure threshold explicitly: %+v", what, p)
	}
}

func mountedVolume(pod corev1.PodSpec, c corev1.Container, path string) *corev1.Volume {
	for _, vm := range c.VolumeMounts {
		if vm.MountPath != path {
			continue
		}
		for i := range pod.Volumes {
			if pod.Volumes[i].Name == vm.Name {
				return &pod.Volumes[i]
			}
		}
	}
	return nil
}

func countPodTemplates(m *manifests, sel labels.Selector) int {
	n := 0
	for _, d := range m.deployments {
		if sel.Matches(labels.Set(d.Spec.Template.Labels)) {
			n++
		}
	}
	for _, s := range m.statefulSets {
		if sel.Matches(labels.Set(s.Spec.Template.Labels)) {
			n++
		}
	}
	return n
}

func hasPort(ports []networkingv1.NetworkPolicyPort, proto corev1.Protocol, port int32) bool {
	for _, p := range ports {
		pr := corev1.ProtocolTCP
		if p.Protocol != nil {
			pr = *p.Protocol
		}
		if pr == proto && p.Port != nil && p.Port.IntValue() == int(port) {
			return true
		}
	}
	return false
}

func fromNamespace(rules []networkingv1.NetworkPolicyIngressRule, ns string) bool {
	for _, r := range rules {
		for _, peer := range r.From {
			if peer.NamespaceSelector != nil && peer.NamespaceSelector.MatchLabels["kubernetes.io/metadata.name"] == ns {
				return true
			}
		}
	}
	return false
}

// policyFor returns the one NetworkPolicy (besides the namespace-wide ones)
// that selects pods with these labels.
func policyFor(t *testing.T, m *manifests, pod labels.Set) *networkingv1.NetworkPolicy {
	t.Helper()
	var found *networkingv1.NetworkPolicy
	for _, p := range m.policies {
		sel, err := metav1.LabelSelectorAsSelector(&p.Spec.PodSelector)
		if err != nil || sel.Empty() || !sel.Matches(pod) {
			continue
		}
		if found != nil {
			t.Errorf("pods %v are selected by NetworkPolicies %s and %s; keep one per workload", pod, found.Name, p.Name)
		}
		found = p
	}
	if found == nil {
		t.Errorf("no NetworkPolicy selects pods %v", pod)
	}
	return found
}
