package dev.ntplint.chrony.model;

/** The three kinds of NTP time source chrony knows. */
public enum SourceType {
  SERVER, POOL, PEER
}
