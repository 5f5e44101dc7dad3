package vn.tramso.place;

/** A village-level unit: thôn, bản (in the mountains), ấp (in the south), tổ dân phố (in towns). */
public enum VillageKind {
    THON("Thôn"), BAN("Bản"), AP("Ấp"), TO_DAN_PHO("Tổ dân phố");

    private final String label;

    VillageKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
