/**
 * What chronyd accepts: every directive, option and keyword with the release that introduced it
 * and the way chronyd scans it. The reader in {@code dev.ntplint.chrony} is driven by these tables.
 */
package dev.ntplint.chrony.catalog;
