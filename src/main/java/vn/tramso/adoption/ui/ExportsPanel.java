package vn.tramso.adoption.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.function.Consumer;
import vn.tramso.adoption.Adoption;
import vn.tramso.adoption.Area;
import vn.tramso.adoption.Overview;
import vn.tramso.adoption.Period;
import vn.tramso.adoption.ReportExports;
import vn.tramso.adoption.ReportFiles;
import vn.tramso.base.security.StaffUser;
import vn.tramso.base.table.Progress;
import vn.tramso.place.PlaceLevel;

/**
 * The dashboard's files: a commune's or village's report in Excel and CSV and any place's overview
 * in PDF, each made when its link is followed; a province's reports are made in the background
 * ({@link BackgroundExports}).
 */
class ExportsPanel extends Div {

    ExportsPanel(Overview o, Adoption adoption, ReportExports exports, Clock clock) {
        Area area = o.area();
        Period period = o.period();
        getElement().appendChild(new Element("h2").setText(getTranslation("dashboard.exports")));
        addClassNames("queue-actions", "dashboard-exports");
        if (area.level() != PlaceLevel.PROVINCE) {
            for (ReportFiles.Format format : ReportFiles.Format.values()) {
                String text = format == ReportFiles.Format.XLSX ? getTranslation("dashboard.export.xlsx")
                        : getTranslation("dashboard.export.csv");
                add(download(o, text, format.extension(), format.contentType(),
                        out -> format.write(adoption.report(area, period), out, Progress.NONE)));
            }
        }
        add(download(o, getTranslation("dashboard.export.pdf"), "pdf", "application/pdf",
                out -> OverviewPdf.write(adoption.overview(area, period), adoption.notReached(area, period),
                        StaffUser.require().username(), LocalDateTime.now(clock).withNano(0), out)));
        if (area.level() == PlaceLevel.PROVINCE) {
            add(new BackgroundExports(exports, area, period));
        }
    }

    /** A link that makes the file when it is followed, from the figures of that moment. */
    private static Anchor download(Overview o, String text, String extension, String type, Consumer<OutputStream> writer) {
        String name = ReportFiles.fileName(o.area(), o.period(), extension);
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writer.accept(out);
            return new DownloadResponse(new ByteArrayInputStream(out.toByteArray()), name, type, out.size());
        }), text);
        link.addClassNames("dashboard-export", "export-" + extension);
        return link;
    }
}
