package vn.tramso.usage;

import java.util.Arrays;
import java.util.Optional;

/** What happened in a kiosk visit; {@link #wire()} is its name in the offline pages' JSON. */
public enum UsageKind {
    /** The resident left the attract screen for the home screen (live screens only). */
    VISIT_STARTED("visit-started", false, false),
    GUIDE_OPENED("guide-opened", true, true),
    STEP_REACHED("step-reached", true, true),
    /** Done on the guide's last step. */
    GUIDE_FINISHED("guide-finished", true, true),
    QR_SHOWN("qr-shown", true, true),
    /** "I need help" tapped, from a guide's step or elsewhere. */
    HELP_ASKED("help-asked", true, false),
    LISTEN_PLAYED("listen-played", true, true),
    /** The idle reset wiped the visit; its guide and step are where the resident was last. */
    ABANDONED("abandoned", true, false);

    private final String wire;
    private final boolean sentOffline;
    private final boolean needsStep;

    UsageKind(String wire, boolean sentOffline, boolean needsStep) {
        this.wire = wire;
        this.sentOffline = sentOffline;
        this.needsStep = needsStep;
    }

    public String wire() {
        return wire;
    }

    /** Whether an offline page may send it (the contract of {@code POST /kiosk/<kiosk>/usage}). */
    boolean sentOffline() {
        return sentOffline;
    }

    /** Whether it always comes with a guide and a step (help and abandonment may come from outside a guide). */
    boolean needsStep() {
        return needsStep;
    }

    static Optional<UsageKind> ofWire(String wire) {
        return Arrays.stream(values()).filter(k -> k.wire.equals(wire)).findFirst();
    }
}
