package dev.ntplint.source;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.RandomAccess;

/**
 * A file's tokens as int ranges: one kind byte and one start offset per token, in file order.
 * Readers append tokens as the lexer finds them and hand each line a {@link #slice} of the table;
 * a {@link SyntaxToken} is made only when someone reads one. This replaces one token object (and
 * the lexer's own) per token and the copies of each line's token list, which together were a
 * sixth of the bytes allocated by reading chrony.conf (issue 8, P3).
 *
 * <p>Tokens must be adjacent (each starts where the previous one ended), as in a lossless layer
 * where every byte belongs to exactly one token; that is what lets one offset per token suffice.
 */
public final class TokenTable {

  private static final TokenKind[] KINDS = TokenKind.values();

  private byte[] kinds;
  /** Token i is [starts[i], starts[i + 1]); entry {@code count} is the end of the last token. */
  private int[] starts;
  private int count;
  /** The text the offsets point into, to look for {@link ToolComment}s; null: not looked for. */
  private final String text;
  /** Where each tool comment appended so far starts (the first {@code toolCommentCount}). */
  private int[] toolComments = new int[0];
  private int toolCommentCount;

  /** An empty table for tokens from offset {@code start}, with room for {@code expected}. */
  public TokenTable(int start, int expected) {
    this(start, expected, null);
  }

  private TokenTable(int start, int expected, String text) {
    int capacity = Math.max(16, expected);
    this.kinds = new byte[capacity];
    this.starts = new int[capacity + 1];
    this.starts[0] = start;
    this.text = text;
  }

  /**
   * An empty table for the tokens of {@code file}, which also notes each comment that is one of
   * ntplint's own ({@link #toolComments()}) as it is appended.
   */
  public static TokenTable of(SourceFile file) {
    // A line of these formats has about one token per four bytes; the table grows if not.
    return new TokenTable(0, file.length() / 4, file.latin1());
  }

  /** Appends the token [start, end) of {@code kind}; it must start where the last one ended. */
  public void add(TokenKind kind, int start, int end) {
    if (start != starts[count] || end <= start) {
      throw new IllegalArgumentException("token [" + start + ", " + end
          + ") does not follow the previous one, which ends at " + starts[count]);
    }
    if (count == kinds.length) {
      int capacity = kinds.length + (kinds.length >> 1) + 1;
      kinds = Arrays.copyOf(kinds, capacity);
      starts = Arrays.copyOf(starts, capacity + 1);
    }
    kinds[count] = (byte) kind.ordinal();
    starts[count + 1] = end;
    count++;
    // Looked at now, while the comment's bytes are in the cache (issue 8, P4).
    if (kind == TokenKind.COMMENT && text != null && ToolComment.startsAt(text, start, end)) {
      if (toolCommentCount == toolComments.length) {
        toolComments = Arrays.copyOf(toolComments, toolCommentCount * 2 + 1);
      }
      toolComments[toolCommentCount++] = start;
    }
  }

  /**
   * Where each of ntplint's own comments appended so far starts, in order; empty for a table
   * that does not look for them ({@link #TokenTable(int, int)}).
   */
  public List<Integer> toolComments() {
    Integer[] starts = new Integer[toolCommentCount];
    for (int i = 0; i < toolCommentCount; i++) {
      starts[i] = toolComments[i];
    }
    return List.of(starts);
  }

  /** The number of tokens appended so far. */
  public int size() {
    return count;
  }

  /** The kind of the last token appended (there must be one). */
  public TokenKind lastKind() {
    return KINDS[kinds[count - 1]];
  }

  /** Where the last token appended ends (the start offset when there is none). */
  public int end() {
    return starts[count];
  }

  /** The kind of token {@code index} (checked by the caller). */
  TokenKind kind(int index) {
    return KINDS[kinds[index]];
  }

  /** Where token {@code index} starts; {@code start(size())} is where the last one ends. */
  int start(int index) {
    return starts[index];
  }

  /** Tokens [from, to) as an unmodifiable list (tokens appended later do not change it). */
  public List<SyntaxToken> slice(int from, int to) {
    checkRange(from, to);
    return new Slice(this, from, to);
  }

  /** Throws unless [from, to) is a range of the tokens added so far. */
  void checkRange(int from, int to) {
    if (from < 0 || to > count || from > to) {
      throw new IndexOutOfBoundsException("[" + from + ", " + to + ") of " + count + " tokens");
    }
  }

  /** A line's tokens, read from the table on demand. */
  static final class Slice extends AbstractList<SyntaxToken> implements RandomAccess {
    private final TokenTable table;
    private final int from;
    private final int size;

    Slice(TokenTable table, int from, int to) {
      this.table = table;
      this.from = from;
      this.size = to - from;
    }

    @Override
    public SyntaxToken get(int index) {
      int i = checked(index);
      return new SyntaxToken(KINDS[table.kinds[i]], table.starts[i], table.starts[i + 1]);
    }

    /** The kind of token {@code index}, without making the token. */
    TokenKind kind(int index) {
      return KINDS[table.kinds[checked(index)]];
    }

    int start(int index) {
      return table.starts[checked(index)];
    }

    int end(int index) {
      return table.starts[checked(index) + 1];
    }

    /*
     * An iterator of this class alone: AbstractList's is shared by many lists, so the JIT does not
     * inline get() through it, and every token it returns (and the iterator) is then allocated.
     */
    @Override
    public Iterator<SyntaxToken> iterator() {
      return new Iterator<>() {
        private int next;

        @Override
        public boolean hasNext() {
          return next < size;
        }

        @Override
        public SyntaxToken next() {
          if (next >= size) {
            throw new NoSuchElementException();
          }
          return get(next++);
        }
      };
    }

    private int checked(int index) {
      if (index < 0 || index >= size) {
        throw new IndexOutOfBoundsException("token " + index + " of " + size);
      }
      return from + index;
    }

    @Override
    public int size() {
      return size;
    }
  }
}
