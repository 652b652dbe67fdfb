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
  /** Byte offset in the file of each character of {@link #text}, plus one past the end. */
  private final int[] offsets;

  Arguments(SourceFile file, List<Word> words) {
    this.file = file;
    StringBuilder sb = new StringBuilder();
    int length = 0;
    for (Word w : words) {
      length += w.span().length() + 1;
    }
    int[] map = new int[Math.max(1, length)];
    int k = 0;
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      if (i > 0) {
        map[k++] = w.span().start();
        sb.append(' ');
      }
      sb.append(w.raw());
      for (int b = w.span().start(); b < w.span().end(); b++) {
        map[k++] = b;
      }
    }
    this.text = sb.toString();
    int endOffset = words.isEmpty() ? 0 : words.get(words.size() - 1).span().end();
    if (k < map.length) {
      map[k] = endOffset;
    }
    this.offsets = java.util.Arrays.copyOf(map, text.length() + 1);
    this.offsets[text.length()] = endOffset;
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
    int i = position;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    int start = i;
    while (i < text.length() && text.charAt(i) != ' ') {
      i++;
    }
    int end = i;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return new Cut(start, end, i);
  }

  String raw(int start, int end) {
    return text.substring(start, end);
  }

  /** The display text (UTF-8) of the characters [start, end). */
  String display(int start, int end) {
    if (start >= end) {
      return "";
    }
    return file.text(offsets[start], offsets[end - 1] + 1);
  }

  /** The file span of the characters [start, end); an empty range points at {@code start}. */
  Span span(int start, int end) {
    if (start >= end) {
      int at = offsets[Math.min(start, text.length())];
      return new Span(file, at, at);
    }
    return new Span(file, offsets[start], offsets[end - 1] + 1);
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
