package vn.tramso.guide;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The web domains a guide's QR code may open: {@code gov.vn} always, and those the commune adds in
 * {@code kiosk-config/link-domains.yaml} (for example {@code khonggianmang.vn}, the national
 * cyber-safety portal), each with its subdomains. A resident scans what the kiosk shows, so a
 * content editor's slip (or a planted guide) must not send them to a look-alike site.
 */
record LinkDomains(Set<String> domains) {

    static final String FILE = "link-domains.yaml";
    static final String ALWAYS = "gov.vn";
    private static final Pattern DOMAIN = Pattern.compile("^(?=.{4,100}$)([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}$");

    static LinkDomains govOnly() {
        return new LinkDomains(Set.of(ALWAYS));
    }

    /** From the file's {@code domains:} list; a bad entry is a problem with its line, and is left out. */
    static LinkDomains parse(String file, Node root, List<ContentProblem> problems) {
        YamlNodes d = new YamlNodes(file, "", root, problems);
        d.allowOnly(Set.of("domains"));
        Set<String> domains = new LinkedHashSet<>(List.of(ALWAYS));
        List<ScalarNode> items = d.scalars("domains", true);
        for (int i = 0; i < items.size(); i++) {
            String value = items.get(i).getValue().strip().toLowerCase(Locale.ROOT);
            if (DOMAIN.matcher(value).matches()) {
                domains.add(value);
            } else {
                d.problem(items.get(i), "domains[" + (i + 1) + "]", "'" + items.get(i).getValue()
                        + "' không phải tên miền, ví dụ đúng: khonggianmang.vn (không có https:// hay dấu /)");
            }
        }
        return new LinkDomains(Set.copyOf(domains));
    }

    /** Whether the host is one of the domains or under one. */
    boolean allows(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return domains.stream().anyMatch(d -> h.equals(d) || h.endsWith("." + d));
    }

    /** "gov.vn, khonggianmang.vn" for messages. */
    String names() {
        return Stream.concat(Stream.of(ALWAYS), domains.stream().filter(d -> !d.equals(ALWAYS)).sorted()).collect(Collectors.joining(", "));
    }
}
