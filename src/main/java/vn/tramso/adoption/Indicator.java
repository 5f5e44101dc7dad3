package vn.tramso.adoption;

import java.util.function.Function;

/**
 * The adoption indicators, defined in one place: each is a numerator and a denominator summed over
 * the place's villages first (never an average of village shares), times a factor, and says how it
 * adds up over time: events sum over the period's days, stocks take the period's last month. The
 * definition shown next to each figure is {@link #definitionKey()}.
 */
public enum Indicator {
    VNEID_LEVEL_2(Over.STOCK, Unit.PERCENT, true, f -> share(f.adultsVneid2(), f.adults())),
    VNEID_LEVEL_1(Over.STOCK, Unit.PERCENT, true, f -> share(f.adultsVneid1(), f.adults())),
    DIGITAL_HOUSEHOLDS(Over.STOCK, Unit.PERCENT, true, f -> share(f.digitalHouseholds(), f.households())),
    HOUSEHOLDS_REACHED(Over.STOCK, Unit.PERCENT, true, f -> share(f.reachedHouseholds(), f.households())),
    ONE_PLUS_TEN(Over.STOCK, Unit.PERCENT, true, f -> share(f.assignedHouseholds(), f.households())),
    SESSIONS(Over.EVENT, Unit.COUNT, true, f -> count(f.sessions())),
    PEOPLE_HELPED(Over.EVENT, Unit.COUNT, true, f -> count(f.people())),
    NEW_PEOPLE(Over.EVENT, Unit.PERCENT, true, f -> share(f.newPeople(), f.people())),
    AUTONOMY(Over.EVENT, Unit.PERCENT, true, f -> share(f.alone(), f.sessions())),
    MEDIAN_MINUTES(Over.EVENT, Unit.MINUTES, false, f -> count(f.medianMinutes())),
    NO_SHOWS(Over.EVENT, Unit.PERCENT, false, f -> share(f.noShows(), f.bookingsOver())),
    NOT_REACHED(Over.EVENT, Unit.PERCENT, false, f -> share(f.topics() - f.topicsDone(), f.topics())),
    DOSSIERS_ONLINE(Over.EVENT, Unit.PERCENT, true, f -> share(f.dossiersDone(), f.people())),
    COMMUNE_DOSSIERS_ONLINE(Over.EVENT, Unit.PERCENT, true, f -> share(f.dossiersOnline(), f.dossiersReceived())),
    SATISFACTION(Over.EVENT, Unit.SCORE, true, f -> new Measure(f.ratingSum(), f.ratings(), 1)),
    DONE_TODAY(Over.EVENT, Unit.PERCENT, true, f -> share(f.ratingsDone(), f.ratings())),
    CONCERNS_ON_TIME(Over.EVENT, Unit.PERCENT, true, f -> share(f.concernsOnTime(), f.concernsClosed())),
    SILENT_VILLAGES(Over.EVENT, Unit.PERCENT, false, f -> share(f.silentVillages(), f.villages())),
    /** Visits at the kiosks: from leaving the attract screen to the idle reset (usage, issue 24). */
    KIOSK_VISITS(Over.EVENT, Unit.COUNT, true, f -> count(f.kioskVisits())),
    /** Guides followed to Done on their last step at a kiosk, each visit's guide once. */
    GUIDES_FINISHED(Over.EVENT, Unit.COUNT, true, f -> count(f.guidesFinished()));

    /** How a figure adds up over a period. */
    public enum Over {
        /** Counts of things that happened: the days' counts sum. */
        EVENT,
        /** A state at a moment: the period's last month-end (or today). */
        STOCK
    }

    public enum Unit {
        PERCENT, COUNT, MINUTES, SCORE
    }

    private final Over over;
    private final Unit unit;
    private final boolean higherIsBetter;
    private final Function<Figures, Measure> measure;

    Indicator(Over over, Unit unit, boolean higherIsBetter, Function<Figures, Measure> measure) {
        this.over = over;
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
        this.measure = measure;
    }

    public Measure of(Figures figures) {
        return measure.apply(figures);
    }

    public Over over() {
        return over;
    }

    public Unit unit() {
        return unit;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** Counts have no target: a year's target would have to be prorated over a month. */
    public boolean takesTarget() {
        return unit != Unit.COUNT;
    }

    public String labelKey() {
        return "indicator." + name().toLowerCase().replace('_', '-');
    }

    public String definitionKey() {
        return labelKey() + ".definition";
    }

    private static Measure share(long numerator, long denominator) {
        return new Measure(numerator, denominator, 100);
    }

    private static Measure count(long value) {
        return new Measure(value, 1, 1);
    }
}
