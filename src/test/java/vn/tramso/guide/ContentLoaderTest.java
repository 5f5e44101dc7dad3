package vn.tramso.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad kiosk-config file is refused with the file, line, field and what is wrong. */
class ContentLoaderTest {

    private static final String GUIDE = "guides/vneid-muc-2.yaml";
    private static final String KIOSK = "kiosks/tra-phuong.yaml";

    @TempDir
    Path temp;
    KioskConfigFixture config;

    @BeforeEach
    void copyShippedConfig() {
        config = new KioskConfigFixture(temp);
    }

    @Test
    void the_unchanged_copy_loads() throws Exception {
        KioskContent content = ContentLoader.load(config.root);
        assertThat(content.guides()).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void a_yaml_syntax_error_names_the_file_and_line() {
        config.replace(GUIDE, "  - title:\n      vi: Chờ tin nhắn", "  - title:\n    vi: Chờ tin nhắn: sai\n      vi: x");
        int line = config.lineOf(GUIDE, "vi: x");

        ContentProblem problem = single(config.problems());
        assertThat(problem.file()).isEqualTo(GUIDE);
        assertThat(problem.line()).isBetween(line - 1, line);
        assertThat(problem.message()).contains("lỗi cú pháp YAML");
    }

    @Test
    void a_missing_required_field_is_named_with_its_path() {
        config.replace(GUIDE, "    text:\n      vi: Điện thoại nhận tin nhắn có mã OTP.",
                "    texts:\n      vi: Điện thoại nhận tin nhắn có mã OTP.");

        List<ContentProblem> problems = config.problems();
        assertThat(problems).extracting(ContentProblem::field).contains("steps[4].text", "steps[4].texts");
        assertThat(problems).filteredOn(p -> p.field().equals("steps[4].texts"))
                .singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(config.lineOf(GUIDE, "texts:"));
                    assertThat(p.message()).contains("không được biết đến");
                });
        assertThat(problems).filteredOn(p -> p.field().equals("steps[4].text"))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("thiếu trường bắt buộc"));
    }

    @Test
    void an_unknown_topic_lists_the_known_ones() {
        config.replace(GUIDE, "topic: vneid", "topic: vneID");

        ContentProblem problem = single(config.problems());
        assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
                .containsExactly(GUIDE, config.lineOf(GUIDE, "topic:"), "topic");
        assertThat(problem.message()).contains("vneID", "dichvucong", "luadao");
    }

    @Test
    void the_id_must_match_the_file_name() {
        config.replace(GUIDE, "id: vneid-muc-2", "id: vneid-muc-3");

        assertThat(single(config.problems()).message()).contains("trùng tên tệp", "vneid-muc-2");
    }

    @Test
    void a_step_text_of_more_than_three_sentences_is_refused() {
        config.replace(GUIDE, "vi: Điện thoại nhận tin nhắn có mã OTP. Tự tay bạn nhập mã vào ứng dụng.",
                "vi: Một. Hai. Ba. Bốn.");

        ContentProblem problem = single(config.problems());
        assertThat(problem.field()).isEqualTo("steps[4].text.vi");
        assertThat(problem.message()).contains("4 câu", "tối đa 3");
    }

    @Test
    void a_title_too_long_for_the_screen_is_refused() {
        config.replace(GUIDE, "vi: Nhập mã OTP", "vi: " + "Nhập mã OTP rất dài ".repeat(5).strip());

        assertThat(single(config.problems())).satisfies(p -> {
            assertThat(p.field()).isEqualTo("steps[4].title.vi");
            assertThat(p.message()).contains("quá dài", "tối đa 60");
        });
    }

    @Test
    void a_missing_illustration_is_named() {
        config.replace(GUIDE, "image: sms.svg", "image: tin-nhan.svg");

        ContentProblem problem = single(config.problems());
        assertThat(problem.field()).isEqualTo("steps[2].image");
        assertThat(problem.line()).isEqualTo(config.lineOf(GUIDE, "image: tin-nhan.svg"));
        assertThat(problem.message()).contains("illustrations/tin-nhan.svg");
    }

    @Test
    void a_step_about_the_otp_must_warn_never_to_share_it() {
        config.replace(GUIDE, "      vi: Không bao giờ nói mã OTP cho bất kỳ ai, kể cả người đang giúp bạn.",
                "      vi: Nhập nhanh trước khi mã hết hạn.");

        ContentProblem problem = single(config.problems());
        assertThat(problem.field()).isEqualTo("steps[4].warning");
        assertThat(problem.message()).contains("OTP", "kể cả người giúp đỡ");
    }

    @Test
    void a_steps_link_to_the_alerts_is_true_or_false() {
        config.replace(GUIDE, "    image: police-station.svg", "    image: police-station.svg\n    alerts: có");

        assertThat(single(config.problems())).satisfies(p -> {
            assertThat(p.field()).isEqualTo("steps[1].alerts");
            assertThat(p.line()).isEqualTo(config.lineOf(GUIDE, "alerts: có"));
            assertThat(p.message()).contains("true", "cảnh báo lừa đảo");
        });
    }

    @Test
    void a_kiosk_reads_new_alerts_aloud_only_when_its_file_says_true() throws Exception {
        assertThat(ContentLoader.load(config.root).kiosk("tra-phuong").orElseThrow().readAlerts()).as("the default").isFalse();

        config.replace(KIOSK, "languages: [vi, en]", "languages: [vi, en]\nread_alerts: true");
        assertThat(ContentLoader.load(config.root).kiosk("tra-phuong").orElseThrow().readAlerts()).isTrue();

        config.replace(KIOSK, "read_alerts: true", "read_alerts: có");
        assertThat(single(config.problems())).satisfies(p -> {
            assertThat(p.file()).isEqualTo(KIOSK);
            assertThat(p.field()).isEqualTo("read_alerts");
            assertThat(p.line()).isEqualTo(config.lineOf(KIOSK, "read_alerts: có"));
            assertThat(p.message()).contains("true", "false", "'có'");
        });
    }

    @Test
    void a_kiosk_reads_in_the_voice_it_chooses_and_an_unknown_voice_is_refused() throws Exception {
        assertThat(ContentLoader.load(config.root).kiosk("tra-phuong").orElseThrow().voice()).as("the default").isEqualTo("vi");

        config.replace(KIOSK, "languages: [vi, en]", "languages: [vi, en]\nvoice: vi-vn-x-south");
        assertThat(ContentLoader.load(config.root).kiosk("tra-phuong").orElseThrow().voice()).isEqualTo("vi-vn-x-south");

        config.replace(KIOSK, "voice: vi-vn-x-south", "voice: mien-tay");
        assertThat(single(config.problems())).satisfies(p -> {
            assertThat(p.file()).isEqualTo(KIOSK);
            assertThat(p.field()).isEqualTo("voice");
            assertThat(p.line()).isEqualTo(config.lineOf(KIOSK, "voice: mien-tay"));
            assertThat(p.message()).contains("vi, vi-vn-x-central, vi-vn-x-south");
        });
    }

    @Test
    void a_kiosk_may_read_each_step_aloud_as_it_opens_and_a_value_other_than_true_or_false_is_refused() throws Exception {
        assertThat(ContentLoader.load(config.root).kiosk("tra-phuong").orElseThrow().readAloud()).as("the default").isFalse();

        config.replace(KIOSK, "languages: [vi, en]", "languages: [vi, en]\nread_aloud: true");
        assertThat(ContentLoader.load(config.root).kiosk("tra-phuong").orElseThrow().readAloud()).isTrue();

        config.replace(KIOSK, "read_aloud: true", "read_aloud: có");
        assertThat(single(config.problems())).satisfies(p -> {
            assertThat(p.file()).isEqualTo(KIOSK);
            assertThat(p.field()).isEqualTo("read_aloud");
            assertThat(p.line()).isEqualTo(config.lineOf(KIOSK, "read_aloud: có"));
            assertThat(p.message()).contains("phải là true").contains("'có'");
        });
    }

    @Test
    void a_link_must_be_https() {
        config.replace(GUIDE, "link: https://vneid.gov.vn", "link: http://vneid.gov.vn");

        assertThat(single(config.problems())).satisfies(p -> {
            assertThat(p.field()).isEqualTo("link");
            assertThat(p.message()).contains("https://");
        });
    }

    @Test
    void a_link_to_a_look_alike_of_a_government_site_is_refused_at_its_line() {
        config.replace(GUIDE, "link: https://vneid.gov.vn", "link: https://vneid.gov.vn.xac-minh.com/kich-hoat");

        assertThat(single(config.problems())).satisfies(p -> {
            assertThat(p.file()).isEqualTo(GUIDE);
            assertThat(p.line()).isEqualTo(10);
            assertThat(p.field()).isEqualTo("link");
            assertThat(p.message()).contains("'vneid.gov.vn.xac-minh.com' không được phép", "gov.vn, khonggianmang.vn", "link-domains.yaml");
        });
    }

    @Test
    void a_domain_outside_gov_vn_opens_only_once_the_commune_adds_it() throws Exception {
        config.replace(GUIDE, "link: https://vneid.gov.vn", "link: https://www.ncsc.vn/canh-bao");
        assertThat(single(config.problems()).message()).contains("'www.ncsc.vn' không được phép");

        config.write(LinkDomains.FILE, "domains:\n  - khonggianmang.vn\n  - ncsc.vn\n");
        assertThat(ContentLoader.load(config.root).guides().get("vneid-muc-2").link()).isEqualTo("https://www.ncsc.vn/canh-bao");
    }

    @Test
    void a_bad_entry_in_the_domain_list_is_refused_at_its_line() {
        config.write(LinkDomains.FILE, "domains:\n  - khonggianmang.vn\n  - https://evil.example/\n");

        assertThat(single(config.problems())).satisfies(p -> {
            assertThat(p.file()).isEqualTo(LinkDomains.FILE);
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.field()).isEqualTo("domains[2]");
            assertThat(p.message()).contains("không phải tên miền");
        });
    }

    @Test
    void a_list_where_a_text_belongs_is_refused() {
        config.replace(GUIDE, "    image: police-station.svg", "    image:\n      - police-station.svg");

        assertThat(single(config.problems())).satisfies(p -> {
            assertThat(p.field()).isEqualTo("steps[1].image");
            assertThat(p.message()).contains("giá trị chữ");
        });
    }

    @Test
    void a_duplicated_field_is_refused() {
        config.replace(GUIDE, "topic: vneid", "topic: vneid\ntopic: luadao");

        assertThat(single(config.problems())).satisfies(p -> {
            assertThat(p.field()).isEqualTo("topic");
            assertThat(p.line()).isEqualTo(config.lineOf(GUIDE, "topic: luadao"));
            assertThat(p.message()).contains("hai lần");
        });
    }

    @Test
    void an_empty_file_is_refused() {
        config.write(GUIDE, "# chỉ có chú thích\n");

        assertThat(single(config.problems())).extracting(ContentProblem::file, ContentProblem::message)
                .containsExactly(GUIDE, "tệp rỗng");
    }

    @Test
    void a_file_not_saved_as_utf8_is_refused() throws IOException {
        Files.write(config.root.resolve(GUIDE), "id: vneid-muc-2\ntitle: Dang k\u00fd".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(single(config.problems()).message()).contains("UTF-8");
    }

    @Test
    void too_many_steps_are_refused() {
        StringBuilder steps = new StringBuilder("id: vneid-muc-2\ntopic: vneid\ntitle: Dài\nsummary: Quá nhiều bước.\nsteps:\n");
        for (int i = 1; i <= 13; i++) {
            steps.append("  - title: Bước ").append(i).append("\n    text: Làm việc ").append(i).append(".\n    image: sms.svg\n");
        }
        config.write(GUIDE, steps.toString());

        assertThat(single(config.problems()).message()).contains("13", "tối đa 12");
    }

    @Test
    void every_problem_in_every_file_is_reported_at_once() {
        config.replace(GUIDE, "topic: vneid", "topic: khong-co")
                .replace("guides/lua-dao.yaml", "image: stop.svg", "image: none.svg")
                .replace(KIOSK, "idle_timeout_seconds: 120", "idle_timeout_seconds: mười");

        assertThat(config.problems()).extracting(ContentProblem::file)
                .containsExactlyInAnyOrder(GUIDE, "guides/lua-dao.yaml", KIOSK);
    }

    @Test
    void a_kiosk_naming_a_guide_that_does_not_exist_is_refused_at_that_line() {
        config.replace(KIOSK, "  - so-suc-khoe", "  - so-suc-khoe-2");

        ContentProblem problem = single(config.problems());
        assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
                .containsExactly(KIOSK, config.lineOf(KIOSK, "so-suc-khoe-2"), "guides");
        assertThat(problem.message()).contains("so-suc-khoe-2");
    }

    @Test
    void the_idle_warning_gives_residents_at_least_20_seconds() {
        config.replace(KIOSK, "idle_warning_seconds: 30", "idle_warning_seconds: 10");

        assertThat(single(config.problems())).satisfies(p -> {
            assertThat(p.field()).isEqualTo("idle_warning_seconds");
            assertThat(p.message()).contains("từ 20");
        });
    }

    @Test
    void the_idle_warning_must_be_shorter_than_the_idle_time() {
        config.replace(KIOSK, "idle_timeout_seconds: 120", "idle_timeout_seconds: 30");

        assertThat(single(config.problems()).message()).contains("ngắn hơn idle_timeout_seconds");
    }

    @Test
    void duty_hours_are_no_longer_set_here_but_in_the_volunteers_schedule() {
        config.replace(KIOSK, "  phone: \"0900 000 001\"", "  phone: \"0900 000 001\"\nduty_hours:\n  - days: [MON]\n    from: \"07:00\"\n    to: \"21:00\"");

        ContentProblem problem = single(config.problems());
        assertThat(problem.field()).isEqualTo("duty_hours");
        assertThat(problem.message()).contains("Lịch trực");
    }

    @Test
    void vietnamese_must_be_the_first_language() {
        config.replace(KIOSK, "languages: [vi, en]", "languages: [en, vi, fr]");

        assertThat(config.problems()).extracting(ContentProblem::message)
                .anySatisfy(m -> assertThat(m).contains("'fr'"))
                .anySatisfy(m -> assertThat(m).contains("tiếng Việt (vi) phải đứng đầu"));
    }

    @Test
    void a_phone_number_with_letters_is_refused() {
        config.replace(KIOSK, "phone: \"0900 000 001\"", "phone: gọi anh Nam");

        assertThat(single(config.problems()).field()).isEqualTo("contact.phone");
    }

    @Test
    void an_illustration_with_a_script_is_refused_at_its_line() {
        config.write("illustrations/sms.svg", """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">
                  <rect width="10" height="10"/>
                  <script>alert(1)</script>
                </svg>
                """);

        List<ContentProblem> problems = config.problems();
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("illustrations/sms.svg");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("<script>");
        });
        // the guides using it are refused too, naming the step
        assertThat(problems).anySatisfy(p -> assertThat(p.field()).isEqualTo("steps[2].image"));
    }

    @Test
    void an_illustration_with_event_handlers_links_or_a_doctype_is_refused() {
        config.write("illustrations/a.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\" onload=\"x()\"/>")
                .write("illustrations/b.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:x=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 1 1\"><image x:href=\"https://evil.example/a.png\"/></svg>")
                .write("illustrations/c.svg", "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg viewBox=\"0 0 1 1\">&x;</svg>")
                .write("illustrations/d.svg", "<html><body/></html>")
                .write("illustrations/e.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>")
                .write("illustrations/f.svg", "<svg viewBox=\"0 0 1 1\"><rect></svg>");

        assertThat(config.problems()).extracting(ContentProblem::file).containsExactlyInAnyOrder("illustrations/a.svg", "illustrations/b.svg", "illustrations/c.svg",
                        "illustrations/d.svg", "illustrations/e.svg", "illustrations/f.svg");
    }

    @Test
    void a_missing_folder_is_named() throws IOException {
        try (var files = Files.list(config.root.resolve("kiosks"))) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(config.root.resolve("kiosks"));

        assertThat(single(config.problems())).satisfies(p -> {
            assertThat(p.file()).isEqualTo("kiosks/");
            assertThat(p.message()).contains("thiếu thư mục kiosks");
        });
    }

    @Test
    void a_problem_reads_as_one_line_for_the_officer() {
        ContentProblem p = new ContentProblem(GUIDE, 12, "steps[2].text", "quá dài");
        assertThat(p).hasToString("guides/vneid-muc-2.yaml, dòng 12, trường 'steps[2].text': quá dài");
    }

    private static ContentProblem single(List<ContentProblem> problems) {
        assertThat(problems).hasSize(1);
        return problems.getFirst();
    }
}
