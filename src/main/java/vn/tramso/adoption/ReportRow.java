package vn.tramso.adoption;

/** One row of an upward report: a village with its commune and province, and its figures. */
public record ReportRow(String province, String commune, String village, Figures figures) {
}
