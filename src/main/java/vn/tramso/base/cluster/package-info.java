/**
 * Several app nodes on one database: signals one node sends the others through a table polled by
 * each (a change feed; no broker to run), so that screens kept current by server push hear of a
 * change made on another node. See docs/decisions/006-push-across-nodes.md.
 */
package vn.tramso.base.cluster;
