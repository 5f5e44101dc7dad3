package vn.tramso.base.table;

/**
 * A feature's own parts of one import, which {@link Importer} runs: how a row of the file is read,
 * how it is checked against the file's earlier rows, and how the rows are matched with the records
 * the feature keeps, lining up the writes. A new one is made for each run (it holds that run's
 * rows and what it read of the stored records).
 *
 * @param <R> one row of the file, read
 */
public interface ImportRows<R> {

    /**
     * The row's values, each bad cell told to the plan ({@link ImportPlan#problem}); {@code null}
     * when the row cannot be placed at all (then it is not checked against the other rows).
     */
    R read(TableRow row, ImportPlan plan);

    /**
     * Takes the row into the plan, checked against the file's earlier rows: one repeated as it was
     * is a {@link ImportPlan#duplicate duplicate} (imported once), one that says otherwise a problem.
     */
    void add(int row, R value, ImportPlan plan);

    /**
     * Compares the file's records with the stored ones, only when the file has no problem so far:
     * {@link ImportPlan#count counts} each as new, changed or unchanged and lines up a
     * {@link ImportPlan#write write} for each that is new or changed, and none for the rest, so the
     * same file imported twice changes nothing the second time. A record that contradicts what is
     * stored is a problem too.
     */
    void compare(ImportPlan plan);
}
