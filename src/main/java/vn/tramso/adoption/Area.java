package vn.tramso.adoption;

import vn.tramso.place.PlaceLevel;

/**
 * A place as the dashboards show it: its level, id and name, and the place above it (for "back
 * up"), or {@code null} at the top.
 */
public record Area(PlaceLevel level, long id, String name, Area parent) {
}
