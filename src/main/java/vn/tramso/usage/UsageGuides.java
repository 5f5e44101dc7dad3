package vn.tramso.usage;

import java.util.Map;
import java.util.Optional;
import vn.tramso.base.Localized;

/**
 * What usage needs of guide content: which guides a kiosk shows and how many steps each has (to
 * check what an offline page sends), and a guide's title (for the funnel screen). Declared here and
 * implemented by the guide feature, which depends on this one (docs/decisions/011).
 */
public interface UsageGuides {

    /** The kiosk's guides by id, each with its number of steps; empty for a kiosk without settings. */
    Map<String, Integer> stepCounts(String kioskId);

    /** A guide's title and number of steps. */
    record GuideFacts(Localized title, int steps) {
    }

    /** A guide's title and steps, or empty for a guide no longer in kiosk-config. */
    Optional<GuideFacts> guide(String guideId);
}
