package vn.tramso.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tramso.IntegrationTest;
import vn.tramso.TestStaff;
import vn.tramso.account.Accounts;
import vn.tramso.base.security.Role;

/** Accounts by touch: a leader creates a volunteer and hands over a temporary password, which must be changed first. */
@IntegrationTest
@ViewPackages(packages = "vn.tramso")
class AccountsViewTest extends SpringBrowserlessTest {

    @Autowired
    TestStaff staff;
    @Autowired
    Accounts accounts;

    @Test
    @WithUserDetails("lanhdao.hongquang")
    void a_leader_creates_a_volunteer_and_sees_the_temporary_password_once() {
        navigate(AccountsView.class);
        test($(TextField.class).withClassName("account-username").single()).setValue("tnv.giao");
        test($(TextField.class).withClassName("account-name").single()).setValue("Anh Giao");
        @SuppressWarnings("unchecked")
        Select<Accounts.PlaceChoice> place = $(Select.class).withClassName("account-place").single();
        place.setValue(place.getListDataView().getItems().filter(p -> p.name().equals("Nhà văn hóa thôn Trà Phương"))
                .findFirst().orElseThrow());
        test($(Button.class).withClassName("account-create").single()).click();

        String password = $(Span.class).withClassName("temporary-password").single().getText();
        assertThat(password).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Anh Giao", "tnv.giao", "Nhà văn hóa thôn Trà Phương");
    }

    @Test
    void someone_with_a_temporary_password_is_sent_to_change_it_before_anything_else() {
        staff.run("admin", () -> accounts.create(new Accounts.NewAccount("tnv.tam", "Chị Tạm", Role.VOLUNTEER,
                staff.as("admin", () -> accounts.placesFor(Role.VOLUNTEER)).getFirst().id())));
        staff.signIn("tnv.tam");

        navigate("volunteer", PasswordView.class);

        assertThat($(PasswordField.class).all()).hasSize(3);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("mật khẩu tạm");
    }
}
