package vn.tramso.account;

/** A staff account as other features name it: its id and display name. */
public record StaffName(long id, String name) {
}
