package vn.tramso.guide;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when kiosk-config holds at least one bad file; lists every problem found. */
public class InvalidContentException extends Exception {

    private final List<ContentProblem> problems;

    public InvalidContentException(List<ContentProblem> problems) {
        super(problems.stream().map(ContentProblem::toString).collect(Collectors.joining("\n", "kiosk-config không hợp lệ:\n", "")));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}
