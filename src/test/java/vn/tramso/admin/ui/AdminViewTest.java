package vn.tramso.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tramso.IntegrationTest;
import vn.tramso.guide.GuideCatalog;

/** An admin reloads kiosk-config from the screen and sees what is wrong in it. */
@IntegrationTest
@ViewPackages(packages = "vn.tramso")
@WithUserDetails("admin")
class AdminViewTest extends SpringBrowserlessTest {

    @Value("${tramso.kiosk.dir}")
    Path kioskConfig;

    @org.springframework.beans.factory.annotation.Autowired
    GuideCatalog catalog;

    @Test
    void a_bad_file_is_shown_with_its_line_and_the_old_content_keeps_serving() throws Exception {
        Path guide = kioskConfig.resolve("guides/lua-dao.yaml");
        String good = Files.readString(guide);
        try {
            Files.writeString(guide, good.replace("topic: luadao", "topic: lừa đảo"));
            navigate(AdminView.class);
            test($(Button.class).withClassName("reload-button").single()).click();

            String status = $(Div.class).withClassName("reload-status").single().getElement().getTextRecursively();
            assertThat(status).contains("có 1 lỗi", "guides/lua-dao.yaml, dòng 3, trường 'topic'", "lừa đảo");
            assertThat(catalog.content().guide("lua-dao")).isPresent();

            Files.writeString(guide, good);
            test($(Button.class).withClassName("reload-button").single()).click();
            assertThat($(Div.class).withClassName("reload-status").single().getElement().getTextRecursively())
                    .contains("nội dung hợp lệ, 2 kiosk, 9 hướng dẫn");
        } finally {
            Files.writeString(guide, good);
            catalog.reload();
        }
    }

    @Test
    void the_admin_sees_every_kiosk_and_whether_it_has_settings() {
        AdminView view = navigate(AdminView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Xin chào, Quản trị (demo)",
                "Nhà văn hóa thôn Trà Phương", "Xã Hồng Quang, Tỉnh Hưng Yên", "Mã kiosk: tra-phuong", "Cấu hình: Có");
    }
}
