package dev.ntplint.rules;

/** What a rule needs to see to give a true answer. */
public enum Scope {
  /**
   * Looks at single directives (or a few in one file): meaningful in any file, including a
   * fragment such as {@code /etc/chrony/conf.d/servers.conf} linted on its own.
   */
  DIRECTIVE,
  /**
   * Judges the whole configuration, often by what is absent ("no driftfile"): run only on a main
   * configuration file (with everything it includes), never on a fragment linted on its own.
   */
  CONFIGURATION
}
