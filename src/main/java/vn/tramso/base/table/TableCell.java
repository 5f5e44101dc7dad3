package vn.tramso.base.table;

/**
 * One cell a {@link TableWriter} writes: text, a whole number, or a value shown with one decimal
 * (a share, a duration), which is left empty when there is none. Excel gets numbers it can add up,
 * CSV their plain text ("66.7", never "66,7").
 */
public sealed interface TableCell {

    record Text(String value) implements TableCell {
    }

    record Whole(long value) implements TableCell {
    }

    /** A value with one decimal; {@code null} when there is none (a share of nothing). */
    record OneDecimal(Double value) implements TableCell {
    }

    static TableCell text(String value) {
        return new Text(value);
    }

    static TableCell whole(long value) {
        return new Whole(value);
    }

    static TableCell oneDecimal(Double value) {
        return new OneDecimal(value);
    }
}
