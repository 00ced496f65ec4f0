#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for FUZZ_SECONDS over its checked-in seeds
# (Tests/Fuzz/corpus/<target>/). New inputs the fuzzer keeps go to .fuzz/corpus/<target>/,
# crashes to .fuzz/artifacts/<target>/: nothing here writes into the checked-in corpus.
#
#   Tests/Fuzz/run.sh [--long-chains] [TARGET…]     (make fuzz, make fuzz-ci)
#
# --long-chains adds generated queries of up to LONG_CHAIN_TERMS (100,000) terms to FuzzQuery's seeds.
# Exit status 1 when any target found something; the artifact is named in the output.
set -uo pipefail
cd "$(dirname "$0")/../.."

FUZZ_SECONDS="${FUZZ_SECONDS:-60}"
SWIFT="${SWIFT:-swift}"
long_chains=0
while [ $# -gt 0 ]; do
    case "$1" in
        --long-chains) long_chains=1; shift ;;
        *) break ;;
    esac
done
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzQuery FuzzCSV FuzzJSONLines FuzzIngest)

scratch=.build-fuzz
build=("$SWIFT" build -c release --scratch-path "$scratch" --sanitize=fuzzer
       -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DLIBFUZZER)
for target in "${targets[@]}"; do
    "${build[@]}" --product "$target" || exit 1
done
bin="$("${build[@]}" --show-bin-path)"

export ASAN_OPTIONS="detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
# Swift's own backtracer would read the crashed process's memory under ASan and crash in turn.
export SWIFT_BACKTRACE=enable=no
failed=0
for target in "${targets[@]}"; do
    corpus=.fuzz/corpus/$target
    artifacts=.fuzz/artifacts/$target/
    mkdir -p "$corpus" "$artifacts"
    seeds=(Tests/Fuzz/corpus/"$target")
    options=(-max_total_time="$FUZZ_SECONDS" -max_len=200000 -timeout=30 -rss_limit_mb=4096
             -print_final_stats=1 -artifact_prefix="$artifacts")
    # FUZZ_FLAGS: more libFuzzer options, e.g. "-fork=1 -ignore_crashes=1" to go on past a crash.
    read -r -a extra <<< "${FUZZ_FLAGS:-}"
    options+=("${extra[@]}")
    if [ "$target" = FuzzQuery ]; then
        options+=(-dict=Tests/Fuzz/query.dict)
        if [ $long_chains = 1 ]; then
            rm -rf .fuzz/long-chains
            python3 Tests/Fuzz/long-chains.py .fuzz/long-chains "${LONG_CHAIN_TERMS:-100000}" || exit 1
            seeds+=(.fuzz/long-chains)
        fi
    fi
    echo "== $target, $FUZZ_SECONDS s" >&2
    # The first folder is where libFuzzer writes what it finds; the seeds are only read.
    if ! "$bin/$target" "${options[@]}" "$corpus" "${seeds[@]}"; then
        echo "== $target found something: see $artifacts" >&2
        failed=1
    fi
done
exit $failed
