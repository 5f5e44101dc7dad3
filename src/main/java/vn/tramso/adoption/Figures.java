package vn.tramso.adoption;

import vn.tramso.usage.UsageFigures;

/**
 * A place's summed figures for a period: events summed over its days, stocks as at the end of its
 * last month, both summed over the place's villages before any share is taken.
 *
 * @param medianMinutes   the median session length, or 0 without sessions
 * @param villages        villages in the place (not retired)
 * @param silentVillages  of those, the villages that logged no session in the period's last month
 * @param dossiersReceived the commune's own dossiers received in the period, as its leaders entered
 *                        them (communes and above only), and {@code dossiersOnline} of those online
 * @param kioskVisits     visits at the place's kiosks (usage's summaries, through {@link UsageFigures})
 * @param guidesFinished  guides residents followed to their last step at those kiosks
 */
public record Figures(long sessions, long people, long newPeople, long alone, long minutes, long topics, long topicsDone,
                      long dossiersDone, long bookingsOver, long noShows, long ratings, long ratingSum, long ratingsDone,
                      long concernsOpened, long concernsClosed, long concernsOnTime, long adults, long adultsVneid1,
                      long adultsVneid2, long households, long digitalHouseholds, long reachedHouseholds,
                      long assignedHouseholds, long medianMinutes, long villages, long silentVillages,
                      long dossiersReceived, long dossiersOnline, long kioskVisits, long guidesFinished) {

    /** These figures with the kiosk counts usage gives. */
    public Figures withKiosk(UsageFigures.Visits kiosk) {
        return new Figures(sessions, people, newPeople, alone, minutes, topics, topicsDone, dossiersDone, bookingsOver, noShows,
                ratings, ratingSum, ratingsDone, concernsOpened, concernsClosed, concernsOnTime, adults, adultsVneid1, adultsVneid2,
                households, digitalHouseholds, reachedHouseholds, assignedHouseholds, medianMinutes, villages, silentVillages,
                dossiersReceived, dossiersOnline, kiosk.visits(), kiosk.guidesFinished());
    }
}
