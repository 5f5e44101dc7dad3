package vn.tramso.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which static files a browser may keep, and how (issue 23); pages and UI responses are never among them. */
class StaticFileCachingTest {

    @Test
    void files_whose_name_or_address_carries_their_hash_are_kept_a_year() {
        assertThat(StaticFileCaching.policy("/VAADIN/build/indexhtml-BNp73Egs.js", null, null)).hasValue(StaticFileCaching.IMMUTABLE);
        assertThat(StaticFileCaching.policy("/VAADIN/build/generated-flow-imports-t4nGUjc-.js", null, null))
                .hasValue(StaticFileCaching.IMMUTABLE);
        assertThat(StaticFileCaching.policy("/VAADIN/static/push/vaadinPush-min.js", "17468f19f80e2616", null))
                .hasValue(StaticFileCaching.IMMUTABLE);
        assertThat(StaticFileCaching.IMMUTABLE).contains("max-age=31536000", "immutable");
    }

    @Test
    void our_own_style_sheets_without_their_hash_are_checked_before_each_use() {
        assertThat(StaticFileCaching.policy("/styles/kiosk.css", null, null)).hasValue("no-cache");
        assertThat(StaticFileCaching.policy("/styles/staff.css", null, null)).hasValue("no-cache");
        assertThat(StaticFileCaching.policy("/styles/kiosk.css", null, "2e2fc343")).as("Vaadin's own year, immutable").isEmpty();
    }

    @Test
    void the_kiosks_service_worker_and_offline_script_are_checked_before_each_use() {
        assertThat(StaticFileCaching.policy("/kiosk-sw.js", null, null)).hasValue("no-cache");
        assertThat(StaticFileCaching.policy("/kiosk-offline.js", null, null)).hasValue("no-cache");
        assertThat(StaticFileCaching.policy("/kiosk-other.js", null, null)).isEmpty();
    }

    @Test
    void pages_ui_requests_and_files_without_a_hash_are_left_alone() {
        assertThat(StaticFileCaching.policy("/kiosk/tra-phuong", null, null)).isEmpty();
        assertThat(StaticFileCaching.policy("/", null, null)).isEmpty();
        assertThat(StaticFileCaching.policy("/VAADIN/build/sw.js", null, null)).isEmpty();
        assertThat(StaticFileCaching.policy("/VAADIN/static/push/vaadinPush-min.js", null, null)).isEmpty();
        assertThat(StaticFileCaching.policy("/VAADIN/build/../kiosk/tra-phuong-abcdefgh.js", null, null))
                .as("no path segments beyond the folder").isEmpty();
        assertThat(StaticFileCaching.policy("/kiosk/tra-phuong/styles/kiosk.css", null, null)).isEmpty();
    }
}
