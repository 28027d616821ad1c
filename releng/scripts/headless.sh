# Sourced by ./premortem and by the CLI tarball's bin/premortem (releng/org.premortem.cli.dist, which also takes the
# list of jars to pack from here): runs a headless command as plain Java on the headless bundles' jars — no OSGi, no
# workbench, no display. The two differ only in the folder the jars are in (the product's plugins/, the tarball's
# lib/); both keep the jars' bundle file names (NAME_VERSION.jar).

# The headless bundles. The report exporters and the importers are found through META-INF/services in their jars,
# so they and their libraries are listed too.
PREMORTEM_HEADLESS_BUNDLES=(org.premortem.cli org.premortem.core org.premortem.model
    org.premortem.validation org.premortem.validation.structure org.premortem.interchange
    org.premortem.interchange.xlsx org.premortem.interchange.reqif wrapped.org.dhatim.fastexcel
    wrapped.org.dhatim.fastexcel-reader wrapped.com.github.rzymek.opczip com.fasterxml.aalto-xml stax2-api
    org.apache.commons.commons-compress org.apache.commons.lang3
    org.eclipse.emf.common org.eclipse.emf.ecore org.eclipse.emf.ecore.xmi picocli com.google.gson
    org.premortem.diagram.layout org.premortem.report org.premortem.report.html org.premortem.report.pdf
    org.premortem.report.text org.eclipse.elk.core org.eclipse.elk.graph org.eclipse.elk.alg.common
    org.eclipse.elk.alg.layered org.eclipse.xtext.xbase.lib com.google.guava com.google.guava.failureaccess
    io.github.openhtmltopdf.core io.github.openhtmltopdf.pdfbox io.github.openhtmltopdf.svg-support org.apache.pdfbox
    org.apache.pdfbox.io org.apache.pdfbox.fontbox org.apache.pdfbox.xmpbox wrapped.de.rototor.pdfbox.graphics2d
    org.apache.commons.commons-logging org.apache.commons.commons-io wrapped.org.apache.xmlgraphics.xmlgraphics-commons
    wrapped.xml-apis.xml-apis-ext org.apache.batik.css wrapped.org.apache.xmlgraphics.batik-anim
    wrapped.org.apache.xmlgraphics.batik-awt-util wrapped.org.apache.xmlgraphics.batik-bridge
    wrapped.org.apache.xmlgraphics.batik-codec wrapped.org.apache.xmlgraphics.batik-constants
    wrapped.org.apache.xmlgraphics.batik-dom wrapped.org.apache.xmlgraphics.batik-ext
    wrapped.org.apache.xmlgraphics.batik-gvt wrapped.org.apache.xmlgraphics.batik-i18n
    wrapped.org.apache.xmlgraphics.batik-parser wrapped.org.apache.xmlgraphics.batik-script
    wrapped.org.apache.xmlgraphics.batik-svg-dom wrapped.org.apache.xmlgraphics.batik-svggen
    wrapped.org.apache.xmlgraphics.batik-transcoder wrapped.org.apache.xmlgraphics.batik-util
    wrapped.org.apache.xmlgraphics.batik-xml)
# Not on the class path of a command: ASM is needed only while the class cache is prepared (it upgrades picocli's
# Java 5 class files for the cache, see class-cache.sh).
PREMORTEM_CACHE_TOOL_BUNDLES=(org.objectweb.asm)

# premortem_bundle_jar DIR NAME: the newest jar of bundle NAME in DIR, in REPLY (the pattern keeps
# org.eclipse.emf.ecore from matching ecore.xmi). No process is started when there is only one, which keeps the
# headless start fast.
premortem_bundle_jar() {
    local jars=("$1"/"$2"_[0-9]*.jar)
    [ -e "${jars[0]}" ] || { echo "premortem: bundle $2 is missing from $1" >&2; exit 2; }
    if [ ${#jars[@]} -eq 1 ]; then
        REPLY=${jars[0]}
    else
        REPLY=$(printf '%s\n' "${jars[@]}" | sort -V | tail -n 1)
    fi
}

# premortem_headless JDK JARS ARGS...: runs org.premortem.cli.Main with ARGS on the headless jars in the folder JARS,
# through the per-user class cache (class-cache.sh, beside this script). Does not return.
premortem_headless() {
    local jdk=$1 jars=$2 classpath="" bundle asm
    shift 2
    for bundle in "${PREMORTEM_HEADLESS_BUNDLES[@]}"; do
        premortem_bundle_jar "$jars" "$bundle"
        classpath+="${classpath:+:}$REPLY"
    done
    premortem_bundle_jar "$jars" "${PREMORTEM_CACHE_TOOL_BUNDLES[0]}"
    asm=$REPLY
    # shellcheck source=releng/scripts/class-cache.sh
    . "${BASH_SOURCE[0]%/*}/class-cache.sh"
    premortem_class_cache "$jdk" "$classpath" "$asm"
    exec "$jdk/bin/java" "${PREMORTEM_CACHE_OPTIONS[@]}" "${PREMORTEM_JVM_OPTIONS[@]}" -cp "$PREMORTEM_CLASSPATH" \
        org.premortem.cli.Main "$@"
}
