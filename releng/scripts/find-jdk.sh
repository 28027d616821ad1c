# Sourced by ./build, ./premortem and the CLI tarball's bin/premortem: picks a JDK >= 21 (a JRE is enough for the
# tarball). JAVA_HOME wins when it is new enough; otherwise the newest suitable one under /usr/lib/jvm (for the
# tarball, or the java on the PATH).

# Prints the feature release (e.g. 25) of the java launcher given as $1, or nothing. Reads the JDK's release file
# when there is one (no process started: ./premortem's start time matters), else asks the launcher.
premortem_java_release() {
    local home line
    home=${1%/bin/java}
    if [ -r "$home/release" ]; then
        while IFS= read -r line; do
            if [[ "$line" =~ ^JAVA_VERSION=\"(1\.)?([0-9]+) ]]; then
                echo "${BASH_REMATCH[2]}"
                return 0
            fi
        done < "$home/release"
    fi
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p'
}

# premortem_find_jdk [runtime]: prints a JAVA_HOME of release >= 21, or fails. With "runtime" a JRE will do (no
# javac needed), and the java on the PATH is a candidate too.
premortem_find_jdk() {
    local candidate release best="" best_release=0 path_home=""
    if [ "${1:-}" = runtime ] && path_home=$(command -v java 2>/dev/null); then
        path_home=$(readlink -f "$path_home") && path_home=${path_home%/bin/java}
    fi
    for candidate in "${JAVA_HOME:-}" "$path_home" /usr/lib/jvm/*; do
        [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
        [ "${1:-}" = runtime ] || [ -x "$candidate/bin/javac" ] || continue
        release=$(premortem_java_release "$candidate/bin/java")
        [[ "$release" =~ ^[0-9]+$ ]] && [ "$release" -ge 21 ] || continue
        if [ "$candidate" = "${JAVA_HOME:-}" ]; then
            echo "$candidate"
            return 0
        fi
        if [ "$release" -gt "$best_release" ]; then
            best="$candidate"
            best_release="$release"
        fi
    done
    [ -n "$best" ] || return 1
    echo "$best"
}
