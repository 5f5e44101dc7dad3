package vn.tramso.guide;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.tramso.base.ui.KioskFrame;
import vn.tramso.base.ui.KioskFrames;
import vn.tramso.place.KioskAccess;
import vn.tramso.place.KioskDevices;

/** The frame of a kiosk's screens from its kiosk-config settings, for its enrolled devices only. */
@Component
class KioskFrameSource implements KioskFrames {

    private final GuideCatalog catalog;
    private final KioskDevices devices;

    KioskFrameSource(GuideCatalog catalog, KioskDevices devices) {
        this.catalog = catalog;
        this.devices = devices;
    }

    @Override
    public Opened open(String kioskId, Long deviceId) {
        KioskAccess access = devices.access(deviceId, kioskId).orElse(null);
        if (access == null) {
            return new NotRegistered();
        }
        return catalog.kiosk(kioskId).<Opened>map(k -> new Ready(new KioskFrame(k.id(), access.villageId(),
                        access.deviceId(), k.name(), k.idleTimeout(), k.idleWarning(), k.languages(), k.contactName(),
                        k.contactPhone())))
                .orElseGet(Unconfigured::new);
    }

    @Override
    public Optional<HelpLine> helpLine(String kioskId) {
        return catalog.kiosk(kioskId).map(k -> new HelpLine(k.contactName(), k.contactPhone(), k.idleTimeout(), k.idleWarning()));
    }
}
