package dev.ntplint.source;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.RandomAccess;

/**
 * The words of a line after its name, as an unmodifiable list read from the line's tokens: a
 * {@link Word} is made when one is read. A directive's arguments are kept this way in {@link
 * DirectiveSyntax}: a word object per argument of every line was the largest part of a large
 * file's live model, and then an array of their byte ranges per line 14 MB of it, which the
 * collector copies over and over (issue 8, P4). Equal to any list of the same words, as List.of's
 * lists are.
 */
final class WordList extends AbstractList<Word> implements RandomAccess {

  private final SourceLine line;
  private final TokenKind wordKind;
  /** The index of the line's token where the search for word 0 starts. */
  private final int fromToken;
  private final int size;
  /**
   * Where the last {@link #get} found its word: its index in the high 16 bits and its token's
   * in the low 16 bits (0 while nothing was found, or for a line too long to pack), so that asking
   * for word i after word i-1 (as chrony's Arguments does for every directive) walks on from there
   * instead of from the line's first token (issue 8, P3). One int, read and written whole: any
   * value another thread left is a true position of this immutable list.
   */
  private int lastFound;

  /** The tokens of {@code wordKind} of {@code line} from token {@code fromToken} on. */
  WordList(SourceLine line, TokenKind wordKind, int fromToken) {
    this.line = line;
    this.wordKind = wordKind;
    this.fromToken = fromToken;
    int count = 0;
    for (int i = fromToken; i < line.tokenCount(); i++) {
      if (line.tokenKind(i) == wordKind) {
        count++;
      }
    }
    this.size = count;
  }

  @Override
  public Word get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("word " + index + " of " + size);
    }
    int seen = 0;
    int from = fromToken;
    int last = lastFound;
    if (last != 0 && (last >>> 16) <= index) {
      seen = last >>> 16;
      from = last & 0xFFFF;
    }
    for (int i = from; ; i++) {
      if (line.tokenKind(i) == wordKind && seen++ == index) {
        if (index < 0x10000 && i < 0x10000) {
          lastFound = index << 16 | i;
        }
        return wordAt(i);
      }
    }
  }

  private Word wordAt(int token) {
    return new Word(line.file(), line.tokenStart(token), line.tokenEnd(token));
  }

  @Override
  public int size() {
    return size;
  }

  /*
   * An iterator of this class alone, as TokenTable.Slice has: AbstractList's is shared by many
   * lists, so the JIT does not inline get() through it. It walks the tokens once, where get()
   * would search from the start each time.
   */
  @Override
  public Iterator<Word> iterator() {
    return new Iterator<>() {
      private int nextToken = fromToken;
      private int returned;

      @Override
      public boolean hasNext() {
        return returned < size;
      }

      @Override
      public Word next() {
        if (returned >= size) {
          throw new NoSuchElementException();
        }
        while (line.tokenKind(nextToken) != wordKind) {
          nextToken++;
        }
        returned++;
        return wordAt(nextToken++);
      }
    };
  }
}
