#!/usr/bin/env bash
# The install test: Premortem's update site into an Eclipse IDE stand-in with the IDE's own p2 director, as
#   eclipse -application org.eclipse.equinox.p2.director -repository ... -installIU ...
# would do it; then a check, an update from a higher-versioned copy of the site, a check, an uninstall and a last check.
# Usage: install-test.sh IDE SITE WORK
#   IDE   the materialized stand-in (target/products/org.premortem.installtest.ide/linux/gtk/x86_64); copied, not changed
#   SITE  the update site (releng/org.premortem.site/target/repository)
#   WORK  a scratch folder (emptied first)
# Needs JAVA_HOME (or java on PATH) >= 21. Exits 0 when every step passed.
set -euo pipefail
ide_built=$(readlink -f "$1"); site=$(readlink -f "$2"); work=$3
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
jartool=${JAVA_HOME:+$JAVA_HOME/bin/}jar   # the JDK's, so that no zip or unzip need be installed
profile=SDKProfile
started=$(date +%s)

step() { echo "install-test: [$(( $(date +%s) - started ))s] $*"; }
die() { echo "install-test: FAILED: $*" >&2; exit 1; }

[ -d "$site/plugins" ] || die "no update site at $site (build releng/org.premortem.site first)"
[ -d "$ide_built/plugins" ] || die "no IDE stand-in at $ide_built"
rm -rf "$work"; mkdir -p "$work"; work=$(readlink -f "$work")
ide=$work/ide
cp -a "$ide_built" "$ide"
launcher=$(ls "$ide"/plugins/org.eclipse.equinox.launcher_*.jar | head -1)

# Runs an application of the installation; its console goes to a log (shown when it fails).
eclipse() {
    local log=$1; shift
    if ! "$java" -Xmx1g -Djava.awt.headless=true -jar "$launcher" -nosplash -consoleLog -data "$work/workspace" "$@" \
            >"$work/$log.log" 2>&1; then
        cat "$work/$log.log"; die "$log (log: $work/$log.log)"
    fi
}
director() { local log=$1; shift; eclipse "$log" -application org.eclipse.equinox.p2.director -destination "$ide" -profile "$profile" "$@"; }
bundles_info() { sort "$ide/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" | grep -v '^#'; }

# What the checker expects, from the sources: our bundles (features), rules, exporters and importers (plugin.xml).
ours=$(cat "$root"/features/*/feature.xml | grep -o '<plugin id="org\.premortem\.[^"]*"' | sort -u | wc -l)
rules=$(cat "$root"/bundles/*/plugin.xml | grep -c '<rule ')
exporters=$(cat "$root"/bundles/*/plugin.xml | grep -o '<exporter id="[^"]*"' | sed 's/.*id="//; s/"//' | sort | paste -sd,)
importers=$(cat "$root"/bundles/*/plugin.xml | grep -o '<importer id="[^"]*"' | sed 's/.*id="//; s/"//' | sort | paste -sd,)
example=$root/bundles/org.premortem.examples/projects/dynamodb-dns/dynamodb-dns.premortem
expected=$root/tests/org.premortem.cli.tests/expected/dynamodb-dns.validate.txt
check() {
    local log=$1; shift
    eclipse "$log" -clean -application org.premortem.installtest.checker.check "$@" -bundles "$ours" -rules "$rules" \
        -exporters "$exporters" -importers "$importers" -example "$example" -expected "$expected" -work "$work/$log"
    grep '^checker:' "$work/$log.log" | sed 's/^/install-test:   /'
    grep -q '^checker: .*all checks passed' "$work/$log.log" || die "$log"
}

version=$(ls "$site"/features/ | sed -n 's/^org\.premortem\.feature_\(.*\)\.jar$/\1/p')
[ -n "$version" ] || die "no org.premortem.feature in $site/features"
features="org.premortem.feature.feature.group,org.premortem.ui.feature.feature.group"
bundles_info >"$work/bundles.before"
step "IDE stand-in: $(wc -l <"$work/bundles.before") bundles; site: Premortem $version, $ours bundles of ours"

step "install from $site"
director install -repository "file:$site" -installIU "$features"
# Installing Premortem must not take away or replace any bundle the IDE had (p2 may swap a bundle that nothing holds
# to its exact version for one of ours that exports the same packages).
bundles_info >"$work/bundles.installed"
if comm -23 "$work/bundles.before" "$work/bundles.installed" | grep .; then
    die "installing Premortem removed or replaced the IDE's bundles above"
fi
check check-installed -check installed -version "$version"

# A higher-versioned site: the same jars with our qualifier replaced by one of the same length that sorts after it
# (a lower-case letter first), published by the IDE's own p2 publisher. Same length: manifests keep their line breaks.
qualifier=${version##*.}; next=z${qualifier:1}; version2=${version%.*}.$next
step "update to $version2"
mkdir -p "$work/site2-src/plugins" "$work/site2-src/features"
for jar in "$site"/plugins/*.jar "$site"/features/*.jar; do
    kind=$(basename "$(dirname "$jar")"); name=$(basename "$jar")
    case $name in
        org.premortem.*_"$version".jar)
            dir=$work/bump/${name%.jar}; mkdir -p "$dir"; (cd "$dir" && "$jartool" -x -f "$jar")
            for f in "$dir"/META-INF/MANIFEST.MF "$dir"/feature.xml; do
                [ -f "$f" ] && sed -i "s/$version/$version2/g" "$f"
            done
            # -M: the bundle's own manifest goes in as it is, not one made by the jar tool
            "$jartool" -c -M -f "$work/site2-src/$kind/${name/$version/$version2}" -C "$dir" .
            ;;
        *) cp "$jar" "$work/site2-src/$kind/" ;;
    esac
done
eclipse publish -application org.eclipse.equinox.p2.publisher.FeaturesAndBundlesPublisher \
    -metadataRepository "file:$work/site2" -artifactRepository "file:$work/site2" -source "$work/site2-src" \
    -publishArtifacts -compress
director update -repository "file:$work/site2" \
    -uninstallIU "org.premortem.feature.feature.group/$version,org.premortem.ui.feature.feature.group/$version" \
    -installIU "org.premortem.feature.feature.group/$version2,org.premortem.ui.feature.feature.group/$version2"
check check-updated -check installed -version "$version2"

step "uninstall"
director uninstall -uninstallIU "$features"
check check-uninstalled -check uninstalled
bundles_info >"$work/bundles.after"
if ! diff "$work/bundles.before" "$work/bundles.after" >"$work/bundles.diff"; then
    cat "$work/bundles.diff"; die "the bundles of the installation differ from before the install"
fi
# p2 leaves the jars of what it uninstalled on disk until its garbage collector runs (an IDE runs it on a later
# provisioning operation); run it, as "Uninstall" followed by a restart would, then nothing of Premortem may be left.
eclipse gc -application org.eclipse.equinox.p2.garbagecollector.application -profile "$profile"
left=$(ls "$ide/plugins" "$ide/features" | grep -c '^org\.premortem\.' || true)
# The checker's own bundle is part of the stand-in.
[ "$left" -le 1 ] || { ls "$ide/plugins" "$ide/features" | grep '^org\.premortem\.'; die "files of Premortem left in $ide"; }
step "passed: installed, updated and uninstalled; the installation has the bundles it had before"
