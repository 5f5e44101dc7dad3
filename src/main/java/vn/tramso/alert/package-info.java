/**
 * Scam alerts: published by a commune leader (or a province admin for many communes) for a period,
 * shown in large type on the attract and home screens of every kiosk of those communes within
 * seconds (server push), and gone when they expire or are withdrawn. Each alert is read aloud
 * (issue 24): made in the background by {@code AlertVoices} through guide's normaliser and the
 * commune's pronunciation list (guide owns kiosk-config; alert asks its public API, decision 011), played
 * by a resident's "Nghe" on the kiosk's alerts screen or, once per kiosk, by an attract screen with
 * {@code read_alerts: true}; and a leader downloads it as a WAV file for the village loudspeaker
 * ({@link vn.tramso.alert.LoudspeakerFiles}).
 */
package vn.tramso.alert;
