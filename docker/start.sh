#!/bin/sh
# The image's entry point (docker/Dockerfile): starts the extracted jar (/app/app.jar with /app/lib) from the JDK's
# AOT cache, with Spring AOT (-Dspring.aot.enabled=true: the bean definitions the production build made, pom.xml's
# process-aot) (issue 23, docs/benchmarks.md "Start-up, side by side"). TRAMSO_SPRING_AOT=off starts without Spring
# AOT (needed to set a property that chooses beans, such as tramso.scheduling.enabled=false: base.AotBuildValues
# stops a start under Spring AOT that sets one); delete /app/cache/app.aot when changing it, so it is trained anew.
# The cache needs a training run that starts the application context against the database, which `docker build`
# does not have; so the container's first start makes it: one run of the context that exits right after refresh
# (-Dspring.context.exit=onRefresh, nothing served, Flyway migrates as any start would) writes /app/cache/app.aot,
# and this start and every later start of the same container use it. A new image means a new container and so a
# new cache, matching its jar and JDK. TRAMSO_AOT_CACHE=off starts without it; a failed training run is logged
# and the app starts without the cache.
set -eu
cache=/app/cache/app.aot
# JAVA_OPTS: the JVM flags of both the training run and the real start (the cache expects the same ones).
opts="-XX:MaxRAMPercentage=75 ${JAVA_OPTS:-}"
if [ "${TRAMSO_SPRING_AOT:-on}" != off ]; then
    opts="$opts -Dspring.aot.enabled=true"
fi
if [ "${TRAMSO_AOT_CACHE:-on}" != off ] && [ ! -s "$cache" ]; then
    echo "start.sh: first start of this container: training run for the AOT cache $cache"
    # shellcheck disable=SC2086
    if ! java $opts -XX:AOTCacheOutput="$cache" -Dspring.context.exit=onRefresh -jar /app/app.jar \
            --server.port=0 --management.server.port=0 "$@"; then
        echo "start.sh: the training run failed; starting without the AOT cache"
        rm -f "$cache"
    fi
fi
if [ "${TRAMSO_AOT_CACHE:-on}" != off ] && [ -s "$cache" ]; then
    # shellcheck disable=SC2086
    exec java $opts -XX:AOTCache="$cache" -jar /app/app.jar "$@"
fi
# shellcheck disable=SC2086
exec java $opts -jar /app/app.jar "$@"
