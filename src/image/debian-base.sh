#!/bin/sh
# The image's base without a registry: Debian bookworm with Debian's OpenJDK 17 runtime and fonts (the
# report's charts and the letters' PDFs draw text), made from Debian's packages with mmdebstrap and
# written as an image tarball (docker save's layout) that Jib takes as tar://FILE.
#   usage: debian-base.sh IMAGE   (IMAGE: tar:///path/to/file.tar; anything else is a registry's image: nothing to do)
# Needs mmdebstrap (apt-get install mmdebstrap), Debian's package mirror, and root or user namespaces.
set -eu

case "${1:-}" in
  tar://*) out="${1#tar://}" ;;
  *) exit 0 ;;
esac
[ -s "$out" ] && exit 0
command -v mmdebstrap >/dev/null || { echo "$0: mmdebstrap is missing: apt-get install -y mmdebstrap" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mmdebstrap --variant=essential --quiet \
  --include=openjdk-17-jre-headless,ca-certificates,fontconfig,fonts-dejavu-core,tzdata \
  --customize-hook='rm -rf "$1"/var/cache/apt/archives/*.deb "$1"/var/lib/apt/lists/*' \
  bookworm "$work/layer.tar"

diff_id=$(sha256sum "$work/layer.tar" | cut -d' ' -f1)
cat > "$work/config.json" <<JSON
{"architecture":"amd64","os":"linux",
 "config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","LANG=C.UTF-8"]},
 "rootfs":{"type":"layers","diff_ids":["sha256:$diff_id"]},
 "history":[{"created_by":"src/image/debian-base.sh: mmdebstrap bookworm openjdk-17-jre-headless fonts-dejavu-core"}]}
JSON
printf '[{"Config":"config.json","RepoTags":["medvirk-base:bookworm-jre17"],"Layers":["layer.tar"]}]\n' > "$work/manifest.json"
mkdir -p "$(dirname "$out")"
tar -C "$work" -cf "$out.part" manifest.json config.json layer.tar
mv "$out.part" "$out"
echo "Base image written to $out"
