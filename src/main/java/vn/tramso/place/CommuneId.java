package vn.tramso.place;

/** A commune's id, typed: see {@link ProvinceId}. */
public record CommuneId(long value) {
}
