package vn.tramso.base;

import java.text.Normalizer;

/** Vietnamese text compared or written where tones and marks cannot go. */
public final class Text {

    private Text() {
    }

    /** Without tones or marks, đ as d: "Đình Dù" → "Dinh Du". Case and spacing are kept. */
    public static String withoutTones(String text) {
        return Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
