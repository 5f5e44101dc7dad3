package vn.tramso.alert;

/** Published when an alert is published or withdrawn; kiosks refresh after the commit. */
record AlertsChanged() {
}
