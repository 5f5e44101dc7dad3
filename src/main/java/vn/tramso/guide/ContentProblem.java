package vn.tramso.guide;

/**
 * What is wrong with a kiosk-config file, said so that the commune officer who edits it can
 * find and fix it: the file (relative to kiosk-config), the line (0 when not known), the field
 * (a path such as {@code steps[3].text.vi}, or empty) and the message.
 */
public record ContentProblem(String file, int line, String field, String message) {

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(", dòng ").append(line);
        }
        if (!field.isEmpty()) {
            s.append(", trường '").append(field).append('\'');
        }
        return s.append(": ").append(message).toString();
    }
}
