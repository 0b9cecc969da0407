#!/usr/bin/env bash
# Fuzzes the hub's parsers with cargo-fuzz (libFuzzer), each for a bounded time. Not part of CI:
# run it by hand after changing a parser.
#
#   fuzz/run.sh                      every target, FUZZ_SECONDS (default 60) each
#   FUZZ_SECONDS=300 fuzz/run.sh markdown content_file
#
# Each target starts from its seeds (fuzz/seeds/<target>, and the content/ folder for the
# content and Markdown targets) and from every input that once broke it
# (fuzz/regressions/<target>), so an old crash that comes back fails at once. New crashes are
# written to fuzz/artifacts/<target>/; keep each one in fuzz/regressions/<target>/ with a unit
# test beside the parser. Exits non-zero when a target crashes, hangs or fails its property.
#
# cargo-fuzz passes nightly-only -Z flags to rustc; RUSTC_BOOTSTRAP=1 lets the machine's stable
# toolchain accept them. FUZZ_SANITIZER=none skips AddressSanitizer (faster; the parsers are
# safe Rust, so ASan mostly watches their dependencies).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

seconds="${FUZZ_SECONDS:-60}"
sanitizer="${FUZZ_SANITIZER:-address}"
all=(measure_csv training_csv content_file markdown)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all[@]}")

if ! command -v cargo-fuzz >/dev/null 2>&1; then
  cargo install cargo-fuzz --locked --version 0.13.2
fi
export RUSTC_BOOTSTRAP=1
# One target directory for the whole repository (the fuzz builds land in its
# x86_64-unknown-linux-gnu/ folder, apart from ordinary builds).
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"

failed=()
for target in "${targets[@]}"; do
  echo "== fuzz $target for ${seconds}s"
  corpus="fuzz/corpus/$target"
  mkdir -p "$corpus" "fuzz/regressions/$target"
  inputs=("$corpus" "fuzz/regressions/$target")
  [ -d "fuzz/seeds/$target" ] && inputs+=("fuzz/seeds/$target")
  case "$target" in content_file | markdown) inputs+=("content") ;; esac
  if cargo fuzz run --sanitizer "$sanitizer" "$target" "${inputs[@]}" -- \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1; then
    echo "== $target: no failure in ${seconds}s"
  else
    echo "== $target: FAILED (see fuzz/artifacts/$target/)"
    failed+=("$target")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzing failed: ${failed[*]}"
  exit 1
fi
echo "fuzzing passed: ${targets[*]}"
