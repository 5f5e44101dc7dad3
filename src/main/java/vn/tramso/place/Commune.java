package vn.tramso.place;

/** A commune (xã, phường, đặc khu) of a province. */
public record Commune(long id, long provinceId, String code, String name, CommuneKind kind, boolean retired) {

    /** The commune with its province, for {@link Coverage}. */
    public PlaceRef ref() {
        return PlaceRef.of(new CommuneId(id), new ProvinceId(provinceId));
    }
}
