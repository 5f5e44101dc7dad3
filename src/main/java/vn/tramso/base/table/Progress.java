package vn.tramso.base.table;

/** Told how far a long import has come, so its screen can show it. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total) -> { };

    void rows(int done, int total);
}
