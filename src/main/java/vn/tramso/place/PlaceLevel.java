package vn.tramso.place;

/** The levels of the place tree after the 2025 reform (no districts). */
public enum PlaceLevel {
    PROVINCE("province"), COMMUNE("commune"), VILLAGE("village");

    private final String table;

    PlaceLevel(String table) {
        this.table = table;
    }

    String table() {
        return table;
    }
}
