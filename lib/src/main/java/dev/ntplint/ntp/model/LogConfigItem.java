package dev.ntplint.ntp.model;

import dev.ntplint.source.Span;

/**
 * One {@code logconfig} item: {@code =NAME} sets, {@code +NAME} adds, {@code -NAME} removes;
 * without a prefix it sets.
 *
 * @param prefix '=', '+' or '-'
 * @param explicitPrefix whether the prefix was written
 * @param name the class name ({@code syncall}, {@code allevents}, ...)
 * @param known whether ntpd knows the name (unknown names are ignored with a message)
 */
public record LogConfigItem(char prefix, boolean explicitPrefix, String name, boolean known, Span span) {}
