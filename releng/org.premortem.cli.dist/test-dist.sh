#!/usr/bin/env bash
# The tarball as a CI job uses it: unpacked into an empty folder outside the repository, run through bin/premortem
# with nothing else on the class path (no product, no workbench), the example copied beside it, and the class cache
# off as the README's CI snippets have it (preparing it costs a fresh job more than it saves; ./premortem's runs
# cover the cache).
#   test-dist.sh TARBALL EXAMPLE.premortem WORK
# Checks the contents (headless jars only: no SWT, JFace, Eclipse UI or Premortem UI bundle, no OSGi launcher),
# --version, validate --format sarif (exit code, valid SARIF with the rules) and report --format html, and the exit
# code of bad usage. Fails with a message naming the check.
set -euo pipefail
tarball=$1 example=$2 work=$3
jdk=${JAVA_HOME:?test-dist.sh needs JAVA_HOME (a JDK: it runs SarifCheck.java from source)}
here=$(cd "$(dirname "$0")" && pwd)

fail() { echo "test-dist: FAILED: $*" >&2; exit 1; }
pass() { echo "test-dist: ok: $*"; }

rm -rf "$work"
mkdir -p "$work/unpacked" "$work/job" "$work/cache"
tar -xzf "$tarball" -C "$work/unpacked"
dists=("$work"/unpacked/premortem-cli-*)
[ ${#dists[@]} -eq 1 ] && [ -d "${dists[0]}" ] || fail "the tarball does not hold exactly one premortem-cli-* folder"
dist=${dists[0]}
version=${dist##*/premortem-cli-}

# 1. Contents: only the headless jars.
[ -x "$dist/bin/premortem" ] || fail "bin/premortem is missing or not executable"
forbidden=$(tar -tzf "$tarball" | grep -E '/org\.eclipse\.(swt|ui|jface|e4|equinox|osgi)[._]|/org\.premortem\.(ui|editor|diagram|tables|rcp|compare|examples|examples\.ui|help|report\.ui|model\.edit)_' || true)
[ -z "$forbidden" ] || fail "workbench or OSGi jars in the tarball: $forbidden"
jars=$(find "$dist/lib" -maxdepth 1 -name '*.jar' | wc -l)
pass "contents: $jars jars, none of SWT, JFace, Eclipse UI, OSGi or the Premortem workbench"

# Everything below runs in the job folder, outside the repository, without PREMORTEM_HOME or a CLASSPATH.
cd "$work/job"
cp "$example" .
model=${example##*/}
export PREMORTEM_CACHE="$work/cache" PREMORTEM_CLASS_CACHE=off
unset PREMORTEM_HOME CLASSPATH

# 2. --version
status=0
out=$("$dist/bin/premortem" --version) || status=$?
[ $status -eq 0 ] || fail "--version exited with $status"
[[ "$out" == "Premortem ${version%-SNAPSHOT}"* ]] || fail "--version printed '$out', not Premortem $version"
pass "--version: $out"

# 3. validate --format sarif: the example has no error-level finding, so 0; with --fail-on info its warnings and
# notes fail the check, so 1.
status=0
"$dist/bin/premortem" validate "$model" --format sarif > premortem.sarif 2> validate.err || status=$?
[ $status -eq 0 ] || fail "validate --format sarif exited with $status: $(cat validate.err)"
[ ! -s validate.err ] || fail "validate wrote to standard error: $(cat validate.err)"
gson=("$dist"/lib/com.google.gson_*.jar)
summary=$("$jdk/bin/java" -cp "${gson[0]}" "$here/SarifCheck.java" premortem.sarif "$model") \
    || fail "premortem.sarif is not the expected SARIF log"
pass "validate --format sarif: exit 0, SARIF 2.1.0, $summary"
status=0
"$dist/bin/premortem" validate "$model" --fail-on info > /dev/null || status=$?
[ $status -eq 1 ] || fail "validate --fail-on info exited with $status, not 1"
pass "validate --fail-on info: exit 1"

# 4. report --format html into a folder of its own, the path printed.
status=0
out=$("$dist/bin/premortem" report "$model" --format html --out reports) || status=$?
[ $status -eq 0 ] || fail "report --format html exited with $status"
[ "$out" = "reports/${model%.premortem}.html" ] || fail "report printed '$out', not reports/${model%.premortem}.html"
[ -s "$out" ] && grep -q '<html' "$out" || fail "$out is missing or not HTML"
pass "report --format html: exit 0, $out ($(wc -c < "$out") bytes)"

# 5. Bad usage and bad input: 2.
status=0
"$dist/bin/premortem" validate missing.premortem 2> /dev/null || status=$?
[ $status -eq 2 ] || fail "validate of a missing file exited with $status, not 2"
status=0
"$dist/bin/premortem" no-such-command 2> /dev/null || status=$?
[ $status -eq 2 ] || fail "an unknown command exited with $status, not 2"
pass "a missing file and an unknown command: exit 2"

# 6. Out of memory is an internal error (70) with a hint, not 1, which a CI job would read as findings.
status=0
JAVA_TOOL_OPTIONS=-Xmx32m "$dist/bin/premortem" generate --ucas 1000000 --out big.premortem 2> oom.err \
    || status=$?
[ $status -eq 70 ] || fail "running out of memory exited with $status, not 70: $(tail -n 3 oom.err)"
grep -q "OutOfMemoryError.*JAVA_TOOL_OPTIONS" oom.err || fail "running out of memory said: $(tail -n 3 oom.err)"
pass "out of memory: exit 70 and how to give Java more"

# 7. PREMORTEM_CLASS_CACHE=off made no cache.
[ -z "$(ls -A "$work/cache")" ] || fail "a class cache was made in $work/cache although PREMORTEM_CLASS_CACHE=off"
pass "no class cache made with PREMORTEM_CLASS_CACHE=off"
