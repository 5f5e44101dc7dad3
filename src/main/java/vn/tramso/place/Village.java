package vn.tramso.place;

/**
 * A village (thôn, bản, ấp, tổ dân phố) with its cultural house, in its commune and province.
 *
 * @param retired a retired village keeps its history but takes no new accounts, kiosks or bookings
 */
public record Village(long id, String code, String name, String culturalHouse, long communeId, long provinceId,
                      VillageKind kind, String culturalHouseAddress, boolean retired) {

    /** The village with its commune and province, for {@link Coverage}. */
    public PlaceRef ref() {
        return PlaceRef.of(new VillageId(id), new CommuneId(communeId), new ProvinceId(provinceId));
    }
}
