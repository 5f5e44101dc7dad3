package vn.tramso.adoption.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import vn.tramso.adoption.Area;
import vn.tramso.adoption.Period;
import vn.tramso.adoption.ReportExport;
import vn.tramso.adoption.ReportExports;
import vn.tramso.adoption.ReportFiles;

/**
 * A province's Excel and CSV, written in the background: a button starts each, a bar shows how
 * many rows are written (pushed to the screen as it goes), and a download link appears when the
 * file is ready. The leader may leave; coming back shows the same exports.
 */
class BackgroundExports extends Div {

    private final ReportExports exports;
    private final Area area;
    private final Period period;
    private final Div list = new Div();

    BackgroundExports(ReportExports exports, Area area, Period period) {
        this.exports = exports;
        this.area = area;
        this.period = period;
        addClassName("background-exports");
        Div buttons = new Div();
        buttons.addClassName("queue-actions");
        for (ReportFiles.Format format : ReportFiles.Format.values()) {
            Button prepare = new Button(format == ReportFiles.Format.XLSX ? getTranslation("dashboard.export.prepare.xlsx")
                    : getTranslation("dashboard.export.prepare.csv"), e -> prepare(format));
            prepare.addClassNames("export-prepare", "prepare-" + format.extension());
            buttons.add(prepare);
        }
        list.addClassName("export-list");
        add(new Paragraph(getTranslation("dashboard.export.background")), buttons, list);
        exports.mine().stream().filter(this::ofThisPage).forEach(e -> list.add(new Row(e)));
    }

    private boolean ofThisPage(ReportExport export) {
        return export.area().equals(area) && export.period().equals(period);
    }

    private void prepare(ReportFiles.Format format) {
        ReportExport export = exports.start(area, period, format);
        boolean shown = list.getChildren().anyMatch(c -> c instanceof Row row && row.export == export);
        if (!shown) {
            list.addComponentAsFirst(new Row(export));
        }
    }

    /** One export: what it is, its bar and words, then its download. */
    private static final class Row extends Div {

        private final ReportExport export;
        private final ProgressBar bar = new ProgressBar();
        private final Span status = new Span();
        private Runnable stopListening = () -> { };
        private Anchor download;

        Row(ReportExport export) {
            this.export = export;
            addClassNames("export-row", "export-row-" + export.format().extension());
            status.addClassName("export-status");
            status.getElement().setAttribute("role", "status");
            add(new Span(export.format().name() + " · " + export.period().label()), bar, status);
            update();
        }

        @Override
        protected void onAttach(AttachEvent event) {
            UI ui = event.getUI();
            stopListening = export.onChange(() -> ui.access(this::update));
            update(); // it may have moved on between drawing and listening
        }

        @Override
        protected void onDetach(DetachEvent event) {
            stopListening.run();
        }

        private void update() {
            switch (export.state()) {
                case WAITING -> {
                    bar.setIndeterminate(true);
                    status.setText(getTranslation("dashboard.export.waiting"));
                }
                case WRITING -> {
                    bar.setIndeterminate(false);
                    bar.setValue(export.total() == 0 ? 0 : (double) export.done() / export.total());
                    status.setText(getTranslation("dashboard.export.writing", export.done(), export.total()));
                }
                case READY -> {
                    bar.setIndeterminate(false);
                    bar.setValue(1);
                    status.setText(getTranslation("dashboard.export.ready"));
                    if (download == null) {
                        download = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(export.open(), export.fileName(),
                                export.format().contentType(), export.size())), getTranslation("dashboard.export.download", export.fileName()));
                        download.addClassNames("dashboard-export", "export-ready");
                        add(download);
                    }
                }
                case FAILED -> {
                    bar.setVisible(false);
                    status.setText(getTranslation("dashboard.export.failed"));
                    status.addClassName("export-failed");
                }
            }
        }
    }
}
