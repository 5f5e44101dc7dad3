-- Signals between app nodes (base.cluster.NodeSignals): a node that changed something open screens
-- show (a village's queue, the kiosk alerts) writes a row; every other node reads the rows of the
-- last seconds twice a second and tells its own screens. Rows are purged after 10 minutes.
-- See docs/decisions/006-push-across-nodes.md.
--
-- A primary key on every table (Galera). Rows are read by time, not by id: an auto-increment id is
-- taken before its row commits, so a lower id can become visible after a higher one was read.
CREATE TABLE node_signal (
    id      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    topic   VARCHAR(40)  NOT NULL,
    subject BIGINT       NOT NULL DEFAULT 0, -- e.g. a village's id; 0: every subject of the topic
    node    VARCHAR(64)  NOT NULL,           -- the sending node, which skips its own rows
    sent_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    INDEX ix_node_signal_sent_at (sent_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
