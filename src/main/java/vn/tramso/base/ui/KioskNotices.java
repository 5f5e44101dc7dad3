package vn.tramso.base.ui;

import java.util.List;
import java.util.Optional;
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

    /** The address of the notice read aloud in the kiosk's voice, once its audio is made (issue 24); none by default. */
    default Optional<String> audio(long noticeId, String kioskId) {
        return Optional.empty();
    }

    /** A notice to read aloud: its id and its audio's address. */
    record Reading(long noticeId, String audio) {
    }

    /**
     * For an attract screen that reads new notices aloud: the notices showing at the village whose audio
     * is made and that this kiosk has not read yet, newest first. Asking records nothing: a notice
     * counts as read only once it {@linkplain #played played}.
     */
    default List<Reading> unread(String kioskId, long villageId) {
        return List.of();
    }

    /**
     * Records that the notice's reading started playing at the kiosk, so that no screen of the kiosk reads
     * it again, whatever the node, browser or reload.
     *
     * @return false when it was recorded already (another screen of the kiosk played it first): stop this one
     */
    default boolean played(long noticeId, String kioskId) {
        return false;
    }
}
