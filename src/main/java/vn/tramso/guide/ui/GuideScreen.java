package vn.tramso.guide.ui;

import vn.tramso.base.ui.KioskFrames;
import vn.tramso.base.ui.KioskScreen;
import vn.tramso.guide.GuideCatalog;
import vn.tramso.guide.KioskSettings;

/** A kiosk screen showing guides: the kiosk's own guides, from its kiosk-config settings. */
abstract class GuideScreen extends KioskScreen {

    protected final GuideCatalog catalog;

    GuideScreen(KioskFrames frames, GuideCatalog catalog) {
        super(frames);
        this.catalog = catalog;
    }

    /** The kiosk's settings: present, since the frame came from them. */
    protected KioskSettings settings() {
        return catalog.kiosk(kiosk.id()).orElseThrow();
    }
}
