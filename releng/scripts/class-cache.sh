# Sourced by ./premortem: a per-user JVM class cache that lets headless commands start in a fraction of the time.
#
# The first headless run after a build copies the headless jars into ~/.cache/premortem/cli-KEY/lib without their
# signatures and with class files older than Java 6 upgraded (the JVM leaves classes of signed jars, such as
# Eclipse's EMF, and of Java 5 jars, such as picocli, out of its caches; see org.premortem.cli.CacheCopies), then
# records a short training run (org.premortem.cli.StartupTraining: the common commands on a small generated
# analysis) into an AOT cache (Java 25 and newer) or a CDS archive (Java 21 to 24). Later runs map their classes loaded and linked from it.
# KEY covers the JDK and the class path, whose jar names carry the build's qualifier: a new build or JDK gets a new
# cache. Any failure only means running without the cache. PREMORTEM_CLASS_CACHE=off disables it; PREMORTEM_CACHE
# chooses the folder.

# JVM options of every headless run; the cache is recorded with the same ones, as the JVM requires.
PREMORTEM_JVM_OPTIONS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Djava.awt.headless=true)

# premortem_class_cache JDK CLASSPATH [ASM_JAR]: sets PREMORTEM_CLASSPATH and PREMORTEM_CACHE_OPTIONS (an array) for running
# with the cache, preparing the cache first if needed; without a cache they are CLASSPATH and empty. Starts as few
# processes as it can (one, cksum): each costs milliseconds on a busy machine.
premortem_class_cache() {
    local jdk=$1 classpath=$2 asm=${3:-} base key dir release=0 version=""
    PREMORTEM_CLASSPATH=$classpath
    PREMORTEM_CACHE_OPTIONS=()
    [ "${PREMORTEM_CLASS_CACHE:-on}" != off ] || return 0
    premortem_read_release "$jdk"
    base=${PREMORTEM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/premortem}
    key=$(printf '%s\n%s\n%s\n' "$jdk" "$version" "$classpath" | cksum)
    dir="$base/cli-${key%% *}"
    if [ ! -f "$dir/ready" ]; then
        premortem_prepare_class_cache "$jdk" "$release" "$classpath" "$dir" "$asm" >/dev/null 2>&1 || return 0
    fi
    IFS= read -r PREMORTEM_CLASSPATH < "$dir/classpath" || true
    if [ "$release" -ge 25 ]; then
        PREMORTEM_CACHE_OPTIONS=("-XX:AOTCache=$dir/premortem.aot" -Xlog:aot=off -Xlog:cds=off)
    else
        PREMORTEM_CACHE_OPTIONS=("-XX:SharedArchiveFile=$dir/premortem.jsa" -Xlog:cds=off)
    fi
}

# Sets the caller's "release" (feature release, 0 if unknown) and "version" (exact runtime version) from the JDK's
# release file, without starting a process.
premortem_read_release() {
    local line
    [ -r "$1/release" ] || return 0
    while IFS= read -r line; do
        if [[ "$line" =~ ^JAVA_RUNTIME_VERSION=\"(.*)\" ]]; then
            version=${BASH_REMATCH[1]}
        elif [[ "$line" =~ ^JAVA_VERSION=\"(1\.)?([0-9]+) ]]; then
            release=${BASH_REMATCH[2]}
        fi
    done < "$1/release"
}

# Builds the cache in DIR: cache copies of the jars, their class path, then the recorded training run. The folder
# is filled under a temporary name and renamed into place before training (the cache remembers its jars' paths);
# "ready" is written last. Concurrent first runs: one wins the rename, the others run without the cache.
premortem_prepare_class_cache() {
    local jdk=$1 release=$2 classpath=$3 dir=$4 asm=$5 work jar copies="" jars
    if [ -d "$dir" ]; then
        # A preparation that died halfway leaves no "ready"; give it ten minutes, then start over.
        [ -n "$(find "$dir" -maxdepth 0 -mmin +10)" ] || return 1
        rm -rf "$dir"
    fi
    mkdir -p "${dir%/*}" && work=$(mktemp -d "$dir.XXXXXX") || return 1
    IFS=: read -ra jars <<< "$classpath"
    if ! "$jdk/bin/java" "${PREMORTEM_JVM_OPTIONS[@]}" -cp "$classpath${asm:+:$asm}" org.premortem.cli.CacheCopies \
            "$work/lib" "${jars[@]}"; then
        rm -rf "$work"
        return 1
    fi
    for jar in "${jars[@]}"; do
        copies+="${copies:+:}$dir/lib/${jar##*/}"
    done
    printf '%s' "$copies" > "$work/classpath"
    mv -T "$work" "$dir" 2>/dev/null || { rm -rf "$work"; return 1; }
    if [ "$release" -ge 25 ]; then
        "$jdk/bin/java" "${PREMORTEM_JVM_OPTIONS[@]}" "-XX:AOTCacheOutput=$dir/premortem.aot" -cp "$copies" \
            org.premortem.cli.StartupTraining || return 1
    else
        "$jdk/bin/java" "${PREMORTEM_JVM_OPTIONS[@]}" "-XX:ArchiveClassesAtExit=$dir/premortem.jsa" -cp "$copies" \
            org.premortem.cli.StartupTraining || return 1
    fi
    touch "$dir/ready"
}
