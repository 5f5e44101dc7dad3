package vn.tramso.place;

/**
 * A province's id, typed so that it cannot be passed where a commune's or a village's is expected
 * (issue 22: {@code commune(long communeId, long provinceId)} compiled with the two swapped). Rows
 * keep plain {@code long} ids; this is made where an id is handed to {@link PlaceScope}.
 */
public record ProvinceId(long value) {
}
