#!/bin/bash
# The share of the development set's extracted figures and quantified targets that get a
# measure (issue 12), and the indicators most often left without one, so the vocabulary
# (Sources/TracuuIngest/Measures/measures.tsv) can grow. Run by make eval.
#   scripts/eval-measures.sh TRACUU DEVSET
set -euo pipefail
tracuu=$1 texts=$2/texts
share() {
    "$tracuu" --data "$texts" --format csv --no-header -c "$1 | count() as n, count(measure) as measured" 2> /dev/null \
        | awk -F, -v what="$2" '{ printf "%s %d of %d (%.0f%%)", what, $2, $1, $1 ? 100 * $2 / $1 : 0 }'
}
echo "measures: $(share metrics figures), $(share 'targets where indicator != ""' 'quantified targets')"
echo -n "indicators without a measure, most frequent first: "
"$tracuu" --data "$texts" --format tsv --no-header \
    -c 'metrics | group by measure, indicator | count() as n | sort n desc' 2> /dev/null \
    | awk -F'\t' '$1 == "" { printf "%s%s (%d)", (k++ ? ", " : ""), $2, $3 } k == 12 { exit }'
echo
