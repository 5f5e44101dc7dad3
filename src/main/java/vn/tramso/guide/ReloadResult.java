package vn.tramso.guide;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of loading kiosk-config.
 *
 * @param problems empty when the new content is now served; else what is wrong, and the last good
 *                 content is still served
 */
public record ReloadResult(Instant at, List<ContentProblem> problems, int kiosks, int guides) {

    public ReloadResult {
        problems = List.copyOf(problems);
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }
}
