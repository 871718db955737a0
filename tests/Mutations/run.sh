#!/usr/bin/env bash
# Mutation check: proves the tests can fail. Each mutant of tests/Mutations/mutants.txt is one deliberate bug (a
# find/replace in one file); for each, the targeted tests must FAIL. A mutant they survive is a rule they do not check.
#
#   tests/Mutations/run.sh            the CI subset (mutants marked `ci`)
#   tests/Mutations/run.sh --all      every mutant
#   tests/Mutations/run.sh --list     list the mutants (id, ci, file, tests, rule) and exit
#   tests/Mutations/run.sh ID...      only the mutants named
#   --no-build                        skip the up-front build (the test projects are already built in Release)
#
# Steps: build the targeted test projects once; a baseline (every targeted filter passes on the unmutated code: a
# mutant "killed" by a test that already fails proves nothing); then per mutant: apply it, rebuild the test
# project(s) incrementally, run only the targeted tests, restore the file. A mutant that does not compile fails the
# run (fix the list). Files are restored on every exit (error, Ctrl-C) and checked with `git diff --quiet`; at the
# end the projects are rebuilt so bin/ matches the sources again. Exit status: 0 when every mutant was killed.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

list=tests/Mutations/mutants.txt
mode=ci build=1 only=()
for arg in "$@"; do
  case $arg in
    --all) mode=all ;;
    --list) mode=list ;;
    --no-build) build=0 ;;
    -h | --help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "run.sh: unknown option '$arg' (see --help)" >&2; exit 2 ;;
    *) only+=("$arg") ;;
  esac
done

die() { echo "mutations: $*" >&2; exit 1; }

# --- the list -----------------------------------------------------------------------------------------------------
ids=() ci=() files=() tests=() rules=() finds=() replaces=()
declare -A seen=()
parse() {
  local line state=top n=0 lineno=0 id='' text=''
  local -a cur_tests=()
  finish() {
    [[ -n $id ]] || return 0
    [[ -n ${files[n]} && ${#cur_tests[@]} -gt 0 && -n ${rules[n]} ]] || die "$list: mutant '$id' needs file, test and rule lines"
    tests[n]=$(printf '%s\n' "${cur_tests[@]}")
    id='' cur_tests=()
  }
  while IFS= read -r line || [[ -n $line ]]; do
    lineno=$((lineno + 1))
    case $state in
      top)
        case $line in
          '' | '#'*) ;;
          'mutant '*)
            finish
            read -r _ id flag rest <<<"$line"
            [[ -z ${rest:-} && ( -z ${flag:-} || $flag == ci ) ]] || die "$list:$lineno: expected 'mutant <id> [ci]'"
            [[ -z ${seen[$id]:-} ]] || die "$list:$lineno: mutant '$id' is listed twice"
            seen[$id]=1 n=${#ids[@]}
            ids+=("$id") ci+=("${flag:-}") files+=('') tests+=('') rules+=('') finds+=('') replaces+=('') ;;
          'file '* | 'test '* | 'rule '*)
            [[ -n $id ]] || die "$list:$lineno: '${line%% *}' outside a mutant"
            case $line in
              'file '*) files[n]=${line#file } ;;
              'test '*) cur_tests+=("${line#test }") ;;
              'rule '*) rules[n]=${line#rule } ;;
            esac ;;
          '--- find') [[ -n $id ]] || die "$list:$lineno: '--- find' outside a mutant"; state=find text='' ;;
          *) die "$list:$lineno: unexpected line: $line" ;;
        esac ;;
      find | replace)
        if [[ $state == find && $line == '--- replace' ]]; then
          finds[n]=${text%$'\n'} state=replace text=''
        elif [[ $state == replace && $line == '--- end' ]]; then
          replaces[n]=${text%$'\n'} state=top
        elif [[ $line == '--- '* ]]; then
          die "$list:$lineno: mutant '$id': unexpected '$line' (the order is --- find, --- replace, --- end)"
        else
          text+=$line$'\n'
        fi ;;
    esac
  done <"$list"
  [[ $state == top ]] || die "$list: mutant '$id' is not closed by '--- end'"
  finish
}
parse

selected=()
for i in "${!ids[@]}"; do
  if ((${#only[@]})); then
    for want in "${only[@]}"; do [[ ${ids[i]} == "$want" ]] && selected+=("$i"); done
  elif [[ $mode == all || $mode == list || ${ci[i]} == ci ]]; then
    selected+=("$i")
  fi
done
for want in "${only[@]}"; do [[ -n ${seen[$want]:-} ]] || die "no mutant '$want' in $list (see --list)"; done
((${#selected[@]})) || die "no mutant selected"

if [[ $mode == list ]]; then
  for i in "${selected[@]}"; do
    printf '%-40s %-3s %s\n    rule: %s\n' "${ids[i]}" "${ci[i]}" "${files[i]}" "${rules[i]}"
    while IFS= read -r t; do printf '    test: %s\n' "$t"; done <<<"${tests[i]}"
  done
  exit 0
fi

# --- checks before anything is touched ----------------------------------------------------------------------------
count_of() { # occurrences of $2 in the text $1
  local text=$1 find=$2 n=0
  while [[ $text == *"$find"* ]]; do text=${text#*"$find"} n=$((n + 1)); done
  echo "$n"
}
projects=()
declare -A project_seen=() runs_seen=()
runs=()
for i in "${selected[@]}"; do
  f=${files[i]}
  [[ -f $f ]] || die "mutant '${ids[i]}': no file $f"
  git diff --quiet -- "$f" && git diff --cached --quiet -- "$f" \
    || die "mutant '${ids[i]}': $f has uncommitted changes; commit or stash them first (the file is restored from, and checked against, git)"
  IFS= read -r -d '' content <"$f" || true
  [[ -n ${finds[i]} ]] || die "mutant '${ids[i]}': empty find text"
  n=$(count_of "$content" "${finds[i]}")
  [[ $n == 1 ]] || die "mutant '${ids[i]}': the find text occurs $n times in $f (it must occur exactly once: fix the list)"
  while IFS= read -r t; do
    p=${t%% *}
    [[ -d $p || -f $p ]] || die "mutant '${ids[i]}': no test project $p"
    [[ -n ${project_seen[$p]:-} ]] || { project_seen[$p]=1; projects+=("$p"); }
    [[ -n ${runs_seen[$t]:-} ]] || { runs_seen[$t]=1; runs+=("$t"); }
  done <<<"${tests[i]}"
done

# --- restore on every exit ----------------------------------------------------------------------------------------
backup_dir=$(mktemp -d)
mutated='' # the one file currently mutated, if any
restore() {
  if [[ -n $mutated ]]; then
    cp "$backup_dir/file" "$mutated"
    git diff --quiet -- "$mutated" || { echo "mutations: $mutated differs from git after restoring it: check it by hand" >&2; return 1; }
    mutated=''
  fi
}
cleanup() {
  local status=$?
  restore || status=1
  rm -rf "$backup_dir"
  exit "$status"
}
trap cleanup EXIT
trap 'echo "mutations: interrupted" >&2; exit 130' INT TERM

log=$backup_dir/log
build_projects() { # $@: projects; prints the log on failure
  local p
  for p in "$@"; do
    dotnet build "$p" -c Release --no-restore --nologo -v quiet >"$log" 2>&1 || return 1
  done
}
# dotnet test prints "  Failed <test name> [<time>]" for each failed test.
failed_tests() { sed -nE 's/^ +Failed (.+) \[[^]]*\]$/\1/p' "$1"; }
run_tests() { # $1: "project [filter]"; output in $log; returns dotnet test's status
  local p=${1%% *} filter=''
  [[ $1 == *' '* ]] && filter=${1#* }
  dotnet test "$p" -c Release --no-build --no-restore --nologo ${filter:+--filter "$filter"} >"$log" 2>&1
}

started=$SECONDS
if ((build)); then
  echo "mutations: building ${projects[*]}"
  for p in "${projects[@]}"; do
    dotnet build "$p" -c Release --nologo -v quiet >"$log" 2>&1 || { cat "$log"; die "the unmutated code does not build ($p)"; }
  done
fi

echo "mutations: baseline (the targeted tests pass on the unmutated code)"
for t in "${runs[@]}"; do
  if ! run_tests "$t"; then
    grep -E '^ +Failed |error' "$log" | head -20 >&2 || true
    die "baseline failed: $t (a mutant killed by an already-failing test proves nothing: fix the tests first)"
  fi
  passed=$(sed -nE 's/.*Passed: +([0-9]+),.*/\1/p' "$log" | head -1)
  [[ ${passed:-0} -gt 0 ]] || die "baseline: no test matched: $t (fix the filter)"
  echo "  ok: ${passed} tests: $t"
done

killed=0 survived=0
for i in "${selected[@]}"; do
  id=${ids[i]} f=${files[i]} mutant_started=$SECONDS
  cp "$f" "$backup_dir/file"
  mutated=$f
  IFS= read -r -d '' content <"$f" || true
  printf '%s' "${content/"${finds[i]}"/"${replaces[i]}"}" >"$f"

  mapfile -t mutant_runs <<<"${tests[i]}"
  mutant_projects=()
  for t in "${mutant_runs[@]}"; do mutant_projects+=("${t%% *}"); done
  if ! build_projects "${mutant_projects[@]}"; then
    grep -E 'error' "$log" | sort -u | head -10 >&2 || true
    die "mutant '$id' does not compile: fix the list (a compile error is not a test failure)"
  fi

  names=() crashed=''
  for t in "${mutant_runs[@]}"; do
    if ! run_tests "$t"; then
      mapfile -t failed < <(failed_tests "$log")
      ((${#failed[@]})) && names+=("${failed[@]}") || crashed+=" ${t%% *}"
    fi
  done
  restore

  elapsed=$((SECONDS - mutant_started))
  if ((${#names[@]})); then
    killed=$((killed + 1))
    shown=$(printf '%s, ' "${names[@]:0:3}")
    ((${#names[@]} > 3)) && shown+="… "
    printf '%-40s killed by %d tests (%s) [%d s]\n' "$id" "${#names[@]}" "${shown%, }" "$elapsed"
  elif [[ -n $crashed ]]; then
    killed=$((killed + 1))
    printf '%-40s killed: the test run failed without naming a test (%s) [%d s]\n' "$id" "${crashed# }" "$elapsed"
  else
    survived=$((survived + 1))
    printf '%-40s SURVIVED: %s (%s)\n' "$id" "${rules[i]}" "${files[i]}"
  fi
done

# bin/ back to the unmutated code (only what the last restores made stale is recompiled).
build_projects "${projects[@]}" || { cat "$log"; die "the restored code does not build"; }

echo "mutants: $killed killed, $survived survived ($((SECONDS - started)) s)"
((survived == 0))
