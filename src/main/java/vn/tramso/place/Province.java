package vn.tramso.place;

/** A province or centrally-run city. */
public record Province(long id, String code, String name, boolean retired) {

    /** The province, for {@link Coverage}. */
    public PlaceRef ref() {
        return PlaceRef.of(new ProvinceId(id));
    }
}
