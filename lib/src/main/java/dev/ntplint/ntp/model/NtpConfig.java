package dev.ntplint.ntp.model;

import dev.ntplint.ntp.NtpTarget;
import dev.ntplint.source.SourceFile;
import dev.ntplint.source.SyntaxTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One ntp.conf (or included file) as read: its lossless syntax tree and its typed commands in
 * source order.
 */
public record NtpConfig(SyntaxTree syntax, List<NtpDirective> directives, NtpTarget target) {

  public NtpConfig {
    directives = List.copyOf(directives);
  }

  public SourceFile file() {
    return syntax.file();
  }

  /** The commands of one family, in order. */
  public <T extends NtpDirective> List<T> directives(Class<T> type) {
    List<T> result = new ArrayList<>();
    for (NtpDirective d : directives) {
      if (type.isInstance(d)) {
        result.add(type.cast(d));
      }
    }
    return result;
  }

  /**
   * The commands as the daemon applies them: valid commands, plus the part ntpd applies of a
   * rejected command when it is complete by itself, and the command after {@code includefile}.
   */
  public List<NtpDirective> effectiveDirectives() {
    return effectiveOf(directives);
  }

  /**
   * {@link #effectiveDirectives} of any list of commands in reading order (a whole set of files:
   * no NtpConfig, and no copy of the list, made for it).
   */
  public static List<NtpDirective> effectiveOf(List<NtpDirective> directives) {
    List<NtpDirective> result = new ArrayList<>(directives.size());
    for (int i = 0; i < directives.size(); i++) {
      addEffective(directives.get(i), result);
    }
    return result;
  }

  /** Adds to {@code out} what ntpd applies of {@code d}, the next command in reading order. */
  public static void addEffective(NtpDirective d, List<NtpDirective> out) {
    if (d instanceof InvalidDirective invalid) {
      if (invalid.applied().isPresent()) {
        addEffective(invalid.applied().get(), out);
      }
    } else if (!(d instanceof UnknownDirective)) {
      out.add(d);
      if (d instanceof Include include) {
        if (include.trailing().isPresent()) {
          addEffective(include.trailing().get(), out);
        }
      }
    }
  }

  /** The {@code keys} file path of the last {@code keys} line, if any. */
  public Optional<String> keysFile() {
    String found = null;
    for (NtpDirective d : effectiveDirectives()) {
      if (d instanceof FileSetting f && f.command() == dev.ntplint.ntp.catalog.NtpDirectiveKind.KEYS) {
        found = f.path().map(Value.TextValue::text).orElse(found);
      }
    }
    return Optional.ofNullable(found);
  }

  /** Prints the file as read: the input, byte for byte. */
  public byte[] print() {
    return syntax.print();
  }
}
