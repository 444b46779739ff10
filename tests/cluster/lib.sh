# Shared by up and down: where the cluster lives and how its parts are started.
# shellcheck shell=bash

cache=${KUBETUG_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/kubetug}
state=${KUBETUG_CLUSTER_STATE:-$cache/cluster}
pki=$state/pki
admin_kubeconfig=$state/admin.kubeconfig
viewer_kubeconfig=$state/viewer.kubeconfig
components=(kwok kube-scheduler kube-controller-manager kube-apiserver etcd)

log() { echo "cluster: $*" >&2; }

# Every component's pid is alive and the API server answers /readyz.
cluster_is_running() {
  [ -f "$state/ports" ] && [ -f "$state/bin" ] || return 1
  local c
  for c in "${components[@]}"; do
    [ -f "$state/$c.pid" ] && kill -0 "$(cat "$state/$c.pid")" 2>/dev/null || return 1
  done
  "$(cat "$state/bin")/kubectl" --kubeconfig "$admin_kubeconfig" --request-timeout 5s \
    get --raw /readyz >/dev/null 2>&1
}

# A digest of the scripts and configuration a cluster is started from,
# recorded in $state/config-hash: up restarts a running cluster whose digest
# differs (started before a change to how the cluster is set up) instead of
# reusing it.
config_hash() {
  cat "$here/up" "$here/lib.sh" "$here/versions.env" "$here"/*.yaml | sha256sum | cut -d' ' -f1
}

cluster_is_current() {
  [ "$(cat "$state/config-hash" 2>/dev/null)" = "$(config_hash)" ]
}

print_kubeconfig() {
  echo "$admin_kubeconfig"
  echo "export KUBECONFIG=$admin_kubeconfig"
}

kubectl_admin() { "$bin/kubectl" --kubeconfig "$admin_kubeconfig" "$@"; }

# A port nothing listens on, outside the ranges the components use by default.
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 20000))
    if ! ss -Hltn "sport = :$port" | grep -q . && ! grep -qw "$port" "$state/ports" 2>/dev/null; then
      echo "$port"
      return
    fi
  done
}

choose_ports() {
  : >"$state/ports"
  local name
  for name in ETCD_PORT ETCD_PEER_PORT API_PORT CONTROLLER_MANAGER_PORT SCHEDULER_PORT KWOK_PORT; do
    echo "$name=$(free_port)" >>"$state/ports"
  done
  # shellcheck disable=SC1091
  . "$state/ports"
}

# A CA, the API server's serving certificate, a service-account key pair, two
# client identities (an admin in system:masters and a viewer bound to `view`),
# and the pair by which the API server and kwok, as the kubelet of every node,
# know each other: kwok's serving certificate for 127.0.0.1, the address its
# nodes report, and the API server's client certificate, named as kubeadm
# names it.
write_pki() {
  local ssl=(openssl)
  "${ssl[@]}" req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=kubetug-local-ca" \
    -keyout "$pki/ca.key" -out "$pki/ca.crt" 2>/dev/null
  "${ssl[@]}" genrsa -out "$pki/sa.key" 2048 2>/dev/null
  "${ssl[@]}" rsa -in "$pki/sa.key" -pubout -out "$pki/sa.pub" 2>/dev/null
  issue_cert apiserver "/CN=kube-apiserver" \
    "subjectAltName=IP:127.0.0.1,IP:10.96.0.1,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc"
  issue_cert admin "/O=system:masters/CN=kubetug-admin" "extendedKeyUsage=clientAuth"
  issue_cert viewer "/CN=kubetug-viewer" "extendedKeyUsage=clientAuth"
  issue_cert kubelet "/CN=kwok-kubelet" "subjectAltName=IP:127.0.0.1
extendedKeyUsage=serverAuth"
  issue_cert apiserver-kubelet-client "/O=system:masters/CN=kube-apiserver-kubelet-client" \
    "extendedKeyUsage=clientAuth"
}

issue_cert() {
  local name=$1 subject=$2 extension=$3
  openssl req -newkey rsa:2048 -nodes -subj "$subject" \
    -keyout "$pki/$name.key" -out "$pki/$name.csr" 2>/dev/null
  openssl x509 -req -in "$pki/$name.csr" -CA "$pki/ca.crt" -CAkey "$pki/ca.key" \
    -CAcreateserial -days 3650 -extfile <(echo "$extension") -out "$pki/$name.crt" 2>/dev/null
}

write_kubeconfigs() {
  write_kubeconfig "$admin_kubeconfig" admin kubetug-admin
  write_kubeconfig "$viewer_kubeconfig" viewer kubetug-viewer
}

write_kubeconfig() {
  local path=$1 cert=$2 user=$3
  local b64=(base64 -w0)
  cat >"$path" <<KUBECONFIG
apiVersion: v1
kind: Config
clusters:
- name: kubetug-local
  cluster:
    server: https://127.0.0.1:$API_PORT
    certificate-authority-data: $("${b64[@]}" <"$pki/ca.crt")
users:
- name: $user
  user:
    client-certificate-data: $("${b64[@]}" <"$pki/$cert.crt")
    client-key-data: $("${b64[@]}" <"$pki/$cert.key")
contexts:
- name: kubetug-local
  context:
    cluster: kubetug-local
    user: $user
current-context: kubetug-local
KUBECONFIG
  chmod 600 "$path"
}

# Starts a component in the background with its log under $state/logs
# (appended to, so that a restarted component keeps its earlier log).
start_process() {
  local name=$1
  shift
  # fd 9 holds the lock of up; the component must not keep it.
  setsid "$@" >>"$state/logs/$name.log" 2>&1 </dev/null 9>&- &
  echo $! >"$state/$name.pid"
}

# Starts one component of the cluster and waits until it serves, with the
# extra arguments that tests/cluster/restart recorded in $state/NAME.args
# (one per line), e.g. a low --max-requests-inflight for the API server.
# Needs $bin, $here and the ports.
start_component() {
  local name=$1 extra=()
  if [ -s "$state/$name.args" ]; then
    mapfile -t extra <"$state/$name.args"
  fi
  case $name in
    etcd)
      start_process etcd "$bin/etcd" \
        --name tug-etcd --data-dir "$state/etcd" --unsafe-no-fsync \
        --listen-client-urls "http://127.0.0.1:$ETCD_PORT" \
        --advertise-client-urls "http://127.0.0.1:$ETCD_PORT" \
        --listen-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" \
        --initial-advertise-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" \
        --initial-cluster "tug-etcd=http://127.0.0.1:$ETCD_PEER_PORT" "${extra[@]}"
      wait_for "etcd" 30 curl -fsS "http://127.0.0.1:$ETCD_PORT/health"
      ;;
    kube-apiserver)
      start_process kube-apiserver "$bin/kube-apiserver" \
        --etcd-servers "http://127.0.0.1:$ETCD_PORT" \
        --bind-address 127.0.0.1 --advertise-address 127.0.0.1 --secure-port "$API_PORT" \
        --endpoint-reconciler-type none \
        --tls-cert-file "$pki/apiserver.crt" --tls-private-key-file "$pki/apiserver.key" \
        --client-ca-file "$pki/ca.crt" \
        --service-account-key-file "$pki/sa.pub" \
        --service-account-signing-key-file "$pki/sa.key" \
        --service-account-issuer https://kubernetes.default.svc \
        --service-cluster-ip-range 10.96.0.0/16 \
        --authorization-mode Node,RBAC \
        --kubelet-preferred-address-types InternalIP \
        --kubelet-certificate-authority "$pki/ca.crt" \
        --kubelet-client-certificate "$pki/apiserver-kubelet-client.crt" \
        --kubelet-client-key "$pki/apiserver-kubelet-client.key" \
        --allow-privileged \
        --cert-dir "$state/apiserver" "${extra[@]}"
      wait_for "kube-apiserver /readyz" 90 "$bin/kubectl" --kubeconfig "$admin_kubeconfig" get --raw /readyz
      ;;
    kube-controller-manager)
      start_process kube-controller-manager "$bin/kube-controller-manager" \
        --kubeconfig "$admin_kubeconfig" \
        --authentication-kubeconfig "$admin_kubeconfig" \
        --authorization-kubeconfig "$admin_kubeconfig" \
        --bind-address 127.0.0.1 --secure-port "$CONTROLLER_MANAGER_PORT" \
        --leader-elect=false \
        --service-account-private-key-file "$pki/sa.key" \
        --root-ca-file "$pki/ca.crt" \
        --cluster-signing-cert-file "$pki/ca.crt" --cluster-signing-key-file "$pki/ca.key" \
        --use-service-account-credentials=false "${extra[@]}"
      ;;
    kube-scheduler)
      start_process kube-scheduler "$bin/kube-scheduler" \
        --kubeconfig "$admin_kubeconfig" \
        --authentication-kubeconfig "$admin_kubeconfig" \
        --authorization-kubeconfig "$admin_kubeconfig" \
        --bind-address 127.0.0.1 --secure-port "$SCHEDULER_PORT" \
        --leader-elect=false "${extra[@]}"
      ;;
    kwok)
      start_process kwok "$bin/kwok" \
        --kubeconfig "$admin_kubeconfig" \
        --config "$bin/kwok-stages.yaml" --config "$here/kwok-fail-stage.yaml" \
        --node-lease-duration-seconds 40 \
        --manage-all-nodes=false \
        --manage-nodes-with-annotation-selector kwok.x-k8s.io/node=fake \
        --node-ip 127.0.0.1 --node-port "$KWOK_PORT" --cidr 10.244.0.0/16 \
        --server-address "127.0.0.1:$KWOK_PORT" \
        --tls-cert-file "$pki/kubelet.crt" --tls-private-key-file "$pki/kubelet.key" \
        --enable-crds Logs "${extra[@]}"
      ;;
    *)
      log "unknown component: $name (one of ${components[*]})"
      return 1
      ;;
  esac
}

# Stops one component by its pid: SIGTERM, then SIGKILL after 5 s.
stop_component() {
  local pidfile=$state/$1.pid pid
  [ -f "$pidfile" ] || return 0
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
}

# Retries a command for up to $2 seconds; on failure shows every log and fails.
wait_for() {
  local what=$1 seconds=$2
  shift 2
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    if [ $SECONDS -ge $deadline ]; then
      log "gave up waiting for $what after ${seconds}s; logs follow"
      show_logs
      return 1
    fi
    sleep 0.5
  done
}

show_logs() {
  local f
  for f in "$state"/logs/*.log; do
    [ -f "$f" ] || continue
    echo "==> $f (last 40 lines)" >&2
    tail -n 40 "$f" >&2
  done
}
