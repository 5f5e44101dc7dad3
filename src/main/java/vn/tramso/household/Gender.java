package vn.tramso.household;

/** As the household register and the ID card say it. */
public enum Gender {
    NAM("Nam"), NU("Nữ"), KHAC("Khác");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
