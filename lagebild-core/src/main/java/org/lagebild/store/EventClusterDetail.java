package org.lagebild.store;

import java.util.List;

/** An event cluster with its mentions (each with its evidence), earliest publication first. */
public record EventClusterDetail(EventCluster cluster, List<EventRow> mentions) {
}
