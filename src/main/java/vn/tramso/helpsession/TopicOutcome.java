package vn.tramso.helpsession;

import vn.tramso.base.Topic;

/**
 * One topic of a session and what became of it.
 *
 * @param reason why not, for a topic not done; {@code null} when done or not said
 */
public record TopicOutcome(Topic topic, Outcome outcome, Outcome.Reason reason) {

    public TopicOutcome {
        if (outcome == Outcome.DONE) {
            reason = null;
        }
    }
}
