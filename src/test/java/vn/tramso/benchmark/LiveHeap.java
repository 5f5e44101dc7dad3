package vn.tramso.benchmark;

/** Reads a JVM's used heap after full collections: the test JVM's own, or a {@link ChildApp}'s. */
@FunctionalInterface
interface LiveHeap {

    long bytes() throws Exception;
}
