package vn.tramso.base.table;

/** An import that was not written because its file has problems; the report lists them all. */
public class ImportRefusedException extends RuntimeException {

    private final transient ImportReport report;

    public ImportRefusedException(ImportReport report) {
        super(report.problems().size() + " problems");
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
