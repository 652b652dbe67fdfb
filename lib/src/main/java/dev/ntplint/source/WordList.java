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
  /**
   * Word i is [bounds[2 (first + i)], bounds[2 (first + i) + 1]); shared with its owner, never
   * changed.
   */
  private final int[] bounds;
  private final int first;

  /**
   * The words [first, bounds.length / 2) of {@code bounds} (checked ranges of {@code file}), taken
   * as it is: never changed after.
   */
  WordList(SourceFile file, int[] bounds, int first) {
    this.file = file;
    this.bounds = bounds;
    this.first = first;
  }

  @Override
  public Word get(int index) {
    if (index < 0 || index >= size()) {
      throw new IndexOutOfBoundsException("word " + index + " of " + size());
    }
    int at = 2 * (first + index);
    return new Word(file, bounds[at], bounds[at + 1]);
  }

  @Override
  public int size() {
    return (bounds.length >> 1) - first;
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
