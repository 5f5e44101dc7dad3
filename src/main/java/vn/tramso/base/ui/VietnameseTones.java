package vn.tramso.base.ui;

import java.text.Normalizer;

/**
 * Puts a tone mark on the word being typed, as a Vietnamese reader expects: on the vowel with a
 * hat, horn or breve if there is one (ươ takes it on ơ), else on the only vowel, else on the last
 * vowel before a final consonant, else on the first of two final vowels (hòa, mùa, tài) or the
 * middle of three (ngoài). "qu" and "gi" count as consonants. The same tone again takes it off.
 */
final class VietnameseTones {

    enum Tone {
        SAC('\u0301', "á"), HUYEN('\u0300', "à"), HOI('\u0309', "ả"), NGA('\u0303', "ã"), NANG('\u0323', "ạ");

        final char mark;
        final String sample;

        Tone(char mark, String sample) {
            this.mark = mark;
            this.sample = sample;
        }

        String labelKey() {
            return "keypad.tone." + name().toLowerCase();
        }
    }

    private static final String VOWELS = "aăâeêioôơuưy";
    private static final String MARKED_VOWELS = "ăâêôơư";
    private static final String TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";

    private VietnameseTones() {
    }

    static String apply(String text, Tone tone) {
        int start = text.lastIndexOf(' ') + 1;
        String word = text.substring(start);
        if (word.isEmpty()) {
            return text;
        }
        Tone current = toneOf(word);
        String bare = withoutTone(word);
        if (current == tone) {
            return text.substring(0, start) + bare; // the same tone again takes it off
        }
        int at = toneVowel(bare);
        if (at < 0) {
            return text;
        }
        String marked = bare.substring(0, at) + Normalizer.normalize(bare.charAt(at) + String.valueOf(tone.mark), Normalizer.Form.NFC)
                + bare.substring(at + 1);
        return text.substring(0, start) + marked;
    }

    private static Tone toneOf(String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        for (Tone t : Tone.values()) {
            if (decomposed.indexOf(t.mark) >= 0) {
                return t;
            }
        }
        return null;
    }

    private static String withoutTone(String word) {
        StringBuilder kept = new StringBuilder();
        for (char c : Normalizer.normalize(word, Normalizer.Form.NFD).toCharArray()) {
            if (TONE_MARKS.indexOf(c) < 0) {
                kept.append(c);
            }
        }
        return Normalizer.normalize(kept, Normalizer.Form.NFC);
    }

    /** Index (in the NFC word without tone) of the vowel that takes the tone, or -1. */
    private static int toneVowel(String word) {
        String lower = word.toLowerCase();
        int from = 0;
        if (lower.startsWith("qu") || (lower.startsWith("gi") && lower.length() > 2 && isVowel(lower.charAt(2)))) {
            from = 2;
        }
        int first = -1;
        int last = -1;
        for (int i = from; i < lower.length(); i++) {
            if (isVowel(lower.charAt(i))) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            } else if (first >= 0) {
                break;
            }
        }
        if (first < 0) {
            return lower.startsWith("gi") && lower.length() == 2 ? 1 : -1;
        }
        for (int i = last; i >= first; i--) {
            if (MARKED_VOWELS.indexOf(lower.charAt(i)) >= 0) {
                return i;
            }
        }
        int count = last - first + 1;
        boolean endsWithConsonant = last < lower.length() - 1;
        if (count == 1 || endsWithConsonant) {
            return last;
        }
        return count == 2 ? first : first + 1;
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }
}
