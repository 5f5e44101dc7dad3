package vn.tramso.adoption;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An upward report: one row per village of the place, and the place's total, with what it is for
 * and who made it when, written into the file.
 */
public record Report(Area area, Period period, List<ReportRow> rows, Figures total, String author, LocalDateTime madeAt,
                     LocalDateTime dataAsOf) {
}
