package vn.tramso.guide;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a step's Vietnamese text into what espeak-ng should read. Left alone, espeak-ng spells
 * "VNeID" letter by letter, drops the slashes of "25/03/2025" and reads "0900 000 001" as one large
 * number. In order: dates as said ("ngày 25 tháng 3 năm 2025", "tháng 7 năm 2024"; a day and month
 * without a year only after "ngày", "từ" or "đến", so "24/7" stays "24 trên 7"), web addresses with
 * their dots said ("chấm"), the commune's pronunciation list, phone numbers and codes digit by digit,
 * money with dots (or before "đồng", "đ", "triệu"…) as one number, then symbols as words. Text typed in
 * decomposed Unicode (some Vietnamese keyboards) is composed first, so the list's words match.
 */
public final class SpeechText {

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final Pattern DATE = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?(?![\\d/])");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{4})(?![\\d/])");
    /** A web address or its ending: ASCII letters, digits and hyphens with dots between ("dichvucong.gov.vn", ".gov.vn"). */
    private static final Pattern ADDRESS = Pattern.compile("(?<![\\p{L}\\p{N}.])\\.?[a-z][a-z0-9-]*(?:\\.[a-z][a-z0-9-]*)+(?![\\p{L}\\p{N}])");
    /** Money or an amount: a number followed by its unit is one number, never a code. */
    private static final Pattern CURRENCY = Pattern.compile("(?<![\\p{L}\\p{N}])(\\d[\\d.]*)\\s?(?:đ|VNĐ|vnđ)(?![\\p{L}])");
    private static final Pattern DECIMAL = Pattern.compile("(?<![\\p{L}\\p{N},])(\\d+),(\\d+)(?=\\s?(?:triệu|tỷ|nghìn|ngàn|%))");
    private static final Pattern UNIT = Pattern.compile("^\\s?(?:đồng|đ|VNĐ|vnđ|triệu|tỷ|nghìn|ngàn)(?![\\p{L}])");
    /** Digits with single spaces or dots between them, optionally after '+'. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}])\\+?\\d(?:[ .]?\\d)*(?![\\p{N}])");
    private static final Pattern MONEY = Pattern.compile("[1-9]\\d{0,2}(?:\\.\\d{3})+");
    private static final Map<String, String> SYMBOLS = Map.of("%", " phần trăm ", "/", " trên ", "+", " cộng ",
            "&", " và ", "@", " a còng ", "=", " bằng ", "#", " thăng ", "*", " sao ", "→", ", ");

    private SpeechText() {
    }

    public static String of(String text, Pronunciations pronunciations) {
        String s = dates(Normalizer.normalize(text, Normalizer.Form.NFC));
        s = addresses(s);
        s = words(s, pronunciations);
        s = numbers(s);
        s = symbols(s);
        return s.replaceAll("\\s+", " ").strip();
    }

    static String dates(String text) {
        String s = DATE.matcher(text).replaceAll(m -> {
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            String before = text.substring(0, m.start()).toLowerCase(Locale.ROOT);
            boolean saidAlready = before.endsWith("ngày ");
            boolean aDay = m.group(3) != null || saidAlready || before.endsWith("từ ") || before.endsWith("đến ");
            if (!aDay || day < 1 || day > 31 || month < 1 || month > 12) {
                return Matcher.quoteReplacement(m.group());
            }
            return (saidAlready ? "" : "ngày ") + day + " tháng " + month + (m.group(3) == null ? "" : " năm " + Integer.parseInt(m.group(3)));
        });
        String days = s;
        return MONTH_YEAR.matcher(days).replaceAll(m -> {
            int month = Integer.parseInt(m.group(1));
            if (month < 1 || month > 12) {
                return Matcher.quoteReplacement(m.group());
            }
            boolean saidAlready = days.substring(0, m.start()).toLowerCase(Locale.ROOT).endsWith("tháng ");
            return (saidAlready ? "" : "tháng ") + month + " năm " + Integer.parseInt(m.group(2));
        });
    }

    /** "dichvucong.gov.vn" → "dichvucong chấm gov chấm vê en": a dot in an address is said, not a sentence's end. */
    static String addresses(String text) {
        return ADDRESS.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                m.group().replace(".", " chấm ").replaceAll("(?<=chấm )vn\\b", "vê en").strip()));
    }

    static String words(String text, Pronunciations pronunciations) {
        if (pronunciations.words().isEmpty()) {
            return text;
        }
        Pattern any = Pattern.compile(pronunciations.words().keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|", "(?<![\\p{L}\\p{N}])(?:", ")(?![\\p{L}\\p{N}])")));
        return any.matcher(text).replaceAll(m -> Matcher.quoteReplacement(pronunciations.words().get(m.group())));
    }

    /**
     * A phone number or code (starts with 0 or +, or has five digits or more) is read digit by
     * digit, a pause at each space or dot; "1.000.000" is one number; anything else is left as it is.
     */
    static String numbers(String written) {
        String text = DECIMAL.matcher(CURRENCY.matcher(written).replaceAll("$1 đồng")).replaceAll("$1 phẩy $2");
        return NUMBER.matcher(text).replaceAll(m -> {
            String n = m.group();
            boolean amount = UNIT.matcher(text.substring(m.end())).find();
            if (MONEY.matcher(n).matches() || (amount && !n.contains(" "))) {
                return n.replace(".", "");
            }
            if (m.end() < text.length() && Character.isLetter(text.charAt(m.end()))) {
                return n; // runs into a word ("3G", "4K"): left to the voice
            }
            long digits = n.chars().filter(Character::isDigit).count();
            boolean code = n.startsWith("+") || (n.startsWith("0") && digits >= 2) || digits >= 5;
            if (!code) {
                return n;
            }
            StringBuilder said = new StringBuilder();
            for (char c : n.toCharArray()) {
                if (Character.isDigit(c)) {
                    said.append(said.isEmpty() || said.charAt(said.length() - 1) == ' ' ? "" : " ").append(DIGITS[c - '0']);
                } else if (c == '+') {
                    said.append("cộng ");
                } else {
                    said.append(", ");
                }
            }
            return said.toString();
        });
    }

    static String symbols(String text) {
        String s = text.replace("->", "→");
        for (Map.Entry<String, String> symbol : SYMBOLS.entrySet()) {
            s = s.replace(symbol.getKey(), symbol.getValue());
        }
        return s;
    }
}
