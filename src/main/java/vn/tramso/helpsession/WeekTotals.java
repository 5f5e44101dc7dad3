package vn.tramso.helpsession;

/**
 * A volunteer's week at a glance.
 *
 * @param people     people helped (a group counts its head count)
 * @param topicsDone topics done, over all sessions
 */
public record WeekTotals(int sessions, int people, int minutes, int topicsDone) {
}
