package dev.ntplint.ntp.model;

import dev.ntplint.source.Span;

/** A trusted key id ({@code first == last}) or an id range {@code (first ... last)}. */
public record KeyRange(long first, long last, Span span) {

  public boolean isRange() {
    return first != last;
  }
}
