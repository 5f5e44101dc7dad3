package vn.tramso.base.table;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one import engine (issue 22, decision 010): read the file's rows into a plan, compare the
 * plan with what is stored, show it as a dry run, and write it all or nothing. Each feature brings
 * only its own parts ({@link ImportRows}): reading a row, matching it with its records, and the
 * writes, through the same store methods as its forms. Every row is read even after a bad one, so
 * the dry run lists every bad cell by row and column at once ({@link ImportReport}).
 */
@Component
public class Importer {

    /** Rows read between two reports of progress. */
    static final int EVERY = 1000;

    private final TransactionTemplate tx;

    Importer(TransactionTemplate tx) {
        this.tx = tx;
    }

    /** What the import would do, writing nothing. */
    public <R> ImportReport preview(Table table, Progress progress, Supplier<? extends ImportRows<R>> rows) {
        return plan(table, progress, rows.get()).report();
    }

    /**
     * Writes the whole file in one transaction, planned again inside it, so it is compared with what
     * is stored at that moment.
     *
     * @throws ImportRefusedException (writing nothing) when the file has any problem
     */
    public <R> ImportReport commit(Table table, Progress progress, Supplier<? extends ImportRows<R>> rows) {
        return tx.execute(status -> {
            ImportPlan plan = plan(table, progress, rows.get());
            if (!plan.ok()) {
                throw new ImportRefusedException(plan.report());
            }
            plan.apply(progress);
            return plan.report();
        });
    }

    /** Reads every row (the first half of the progress), then compares them with what is stored if none is bad. */
    private static <R> ImportPlan plan(Table table, Progress progress, ImportRows<R> rows) {
        int total = table.rows().size();
        ImportPlan plan = new ImportPlan(total);
        int done = 0;
        for (TableRow row : table.rows()) {
            R read = rows.read(row, plan);
            if (read != null) {
                rows.add(row.number(), read, plan);
            }
            if (++done % EVERY == 0) {
                progress.rows(done, total * 2);
            }
        }
        if (plan.ok()) {
            rows.compare(plan);
        }
        progress.rows(total, total * 2);
        return plan;
    }
}
