package vn.tramso.household.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.StreamResourceRegistry.ElementStreamResource;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tramso.IntegrationTest;
import vn.tramso.TestStaff;
import vn.tramso.base.table.TableReader;
import vn.tramso.base.ui.ForbiddenView;
import vn.tramso.household.HouseholdDetails;
import vn.tramso.household.Households;
import vn.tramso.household.Looker;
import vn.tramso.place.Places;

/** A volunteer keeps households by touch: adds one and a member, sets a status, gives it to a 1+10 member. */
@IntegrationTest
@ViewPackages(packages = "vn.tramso")
@WithUserDetails("tnv.traphuong")
class HouseholdViewsTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Households households;
    @Autowired
    Places places;
    @Autowired
    TestStaff staff;

    @Test
    void a_volunteer_adds_a_household_and_a_member_and_sets_vneid_level_2() {
        String code = "UI" + System.nanoTime() % 1_000_000;
        navigate(HouseholdsView.class);
        test($(Button.class).withClassName("add-household").single()).click();
        test($(TextField.class).withClassName("household-code").single()).setValue(code);
        test($(TextField.class).withClassName("household-head").single()).setValue("Bùi Văn Khải");
        test($(Button.class).withClassName("dialog-save").single()).click();

        assertThat(getCurrentView()).isInstanceOf(HouseholdView.class);
        test($(Button.class).withClassName("add-member").single()).click();
        test($(TextField.class).withClassName("member-name").single()).setValue("Bùi Thị Nga");
        test($(IntegerField.class).withClassName("member-year").single()).setValue(1957);
        test($(Button.class).withClassName("dialog-save").single()).click();
        assertThat(text()).contains("Bùi Thị Nga", "sinh năm 1957", "VNeID: Chưa có");

        test($(Button.class).withClassName("set-status").single()).click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> vneid = $(RadioButtonGroup.class).withClassName("fact-vneid").single();
        test(vneid).selectItem("Mức 2");
        test($(Button.class).withClassName("dialog-save").single()).click();

        assertThat(text()).contains("VNeID: Mức 2");
        assertThat(jdbc.sql("""
                        SELECT f.value FROM member_fact f JOIN household_member m ON m.id = f.member_id
                        WHERE m.full_name = 'Bùi Thị Nga' AND f.kind = 'VNEID' AND f.source = 'VOLUNTEER'""")
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void a_bad_member_is_said_plainly_and_the_form_stays_open() {
        long id = household();
        navigate(HouseholdView.class, id);
        test($(Button.class).withClassName("add-member").single()).click();
        test($(TextField.class).withClassName("member-name").single()).setValue("X");
        test($(Button.class).withClassName("dialog-save").single()).click();

        assertThat($(TextField.class).withClassName("member-name").all()).as("still open").hasSize(1);
        assertThat($(Paragraph.class).withClassName("form-error").single().getText()).contains("Tên chỉ gồm chữ và dấu cách");
    }

    @Test
    void chosen_households_go_to_a_member_who_then_sees_them_on_their_own_list() {
        long id = household();
        navigate(HouseholdsView.class);
        test($(TextField.class).withClassName("household-search").single()).setValue(code(id));
        test($(Checkbox.class).withClassName("household-pick").single()).click();
        @SuppressWarnings("unchecked")
        Select<Looker> looker = $(Select.class).withClassName("assign-looker").single();
        Looker me = looker.getListDataView().getItems().filter(l -> l.name().equals("Tình nguyện viên thôn Trà Phương (demo)"))
                .findFirst().orElseThrow();
        test(looker).selectItem(me.name() + " (đang phụ trách " + me.households() + " hộ)");
        test($(Button.class).withClassName("assign-households").single()).click();

        navigate(MyHouseholdsView.class);
        assertThat(text()).contains(code(id), "Chưa hỗ trợ lần nào");
    }

    @Test
    @WithUserDetails("tnv.vanla")
    void a_household_of_another_village_opened_by_address_is_refused() {
        long id = staff.as("tnv.traphuong", this::household);
        navigate("volunteer/household/" + id, ForbiddenView.class);
        assertThat(text()).contains("Trang này thuộc địa bàn khác").doesNotContain(code(id));
    }

    @Test
    void a_file_larger_than_the_limit_sent_straight_to_the_upload_handler_is_refused_while_it_is_read() throws Exception {
        navigate(HouseholdsView.class);
        Upload upload = $(Upload.class).withClassName("import-upload").single();
        UploadHandler handler = (UploadHandler) VaadinSession.getCurrent().getResourceRegistry()
                .getResource(java.net.URI.create(upload.getElement().getAttribute("target"))).map(ElementStreamResource.class::cast)
                .orElseThrow().getElementRequestHandler();
        int members = jdbc.sql("SELECT COUNT(*) FROM household_member").query(Integer.class).single();
        long[] sent = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                sent[0]++;
                return 'a';
            }
        };
        VaadinRequest request = Mockito.mock(VaadinRequest.class);
        Mockito.when(request.getInputStream()).thenReturn(endless);

        UploadEvent event = new UploadEvent(request, Mockito.mock(VaadinResponse.class), VaadinSession.getCurrent(), "ho.csv",
                -1, "text/csv", upload.getElement(), null);
        handler.handleUploadRequest(event);
        roundTrip();

        assertThat(event.isRejected()).isTrue();
        assertThat(sent[0]).as("reading stopped at the limit").isLessThanOrEqualTo(TableReader.MAX_BYTES + 16 * 1024);
        assertThat($(Paragraph.class).withClassName("import-error").single().getText()).isEqualTo("Tệp quá lớn: tối đa 20 MB.");
        assertThat($(Button.class).withClassName("import-commit").all()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM household_member").query(Integer.class).single()).isEqualTo(members);
    }

    private long household() {
        long village = places.village("HY-HQ-TRA-PHUONG").orElseThrow().id();
        return staff.as("tnv.traphuong", () -> households.addHousehold(village,
                new HouseholdDetails("UV" + System.nanoTime() % 1_000_000, null, null, null)));
    }

    private String code(long id) {
        return jdbc.sql("SELECT code FROM household WHERE id = :id").param("id", id).query(String.class).single();
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }
}
