package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.DeviceItem;
import dev.ntplint.ntp.catalog.NtpDirectiveKind;
import dev.ntplint.source.DirectiveSyntax;
import java.util.List;
import java.util.Optional;

/** Classic {@code device 127.127.T.U timedata|ppsdata PATH...} (4.2.8p16 and later). */
public record Device(
    DirectiveSyntax syntax,
    NtpAddress address,
    List<Option<DeviceItem>> items)
    implements NtpDirective {

  public Device {
    items = OptionList.copyOf(items);
  }

  @Override
  public Optional<NtpDirectiveKind> kind() {
    return Optional.of(NtpDirectiveKind.DEVICE);
  }
}
