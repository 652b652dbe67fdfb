package dev.ntplint.chrony;

import dev.ntplint.source.SourceFile;
import dev.ntplint.source.Span;
import dev.ntplint.source.Word;
import java.util.List;

/**
 * A directive's arguments as chronyd sees them after CPS_NormalizeLine: the words joined by single
 * spaces, one char per byte. chronyd's option loops work on this string character by character (a
 * value such as {@code 6x} is read as 6 and the {@code x} becomes the next option), so the reader
 * does too, and maps every character back to its byte in the file for diagnostics.
 */
final class Arguments {

  /** A word found by {@link #splitWord}: [start, end) in the string, and where the next word starts. */
  record Cut(int start, int end, int next) {}

  private final SourceFile file;
  private final String text;
  /**
   * Where {@link #text} starts in the file when it is the file's own bytes (the words separated by
   * single spaces, most lines); then {@link #textStarts} and {@link #fileStarts} are null, and a
   * character's offset is arithmetic. Two arrays per directive were the largest allocation of
   * reading one (issue 8, P3).
   */
  private final int textInFile;
  /** For text joined from other blanks: where each word starts in {@link #text} and in the file. */
  private final int[] textStarts;
  private final int[] fileStarts;
  private final int endOffset;

  Arguments(SourceFile file, List<Word> words) {
    this.file = file;
    int n = words.size();
    if (n == 0) {
      this.text = "";
      this.textInFile = 0;
      this.textStarts = null;
      this.fileStarts = null;
      this.endOffset = 0;
      return;
    }
    int first = words.get(0).start();
    this.endOffset = words.get(n - 1).end();
    if (singleSpaced(file, words)) {
      // One substring of the file, not a string per word (issue 8, P3).
      this.text = file.latin1(first, endOffset);
      this.textInFile = first;
      this.textStarts = null;
      this.fileStarts = null;
      return;
    }
    this.textInFile = -1;
    this.textStarts = new int[n];
    this.fileStarts = new int[n];
    String source = file.latin1();
    StringBuilder sb = new StringBuilder(endOffset - first);
    int i = 0;
    for (Word word : words) {
      if (i > 0) {
        sb.append(' ');
      }
      textStarts[i] = sb.length();
      fileStarts[i] = word.start();
      sb.append(source, word.start(), word.end());
      i++;
    }
    this.text = sb.toString();
  }

  /** True when the file separates each word from the next by exactly one space. */
  private static boolean singleSpaced(SourceFile file, List<Word> words) {
    // One walk, one word object each: a directive's words are made when read (WordList), and
    // asking for the words of each gap by index made two of each (issue 8, P3).
    int previousEnd = -1;
    for (Word word : words) {
      if (previousEnd >= 0
          && (word.start() != previousEnd + 1 || file.byteAt(previousEnd) != ' ')) {
        return false;
      }
      previousEnd = word.end();
    }
    return true;
  }

  /**
   * The file offset of character {@code index} of {@link #text}; a separator maps to the start of
   * the next word, the end of the text to the end of the last word.
   */
  private int offset(int index) {
    if (index >= text.length()) {
      return endOffset;
    }
    if (textStarts == null) {
      // A word holds no space: a space is a separator, and the next word starts after it.
      return text.charAt(index) == ' ' ? textInFile + index + 1 : textInFile + index;
    }
    int word = 0;
    while (word + 1 < textStarts.length && textStarts[word + 1] <= index) {
      word++;
    }
    int within = index - textStarts[word];
    int wordLength = (word + 1 < textStarts.length ? textStarts[word + 1] - 1 : text.length())
        - textStarts[word];
    if (within >= wordLength && word + 1 < fileStarts.length) {
      return fileStarts[word + 1];
    }
    return fileStarts[word] + within;
  }

  String text() {
    return text;
  }

  int length() {
    return text.length();
  }

  boolean atEnd(int position) {
    return position >= text.length();
  }

  /** CPS_SplitWord: the word at {@code position} (blanks skipped) and the start of the next one. */
  Cut splitWord(int position) {
    int start = skipBlanks(position);
    int end = wordEnd(start);
    return new Cut(start, end, skipBlanks(end));
  }

  /** The first position from {@code position} that is no blank (the text's length at its end). */
  int skipBlanks(int position) {
    int i = position;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /** Where the word at {@code start} ends: the next blank, or the text's end. */
  int wordEnd(int start) {
    int i = start;
    while (i < text.length() && text.charAt(i) != ' ') {
      i++;
    }
    return i;
  }

  String raw(int start, int end) {
    return text.substring(start, end);
  }

  /** The display text (UTF-8) of the characters [start, end). */
  String display(int start, int end) {
    if (start >= end) {
      return "";
    }
    return file.text(offset(start), offset(end - 1) + 1);
  }

  /** The file span of the characters [start, end); an empty range points at {@code start}. */
  Span span(int start, int end) {
    if (start >= end) {
      int at = offset(start);
      return new Span(file, at, at);
    }
    return new Span(file, offset(start), offset(end - 1) + 1);
  }

  /**
   * The characters [start, end) as a word of the file: {@link #span}'s range, its text
   * {@link #display}'s, decoded only when read (a string per option keyword was an eighth of the
   * strings a large file's model kept; issue 8, P4).
   */
  Word word(int start, int end) {
    if (start >= end) {
      int at = offset(start);
      return Word.of(file, at, at);
    }
    return Word.of(file, offset(start), offset(end - 1) + 1);
  }

  /** The number of arguments as chronyd's get_number_of_args counts them. */
  int count() {
    if (text.isEmpty()) {
      return 0;
    }
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ' ') {
        n++;
      }
    }
    return n;
  }
}
