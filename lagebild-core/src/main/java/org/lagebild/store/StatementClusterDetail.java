package org.lagebild.store;

import java.util.List;

/** A statement cluster with its mentions, earliest publication first. */
public record StatementClusterDetail(StatementCluster cluster, List<StatementRow> mentions) {
}
