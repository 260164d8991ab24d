#!/usr/bin/env bash
# Fetches the current editors CI tests besides Debian 12's own (Neovim 0.10,
# Helix 25) from Debian 13 "trixie" into DEST, without touching the system's
# package sources: apt reads a sources list, lists and cache of its own, the
# packages (with trixie's C library) are unpacked, not installed, and
# DEST/bin/nvim and DEST/bin/hx run them with trixie's loader. Never fails
# the build: whatever cannot be fetched is left out, and its tests skip.
set -uo pipefail
dest="${1:?usage: newer-editors.sh DEST}"
mkdir -p "$dest"
dest="$(cd "$dest" && pwd)"
apt_dir="$dest/apt" root="$dest/root" bin="$dest/bin"
if [ -x "$bin/nvim" ] && [ -x "$bin/hx" ]; then exit 0; fi
command -v apt-get >/dev/null 2>&1 && command -v dpkg >/dev/null 2>&1 || { echo "newer-editors: no apt-get/dpkg; skipped" >&2; exit 0; }
rm -rf "$apt_dir" "$root" "$bin"
mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$apt_dir/debs" "$root" "$bin"
echo "deb http://deb.debian.org/debian trixie main" > "$apt_dir/sources.list"
apt_options=(-o "Dir::Etc::SourceList=$apt_dir/sources.list" -o "Dir::Etc::SourceParts=/dev/null"
  -o "Dir::State::Lists=$apt_dir/lists" -o "Dir::Cache=$apt_dir/cache" -o "Dir::State::status=/dev/null"
  -o "APT::Sandbox::User=root")
if ! apt-get "${apt_options[@]}" update -qq >/dev/null 2>&1; then
  echo "newer-editors: Debian trixie's package index is not reachable; Neovim 0.10 and Helix tests will be skipped" >&2
  exit 0
fi
# Each editor with everything it depends on (trixie's C library among them).
packages=$(apt-cache "${apt_options[@]}" depends --recurse --no-recommends --no-suggests --no-conflicts \
  --no-breaks --no-replaces --no-enhances neovim hx 2>/dev/null | grep -v '^ ' | grep -v '^<' | sort -u)
(cd "$apt_dir/debs" && apt-get "${apt_options[@]}" download $packages >/dev/null 2>&1) || {
  echo "newer-editors: could not download $packages; Neovim 0.10 and Helix tests will be skipped" >&2
  exit 0
}
for deb in "$apt_dir"/debs/*.deb; do dpkg -x "$deb" "$root"; done
libs="$root/usr/lib/x86_64-linux-gnu"
loader="$libs/ld-linux-x86-64.so.2"
[ -x "$loader" ] || { echo "newer-editors: no loader in trixie's libc6; skipped" >&2; exit 0; }
if [ -x "$root/usr/bin/nvim" ]; then
  cat > "$bin/nvim" <<SCRIPT
#!/bin/sh
# Neovim from Debian trixie, run with trixie's loader and libraries; its parsers are in /usr/lib/nvim.
VIMRUNTIME="$root/usr/share/nvim/runtime" exec "$loader" --library-path "$libs" "$root/usr/bin/nvim" --cmd "set runtimepath+=$root/usr/lib/nvim" "\$@"
SCRIPT
  chmod +x "$bin/nvim"
fi
if [ -x "$root/usr/lib/hx/hx" ]; then
  cat > "$bin/hx" <<SCRIPT
#!/bin/sh
# Helix from Debian trixie, run with trixie's loader and libraries.
HELIX_RUNTIME="$root/usr/lib/hx/runtime" exec "$loader" --library-path "$libs" "$root/usr/lib/hx/hx" "\$@"
SCRIPT
  chmod +x "$bin/hx"
fi
for editor in nvim hx; do
  if [ -x "$bin/$editor" ]; then "$bin/$editor" --version 2>/dev/null | head -1; else echo "newer-editors: no $editor" >&2; fi
done
exit 0
