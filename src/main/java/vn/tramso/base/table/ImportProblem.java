package vn.tramso.base.table;

/**
 * What is wrong with one cell (or row) of an import file, in Vietnamese, so whoever prepared the
 * file can find and fix it: "Dòng 12, cột 'Năm sinh': phải là năm từ 1900 đến nay".
 *
 * @param row    the row as the spreadsheet numbers it (the header is row 1); 0 for the whole file
 * @param column the column's header, or "" for the whole row
 */
public record ImportProblem(int row, String column, String message) {

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (row > 0) {
            s.append("Dòng ").append(row);
        }
        if (!column.isEmpty()) {
            s.append(s.isEmpty() ? "Cột '" : ", cột '").append(column).append('\'');
        }
        return (s.isEmpty() ? "" : s + ": ") + message;
    }
}
