package vn.tramso.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tramso.IntegrationTest;
import vn.tramso.TestStaff;
import vn.tramso.notification.ChannelChoice;
import vn.tramso.notification.CommuneMessageSettings;
import vn.tramso.notification.CommuneMessages;
import vn.tramso.notification.MessageKind;
import vn.tramso.place.Places;

/**
 * "Cài đặt tin nhắn" on the leaders' outbox screen, by touch: the leader chooses per kind how the
 * commune's messages go, reads what "Chỉ Zalo" means for a resident, sets the daily budget, and a
 * budget out of bounds keeps the dialog open with the reason.
 */
@IntegrationTest
@ViewPackages(packages = "vn.tramso")
class MessageSettingsDialogTest extends SpringBrowserlessTest {

    @Autowired
    CommuneMessages messages;
    @Autowired
    Places places;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;

    /** Hồng Quang's messages are everyone's in this test run: put back the installation's settings. */
    @AfterEach
    void backToTheInstallations() {
        long hq = places.village("HY-HQ-TRA-PHUONG").orElseThrow().communeId();
        jdbc.sql("DELETE FROM commune_channel_order WHERE commune_id = :c").param("c", hq).update();
        jdbc.sql("DELETE FROM commune_message_setting WHERE commune_id = :c").param("c", hq).update();
    }

    @Test
    @WithUserDetails("lanhdao.hongquang")
    void a_leader_chooses_zalo_only_for_reminders_reads_what_it_means_and_sets_the_daily_budget() {
        long hq = places.village("HY-HQ-TRA-PHUONG").orElseThrow().communeId();
        navigate(OutboxView.class);
        test($(Button.class).withClassName("outbox-settings").single()).click();

        Dialog dialog = $(Dialog.class).withClassName("message-settings-dialog").single();
        assertThat(text("message-settings-commune-name")).isEqualTo("Xã Hồng Quang");
        assertThat($(Select.class).withClassName("message-settings-commune").all()).as("a leader has one commune: no choice shown").isEmpty();
        Select<?> reminders = $(Select.class).withClassName("message-settings-order-booking-reminder").single();
        assertThat(reminders.getLabel()).isEqualTo("Nhắc lịch hẹn");
        assertThat(test(reminders).getSelected()).as("the installation's order").isEqualTo(ChannelChoice.ZALO_THEN_SMS);
        assertThat(test(reminders).getSuggestions()).containsExactly("Zalo, rồi SMS", "Chỉ SMS", "Chỉ Zalo", "SMS, rồi Zalo");

        test(reminders).selectItem("Chỉ Zalo");
        assertThat(reminders.getHelperText()).isEqualTo("Người dân không dùng Zalo sẽ không nhận được tin này.");
        test($(Select.class).withClassName("message-settings-order-booking-confirmed").single()).selectItem("Chỉ SMS");

        IntegerField budget = $(IntegerField.class).withClassName("message-settings-budget").single();
        assertThat(budget.getValue()).as("empty: the common limit").isNull();
        assertThat(budget.getHelperText()).contains("mức chung 300 tin/ngày");
        budget.setValue(6000); // typed on the phone: the field marks it, the browser still sends it (the tester would refuse it)
        test($(Button.class).withClassName("dialog-save").single()).click();
        assertThat(dialog.isOpened()).as("refused: nothing typed is lost").isTrue();
        assertThat(text("form-error")).isEqualTo("Số tin mỗi ngày phải từ 0 đến 5000.");

        test(budget).setValue(120);
        test($(Button.class).withClassName("dialog-save").single()).click();

        assertThat(dialog.isOpened()).isFalse();
        CommuneMessageSettings saved = staff.as("lanhdao.hongquang", () -> messages.of(hq));
        assertThat(saved.orders()).containsEntry(MessageKind.BOOKING_REMINDER, ChannelChoice.ZALO_ONLY)
                .containsEntry(MessageKind.BOOKING_CONFIRMED, ChannelChoice.SMS_ONLY)
                .containsEntry(MessageKind.CONCERN_ANSWERED, ChannelChoice.ZALO_THEN_SMS);
        assertThat(saved.dailyBudget()).isEqualTo(120);

        test($(Button.class).withClassName("outbox-settings").single()).click();
        assertThat(test($(Select.class).withClassName("message-settings-order-booking-reminder").single()).getSelected())
                .as("opened again: the commune's choice").isEqualTo(ChannelChoice.ZALO_ONLY);
        assertThat(text("message-settings-changed")).startsWith("Lưu lần cuối: ");
    }

    @Test
    @WithUserDetails("admin")
    void the_admin_chooses_the_commune_starting_with_the_one_of_the_village_on_screen() {
        navigate(OutboxView.class);
        test($(Select.class).withClassName("outbox-village").single()).selectItem("Thôn Đình Dù");
        test($(Button.class).withClassName("outbox-settings").single()).click();

        Select<?> commune = $(Select.class).withClassName("message-settings-commune").single();
        assertThat(commune.isVisible()).isTrue();
        assertThat(test(commune).getSuggestions()).contains("Xã Hồng Quang", "Xã Như Quỳnh", "Xã Hồng Vân");
        assertThat(commune.getValue()).extracting("name").isEqualTo("Xã Như Quỳnh");
    }

    private String text(String className) {
        return $(Paragraph.class).withClassName(className).single().getText();
    }
}
