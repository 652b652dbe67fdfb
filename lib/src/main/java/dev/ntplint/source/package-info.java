/**
 * The lossless layer shared by both dialects: a file's bytes, its lines and tokens (every byte in
 * exactly one token), spans with 1-based positions, and byte-range text edits.
 */
package dev.ntplint.source;
