package dev.ntplint.ntp.model;

import dev.ntplint.source.Span;
import java.util.OptionalInt;

/** One {@code pollskewlist} entry: the poll exponent (empty for {@code default}) and its skews. */
public record PollSkew(OptionalInt poll, long early, long late, Span span) {}
