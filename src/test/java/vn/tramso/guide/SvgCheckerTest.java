package vn.tramso.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tramso.base.SvgChecker;
import vn.tramso.base.SvgRefusedException;

/**
 * Illustrations reach the kiosk page as markup rebuilt from an allowlist, never as the file's own
 * text; every hostile construct is refused with the file, the line and the reason.
 */
class SvgCheckerTest {

    private static final String FILE = "illustrations/x.svg";
    private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">\n";

    @TempDir
    Path temp;

    @Test
    void markup_hidden_in_a_comment_before_a_harmless_svg_is_refused_at_the_comment() {
        ContentProblem problem = refused("""
                <!-- <svg><img src=x onerror="alert(document.cookie)"> -->
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>
                """);

        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.message()).contains("chú thích").contains("<…>");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a style sheet importing a remote file | <style>@import url(https://evil.example/x.css);</style>           | <style>
            a foreign object holding HTML         | <foreignObject><div xmlns='http://www.w3.org/1999/xhtml'/></foreignObject> | <foreignObject>
            a script                              | <script>alert(1)</script>                                         | <script>
            a link                                | <a href='javascript:alert(1)'><rect/></a>                           | <a>
            an image                              | <image href='https://evil.example/a.png'/>                         | <image>
            an animation setting an attribute     | <set attributeName='href' to='javascript:alert(1)'/>               | <set>
            an xlink:href to http on use          | <use xmlns:xlink='http://www.w3.org/1999/xlink' xlink:href='http://evil.example/s.svg#a'/> | liên kết ra ngoài
            a plain href to http on use           | <use href='https://evil.example/s.svg#a'/>                         | liên kết ra ngoài
            an event attribute in odd case        | <rect OnLoad='alert(1)'/>                                          | 'OnLoad'
            an event attribute in capitals        | <circle ONCLICK='alert(1)' r='1'/>                                 | 'ONCLICK'
            a style attribute                     | <rect style='fill:url(https://evil.example/p)'/>                    | 'style'
            a fill loaded from elsewhere          | <rect fill='url(https://evil.example/p#g)'/>                        | url(...)
            an HTML element by namespace          | <h:script xmlns:h='http://www.w3.org/1999/xhtml'>alert(1)</h:script> | không gian tên khác
            a class borrowing the page's styles   | <rect class='kiosk-button primary'/>                               | 'class'
            """)
    void hostile_content_is_refused_at_its_line_with_the_reason(String what, String element, String reason) {
        ContentProblem problem = refused(OPEN + "  <rect width=\"10\" height=\"10\"/>\n  " + element + "\n</svg>\n");

        assertThat(problem.line()).as(what).isEqualTo(3);
        assertThat(problem.message()).as(what).contains(reason);
    }

    @Test
    void a_processing_instruction_loading_a_style_sheet_is_refused() {
        ContentProblem problem = refused("<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"https://evil.example/x.css\"?>\n"
                + OPEN + "</svg>");

        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.message()).contains("xml-stylesheet");
    }

    @Test
    void the_page_gets_markup_rebuilt_from_the_allowed_parts_only() {
        String markup = accepted("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- vẽ bởi cán bộ xã -->
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">
                  <defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient>
                    <circle id="dot" r="1"/></defs>
                  <rect width="10" height="10" fill="url(#g)"/>
                  <use xlink:href="#dot" x="5" y="5"/>
                  <text x="1" y="9">&lt;script&gt;alert(1)&lt;/script&gt; "Trạm Số"</text>
                </svg>
                """);

        assertThat(markup).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">")
                .doesNotContain("<!--", "<?xml", "xmlns:xlink", "<script")
                .contains("<use href=\"#dot\" x=\"5\" y=\"5\"></use>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;Trạm Số&quot;")
                .contains("fill=\"url(#g)\"");
        assertThat(accepted(markup)).as("checking the output again changes nothing").isEqualTo(markup);
    }

    @Test
    void every_shipped_illustration_passes_and_keeps_its_drawing() throws Exception {
        KioskContent content = ContentLoader.load(KioskConfigFixture.SHIPPED);
        content.guides().values().forEach(g -> g.steps().forEach(step ->
                assertThat(step.illustrationSvg()).startsWith("<svg xmlns=").contains("<rect").endsWith("</svg>")));
    }

    @Test
    void the_loader_names_the_illustration_and_refuses_the_guides_using_it() {
        KioskConfigFixture config = new KioskConfigFixture(temp)
                .write("illustrations/sms.svg", OPEN + "<!-- <img src=x onerror=alert(1)> -->\n</svg>");

        List<ContentProblem> problems = config.problems();
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("illustrations/sms.svg");
            assertThat(p.line()).isEqualTo(2);
        });
        assertThat(problems).anySatisfy(p -> assertThat(p.field()).endsWith(".image"));
    }

    private static ContentProblem refused(String svg) {
        SvgRefusedException refused = catchThrowableOfType(SvgRefusedException.class, () -> SvgChecker.sanitise(svg));
        assertThat(refused).as("refused").isNotNull();
        return new ContentProblem(FILE, refused.line(), "", refused.getMessage());
    }

    private static String accepted(String svg) {
        return SvgChecker.sanitise(svg);
    }
}
