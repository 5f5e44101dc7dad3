package vn.tramso.base.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this node takes part in the signals between nodes.
 *
 * @param nodeId     this node's name in the signals it sends (env {@code TRAMSO_CLUSTER_NODE_ID});
 *                   unset, the host's name, the process id and a random part, new at each start.
 *                   Two running nodes must never share one: each skips the rows carrying its own
 * @param signalPoll how often this node reads the other nodes' signals (env
 *                   {@code TRAMSO_CLUSTER_SIGNAL_POLL}, default 500 ms): a screen on this node sees
 *                   another node's change within about this time. Each read is one indexed query
 */
@ConfigurationProperties("tramso.cluster")
public record ClusterSettings(@DefaultValue("") String nodeId, @DefaultValue(ClusterSettings.DEFAULT_POLL) Duration signalPoll) {

    /** Also the default of the poller's {@code @Scheduled}: one value for both. */
    static final String DEFAULT_POLL = "500ms";

    public ClusterSettings {
        if (nodeId.length() > NodeSignals.MAX_NODE_LENGTH) {
            throw new IllegalArgumentException("tramso.cluster.node-id (application.properties or TRAMSO_CLUSTER_NODE_ID) "
                    + "is longer than " + NodeSignals.MAX_NODE_LENGTH + " characters: " + nodeId);
        }
        if (signalPoll.isNegative() || signalPoll.isZero() || signalPoll.compareTo(NodeSignals.WINDOW.dividedBy(4)) > 0) {
            throw new IllegalArgumentException("tramso.cluster.signal-poll (application.properties or TRAMSO_CLUSTER_SIGNAL_POLL) "
                    + "must be above 0 and at most " + NodeSignals.WINDOW.dividedBy(4).toMillis() + " ms, so that no signal "
                    + "leaves the " + NodeSignals.WINDOW.toSeconds() + " s it is read for between two reads: " + signalPoll);
        }
    }

    /** The configured node id, or one made up for this process. */
    String node() {
        if (!nodeId.isBlank()) {
            return nodeId.strip();
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        String pid = String.valueOf(ProcessHandle.current().pid());
        String random = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        String tail = "-" + pid + "-" + random;
        return host.substring(0, Math.min(host.length(), NodeSignals.MAX_NODE_LENGTH - tail.length())) + tail;
    }
}
