package dev.ntplint.ntp.model;

import dev.ntplint.ntp.catalog.RefclockDriver;
import java.util.Optional;

/**
 * A reference clock as ntpd addresses it, 127.127.TYPE.UNIT (NTPsec's {@code refclock NAME unit
 * N} is rewritten to this form).
 *
 * @param driver the driver of this type, if the type is known
 */
public record RefclockAddress(int type, int unit, Optional<RefclockDriver> driver) {

  public static RefclockAddress of(int type, int unit) {
    return new RefclockAddress(type, unit, RefclockDriver.byType(type));
  }

  /** The pseudo-address, e.g. {@code 127.127.28.0}. */
  public String address() {
    return "127.127." + type + "." + unit;
  }

  /** True for the undisciplined local clock (type 1). */
  public boolean isLocalClock() {
    return type == 1;
  }

  @Override
  public String toString() {
    return address();
  }
}
