package vn.tramso.base.table;

import java.util.List;

/**
 * What an import did, or would do in a dry run: every problem found (nothing is written while
 * there is one), the rows that repeat an earlier row (imported once), the rows or cells left out
 * on purpose with the reason (a person whose data was erased on request), and how many records
 * are new, changed or already there as the file says.
 */
public record ImportReport(int rows, List<ImportProblem> problems, List<ImportProblem> duplicates, List<ImportProblem> skipped,
                           int added, int changed, int unchanged) {

    public ImportReport {
        problems = List.copyOf(problems);
        duplicates = List.copyOf(duplicates);
        skipped = List.copyOf(skipped);
    }

    /** A report of an import that never leaves anything out. */
    public ImportReport(int rows, List<ImportProblem> problems, List<ImportProblem> duplicates, int added, int changed,
                        int unchanged) {
        this(rows, problems, duplicates, List.of(), added, changed, unchanged);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
