package vn.tramso.guide;

import java.util.List;
import vn.tramso.base.Localized;
import vn.tramso.base.Topic;

/**
 * A step-by-step guide loaded from {@code kiosk-config/guides/<id>.yaml}.
 *
 * @param link the official page or app-store link a resident opens on their own phone by QR
 *             code; {@code null} when the guide has none
 */
public record Guide(String id, Topic topic, Localized title, Localized summary, String link, List<GuideStep> steps) {

    public Guide {
        steps = List.copyOf(steps);
    }

    public int stepCount() {
        return steps.size();
    }

    /** The step with the given 1-based number. */
    public GuideStep step(int number) {
        return steps.get(number - 1);
    }

    public boolean hasStep(int number) {
        return number >= 1 && number <= steps.size();
    }
}
