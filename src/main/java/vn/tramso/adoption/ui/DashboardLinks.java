package vn.tramso.adoption.ui;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import vn.tramso.adoption.Area;
import vn.tramso.adoption.Indicator;
import vn.tramso.adoption.Period;
import vn.tramso.place.PlaceLevel;

/**
 * The dashboard's state in its URL ({@code ?cap=xa&id=1&ky=quy&ngay=2026-12-01&chi-so=vneid-level-2}):
 * the links its panels make, and what {@link DashboardView} reads back, a part that is missing or
 * malformed reading as the default (the signed-in person's home place, this month, VNeID level 2).
 */
final class DashboardLinks {

    static final String LEVEL = "cap";
    static final String ID = "id";
    static final String PERIOD = "ky";
    static final String DAY = "ngay";
    static final String INDICATOR = "chi-so";
    private static final Map<PlaceLevel, String> LEVELS = Map.of(PlaceLevel.PROVINCE, "tinh", PlaceLevel.COMMUNE, "xa",
            PlaceLevel.VILLAGE, "thon");
    private static final Map<Period.Kind, String> PERIODS = Map.of(Period.Kind.MONTH, "thang", Period.Kind.QUARTER, "quy",
            Period.Kind.YEAR, "nam");

    private DashboardLinks() {
    }

    /** A place as the URL names it, not yet looked up (nor checked against who asks). */
    record Place(PlaceLevel level, long id) {
    }

    static String link(Area area, Period period, Indicator indicator) {
        String url = "dashboard?" + LEVEL + "=" + LEVELS.get(area.level()) + "&" + ID + "=" + area.id() + "&" + PERIOD + "="
                + PERIODS.get(period.kind()) + "&" + DAY + "=" + period.from();
        return indicator == null ? url : url + "&" + INDICATOR + "=" + slug(indicator);
    }

    static String slug(Indicator indicator) {
        return slug(indicator.name());
    }

    static String slug(String name) {
        return name.toLowerCase().replace('_', '-');
    }

    /** The place named by level and id; empty when either is missing or malformed. */
    static Optional<Place> place(QueryParameters q) {
        return q.getSingleParameter(LEVEL).flatMap(DashboardLinks::level)
                .flatMap(level -> q.getSingleParameter(ID).filter(s -> s.matches("[0-9]{1,18}"))
                        .map(id -> new Place(level, Long.parseLong(id))));
    }

    /** The period of the kind and day named; a month, and {@code today}, where they are not. */
    static Period period(QueryParameters q, LocalDate today) {
        Period.Kind kind = q.getSingleParameter(PERIOD).flatMap(DashboardLinks::periodKind).orElse(Period.Kind.MONTH);
        LocalDate day = q.getSingleParameter(DAY).flatMap(DashboardLinks::date).orElse(today);
        return Period.of(kind, day);
    }

    /** The indicator whose trend and ranking are shown; VNeID level 2 where none is named. */
    static Indicator indicator(QueryParameters q) {
        return q.getSingleParameter(INDICATOR).flatMap(DashboardLinks::indicator).orElse(Indicator.VNEID_LEVEL_2);
    }

    private static Optional<PlaceLevel> level(String s) {
        return LEVELS.entrySet().stream().filter(e -> e.getValue().equals(s)).map(Map.Entry::getKey).findFirst();
    }

    private static Optional<Period.Kind> periodKind(String s) {
        return PERIODS.entrySet().stream().filter(e -> e.getValue().equals(s)).map(Map.Entry::getKey).findFirst();
    }

    private static Optional<Indicator> indicator(String s) {
        return Arrays.stream(Indicator.values()).filter(i -> slug(i).equals(s)).findFirst();
    }

    private static Optional<LocalDate> date(String s) {
        try {
            return Optional.of(LocalDate.parse(s));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
