package vn.tramso.alert;

/** Published when alert readings were made that were not ready before: open kiosk screens look again. */
record AlertVoicesMade() {
}
