package vn.tramso.place;

/** A village (thôn, bản, ấp, tổ dân phố) with its cultural house, in its commune and province. */
public record Village(long id, String code, String name, String culturalHouse, long communeId, long provinceId) {
}
