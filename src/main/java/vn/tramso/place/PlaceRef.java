package vn.tramso.place;

import java.util.Objects;

/**
 * A place of the tree with the places above it: what {@link Coverage} decides on. A province has
 * no commune and no village, a commune no village; every level above the place's own is given.
 * Made from a row with {@link Province#ref()}, {@link Commune#ref()}, {@link Village#ref()}, or
 * from typed ids, so a commune's id given as its province's does not compile.
 */
public record PlaceRef(PlaceLevel level, ProvinceId province, CommuneId commune, VillageId village) {

    public PlaceRef {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(province, "province");
        if ((commune == null) != (level == PlaceLevel.PROVINCE) || (village == null) != (level != PlaceLevel.VILLAGE)) {
            throw new IllegalArgumentException("a " + level + " with commune " + commune + " and village " + village);
        }
    }

    public static PlaceRef of(ProvinceId province) {
        return new PlaceRef(PlaceLevel.PROVINCE, province, null, null);
    }

    public static PlaceRef of(CommuneId commune, ProvinceId province) {
        return new PlaceRef(PlaceLevel.COMMUNE, province, commune, null);
    }

    public static PlaceRef of(VillageId village, CommuneId commune, ProvinceId province) {
        return new PlaceRef(PlaceLevel.VILLAGE, province, commune, village);
    }

    /** The place's own id, at its level. */
    public long id() {
        return idAt(level);
    }

    /** The id of the place at the level, its own or one above it; null when the place lies above that level. */
    public Long idAt(PlaceLevel at) {
        return switch (at) {
            case PROVINCE -> province.value();
            case COMMUNE -> commune == null ? null : commune.value();
            case VILLAGE -> village == null ? null : village.value();
        };
    }
}
