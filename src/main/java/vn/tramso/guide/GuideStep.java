package vn.tramso.guide;

import java.nio.file.Path;
import vn.tramso.base.Localized;

/**
 * One screen of a guide: a short title, one to three short sentences, an illustration (SVG
 * markup, already checked to be safe to inline), an optional tip and warning, and optionally a
 * link to the scam alerts in force for the kiosk's commune, and optionally a recorded human voice
 * reading it ({@code recording}: a checked audio file under kiosk-config, played instead of espeak-ng's).
 */
public record GuideStep(Localized title, Localized text, String illustrationSvg, Localized tip, Localized warning,
                        boolean linksAlerts, Path recording) {
}
