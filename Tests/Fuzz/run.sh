#!/usr/bin/env bash
# Builds a libFuzzer target (swiftc -sanitize=fuzzer,address, Linux) and runs
# it for a given time on a copy of its seed corpus.
#
#   Tests/Fuzz/run.sh TARGET SECONDS     TARGET: messages | checker | factbase
#   Tests/Fuzz/run.sh TARGET build       only build .build/fuzz/TARGET
#
# Crashes, leaks and timeouts are written to .build/fuzz/artifacts/TARGET/;
# keep each one in Tests/Fuzz/Regressions/TARGET/ once fixed (`swift test`
# replays them). Set FUZZ_SEEDS=DIR to add texts (e.g. ../shared/seeds) to
# the checker's working corpus.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
target="${1:?usage: run.sh messages|checker|factbase SECONDS|build}"
seconds="${2:?usage: run.sh TARGET SECONDS|build}"
out="$root/.build/fuzz"
mkdir -p "$out"

case "$target" in
  messages)
    # The server's modules in dependency order (FactlintWorkspace, where the tree has it, comes between).
    modules=(FactlintCore)
    [ -d "$root/Sources/FactlintWorkspace" ] && modules+=(FactlintWorkspace)
    modules+=(FactlintServer); file=Messages.swift; corpus=messages; maxlen=16384 ;;
  checker) modules=(FactlintCore); file=Checker.swift; corpus=checker; maxlen=16384 ;;
  factbase) modules=(FactlintCore); file=FactBaseLoader.swift; corpus=factbase; maxlen=81920 ;;
  *) echo "unknown target '$target' (expected messages, checker or factbase)" >&2; exit 2 ;;
esac

flags=(-O -g -sanitize=fuzzer,address -parse-as-library -swift-version 6 -I "$out")
command -v ld.lld >/dev/null 2>&1 && flags+=(-use-ld=lld)

# SwiftPM's `.embedInCode` resource accessor, generated the same way.
resources="$out/PackageResources.swift"
if [ ! -f "$resources" ] || [ "$root/Sources/FactlintCore/Resources/default-facts.json" -nt "$resources" ]; then
  python3 - "$root/Sources/FactlintCore/Resources/default-facts.json" "$resources" <<'PY'
import sys
data = open(sys.argv[1], "rb").read()
with open(sys.argv[2], "w") as f:
    f.write("struct PackageResources {\nstatic let default_facts_json: [UInt8] = [" + ",".join(map(str, data)) + "]\n}\n")
PY
fi

# Each module once, as one object (rebuilt when a source is newer).
objects=()
for module in "${modules[@]}"; do
  sources=$(find "$root/Sources/$module" -name '*.swift' | sort)
  [ "$module" = FactlintCore ] && sources="$sources $resources"
  object="$out/$module.o"
  # (No `ls -t | head`: under pipefail, ls killed by the closed pipe ended the script silently.)
  stale=false
  [ -f "$object" ] || stale=true
  for source in $sources; do if [ "$source" -nt "$object" ]; then stale=true; fi; done
  if $stale; then
    echo "fuzz: compiling $module" >&2
    swiftc "${flags[@]}" -module-name "$module" -wmo -c $sources -emit-module -emit-module-path "$out/$module.swiftmodule" -o "$object"
  fi
  objects+=("$object")
done
binary="$out/$target"
echo "fuzz: linking $target" >&2
swiftc "${flags[@]}" -module-name "Fuzz_$target" "$root/Tests/Fuzz/Targets/$file" "${objects[@]}" -o "$binary" 2>&1 \
  | grep -v "Cannot export local symbol" >&2 || true
[ "$seconds" = build ] && exit 0

# The working corpus grows; the committed seeds stay small.
work="$out/corpus/$target"
mkdir -p "$work" "$out/artifacts/$target"
cp -n "$root/Tests/Fuzz/Corpus/$corpus"/* "$work"/ 2>/dev/null || true
# Plus what the repository already holds: the drafts, the recorded sessions
# (framed as a client sends them), the default fact base.
case "$target" in
  checker)
    cp -n "$root/Tests/Fixtures/launch-draft.md" "$root/Tests/Fixtures/drafts"/*.md "$root/Tests/Fixtures/drafts"/*.txt "$work"/
    [ -n "${FUZZ_SEEDS:-}" ] && cp -n "$FUZZ_SEEDS"/* "$work"/ ;;
  factbase) cp -n "$root/Sources/FactlintCore/Resources/default-facts.json" "$work"/ ;;
  messages)
    python3 - "$root/protocol/sessions" "$work" <<'PY'
import json, pathlib, sys
for session in pathlib.Path(sys.argv[1]).glob("*.jsonl"):
    stream = b"\x08"  # chunk size byte (see Targets/Messages.swift)
    for line in session.read_text().splitlines():
        entry = json.loads(line) if line.strip() else {}
        if "send" in entry:
            body = json.dumps(entry["send"]).encode()
            stream += b"Content-Length: %d\r\n\r\n" % len(body) + body
        elif "sendRaw" in entry:
            stream += entry["sendRaw"].encode()
    (pathlib.Path(sys.argv[2]) / ("session-" + session.stem)).write_bytes(stream)
PY
    ;;
esac
dict=()
[ -f "$root/Tests/Fuzz/Dictionaries/$target.dict" ] && dict=(-dict="$root/Tests/Fuzz/Dictionaries/$target.dict")

export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:quarantine_size_mb=64}"
exec nice -n 10 "$binary" "$work" "${dict[@]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -max_len="${FUZZ_MAX_LEN:-$maxlen}" -print_final_stats=1 -artifact_prefix="$out/artifacts/$target/"
