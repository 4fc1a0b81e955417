# The Parsec world's docker images, made here without a registry: a Debian 12 tree (mmdebstrap, as a tar) is
# imported into each machine's docker (`docker import`), and small Dockerfiles FROM it add the PostgreSQL
# service and the parsec-server stand-in in its two tags. Both the tree's tar and the finished images (`docker
# save`, one tar per machine) are cached in $SANDBOX_CACHE/images, keyed by what goes into them, so only the
# first `up` builds. Sourced by `sandbox`.
# shellcheck shell=bash
# shellcheck disable=SC2034 # constants the other files read

# What the images hold: Debian's PostgreSQL 15 (server and clients) and Python with psycopg2 for the server.
PARSEC_IMAGE_PACKAGES=(postgresql-15 postgresql-client-15 python3-minimal python3-psycopg2)
PARSEC_IMAGE_BASE=puw-sandbox/debian:bookworm-parsec
PARSEC_DB_IMAGE=puw-sandbox/postgres:15
PARSEC_SERVER_IMAGE=ghcr.io/scille/parsec-cloud/parsec-server
PARSEC_OLD_TAG=v2.15.0
PARSEC_NEW_TAG=v2.16.0
PARSEC_SOURCES="$SANDBOX_HOME/parsec-server"
# What the images do without (a third of the tree): documentation, translations, and PostgreSQL's JIT
# libraries (without them PostgreSQL runs its queries without JIT, as it does when they fail to load).
# shellcheck disable=SC2016 # mmdebstrap's hook argument $1
PARSEC_IMAGE_TRIM='cd "$1" && rm -rf var/lib/apt/lists/* usr/share/doc usr/share/man usr/share/locale usr/share/i18n usr/lib/x86_64-linux-gnu/libLLVM-*.so* usr/lib/x86_64-linux-gnu/libz3.so* usr/lib/postgresql/15/lib/llvmjit*' 

parsec_images_dir() { echo "$SANDBOX_CACHE/images"; }

# The key of the base tree: its package list.
parsec_base_key() { printf '%s\n' "${PARSEC_IMAGE_PACKAGES[@]}" | sort -u | sha256sum | cut -c1-12; }

# The key of the finished images: the base and every file the Dockerfiles copy.
parsec_images_key() {
  {
    parsec_base_key
    (cd "$PARSEC_SOURCES" && find . -type f -print0 | sort -z | xargs -0 sha256sum)
  } | sha256sum | cut -c1-12
}

# The base tree as a tar: prints its path, building it first (once, under a lock) when the cache lacks it.
ensure_parsec_base_tar() {
  local dir file sources started=$SECONDS lock
  dir="$(parsec_images_dir)"
  file="$dir/debian-parsec-$(parsec_base_key).tar"
  mkdir -p "$dir"
  exec {lock}>"$file.lock"
  flock "$lock"
  if [ ! -f "$file" ] || [ ! -s "$file" ]; then
    sources="$(mirror_sources)" || { flock -u "$lock"; return 1; }
    say "building the images' Debian 12 tree with mmdebstrap (about a minute, once; log: $file.log)"
    local packages
    packages="$(printf '%s,' "${PARSEC_IMAGE_PACKAGES[@]}")"
    # shellcheck disable=SC2016 # the hooks' own $1
    if ! mmdebstrap --variant=minbase --format=tar --include="${packages%,}" --aptopt='Acquire::Retries "3"' \
      --customize-hook='chroot "$1" apt-get clean' --customize-hook="$PARSEC_IMAGE_TRIM" \
      bookworm "$file.partial" "$sources" >"$file.log" 2>&1; then
      rm -f "$file.partial"
      flock -u "$lock"
      say "mmdebstrap failed; the end of $file.log:"
      tail -n 15 "$file.log" >&2
      return 1
    fi
    mv "$file.partial" "$file"
    say "built the images' tree in $((SECONDS - started)) s ($(du -sh "$file" | cut -f1))"
  fi
  flock -u "$lock"
  echo "$file"
}

# The build contexts, copied into a machine before it boots: /var/tmp/parsec-build/{postgres,server-TAG}.
# The server of v2.15.0 ships migrations 0001-0012; v2.16.0 adds 0013 and 0014.
stage_parsec_build_contexts() {
  local name="$1" tag="$2" context
  context="$(machine_root "$name")/var/tmp/parsec-build"
  rm -rf "$context"
  install -d "$context/postgres" "$context/server/migrations"
  install -m 644 "$PARSEC_SOURCES/Dockerfile.postgres" "$context/postgres/Dockerfile"
  install -m 755 "$PARSEC_SOURCES/postgres-entrypoint.sh" "$context/postgres/"
  install -m 644 "$PARSEC_SOURCES/Dockerfile.server" "$context/server/Dockerfile"
  install -m 755 "$PARSEC_SOURCES/parsec-server.py" "$context/server/"
  local migration last=0012
  [ "$tag" = "$PARSEC_OLD_TAG" ] || last=9999
  for migration in "$PARSEC_SOURCES"/migrations/*.sql; do
    if [ "$(basename "$migration" | cut -c1-4)" -le "$last" ]; then install -m 644 "$migration" "$context/server/migrations/"; fi
  done
}

# After boot: the machine's docker has the PostgreSQL image and the server image of its tag, from the cache
# when there, else built (import + build) and then saved into the cache for the next `up`.
install_parsec_images() {
  local name="$1" tag="$2" base="$3"
  local cached started=$SECONDS log="$SANDBOX_DIR/logs/images-$name.log"
  cached="$(parsec_images_dir)/parsec-$name-$(parsec_images_key).tar"
  if [ -s "$cached" ]; then
    in_host "$name" docker load <"$cached" >>"$log" 2>&1 || die "docker load on $name failed: see $log"
    say "$name: images loaded from the cache in $((SECONDS - started)) s"
    return 0
  fi
  in_host "$name" docker import - "$PARSEC_IMAGE_BASE" <"$base" >>"$log" 2>&1 || die "docker import on $name failed: see $log"
  in_host "$name" docker build -q -t "$PARSEC_DB_IMAGE" --build-arg "BASE=$PARSEC_IMAGE_BASE" /var/tmp/parsec-build/postgres \
    >>"$log" 2>&1 || die "building the postgres image on $name failed: see $log"
  in_host "$name" docker build -q -t "$PARSEC_SERVER_IMAGE:$tag" --build-arg "BASE=$PARSEC_IMAGE_BASE" \
    --build-arg "VERSION=${tag#v}" /var/tmp/parsec-build/server >>"$log" 2>&1 ||
    die "building the parsec-server image on $name failed: see $log"
  if in_host "$name" docker save "$PARSEC_DB_IMAGE" "$PARSEC_SERVER_IMAGE:$tag" >"$cached.partial.$$" 2>>"$log"; then
    mv "$cached.partial.$$" "$cached"
  else
    rm -f "$cached.partial.$$"
  fi
  say "$name: images built in $((SECONDS - started)) s (cached for the next up)"
}
