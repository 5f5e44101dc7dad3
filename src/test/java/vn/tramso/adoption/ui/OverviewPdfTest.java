package vn.tramso.adoption.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.tramso.adoption.Area;
import vn.tramso.adoption.Figures;
import vn.tramso.adoption.Indicator;
import vn.tramso.adoption.NotReached;
import vn.tramso.adoption.Overview;
import vn.tramso.adoption.Period;
import vn.tramso.place.PlaceLevel;

/** The PDF report opened with PDFBox: its text in Vietnamese, its figures and statuses, its charts drawn as vectors. */
class OverviewPdfTest {

    private static final Area COMMUNE = new Area(PlaceLevel.COMMUNE, 7, "Xã Hồng Quang", null);

    @Test
    void the_report_reads_in_vietnamese_with_figures_targets_charts_and_villages() throws Exception {
        Map<LocalDate, Figures> trend = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            LocalDate month = LocalDate.of(2025, 12, 1).plusMonths(i);
            trend.put(month, figures(i + 1, i * 4 / 11, 7, 0, 0));
        }
        Figures now = figures(12, 4, 7, 18, 4);
        List<Overview.Child> villages = List.of(
                new Overview.Child(new Area(PlaceLevel.VILLAGE, 1, "Thôn Trà Phương", COMMUNE), figures(9, 3, 4, 18, 4), null),
                new Overview.Child(new Area(PlaceLevel.VILLAGE, 2, "Thôn <Mới> & \"Cũ\"", COMMUNE), figures(3, 1, 3, 0, 0), null));
        Overview o = new Overview(COMMUNE, Period.of(Period.Kind.MONTH, LocalDate.of(2026, 11, 1)), now, now, villages, trend,
                Map.of(Indicator.VNEID_LEVEL_2, 80.0, Indicator.SATISFACTION, 4.0), LocalDateTime.of(2026, 11, 30, 9, 15));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OverviewPdf.write(o, List.of(new NotReached("VNEID", "COULD_NOT", "NO_SMARTPHONE", 5)), "lanhdao.hongquang",
                LocalDateTime.of(2026, 12, 1, 8, 0), out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Báo cáo chuyển đổi số cộng đồng – Xã Hồng Quang", "Kỳ báo cáo 11/2026", "lanhdao.hongquang",
                    "08:00 01/12/2026", "09:15 30/11/2026");
            assertThat(text).as("57,1% of adults against 80%: behind; 4,5/5 against 4: met")
                    .contains("Người lớn có VNeID mức 2 57,1% 4 / 7 80,0% Chưa đạt")
                    .contains("4,5/5 18 / 4 4,0/5 Đạt");
            assertThat(text).as("each chart's sentence").contains("Từ 0,0% (tháng 12/25) đến 57,1% (tháng 11/26)", "Mức hài lòng – 12 tháng gần đây, Xã Hồng Quang Chưa có số liệu");
            assertThat(text).as("tasks not finished and why").contains("Định danh điện tử VNeID Không làm được Không có điện thoại thông minh 5");
            assertThat(text).as("the villages side by side, names as written").contains("Thôn Trà Phương 75,0%", "Thôn <Mới> & \"Cũ\" 33,3%");
            assertThat(text).as("definitions").contains("Cách tính các chỉ số");
            assertThat(text).contains("Trang 1 / " + pdf.getNumberOfPages());

            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName());
                }
            }
            assertThat(fonts).as("the Vietnamese letters come from the embedded font").isNotEmpty().allMatch(f -> f.contains("NotoSans"));
            assertThat(drawings(pdf)).as("four charts drawn as lines (at least the five lines of the grid), not pictures")
                    .hasSize(4).allMatch(lines -> lines >= 5);
        }
    }

    /** The drawings embedded in the pages (each chart is one), with the lines each one strokes. */
    private static List<Integer> drawings(PDDocument pdf) throws Exception {
        List<Integer> strokes = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDFormXObject form) {
                    strokes.add(strokes(new PDFStreamParser(form).parse()));
                }
            }
        }
        return strokes;
    }

    private static int strokes(List<Object> tokens) {
        return (int) tokens.stream().filter(t -> t instanceof Operator op && op.getName().equals("S")).count();
    }

    /** Sessions, and of the adults on record those with VNeID level 2; ratings with their sum and how many said "done". */
    private static Figures figures(long sessions, long vneid2, long adults, long ratingSum, long ratings) {
        return new Figures(sessions, sessions, 0, 0, 0, 0, 0, 0, 0, 0, ratings, ratingSum, ratings, 0, 0, 0, adults, vneid2, vneid2,
                0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0);
    }
}
