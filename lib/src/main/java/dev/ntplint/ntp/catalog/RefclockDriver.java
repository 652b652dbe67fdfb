package dev.ntplint.ntp.catalog;

import java.util.Locale;
import java.util.Optional;

/**
 * Reference clock drivers by type number (the T of 127.127.T.U): classic ntpd's table
 * (include/ntp.h REFCLK_*, html/refclock.html) and the NTPsec driver name where NTPsec has the
 * driver (ntpd/refclock_conf.c). Types 15, 23, 24 and 25 are reserved.
 */
public enum RefclockDriver {
  LOCAL(1, "LOCAL", "Undisciplined local clock", "local"),
  TRAK(2, "GPS_TRAK", "Trak 8820 GPS (deprecated)", null),
  WWV_PST(3, "WWV_PST", "PSTI/Traconex 1020 WWV", null),
  SPECTRACOM(4, "WWVB_SPEC", "Spectracom WWVB/GPS", "spectracom"),
  TRUETIME(5, "TRUETIME", "TrueTime GPS/GOES/OMEGA", "truetime"),
  IRIG_AUDIO(6, "IRIG_AUDIO", "IRIG audio", null),
  CHU(7, "CHU", "CHU audio", null),
  PARSE(8, "PARSE", "Generic reference (parse)", "generic"),
  MX4200(9, "GPS_MX4200", "Magnavox MX4200", null),
  AS2201(10, "GPS_AS2201", "Austron 2201A", null),
  ARBITER(11, "GPS_ARBITER", "Arbiter 1088A/B", "arbiter"),
  TPRO(12, "IRIG_TPRO", "KSI/Odetics TPRO", null),
  LEITCH(13, "ATOM_LEITCH", "Leitch CSD 5300", null),
  MSF_EES(14, "MSF_EES", "EES M201 MSF", null),
  BANCOMM(16, "GPS_BANCOMM", "Bancomm GPS/IRIG", null),
  DATUM(17, "GPS_DATUM", "Datum Programmable Time System", null),
  ACTS(18, "ACTS_MODEM", "NIST/USNO/PTB modem", "modem"),
  HEATH(19, "WWV_HEATH", "Heath WWV/WWVH", null),
  NMEA(20, "NMEA", "Generic NMEA GPS", "nmea"),
  GPS_VME(21, "GPS_VME", "TrueTime GPS-VME", null),
  PPS(22, "PPS", "PPS / ATOM", "pps"),
  HPGPS(26, "GPS_HP", "HP 58503A", "hpgps"),
  ARCRON(27, "MSF_ARCRON", "Arcron MSF", null),
  SHM(28, "SHM", "Shared memory", "shm"),
  PALISADE(29, "GPS_PALISADE", "Trimble Palisade", "trimble"),
  ONCORE(30, "GPS_ONCORE", "Motorola Oncore", "oncore"),
  JUPITER(31, "GPS_JUPITER", "Rockwell Jupiter", null),
  CHRONOLOG(32, "CHRONOLOG", "Chrono-log K WWVB", null),
  DUMBCLOCK(33, "DUMBCLOCK", "Dumb clock", null),
  ULINK(34, "ULINK", "Ultralink WWVB", null),
  PCF(35, "PCF", "Conrad parallel port", null),
  WWV(36, "WWV", "WWV/H audio", null),
  FG(37, "FG", "Forum Graphic GPS", null),
  HOPF_S(38, "HOPF_S", "hopf serial", null),
  HOPF_P(39, "HOPF_P", "hopf PCI", null),
  JJY(40, "JJY", "JJY receivers", "jjy"),
  TT560(41, "TT_IRIG", "TrueTime 560 IRIG-B", null),
  ZYFER(42, "ZYFER", "Zyfer GPStarplus", "zyfer"),
  RIPENCC(43, "RIPENCC", "RIPE NCC Trimble", null),
  NEOCLOCK4X(44, "NEOCLOCK4X", "NeoClock4X", null),
  TSYNCPCI(45, "TSYNCPCI", "Spectracom TSYNC PCI", null),
  GPSD(46, "GPSD", "GPSD NG JSON client", "gpsd");

  private final int type;
  private final String classicName;
  private final String description;
  private final String ntpsecName;

  RefclockDriver(int type, String classicName, String description, String ntpsecName) {
    this.type = type;
    this.classicName = classicName;
    this.description = description;
    this.ntpsecName = ntpsecName;
  }

  /** The type number, the third octet of 127.127.T.U. */
  public int type() {
    return type;
  }

  /** Classic ntpd's short name (as its documentation and clockstats name it). */
  public String classicName() {
    return classicName;
  }

  public String description() {
    return description;
  }

  /** The NTPsec {@code refclock} name, when NTPsec has this driver. */
  public Optional<String> ntpsecName() {
    return Optional.ofNullable(ntpsecName);
  }

  /**
   * True when Debian 12's NTPsec 1.2.2 build (the oracle) leaves the driver out: naming it in a
   * {@code refclock} line is then fatal ("Unknown driver name").
   */
  public boolean missingFromDebianNtpsec() {
    return this == TRUETIME || this == ACTS || this == ONCORE || this == GPSD;
  }

  public static Optional<RefclockDriver> byType(int type) {
    return type >= 0 && type < BY_TYPE.length ? BY_TYPE[type] : Optional.empty();
  }

  /**
   * The answer of {@link #byType} for every type up to the highest driver's, made once: every
   * refclock address asked for it, and values() copies the constants' array per call (issue 8).
   */
  private static final Optional<RefclockDriver>[] BY_TYPE = byTypeTable();

  @SuppressWarnings("unchecked")
  private static Optional<RefclockDriver>[] byTypeTable() {
    int highest = 0;
    for (RefclockDriver d : values()) {
      highest = Math.max(highest, d.type);
    }
    Optional<RefclockDriver>[] table = new Optional[highest + 1];
    java.util.Arrays.fill(table, Optional.empty());
    for (RefclockDriver d : values()) {
      if (table[d.type].isEmpty()) {
        table[d.type] = Optional.of(d);
      }
    }
    return table;
  }

  /** NTPsec's look-up: the driver base name, compared case-insensitively. */
  public static Optional<RefclockDriver> byNtpsecName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (RefclockDriver d : values()) {
      if (lower.equals(d.ntpsecName)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** The NTPsec driver names, in type order. */
  public static java.util.List<String> ntpsecNames() {
    java.util.List<String> names = new java.util.ArrayList<>();
    for (RefclockDriver d : values()) {
      if (d.ntpsecName != null) {
        names.add(d.ntpsecName);
      }
    }
    return names;
  }
}
