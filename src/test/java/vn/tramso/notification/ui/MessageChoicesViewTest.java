package vn.tramso.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tramso.IntegrationTest;
import vn.tramso.TestDatabase;
import vn.tramso.notification.MessageChoices;
import vn.tramso.place.Places;

/** A volunteer records a resident's consent to alerts by message: nothing is saved until the resident is said to be present. */
@IntegrationTest
@ViewPackages(packages = "vn.tramso")
class MessageChoicesViewTest extends SpringBrowserlessTest {

    @Autowired
    MessageChoices choices;
    @Autowired
    Places places;

    @Test
    @WithUserDetails("tnv.traphuong")
    @SuppressWarnings("unchecked")
    void a_volunteer_reads_the_sentence_ticks_that_the_resident_is_present_and_the_choice_shows_in_the_numbers_history() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2027, 7, 1, 9, 0));
        String phone = "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        navigate(MessageChoicesView.class);

        test($(TextField.class).withClassName("choice-phone").single()).setValue(phone);
        assertThat(text()).contains("Số này chưa có lựa chọn nào.");
        RadioButtonGroup<MessageChoicesView.Action> action = $(RadioButtonGroup.class).withClassName("choice-action").single();
        action.setValue(MessageChoicesView.Action.JOIN);
        assertThat($(Paragraph.class).withClassName("consent-text").single().getText())
                .startsWith("Tôi đồng ý nhận cảnh báo lừa đảo của Xã Hồng Quang");
        Button save = $(Button.class).withClassName("choice-save").single();
        assertThat(save.isEnabled()).as("not before the resident is said to be present").isFalse();

        test($(Checkbox.class).withClassName("choice-present").single()).click();
        test(save).click();

        long commune = places.village("HY-HQ-TRA-PHUONG").orElseThrow().communeId();
        assertThat(choices.alertSubscribers(commune)).extracting(MessageChoices.Subscriber::phone).contains(phone);
        assertThat(text()).contains("Đồng ý nhận cảnh báo lừa đảo", "do tình nguyện viên ghi");
        assertThat($(Checkbox.class).withClassName("choice-present").single().getValue()).as("ticked again for the next choice").isFalse();
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }
}
