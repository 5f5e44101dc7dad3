package vn.tramso.guide;

import org.springframework.stereotype.Component;
import vn.tramso.base.cluster.NodeSignals;

/**
 * A reload of kiosk-config pressed in /admin reaches every app node: this node reloads at once and
 * answers with what it found; the others hear of it at their next signal poll and reload their own
 * copy of the folder (which must hold the same files: docs/decisions/008-two-app-nodes-on-galera.md).
 * A node whose copy is bad keeps its last good content and says why in its log.
 */
@Component
public class KioskConfigReloads {

    static final String TOPIC = "guide.reload";
    /** The subject of a reload; {@link NodeSignals#ALL}, sent after a node missed signals, does not reload (files may be mid-edit). */
    private static final long RELOAD = 1;

    private final GuideCatalog catalog;
    private final NodeSignals signals;

    KioskConfigReloads(GuideCatalog catalog, NodeSignals signals) {
        this.catalog = catalog;
        this.signals = signals;
        signals.subscribe(TOPIC, subject -> {
            if (subject == RELOAD) {
                catalog.reload();
            }
        });
    }

    /** Reloads here, and tells the other nodes to reload when the content here was good. */
    public ReloadResult reloadEverywhere() {
        ReloadResult here = catalog.reload();
        if (here.succeeded()) {
            signals.sendToOtherNodes(TOPIC, RELOAD);
        }
        return here;
    }
}
