package vn.tramso.household;

/**
 * A "1+10" member of a village's team (a staff account of the village) and how many households
 * they look after now.
 */
public record Looker(long userId, String name, int households) {
}
