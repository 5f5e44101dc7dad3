package vn.tramso.adoption;

/**
 * Topics worked on and not finished in a period, with the outcome (started, could not) and why.
 *
 * @param topic   a {@code base.Topic} name
 * @param outcome a {@code helpsession.Outcome} name
 * @param reason  a {@code helpsession.Outcome.Reason} name, or empty when none was given
 */
public record NotReached(String topic, String outcome, String reason, long count) {
}
