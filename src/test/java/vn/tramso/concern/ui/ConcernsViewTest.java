package vn.tramso.concern.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tramso.IntegrationTest;
import vn.tramso.TestDatabase;
import vn.tramso.TestStaff;
import vn.tramso.concern.ConcernCategory;
import vn.tramso.concern.ConcernSource;
import vn.tramso.concern.Concerns;
import vn.tramso.concern.NewConcern;
import vn.tramso.place.Places;

/** The concerns diary by touch: a member records and forwards; the leader sees the overdue ones first, marked. */
@IntegrationTest
@ViewPackages(packages = "vn.tramso")
class ConcernsViewTest extends SpringBrowserlessTest {

    @Autowired
    Concerns concerns;
    @Autowired
    TestStaff staff;
    @Autowired
    Places places;

    @Test
    @WithUserDetails("tnv.traphuong")
    void a_member_records_a_concern_with_chips_and_forwards_it() {
        String text = "Xin mở lớp dạy dùng điện thoại cho người cao tuổi " + System.nanoTime() % 10_000;
        navigate(ConcernsView.class);
        test($(Button.class).withClassName("new-concern").single()).click();
        test($(Button.class, $(Component.class).withClassName("concern-category").single()).withClassName("chip-online-services")
                .single()).click();
        test($(TextArea.class).withClassName("concern-text").single()).setValue(text);
        test($(Button.class).withClassName("dialog-save").single()).click();

        Div card = card(text);
        assertThat(card.getElement().getTextRecursively()).contains("Dịch vụ công trực tuyến, VNeID", "Mới", "Hạn trả lời");
        test($(Button.class, card).withClassName("concern-forward").single()).click();
        assertThat(card(text).getElement().getTextRecursively()).contains("Đã chuyển lên xã");
        assertThat($(Button.class, card(text)).withClassName("concern-answer-button").all()).as("the commune answers").isEmpty();
    }

    @Test
    @WithUserDetails("lanhdao.hongquang")
    void the_leader_sees_an_overdue_concern_first_marked_in_words() {
        long village = places.village("HY-HQ-TRA-PHUONG").orElseThrow().id();
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 10, 1, 9, 0));
        String text = "Đường vào nghĩa trang ngập nước " + System.nanoTime() % 10_000;
        staff.run("tnv.traphuong", () -> concerns.record(new NewConcern(village, ConcernCategory.ROADS_LIGHTING, text,
                ConcernSource.PHONE, null, null, null)));
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 10, 20, 9, 0));

        navigate(ConcernsView.class);
        Div first = $(Div.class).withClassName("concern-card").first();
        assertThat(first.getElement().getTextRecursively()).contains("Quá hạn");
        Div card = card(text);
        assertThat(card.hasClassName("overdue")).isTrue();
        assertThat(card.getElement().getTextRecursively()).contains("Quá hạn 12 ngày");
        assertThat($(Button.class, card).withClassName("concern-answer-button").all()).hasSize(1);
    }

    @Test
    @WithUserDetails("lanhdao.hongquang")
    void answering_by_sms_shows_the_parts_it_costs_as_the_leader_types() {
        long village = places.village("HY-HQ-TRA-PHUONG").orElseThrow().id();
        String text = "Xin sửa cống trước nhà văn hóa " + System.nanoTime() % 10_000;
        staff.run("tnv.traphuong", () -> concerns.record(new NewConcern(village, ConcernCategory.ROADS_LIGHTING, text,
                ConcernSource.PHONE, null, null, "0912 000 999")));
        navigate(ConcernsView.class);
        test($(Button.class, card(text)).withClassName("concern-answer-button").single()).click();
        TextArea answer = $(TextArea.class).withClassName("concern-answer-text").single();
        Paragraph cost = $(Paragraph.class).withClassName("concern-sms-cost").single();

        test(answer).setValue("Xã đã giao cán bộ địa chính đến xem trong tuần này.");
        assertThat(cost.getText()).as("41 characters of heading and 51 of answer, without diacritics").contains("92 ký tự", "1 phần");
        assertThat(cost.isVisible()).isTrue();

        test(answer).setValue("Xã đã giao cán bộ địa chính đến xem, ".repeat(4));
        assertThat(cost.getText()).as("188 characters: two parts of 153").contains("188 ký tự", "2 phần", "tính phí 2 tin");

        test($(Checkbox.class).withClassName("concern-sms").single()).click();
        assertThat(cost.isVisible()).as("no SMS, no cost").isFalse();
    }

    private Div card(String text) {
        return $(Div.class).withClassName("concern-card").all().stream()
                .filter(d -> d.getElement().getTextRecursively().contains(text)).findFirst().orElseThrow();
    }
}
