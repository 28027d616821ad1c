#!/usr/bin/env bash
# Packs premortem-cli-VERSION.tar.gz from the jars the product build materialized: the headless bundles that
# releng/scripts/headless.sh lists (the same list ./premortem runs on), nothing else, beside the launcher.
#   assemble.sh PLUGINS SCRIPTS VERSION TARGET
# PLUGINS the product's plugins/ folder, SCRIPTS releng/scripts, TARGET the module's target/ folder.
# Layout: premortem-cli-VERSION/{bin/premortem, lib/*.jar, lib/scripts/*.sh, README.txt}
set -euo pipefail
plugins=$1 scripts=$2 version=$3 target=$4

name=premortem-cli-$version
stage=$target/cli-dist
dist=$stage/$name
rm -rf "$stage"
mkdir -p "$dist/bin" "$dist/lib/scripts"

# shellcheck source=releng/scripts/headless.sh
. "$scripts/headless.sh"
for bundle in "${PREMORTEM_HEADLESS_BUNDLES[@]}" "${PREMORTEM_CACHE_TOOL_BUNDLES[@]}"; do
    premortem_bundle_jar "$plugins" "$bundle"
    # Hard links when the file system allows: the jars are the product's, byte for byte, and copying 50 MB is not free.
    ln "$REPLY" "$dist/lib/" 2>/dev/null || cp "$REPLY" "$dist/lib/"
done
cp "$scripts/headless.sh" "$scripts/class-cache.sh" "$scripts/find-jdk.sh" "$dist/lib/scripts/"
cp "$scripts/premortem-cli" "$dist/bin/premortem"
chmod 755 "$dist/bin/premortem"
cat > "$dist/README.txt" <<EOF
Premortem $version, headless command line (no workbench, no display).

Needs a Java 21 or newer (a JRE will do): JAVA_HOME, else the java on the PATH or one under /usr/lib/jvm.

    bin/premortem --help
    bin/premortem validate analysis.premortem --format sarif > premortem.sarif
    bin/premortem report analysis.premortem --format html,pdf --out reports

Exit codes: 0 success; 1 a check failed (validate: a finding reaches --fail-on; diff: the files differ;
merge: conflicts); 2 bad usage or bad input; 70 an internal error (a bug: please report it with the stack trace).

The first command run by a user makes a JVM class cache in ~/.cache/premortem (PREMORTEM_CACHE chooses the folder,
PREMORTEM_CLASS_CACHE=off disables it). The jars in lib/ are the product's bundles; their licenses are in the jars.
See "Premortem in CI" in the project's README.md.
EOF

# Reproducible archive: sorted names, one timestamp, no owner names, no gzip time stamp.
tar --sort=name --mtime='2026-01-01 00:00:00Z' --owner=0 --group=0 --numeric-owner -C "$stage" -cf - "$name" \
    | gzip -n > "$target/$name.tar.gz"
echo "assemble: $target/$name.tar.gz ($(find "$dist/lib" -name '*.jar' | wc -l) jars, $(du -h "$target/$name.tar.gz" | cut -f1))"
