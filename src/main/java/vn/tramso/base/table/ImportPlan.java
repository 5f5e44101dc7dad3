package vn.tramso.base.table;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What one run of an import found and would do: the problems (while there is one, nothing is
 * written), the repeated rows, the rows left out on purpose, how many records are new, changed or
 * unchanged, and the writes lined up in order. {@link Importer} makes it and runs the writes;
 * a feature's {@link ImportRows} fills it.
 */
public final class ImportPlan {

    /** Records a write of many takes at once (a named-parameter batch). */
    public static final int BATCH = 1000;

    private final int rows;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ImportProblem> duplicates = new ArrayList<>();
    private final List<ImportProblem> skipped = new ArrayList<>();
    private final List<Runnable> writes = new ArrayList<>();
    private int added;
    private int changed;
    private int unchanged;

    ImportPlan(int rows) {
        this.rows = rows;
    }

    /** A bad cell: the file is refused until it is fixed. */
    public void problem(int row, Column column, String message) {
        problem(new ImportProblem(row, column.header(), message));
    }

    public void problem(ImportProblem problem) {
        problems.add(problem);
    }

    /** A row that repeats an earlier one as it was: imported once. */
    public void duplicate(int row, String message) {
        duplicates.add(new ImportProblem(row, "", message));
    }

    /** A row, or one of its cells, left out on purpose; the rest of the file imports. */
    public void skip(int row, Column column, String message) {
        skipped.add(new ImportProblem(row, column.header(), message));
    }

    public void skip(int row, String message) {
        skipped.add(new ImportProblem(row, "", message));
    }

    /** Whether the file has no problem (so far). */
    public boolean ok() {
        return problems.isEmpty();
    }

    /** Counts one record of the file: new, changed (it differs from the stored one), or as stored. */
    public void count(boolean isNew, boolean differs) {
        if (isNew) {
            added++;
        } else if (differs) {
            changed++;
        } else {
            unchanged++;
        }
    }

    /**
     * Lines up a write, run in the order lined up, all in one transaction. A write may use what an
     * earlier one made (the id of a record it added).
     */
    public void write(Runnable write) {
        writes.add(write);
    }

    /** Lines up the writes of the records, {@value #BATCH} at a time. */
    public <T> void writeInBatches(List<T> all, Consumer<List<T>> write) {
        for (int from = 0; from < all.size(); from += BATCH) {
            List<T> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            writes.add(() -> write.accept(batch));
        }
    }

    /**
     * Runs the writes, telling progress as the second half of the work (the first is reading the
     * rows), at each whole percent of the writes rather than at each of thousands.
     */
    void apply(Progress progress) {
        long told = 0;
        for (int i = 0; i < writes.size(); i++) {
            writes.get(i).run();
            long percent = (i + 1) * 100L / writes.size();
            if (percent != told) {
                told = percent;
                progress.rows(rows + (int) (rows * percent / 100), rows * 2);
            }
        }
        progress.rows(rows * 2, rows * 2);
    }

    public ImportReport report() {
        return new ImportReport(rows, problems, duplicates, skipped, added, changed, unchanged);
    }
}
