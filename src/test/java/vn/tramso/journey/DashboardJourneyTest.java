package vn.tramso.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tramso.TestDatabase;
import vn.tramso.adoption.ReportFiles;
import vn.tramso.adoption.SummaryRefresh;

/** A commune leader signs in, sees the commune's overview, drills into a village, and downloads the Excel and PDF reports. */
class DashboardJourneyTest extends BrowserJourney {

    @Autowired
    SummaryRefresh refresh;

    @Test
    void a_leader_sees_the_overview_drills_into_a_village_and_downloads_the_reports() throws Exception {
        TestDatabase.CLOCK.set(LocalDateTime.now().withNano(0));
        refresh.rebuild();
        page.navigate(url("/login"));
        signIn(page, "lanhdao.hongquang", "demo1234");
        page.waitForURL(Pattern.compile(".*/dashboard$"));
        assertThat(page.locator("h1")).hasText("Chuyển đổi số: Xã Hồng Quang");
        assertThat(page.locator(".indicator-vneid-level-2 .indicator-value")).containsText("%");
        assertThat(page.locator(".dashboard-trend svg")).isVisible();
        screenshot("40-dashboard-commune");

        page.locator(".drill-down").filter(new Locator.FilterOptions().setHasText("Thôn Trà Phương")).click();
        assertThat(page.locator("h1")).hasText("Chuyển đổi số: Thôn Trà Phương");
        assertThat(page.locator(".trend-table tbody tr")).hasCount(12);
        screenshot("41-dashboard-village");

        page.locator(".dashboard-up").click();
        assertThat(page.locator("h1")).hasText("Chuyển đổi số: Xã Hồng Quang");
        Download download = page.waitForDownload(() -> page.locator(".export-xlsx").click());
        Assertions.assertThat(download.suggestedFilename()).matches("tram-so-xa-hong-quang-[0-9]{1,2}-[0-9]{4}\\.xlsx");
        try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            Assertions.assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Xã Hồng Quang");
            Assertions.assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("lanhdao.hongquang");
            Assertions.assertThat(sheet.getRow(ReportFiles.HEADER_ROW + 1).getCell(2).getStringCellValue()).startsWith("Thôn");
        }

        page.setViewportSize(390, 844);
        page.reload();
        assertThat(page.locator("h1")).hasText("Chuyển đổi số: Xã Hồng Quang");
        assertThat(page.locator(".dashboard-trend svg")).isVisible();
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assertions.assertThat(((Number) overflow).intValue()).as("the dashboard on a phone held upright scrolls only down").isLessThanOrEqualTo(0);
        screenshot("42-dashboard-phone");

        Download pdf = page.waitForDownload(() -> page.locator(".export-pdf").click());
        Assertions.assertThat(pdf.suggestedFilename()).matches("tram-so-xa-hong-quang-[0-9]{1,2}-[0-9]{4}\\.pdf");
        try (PDDocument report = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
            Assertions.assertThat(new PDFTextStripper().getText(report).replaceAll("\\s+", " ")).contains("Báo cáo chuyển đổi số cộng đồng – Xã Hồng Quang",
                    "lanhdao.hongquang", "Thôn Trà Phương", "Người lớn có VNeID mức 2 – 12 tháng gần đây");
        }
    }
}
