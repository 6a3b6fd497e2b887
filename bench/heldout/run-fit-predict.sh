#!/usr/bin/env bash
# The outside checker's path, one split at a time: fit the law on the smaller (or shorter-trained) runs of a table,
# `scaling fit SMALL.csv --out law.json`, predict every held-out larger (longer) run in one
# `scaling predict --law-file law.json --params N... --tokens D... --json`, and score the predictive 95% interval (ci95):
# the share of held-out losses inside it, and its mean relative half-width over the mean relative error.
# See bench/heldout/README.md.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
data=${SCALING_DATA:-$repo/../shared/data}
scaling=${SCALING:-dotnet $repo/src/ScalingLaws.Cli/bin/Release/net10.0/scaling.dll}
export DOTNET_EnableAVX512=${DOTNET_EnableAVX512:-0}
quantiles=(0.5 0.7)
backtest=false
only=""
rules_wanted="params tokens"
fit_args=()

usage() {
  cat <<EOF
usage: $0 [--backtest] [--only PATTERN] [--quantiles "0.5 0.7"] [--rules "params tokens"] [--fit-args "ARGS"]
       $0 [--backtest] --table LABEL CSV NCOL DCOL|C/6N:CCOL LOSSCOL [FILTER...]

Runs every default table (Porian's 15 IsoFLOP sweeps, Chinchilla, the four Pythia families) or the one given by --table.
FILTER: COLUMN=VALUE, COLUMN>=NUMBER, COLUMN<=NUMBER, or drop-highest=K (drop the K highest-loss rows of the table first).
--backtest  also run 'scaling backtest --json' on each table (by params; by tokens, or run-length when whole runs
            cannot be ordered by tokens) and print its all-cuts cell.
--only      run only the default tables whose label contains PATTERN.
--rules     the split rules to run: params, tokens, flops (compute C = 6ND: fit C ≤ cut, predict every row above; default "params tokens").
--fit-args  extra options for every 'scaling fit', e.g. "--backtest-by tokens".
Environment: SCALING (the command, default the JIT dll of this worktree), SCALING_DATA (default ../shared/data).
Split files and per-row results are written under a fresh /tmp/heldout.XXXXXX folder, named on standard error.
EOF
}

table_args=()
while (($#)); do
  case $1 in
    --backtest) backtest=true; shift ;;
    --only) only=$2; shift 2 ;;
    --quantiles) read -r -a quantiles <<<"$2"; shift 2 ;;
    --rules) rules_wanted=$2; shift 2 ;;
    --fit-args) read -r -a fit_args <<<"$2"; shift 2 ;;
    --table) shift; table_args=("$@"); break ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done

work=$(mktemp -d /tmp/heldout.XXXXXX)
echo "work folder: $work" >&2
results=$work/splits.jsonl
: >"$results"

# Reads a CSV (no quoted fields) into {header, rows: [{line, N, D, loss}]}, keeping the rows that pass every filter,
# in file order. drop-highest=K keeps the rows with loss below the K-th highest (Epoch's rule for Chinchilla).
read -r -d '' table_jq <<'JQ' || true
(split("\n") | map(rtrimstr("\r")) | map(select(length > 0))) as $lines
| ($lines[0] | split(",")) as $h
| ($h | to_entries | map({key: .value, value: .key}) | from_entries) as $ix
| def col($c): if $ix[$c] == null then error("no column '\($c)' in the header: \($h | join(","))") else $ix[$c] end;
  def cell($f; $c): $f[col($c)];
  ($filters | map(select(startswith("drop-highest=") | not)
    | capture("^(?<c>[^<>=]+)(?<op>>=|<=|=)(?<v>.*)$"))) as $conds
| ($filters | map(select(startswith("drop-highest=")) | ltrimstr("drop-highest=") | tonumber) | add // 0) as $drop
| [ $lines[1:][] | . as $line | split(",") as $f
    | select(all($conds[]; (cell($f; .c)) as $x
        | if .op == "=" then $x == .v elif .op == ">=" then ($x | tonumber) >= (.v | tonumber)
          else ($x | tonumber) <= (.v | tonumber) end))
    | (cell($f; $ncol) | tonumber) as $n
    | { line: $line, N: $n, loss: (cell($f; $lcol) | tonumber),
        D: (if ($dcol | startswith("C/6N:")) then (cell($f; $dcol | ltrimstr("C/6N:")) | tonumber) / (6 * $n)
            else cell($f; $dcol) | tonumber end) } ] as $rows
| (if $drop > 0 then ($rows | map(.loss) | sort | .[length - $drop]) else null end) as $limit
| { header: $lines[0], rows: (if $limit == null then $rows else $rows | map(select(.loss < $limit)) end) }
JQ

# One split of a table: the cut is the nearest-rank quantile $q of the distinct values of N (or D); fit on the rows at
# or below it, hold out the rows above it (for D: only rows of the N the fit saw). null when the split does not apply.
read -r -d '' split_jq <<'JQ' || true
.rows as $r
| def key: if $rule == "params" then .N elif $rule == "tokens" then .D else 6 * .N * .D end;
  ($r | map(key) | unique) as $u
| $u[((($q | tonumber) * ($u | length) - 1e-9) | ceil) - 1] as $cut
| ($r | map(select(key <= $cut))) as $fit
| ($fit | map(.N) | unique) as $fitN
| ($r | map(select(key > $cut and ($rule != "tokens" or (.N as $n | any($fitN[]; . == $n)))))) as $held
| if ($fitN | length) < 3 or ($held | length) == 0 then null
  else { cut: $cut, fitRows: ($fit | length), fitSizes: ($fitN | length), fit: [$fit[].line], held: [$held[] | {N, D, loss}] } end
JQ

# Scores one split: predict's predictions against the held-out rows, in the order they were asked.
read -r -d '' score_jq <<'JQ' || true
.[0] as $split | .[1].predictions as $p | .[2] as $fit | .[3] as $law
| if ($p | length) != ($split.held | length) then error("predict returned \($p | length) predictions for \($split.held | length) rows") else . end
| [range(0; $p | length) | {obs: $split.held[.].loss, N: $split.held[.].N, pred: $p[.].loss, ci: $p[.].ci95,
    combined: $p[.].extrapolation.combined, dN: ($p[.].params / $split.held[.].N - 1 | fabs)}] as $rows
| if any($rows[]; .dN > 1e-9) then error("predict's params do not match the held-out rows") else . end
| ($rows | map(select(.ci != null)) | map(. + {covered: (.obs >= .ci[0] and .obs <= .ci[1]),
    err: ((.obs - .pred) / .obs | fabs), hw: ((.ci[1] - .ci[0]) / 2 / .pred)})) as $s
| { table: $table, rule: $rule, q: ($q | tonumber), cut: $split.cut, fitRows: $split.fitRows, fitRuns: $fit.runs,
    fitSizes: $split.fitSizes, held: ($rows | length), scored: ($s | length), covered: ($s | map(select(.covered)) | length),
    sumErr: ($s | map(.err) | add // 0), sumHw: ($s | map(.hw) | add // 0),
    meanCombined: (($s | map(.combined) | add // 0) / ([($s | length), 1] | max)),
    source: $law.extrapolation.source, sigma0: $law.extrapolation.sigma0, slope: $law.extrapolation.slope,
    multiplier: $law.extrapolation.multiplier, status: $fit.status, rows: $s }
JQ

# Runs the splits of one table. Arguments: LABEL CSV NCOL DCOL LOSSCOL [FILTER...].
check_table() {
  local label=$1 csv=$2 ncol=$3 dcol=$4 lcol=$5; shift 5
  local dir=$work/${label//[^A-Za-z0-9_.-]/_}
  mkdir -p "$dir"
  jq -R -s --arg ncol "$ncol" --arg dcol "$dcol" --arg lcol "$lcol" --argjson filters "$(jq -n '$ARGS.positional' --args "$@")" \
    "$table_jq" "$csv" >"$dir/table.json"
  jq -r '.header, .rows[].line' "$dir/table.json" >"$dir/table.csv"
  local rules=()
  [[ " $rules_wanted " == *" params "* ]] && rules+=(params)
  [[ " $rules_wanted " == *" flops "* ]] && rules+=(flops)
  # several D per N: at least half of the distinct sizes were measured at two or more token counts
  if [[ " $rules_wanted " == *" tokens "* ]] \
    && jq -e '.rows | group_by(.N) | (map(select(map(.D) | unique | length > 1)) | length) * 2 >= length' "$dir/table.json" >/dev/null; then
    rules+=(tokens)
  fi
  local rule q
  for rule in "${rules[@]}"; do
    for q in "${quantiles[@]}"; do
      local s=$dir/$rule-$q
      jq --arg rule "$rule" --arg q "$q" "$split_jq" "$dir/table.json" >"$s.split.json"
      if [[ $(jq -r 'type' "$s.split.json") == null ]]; then
        echo "$label by $rule at q=$q: skipped (fewer than 3 fitted sizes or nothing held out)" >&2
        continue
      fi
      jq -r '.header' "$dir/table.json" >"$s.small.csv"
      jq -r '.fit[]' "$s.split.json" >>"$s.small.csv"
      local rc=0
      $scaling fit "$s.small.csv" --out "$s.law.json" --json --quiet "${fit_args[@]}" >"$s.fit.json" 2>"$s.fit.err" || rc=$?
      if [[ ! -f $s.law.json ]]; then
        jq -c --arg table "$label" --arg rule "$rule" --arg q "$q" '{table: $table, rule: $rule, q: ($q | tonumber), held: (.held | length), noLaw: true}' \
          "$s.split.json" >>"$results"
        printf '%s\t%s q=%s\t%s\t%s\t%s\t-\t-\t-\t-\t-\t-\tno law file (fit exit %s): %s\n' "$label" "$rule" "$q" \
          "$(jq -r .cut "$s.split.json")" "$(jq -r '"\(.fitRows) (\(.fitSizes) sizes)"' "$s.split.json")" "$(jq -r '.held | length' "$s.split.json")" \
          "$rc" "$(sed -e 's/^error: //' -e 's/^--out [^ ]* not written: //' "$s.fit.err" | head -c 200)"
        continue
      fi
      mapfile -t ns < <(jq -r '.held[].N' "$s.split.json")
      mapfile -t ds < <(jq -r '.held[].D' "$s.split.json")
      if ! $scaling predict --law-file "$s.law.json" --params "${ns[@]}" --tokens "${ds[@]}" --json >"$s.predict.json" 2>"$s.predict.err"; then
        echo "$label by $rule at q=$q: predict failed: $(head -c 300 "$s.predict.err")" >&2
        continue
      fi
      jq -s -c --arg table "$label" --arg rule "$rule" --arg q "$q" "$score_jq" \
        "$s.split.json" "$s.predict.json" "$s.fit.json" "$s.law.json" >>"$results"
      print_split "$(tail -n 1 "$results")"
    done
    if $backtest; then
      local by=$rule
      # a table of checkpoints holds whole runs that all span the tokens: cut every run at the same token count instead
      if ! $scaling backtest "$dir/table.csv" --backtest-by "$by" --json --quiet >"$dir/backtest-$rule.json" 2>"$dir/backtest-$rule.err" \
        && [[ $rule == tokens ]] && grep -q "too few distinct run lengths" "$dir/backtest-$rule.err"; then
        by=run-length
        $scaling backtest "$dir/table.csv" --backtest-by "$by" --json --quiet >"$dir/backtest-$rule.json" 2>"$dir/backtest-$rule.err" || true
      fi
      jq -r --arg t "$label" --arg r "$by" \
        '.summary as $s | "\($t)\tbacktest by \($r)\tall cuts\t\($s.rows // "")\t\(($s.coverage * 1000 | round) / 10)%\t\(($s.widthRatio * 100 | round) / 100)x\t\(($s.meanRelativeError * 10000 | round) / 100)%"' \
        "$dir/backtest-$rule.json" 2>/dev/null || echo "$label	backtest by $by failed: $(head -c 300 "$dir/backtest-$rule.err")"
    fi
  done
}

print_header() {
  printf '%s\n' "table	split	cut	fitted rows (runs, sizes)	held out	scored	covered	ratio	mean error	mean half-width	error model	status"
}

# One line per split: covered % of the scored rows (those given a ci95), half-width ÷ error of their means.
print_split() {
  jq -r '"\(.table)\t\(.rule) q=\(.q)\t\(.cut)\t\(.fitRows) (\(.fitRuns), \(.fitSizes))\t\(.held)\t\(.scored)\t"
    + (if .scored == 0 then "-\t-\t-\t-" else
       "\((.covered / .scored * 1000 | round) / 10)%\t\((.sumHw / .sumErr * 100 | round) / 100)x\t\((.sumErr / .scored * 10000 | round) / 100)%\t\((.sumHw / .scored * 10000 | round) / 100)%" end)
    + "\t\(.source) s0=\((.sigma0 * 1000 | round) / 1000) k=\((.slope * 1000 | round) / 1000) m=\((.multiplier * 100 | round) / 100)\t\(.status)"' <<<"$1"
}

# Pooled over every split (each held-out row once per split), and per rule; the splits whose fit wrote no law file
# are counted beside them (their held-out rows got no prediction at all).
print_pooled() {
  jq -s -r '
    def line($name; $ys): ($ys | map(select(.noLaw | not))) as $xs | ($ys | map(select(.noLaw))) as $no
      | ($xs | map(.scored) | add) as $n | ($xs | map(.covered) | add) as $c
      | ($xs | map(.sumErr) | add) as $e | ($xs | map(.sumHw) | add) as $w
      | "pooled\t\($name)\t\($xs | length) splits" + (if ($no | length) > 0 then " (+\($no | length) without a law file, \($no | map(.held) | add) rows)" else "" end)
        + "\t\t\($xs | map(.held) | add)\t\($n)\t\(($c / $n * 1000 | round) / 10)%\t\(($w / $e * 100 | round) / 100)x\t\(($e / $n * 10000 | round) / 100)%\t\(($w / $n * 10000 | round) / 100)%";
    map(select(.noLaw or .scored > 0)) as $all
    | line("all"; $all),
      ($all | group_by(.rule)[] | line("by \(.[0].rule)"; .)),
      ($all | group_by(.table | startswith("porian"))[] | line(if .[0].table | startswith("porian") then "porian" else "other tables" end; .))' "$results"
}

# Pythia as a CSV of model, params, step, tokens, loss = log2(perplexity), checkpoints from 10B tokens (the backtests' cut).
pythia_table() {
  local src=$1 ppl=$2 deduped=$3 out=$4
  jq -R -s -r --arg ppl "$ppl" --arg deduped "$deduped" '
    (split("\n") | map(rtrimstr("\r")) | map(select(length > 0))) as $l | ($l[0] | split(",")) as $h
    | ($h | to_entries | map({key: .value, value: .key}) | from_entries) as $i
    | "model,params,step,tokens,loss",
      ($l[1:][] | split(",") | select(.[$i.deduped] == $deduped and (.[$i.tokens] | tonumber) >= 1e10)
        | "\(.[$i.model]),\(.[$i.params]),\(.[$i.step]),\(.[$i.tokens]),\(.[$i[$ppl]] | tonumber | log2)")' "$src" >"$out"
}

start=$(date +%s)
print_header
if ((${#table_args[@]})); then
  check_table "${table_args[@]}"
else
  porian=$data/porian/isoflop_points.csv
  for sc in summary_df:0 summary_df:1 summary_df:2 summary_df:3 summary_df:4 \
            summary_df_owt2:0 summary_df_owt2:1 summary_df_owt2:2 summary_df_owt2:3 summary_df_owt2:4 \
            summary_df_att:0 summary_df_att:1 summary_df_att:2 summary_df_att:3 summary_df_kaplan_tuned_hparams:0; do
    label="porian/${sc%%:*}/${sc##*:}"
    [[ -z $only || $label == *"$only"* ]] || continue
    check_table "$label" "$porian" params tokens loss "source=${sc%%:*}" "config_index=${sc##*:}"
  done
  if [[ -z $only || chinchilla == *"$only"* ]]; then
    check_table chinchilla "$data/chinchilla-epoch/svg_extracted_data.csv" "Model Size" "C/6N:Training FLOP" loss drop-highest=5
  fi
  for fam in Pythia:v1:false Pythia-deduped:v1:true Pythia-v0:v0:false Pythia-v0-deduped:v0:true; do
    IFS=: read -r name ver dedup <<<"$fam"
    [[ -z $only || $name == *"$only"* ]] || continue
    if [[ $ver == v1 ]]; then src=$data/pythia/pythia_v1_lambada.csv; ppl=lambada_ppl; else src=$data/pythia/pythia_v0_wikitext.csv; ppl=word_perplexity; fi
    pythia_table "$src" "$ppl" "$dedup" "$work/$name.csv"
    check_table "$name" "$work/$name.csv" params tokens loss
  done
fi
[[ -s $results ]] && print_pooled
echo "wall time: $(( $(date +%s) - start )) s" >&2
