package vn.tramso.base;

/** A picture refused by {@link SvgChecker}: the line to look at (0 when not known) and why, in Vietnamese. */
public class SvgRefusedException extends RuntimeException {

    private final int line;

    public SvgRefusedException(int line, String reason) {
        super(reason);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
