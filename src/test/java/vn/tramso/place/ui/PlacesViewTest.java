package vn.tramso.place.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tramso.IntegrationTest;

/** A commune leader keeps the villages of their commune from the places screen, by touch. */
@IntegrationTest
@ViewPackages(packages = "vn.tramso")
@WithUserDetails("lanhdao.hongquang")
class PlacesViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_leader_lands_on_the_villages_of_their_commune_and_adds_one() {
        navigate(PlacesView.class);
        assertThat(text()).contains("Thôn, tổ dân phố của Xã Hồng Quang", "Thôn Trà Phương").doesNotContain("Thôn Vân La");

        test($(TextField.class).withClassName("place-field-code").single()).setValue("HY-HQ-DONG-XA");
        test($(TextField.class).withClassName("place-field-name").single()).setValue("Thôn Đông Xá");
        test($(Button.class).withClassName("place-add").single()).click();

        assertThat(text()).contains("Thôn Đông Xá", "Nhà văn hóa thôn Đông Xá");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM village WHERE code = 'HY-HQ-DONG-XA'").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void a_taken_code_is_said_plainly_and_no_import_is_offered_to_a_leader() {
        navigate(PlacesView.class);
        test($(TextField.class).withClassName("place-field-code").single()).setValue("HY-HQ-TRA-PHUONG");
        test($(TextField.class).withClassName("place-field-name").single()).setValue("Thôn Trùng");
        test($(Button.class).withClassName("place-add").single()).click();

        assertThat($(Notification.class).last().getElement().getProperty("text", "")
                + test($(Notification.class).last()).getText()).contains("Mã này đã có");
        assertThat($(Div.class).withClassName("import-panel").all()).isEmpty();
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }
}
