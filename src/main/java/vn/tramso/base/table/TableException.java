package vn.tramso.base.table;

/** A file that cannot be read as a table at all (not CSV or Excel, damaged, too big, missing columns). */
public class TableException extends Exception {

    public TableException(String message) {
        super(message);
    }

    public TableException(String message, Throwable cause) {
        super(message, cause);
    }
}
