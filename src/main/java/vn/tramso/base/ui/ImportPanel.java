package vn.tramso.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import vn.tramso.base.security.SecurityContexts;
import vn.tramso.base.table.Column;
import vn.tramso.base.table.ImportProblem;
import vn.tramso.base.table.ImportRefusedException;
import vn.tramso.base.table.ImportReport;
import vn.tramso.base.table.Progress;
import vn.tramso.base.table.Table;
import vn.tramso.base.table.TableException;
import vn.tramso.base.table.TableReader;
import vn.tramso.base.table.TableWriter;

/**
 * Import and export of one kind of record, the same way everywhere: download the template or the
 * current records (Excel or CSV), upload a file, read the dry run (every bad cell by row and
 * column, the repeated rows, what would be added, changed or left), then import it all, with a
 * progress bar on big files. Nothing is written until the import button, and then all or nothing.
 */
public class ImportPanel extends Div {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int MAX_SHOWN = 200;

    private final List<Column> columns;
    private final BiFunction<Table, Progress, ImportReport> preview;
    private final BiFunction<Table, Progress, ImportReport> commit;
    private final Runnable afterImport;
    private final Div result = new Div();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph progressText = new Paragraph();
    private Table table;

    /**
     * @param name        the file names' stem, e.g. "ho-gia-dinh"
     * @param export      the current records in the columns' order
     * @param afterImport run on the screen once an import is written
     */
    public ImportPanel(String title, String name, List<Column> columns, Supplier<List<List<String>>> export,
                       BiFunction<Table, Progress, ImportReport> preview, BiFunction<Table, Progress, ImportReport> commit,
                       Runnable afterImport) {
        this.columns = columns;
        this.preview = preview;
        this.commit = commit;
        this.afterImport = afterImport;
        addClassName("import-panel");
        Div downloads = new Div(
                download(getTranslation("import.template"), name + "-mau.xlsx", () -> TableWriter.xlsx(name, columns, List.of()), XLSX),
                download(getTranslation("import.export.xlsx"), name + ".xlsx", () -> TableWriter.xlsx(name, columns, export.get()), XLSX),
                download(getTranslation("import.export.csv"), name + ".csv", () -> TableWriter.csv(columns, export.get()),
                        "text/csv;charset=UTF-8"));
        downloads.addClassName("import-downloads");
        Upload upload = new Upload(new LimitedUpload(TableReader.MAX_BYTES, this::read, this::refused));
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".xlsx", ".csv");
        upload.setMaxFileSize(TableReader.MAX_BYTES);
        upload.setDropAllowed(false);
        upload.addClassName("import-upload");
        progress.setVisible(false);
        progressText.setVisible(false);
        result.addClassName("import-result");
        add(new H2(title), new Paragraph(getTranslation("import.how", String.join(", ", columns.stream()
                .filter(Column::required).map(Column::header).toList()))), downloads, upload, progress, progressText, result);
    }

    private Anchor download(String text, String fileName, Supplier<byte[]> bytes, String type) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(content), fileName, type, content.length);
        }), text);
        link.addClassName("import-download");
        return link;
    }

    private void refused(String message) {
        table = null;
        result.removeAll();
        result.add(message(message, "import-error"));
    }

    /** Reads the uploaded file and shows the dry run. */
    void read(String fileName, byte[] bytes) {
        result.removeAll();
        try {
            table = TableReader.read(fileName, bytes, columns);
        } catch (TableException e) {
            table = null;
            result.add(message(e.getMessage(), "import-error"));
            return;
        }
        run(preview, report -> showPreview(report));
    }

    private void showPreview(ImportReport report) {
        result.removeAll();
        result.add(summary("import.preview", report));
        problems(report);
        if (report.ok() && report.rows() > 0) {
            Button write = new Button(getTranslation("import.commit", report.rows()), e -> {
                e.getSource().setEnabled(false);
                run(commit, this::showDone);
            });
            write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            write.addClassName("import-commit");
            result.add(write);
        }
    }

    private void showDone(ImportReport report) {
        result.removeAll();
        result.add(summary("import.done", report));
        table = null;
        afterImport.run();
    }

    /** Runs a step off the request thread, as the signed-in user, with the progress bar. */
    private void run(BiFunction<Table, Progress, ImportReport> step, java.util.function.Consumer<ImportReport> then) {
        UI ui = UI.getCurrent();
        Table file = table;
        progress.setValue(0);
        progress.setVisible(true);
        progressText.setVisible(true);
        progressText.setText(getTranslation("import.progress", 0, file.rows().size()));
        Progress told = (done, total) -> ui.access(() -> {
            progress.setValue(total == 0 ? 1 : (double) done / total);
            progressText.setText(getTranslation("import.progress", done, total));
        });
        Runnable work = SecurityContexts.bind(() -> {
            try {
                ImportReport report = step.apply(file, told);
                ui.access(() -> {
                    progress.setVisible(false);
                    progressText.setVisible(false);
                    then.accept(report);
                });
            } catch (ImportRefusedException refused) {
                ui.access(() -> {
                    progress.setVisible(false);
                    progressText.setVisible(false);
                    showPreview(refused.report());
                });
            }
        });
        CompletableFuture.runAsync(work);
    }

    private Paragraph summary(String key, ImportReport report) {
        Paragraph p = message(getTranslation(key, report.rows(), report.added(), report.changed(), report.unchanged(),
                report.problems().size(), report.duplicates().size()), report.ok() ? "import-ok" : "import-error");
        p.getElement().setAttribute("role", "status");
        return p;
    }

    private void problems(ImportReport report) {
        list("import.problems", report.problems(), "import-problems");
        list("import.duplicates", report.duplicates(), "import-duplicates");
        list("import.skipped", report.skipped(), "import-skipped");
    }

    private void list(String key, List<ImportProblem> items, String className) {
        if (items.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName(className);
        items.stream().limit(MAX_SHOWN).forEach(p -> list.add(new ListItem(p.toString())));
        result.add(new Paragraph(getTranslation(key, items.size())), list);
        if (items.size() > MAX_SHOWN) {
            result.add(new Paragraph(getTranslation("import.more", items.size() - MAX_SHOWN)));
        }
    }

    private static Paragraph message(String text, String className) {
        Paragraph p = new Paragraph(text);
        p.addClassName(className);
        return p;
    }
}
