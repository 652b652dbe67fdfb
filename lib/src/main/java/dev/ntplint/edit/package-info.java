/**
 * Editing configuration files without re-serialising them: {@link dev.ntplint.edit.ConfigEditor}
 * records directive- and word-level edits on a {@link dev.ntplint.source.SyntaxTree} and compiles
 * them into minimal {@link dev.ntplint.source.TextEdit}s against the original bytes.
 */
package dev.ntplint.edit;
