package vn.tramso.guide;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a step's Vietnamese text into what espeak-ng should read. Left alone, espeak-ng spells
 * "VNeID" letter by letter, drops the slashes of "25/03/2025" and reads "0900 000 001" as one large
 * number. In order: dates as said ("ngày 25 tháng 3 năm 2025"), the commune's pronunciation list,
 * phone numbers and codes digit by digit, money with dots as one number, then symbols as words.
 */
public final class SpeechText {

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final Pattern DATE = Pattern.compile("(?<!\\d)(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?(?!\\d)");
    /** Digits with single spaces or dots between them, optionally after '+'. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}])\\+?\\d(?:[ .]?\\d)*(?![\\p{L}\\p{N}])");
    private static final Pattern MONEY = Pattern.compile("[1-9]\\d{0,2}(?:\\.\\d{3})+");
    private static final Map<String, String> SYMBOLS = Map.of("%", " phần trăm ", "/", " trên ", "+", " cộng ",
            "&", " và ", "@", " a còng ", "=", " bằng ", "#", " thăng ", "*", " sao ", "→", ", ");

    private SpeechText() {
    }

    public static String of(String text, Pronunciations pronunciations) {
        String s = dates(text);
        s = words(s, pronunciations);
        s = numbers(s);
        s = symbols(s);
        return s.replaceAll("\\s+", " ").strip();
    }

    static String dates(String text) {
        return DATE.matcher(text).replaceAll(m -> {
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            if (day < 1 || day > 31 || month < 1 || month > 12) {
                return Matcher.quoteReplacement(m.group());
            }
            boolean saidAlready = text.substring(0, m.start()).toLowerCase(Locale.ROOT).endsWith("ngày ");
            return (saidAlready ? "" : "ngày ") + day + " tháng " + month + (m.group(3) == null ? "" : " năm " + Integer.parseInt(m.group(3)));
        });
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
    static String numbers(String text) {
        return NUMBER.matcher(text).replaceAll(m -> {
            String n = m.group();
            if (MONEY.matcher(n).matches()) {
                return n.replace(".", "");
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
