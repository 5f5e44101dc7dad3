package vn.tramso.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    @Test
    void vietnamese_text_survives_the_round_trip() {
        String text = "Nhà văn hóa thôn Trà Phương – Đăng ký tài khoản định danh điện tử mức 2";
        assertThat(QrCodes.decode(QrCodes.image(text, 4))).contains(text);
    }

    @Test
    void a_link_is_read_back_from_a_code_placed_on_a_larger_picture() {
        BufferedImage page = new BufferedImage(900, 700, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 900, 700);
        g.drawImage(QrCodes.image("https://dichvucong.gov.vn", 6), 500, 300, null);
        g.dispose();

        assertThat(QrCodes.decode(page)).contains("https://dichvucong.gov.vn");
    }

    @Test
    void a_picture_without_a_code_reads_as_nothing() {
        assertThat(QrCodes.decode(new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB))).isEmpty();
    }

    @Test
    void the_inline_svg_draws_every_dark_module_and_names_itself() {
        String svg = QrCodes.svg("https://vneid.gov.vn", "Mã QR \"chính thức\"");
        int dark = 0;
        var m = QrCodes.matrix("https://vneid.gov.vn");
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                dark += m.get(x, y) ? 1 : 0;
            }
        }
        assertThat(svg).startsWith("<svg").contains("aria-label=\"Mã QR &quot;chính thức&quot;\"")
                .contains("viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight() + "\"");
        assertThat(svg.split("h1v1h-1z", -1)).hasSize(dark + 1);
    }

    @Test
    void text_too_long_for_a_qr_code_is_refused_clearly() {
        assertThatThrownBy(() -> QrCodes.matrix("x".repeat(5000))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5000");
    }
}
