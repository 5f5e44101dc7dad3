package vn.tramso.base.ui;

import java.util.List;
import vn.tramso.base.KioskAssets;

/**
 * Notices the kiosk's attract and home screens show in large type (today: scam alerts), and a way
 * to hear when they may have changed. Implemented by the feature that owns them.
 */
public interface KioskNotices {

    /** @param picture the notice's picture (a base.KioskAssets file), or {@code null} */
    record Notice(long id, String title, String text, KioskAssets.Picture picture) {
    }

    /** What shows now at the kiosks of the village. */
    List<Notice> current(long villageId);

    /**
     * @param onChange called (on any thread) when the notices may have changed
     * @return call to unsubscribe
     */
    Runnable subscribe(Runnable onChange);
}
