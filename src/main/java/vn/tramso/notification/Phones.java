package vn.tramso.notification;

/** A Vietnamese mobile number in the two forms the gateways take. */
final class Phones {

    private Phones() {
    }

    /**
     * 0912345678, +84912345678, 84912345678 or 0084912345678 (the international prefix as dialled
     * from a landline) → 84912345678 (Zalo's form).
     */
    static String international(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.startsWith("00")) {
            return digits.substring(2);
        }
        return digits.startsWith("0") ? "84" + digits.substring(1) : digits;
    }

    /** 84912345678, +84912345678 or 0084912345678 → 0912345678 (the form residents type, and eSMS's). */
    static String local(String phone) {
        String digits = international(phone);
        return digits.startsWith("84") && digits.length() == 11 ? "0" + digits.substring(2) : phone.replaceAll("[^0-9]", "");
    }

    /** The last {@code n} digits only: what a screen may show of a resident's number. */
    static String lastDigits(String phone, int n) {
        String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
        return digits.length() <= n ? digits : digits.substring(digits.length() - n);
    }
}
