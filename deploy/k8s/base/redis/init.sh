#!/bin/sh
# Runs before Redis and its Sentinel start in each redis-N pod. It writes
# the two files the pod's containers read from /conf:
#   replication.conf  which primary this pod replicates (none if it is the
#                     primary) and the stable name it announces;
#   sentinel.conf     what the Sentinel of this pod monitors.
# The primary is whatever the running Sentinels say it is: a pod that comes
# back after a failover (the old primary too) rejoins as a replica of the
# new one instead of claiming to be the primary with its old data. Only
# when no Sentinel answers (the very first start of the StatefulSet) is
# redis-0 the primary.
set -eu

domain="redis-headless.${POD_NAMESPACE}.svc.cluster.local"
me="$(hostname).${domain}"
master="${SENTINEL_MASTER:-mymaster}"

primary=""
for i in 0 1 2; do
  sentinel="redis-${i}.${domain}"
  [ "$sentinel" = "$me" ] && continue
  answer="$(REDISCLI_AUTH="$REDIS_PASSWORD" timeout 3 redis-cli -h "$sentinel" -p 26379 \
    SENTINEL get-master-addr-by-name "$master" 2>/dev/null | head -n 1 || true)"
  if [ -n "$answer" ]; then
    primary="$answer"
    break
  fi
done
if [ -z "$primary" ]; then
  primary="redis-0.${domain}"
fi

{
  echo "replica-announce-ip ${me}"
  if [ "$primary" != "$me" ]; then
    echo "replicaof ${primary} 6379"
  fi
} > /conf/replication.conf

# The Sentinel rewrites this file as it learns the group, so it lives on
# the pod's writable /conf, made afresh at every start from what the
# others know. Passwords come from the environment, never the manifests.
cat > /conf/sentinel.conf <<CONF
port 26379
dir /tmp
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel announce-ip ${me}
requirepass ${REDIS_PASSWORD}
sentinel monitor ${master} ${primary} 6379 2
sentinel auth-pass ${master} ${REDIS_PASSWORD}
sentinel sentinel-pass ${REDIS_PASSWORD}
sentinel down-after-milliseconds ${master} 5000
sentinel failover-timeout ${master} 60000
sentinel parallel-syncs ${master} 1
CONF
