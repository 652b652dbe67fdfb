/**
 * Following {@code include}, {@code confdir} and {@code sourcedir} as chronyd does: {@link
 * dev.ntplint.chrony.include.ChronyIncludeResolver} reads a chrony.conf and every file it pulls in
 * (through a {@link dev.ntplint.fs.ConfinedFileSystem}) into a {@link
 * dev.ntplint.chrony.include.ChronyConfigTree}: the files in chronyd's reading order, each parsed on
 * its own (diagnostics keep each file's own name and line numbers), plus the diagnostics of the
 * inclusion itself (CP300-CP305), each at the include directive's argument.
 */
package dev.ntplint.chrony.include;
