package dev.ntplint.source;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.RandomAccess;

/**
 * Words of one file as an unmodifiable list of byte ranges: a {@link Word} is made when one is
 * read. A directive's arguments are kept this way in {@link DirectiveSyntax}: a word object per
 * argument of every line was the largest part of a large file's live model, which the collector
 * copies over and over (issue 8, P4). Equal to any list of the same words, as List.of's lists are.
 */
final class WordList extends AbstractList<Word> implements RandomAccess {

  private final SourceFile file;
  /** Word i is [bounds[2 i], bounds[2 i + 1]); owned by this list, never changed. */
  private final int[] bounds;

  /** Takes {@code bounds} (checked ranges of {@code file}) as it is: the caller drops it. */
  WordList(SourceFile file, int[] bounds) {
    this.file = file;
    this.bounds = bounds;
  }

  @Override
  public Word get(int index) {
    if (index < 0 || index >= size()) {
      throw new IndexOutOfBoundsException("word " + index + " of " + size());
    }
    return new Word(file, bounds[2 * index], bounds[2 * index + 1]);
  }

  @Override
  public int size() {
    return bounds.length >> 1;
  }

  /*
   * An iterator of this class alone, as TokenTable.Slice has: AbstractList's is shared by many
   * lists, so the JIT does not inline get() through it.
   */
  @Override
  public Iterator<Word> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < size();
      }

      @Override
      public Word next() {
        if (next >= size()) {
          throw new NoSuchElementException();
        }
        return get(next++);
      }
    };
  }
}
