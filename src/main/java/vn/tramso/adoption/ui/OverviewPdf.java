package vn.tramso.adoption.ui;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import vn.tramso.adoption.Indicator;
import vn.tramso.adoption.Measure;
import vn.tramso.adoption.NotReached;
import vn.tramso.adoption.Overview;
import vn.tramso.adoption.TargetStatus;
import vn.tramso.base.Formats;
import vn.tramso.base.Localized;
import vn.tramso.base.Messages;
import vn.tramso.base.Topic;
import vn.tramso.helpsession.Outcome;
import vn.tramso.place.PlaceLevel;

/**
 * The printable report of a dashboard, in Vietnamese for upward reporting: what it is (place,
 * period, author, time, data as of), every indicator with its numerator, denominator, target and
 * status in words, four 12-month charts each with its sentence, tasks not finished and why, the
 * communes or villages side by side, and the definitions. Written as XHTML and laid out by
 * openhtmltopdf; the charts are the dashboard's own SVG, drawn by Batik with scripts and external
 * resources off, and Noto Sans is embedded for the Vietnamese letters.
 */
final class OverviewPdf {

    /** The charts of the report: adoption, activity, online dossiers, satisfaction. */
    static final List<Indicator> CHARTED = List.of(Indicator.VNEID_LEVEL_2, Indicator.SESSIONS, Indicator.DOSSIERS_ONLINE,
            Indicator.SATISFACTION);
    /** The columns of the table of communes or villages. */
    static final List<Indicator> COMPARED = List.of(Indicator.VNEID_LEVEL_2, Indicator.HOUSEHOLDS_REACHED, Indicator.SESSIONS,
            Indicator.DOSSIERS_ONLINE, Indicator.SATISFACTION);

    private static final Locale VI = Localized.VIETNAMESE;
    private static final String FONT = "Noto Sans";
    private static final String CSS = """
            @page { size: A4; margin: 15mm 14mm 18mm 14mm;
              @bottom-right { content: "%s " counter(page) " / " counter(pages); font-family: 'Noto Sans'; font-size: 8pt; } }
            body { font-family: 'Noto Sans'; font-size: 9.5pt; color: #1b2733; }
            h1 { font-size: 16pt; margin: 0 0 6pt 0; color: #0b4f9c; }
            h2 { font-size: 12pt; margin: 14pt 0 6pt 0; padding-bottom: 2pt; border-bottom: 1.5pt solid #0b4f9c; }
            h2 { page-break-after: avoid; }
            h2.new-page { page-break-before: always; }
            h3 { font-size: 10pt; margin: 8pt 0 2pt 0; }
            table { width: 100%%; border-collapse: collapse; -fs-table-paginate: paginate; }
            th, td { border: 0.75pt solid #c7d0db; padding: 3pt 4pt; text-align: left; vertical-align: top; }
            th { background-color: #e8eef6; }
            td.n { text-align: right; }
            table.about td { border: none; padding: 1pt 4pt 1pt 0; }
            .chart { page-break-inside: avoid; }
            svg { width: 170mm; height: 69mm; }
            .status-on-track { color: #1e6b2f; font-weight: bold; }
            .status-at-risk { color: #8a5300; font-weight: bold; }
            .status-behind { color: #a4161a; font-weight: bold; }
            dt { font-weight: bold; margin-top: 4pt; }
            dd { margin: 0 0 0 10pt; }
            """;

    private final StringBuilder html = new StringBuilder();

    private OverviewPdf() {
    }

    static void write(Overview o, List<NotReached> notReached, String author, LocalDateTime madeAt, OutputStream out) {
        OverviewPdf pdf = new OverviewPdf();
        pdf.document(o, notReached, author, madeAt);
        render(pdf.html.toString(), out);
    }

    private void document(Overview o, List<NotReached> notReached, String author, LocalDateTime madeAt) {
        html.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\"><head><title>")
                .append(esc(Messages.vi("report.title") + " – " + o.area().name())).append("</title><style>")
                .append(CSS.formatted(Messages.vi("report.pdf.page"))).append("</style></head><body>");
        html.append("<h1>").append(esc(Messages.vi("report.title") + " – " + o.area().name())).append("</h1><table class=\"about\">");
        about(Messages.vi("report.period"), o.period().label());
        about(Messages.vi("report.author"), author);
        about(Messages.vi("report.made-at"), Formats.dateTime(madeAt));
        about(Messages.vi("report.data-as-of"), o.dataAsOf() == null ? Messages.vi("dashboard.no-data-yet") : Formats.dateTime(o.dataAsOf()));
        html.append("</table>");
        indicators(o);
        charts(o);
        notReached(notReached);
        if (!o.children().isEmpty()) {
            children(o);
        }
        definitions();
        html.append("</body></html>");
    }

    private void about(String label, String value) {
        html.append("<tr><td><b>").append(esc(label)).append("</b></td><td>").append(esc(value)).append("</td></tr>");
    }

    private void indicators(Overview o) {
        html.append("<h2>").append(esc(Messages.vi("report.pdf.indicators"))).append("</h2>");
        header(Messages.vi("dashboard.target.indicator"), Messages.vi("report.value"), Messages.vi("dashboard.parts.header"), Messages.vi("dashboard.target.title"),
                Messages.vi("report.pdf.status"));
        for (Indicator indicator : Indicator.values()) {
            Measure m = indicator.of(o.figures());
            Double target = o.targets().get(indicator);
            TargetStatus status = o.status(indicator);
            html.append("<tr class=\"indicator-").append(DashboardLinks.slug(indicator)).append("\"><td>").append(esc(Messages.vi(indicator.labelKey())))
                    .append("</td><td class=\"n\">").append(esc(IndicatorText.value(VI, indicator, m)))
                    .append("</td><td class=\"n\">").append(m.numerator()).append(" / ").append(m.denominator())
                    .append("</td><td class=\"n\">").append(target == null ? "–" : esc(IndicatorText.number(VI, indicator, target)))
                    .append("</td><td").append(status == null ? ">–" : " class=\"status-" + DashboardLinks.slug(status.name()) + "\">"
                            + esc(Messages.vi(status.labelKey()))).append("</td></tr>");
        }
        html.append("</table>");
    }

    private void charts(Overview o) {
        html.append("<h2 class=\"new-page\">").append(esc(Messages.vi("report.pdf.trends"))).append("</h2>");
        for (Indicator indicator : CHARTED) {
            Trend trend = Trend.of(o, indicator);
            html.append("<div class=\"chart\"><h3>").append(esc(trend.title(VI))).append("</h3>")
                    .append(trend.chart(VI).replaceFirst("<svg ", "<svg font-family=\"" + FONT + "\" "))
                    .append("<p>").append(esc(trend.summary(VI))).append("</p></div>");
        }
    }

    private void notReached(List<NotReached> rows) {
        html.append("<h2>").append(esc(Messages.vi("dashboard.not-reached"))).append("</h2>");
        if (rows.isEmpty()) {
            html.append("<p>").append(esc(Messages.vi("dashboard.not-reached.none"))).append("</p>");
            return;
        }
        header(Messages.vi("dashboard.topic"), Messages.vi("dashboard.outcome"), Messages.vi("dashboard.reason"), Messages.vi("dashboard.count"));
        for (NotReached r : rows) {
            html.append("<tr><td>").append(esc(Messages.vi(Topic.valueOf(r.topic()).labelKey()))).append("</td><td>")
                    .append(esc(Messages.vi(Outcome.valueOf(r.outcome()).labelKey()))).append("</td><td>")
                    .append(r.reason().isEmpty() ? "–" : esc(Messages.vi(Outcome.Reason.valueOf(r.reason()).labelKey())))
                    .append("</td><td class=\"n\">").append(r.count()).append("</td></tr>");
        }
        html.append("</table>");
    }

    private void children(Overview o) {
        boolean communes = o.children().getFirst().area().level() == PlaceLevel.COMMUNE;
        html.append("<h2>").append(esc(Messages.vi(communes ? "report.pdf.communes" : "report.pdf.villages"))).append("</h2>");
        html.append("<table><thead><tr><th>").append(esc(Messages.vi(communes ? "report.commune" : "report.village"))).append("</th>");
        for (Indicator indicator : COMPARED) {
            html.append("<th>").append(esc(Messages.vi(indicator.labelKey()))).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (Overview.Child child : o.children()) {
            html.append("<tr><td>").append(esc(child.area().name())).append("</td>");
            for (Indicator indicator : COMPARED) {
                html.append("<td class=\"n\">").append(esc(IndicatorText.value(VI, indicator, indicator.of(child.figures())))).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private void definitions() {
        html.append("<h2>").append(esc(Messages.vi("report.pdf.definitions"))).append("</h2><dl>");
        for (Indicator indicator : Indicator.values()) {
            html.append("<dt>").append(esc(Messages.vi(indicator.labelKey()))).append("</dt><dd>").append(esc(Messages.vi(indicator.definitionKey())))
                    .append("</dd>");
        }
        html.append("</dl>");
    }

    /** Opens a table with its header row; the caller adds the rows and closes it. */
    private void header(String... columns) {
        html.append("<table><thead><tr>");
        for (String column : columns) {
            html.append("<th>").append(esc(column)).append("</th>");
        }
        html.append("</tr></thead>");
    }

    private static void render(String xhtml, OutputStream out) {
        BatikSVGDrawer svg = new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("Regular"), FONT, 400, FontStyle.NORMAL, true,
                    EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG, FSFontUseCase.FALLBACK_FINAL));
            builder.useFont(() -> font("Bold"), FONT, 700, FontStyle.NORMAL, true, EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG));
            builder.useSVGDrawer(svg);
            builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font(String weight) {
        return OverviewPdf.class.getResourceAsStream("/fonts/NotoSans-" + weight + ".ttf");
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
