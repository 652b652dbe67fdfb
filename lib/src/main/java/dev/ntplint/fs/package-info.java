/**
 * File access as a daemon on the target machine would see it: {@link
 * dev.ntplint.fs.ConfinedFileSystem} resolves paths written in a configuration (relative to the
 * daemon's working directory, optionally confined to a {@code --root} directory holding a copy of
 * the target's file system), reads files with a size limit and without ever blocking, lists
 * directories and expands {@code glob(3)} patterns exactly as glibc does.
 *
 * <p>Every operation returns a value ({@link dev.ntplint.fs.Resolution}, {@link
 * dev.ntplint.fs.FileRead}, {@link dev.ntplint.fs.DirectoryListing}, {@link
 * dev.ntplint.fs.GlobResult}); a problem caused by the files (missing, unreadable, a FIFO, a link
 * leaving the root...) is an {@link dev.ntplint.fs.FsProblem}, never an exception.
 *
 * <p>Paths are Java strings at this API; internally they are handled as the bytes of their UTF-8
 * encoding, which is what the C daemons compare, match and sort ({@link
 * dev.ntplint.fs.CByteOrder}). File names that are not valid UTF-8 cannot be represented.
 */
package dev.ntplint.fs;
