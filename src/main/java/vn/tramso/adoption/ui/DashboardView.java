package vn.tramso.adoption.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import vn.tramso.adoption.Adoption;
import vn.tramso.adoption.Area;
import vn.tramso.adoption.CommuneDossiers;
import vn.tramso.adoption.Indicator;
import vn.tramso.adoption.Measure;
import vn.tramso.adoption.NotReached;
import vn.tramso.adoption.Overview;
import vn.tramso.adoption.Period;
import vn.tramso.adoption.ReportExports;
import vn.tramso.adoption.ReportFiles;
import vn.tramso.adoption.TargetStatus;
import vn.tramso.adoption.Targets;
import vn.tramso.base.Formats;
import vn.tramso.base.Topic;
import vn.tramso.base.security.Role;
import vn.tramso.base.security.StaffUser;
import vn.tramso.base.table.Progress;
import vn.tramso.base.ui.StaffLayout;
import vn.tramso.helpsession.Outcome;
import vn.tramso.place.PlaceLevel;

/**
 * The adoption dashboard of a place: each indicator with its definition, target and status; a
 * 12-month trend chart with its table; the communes or villages ranked, with the biggest movers,
 * each opening its own dashboard (a village's shows its months); exports in Excel, CSV and PDF. The
 * place, period and chosen indicator live in the URL ({@code ?cap=xa&id=1&ky=quy&ngay=2026-12-01&chi-so=vneid-level-2}),
 * so back and forward work and a link can be shared with who may see it.
 */
@Route(value = "dashboard", layout = StaffLayout.class)
@RouteAlias(value = "leader", layout = StaffLayout.class)
@RolesAllowed({Role.LEADER_NAME, Role.PROVINCE_ADMIN_NAME, Role.ADMIN_NAME})
class DashboardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String LEVEL = "cap";
    static final String ID = "id";
    static final String PERIOD = "ky";
    static final String DAY = "ngay";
    static final String INDICATOR = "chi-so";
    private static final Map<PlaceLevel, String> LEVELS = Map.of(PlaceLevel.PROVINCE, "tinh", PlaceLevel.COMMUNE, "xa",
            PlaceLevel.VILLAGE, "thon");
    private static final Map<Period.Kind, String> PERIODS = Map.of(Period.Kind.MONTH, "thang", Period.Kind.QUARTER, "quy",
            Period.Kind.YEAR, "nam");

    private final Adoption adoption;
    private final Targets targets;
    private final ReportExports exports;
    private final CommuneDossiers dossiers;
    private final Clock clock;
    private String title = "";

    DashboardView(Adoption adoption, Targets targets, ReportExports exports, CommuneDossiers dossiers, Clock clock) {
        this.adoption = adoption;
        this.targets = targets;
        this.exports = exports;
        this.dossiers = dossiers;
        this.clock = clock;
        addClassNames("staff-page", "dashboard");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        QueryParameters q = event.getLocation().getQueryParameters();
        Area area = q.getSingleParameter(LEVEL).flatMap(DashboardView::level)
                .flatMap(level -> q.getSingleParameter(ID).filter(s -> s.matches("[0-9]{1,18}")).map(id -> adoption.area(level,
                        Long.parseLong(id))))
                .orElseGet(adoption::home);
        Period.Kind kind = q.getSingleParameter(PERIOD).flatMap(DashboardView::periodKind).orElse(Period.Kind.MONTH);
        LocalDate day = q.getSingleParameter(DAY).flatMap(DashboardView::date).orElse(LocalDate.now(clock));
        Indicator chosen = q.getSingleParameter(INDICATOR).flatMap(DashboardView::indicator).orElse(Indicator.VNEID_LEVEL_2);
        Overview o = adoption.overview(area, Period.of(kind, day));
        title = getTranslation("dashboard.title", o.area().name());
        add(heading(o), periods(o, chosen), cards(o), new TrendPanel(o, chosen), notReached(o));
        if (!o.children().isEmpty()) {
            add(new RankingPanel(o, chosen));
        }
        add(exports(o));
    }

    private Div heading(Overview o) {
        Div head = new Div(new H1(title));
        head.addClassName("dashboard-head");
        if (o.area().parent() != null) {
            Anchor up = new Anchor(link(o.area().parent(), o.period(), null), getTranslation("dashboard.up", o.area().parent().name()));
            up.addClassName("dashboard-up");
            head.add(up);
        }
        if (targets.mayTarget(o.area())) {
            Button set = new Button(getTranslation("dashboard.set-target", String.valueOf(o.period().from().getYear())), e -> EntryDialogs.target(o, targets));
            set.addClassName("set-target");
            head.add(set);
        }
        if (dossiers.mayEnter(o.area())) {
            Button enter = new Button(getTranslation("dossiers.enter"), e -> EntryDialogs.dossiers(o, dossiers, clock));
            enter.addClassName("enter-dossiers");
            head.add(enter);
        }
        Paragraph asOf = new Paragraph(o.dataAsOf() == null ? getTranslation("dashboard.no-data-yet")
                : getTranslation("dashboard.as-of", Formats.dateTime(o.dataAsOf())));
        asOf.addClassName("dashboard-as-of");
        head.add(asOf);
        return head;
    }

    private Div periods(Overview o, Indicator chosen) {
        Div bar = new Div();
        bar.addClassNames("queue-actions", "dashboard-periods");
        for (Period.Kind kind : Period.Kind.values()) {
            Anchor a = new Anchor(link(o.area(), Period.of(kind, o.period().from()), chosen), getTranslation(kind.labelKey()));
            a.addClassNames("dashboard-period", kind == o.period().kind() ? "selected" : "other");
            bar.add(a);
        }
        Anchor before = new Anchor(link(o.area(), o.period().previous(), chosen), "‹ " + o.period().previous().label());
        before.addClassName("dashboard-previous");
        Span now = new Span(o.period().label());
        now.addClassName("dashboard-period-label");
        bar.add(before, now);
        if (!o.period().to().isAfter(LocalDate.now(clock))) {
            Period next = Period.of(o.period().kind(), o.period().to());
            Anchor after = new Anchor(link(o.area(), next, chosen), next.label() + " ›");
            after.addClassName("dashboard-next");
            bar.add(after);
        }
        return bar;
    }

    private Div cards(Overview o) {
        Div cards = new Div();
        cards.addClassNames("kiosk-cards", "indicator-cards");
        for (Indicator indicator : Indicator.values()) {
            Measure m = indicator.of(o.figures());
            Div card = new Div();
            card.addClassNames("kiosk-card", "indicator-card", "indicator-" + slug(indicator));
            Span label = new Span(getTranslation(indicator.labelKey()));
            label.addClassName("kiosk-card-title");
            Span value = new Span(IndicatorText.value(getLocale(), indicator, m));
            value.addClassName("indicator-value");
            card.add(label, value);
            if (indicator.unit() == Indicator.Unit.PERCENT || indicator.unit() == Indicator.Unit.SCORE) {
                Span parts = new Span(getTranslation("dashboard.parts", m.numerator(), m.denominator()));
                parts.addClassName("indicator-parts");
                card.add(parts);
            }
            Double target = o.targets().get(indicator);
            TargetStatus status = o.status(indicator);
            if (target != null) {
                Span against = new Span(getTranslation("dashboard.target", IndicatorText.number(getLocale(), indicator, target))
                        + (status == null ? "" : " · " + getTranslation(status.labelKey())));
                against.addClassNames("indicator-target", status == null ? "no-status" : "status-" + slug(status.name()));
                card.add(against);
            }
            Paragraph definition = new Paragraph(getTranslation(indicator.definitionKey()));
            definition.addClassName("indicator-definition");
            Anchor chart = new Anchor(link(o.area(), o.period(), indicator), getTranslation("dashboard.show-trend"));
            chart.addClassName("indicator-show-trend");
            card.add(definition, chart);
            cards.add(card);
        }
        return cards;
    }

    /** "Tasks not finished", by topic and why, as the indicator's definition promises. */
    private Div notReached(Overview o) {
        NativeTable table = Tables.table(List.of(getTranslation("dashboard.topic"), getTranslation("dashboard.outcome"),
                getTranslation("dashboard.reason"), getTranslation("dashboard.count")));
        table.addClassName("not-reached-table");
        List<NotReached> rows = adoption.notReached(o.area(), o.period());
        for (NotReached r : rows) {
            Tables.row(table, getTranslation(Topic.valueOf(r.topic()).labelKey()), getTranslation(Outcome.valueOf(r.outcome()).labelKey()),
                    r.reason().isEmpty() ? "–" : getTranslation(Outcome.Reason.valueOf(r.reason()).labelKey()), String.valueOf(r.count()));
        }
        Div box = new Div(new H2(getTranslation("dashboard.not-reached")));
        box.addClassName("dashboard-not-reached");
        box.add(rows.isEmpty() ? new Paragraph(getTranslation("dashboard.not-reached.none")) : Tables.labelled(table));
        return box;
    }

    private Div exports(Overview o) {
        Area area = o.area();
        Period period = o.period();
        Div box = new Div(new H2(getTranslation("dashboard.exports")));
        box.addClassNames("queue-actions", "dashboard-exports");
        if (area.level() != PlaceLevel.PROVINCE) {
            for (ReportFiles.Format format : ReportFiles.Format.values()) {
                box.add(download(o, format == ReportFiles.Format.XLSX ? getTranslation("dashboard.export.xlsx") : getTranslation("dashboard.export.csv"),
                        format.extension(), format.contentType(), out -> format.write(adoption.report(area, period), out, Progress.NONE)));
            }
        }
        box.add(download(o, getTranslation("dashboard.export.pdf"), "pdf", "application/pdf",
                        out -> OverviewPdf.write(adoption.overview(area, period), adoption.notReached(area, period),
                                StaffUser.require().username(), LocalDateTime.now(clock).withNano(0), out)));
        if (area.level() == PlaceLevel.PROVINCE) {
            box.add(new BackgroundExports(exports, area, period));
        }
        return box;
    }

    /** A link that makes the file when it is followed, from the figures of that moment. */
    private Anchor download(Overview o, String text, String extension, String type, Consumer<OutputStream> writer) {
        String name = ReportFiles.fileName(o.area(), o.period(), extension);
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writer.accept(out);
            return new DownloadResponse(new ByteArrayInputStream(out.toByteArray()), name, type, out.size());
        }), text);
        link.addClassNames("dashboard-export", "export-" + extension);
        return link;
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

    @Override
    public String getPageTitle() {
        return title;
    }
}
