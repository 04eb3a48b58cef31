# syntax=docker/dockerfile:1.12
#
# quizstats images. Two targets:
#
#   docker build -t quizstats .                          the server (default: last stage)
#   docker build --target scraper -t quizstats-scraper .  the binary beside Debian's Chromium
#
# Build arguments: VERSION (stamped into the binary, shown by `quizstats
# version` and quizstats_build_info), REVISION and CREATED (OCI labels).
#
# The runtime image is Alpine rather than distroless/static for one reason:
# HEALTHCHECK needs an HTTP client inside the image, and the binary has no
# health-check subcommand by design. BusyBox's wget (part of Alpine's base)
# is that client; it costs a few MB and a shell. Kubernetes ignores
# HEALTHCHECK and uses its own probes, so there the shell is only a debugging
# aid; the pod runs it read-only, non-root, with every capability dropped.

ARG GO_VERSION=1.26.8
ARG ALPINE_VERSION=3.22
ARG DEBIAN_VERSION=bookworm

# ---------------------------------------------------------------------------
# build: a static binary, cross-compiled on the build machine's own platform
# so an arm64 image does not build under emulation.
FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-${DEBIAN_VERSION} AS build
WORKDIR /src
# Modules first: this layer is reused until go.mod or go.sum change.
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
ARG TARGETOS
ARG TARGETARCH
ARG VERSION=dev
# CGO_ENABLED=0: no libc dependency, so the binary runs on Alpine (musl) and
# Debian alike. -trimpath keeps build paths out of the binary (reproducible
# builds, no leaked paths in panics).
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH \
    go build -trimpath -ldflags "-s -w -X main.version=${VERSION}" \
      -o /out/quizstats ./cmd/quizstats \
 && mkdir -p /out/data

# ---------------------------------------------------------------------------
# scraper: quizstats' headless capture (scrape, watch) drives Chromium over
# the DevTools protocol; it uses the distribution's Chromium, never a
# downloaded browser build.
FROM debian:${DEBIAN_VERSION}-slim AS scraper
ARG VERSION=dev
ARG REVISION=unknown
ARG CREATED=unknown
LABEL org.opencontainers.image.title="quizstats-scraper" \
      org.opencontainers.image.description="quizstats with Debian's Chromium, for scrape and watch" \
      org.opencontainers.image.source="https://github.com/quizstats/quizstats" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.created="${CREATED}"
# fonts-liberation: pages render with metric-compatible fonts, so layout
# (and what the extractor sees as visible) matches a desktop browser.
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium fonts-liberation ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 65532 quizstats \
 && useradd --system --uid 65532 --gid 65532 --home-dir /home/quizstats --create-home quizstats
COPY --from=build /out/quizstats /usr/local/bin/quizstats
# Chromium writes its profile and crash dumps under HOME; with a read-only
# root filesystem, mount a tmpfs at /home/quizstats and /tmp.
ENV HOME=/home/quizstats
USER 65532:65532
WORKDIR /home/quizstats
ENTRYPOINT ["/usr/local/bin/quizstats"]
CMD ["help"]

# ---------------------------------------------------------------------------
# server: the default target (last stage), `quizstats serve`.
FROM alpine:${ALPINE_VERSION} AS server
ARG VERSION=dev
ARG REVISION=unknown
ARG CREATED=unknown
LABEL org.opencontainers.image.title="quizstats" \
      org.opencontainers.image.description="Answers the multiple-choice questions of a web page with an OpenAI-compatible model and streams them to live displays" \
      org.opencontainers.image.source="https://github.com/quizstats/quizstats" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.created="${CREATED}"
# ca-certificates: the model API is HTTPS.
RUN apk add --no-cache ca-certificates
COPY --from=build /out/quizstats /usr/local/bin/quizstats
# /data belongs to the runtime user in the image, so a fresh named volume
# mounted there (which copies the image's ownership) is writable.
COPY --from=build --chown=65532:65532 /out/data /data
# A container is reached from outside itself, so it listens on every
# interface; serve refuses that without QUIZSTATS_TOKEN (or
# QUIZSTATS_TOKEN_FILE), which the deployment provides from a secret.
# QUIZSTATS_OLLAMA_URL=off: 127.0.0.1 is the container itself, where no
# Ollama runs; looking would only delay the start.
ENV QUIZSTATS_ADDR=0.0.0.0:8080 \
    QUIZSTATS_DATA=/data \
    QUIZSTATS_OLLAMA_URL=off
VOLUME ["/data"]
EXPOSE 8080
# Numeric, so Kubernetes' runAsNonRoot can verify it without /etc/passwd.
USER 65532:65532
# /health needs no token; it answers while the process serves requests.
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 \
  CMD ["wget", "-q", "-O", "/dev/null", "-T", "2", "http://127.0.0.1:8080/health"]
ENTRYPOINT ["/usr/local/bin/quizstats"]
CMD ["serve"]
