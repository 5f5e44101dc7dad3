package vn.tramso.place;

/** A commune-level unit after the 2025 reform: xã (rural), phường (urban), đặc khu (special zone). */
public enum CommuneKind {
    XA("Xã"), PHUONG("Phường"), DAC_KHU("Đặc khu");

    private final String label;

    CommuneKind(String label) {
        this.label = label;
    }

    /** The Vietnamese name, as written before a commune's name and in import files. */
    public String label() {
        return label;
    }
}
