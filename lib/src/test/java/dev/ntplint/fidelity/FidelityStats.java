package dev.ntplint.fidelity;

import dev.ntplint.chrony.catalog.ChronyDirectiveKind;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Counts of a differential run, printed in the test output (and copied into docs/fidelity.md). */
final class FidelityStats {

  private int cases;
  private int agreed;
  private int excluded;
  private int disagreed;
  private int chronydAccepted;
  private int trees;
  private final Map<KnownDifference, Integer> byPredicate = new LinkedHashMap<>();
  private final Map<String, Integer> lines = new TreeMap<>();
  private final Map<String, Integer> casesWith = new TreeMap<>();
  private final Map<String, Integer> stoppedAt = new TreeMap<>();
  private final Map<String, List<Differential.Result>> disagreements = new LinkedHashMap<>();

  synchronized void add(Differential.Result r) {
    cases++;
    switch (r.outcome()) {
      case AGREE -> agreed++;
      case EXCLUDED -> excluded++;
      case DISAGREE -> disagreed++;
    }
    for (KnownDifference d : r.excludedBy()) {
      byPredicate.merge(d, 1, Integer::sum);
    }
    if (r.chronydAccepted()) {
      chronydAccepted++;
    }
    if (r.input().isTree()) {
      trees++;
    }
    Set<String> seen = new HashSet<>();
    for (String name : r.directives()) {
      lines.merge(name, 1, Integer::sum);
      if (seen.add(name)) {
        casesWith.merge(name, 1, Integer::sum);
      }
    }
    r.stopDirective().ifPresent(s -> stoppedAt.merge(s, 1, Integer::sum));
    if (r.disagrees()) {
      disagreements.computeIfAbsent(r.signature(), k -> new ArrayList<>()).add(r);
    }
  }

  synchronized int cases() {
    return cases;
  }

  synchronized int disagreed() {
    return disagreed;
  }

  synchronized Map<String, List<Differential.Result>> disagreements() {
    return disagreements;
  }

  /** Directives of the catalogue the run never generated. */
  synchronized List<String> directivesNeverSeen() {
    List<String> missing = new ArrayList<>();
    for (ChronyDirectiveKind k : ChronyDirectiveKind.values()) {
      if (!lines.containsKey(k.keyword())) {
        missing.add(k.keyword());
      }
    }
    return missing;
  }

  synchronized void print(PrintStream out, String header) {
    out.println(header);
    out.printf("[fidelity] cases %d: agreed %d, excluded %d, disagreed %d (chronyd accepted %d,"
        + " rejected %d; include trees %d)%n", cases, agreed, excluded, disagreed, chronydAccepted,
        cases - chronydAccepted, trees);
    for (KnownDifference d : KnownDifference.values()) {
      out.printf("[fidelity]   excluded (%s, %s) by %s: %d%n",
          d.status() == KnownDifference.Status.OPEN ? "OPEN bug" : "deliberate",
          d.scope() == KnownDifference.Scope.ECHO ? "echo only" : "whole case", d.name(),
          byPredicate.getOrDefault(d, 0));
    }
    out.println("[fidelity] per directive: lines / cases / cases where chronyd stops at it");
    StringBuilder row = new StringBuilder();
    int column = 0;
    for (Map.Entry<String, Integer> e : lines.entrySet()) {
      String cell = String.format("%-18s %5d/%5d/%4d", e.getKey(), e.getValue(),
          casesWith.getOrDefault(e.getKey(), 0), stoppedAt.getOrDefault(e.getKey(), 0));
      row.append(String.format("%-40s", cell));
      if (++column % 3 == 0) {
        out.println("[fidelity]   " + row.toString().stripTrailing());
        row.setLength(0);
      }
    }
    if (row.length() > 0) {
      out.println("[fidelity]   " + row.toString().stripTrailing());
    }
    for (Map.Entry<String, Integer> e : stoppedAt.entrySet()) {
      if (!lines.containsKey(e.getKey())) {
        out.printf("[fidelity]   stops at %s: %d%n", e.getKey(), e.getValue());
      }
    }
    List<String> missing = directivesNeverSeen();
    if (!missing.isEmpty()) {
      out.println("[fidelity] directives never generated: " + missing);
    }
    for (Map.Entry<String, List<Differential.Result>> e : disagreements.entrySet()) {
      out.printf("[fidelity] DISAGREEMENT x%d %s%n", e.getValue().size(), e.getKey());
      for (Differential.Result r : e.getValue().subList(0, Math.min(3, e.getValue().size()))) {
        out.println("[fidelity]     input: " + r.input().describe());
        out.println("[fidelity]     " + r.detail());
      }
    }
  }
}
