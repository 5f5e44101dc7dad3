package vn.tramso.place;

/** A village's id, typed: see {@link ProvinceId}. */
public record VillageId(long value) {
}
